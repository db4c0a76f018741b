using VirtLab.Allocation.Placement;
using Xunit;

namespace VirtLab.Tests.Allocation.Placement;

// Vectors from kubernetes/kubernetes pkg/scheduler/framework/plugins/noderesources/*_test.go (formulas.md §7).
public class KubeScoringTests
{
    private static readonly KubeNode s_node1 = new("node1", 4000, 10000);
    private static readonly KubeNode s_node2 = new("node2", 6000, 10000);

    [Fact]
    public void LeastAllocated_matches_upstream()
    {
        Assert.Equal(37, KubeScoring.LeastAllocated(s_node1.With(3000, 5000)));
        Assert.Equal(50, KubeScoring.LeastAllocated(s_node2.With(3000, 5000)));
        Assert.Equal(41, KubeScoring.LeastAllocated(s_node1.With(3000, 5000, cpuWeight: 1, memoryWeight: 2)));
        Assert.Equal(50, KubeScoring.LeastAllocated(s_node2.With(3000, 5000, cpuWeight: 1, memoryWeight: 2)));
        Assert.Equal(57, KubeScoring.LeastAllocated(new KubeNode("n", 10000, 20000, 6000, 5000).With(0, 0)));
        Assert.Equal(45, KubeScoring.LeastAllocated(new KubeNode("n", 10000, 20000, 6000, 10000).With(0, 0)));
    }

    [Fact]
    public void LeastAllocated_scores_an_overcommitted_resource_zero()
    {
        Assert.Equal(25, KubeScoring.LeastAllocated(new KubeNode("n", 4000, 10000).With(5000, 5000)));
    }

    [Fact]
    public void MostAllocated_matches_upstream()
    {
        Assert.Equal(62, KubeScoring.MostAllocated(s_node1.With(3000, 5000)));
        Assert.Equal(50, KubeScoring.MostAllocated(s_node2.With(3000, 5000)));
        Assert.Equal(58, KubeScoring.MostAllocated(s_node1.With(3000, 5000, cpuWeight: 1, memoryWeight: 2)));
        Assert.Equal(95, KubeScoring.MostAllocated(new KubeNode("n", 5000, 10000).With(5000, 9000)));
        Assert.Equal(75, KubeScoring.MostAllocated(new KubeNode("n", 10000, 9000).With(5000, 9000)));
    }

    [Fact]
    public void MostAllocated_clamps_a_request_above_the_allocatable()
    {
        Assert.Equal(100, KubeScoring.MostAllocated(new KubeNode("n", 4000, 10000).With(5000, 12000)));
    }

    [Theory]
    [InlineData(4000, 10000, 3000, 5000, 87)]
    [InlineData(6000, 10000, 3000, 5000, 100)]
    [InlineData(10000, 20000, 6000, 5000, 82)]
    [InlineData(10000, 20000, 6000, 10000, 95)]
    [InlineData(10000, 20000, 10000, 0, 50)]
    [InlineData(10000, 20000, 10000, 10000, 75)]
    public void BalancedAllocation_matches_upstream(long cpu, long memory, long requestedCpu, long requestedMemory, long expected)
    {
        Assert.Equal(expected, KubeScoring.BalancedAllocation(new KubeNode("n", cpu, memory, requestedCpu, requestedMemory).With(0, 0)));
    }

    [Fact]
    public void BalancedAllocation_with_three_resources_uses_the_population_deviation()
    {
        ResourceUse[] r = [new("cpu", 3000, 3500), new("memory", 5000, 40000), new("nvidia.com/gpu", 4, 8)];

        Assert.Equal(70, KubeScoring.BalancedAllocation(r));
    }

    [Fact]
    public void RequestedToCapacityRatio_matches_upstream()
    {
        ShapePoint[] leastLike = [new(0, 10), new(100, 0)];
        Assert.Equal(38, KubeScoring.RequestedToCapacityRatio(s_node1.With(3000, 5000), leastLike));
        Assert.Equal(50, KubeScoring.RequestedToCapacityRatio(s_node2.With(3000, 5000), leastLike));

        ShapePoint[] packing = [new(0, 0), new(100, 1)];
        Assert.Equal(2, KubeScoring.RequestedToCapacityRatio([new("intel.com/foo", 2, 8)], packing));
        Assert.Equal(5, KubeScoring.RequestedToCapacityRatio([new("intel.com/foo", 2, 4)], packing));
        Assert.Equal(10, KubeScoring.RequestedToCapacityRatio([new("intel.com/foo", 4, 4)], packing));
    }

    [Fact]
    public void RequestedToCapacityRatio_of_nothing_requested_on_a_packing_shape_is_zero()
    {
        Assert.Equal(0, KubeScoring.RequestedToCapacityRatio([new("intel.com/foo", 0, 8)], [new(0, 0), new(100, 1)]));
    }

    [Theory]
    [InlineData(-10, 1)]
    [InlineData(10, 1)]
    [InlineData(19, 1)]
    [InlineData(20, 2)]
    [InlineData(89, 8)]
    [InlineData(90, 9)]
    [InlineData(110, 9)]
    public void BrokenLinear_matches_upstream(long p, long expected)
    {
        Assert.Equal(expected, KubeScoring.BrokenLinear([new(10, 1), new(90, 9)], p));
    }

    [Theory]
    [InlineData(20, 6)]
    [InlineData(30, 8)]
    [InlineData(40, 10)]
    [InlineData(70, 5)]
    [InlineData(100, 0)]
    public void BrokenLinear_with_a_peak_matches_upstream(long p, long expected)
    {
        Assert.Equal(expected, KubeScoring.BrokenLinear([new(0, 2), new(40, 10), new(100, 0)], p));
    }

    [Fact]
    public void Bad_input_names_the_parameter()
    {
        Assert.Equal("resources", Assert.Throws<ArgumentException>(() => KubeScoring.LeastAllocated([])).ParamName);
        Assert.Equal("resources", Assert.Throws<ArgumentOutOfRangeException>(() => KubeScoring.MostAllocated([new("cpu", 1, 0)])).ParamName);
        Assert.Equal("resources", Assert.Throws<ArgumentOutOfRangeException>(() => KubeScoring.MostAllocated([new("cpu", -1, 10)])).ParamName);
        Assert.Equal("resources", Assert.Throws<ArgumentOutOfRangeException>(() => KubeScoring.LeastAllocated([new("cpu", 1, 10, Weight: 0)])).ParamName);
        Assert.Equal("shape", Assert.Throws<ArgumentOutOfRangeException>(() => KubeScoring.RequestedToCapacityRatio([new("cpu", 1, 10)], [new(0, 11)])).ParamName);
        Assert.Equal("shape", Assert.Throws<ArgumentException>(() => KubeScoring.BrokenLinear([new(50, 1), new(50, 2)], 10)).ParamName);
    }
}
