using VirtLab.Reliability.Detection;

namespace VirtLab.Tests.Reliability.Detection;

public sealed class HeartbeatTraceTests
{
    /// <summary>The generated traces of data/heartbeats, exactly as its README documents them.</summary>
    public static readonly (string File, HeartbeatModel Model, int Seed)[] Generated =
    [
        ("steady.csv", new HeartbeatModel(1000, 50, 20, 120_000, 90_000, []), 1),
        ("gc-pauses.csv", new HeartbeatModel(1000, 50, 20, 130_000, 100_000, [new Pause(30_000, 2_500), new Pause(60_000, 6_000)]), 2),
        ("noisy-network.csv", new HeartbeatModel(1000, 200, 150, 130_000, 100_000, []), 3),
    ];

    public static TheoryData<string> GeneratedFiles => new(Generated.Select(g => g.File));

    [Theory]
    [MemberData(nameof(GeneratedFiles))]
    public void Generated_trace_files_match_their_documented_model_and_seed(string file)
    {
        var (_, model, seed) = Generated.Single(g => g.File == file);
        var csv = HeartbeatTrace.Generate(Path.GetFileNameWithoutExtension(file), model, seed).ToCsv();
        var path = Path.Combine(RepositoryPaths.Root, "data", "heartbeats", file);
        if (Environment.GetEnvironmentVariable("VIRTLAB_REGENERATE_TRACES") == "1")
        {
            File.WriteAllText(path, csv);
        }

        Assert.Equal(csv, File.ReadAllText(path));
    }

    [Fact]
    public void Generate_follows_the_model()
    {
        var trace = HeartbeatTrace.Generate("t", new HeartbeatModel(1000, 0, 0, 20_000, 15_500, [new Pause(4_500, 2_000)]), seed: 1);
        // sends at 0..4000, pause 4500-6500 swallows 5000 and 6000 and sends at 6500, then 7500..14500 (crash at 15500)
        Assert.Equal([0, 1000, 2000, 3000, 4000, 6500, 7500, 8500, 9500, 10500, 11500, 12500, 13500, 14500], trace.Arrivals);
        Assert.Equal(15_500, trace.CrashAt);
        Assert.Equal(20_000, trace.End);
    }

    [Fact]
    public void Same_seed_same_trace()
    {
        var model = Generated[2].Model;
        Assert.Equal(HeartbeatTrace.Generate("a", model, 9).Arrivals, HeartbeatTrace.Generate("a", model, 9).Arrivals);
        Assert.NotEqual(HeartbeatTrace.Generate("a", model, 9).Arrivals, HeartbeatTrace.Generate("a", model, 10).Arrivals);
    }

    [Fact]
    public void Csv_round_trips()
    {
        var trace = HeartbeatTrace.Generate("gc", Generated[1].Model, 2);
        var again = HeartbeatTrace.Parse(trace.ToCsv());
        Assert.Equal(trace.Name, again.Name);
        Assert.Equal(trace.CrashAt, again.CrashAt);
        Assert.Equal(trace.End, again.End);
        Assert.Equal(trace.Pauses, again.Pauses);
        Assert.Equal(trace.Arrivals.Select(a => Math.Round(a, 3)), again.Arrivals);
    }

    [Fact] // recorded from a real process on this machine by data/heartbeats/record_sigstop.py
    public void Recorded_trace_loads_with_its_ground_truth()
    {
        var trace = HeartbeatTrace.Load(Path.Combine(RepositoryPaths.Root, "data", "heartbeats", "recorded-sigstop.csv"));
        Assert.Equal("recorded-sigstop", trace.Name);
        Assert.Equal(2, trace.Pauses.Count);
        Assert.NotNull(trace.CrashAt);
        Assert.True(trace.Arrivals[^1] < trace.CrashAt);
        Assert.InRange(trace.Intervals.Max(), trace.Pauses[1].Duration - 1000, trace.Pauses[1].Duration + 1500);
        Assert.Contains("<table", trace.ToHtml());
    }

    [Fact]
    public void Rejects_bad_models_and_files()
    {
        Assert.Equal("Interval", Assert.Throws<ArgumentOutOfRangeException>(() => new HeartbeatModel(0, 0, 0, 1, null, []).Validate()).ParamName);
        Assert.Equal("CrashAt", Assert.Throws<ArgumentOutOfRangeException>(() => new HeartbeatModel(1, 0, 0, 10, 11, []).Validate()).ParamName);
        Assert.Equal("Pauses", Assert.Throws<ArgumentOutOfRangeException>(() => new HeartbeatModel(1, 0, 0, 10, 5, [new Pause(4, 2)]).Validate()).ParamName);
        Assert.Throws<FormatException>(() => HeartbeatTrace.Parse("seq,arrival_ms\n0,abc\n"));
        Assert.Equal("Arrivals", Assert.Throws<ArgumentException>(() => HeartbeatTrace.Parse("0,10\n1,5\n")).ParamName);
        Assert.Equal("csv", Assert.Throws<ArgumentException>(() => HeartbeatTrace.Parse("# name: x\n")).ParamName);
    }
}
