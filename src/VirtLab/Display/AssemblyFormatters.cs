using VirtLab.Charts;
using VirtLab.Display;

// Formatters for types VirtLab uses but does not own (an attribute cannot sit on them): virtlab run reads the
// assembly-level attribute; the real kernel gets the same formatters from KernelFormatters.
[assembly: TypeFormatterSource(typeof(GenericChartFormatterSource), PreferredMimeTypes = ["text/html", ChartFormatter.PlotlyMimeType, "text/plain"])]
