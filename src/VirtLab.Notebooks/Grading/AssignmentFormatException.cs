namespace VirtLab.Notebooks.Grading;

/// <summary>An instructor notebook breaks the assignment format (see <c>notebooks/homework/README.md</c>); the message names the cell and the rule.</summary>
public sealed class AssignmentFormatException : Exception
{
    /// <summary>Creates the exception.</summary>
    public AssignmentFormatException(string message)
        : base(message)
    {
    }
}
