using System.Globalization;
using System.Text;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;
using VirtLab.Display;

namespace VirtLab.Reliability.Detection;

/// <summary>
/// Heartbeat arrival times seen by a monitor, with the ground truth a detector is judged against:
/// when (if ever) the process crashed, and when observation ended.
/// </summary>
/// <param name="Name">Short name ("steady", "recorded-sigstop").</param>
/// <param name="Description">How the trace was produced.</param>
/// <param name="Arrivals">Heartbeat arrival times, non-decreasing.</param>
/// <param name="CrashAt">When the process crashed, or <see langword="null"/>.</param>
/// <param name="End">End of observation (≥ last arrival).</param>
/// <param name="Pauses">Known pauses of a live sender (ground truth for the reader; detectors never see it).</param>
[TypeFormatterSource(typeof(HtmlFormatterSource))]
public sealed record HeartbeatTrace(
    string Name,
    string Description,
    IReadOnlyList<double> Arrivals,
    double? CrashAt,
    double End,
    IReadOnlyList<Pause> Pauses) : IHtmlRenderable
{
    /// <summary>Validates the trace (throws naming the bad part).</summary>
    public HeartbeatTrace Validate()
    {
        ArgumentNullException.ThrowIfNull(Arrivals, nameof(Arrivals));
        ArgumentNullException.ThrowIfNull(Pauses, nameof(Pauses));
        if (Arrivals.Count == 0)
        {
            throw new ArgumentException("A trace needs at least one heartbeat.", nameof(Arrivals));
        }

        for (var i = 0; i < Arrivals.Count; i++)
        {
            Guard.Finite(Arrivals[i], nameof(Arrivals));
            if (i > 0 && Arrivals[i] < Arrivals[i - 1])
            {
                throw new ArgumentException($"Arrivals must be non-decreasing (index {i}).", nameof(Arrivals));
            }
        }

        Guard.Finite(End, nameof(End));
        if (End < Arrivals[^1])
        {
            throw new ArgumentOutOfRangeException(nameof(End), End, "The trace must end at or after its last heartbeat.");
        }

        if (CrashAt is { } crash && !(crash <= End && double.IsFinite(crash)))
        {
            throw new ArgumentOutOfRangeException(nameof(CrashAt), crash, "The crash must happen before the end of the trace.");
        }

        return this;
    }

    /// <summary>Inter-arrival times (Count − 1 values).</summary>
    public IReadOnlyList<double> Intervals => Arrivals.Zip(Arrivals.Skip(1), (a, b) => b - a).ToArray();

    /// <summary>Generates a trace from a model, deterministically for a seed.</summary>
    /// <param name="name">Trace name.</param>
    /// <param name="model">The sender and network model.</param>
    /// <param name="seed">Seed of MathNet.Numerics' <see cref="Xoshiro256StarStar"/>.</param>
    public static HeartbeatTrace Generate(string name, HeartbeatModel model, int seed)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(model);
        model.Validate();
        var random = new Xoshiro256StarStar(seed);
        var stop = model.CrashAt ?? model.Duration;
        var arrivals = new List<double>();
        var pauses = model.Pauses.OrderBy(p => p.Start).ToArray();
        var pauseIndex = 0;
        for (var send = 0.0; send < stop;)
        {
            // skip pauses that have already ended; a send that falls in a pause happens when the pause ends
            while (pauseIndex < pauses.Length && pauses[pauseIndex].End <= send)
            {
                pauseIndex++;
            }

            if (pauseIndex < pauses.Length && send >= pauses[pauseIndex].Start)
            {
                send = pauses[pauseIndex].End;
                pauseIndex++;
                if (send >= stop)
                {
                    break;
                }
            }

            var delay = model.DelayStdDeviation > 0 ? Normal.Sample(random, model.MeanDelay, model.DelayStdDeviation) : model.MeanDelay;
            var arrival = send + Math.Max(0, delay);
            if (arrival <= model.Duration)
            {
                arrivals.Add(arrival);
            }

            send += model.Interval;
        }

        arrivals.Sort();
        var description = string.Create(CultureInfo.InvariantCulture,
            $"generated: interval {model.Interval}, delay N({model.MeanDelay}, {model.DelayStdDeviation}) truncated at 0, {pauses.Length} pause(s), crash {(model.CrashAt is { } c ? c.ToString(CultureInfo.InvariantCulture) : "none")}, seed {seed}");
        return new HeartbeatTrace(name, description, arrivals, model.CrashAt, model.Duration, pauses).Validate();
    }

    /// <summary>Reads a trace file (format: see <see cref="ToCsv"/> and <c>data/heartbeats/README.md</c>).</summary>
    /// <param name="path">Path of the CSV file.</param>
    public static HeartbeatTrace Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Parse(File.ReadAllText(path), Path.GetFileNameWithoutExtension(path));
    }

    /// <summary>Parses trace CSV text: <c># key: value</c> header lines (name, description, crash_ms, end_ms,
    /// pauseN_ms: start-end), then <c>seq,arrival_ms</c> and one row per heartbeat.</summary>
    /// <param name="csv">The text.</param>
    /// <param name="fallbackName">Name used when the header has none.</param>
    public static HeartbeatTrace Parse(string csv, string fallbackName = "trace")
    {
        ArgumentNullException.ThrowIfNull(csv);
        string name = fallbackName, description = "";
        double? crash = null, end = null;
        var pauses = new List<Pause>();
        var arrivals = new List<double>();
        var lineNumber = 0;
        foreach (var raw in csv.Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith("seq,", StringComparison.Ordinal))
            {
                continue;
            }

            if (line.StartsWith('#'))
            {
                var colon = line.IndexOf(':');
                if (colon < 0)
                {
                    continue;
                }

                var key = line[1..colon].Trim();
                var value = line[(colon + 1)..].Trim();
                if (key == "name") { name = value; }
                else if (key == "description") { description = value; }
                else if (key == "crash_ms") { crash = Number(value, lineNumber); }
                else if (key == "end_ms") { end = Number(value, lineNumber); }
                else if (key.StartsWith("pause", StringComparison.Ordinal))
                {
                    var dash = value.IndexOf('-', 1);
                    var start = Number(value[..dash], lineNumber);
                    pauses.Add(new Pause(start, Number(value[(dash + 1)..], lineNumber) - start));
                }

                continue;
            }

            var comma = line.IndexOf(',');
            arrivals.Add(Number(comma < 0 ? line : line[(comma + 1)..], lineNumber));
        }

        if (arrivals.Count == 0)
        {
            throw new ArgumentException("The trace has no heartbeat rows.", nameof(csv));
        }

        return new HeartbeatTrace(name, description, arrivals, crash, end ?? arrivals[^1], pauses).Validate();
    }

    /// <summary>The trace as CSV text, readable by <see cref="Parse"/> (3 decimals, invariant culture).</summary>
    public string ToCsv()
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.Append("# name: ").Append(Name).Append('\n');
        text.Append("# description: ").Append(Description).Append('\n');
        for (var i = 0; i < Pauses.Count; i++)
        {
            text.Append(c, $"# pause{i + 1}_ms: {Pauses[i].Start:0.000}-{Pauses[i].End:0.000}\n");
        }

        if (CrashAt is { } crash)
        {
            text.Append(c, $"# crash_ms: {crash:0.000}\n");
        }

        text.Append(c, $"# end_ms: {End:0.000}\n");
        text.Append("seq,arrival_ms\n");
        for (var i = 0; i < Arrivals.Count; i++)
        {
            text.Append(c, $"{i},{Arrivals[i]:0.000}\n");
        }

        return text.ToString();
    }

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture,
            $"{Name}: {Arrivals.Count} heartbeats over {End:G6}, {Pauses.Count} pause(s), crash {(CrashAt is { } c ? c.ToString("G6", CultureInfo.InvariantCulture) : "none")}");

    /// <inheritdoc />
    public string ToHtml()
    {
        var intervals = Intervals;
        var table = new ResultTable($"Heartbeat trace {Name}", "quantity", "value")
            .Row("heartbeats", Arrivals.Count)
            .Row("end of observation", End)
            .Row("crash", CrashAt is { } c ? ResultTable.Number(c) : "none")
            .Row("pauses", string.Join(", ", Pauses.Select(p => $"{ResultTable.Number(p.Start)} for {ResultTable.Number(p.Duration)}")));
        if (intervals.Count > 0)
        {
            table.Row("mean interval", intervals.Average()).Row("largest interval", intervals.Max());
        }

        return table.Row("how it was produced", Description).ToString();
    }

    private static double Number(string text, int line) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new FormatException($"Line {line}: '{text.Trim()}' is not a number.");
}
