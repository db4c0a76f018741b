using System.Collections;
using System.Globalization;

namespace VirtLab.Exercises;

/// <summary>Reads a learner's answer (any numeric type, any list of numbers) as doubles.</summary>
internal static class AnswerValues
{
    public static bool TryNumber(object answer, out double value)
    {
        switch (answer)
        {
            case double d: value = d; return true;
            case float f: value = f; return true;
            case int i: value = i; return true;
            case long l: value = l; return true;
            case decimal m: value = (double)m; return true;
            case short s: value = s; return true;
            case uint u: value = u; return true;
            default: value = double.NaN; return false;
        }
    }

    public static bool TryNumbers(object answer, out double[] values)
    {
        values = [];
        if (answer is string || answer is not IEnumerable sequence)
        {
            return false;
        }

        var list = new List<double>();
        foreach (var item in sequence)
        {
            if (item is null || !TryNumber(item, out var v))
            {
                return false;
            }

            list.Add(v);
        }

        values = [.. list];
        return true;
    }

    public static string Describe(object answer) => answer switch
    {
        string s => $"the text \"{s}\"",
        IFormattable f => $"{f.ToString(null, CultureInfo.InvariantCulture)} ({answer.GetType().Name})",
        _ => $"a {answer.GetType().Name}",
    };
}
