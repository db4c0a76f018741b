using System.Globalization;
using VirtLab.Containers.Lab;

namespace VirtLab.IntegrationTests.Containers;

/// <summary>
/// CPU use of busy containers measured over several consecutive windows, so that a test can assert on the median
/// and print every sample when it fails.
/// </summary>
/// <remarks>
/// Why windows and rates: the engine's stats calls do not return at the same instant (its collector ticks once a
/// second), so two containers' CPU seconds cover windows that can be a second apart. Each container's rate over its
/// own window (<see cref="CpuSample.CoresUsed"/>) does not depend on that offset; the median over several windows
/// drops the one window in which a burst of other work on the host landed.
/// </remarks>
internal sealed class CpuWindows
{
    private CpuWindows(IReadOnlyList<IReadOnlyList<CpuSample>> windows) => Windows = windows;

    /// <summary>The samples, one list per window, in the order the containers were given.</summary>
    public IReadOnlyList<IReadOnlyList<CpuSample>> Windows { get; }

    /// <summary>Measures <paramref name="count"/> consecutive windows of <paramref name="length"/> each.</summary>
    public static async Task<CpuWindows> MeasureAsync(LabSession lab, IReadOnlyList<LabContainer> containers, int count, TimeSpan length)
    {
        var windows = new List<IReadOnlyList<CpuSample>>(count);
        for (var i = 0; i < count; i++)
        {
            windows.Add(await lab.SampleCpuAsync(containers, length));
        }

        return new CpuWindows(windows);
    }

    /// <summary>Median over the windows of a value computed from each window's samples.</summary>
    public double Median(Func<IReadOnlyList<CpuSample>, double> value)
    {
        var values = Windows.Select(value).Order().ToArray();
        return values.Length % 2 == 1 ? values[values.Length / 2] : (values[(values.Length / 2) - 1] + values[values.Length / 2]) / 2;
    }

    /// <summary>
    /// Median over the windows of measured ÷ predicted CPU for container <paramref name="index"/>, where the
    /// prediction is weighted max-min fairness (<see cref="VirtLab.Allocation.Allocate.WeightedMaxMin"/>) over the
    /// capacity the sampled containers really got together in that window. Containers pinned to one CPU of a busy
    /// host share what the host leaves them (CFS splits a CPU by weight among runnable groups); the caps and weights
    /// decide how they split it. 1.0 means the kernel did exactly what the model says.
    /// </summary>
    /// <param name="index">Which container to compare.</param>
    /// <param name="demands">Each container's demand in cores: its <c>--cpus</c> cap, or 1 for an uncapped busy loop.</param>
    /// <param name="weights">Each container's CPU shares.</param>
    public double MedianOfMeasuredOverModel(int index, double[] demands, double[] weights) =>
        Median(w => w[index].CoresUsed / VirtLab.Allocation.Allocate.WeightedMaxMin(w.Sum(s => s.CoresUsed), demands, weights)[index]);

    /// <summary>Every window's CPU use per container (cores), for failure messages.</summary>
    public string Describe() => string.Join(
        "; ",
        Windows.Select((w, i) => string.Create(CultureInfo.InvariantCulture, $"window {i + 1}: ") + string.Join(" / ", w.Select(s => s.CoresUsed.ToString("0.000", CultureInfo.InvariantCulture)))
            + string.Create(CultureInfo.InvariantCulture, $" (together {w.Sum(s => s.CoresUsed):0.000})")));
}
