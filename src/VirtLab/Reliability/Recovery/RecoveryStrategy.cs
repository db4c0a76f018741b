using System.Globalization;

namespace VirtLab.Reliability.Recovery;

/// <summary>How a failed service is brought back; see <see cref="RestartStrategy"/> and <see cref="FailoverStrategy"/>.</summary>
public abstract record RecoveryStrategy
{
    /// <summary>Expected downtime of one failure (detection included) under this strategy.</summary>
    /// <param name="detectionTime">Time from failure to detection. Range: ≥ 0.</param>
    public abstract double ExpectedDowntime(double detectionTime);
}

/// <summary>
/// Restart in place: after detection, wait the backoff delay, then start (taking <see cref="StartupTime"/>);
/// a start fails with probability <see cref="StartFailureProbability"/> (a crash loop) and the next attempt waits longer.
/// The backoff resets once the service is up again.
/// </summary>
/// <param name="Backoff">Delays between attempts (times in seconds).</param>
/// <param name="StartupTime">Seconds from start to healthy. Range: ≥ 0.</param>
/// <param name="StartFailureProbability">Chance that a start fails. Range: 0 ≤ p &lt; 1.</param>
public sealed record RestartStrategy(BackoffPolicy Backoff, double StartupTime, double StartFailureProbability = 0) : RecoveryStrategy
{
    /// <summary>Validates the parameters.</summary>
    public RestartStrategy Validate()
    {
        ArgumentNullException.ThrowIfNull(Backoff, nameof(Backoff));
        Guard.NonNegative(StartupTime, nameof(StartupTime));
        if (!(StartFailureProbability >= 0 && StartFailureProbability < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(StartFailureProbability), StartFailureProbability, "Must be in [0, 1): a start that always fails never recovers.");
        }

        return this;
    }

    /// <summary>E[downtime] = d + Σₖ pᵏ (nominal delayₖ + startup): attempt k happens when the k earlier starts failed.</summary>
    /// <remarks>Derived (geometric number of attempts); uses the jitter-free delays, so with jitter it is an upper bound.</remarks>
    public override double ExpectedDowntime(double detectionTime)
    {
        Guard.NonNegative(detectionTime, nameof(detectionTime));
        Validate();
        var total = detectionTime;
        var reach = 1.0;
        for (var k = 0; reach > 1e-16 && k < 10_000; k++)
        {
            total += reach * (Backoff.NominalDelay(k).TotalSeconds + StartupTime);
            reach *= StartFailureProbability;
        }

        return total;
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"restart ({Backoff}, startup {StartupTime:G4} s, start fails {StartFailureProbability:P0})");
}

/// <summary>
/// Fail over to a standby: after detection the standby takes over in <see cref="SwitchoverTime"/>; the failed node is
/// repaired in <see cref="RepairTime"/> and becomes the new standby. If the active node fails while no standby is
/// ready, the switch-over waits for the repair. A standby is assumed not to fail while idle.
/// </summary>
/// <param name="SwitchoverTime">Seconds to promote the standby. Range: ≥ 0.</param>
/// <param name="RepairTime">Seconds to repair a failed node. Range: ≥ 0.</param>
public sealed record FailoverStrategy(double SwitchoverTime, double RepairTime) : RecoveryStrategy
{
    /// <summary>Validates the parameters.</summary>
    public FailoverStrategy Validate()
    {
        Guard.NonNegative(SwitchoverTime, nameof(SwitchoverTime));
        Guard.NonNegative(RepairTime, nameof(RepairTime));
        return this;
    }

    /// <summary>E[downtime] ≈ d + switch-over: exact when every repair finishes before the next failure (R ≪ MTBF);
    /// otherwise some fail-overs wait for the repair and the simulated downtime is larger.</summary>
    public override double ExpectedDowntime(double detectionTime)
    {
        Guard.NonNegative(detectionTime, nameof(detectionTime));
        Validate();
        return detectionTime + SwitchoverTime;
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"fail-over (switch-over {SwitchoverTime:G4} s, repair {RepairTime:G4} s)");
}
