using VirtLab.Allocation.Placement;
using Xunit;

namespace VirtLab.Tests.Allocation.Placement;

// Cases from the Kubernetes docs "Configure Quality of Service for Pods".
public class KubeQosTests
{
    [Fact]
    public void Limits_equal_to_requests_are_guaranteed()
    {
        Assert.Equal(QosClass.Guaranteed, KubeQos.Classify([new(700, 700, 200, 200)]));
    }

    [Fact]
    public void Limits_without_requests_are_guaranteed_because_requests_default_to_limits()
    {
        Assert.Equal(QosClass.Guaranteed, KubeQos.Classify([new(CpuLimit: 700, MemoryLimit: 200)]));
    }

    [Fact]
    public void A_memory_request_below_its_limit_is_burstable()
    {
        Assert.Equal(QosClass.Burstable, KubeQos.Classify([new(MemoryRequest: 100, MemoryLimit: 200)]));
    }

    [Fact]
    public void One_unconstrained_container_makes_the_pod_burstable()
    {
        Assert.Equal(QosClass.Burstable, KubeQos.Classify([new(700, 700, 200, 200), new()]));
    }

    [Fact]
    public void No_requests_or_limits_is_best_effort()
    {
        Assert.Equal(QosClass.BestEffort, KubeQos.Classify([new(), new()]));
    }

    [Fact]
    public void Bad_input_names_the_parameter()
    {
        Assert.Equal("containers", Assert.Throws<ArgumentException>(() => KubeQos.Classify([])).ParamName);
        Assert.Equal("containers", Assert.Throws<ArgumentOutOfRangeException>(() => KubeQos.Classify([new(CpuRequest: -1)])).ParamName);
    }
}
