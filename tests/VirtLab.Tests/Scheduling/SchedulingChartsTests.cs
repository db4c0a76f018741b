using VirtLab.Charts;
using VirtLab.Scheduling;

namespace VirtLab.Tests.Scheduling;

public sealed class SchedulingChartsTests
{
    [Fact]
    public void Gantt_Should_Draw_One_Bar_Per_Run_Interval_In_Job_Rows()
    {
        var result = Scheduler.RoundRobin(1).Run(TestWorkloads.AtZero(2, 1).WithNames("A", "B"));

        var figure = result.Gantt();

        var bars = figure.Traces.Cast<BarTrace>().ToList();
        Assert.Equal(["Job A", "Job B"], bars.Select(b => b.Name));
        Assert.Equal([0.0, 2], bars[0].Base!);            // A runs [0,1) and [2,3)
        Assert.Equal([1.0, 1], bars[0].Values);
        Assert.Equal(["Job A", "Job B"], figure.YAxis.CategoryOrder!);
    }

    [Fact]
    public void Gantt_Should_Show_Credit_Scheduler_Rows_Per_Physical_Cpu()
    {
        var result = CreditScheduler.Run([new CreditDomain("a"), new CreditDomain("b"), new CreditDomain("c")], physicalCpus: 2, durationMs: 300);

        var figure = result.Gantt();

        Assert.Equal(["pCPU 0", "pCPU 1"], figure.YAxis.CategoryOrder!);
        Assert.Equal(3, figure.Traces.Count);
    }

    [Fact]
    public void BarChart_Should_Have_One_Trace_Per_Policy()
    {
        var figure = Scheduler.Compare(TestWorkloads.AtZero(100, 10, 10), Scheduler.Fifo, Scheduler.Sjf).BarChart();

        var bars = figure.Traces.Cast<BarTrace>().ToList();
        Assert.Equal(["FIFO", "SJF"], bars.Select(b => b.Name));
        Assert.Equal(110, bars[0].Values[1], 9);
    }

    [Fact]
    public void CpuShareOverTime_Should_Converge_To_The_Ticket_Shares_For_Stride()
    {
        var result = new Stride(1).Run(TestWorkloads.WithTickets(400, 100, 300));

        var figure = result.CpuShareOverTime(step: 4, until: 400);

        var a = (ScatterTrace)figure.Traces[0];
        Assert.Equal(0.25, a.Y[^1], 9);
        Assert.Equal("step", Assert.Throws<ArgumentOutOfRangeException>(() => result.CpuShareOverTime(step: 0)).ParamName);
    }
}
