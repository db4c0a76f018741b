using Docker.DotNet;
using Docker.DotNet.Models;
using VirtLab.Containers.Lab;
using VirtLab.IntegrationTests.Containers;
using VirtLab.Reliability.Detection;
using VirtLab.Reliability.Recovery;
using VirtLab.Reliability.Supervision;
using Xunit.Abstractions;

namespace VirtLab.IntegrationTests.Reliability;

[Collection(DockerCollection.Name)]
public sealed class ContainerSupervisorTests(DockerFixture fixture, ITestOutputHelper output)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(1);
    private const double TimeoutMs = 1000;

    // Allowance for a loaded 2-core machine: engine calls, process start, HTTP connect.
    private static readonly TimeSpan Slack = TimeSpan.FromSeconds(3);

    private LabContainerOptions WebServer() => new()
    {
        Command = ["sh", "-c", "echo ok > /www/index.html && exec httpd -f -p 80 -h /www"],
        Ports = { [80] = 0 },
    };

    [DockerFact]
    public async Task Restarts_a_killed_web_server_within_the_bound_of_its_detector()
    {
        await using var lab = await fixture.NewSessionAsync();   // its own session: counts and removes only what this test made
        var web = await lab.RunAsync(WebServer());
        var bystander = await lab.RunAsync("sleep", "300");
        await lab.Client.Containers.KillContainerAsync(bystander.Id, new ContainerKillParameters());   // exited, and not given to the supervisor
        using var probe = new HttpProbe(80, "/index.html", ProbeTimeout);
        var backoff = new BackoffPolicy(TimeSpan.FromMilliseconds(200), 2, TimeSpan.FromSeconds(5));
        var options = new SupervisorOptions
        {
            ProbeInterval = Interval,
            Probe = probe,
            CreateDetector = () => new FixedTimeoutDetector(TimeoutMs),
            UseEngineEvents = false,                                        // detection by the detector alone
            Backoff = backoff,
        };
        await using var supervisor = new ContainerSupervisor(lab.Client, options);
        await supervisor.WatchAsync(web.Id);
        supervisor.Start();
        await WaitHealthyAsync(probe, web.Id);
        await Task.Delay(Interval * 3);   // let the detector hear a few heartbeats

        var killedAt = DateTimeOffset.UtcNow;
        await lab.Client.Containers.KillContainerAsync(web.Id, new ContainerKillParameters());            // SIGKILL: a real crash
        var incident = await supervisor.WaitForIncidentAsync(TimeSpan.FromSeconds(60));

        // Detection: at most timeout + one probe interval + one probe timeout after the crash (last heartbeat <= crash).
        var detectionBound = TimeSpan.FromMilliseconds(TimeoutMs) + Interval + ProbeTimeout + Slack;
        var detectedAfter = incident.DetectedAt - killedAt;
        Assert.InRange(detectedAfter, TimeSpan.Zero, detectionBound);
        Assert.InRange(incident.FailedAt, killedAt - Interval, incident.DetectedAt);
        // Recovery: detection + first backoff delay + docker restart + one probe.
        var recoveryBound = detectionBound + backoff.NominalDelay(0) + Interval + ProbeTimeout + Slack;
        Assert.NotNull(incident.RecoveredAt);
        Assert.InRange(incident.RecoveredAt!.Value - killedAt, detectedAfter, recoveryBound);
        Assert.Equal(1, incident.Attempts);

        // Healthy again, same container (a restart keeps the id).
        Assert.Equal([web.Id], supervisor.ContainerIds);
        var now = await lab.DescribeAsync(web.Id);
        using (var http = new HttpClient())
        {
            Assert.Equal("ok\n", await http.GetStringAsync(new Uri(now.Url(80), "index.html")));
        }

        await supervisor.StopAsync();
        output.WriteLine(supervisor.Timeline.ToString());
        Assert.False(supervisor.IsRunning);
        var kinds = supervisor.Timeline.Events.Select(e => e.Kind).ToList();
        Assert.Equal(
            [SupervisionEventKind.Watching, SupervisionEventKind.Detected, SupervisionEventKind.RecoveryScheduled,
             SupervisionEventKind.Restarted, SupervisionEventKind.Recovered, SupervisionEventKind.Stopped],
            kinds);

        // Nothing left behind, nothing else touched: no extra container, the bystander still exited and never restarted.
        var ours = await lab.Client.Containers.ListContainersAsync(new ContainersListParameters { All = true, Filters = LabLabels.Filter($"{LabLabels.Session}={lab.SessionId}") });
        Assert.Equal(new[] { web.Id, bystander.Id }.Order(), ours.Select(c => c.ID).Order());
        var b = await lab.Client.Containers.InspectContainerAsync(bystander.Id);
        Assert.False(b.State!.Running);
        Assert.Equal(0, b.RestartCount);
    }

    [DockerFact]
    public async Task Replaces_a_killed_container_from_its_image_on_the_engine_die_event()
    {
        await using var lab = await fixture.NewSessionAsync();   // its own session: counts and removes only what this test made
        var web = await lab.RunAsync(WebServer());
        using var probe = new HttpProbe(80, "/index.html", ProbeTimeout);
        var options = new SupervisorOptions
        {
            ProbeInterval = Interval,
            Probe = probe,
            CreateDetector = () => new PhiAccrualDetector(threshold: 8, minStdDeviation: 50, acceptableHeartbeatPause: 1000, firstHeartbeatEstimate: Interval.TotalMilliseconds),
            UseEngineEvents = true,
            Action = RecoveryAction.Replace,
            Backoff = new BackoffPolicy(TimeSpan.FromMilliseconds(100), 2, TimeSpan.FromSeconds(5)),
        };
        await using var supervisor = new ContainerSupervisor(lab.Client, options);
        await supervisor.WatchAsync(web.Id);
        supervisor.Start();
        await WaitHealthyAsync(probe, web.Id);
        await Task.Delay(Interval * 3);

        var killedAt = DateTimeOffset.UtcNow;
        await lab.Client.Containers.KillContainerAsync(web.Id, new ContainerKillParameters());
        var incident = await supervisor.WaitForIncidentAsync(TimeSpan.FromSeconds(60));

        // The die event detects the exit without waiting for the detector's threshold.
        Assert.StartsWith("exited (code 137)", incident.Cause);
        Assert.InRange(incident.DetectedAt - killedAt, TimeSpan.Zero, Interval + Slack);
        Assert.NotNull(incident.RecoveredAt);

        var newId = Assert.Single(supervisor.ContainerIds);
        Assert.NotEqual(web.Id, newId);
        await Assert.ThrowsAsync<DockerContainerNotFoundException>(() => lab.Client.Containers.InspectContainerAsync(web.Id));
        var replacement = await lab.Client.Containers.InspectContainerAsync(newId);
        Assert.Equal(web.Name, replacement.Name!.TrimStart('/'));
        Assert.Equal(lab.SessionId, replacement.Config!.Labels![LabLabels.Session]);   // still ours, so cleanup finds it
        Assert.True(await probe.IsHealthyAsync(lab.Client, newId, CancellationToken.None));

        await supervisor.StopAsync();
        output.WriteLine(supervisor.Timeline.ToString());
        var ours = await lab.Client.Containers.ListContainersAsync(new ContainersListParameters { All = true, Filters = LabLabels.Filter($"{LabLabels.Session}={lab.SessionId}") });
        Assert.Equal([newId], ours.Select(c => c.ID));
    }

    [DockerFact]
    public async Task Restarts_a_web_server_killed_with_kill_9_from_inside()
    {
        await using var lab = await fixture.NewSessionAsync();   // its own session: counts and removes only what this test made
        var options = WebServer();
        options.Init = true;   // docker-init is PID 1, so httpd is an ordinary process that kill -9 can reach
        var web = await lab.RunAsync(options);
        using var probe = new HttpProbe(80, "/index.html", ProbeTimeout);
        await using var supervisor = new ContainerSupervisor(lab.Client, new SupervisorOptions
        {
            ProbeInterval = Interval,
            Probe = probe,
            CreateDetector = () => new FixedTimeoutDetector(TimeoutMs),
            Backoff = new BackoffPolicy(TimeSpan.FromMilliseconds(100), 2, TimeSpan.FromSeconds(5)),
        });
        await supervisor.WatchAsync(web.Id);
        supervisor.Start();
        await WaitHealthyAsync(probe, web.Id);

        var killedAt = DateTimeOffset.UtcNow;
        var kill = await lab.ExecAsync(web, "sh", "-c", "kill -9 $(pidof httpd)");
        // 0, or 137 when the kill takes the container down before the exec reports: once PID 1 of a pid namespace
        // exits, the kernel SIGKILLs every other process in it, this exec's shell included (pid_namespaces(7)).
        Assert.True(kill.ExitCode is 0 or 137, $"kill -9 from inside exited {kill.ExitCode}: {kill.Stderr}");
        var incident = await supervisor.WaitForIncidentAsync(TimeSpan.FromSeconds(60));
        await supervisor.StopAsync();
        output.WriteLine(supervisor.Timeline.ToString());

        // Whichever comes first, the die event or the detector, detection is bounded by the detector's settings.
        Assert.InRange(incident.DetectedAt - killedAt, TimeSpan.Zero, TimeSpan.FromMilliseconds(TimeoutMs) + Interval + ProbeTimeout + Slack);
        Assert.NotNull(incident.RecoveredAt);
        Assert.True(await probe.IsHealthyAsync(lab.Client, web.Id, CancellationToken.None));
    }

    private async Task WaitHealthyAsync(IHealthProbe probe, string id)
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(20); DateTime.UtcNow < deadline; await Task.Delay(100))
        {
            if (await probe.IsHealthyAsync(fixture.Client, id, CancellationToken.None))
            {
                return;
            }
        }

        throw new TimeoutException($"Container {id} did not answer its probe within 20 s.");
    }
}
