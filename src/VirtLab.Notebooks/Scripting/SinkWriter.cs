using System.Text;

namespace VirtLab.Notebooks.Scripting;

/// <summary>A <see cref="TextWriter"/> that sends everything written to an <see cref="OutputSink"/> stream.</summary>
internal sealed class SinkWriter : TextWriter
{
    private readonly OutputSink _sink;
    private readonly string _stream;

    public SinkWriter(OutputSink sink, string stream)
    {
        _sink = sink;
        _stream = stream;
        NewLine = "\n"; // the same notebook text on every OS
    }

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => _sink.Write(_stream, value.ToString());

    public override void Write(string? value) => _sink.Write(_stream, value ?? string.Empty);

    public override void Write(char[] buffer, int index, int count) => _sink.Write(_stream, new string(buffer, index, count));

    public override void WriteLine(string? value) => _sink.Write(_stream, (value ?? string.Empty) + NewLine);
}
