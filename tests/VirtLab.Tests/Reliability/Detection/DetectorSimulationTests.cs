using VirtLab.Reliability.Detection;

namespace VirtLab.Tests.Reliability.Detection;

public sealed class DetectorSimulationTests
{
    // heartbeats every 1000 ms from 0 to 10000, except that 4000 and 5000 are missing; crash at 10500
    private static readonly HeartbeatTrace Small = new("small", "hand-made",
        [0, 1000, 2000, 3000, 6000, 7000, 8000, 9000, 10000], 10_500, 20_000, []);

    [Fact]
    public void Timeout_detector_scores_exactly()
    {
        var run = DetectorSimulation.Run(Small, new FixedTimeoutDetector(2500));
        Assert.Equal(2, run.Suspicions.Count);
        Assert.Equal(new SuspicionInterval(5500, 6000, true), run.Suspicions[0]);
        Assert.Equal(1, run.Mistakes);
        Assert.Equal(500, run.MistakeDuration, 9);
        Assert.Equal(12_500 - 10_500, run.DetectionTime!.Value, 9);
        Assert.Equal(1 - 500.0 / 10_500, run.QueryAccuracy, 12);
        Assert.Contains("1 false suspicion", run.ToString());
    }

    [Fact]
    public void Larger_timeout_trades_mistakes_for_detection_time()
    {
        var run = DetectorSimulation.Run(Small, new FixedTimeoutDetector(3500));
        Assert.Equal(0, run.Mistakes);
        Assert.Equal(3000, run.DetectionTime!.Value, 9);
    }

    [Fact]
    public void A_crash_not_yet_detected_at_the_end_has_no_detection_time()
    {
        var run = DetectorSimulation.Run(Small with { End = 11_000 }, new FixedTimeoutDetector(2500));
        Assert.Null(run.DetectionTime);
    }

    [Fact]
    public void Timeout_sweep_on_the_recorded_trace_is_monotone()
    {
        var trace = HeartbeatTrace.Load(Path.Combine(RepositoryPaths.Root, "data", "heartbeats", "recorded-sigstop.csv"));
        var sweep = DetectorSimulation.Sweep(trace, [1500, 2000, 3000, 4000, 6000, 8000], t => new FixedTimeoutDetector(t));
        var mistakes = sweep.Points.Select(p => p.Run.Mistakes).ToArray();
        var detection = sweep.Points.Select(p => p.Run.DetectionTime!.Value).ToArray();
        Assert.Equal(mistakes.OrderByDescending(m => m), mistakes);
        Assert.Equal(detection.Order(), detection);
        Assert.Equal(2, mistakes[0]);   // both SIGSTOP pauses (2.5 s and 5 s) look like crashes to a 1.5 s timeout
        Assert.Equal(0, mistakes[^1]);
        Assert.Contains("<table", sweep.ToHtml());
    }

    [Fact] // lesson 09a, exercise 09a.1 states its expected value: replaying the recorded trace must give the same
    public void Smallest_mistake_free_candidate_on_the_recorded_trace_is_the_lessons_answer()
    {
        var trace = HeartbeatTrace.Load(Path.Combine(RepositoryPaths.Root, "data", "heartbeats", "recorded-sigstop.csv"));
        double[] candidates = [2000, 4000, 6000, 7000, 8000];
        var first = candidates.First(t => DetectorSimulation.Run(trace, new FixedTimeoutDetector(t)).Mistakes == 0);
        var longestLiveGap = trace.Arrivals.Zip(trace.Arrivals.Skip(1), (a, b) => b - a).Max();
        Assert.Equal(candidates.First(t => t >= longestLiveGap), first);
        Assert.Equal(VirtLab.Exercises.Lessons.Lesson09a.RecordedNoMistakeTimeout, first);
    }

    [Fact]
    public void Phi_sweep_on_the_gc_trace_shows_the_tradeoff()
    {
        var trace = HeartbeatTrace.Generate("gc", HeartbeatTraceTests.Generated[1].Model, HeartbeatTraceTests.Generated[1].Seed);
        var sweep = DetectorSimulation.Sweep(trace, [0.5, 1, 2, 4, 8, 16], t => new PhiAccrualDetector(threshold: t));
        var wrong = sweep.Points.Select(p => p.Run.MistakeDuration).ToArray();
        var detection = sweep.Points.Select(p => p.Run.DetectionTime!.Value).ToArray();
        Assert.Equal(wrong.OrderDescending(), wrong);
        Assert.Equal(detection.Order(), detection);
        // the 2.5 s pause hides inside Akka's 3 s acceptable pause; the 6 s pause does not
        Assert.All(sweep.Points, p => Assert.Equal(1, p.Run.Mistakes));
        var noPause = DetectorSimulation.Run(trace, new PhiAccrualDetector(threshold: 8, acceptableHeartbeatPause: 0));
        Assert.Equal(2, noPause.Mistakes);
        Assert.True(noPause.DetectionTime < sweep.Points[4].Run.DetectionTime);
        Assert.All(sweep.Points, p => Assert.NotNull(p.Run.DetectionTime));
    }

    [Fact]
    public void Rejects_a_used_detector()
    {
        var d = new FixedTimeoutDetector(1);
        d.Heartbeat(0);
        Assert.Equal("detector", Assert.Throws<ArgumentException>(() => DetectorSimulation.Run(Small, d)).ParamName);
        Assert.Equal("thresholds", Assert.Throws<ArgumentException>(() => DetectorSimulation.Sweep(Small, [], t => new FixedTimeoutDetector(t))).ParamName);
    }
}
