using System.Collections.Concurrent;
using System.Reflection;
using Docker.DotNet;
using Docker.DotNet.Models;
using VirtLab.Reliability.Supervision;

namespace VirtLab.Tests.Reliability.Supervision;

/// <summary>An in-memory stand-in for the engine: knows one container, counts restarts, and fails any other call loudly.</summary>
public class FakeEngine : DispatchProxy
{
    public ConcurrentQueue<string> Calls { get; } = new();

    public string Id { get; set; } = "0123456789abcdef0123";

    public static (IDockerClient Client, FakeEngine Engine) Create()
    {
        var containers = DispatchProxy.Create<IContainerOperations, FakeEngine>();
        var engine = (FakeEngine)(object)containers;
        var client = DispatchProxy.Create<IDockerClient, FakeClient>();
        ((FakeClient)(object)client).Containers = containers;
        return (client, engine);
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        var name = targetMethod!.Name;
        Calls.Enqueue(name);
        return name switch
        {
            nameof(IContainerOperations.InspectContainerAsync) => Task.FromResult(new ContainerInspectResponse
            {
                ID = Id,
                Name = "/fake",
                State = new State { Running = true },
            }),
            nameof(IContainerOperations.RestartContainerAsync) => Task.CompletedTask,
            _ => throw new NotSupportedException($"The fake engine does not do {name}; the supervisor should not call it here."),
        };
    }

    public class FakeClient : DispatchProxy
    {
        public IContainerOperations? Containers { get; set; }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args) => targetMethod!.Name switch
        {
            "get_Containers" => Containers,
            "Dispose" => null,
            _ => throw new NotSupportedException($"The fake client has no {targetMethod.Name}."),
        };
    }
}

/// <summary>A probe the test switches between healthy and unhealthy.</summary>
public sealed class SwitchProbe : IHealthProbe
{
    public volatile bool Healthy = true;
    private int _healthyAnswers;

    public string Name => "switch";

    public Task<bool> IsHealthyAsync(IDockerClient client, string containerId, CancellationToken cancellationToken)
    {
        var healthy = Healthy;
        if (healthy)
        {
            Interlocked.Increment(ref _healthyAnswers);
        }

        return Task.FromResult(healthy);
    }

    /// <summary>
    /// Waits until the supervisor has heard <paramref name="count"/> heartbeats, however slow the test host is:
    /// a fixed delay is not enough on a busy machine, and a detector that never heard one cannot suspect anything.
    /// </summary>
    public async Task WaitForHeartbeatsAsync(int count)
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(30); Volatile.Read(ref _healthyAnswers) < count; await Task.Delay(10))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The supervisor probed {_healthyAnswers} time(s) in 30 s, expected {count}.");
            }
        }
    }
}
