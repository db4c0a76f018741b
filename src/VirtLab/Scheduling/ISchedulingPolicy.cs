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

    /// <summary>Simulates the workload to completion, streaming every slice and event to <paramref name="observer"/>
    /// instead of keeping them: the result has the per-job metrics and averages, but an empty
    /// <see cref="SimulationResult.Timeline"/> and <see cref="SimulationResult.Events"/>, so memory stays O(jobs).</summary>
    /// <param name="workload">The jobs.</param>
    /// <param name="observer">Receives the trace; <see langword="null"/> behaves as <see cref="Run(Workload)"/>.</param>
    /// <returns>The same metrics as <see cref="Run(Workload)"/>.</returns>
    SimulationResult Run(Workload workload, ISchedulingObserver? observer);
}
