using VirtLab.Machines.Qmp;

namespace VirtLab.Machines;

/// <summary>A live migration ended in <c>failed</c> or <c>cancelled</c>; the source keeps running.</summary>
public sealed class MigrationFailedException : Exception
{
    /// <summary>Creates the exception from QEMU's last <c>query-migrate</c> reply.</summary>
    public MigrationFailedException(MigrationResponse response)
        : base($"Migration {response.Status}: {response.ErrorDescription ?? "no error description"}. The source VM keeps running; check that the destination was started with CreateMigrationTargetAsync and is still alive.")
    {
        Response = response;
    }

    /// <summary>QEMU's last statistics.</summary>
    public MigrationResponse Response { get; }
}
