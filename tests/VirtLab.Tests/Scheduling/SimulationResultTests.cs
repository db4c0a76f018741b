using VirtLab.Scheduling;

namespace VirtLab.Tests.Scheduling;

public sealed class SimulationResultTests
{
    [Fact] // OSTEP ch. 7: wait = turnaround - runtime when there is no I/O
    public void Metrics_Should_Follow_The_Ostep_Definitions()
    {
        var m = Scheduler.Fifo.Run(Workload.Parse("0,100:10,10")).Metrics[1];

        Assert.Equal(90, m.Response);
        Assert.Equal(100, m.Turnaround);
        Assert.Equal(90, m.Wait);
    }

    [Fact] // FIFO gives everything to the first job while all are present: J = 1/n
    public void JainFairness_Should_Be_One_Over_N_For_Fifo()
    {
        Assert.Equal(1.0 / 3, Scheduler.Fifo.Run(TestWorkloads.AtZero(10, 10, 10)).JainFairness!.Value, 9);
        Assert.Equal(1, Scheduler.RoundRobin(1).Run(TestWorkloads.AtZero(10, 10, 10)).JainFairness!.Value, 2);
    }

    [Fact]
    public void JainFairness_Should_Be_Null_When_No_Instant_Has_All_Jobs()
    {
        Assert.Null(Scheduler.Fifo.Run(Workload.Parse("0,5:10,5")).JainFairness);
    }

    [Fact]
    public void CpuTimeBetween_Should_Clip_Segments_To_The_Window()
    {
        var result = Scheduler.Fifo.Run(TestWorkloads.AtZero(10, 10));

        Assert.Equal([5.0, 3], result.CpuTimeBetween(5, 13));
        Assert.Equal("to", Assert.Throws<ArgumentOutOfRangeException>(() => result.CpuTimeBetween(5, 4)).ParamName);
    }

    [Fact]
    public void Should_Render_A_Final_Table_And_Html()
    {
        var result = Scheduler.RoundRobin(1).Run(TestWorkloads.AtZero(5, 5, 5));

        Assert.Contains("Average -- Response: 1.00  Turnaround 14.00  Wait 9.00", result.ToString());
        Assert.Contains("<table>", result.ToHtml());
        Assert.Contains("[ time  12 ] Run job   0 for 1.00 secs ( DONE at 13.00 )", result.FormatTrace());
    }

    [Fact]
    public void Compare_Should_Run_Each_Policy_On_The_Same_Jobs()
    {
        var comparison = Scheduler.Compare(TestWorkloads.AtZero(100, 10, 10), Scheduler.Fifo, Scheduler.Sjf, Scheduler.RoundRobin(1));

        Assert.Equal(110, comparison["FIFO"].AverageTurnaround, 9);
        Assert.Equal(50, comparison["SJF"].AverageTurnaround, 9);
        Assert.Contains("RR(q=1)", comparison.ToString());
        Assert.Equal("policies", Assert.Throws<ArgumentException>(() => Scheduler.Compare(TestWorkloads.AtZero(1))).ParamName);
    }

    [Fact] // OSTEP ch. 7 Figures 7.6 and 7.7: SJF and RR on A, B, C = 5, 5, 5
    public void ScheduleString_Should_Show_Who_Ran_When()
    {
        var workload = TestWorkloads.AtZero(5, 5, 5).WithNames("A", "B", "C");

        Assert.Equal("AAAAABBBBBCCCCC", Scheduler.Sjf.Run(workload).ScheduleString());
        Assert.Equal("ABCABCABCABCABC", Scheduler.RoundRobin(1).Run(workload).ScheduleString());
        Assert.Equal("A...B", Scheduler.Fifo.Run(Workload.Parse("0,1:4,1").WithNames("A", "B")).ScheduleString());
    }

    [Fact]
    public void ByName_Should_Reject_An_Unknown_Policy() =>
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => Scheduler.ByName("SRTF2")).ParamName);
}
