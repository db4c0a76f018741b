using VirtLab.Scheduling;

namespace VirtLab.Tests.Scheduling;

/// <summary>Small workloads shared by the scheduling tests.</summary>
internal static class TestWorkloads
{
    /// <summary>Jobs that all arrive at 0.</summary>
    public static Workload AtZero(params double[] runTimes) => Workload.FromRunTimes(runTimes);

    /// <summary>CPU-bound jobs (long run time) with the given tickets.</summary>
    public static Workload WithTickets(double runtime, params int[] tickets) =>
        new(tickets.Select((t, i) => new Job(i, 0, runtime, Tickets: t)));

    /// <summary>CPU-bound jobs with the given nice values.</summary>
    public static Workload WithNice(double runtime, params int[] nices) =>
        new(nices.Select((n, i) => new Job(i, 0, runtime, Nice: n)));
}
