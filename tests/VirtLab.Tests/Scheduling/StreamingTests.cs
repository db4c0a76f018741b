using VirtLab.Scheduling;

namespace VirtLab.Tests.Scheduling;

/// <summary>Streaming a simulation to an observer gives the same answers as keeping its timeline.</summary>
public sealed class StreamingTests
{
    private static readonly Workload s_mixed = Workload.Parse("0,30,4:2,12,0:5,7,3:40,9,0", ioTime: 3);

    public static TheoryData<string> Policies => new(Scheduler.PolicyNames);

    [Theory]
    [MemberData(nameof(Policies))]
    public void Should_Give_The_Same_Metrics_And_Slices_As_The_Kept_Timeline(string name)
    {
        var policy = Scheduler.ByName(name, quantum: 2, seed: 3, mlfq: new MlfqOptions([3, 5], [1, 2], BoostPeriod: 20));
        var kept = policy.Run(s_mixed);
        var observer = new Recording();

        var streamed = policy.Run(s_mixed, observer);

        Assert.True(streamed.IsStreamed);
        Assert.Empty(streamed.Timeline);
        Assert.Equal(kept.Metrics, streamed.Metrics);
        Assert.Equal(kept.BusyTime, streamed.BusyTime, 9);
        Assert.Equal(kept.Events.Where(e => e.Kind != SchedulingEventKind.Arrive), observer.Events.Where(e => e.Kind != SchedulingEventKind.Arrive));
        // The observer sees every slice unmerged; merged back they are the kept timeline.
        Assert.Equal(kept.Timeline.Select(s => (s.JobId, s.Start, s.End, s.Queue)), Merge(observer.Slices));
        Assert.Equal(s_mixed.Count, observer.Done.Count);
    }

    [Theory]
    [InlineData("FIFO")]
    [InlineData("SJF")]
    [InlineData("STCF")]
    [InlineData("RR")]
    [InlineData("LOTTERY")]
    [InlineData("STRIDE")]
    [InlineData("CFS")]
    [InlineData("EDF")]
    public void Should_Finish_A_Zero_Length_Job_When_It_Is_First_Scheduled(string name)
    {
        // python3 scheduler.py -p FIFO -l 0,5,0 -c: job 0 done at 0, job 1 at 5, job 2 at 5.
        var result = Scheduler.ByName(name).Run(Workload.ParseRunTimes("0,5,0"));

        Assert.All(result.Metrics, m => Assert.True(m.Completion >= m.FirstRun && m.FirstRun >= 0));
        Assert.Equal(5, result.Makespan);
        Assert.DoesNotContain(result.Timeline, s => s.Duration == 0);
        Assert.Equal(5, result.BusyTime);
    }

    [Fact]
    public void Should_Refuse_A_Zero_Length_Job_In_Mlfq_As_Mlfq_Py_Does()
    {
        var error = Assert.Throws<ArgumentException>(() => Scheduler.Mlfq().Run(Workload.Parse("0,0,0:0,5,0")));

        Assert.Equal("workload", error.ParamName);
        Assert.Contains("job 0 has run time 0", error.Message);
    }

    private static List<(int, double, double, int)> Merge(List<(int Job, double Start, double End, int Queue)> slices)
    {
        var merged = new List<(int Job, double Start, double End, int Queue)>();
        foreach (var s in slices.Where(s => s.End > s.Start))
        {
            if (merged.Count > 0 && merged[^1] is var last && last.Job == s.Job && last.Queue == s.Queue && last.End == s.Start)
            {
                merged[^1] = last with { End = s.End };
            }
            else
            {
                merged.Add(s);
            }
        }

        return merged.Select(m => (m.Job, m.Start, m.End, m.Queue)).ToList();
    }

    private sealed class Recording : ISchedulingObserver
    {
        public List<(int Job, double Start, double End, int Queue)> Slices { get; } = [];

        public List<SchedulingEvent> Events { get; } = [];

        public List<int> Done { get; } = [];

        public void Ran(int job, double start, double end, int queue, long ticksLeft, long allotmentLeft) => Slices.Add((job, start, end, queue));

        public void Finished(int job, double time) => Done.Add(job);

        public void Happened(double time, int job, SchedulingEventKind kind) => Events.Add(new SchedulingEvent(time, job, kind));

        public void Idle(double from, double to)
        {
        }
    }
}
