namespace VirtLab.Setup;

/// <summary>One line of the environment check (<c>virtlab check</c>, or <see cref="EnvironmentCheck.RunAsync"/> from a notebook).</summary>
/// <param name="Name">What was checked.</param>
/// <param name="Ok">Whether it is usable.</param>
/// <param name="Detail">What was found (versions, paths) or what is wrong.</param>
/// <param name="Fix">What to do when it is not usable.</param>
/// <param name="Required">Whether the course cannot run without it (optional tools only affect later notebooks).</param>
public sealed record EnvironmentCheckItem(string Name, bool Ok, string Detail, string? Fix, bool Required)
{
    /// <inheritdoc />
    public override string ToString() => $"{(Ok ? "OK " : "MISSING ")}{Name}: {Detail}{(Ok || Fix is null ? string.Empty : " -> fix: " + Fix)}";
}
