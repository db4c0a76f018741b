namespace VirtLab.Notebooks.Scripting;

/// <summary>A <c>#r "nuget: …"</c> package could not be restored.</summary>
internal sealed class PackageRestoreException(string message, IReadOnlyList<string> details) : Exception(message)
{
    /// <summary>The restore errors, one per line.</summary>
    public IReadOnlyList<string> Details { get; } = details;
}
