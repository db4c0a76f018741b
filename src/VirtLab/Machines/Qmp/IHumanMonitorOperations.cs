namespace VirtLab.Machines.Qmp;

/// <summary>The human monitor (HMP) reached through QMP's <c>human-monitor-command</c>.</summary>
public interface IHumanMonitorOperations
{
    /// <summary>Runs one HMP command line (e.g. <c>info snapshots</c>, <c>savevm s1</c>) and returns its text output.</summary>
    /// <remarks>HMP reports failures as text inside a successful reply; a reply that starts with "Error" throws.</remarks>
    /// <exception cref="QmpException"><c>HumanMonitorError</c> when the text starts with "Error".</exception>
    Task<string> ExecuteAsync(string commandLine, TimeSpan? timeout = null, CancellationToken cancellationToken = default);
}
