using VirtLab.Notebooks.Json;

namespace VirtLab.Notebooks.Tests.Json;

public sealed class PythonTextTests
{
    [Fact]
    public void SplitLinesKeepEnds_splits_where_python_splitlines_does()
    {
        // Python: "a\nb\r\nc\rd\x0be\x0cf\x1cg\x85h\u2028i\u2029j".splitlines(True)
        var lines = PythonText.SplitLinesKeepEnds("a\nb\r\nc\rd\ve\ff\x1cg\x85h\u2028i\u2029j");

        Assert.Equal(["a\n", "b\r\n", "c\r", "d\v", "e\f", "f\x1c", "g\x85", "h\u2028", "i\u2029", "j"], lines);
    }

    [Fact]
    public void SplitLinesKeepEnds_of_empty_text_is_empty() => Assert.Empty(PythonText.SplitLinesKeepEnds(string.Empty));
}
