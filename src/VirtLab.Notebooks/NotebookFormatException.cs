namespace VirtLab.Notebooks;

/// <summary>A file is not a notebook this library can read.</summary>
public sealed class NotebookFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong with the file.</param>
    public NotebookFormatException(string message)
        : base(message)
    {
    }
}
