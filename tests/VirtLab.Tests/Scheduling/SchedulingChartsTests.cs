using VirtLab.Scheduling;
using static VirtLab.Tests.Charts.FigureJson;

namespace VirtLab.Tests.Scheduling;

public sealed class SchedulingChartsTests
{
    [Fact]
    public void Gantt_Should_Draw_One_Bar_Per_Run_Interval_In_Job_Rows()
    {
        var result = Scheduler.RoundRobin(1).Run(TestWorkloads.AtZero(2, 1).WithNames("A", "B"));

        var chart = result.Gantt();

        var bars = Traces(chart);
        Assert.Equal(["Job A", "Job B"], bars.Select(b => b!["name"]!.GetValue<string>()));
        Assert.Equal([0.0, 2], Numbers(bars[0]!["base"]));            // A runs [0,1) and [2,3)
        Assert.Equal([1.0, 1], Numbers(bars[0]!["x"]));
        Assert.Equal(["Job A", "Job B"], Strings(Layout(chart)["yaxis"]!["categoryarray"]));
    }

    [Fact]
    public void Gantt_Should_Show_Credit_Scheduler_Rows_Per_Physical_Cpu()
    {
        var result = CreditScheduler.Run([new CreditDomain("a"), new CreditDomain("b"), new CreditDomain("c")], physicalCpus: 2, durationMs: 300);

        var chart = result.Gantt();

        Assert.Equal(["pCPU 0", "pCPU 1"], Strings(Layout(chart)["yaxis"]!["categoryarray"]));
        Assert.Equal(3, Traces(chart).Count);
    }

    [Fact]
    public void BarChart_Should_Have_One_Trace_Per_Policy()
    {
        var chart = Scheduler.Compare(TestWorkloads.AtZero(100, 10, 10), Scheduler.Fifo, Scheduler.Sjf).BarChart();

        var bars = Traces(chart);
        Assert.Equal(["FIFO", "SJF"], bars.Select(b => b!["name"]!.GetValue<string>()));
        Assert.Equal(110, Numbers(bars[0]!["y"])[1], 9);
    }

    [Fact]
    public void CpuShareOverTime_Should_Converge_To_The_Ticket_Shares_For_Stride()
    {
        var result = new Stride(1).Run(TestWorkloads.WithTickets(400, 100, 300));

        var chart = result.CpuShareOverTime(step: 4, until: 400);

        Assert.Equal(0.25, Numbers(Traces(chart)[0]!["y"])[^1], 9);
        Assert.Equal("step", Assert.Throws<ArgumentOutOfRangeException>(() => result.CpuShareOverTime(step: 0)).ParamName);
    }
}
