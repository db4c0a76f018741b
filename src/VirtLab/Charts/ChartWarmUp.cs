namespace VirtLab.Charts;

/// <summary>
/// Loads and JIT-compiles Plotly.NET in the background as soon as VirtLab is first used in a process, so the
/// notebook's first chart does not pay for it: a fresh process spends seconds in Plotly.NET's first chart and its
/// first figure JSON (reflection over DynamicObj, Newtonsoft.Json), the later ones a fraction of that (measured in
/// tests/VirtLab.Benchmarks, <c>FirstChartBenchmarks</c>). Set <c>VIRTLAB_CHART_WARMUP=0</c> to turn it off.
/// </summary>
internal static class ChartWarmUp
{
    private static int s_started;

    /// <summary>Starts the warm-up once per process (on the thread pool; failures are ignored: the first real chart
    /// then reports them).</summary>
    public static void Start()
    {
        if (Environment.GetEnvironmentVariable("VIRTLAB_CHART_WARMUP") == "0" || Interlocked.Exchange(ref s_started, 1) == 1)
        {
            return;
        }

        ThreadPool.UnsafeQueueUserWorkItem(static _ =>
        {
            try
            {
                var chart = Chart.Bar(["a", "b"], [1, 2], name: "warm-up", title: "warm-up").Add(Chart.Line([0, 1], [1, 0])).WithAxes("x", "y");
                _ = ChartFormatter.Summary(chart);
                _ = PlotlyJs.Script.Length;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Nothing to do: the warm-up is only an optimisation.
            }
        }, null);
    }
}
