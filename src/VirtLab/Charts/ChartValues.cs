namespace VirtLab.Charts;

/// <summary>The finite-value checks every course chart applies to its data before plotly sees it.</summary>
/// <remarks>plotly.js silently drops NaN and infinite points, which hides a bug in a simulation behind a chart with
/// a gap; the course refuses them with the parameter name and the position instead.</remarks>
internal static class ChartValues
{
    /// <summary>The values as an array.</summary>
    /// <exception cref="ArgumentException">A value is NaN or infinite.</exception>
    public static double[] Finite(IEnumerable<double> values, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(values, parameterName);
        var array = values.ToArray();
        for (var i = 0; i < array.Length; i++)
        {
            if (!double.IsFinite(array[i]))
            {
                throw new ArgumentException($"{parameterName}[{i}] is {array[i]}; chart values must be finite numbers.", parameterName);
            }
        }

        return array;
    }

    /// <summary>The x and y values, finite and of the same length.</summary>
    /// <exception cref="ArgumentException">A value is not finite or the lengths differ.</exception>
    public static (double[] X, double[] Y) Pairs(IEnumerable<double> x, IEnumerable<double> y)
    {
        var xs = Finite(x, nameof(x));
        var ys = Finite(y, nameof(y));
        if (xs.Length != ys.Length)
        {
            throw new ArgumentException($"x has {xs.Length} values but y has {ys.Length}; give one y per x.", nameof(y));
        }

        return (xs, ys);
    }

    /// <summary>The categories and values, of the same length, values finite.</summary>
    /// <exception cref="ArgumentException">A value is not finite, a category is null or the lengths differ.</exception>
    public static (string[] Categories, double[] Values) Categorical(IEnumerable<string> categories, IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(categories);
        var keys = categories.ToArray();
        if (Array.IndexOf(keys, null) is var missing and >= 0)
        {
            throw new ArgumentException($"categories[{missing}] is null; every bar needs a category.", nameof(categories));
        }

        var numbers = Finite(values, nameof(values));
        if (keys.Length != numbers.Length)
        {
            throw new ArgumentException($"categories has {keys.Length} entries but values has {numbers.Length}; give one value per category.", nameof(values));
        }

        return (keys, numbers);
    }
}
