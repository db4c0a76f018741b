namespace VirtLab.Cli.Environment;

/// <summary>One line of <c>virtlab check</c>.</summary>
/// <param name="Name">What was checked.</param>
/// <param name="Ok">Whether it is usable.</param>
/// <param name="Detail">What was found (versions, paths) or what is wrong.</param>
/// <param name="Fix">What to do when it is not usable.</param>
/// <param name="Required">Whether the course cannot run without it (optional tools only affect later notebooks).</param>
internal sealed record ProbeResult(string Name, bool Ok, string Detail, string? Fix, bool Required);
