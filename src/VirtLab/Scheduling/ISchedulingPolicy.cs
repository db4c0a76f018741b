namespace VirtLab.Scheduling;

/// <summary>A CPU-scheduling policy: a pure function from a workload to a simulation result.</summary>
public interface ISchedulingPolicy
{
    /// <summary>Short name with parameters, for example <c>RR(q=1)</c>.</summary>
    string Name { get; }

    /// <summary>Simulates the workload to completion.</summary>
    /// <param name="workload">The jobs.</param>
    /// <returns>Timeline, events and per-job metrics; equal inputs give equal results.</returns>
    SimulationResult Run(Workload workload);
}
