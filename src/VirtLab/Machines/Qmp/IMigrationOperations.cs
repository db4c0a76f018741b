namespace VirtLab.Machines.Qmp;

/// <summary>QMP commands for live migration (source side; the destination is started with <c>-incoming</c>).</summary>
public interface IMigrationOperations
{
    /// <summary>Turns migration capabilities on or off, e.g. <c>events</c> (emit <c>MIGRATION</c> status events).</summary>
    /// <remarks>QMP <c>migrate-set-capabilities</c>.</remarks>
    Task SetCapabilitiesAsync(IReadOnlyDictionary<string, bool> capabilities, CancellationToken cancellationToken = default);

    /// <summary>Sets the bandwidth cap and the downtime limit (null leaves a value unchanged).</summary>
    /// <remarks>QMP <c>migrate-set-parameters</c>; <c>virsh migrate-setspeed</c> / <c>migrate-setmaxdowntime</c>.
    /// QEMU 7.2 defaults: 128 MiB/s and 300 ms.</remarks>
    Task SetParametersAsync(MigrationParameters parameters, CancellationToken cancellationToken = default);

    /// <summary>Starts migrating to <paramref name="uri"/> (<c>tcp:127.0.0.1:PORT</c> or <c>unix:/path</c>); returns at once.</summary>
    /// <remarks>QMP <c>migrate</c>; <c>virsh migrate --live</c>. Poll <see cref="QueryMigrateAsync"/> for progress.</remarks>
    Task MigrateAsync(string uri, CancellationToken cancellationToken = default);

    /// <summary>Reads the migration's status and statistics.</summary>
    /// <remarks>QMP <c>query-migrate</c>; <c>virsh domjobinfo</c>.</remarks>
    Task<MigrationResponse> QueryMigrateAsync(CancellationToken cancellationToken = default);

    /// <summary>Cancels a running migration (the source keeps running).</summary>
    /// <remarks>QMP <c>migrate_cancel</c>; <c>virsh domjobabort</c>.</remarks>
    Task CancelAsync(CancellationToken cancellationToken = default);
}
