namespace VirtLab.Containers.Lab;

/// <summary>What a cleanup removed.</summary>
/// <param name="Containers">Container names removed.</param>
/// <param name="Images">Image ids or names removed.</param>
/// <param name="Networks">Network names removed.</param>
/// <param name="Volumes">Volume names removed.</param>
public sealed record CleanupReport(IReadOnlyList<string> Containers, IReadOnlyList<string> Images, IReadOnlyList<string> Networks, IReadOnlyList<string> Volumes)
{
    /// <summary>Resources left in place because the session that created them is still running.</summary>
    public IReadOnlyList<string> Kept { get; init; } = [];

    /// <summary>How many objects were removed.</summary>
    public int Total => Containers.Count + Images.Count + Networks.Count + Volumes.Count;

    /// <inheritdoc />
    public override string ToString() =>
        $"removed {Containers.Count} container(s), {Images.Count} image(s), {Networks.Count} network(s), {Volumes.Count} volume(s)"
        + (Kept.Count > 0 ? $"; kept {Kept.Count} of sessions still running" : string.Empty);
}
