namespace VirtLab.Notebooks.Json;

/// <summary>Text helpers that mirror Python's string semantics used by nbformat.</summary>
internal static class PythonText
{
    /// <summary>
    /// Splits like Python's <c>str.splitlines(keepends=True)</c>: the boundaries are \n, \r, \r\n, \v, \f,
    /// \x1c, \x1d, \x1e, \x85, U+2028 and U+2029, each kept at the end of its line.
    /// </summary>
    public static List<string> SplitLinesKeepEnds(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!IsLineBoundary(c))
            {
                continue;
            }

            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            lines.Add(text[start..(i + 1)]);
            start = i + 1;
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return lines;
    }

    private static bool IsLineBoundary(char c) =>
        c is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029';
}
