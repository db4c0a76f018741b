namespace VirtLab.Machines.Qmp;

internal sealed class HumanMonitorOperations(QmpClient client) : IHumanMonitorOperations
{
    public async Task<string> ExecuteAsync(string commandLine, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(commandLine);
        var reply = await client.ExecuteAsync("human-monitor-command", new Dictionary<string, string> { ["command-line"] = commandLine },
            timeout, cancellationToken).ConfigureAwait(false);
        var text = reply.GetString() ?? "";
        ThrowIfError(commandLine, text);
        return text;
    }

    /// <summary>HMP puts failures in the text of a successful reply: "Error: …" (or "Error …" in older commands).</summary>
    internal static void ThrowIfError(string commandLine, string text)
    {
        var trimmed = text.TrimStart();
        if (trimmed.StartsWith("Error", StringComparison.Ordinal))
        {
            throw new QmpException("HumanMonitorError", trimmed.TrimEnd(), $"human-monitor-command {commandLine}");
        }
    }
}
