using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using VirtLab.Containers;
using Docker.DotNet;
using Docker.DotNet.Models;
using VirtLab.Reliability.Detection;

namespace VirtLab.Reliability.Supervision;

/// <summary>
/// Watches the containers it is given, detects failures (health probes fed to a failure detector, plus the engine's
/// <c>die</c> events), and recovers them (restart, or replace from the image) with exponential backoff, recording a
/// timeline of failure, detection and recovery times. It never acts on a container it was not given, and
/// <see cref="StopAsync"/> (or disposing) ends every background task; it does not remove the containers it watched.
/// </summary>
/// <example>
/// <code>
/// await using var lab = await LabSession.StartAsync();
/// var web = await lab.RunAsync(new LabContainerOptions { Command = ["httpd", "-f", "-p", "80", "-h", "/www"], Ports = { [80] = 0 } });
/// await using var supervisor = new ContainerSupervisor(lab.Client, new SupervisorOptions { Probe = new HttpProbe(80) });
/// await supervisor.WatchAsync(web.Id);
/// supervisor.Start();
/// await lab.Client.Containers.KillContainerAsync(web.Id);      // a crash
/// var incident = await supervisor.WaitForIncidentAsync(TimeSpan.FromSeconds(30));
/// supervisor.Timeline                                           // failure, detection, recovery
/// </code>
/// </example>
public sealed class ContainerSupervisor : IAsyncDisposable
{
    private readonly IDockerClient _client;
    private readonly SupervisorOptions _options;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly DateTimeOffset _startedAt = DateTimeOffset.UtcNow;
    private readonly ConcurrentDictionary<string, Watched> _byCurrentId = new();
    private readonly List<Watched> _watched = [];
    private readonly List<SupervisionEvent> _events = [];
    private readonly List<SupervisedIncident> _incidents = [];
    private readonly Channel<SupervisedIncident> _finished = Channel.CreateUnbounded<SupervisedIncident>();
    private readonly List<Task> _tasks = [];
    private readonly object _gate = new();
    private CancellationTokenSource? _stop;

    /// <summary>Creates a supervisor; call <see cref="WatchAsync"/> and <see cref="Start"/>.</summary>
    /// <param name="client">The engine client (not disposed by the supervisor).</param>
    /// <param name="options">Settings; validated here.</param>
    public ContainerSupervisor(IDockerClient client, SupervisorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _options = (options ?? new SupervisorOptions()).Validate();
    }

    /// <summary>Whether the background tasks are running.</summary>
    public bool IsRunning => _stop is { IsCancellationRequested: false };

    /// <summary>The ids of the watched containers now (a replacement has a new id).</summary>
    public IReadOnlyList<string> ContainerIds
    {
        get
        {
            lock (_gate)
            {
                return _watched.Select(w => w.CurrentId).ToArray();
            }
        }
    }

    /// <summary>Everything seen so far.</summary>
    public SupervisionTimeline Timeline
    {
        get
        {
            lock (_gate)
            {
                return new SupervisionTimeline(_events.ToArray(), _incidents.ToArray());
            }
        }
    }

    /// <summary>Adds a container to watch (by id or name). Only containers passed here are ever touched.</summary>
    /// <param name="containerId">Id or name of an existing container.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <exception cref="DockerContainerNotFoundException">No such container.</exception>
    public async Task WatchAsync(string containerId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(containerId);
        var inspect = await _client.Containers.InspectContainerAsync(containerId, cancellationToken).ConfigureAwait(false);
        var watched = new Watched(inspect.ID, inspect.Name?.TrimStart('/') ?? inspect.ID, _options.DetectorFactory());
        lock (_gate)
        {
            if (_byCurrentId.ContainsKey(inspect.ID))
            {
                return;
            }

            _watched.Add(watched);
            _byCurrentId[inspect.ID] = watched;
        }

        Record(watched, SupervisionEventKind.Watching, $"{inspect.ID[..12]} with {_options.Probe.Name}, {watched.Detector.Name}, action {_options.Action}");
        if (_stop is { } stop && !stop.IsCancellationRequested)
        {
            lock (_gate)
            {
                _tasks.Add(Task.Run(() => LoopAsync(watched, stop.Token)));
            }
        }
    }

    /// <summary>Starts probing (and listening to engine events).</summary>
    public void Start()
    {
        lock (_gate)
        {
            if (_stop is not null)
            {
                throw new InvalidOperationException("The supervisor was already started; create a new one to start again.");
            }

            _stop = new CancellationTokenSource();
            var token = _stop.Token;
            foreach (var w in _watched)
            {
                _tasks.Add(Task.Run(() => LoopAsync(w, token)));
            }

            if (_options.UseEngineEvents)
            {
                _tasks.Add(Task.Run(() => EventsAsync(token)));
            }
        }
    }

    /// <summary>Waits for the next finished incident (recovered or given up).</summary>
    /// <param name="timeout">Largest wait.</param>
    /// <exception cref="TimeoutException">No incident finished in time.</exception>
    public async Task<SupervisedIncident> WaitForIncidentAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            return await _finished.Reader.ReadAsync(cts.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cts.IsCancellationRequested)
        {
            throw new TimeoutException($"No incident finished within {timeout}.\n{Timeline}");
        }
    }

    /// <summary>Stops every background task and waits for them; the watched containers are left as they are.</summary>
    public async Task StopAsync()
    {
        CancellationTokenSource? stop;
        Task[] tasks;
        lock (_gate)
        {
            stop = _stop;
            tasks = _tasks.ToArray();
        }

        if (stop is null || stop.IsCancellationRequested)
        {
            return;
        }

        await stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await Task.WhenAll(tasks).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // expected: the loops end by cancellation
        }

        foreach (var w in Snapshot())
        {
            Record(w, SupervisionEventKind.Stopped, "");
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        _stop?.Dispose();
        foreach (var w in Snapshot())
        {
            w.Wake.Dispose();
        }
    }

    private Watched[] Snapshot()
    {
        lock (_gate)
        {
            return _watched.ToArray();
        }
    }

    private double NowMs => _clock.Elapsed.TotalMilliseconds;

    private DateTimeOffset TimeAt(double ms) => _startedAt + TimeSpan.FromMilliseconds(ms);

    private async Task LoopAsync(Watched w, CancellationToken token)
    {
        try
        {
            double? firstBad = null;
            while (!token.IsCancellationRequested)
            {
                bool healthy;
                using (var inFlight = CancellationTokenSource.CreateLinkedTokenSource(token))
                {
                    // a die event cancels the probe in flight, so an exit is acted on at once
                    w.InFlight = inFlight;
                    healthy = await ProbeAsync(w, inFlight.Token, token).ConfigureAwait(false);
                    w.InFlight = null;
                }

                var now = NowMs;
                if (healthy)
                {
                    w.Detector.Heartbeat(now);
                    firstBad = null;
                }
                else
                {
                    firstBad ??= now;
                }

                var died = Interlocked.Exchange(ref w.DiedAt, null);
                if (died is not null || w.Detector.IsSuspected(now))
                {
                    var failedAt = died?.Time ?? TimeAt(firstBad ?? now);
                    var cause = died is not null ? died.Cause : "probe failures (" + w.Detector.Name + ")";
                    Record(w, SupervisionEventKind.Detected, cause);
                    await RecoverAsync(w, failedAt, TimeAt(now), cause, token).ConfigureAwait(false);
                    firstBad = null;
                    continue;
                }

                await w.Wake.WaitAsync(_options.ProbeInterval, token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // stopping
        }
    }

    private async Task RecoverAsync(Watched w, DateTimeOffset failedAt, DateTimeOffset detectedAt, string cause, CancellationToken token)
    {
        w.Recovering = true;
        var schedule = _options.Backoff.Start();
        var attempts = 0;
        DateTimeOffset? recoveredAt = null;
        try
        {
            while (attempts < _options.MaxAttempts && recoveredAt is null)
            {
                var delay = schedule.Next();
                Record(w, SupervisionEventKind.RecoveryScheduled, string.Create(CultureInfo.InvariantCulture, $"attempt {attempts + 1} in {delay.TotalMilliseconds:0} ms"));
                await Task.Delay(delay, token).ConfigureAwait(false);
                attempts++;
                try
                {
                    if (_options.Action == RecoveryAction.Restart)
                    {
                        await _client.Containers.RestartContainerAsync(w.CurrentId, new ContainerRestartParameters { WaitBeforeKillSeconds = (uint)_options.StopTimeoutSeconds }, token).ConfigureAwait(false);
                        Record(w, SupervisionEventKind.Restarted, $"attempt {attempts}");
                    }
                    else
                    {
                        var old = w.CurrentId;
                        await ReplaceAsync(w, token).ConfigureAwait(false);
                        Record(w, SupervisionEventKind.Replaced, $"attempt {attempts}: {old[..12]} -> {w.CurrentId[..12]}");
                    }
                }
                catch (DockerApiException e)
                {
                    Record(w, SupervisionEventKind.RecoveryFailed, $"attempt {attempts}: {e.Message}");
                    continue;
                }

                var deadline = NowMs + _options.StartupTimeout.TotalMilliseconds;
                while (NowMs < deadline)
                {
                    if (await ProbeAsync(w, token, token).ConfigureAwait(false))
                    {
                        recoveredAt = TimeAt(NowMs);
                        break;
                    }

                    await Task.Delay(_options.ProbeInterval, token).ConfigureAwait(false);
                }

                if (recoveredAt is null)
                {
                    Record(w, SupervisionEventKind.RecoveryFailed, string.Create(CultureInfo.InvariantCulture, $"attempt {attempts}: not healthy within {_options.StartupTimeout.TotalSeconds:0.#} s"));
                }
            }
        }
        finally
        {
            // a fresh detector for the new incarnation; it starts learning from the next good probe
            w.Detector = _options.DetectorFactory();
            if (recoveredAt is { } at)
            {
                w.Detector.Heartbeat((at - _startedAt).TotalMilliseconds);
            }

            Interlocked.Exchange(ref w.DiedAt, null);   // die events caused by our own restart
            w.Recovering = false;
            var incident = new SupervisedIncident(w.Name, failedAt, detectedAt, recoveredAt, attempts, cause);
            lock (_gate)
            {
                _incidents.Add(incident);
            }

            Record(w, recoveredAt is null ? SupervisionEventKind.GaveUp : SupervisionEventKind.Recovered, incident.ToString());
            _finished.Writer.TryWrite(incident);
        }
    }

    /// <summary>Removes the failed container and creates and starts a fresh one from the same image and configuration.</summary>
    private async Task ReplaceAsync(Watched w, CancellationToken token)
    {
        var old = await _client.Containers.InspectContainerAsync(w.CurrentId, token).ConfigureAwait(false);
        var config = old.Config ?? throw new InvalidOperationException($"The engine returned no configuration for {w.Name}.");
        var parameters = new CreateContainerParameters
        {
            Name = w.Name,
            Image = config.Image,
            Cmd = config.Cmd,
            Entrypoint = config.Entrypoint,
            Env = config.Env,
            Labels = config.Labels,
            Tty = config.Tty,
            OpenStdin = config.OpenStdin,
            WorkingDir = config.WorkingDir,
            User = config.User,
            Hostname = config.Hostname,
            ExposedPorts = config.ExposedPorts,
            StopSignal = config.StopSignal,
            StopTimeout = config.StopTimeout,
            Healthcheck = config.Healthcheck,
            HostConfig = old.HostConfig,
        };
        await _client.Containers.RemoveContainerAsync(w.CurrentId, new ContainerRemoveParameters { Force = true }, token).ConfigureAwait(false);
        _byCurrentId.TryRemove(w.CurrentId, out _);
        var created = await _client.Containers.CreateContainerAsync(parameters, token).ConfigureAwait(false);
        lock (_gate)
        {
            w.CurrentId = created.ID;
            _byCurrentId[created.ID] = w;
        }

        await _client.Containers.StartContainerAsync(created.ID, new ContainerStartParameters(), token).ConfigureAwait(false);
    }

    private async Task<bool> ProbeAsync(Watched w, CancellationToken probeToken, CancellationToken stopToken)
    {
        try
        {
            return await _options.Probe.IsHealthyAsync(_client, w.CurrentId, probeToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !stopToken.IsCancellationRequested)
        {
            // a probe that throws or is cut short by a die event counts as a failed probe
            return false;
        }
    }

    private async Task EventsAsync(CancellationToken token)
    {
        var filters = new Dictionary<string, IDictionary<string, bool>>
        {
            ["type"] = new Dictionary<string, bool> { ["container"] = true },
            ["event"] = new Dictionary<string, bool> { ["die"] = true },
        };
        while (!token.IsCancellationRequested)
        {
            try
            {
                var since = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
                await _client.System.MonitorEventsAsync(new ContainerEventsParameters { Since = since, Filters = filters }, new ImmediateProgress<Message>(OnEvent), token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is DockerApiException or HttpRequestException or IOException)
            {
                // the event stream broke (engine restart?): the probes still work; reconnect after a pause
                await Task.Delay(_options.ProbeInterval, token).ConfigureAwait(false);
            }
        }
    }

    private void OnEvent(Message message)
    {
        // only containers we were given: the engine reports every container's deaths
        if (message.Actor?.ID is not { } id || !_byCurrentId.TryGetValue(id, out var w) || w.Recovering)
        {
            return;
        }

        var exit = message.Actor.Attributes is { } a && a.TryGetValue("exitCode", out var code) ? code : "?";
        var time = message.TimeNano is > 0 ? DateTimeOffset.UnixEpoch.AddTicks(message.TimeNano.Value / 100) : DateTimeOffset.UtcNow;
        Record(w, SupervisionEventKind.Died, $"exit code {exit}", time);
        Interlocked.Exchange(ref w.DiedAt, new Death(time, $"exited (code {exit})"));
        try
        {
            w.InFlight?.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // that probe has just finished
        }

        w.Wake.Release();
    }

    private void Record(Watched w, SupervisionEventKind kind, string detail, DateTimeOffset? time = null)
    {
        lock (_gate)
        {
            _events.Add(new SupervisionEvent(time ?? TimeAt(NowMs), w.Name, kind, detail));
        }
    }

    private sealed record Death(DateTimeOffset Time, string Cause);

    private sealed class Watched(string id, string name, IFailureDetector detector)
    {
        public string CurrentId { get; set; } = id;

        public string Name { get; } = name;

        public IFailureDetector Detector { get; set; } = detector;

        public SemaphoreSlim Wake { get; } = new(0);

        public volatile bool Recovering;

        public Death? DiedAt;

        public volatile CancellationTokenSource? InFlight;
    }
}
