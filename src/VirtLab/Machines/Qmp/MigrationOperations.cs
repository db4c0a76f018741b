namespace VirtLab.Machines.Qmp;

internal sealed class MigrationOperations(QmpClient client) : IMigrationOperations
{
    public Task SetCapabilitiesAsync(IReadOnlyDictionary<string, bool> capabilities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(capabilities);
        var list = capabilities.Select(c => new Dictionary<string, object> { ["capability"] = c.Key, ["state"] = c.Value }).ToList();
        return client.ExecuteAsync("migrate-set-capabilities", new { capabilities = list }, cancellationToken: cancellationToken);
    }

    public Task SetParametersAsync(MigrationParameters parameters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var arguments = new Dictionary<string, object>();
        if (parameters.MaxBandwidthBytesPerSecond is { } bandwidth)
        {
            arguments["max-bandwidth"] = bandwidth;
        }
        if (parameters.DowntimeLimitMilliseconds is { } downtime)
        {
            arguments["downtime-limit"] = downtime;
        }
        return client.ExecuteAsync("migrate-set-parameters", arguments, cancellationToken: cancellationToken);
    }

    public Task MigrateAsync(string uri, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(uri);
        return client.ExecuteAsync("migrate", new { uri }, cancellationToken: cancellationToken);
    }

    public async Task<MigrationResponse> QueryMigrateAsync(CancellationToken cancellationToken = default)
    {
        var reply = await client.ExecuteAsync("query-migrate", cancellationToken: cancellationToken).ConfigureAwait(false);
        return MigrationResponse.FromJson(reply);
    }

    public Task CancelAsync(CancellationToken cancellationToken = default) =>
        client.ExecuteAsync("migrate_cancel", cancellationToken: cancellationToken);
}
