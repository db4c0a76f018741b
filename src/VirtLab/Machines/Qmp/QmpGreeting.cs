namespace VirtLab.Machines.Qmp;

/// <summary>The greeting a QMP server sends first: QEMU's version and the optional capabilities it offers.</summary>
/// <param name="Major">QEMU major version.</param>
/// <param name="Minor">QEMU minor version.</param>
/// <param name="Micro">QEMU micro version.</param>
/// <param name="Package">Distribution package string, e.g. <c>Debian 1:7.2+dfsg-7+deb12u18+b3</c>.</param>
/// <param name="Capabilities">Capabilities offered, e.g. <c>oob</c>.</param>
public sealed record QmpGreeting(int Major, int Minor, int Micro, string Package, IReadOnlyList<string> Capabilities)
{
    /// <summary>"QEMU 7.2.22 (Debian …)".</summary>
    public override string ToString() => $"QEMU {Major}.{Minor}.{Micro} ({Package})";
}
