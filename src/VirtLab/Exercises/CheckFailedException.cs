namespace VirtLab.Exercises;

/// <summary>An exercise answer did not pass its check. The message says what was expected and gives a hint.</summary>
public sealed class CheckFailedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CheckFailedException(string message)
        : base(message)
    {
    }
}
