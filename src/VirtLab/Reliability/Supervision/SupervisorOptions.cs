using VirtLab.Reliability.Detection;
using VirtLab.Reliability.Recovery;

namespace VirtLab.Reliability.Supervision;

/// <summary>How a <see cref="ContainerSupervisor"/> watches and recovers. Times in the detector are milliseconds since the supervisor started.</summary>
public sealed class SupervisorOptions
{
    /// <summary>Time between health probes (each success is a heartbeat). Default 250 ms. Range: ≥ 10 ms.</summary>
    public TimeSpan ProbeInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>The health probe. Default <see cref="RunningProbe"/>; use <see cref="HttpProbe"/> for a web server.</summary>
    public IHealthProbe Probe { get; set; } = new RunningProbe();

    /// <summary>Makes a fresh failure detector for each container (and after each recovery), fed with probe successes in ms.
    /// Default: a <see cref="FixedTimeoutDetector"/> of 4 probe intervals.</summary>
    public Func<IFailureDetector>? CreateDetector { get; set; }

    /// <summary>Also listen to the engine's <c>die</c> events, which detect a process exit at once (default true).
    /// Hangs (a process alive but not answering) are still caught only by the detector.</summary>
    public bool UseEngineEvents { get; set; } = true;

    /// <summary>Restart in place or replace from the image. Default <see cref="RecoveryAction.Restart"/>.</summary>
    public RecoveryAction Action { get; set; } = RecoveryAction.Restart;

    /// <summary>Delay before each recovery attempt of one incident. Default 200 ms doubling up to 10 s, no jitter.</summary>
    public BackoffPolicy Backoff { get; set; } = new(TimeSpan.FromMilliseconds(200), 2, TimeSpan.FromSeconds(10));

    /// <summary>How long a recovered container has to pass its probe before the attempt counts as failed. Default 20 s.</summary>
    public TimeSpan StartupTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Attempts per incident before giving up. Default 5. Range: ≥ 1. After giving up the supervisor keeps probing,
    /// and acts again on a die event or once the container has been healthy and fails anew.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>Seconds <c>docker restart</c> waits before SIGKILL. Default 1.</summary>
    public int StopTimeoutSeconds { get; set; } = 1;

    internal Func<IFailureDetector> DetectorFactory =>
        CreateDetector ?? (() => new FixedTimeoutDetector(4 * ProbeInterval.TotalMilliseconds));

    /// <summary>Validates the options (throws naming the bad property).</summary>
    public SupervisorOptions Validate()
    {
        if (ProbeInterval < TimeSpan.FromMilliseconds(10))
        {
            throw new ArgumentOutOfRangeException(nameof(ProbeInterval), ProbeInterval, "Must be at least 10 ms.");
        }

        ArgumentNullException.ThrowIfNull(Probe, nameof(Probe));
        ArgumentNullException.ThrowIfNull(Backoff, nameof(Backoff));
        if (StartupTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(StartupTimeout), StartupTimeout, "Must be > 0.");
        }

        if (MaxAttempts < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxAttempts), MaxAttempts, "Must be >= 1.");
        }

        if (StopTimeoutSeconds < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(StopTimeoutSeconds), StopTimeoutSeconds, "Must be >= 0.");
        }

        if (!Enum.IsDefined(Action))
        {
            throw new ArgumentOutOfRangeException(nameof(Action), Action, "Unknown action.");
        }

        return this;
    }
}
