using VirtLab.Scheduling;
using Xunit;

namespace VirtLab.Tests.Scheduling;

public class CoSchedulingTests
{
    [Fact]
    public void Independent_one_pcpu_two_vcpus_matches_the_hand_trace()
    {
        // Ticks: 0 v0 parallel; 1 v0 takes the lock; 2 v1 parallel; 3 v1 spins on the preempted v0;
        // 4-5 v0 finishes and releases; 6-7 v1 takes the lock and works.
        var scenario = new CoSchedulingScenario(1, 2, [], ParallelTicks: 1, CriticalTicks: 3, Quantum: 2, DurationTicks: 8);

        var r = CoScheduling.Run(scenario, CoSchedulingPolicy.Independent);

        Assert.Equal((7L, 1L, 1L, 0L, 0L, 1L, 2L),
            (r.GuestUsefulTicks, r.GuestSpinTicks, r.SpinOnPreemptedHolderTicks, r.OtherGuestTicks, r.IdleTicks, r.CriticalSections, r.MaxSkew));
    }

    [Fact]
    public void Strict_gang_spins_only_while_the_holder_runs()
    {
        // The guest's gang runs at ticks 0-1 and 4-5, the other 2-vCPU guest at 2-3 and 6-7.
        // 0: both parallel; 1: v0 takes the lock, v1 spins; 4: v0 works, v1 spins; 5: v0 releases, v1 spins.
        var scenario = new CoSchedulingScenario(2, 2, [2], ParallelTicks: 1, CriticalTicks: 3, Quantum: 2, DurationTicks: 8);

        var r = CoScheduling.Run(scenario, CoSchedulingPolicy.Strict);

        Assert.Equal((5L, 3L, 0L, 8L, 0L, 1L, 0L),
            (r.GuestUsefulTicks, r.GuestSpinTicks, r.SpinOnPreemptedHolderTicks, r.OtherGuestTicks, r.IdleTicks, r.CriticalSections, r.MaxSkew));
    }

    [Fact]
    public void Strict_gangs_that_cannot_share_leave_pcpus_idle()
    {
        // Gangs of 3 and 2 on 4 pCPUs never fit together: 1 idle pCPU, then 2, alternately.
        var scenario = new CoSchedulingScenario(4, 3, [2], Quantum: 1, DurationTicks: 4);

        Assert.Equal(6, CoScheduling.Run(scenario, CoSchedulingPolicy.Strict).IdleTicks);
        Assert.Equal(0, CoScheduling.Run(scenario, CoSchedulingPolicy.Independent).IdleTicks);
    }

    [Fact]
    public void Relaxed_one_pcpu_matches_the_hand_trace()
    {
        // Skew limit 1 on one pCPU: the leader is co-stopped after every tick it gains.
        // 0 v0 parallel; 1 v0 co-stopped, v1 parallel; 2 v1 takes the lock; 3 v1 co-stopped, v0 spins (holder preempted);
        // 4 new slice, v1 works; 5 v1 co-stopped, v0 spins again.
        var scenario = new CoSchedulingScenario(1, 2, [], ParallelTicks: 1, CriticalTicks: 3, Quantum: 4, DurationTicks: 6, SkewLimit: 1);

        var r = CoScheduling.Run(scenario, CoSchedulingPolicy.Relaxed);

        Assert.Equal((4L, 2L, 2L, 0L, 1L),
            (r.GuestUsefulTicks, r.GuestSpinTicks, r.SpinOnPreemptedHolderTicks, r.CriticalSections, r.MaxSkew));
    }

    [Theory]
    [InlineData(2, 4, 1, 3, 5)]
    [InlineData(4, 4, 2, 1, 10)]
    [InlineData(3, 2, 3, 4, 7)]
    public void Relaxed_never_lets_the_skew_exceed_the_limit(int pcpus, int vcpus, int others, int skewLimit, int quantum)
    {
        var scenario = new CoSchedulingScenario(pcpus, vcpus, Enumerable.Repeat(1, others).ToArray(), Quantum: quantum, DurationTicks: 500, SkewLimit: skewLimit);

        Assert.InRange(CoScheduling.Run(scenario, CoSchedulingPolicy.Relaxed).MaxSkew, 0, skewLimit);
    }

    [Fact]
    public void Relaxed_with_an_unreachable_skew_limit_is_independent()
    {
        var scenario = new CoSchedulingScenario(2, 3, [1, 1], Quantum: 5, DurationTicks: 300, SkewLimit: 1000);

        var relaxed = CoScheduling.Run(scenario, CoSchedulingPolicy.Relaxed);
        var independent = CoScheduling.Run(scenario, CoSchedulingPolicy.Independent);

        Assert.Equal(independent with { Policy = CoSchedulingPolicy.Relaxed }, relaxed);
    }

    [Theory]
    [InlineData(CoSchedulingPolicy.Independent)]
    [InlineData(CoSchedulingPolicy.Strict)]
    [InlineData(CoSchedulingPolicy.Relaxed)]
    public void Every_pcpu_tick_is_accounted_for(CoSchedulingPolicy policy)
    {
        var scenario = new CoSchedulingScenario(4, 4, [2, 1, 1], Quantum: 7, DurationTicks: 999);

        var r = CoScheduling.Run(scenario, policy);

        Assert.Equal(4L * 999, r.GuestRunTicks + r.OtherGuestTicks + r.IdleTicks);
        Assert.True(r.SpinOnPreemptedHolderTicks <= r.GuestSpinTicks);
    }

    [Fact]
    public void A_seed_gives_the_same_run_twice_and_jitter_exposes_lock_holder_preemption()
    {
        // Two busy 4-vCPU guests on 4 pCPUs; random lock-free phases (mean 10) drift the vCPUs out of step.
        var scenario = new CoSchedulingScenario(4, 4, [4], ParallelTicks: 10, CriticalTicks: 2, Quantum: 30, DurationTicks: 3000, SkewLimit: 5, Seed: 1);

        var first = CoScheduling.Compare(scenario);
        var second = CoScheduling.Compare(scenario);

        Assert.Equal(first.Results, second.Results);
        Assert.True(first[CoSchedulingPolicy.Independent].SpinOnPreemptedHolderTicks > 0);
        Assert.Equal(0, first[CoSchedulingPolicy.Strict].SpinOnPreemptedHolderTicks);
    }

    [Fact]
    public void A_guest_with_a_pcpu_per_vcpu_never_meets_a_preempted_holder()
    {
        var scenario = new CoSchedulingScenario(4, 4, [], DurationTicks: 200);

        foreach (var r in CoScheduling.Compare(scenario).Results)
        {
            Assert.Equal(0, r.SpinOnPreemptedHolderTicks);
            Assert.Equal(0, r.IdleTicks);
        }
    }

    [Fact]
    public void Strict_refuses_a_gang_larger_than_the_host()
    {
        var scenario = new CoSchedulingScenario(2, 3, []);

        var e = Assert.Throws<ArgumentException>(() => CoScheduling.Run(scenario, CoSchedulingPolicy.Strict));
        Assert.Equal("scenario", e.ParamName);
    }

    [Theory]
    [InlineData(0, 1, 1, 1, 1, 1, "PhysicalCpus")]
    [InlineData(1, 0, 1, 1, 1, 1, "GuestVcpus")]
    [InlineData(1, 1, 0, 1, 1, 1, "ParallelTicks")]
    [InlineData(1, 1, 1, 0, 1, 1, "CriticalTicks")]
    [InlineData(1, 1, 1, 1, 0, 1, "Quantum")]
    [InlineData(1, 1, 1, 1, 1, 0, "SkewLimit")]
    public void Bad_scenarios_name_the_field(int pcpus, int vcpus, int parallel, int critical, int quantum, int skew, string field)
    {
        var scenario = new CoSchedulingScenario(pcpus, vcpus, [], parallel, critical, quantum, 10, skew);

        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CoScheduling.Run(scenario, CoSchedulingPolicy.Independent));
        Assert.Equal(field, e.ParamName);
    }

    [Fact]
    public void Other_guests_need_at_least_one_vcpu()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CoScheduling.Run(new CoSchedulingScenario(2, 1, [0]), CoSchedulingPolicy.Independent));
        Assert.Equal("OtherGuests", e.ParamName);
    }

    [Fact]
    public void Comparison_renders_a_row_per_policy_and_a_stacked_chart()
    {
        var comparison = CoScheduling.Compare(new CoSchedulingScenario(2, 2, [1], DurationTicks: 100));

        Assert.Equal(3, comparison.ToHtml().Split("<tr>").Length - 2);
        Assert.Equal(5, VirtLab.Tests.Charts.FigureJson.Traces(comparison.Chart()).Count);
        Assert.Contains("Strict", comparison[CoSchedulingPolicy.Strict].ToString());
    }
}
