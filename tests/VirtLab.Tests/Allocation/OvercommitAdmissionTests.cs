using FsCheck;
using FsCheck.Fluent;
using VirtLab.Allocation;

namespace VirtLab.Tests.Allocation;

public sealed class OvercommitAdmissionTests
{
    private static readonly HostCapacity Host = new(Cpus: 8, MemoryMb: 32768);

    [Fact] // derived from Placement's capacity = (total - reserved) * allocation_ratio with Nova's default ratios
    public void Default_ratios_give_16_vcpus_per_cpu_and_1_5_times_the_memory()
    {
        var vms = Enumerable.Range(1, 7).Select(i => new VmRequest($"vm{i}", 8, 8192));
        var result = Allocate.Admit(Host, vms);
        Assert.Equal(128, result.CpuCapacity);
        Assert.Equal(49152, result.MemoryCapacityMb);
        Assert.Equal(6, result.AdmittedCount);
        var rejected = Assert.Single(result.Rejections);
        Assert.Equal("vm7", rejected.Request.Name);
        Assert.Contains("MEMORY_MB", rejected.Reason);
        Assert.Equal(48, result.CpuUsed);
        Assert.Equal(6.0, result.CpuOvercommit);
        Assert.Equal(1.5, result.MemoryOvercommit);
        Assert.Equal(1.0, result.MemoryUtilisation);
    }

    [Fact]
    public void Reserved_memory_comes_off_before_the_ratio()
    {
        var result = Allocate.Admit(Host with { ReservedMemoryMb = 512 }, [], OvercommitRatios.OpenStackDefaults);
        Assert.Equal((32768 - 512) * 1.5, result.MemoryCapacityMb);
    }

    [Fact]
    public void Cpu_runs_out_first_without_overcommit()
    {
        var result = Allocate.Admit(Host, [new("a", 6, 1024), new("b", 4, 1024), new("c", 2, 1024)], OvercommitRatios.None);
        Assert.Equal([true, false, true], result.Decisions.Select(d => d.Admitted));
        Assert.Contains("VCPU", result.Decisions[1].Reason);
    }

    [Fact]
    public void Disk_is_checked_only_when_the_host_has_disk()
    {
        var withDisk = Allocate.Admit(Host with { DiskGb = 100 }, [new("a", 1, 1, 80), new("b", 1, 1, 40)]);
        Assert.Equal(1, withDisk.AdmittedCount);
        var noDisk = Allocate.Admit(Host, [new("a", 1, 1, 80), new("b", 1, 1, 40)]);
        Assert.Equal(2, noDisk.AdmittedCount);
    }

    [Fact]
    public void Summary_and_html_show_the_decisions()
    {
        var result = Allocate.Admit(Host, [new("web", 2, 4096)]);
        Assert.StartsWith("Admit(CPU 16:1, RAM 1.5:1, disk 1:1) → 1/1 admitted", result.ToString());
        Assert.Contains("admitted", result.ToHtml());
    }

    [Fact]
    public void Rejects_zero_cpus() =>
        Assert.Equal("host", Assert.Throws<ArgumentOutOfRangeException>(() => Allocate.Admit(new HostCapacity(0, 1024), [])).ParamName);

    [Fact]
    public void Rejects_zero_ratio() =>
        Assert.Equal("ratios", Assert.Throws<ArgumentOutOfRangeException>(() => Allocate.Admit(Host, [], new OvercommitRatios(0, 1))).ParamName);

    [Fact]
    public void Rejects_negative_request() =>
        Assert.Equal("requests", Assert.Throws<ArgumentOutOfRangeException>(() => Allocate.Admit(Host, [new("bad", -1, 1)])).ParamName);

    [Fact]
    public void Property_never_more_than_capacity_and_a_rejection_really_did_not_fit()
    {
        var request = from c in Gen.Choose(1, 16) from m in Gen.Choose(256, 16384) select new VmRequest("vm", c, m);
        Prop.ForAll(request.ArrayOf().ToArbitrary(), Gen.Choose(1, 32).ToArbitrary(), (requests, ratio) =>
        {
            var r = Allocate.Admit(Host, requests, new OvercommitRatios(ratio, 1 + (ratio / 16.0)));
            double cpu = 0, mem = 0;
            foreach (var d in r.Decisions)
            {
                var fits = cpu + d.Request.Vcpus <= r.CpuCapacity && mem + d.Request.MemoryMb <= r.MemoryCapacityMb;
                if (fits != d.Admitted)
                {
                    return false;
                }

                if (fits)
                {
                    cpu += d.Request.Vcpus;
                    mem += d.Request.MemoryMb;
                }
            }

            return r.CpuUsed <= r.CpuCapacity && r.MemoryUsedMb <= r.MemoryCapacityMb && cpu == r.CpuUsed;
        }).QuickCheckThrowOnFailure();
    }
}
