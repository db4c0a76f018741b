namespace VirtLab.Machines.Qmp;

/// <summary>Reply of <c>query-balloon</c>.</summary>
/// <param name="ActualBytes">Memory the guest has now: configured RAM minus what the balloon holds.</param>
public sealed record BalloonResponse(long ActualBytes)
{
    /// <summary>"actual = 160 MiB".</summary>
    public override string ToString() => $"actual = {ActualBytes / (1024.0 * 1024):0.#} MiB";
}
