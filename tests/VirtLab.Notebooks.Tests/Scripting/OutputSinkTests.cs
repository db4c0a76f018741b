using VirtLab.Notebooks.Scripting;

namespace VirtLab.Notebooks.Tests.Scripting;

/// <summary>The per-cell output bound: the first MiB of console text is kept, the rest only counted.</summary>
public sealed class OutputSinkTests
{
    [Fact]
    public void Console_text_beyond_the_limit_is_counted_and_dropped()
    {
        var sink = new OutputSink();
        sink.Begin(0);
        var block = new string('x', 4096);
        for (var i = 0; i < 1024; i++)
        {
            sink.Write("stdout", block); // 4 MiB in small writes: linear, bounded
        }

        var outputs = sink.End();
        var kept = Assert.IsType<StreamOutput>(outputs[0]);
        Assert.Equal(OutputSink.TextLimit, kept.Text.Length);
        var note = Assert.IsType<StreamOutput>(outputs[^1]);
        Assert.Contains($"{(4L << 20) - OutputSink.TextLimit} more characters were dropped", note.Text, StringComparison.Ordinal);
    }
}
