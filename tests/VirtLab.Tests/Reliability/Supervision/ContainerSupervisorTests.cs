using VirtLab.Reliability.Detection;
using VirtLab.Reliability.Recovery;
using VirtLab.Reliability.Supervision;

namespace VirtLab.Tests.Reliability.Supervision;

public sealed class ContainerSupervisorTests
{
    private static SupervisorOptions Options(SwitchProbe probe, int maxAttempts = 3) => new()
    {
        ProbeInterval = TimeSpan.FromMilliseconds(20),
        Probe = probe,
        CreateDetector = () => new FixedTimeoutDetector(500),   // generous: a stalled test host must not look like a failure
        UseEngineEvents = false,
        Backoff = new BackoffPolicy(TimeSpan.FromMilliseconds(10), 2, TimeSpan.FromMilliseconds(40)),
        StartupTimeout = TimeSpan.FromMilliseconds(100),
        MaxAttempts = maxAttempts,
    };

    [Fact]
    public async Task Gives_up_after_the_maximum_attempts_with_growing_backoff()
    {
        var (client, engine) = FakeEngine.Create();
        var probe = new SwitchProbe();
        await using var supervisor = new ContainerSupervisor(client, Options(probe, maxAttempts: 3));
        await supervisor.WatchAsync("fake");
        supervisor.Start();
        await probe.WaitForHeartbeatsAsync(3);
        probe.Healthy = false;          // the service hangs and restarts do not help
        var incident = await supervisor.WaitForIncidentAsync(TimeSpan.FromSeconds(30));
        await supervisor.StopAsync();

        Assert.Null(incident.RecoveredAt);
        Assert.Equal(3, incident.Attempts);
        Assert.Equal(3, engine.Calls.Count(c => c == "RestartContainerAsync"));
        var delays = supervisor.Timeline.Events.Where(e => e.Kind == SupervisionEventKind.RecoveryScheduled).Select(e => e.Detail).ToArray();
        Assert.Equal(["attempt 1 in 10 ms", "attempt 2 in 20 ms", "attempt 3 in 40 ms"], delays);
        Assert.Contains(supervisor.Timeline.Events, e => e.Kind == SupervisionEventKind.GaveUp);
        Assert.True(incident.FailedAt <= incident.DetectedAt);
    }

    [Fact]
    public async Task Recovers_when_the_restart_brings_the_probe_back()
    {
        var (client, engine) = FakeEngine.Create();
        var probe = new SwitchProbe();
        await using var supervisor = new ContainerSupervisor(client, Options(probe));
        await supervisor.WatchAsync("fake");
        supervisor.Start();
        await probe.WaitForHeartbeatsAsync(3);
        probe.Healthy = false;
        // heal once the supervisor restarts the container
        _ = Task.Run(async () =>
        {
            while (!engine.Calls.Contains("RestartContainerAsync"))
            {
                await Task.Delay(5);
            }

            probe.Healthy = true;
        });
        var incident = await supervisor.WaitForIncidentAsync(TimeSpan.FromSeconds(30));
        await supervisor.StopAsync();

        Assert.NotNull(incident.RecoveredAt);
        Assert.Equal(1, incident.Attempts);
        Assert.True(incident.FailedAt <= incident.DetectedAt && incident.DetectedAt <= incident.RecoveredAt);
        Assert.False(supervisor.IsRunning);
        Assert.Contains("Recovered", supervisor.Timeline.ToString());
        Assert.Contains("<table", supervisor.Timeline.ToHtml());
    }

    [Fact]
    public async Task Stop_is_idempotent_and_a_supervisor_starts_once()
    {
        var (client, _) = FakeEngine.Create();
        var supervisor = new ContainerSupervisor(client, Options(new SwitchProbe()));
        await supervisor.StopAsync();     // never started: nothing to do
        supervisor.Start();
        Assert.True(supervisor.IsRunning);
        Assert.Throws<InvalidOperationException>(supervisor.Start);
        await supervisor.DisposeAsync();
        await supervisor.StopAsync();
        Assert.False(supervisor.IsRunning);
    }

    [Fact]
    public void Options_reject_bad_values()
    {
        Assert.Equal("ProbeInterval", Assert.Throws<ArgumentOutOfRangeException>(() => new SupervisorOptions { ProbeInterval = TimeSpan.Zero }.Validate()).ParamName);
        Assert.Equal("MaxAttempts", Assert.Throws<ArgumentOutOfRangeException>(() => new SupervisorOptions { MaxAttempts = 0 }.Validate()).ParamName);
        Assert.Equal("StartupTimeout", Assert.Throws<ArgumentOutOfRangeException>(() => new SupervisorOptions { StartupTimeout = TimeSpan.Zero }.Validate()).ParamName);
        Assert.Equal("Action", Assert.Throws<ArgumentOutOfRangeException>(() => new SupervisorOptions { Action = (RecoveryAction)7 }.Validate()).ParamName);
        Assert.Equal("containerPort", Assert.Throws<ArgumentOutOfRangeException>(() => new HttpProbe(0)).ParamName);
        Assert.Equal("path", Assert.Throws<ArgumentException>(() => new HttpProbe(80, "index.html")).ParamName);
    }
}
