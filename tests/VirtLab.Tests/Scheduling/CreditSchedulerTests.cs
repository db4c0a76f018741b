using VirtLab.Scheduling;

namespace VirtLab.Tests.Scheduling;

public sealed class CreditSchedulerTests
{
    public sealed class TheFairCreditsMethod
    {
        [Theory] // formulas.md §6, from csched_acct: one pCPU = 300 credits per 30 ms
        [InlineData(256, 256, 150, 150)]
        [InlineData(256, 512, 100, 200)]
        [InlineData(256, 768, 75, 225)]
        public void Should_Split_Credit_By_Weight(int w1, int w2, int c1, int c2) =>
            Assert.Equal([c1, c2], CreditScheduler.FairCredits(300, [w1, w2]));

        [Fact] // integer division rounds up, as in Xen
        public void Should_Round_Up() => Assert.Equal([100, 100, 100], CreditScheduler.FairCredits(299, [1, 1, 1]));

        [Fact]
        public void Should_Reject_A_Zero_Weight() =>
            Assert.Equal("weights", Assert.Throws<ArgumentException>(() => CreditScheduler.FairCredits(300, [0, 256])).ParamName);
    }

    public sealed class TheCapCreditsMethod
    {
        [Fact] // formulas.md §6: cap 50 -> (50 * 300 + 99) / 100 = 150
        public void Should_Give_150_Credits_For_A_Half_Cpu_Cap() => Assert.Equal(150, CreditScheduler.CapCredits(50));
    }

    public sealed class TheRunMethod
    {
        [Fact] // Xen wiki: a weight-512 domain gets twice the CPU of a weight-256 domain when contended
        public void Should_Give_Cpu_In_Proportion_To_Weight()
        {
            var result = CreditScheduler.Run([new CreditDomain("dom1", 256), new CreditDomain("dom2", 512)], physicalCpus: 1, durationMs: 6000);

            Assert.Equal(1.0 / 3, result.Usage[0].Share, 1);
            Assert.InRange(result.Usage[1].CpuTime / result.Usage[0].CpuTime, 1.9, 2.1);
            Assert.Equal(1, result.Utilisation, 9);
        }

        [Fact]
        public void Should_Hold_A_Capped_Domain_To_Its_Cap_Even_On_An_Idle_Host()
        {
            var result = CreditScheduler.Run([new CreditDomain("capped", Cap: 50)], physicalCpus: 1, durationMs: 6000);

            Assert.InRange(result.Usage[0].CpuPercent, 47, 53);
        }

        [Fact] // cap 0 = no cap: the scheduler is work-conserving
        public void Should_Let_An_Uncapped_Domain_Use_Idle_Cpu()
        {
            var result = CreditScheduler.Run([new CreditDomain("alone")], physicalCpus: 1, durationMs: 3000);

            Assert.Equal(100, result.Usage[0].CpuPercent, 6);
        }

        [Fact]
        public void Should_Spread_Vcpus_Over_Physical_Cpus()
        {
            var result = CreditScheduler.Run(
                [new CreditDomain("a"), new CreditDomain("b"), new CreditDomain("c"), new CreditDomain("d")], physicalCpus: 2, durationMs: 6000);

            Assert.All(result.Usage, u => Assert.InRange(u.CpuPercent, 45, 55));
            Assert.Equal(2, result.Timeline.Select(s => s.Cpu).Distinct().Count());
            Assert.True(result.JainFairness > 0.99);
        }

        [Fact] // BOOST: a vCPU waking from I/O with credit left runs ahead of UNDER vCPUs
        public void Should_Boost_An_Io_Bound_Domain_For_Low_Wake_Latency()
        {
            var result = CreditScheduler.Run(
                [new CreditDomain("io", IoEvery: 1, IoTime: 5), new CreditDomain("hog1"), new CreditDomain("hog2")], physicalCpus: 1, durationMs: 3000);

            Assert.InRange(result.Usage[0].AverageWakeLatency!.Value, 0, 1);
        }

        [Fact]
        public void Should_Wake_Io_Bound_Vcpus_Later_Without_Boost()
        {
            CreditDomain[] domains = [new("io", IoEvery: 1, IoTime: 5), new("hog1"), new("hog2")];

            var boosted = CreditScheduler.Run(domains, 1, 3000, boost: true).Usage[0].AverageWakeLatency!.Value;
            var plain = CreditScheduler.Run(domains, 1, 3000, boost: false).Usage[0].AverageWakeLatency!.Value;

            Assert.True(plain > boosted, $"without BOOST {plain} ms, with BOOST {boosted} ms");
        }

        [Fact]
        public void Should_Reject_An_Out_Of_Range_Weight() =>
            Assert.Equal("domains", Assert.Throws<ArgumentException>(() => CreditScheduler.Run([new CreditDomain("x", Weight: 70000)])).ParamName);

        [Fact]
        public void Should_Reject_Zero_Physical_Cpus() =>
            Assert.Equal("physicalCpus", Assert.Throws<ArgumentOutOfRangeException>(() => CreditScheduler.Run([new CreditDomain("x")], 0)).ParamName);
    }
}
