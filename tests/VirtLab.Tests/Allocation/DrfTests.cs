using FsCheck;
using FsCheck.Fluent;
using VirtLab.Allocation;
using static VirtLab.Tests.Allocation.AllocationAssert;

namespace VirtLab.Tests.Allocation;

public sealed class DrfTests
{
    private static readonly double[] PaperCapacity = [9, 18];
    private static readonly double[][] PaperDemands = [[1, 4], [3, 1]];

    [Fact] // Ghodsi et al., NSDI 2011, section 4 example
    public void Matches_the_papers_example()
    {
        var drf = Allocate.Drf(PaperCapacity, PaperDemands);
        Close([3, 2], drf.Tasks);
        Close([2.0 / 3, 2.0 / 3], drf.DominantShares, 1e-12);
        Assert.Equal([1, 0], drf.DominantResources); // A: memory, B: CPU
        Close([9, 14], drf.ResourceUse);
        Close([0, 4], drf.Leftover);
    }

    [Fact] // Ghodsi et al., section 4: the continuous form x = 3, y = 2
    public void Divisible_form_matches_the_papers_example()
    {
        var drf = Allocate.DrfDivisible(PaperCapacity, PaperDemands);
        Close([3, 2], drf.Tasks, 1e-9);
        Close([2.0 / 3, 2.0 / 3], drf.DominantShares, 1e-9);
    }

    [Fact] // White, Hadoop: The Definitive Guide, 4th ed., ch. 4
    public void Matches_the_Hadoop_guide_example()
    {
        var drf = Allocate.Drf([100, 10000], [[2, 300], [6, 100]]);
        Close([20, 10], drf.Tasks);
        Close([0.6, 0.6], drf.DominantShares, 1e-12);
        Close([100, 7000], drf.ResourceUse);
    }

    [Fact] // weighted DRF, continuous form, derived in formulas.md section 1 example 3
    public void Weighted_divisible_matches_the_derived_example()
    {
        var drf = Allocate.DrfDivisible(PaperCapacity, PaperDemands, weights: [2, 1]);
        Close([54.0 / 13, 18.0 / 13], drf.Tasks, 1e-9);
        Close([12.0 / 13, 6.0 / 13], drf.DominantShares, 1e-9);
        Close([108.0 / 13, 18], drf.ResourceUse, 1e-9);
    }

    [Fact] // discrete weighted DRF ends at (3, 2) or (4, 1) depending on the tie (formulas.md section 1)
    public void Weighted_whole_tasks_end_at_one_of_the_documented_outcomes()
    {
        var tasks = Allocate.Drf(PaperCapacity, PaperDemands, weights: [2, 1]).Tasks;
        Assert.True(tasks.SequenceEqual([3.0, 2.0]) || tasks.SequenceEqual([4.0, 1.0]), string.Join(",", tasks));
    }

    [Fact]
    public void Task_bounds_free_capacity_for_others()
    {
        var drf = Allocate.Drf(PaperCapacity, PaperDemands, maxTasks: [1, 10]);
        Close([1, 2], drf.Tasks); // B then needs 3 CPUs per task: 1 + 3*2 = 7, and a third task would need 10 > 9
        var three = Allocate.Drf([10, 18], PaperDemands, maxTasks: [1, 10]);
        Close([1, 3], three.Tasks);
    }

    [Fact]
    public void Works_for_three_resources()
    {
        var drf = Allocate.Drf([10, 10, 10], [[1, 0, 0], [0, 1, 0], [0, 0, 2]]);
        Close([10, 10, 5], drf.Tasks);
        Close([1, 1, 1], drf.DominantShares);
    }

    [Fact]
    public void ToString_reads_like_the_maths() =>
        Assert.Equal("Drf(C = (9, 18)) → tasks (3, 2), s = (0.666667, 0.666667), leftover (0, 4)", Allocate.Drf(PaperCapacity, PaperDemands).ToString());

    [Fact]
    public void Html_has_a_row_per_user() =>
        Assert.Equal(3, Allocate.Drf(PaperCapacity, PaperDemands).ToHtml().Split("<tr>").Length - 1);

    [Fact]
    public void Rejects_mismatched_dimensions()
    {
        var ex = Assert.Throws<ArgumentException>(() => Allocate.Drf([9, 18], [[1, 4], [3]]));
        Assert.Equal("demands", ex.ParamName);
        Assert.Contains("dimensions must match", ex.Message);
    }

    [Fact]
    public void Rejects_zero_capacity() =>
        Assert.Equal("capacities", Assert.Throws<ArgumentException>(() => Allocate.Drf([9, 0], [[1, 1]])).ParamName);

    [Theory, InlineData(-1.0), InlineData(double.NaN)]
    public void Rejects_bad_demand(double d) =>
        Assert.Equal("demands", Assert.Throws<ArgumentException>(() => Allocate.Drf([9, 18], [[1, d]])).ParamName);

    [Fact]
    public void Rejects_a_task_that_needs_nothing() =>
        Assert.Equal("demands", Assert.Throws<ArgumentException>(() => Allocate.Drf([9, 18], [[0, 0]])).ParamName);

    [Fact]
    public void Rejects_all_zero_weights() =>
        Assert.Equal("weights", Assert.Throws<ArgumentException>(() => Allocate.Drf(PaperCapacity, PaperDemands, weights: [0, 0])).ParamName);

    private static Gen<(double[] Capacity, double[][] Demands, double[] Weights)> Instance(int resources) =>
        from capacity in Amount(10, 100).ArrayOf(resources)
        from users in Gen.Choose(1, 6)
        from demands in Amount(0, 9).ArrayOf(resources).Where(d => d.Any(x => x > 0)).ArrayOf(users)
        from weights in Amount(1, 4).ArrayOf(users)
        select (capacity, demands, weights);

    private static Arbitrary<(double[] Capacity, double[][] Demands, double[] Weights)> Instances =>
        Gen.Choose(1, 4).SelectMany(Instance).ToArbitrary();

    [Fact]
    public void Property_never_more_than_capacity() =>
        Prop.ForAll(Instances, x =>
        {
            var a = Allocate.Drf(x.Capacity, x.Demands, x.Weights);
            var b = Allocate.DrfDivisible(x.Capacity, x.Demands, x.Weights);
            return x.Capacity.Select((c, j) => a.ResourceUse[j] <= c + 1e-9 && b.ResourceUse[j] <= c * (1 + 1e-9)).All(ok => ok);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Property_whole_tasks_are_Pareto_efficient_no_users_next_task_fits() =>
        Prop.ForAll(Instances, x =>
        {
            var a = Allocate.Drf(x.Capacity, x.Demands, x.Weights);
            return x.Demands.All(d => d.Select((dj, j) => a.ResourceUse[j] + dj > x.Capacity[j] + 1e-9).Any(over => over));
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Property_divisible_is_Pareto_efficient_every_user_needs_a_saturated_resource() =>
        Prop.ForAll(Instances, x =>
        {
            var a = Allocate.DrfDivisible(x.Capacity, x.Demands, x.Weights);
            var saturated = x.Capacity.Select((c, j) => a.ResourceUse[j] >= c * (1 - 1e-9)).ToArray();
            return x.Demands.All(d => d.Select((dj, j) => dj > 0 && saturated[j]).Any(s => s));
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Property_divisible_is_envy_free() =>
        Prop.ForAll(Instances, x =>
        {
            // Unweighted: no user could run more tasks with another user's bundle of resources.
            var a = Allocate.DrfDivisible(x.Capacity, x.Demands);
            for (var i = 0; i < x.Demands.Length; i++)
            {
                for (var k = 0; k < x.Demands.Length; k++)
                {
                    var tasksWithKsBundle = x.Demands[i].Select((dij, j) => dij > 0 ? a.Tasks[k] * x.Demands[k][j] / dij : double.PositiveInfinity).Min();
                    if (tasksWithKsBundle > a.Tasks[i] * (1 + 1e-9) + 1e-9)
                    {
                        return false;
                    }
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Property_whole_tasks_are_envy_free_up_to_one_task() =>
        Prop.ForAll(Instances, x =>
        {
            var a = Allocate.Drf(x.Capacity, x.Demands);
            for (var i = 0; i < x.Demands.Length; i++)
            {
                for (var k = 0; k < x.Demands.Length; k++)
                {
                    var withK = x.Demands[i].Select((dij, j) => dij > 0 ? Math.Max(0, a.Tasks[k] - 1) * x.Demands[k][j] / dij : double.PositiveInfinity).Min();
                    if (Math.Floor(withK + 1e-9) > a.Tasks[i])
                    {
                        return false;
                    }
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Property_divisible_is_max_min_fair_on_weighted_dominant_shares() =>
        Prop.ForAll(Instances, x =>
        {
            // Bottleneck condition of max-min fairness: every user needs a saturated resource on which no other
            // user has a larger sᵢ/wᵢ, so it could only grow by taking from someone no better off.
            var a = Allocate.DrfDivisible(x.Capacity, x.Demands, x.Weights);
            var norm = a.DominantShares.Select((s, i) => s / x.Weights[i]).ToArray();
            var saturated = x.Capacity.Select((c, j) => a.ResourceUse[j] >= c * (1 - 1e-9)).ToArray();
            return Enumerable.Range(0, norm.Length).All(i => Enumerable.Range(0, saturated.Length).Any(j =>
                saturated[j] && x.Demands[i][j] > 0 &&
                Enumerable.Range(0, norm.Length).All(k => x.Demands[k][j] == 0 || norm[k] <= norm[i] * (1 + 1e-9) + 1e-12)));
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Property_weights_are_scale_invariant() =>
        Prop.ForAll(Instances, Gen.Choose(2, 50).ToArbitrary(), (x, k) =>
        {
            var a = Allocate.DrfDivisible(x.Capacity, x.Demands, x.Weights).Tasks;
            var b = Allocate.DrfDivisible(x.Capacity, x.Demands, x.Weights.Select(w => w * k).ToArray()).Tasks;
            return a.Zip(b).All(p => Math.Abs(p.First - p.Second) <= 1e-9 * Math.Max(1, p.First));
        }).QuickCheckThrowOnFailure();
}
