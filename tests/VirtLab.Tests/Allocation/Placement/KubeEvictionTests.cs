using VirtLab.Allocation.Placement;

namespace VirtLab.Tests.Allocation.Placement;

/// <summary>Kubernetes docs, "Node-pressure Eviction", "Pod selection for kubelet eviction".</summary>
public sealed class KubeEvictionTests
{
    private const long MiB = 1L << 20;

    [Fact] // usage above request first; among those, lower priority first; then the larger excess
    public void Ranks_by_exceeding_the_request_then_priority_then_excess()
    {
        PodMemoryUse[] pods =
        [
            new("guaranteed", 2048 * MiB, 1900 * MiB),
            new("besteffort-important", 0, 200 * MiB, Priority: 1000),
            new("burstable-over", 1024 * MiB, 1536 * MiB),
            new("burstable-far-over", 100 * MiB, 900 * MiB),
        ];

        var order = KubeEviction.RankForMemoryPressure(pods).Select(p => p.Name);

        Assert.Equal(["burstable-far-over", "burstable-over", "besteffort-important", "guaranteed"], order);
    }

    [Fact]
    public void Among_pods_under_their_request_lower_priority_goes_first()
    {
        PodMemoryUse[] pods = [new("high", 1000, 10, Priority: 10), new("low", 1000, 500, Priority: -5)];
        Assert.Equal(["low", "high"], KubeEviction.RankForMemoryPressure(pods).Select(p => p.Name));
    }

    [Fact]
    public void Refuses_an_empty_node_and_negative_amounts()
    {
        Assert.Equal("pods", Assert.Throws<ArgumentException>(() => KubeEviction.RankForMemoryPressure([])).ParamName);
        Assert.Equal("pods", Assert.Throws<ArgumentException>(() => KubeEviction.RankForMemoryPressure([new("x", -1, 0)])).ParamName);
        Assert.Equal("pods", Assert.Throws<ArgumentException>(() => KubeEviction.RankForMemoryPressure([new(" ", 1, 0)])).ParamName);
    }
}
