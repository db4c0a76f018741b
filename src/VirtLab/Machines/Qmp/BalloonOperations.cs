namespace VirtLab.Machines.Qmp;

internal sealed class BalloonOperations(QmpClient client) : IBalloonOperations
{
    public Task BalloonAsync(long targetBytes, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(targetBytes);
        return client.ExecuteAsync("balloon", new { value = targetBytes }, cancellationToken: cancellationToken);
    }

    public async Task<BalloonResponse> QueryBalloonAsync(CancellationToken cancellationToken = default)
    {
        var reply = await client.ExecuteAsync("query-balloon", cancellationToken: cancellationToken).ConfigureAwait(false);
        return new BalloonResponse(reply.GetProperty("actual").GetInt64());
    }
}
