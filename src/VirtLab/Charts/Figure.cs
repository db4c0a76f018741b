using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using VirtLab.Display;

namespace VirtLab.Charts;

/// <summary>
/// A plotly.js figure: traces plus layout (title, axis titles, legend, bar mode, annotations). Displayed in a
/// notebook it renders as an interactive chart; <see cref="ToJson"/> gives the plotly figure JSON.
/// </summary>
/// <remarks>
/// Rendered through the formatter convention as <c>text/html</c> (a div and a script that draws it, loading plotly.js
/// from the CDN when the page has no <c>Plotly</c> yet, as in VS Code), <c>application/vnd.plotly.v1+json</c> (the
/// figure itself, which the offline HTML export draws with a local plotly.min.js) and <c>text/plain</c>.
/// Schema: https://plotly.com/javascript/reference/ (plotly.js 4).
/// </remarks>
[TypeFormatterSource(typeof(FigureFormatterSource))]
public sealed class Figure : IHtmlRenderable
{
    /// <summary>The plotly.js version loaded from the CDN (the same as the npm package the HTML export ships).</summary>
    public const string PlotlyVersion = "4.1.2";

    private static int _counter;
    private readonly List<Trace> _traces = [];
    private readonly List<Annotation> _annotations = [];
    private int _height = 420;

    /// <summary>Creates an empty figure.</summary>
    /// <param name="title">The chart title.</param>
    public Figure(string? title = null)
    {
        Title = title;
    }

    /// <summary>The chart title.</summary>
    public string? Title { get; set; }

    /// <summary>The x axis.</summary>
    public Axis XAxis { get; } = new();

    /// <summary>The y axis.</summary>
    public Axis YAxis { get; } = new();

    /// <summary>How bar traces share a category. Default: grouped.</summary>
    public BarMode BarMode { get; set; } = BarMode.Group;

    /// <summary>Show the legend; default: plotly decides (shown when there are several traces).</summary>
    public bool? ShowLegend { get; set; }

    /// <summary>Height in pixels. Range: 100–2000. Default 420.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Outside 100–2000.</exception>
    public int Height
    {
        get => _height;
        set
        {
            if (value is < 100 or > 2000)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "Height must be between 100 and 2000 pixels.");
            }

            _height = value;
        }
    }

    /// <summary>The traces, in drawing order.</summary>
    public IReadOnlyList<Trace> Traces => _traces;

    /// <summary>The annotations.</summary>
    public IReadOnlyList<Annotation> Annotations => _annotations;

    /// <summary>Adds a trace.</summary>
    /// <returns>This figure.</returns>
    public Figure Add(Trace trace)
    {
        ArgumentNullException.ThrowIfNull(trace);
        _traces.Add(trace);
        return this;
    }

    /// <summary>Sets the axis titles.</summary>
    /// <returns>This figure.</returns>
    public Figure WithAxes(string? xTitle, string? yTitle)
    {
        XAxis.Title = xTitle;
        YAxis.Title = yTitle;
        return this;
    }

    /// <summary>Adds a text note at a data point.</summary>
    /// <exception cref="ArgumentException">x or y is not finite, or the text is empty.</exception>
    /// <returns>This figure.</returns>
    public Figure Annotate(double x, double y, string text, bool showArrow = true)
    {
        if (!double.IsFinite(x))
        {
            throw new ArgumentException("x must be finite.", nameof(x));
        }

        if (!double.IsFinite(y))
        {
            throw new ArgumentException("y must be finite.", nameof(y));
        }

        ArgumentException.ThrowIfNullOrEmpty(text);
        _annotations.Add(new Annotation(x, y, text, showArrow));
        return this;
    }

    /// <summary>The plotly figure JSON: <c>{"data": [...], "layout": {...}}</c>.</summary>
    /// <param name="indented">Indent (for reading and snapshots).</param>
    public string ToJson(bool indented = false)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("data");
            foreach (var trace in _traces)
            {
                trace.Write(writer);
            }

            writer.WriteEndArray();
            WriteLayout(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>A div and a script that draw the chart; plotly.js comes from the page or, if absent, from the CDN.</summary>
    public string ToHtml()
    {
        var json = ToJson();
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(json)))[..8].ToLowerInvariant();
        var id = string.Create(CultureInfo.InvariantCulture, $"virtlab-figure-{Interlocked.Increment(ref _counter)}-{hash}");
        return $$"""
<div id="{{id}}" class="virtlab-figure" style="width:100%;height:{{Height}}px;"></div>
<script type="text/javascript">
(function () {
  var figure = {{json}};
  var draw = function () { Plotly.newPlot('{{id}}', figure.data, figure.layout, { responsive: true }); };
  if (typeof Plotly !== 'undefined') { draw(); return; }
  window.virtlabPlotly = window.virtlabPlotly || new Promise(function (resolve, reject) {
    var script = document.createElement('script');
    script.src = 'https://cdn.plot.ly/plotly-{{PlotlyVersion}}.min.js';
    script.onload = resolve;
    script.onerror = reject;
    document.head.appendChild(script);
  });
  window.virtlabPlotly.then(draw);
})();
</script>
""";
    }

    /// <summary>A one-line description: title and traces.</summary>
    public override string ToString()
    {
        var traces = string.Join(", ", _traces.Select(t => t.Name is null ? t.Type : $"{t.Type} '{t.Name}'"));
        return $"Figure '{Title}' ({_traces.Count} trace{(_traces.Count == 1 ? string.Empty : "s")}: {traces})";
    }

    private void WriteLayout(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("layout");
        if (Title is not null)
        {
            writer.WriteStartObject("title");
            writer.WriteString("text", Title);
            writer.WriteEndObject();
        }

        if (!XAxis.IsEmpty)
        {
            XAxis.Write(writer, "xaxis");
        }

        if (!YAxis.IsEmpty)
        {
            YAxis.Write(writer, "yaxis");
        }

        if (_traces.Any(t => t is BarTrace))
        {
            writer.WriteString("barmode", BarMode switch
            {
                BarMode.Stack => "stack",
                BarMode.Overlay => "overlay",
                _ => "group",
            });
        }

        if (ShowLegend is { } legend)
        {
            writer.WriteBoolean("showlegend", legend);
        }

        if (_annotations.Count > 0)
        {
            writer.WriteStartArray("annotations");
            foreach (var annotation in _annotations)
            {
                writer.WriteStartObject();
                writer.WriteNumber("x", annotation.X);
                writer.WriteNumber("y", annotation.Y);
                writer.WriteString("text", annotation.Text);
                writer.WriteBoolean("showarrow", annotation.ShowArrow);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteNumber("height", Height);
        writer.WriteEndObject();
    }
}
