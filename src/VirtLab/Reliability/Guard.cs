namespace VirtLab.Reliability;

/// <summary>Shared argument checks: each throws naming the parameter and the rule (never NaN or a silent default).</summary>
internal static class Guard
{
    public static void Positive(double value, string paramName)
    {
        if (!(value > 0) || double.IsPositiveInfinity(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, "Must be a finite number > 0.");
        }
    }

    public static void NonNegative(double value, string paramName)
    {
        if (!(value >= 0) || double.IsPositiveInfinity(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, "Must be a finite number >= 0.");
        }
    }

    public static void Finite(double value, string paramName)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, "Must be a finite number.");
        }
    }

    public static void Probability(double value, string paramName)
    {
        if (!(value >= 0 && value <= 1))
        {
            throw new ArgumentOutOfRangeException(paramName, value, "Must be a probability in [0, 1].");
        }
    }

    public static void PositiveInt(int value, string paramName)
    {
        if (value <= 0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, "Must be an integer >= 1.");
        }
    }
}
