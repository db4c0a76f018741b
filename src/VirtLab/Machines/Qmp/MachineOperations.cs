namespace VirtLab.Machines.Qmp;

internal sealed class MachineOperations(QmpClient client) : IMachineOperations
{
    public async Task<StatusResponse> QueryStatusAsync(CancellationToken cancellationToken = default)
    {
        var reply = await client.ExecuteAsync("query-status", cancellationToken: cancellationToken).ConfigureAwait(false);
        return new StatusResponse(reply.GetProperty("status").GetString() ?? "", reply.GetProperty("running").GetBoolean());
    }

    public Task StopAsync(CancellationToken cancellationToken = default) =>
        client.ExecuteAsync("stop", cancellationToken: cancellationToken);

    public Task ContAsync(CancellationToken cancellationToken = default) =>
        client.ExecuteAsync("cont", cancellationToken: cancellationToken);

    public Task SystemPowerdownAsync(CancellationToken cancellationToken = default) =>
        client.ExecuteAsync("system_powerdown", cancellationToken: cancellationToken);

    public Task SystemResetAsync(CancellationToken cancellationToken = default) =>
        client.ExecuteAsync("system_reset", cancellationToken: cancellationToken);

    public async Task QuitAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await client.ExecuteAsync("quit", null, TimeSpan.FromSeconds(10), cancellationToken).ConfigureAwait(false);
        }
        catch (QmpException exception) when (exception.ErrorClass == "ConnectionClosed")
        {
            // QEMU may close the socket before its reply reaches us; the quit still happened.
        }
    }

    public async Task<KvmResponse> QueryKvmAsync(CancellationToken cancellationToken = default)
    {
        var reply = await client.ExecuteAsync("query-kvm", cancellationToken: cancellationToken).ConfigureAwait(false);
        return new KvmResponse(reply.GetProperty("enabled").GetBoolean(), reply.GetProperty("present").GetBoolean());
    }
}
