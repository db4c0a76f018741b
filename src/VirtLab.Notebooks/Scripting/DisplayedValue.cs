namespace VirtLab.Notebooks.Scripting;

/// <summary>A handle to an output shown with <c>display(x)</c>; <see cref="Update"/> replaces that output in place.</summary>
public sealed class DisplayedValue
{
    private readonly OutputSink _sink;
    private readonly OutputSink.DisplayLocation _location;
    private readonly string[] _mimeTypes;

    internal DisplayedValue(OutputSink sink, OutputSink.DisplayLocation location, string[] mimeTypes)
    {
        _sink = sink;
        _location = location;
        _mimeTypes = mimeTypes;
    }

    /// <summary>Replaces the displayed output with <paramref name="value"/>, formatted the same way.</summary>
    /// <param name="value">The new value.</param>
    public void Update(object? value) => _sink.Update(_location, ValueFormatter.Format(value, _mimeTypes));
}
