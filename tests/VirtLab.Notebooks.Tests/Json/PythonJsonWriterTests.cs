using System.Text.Json.Nodes;
using VirtLab.Notebooks.Json;

namespace VirtLab.Notebooks.Tests.Json;

public sealed class PythonJsonWriterTests
{
    // Expected strings are Python 3.11's repr() of the same floats.
    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(1e16, "1e+16")]
    [InlineData(1e-05, "1e-05")]
    [InlineData(123456789012345678.0, "1.2345678901234568e+17")]
    [InlineData(100.0, "100.0")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(2.5e-7, "2.5e-07")]
    [InlineData(-3.25, "-3.25")]
    [InlineData(1.0 / 3, "0.3333333333333333")]
    [InlineData(1e22, "1e+22")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(0.0, "0.0")]
    public void FormatDouble_matches_python_repr(double value, string expected) =>
        Assert.Equal(expected, PythonJsonWriter.FormatDouble(value));

    [Fact]
    public void Writes_indent_1_sorted_keys_and_keeps_non_ascii()
    {
        var node = new JsonObject { ["b"] = new JsonArray(), ["a"] = new JsonObject(), ["c"] = new JsonArray(1, "é\n\u0007") };

        Assert.Equal("{\n \"a\": {},\n \"b\": [],\n \"c\": [\n  1,\n  \"é\\n\\u0007\"\n ]\n}", PythonJsonWriter.Write(node));
    }

    [Fact]
    public void Keeps_integers_and_rewrites_parsed_floats_like_python()
    {
        var node = JsonNode.Parse("{\"i\": 12345678901234567890, \"f\": 1E5, \"g\": 2.50}");

        Assert.Equal("{\n \"f\": 100000.0,\n \"g\": 2.5,\n \"i\": 12345678901234567890\n}", PythonJsonWriter.Write(node));
    }
}
