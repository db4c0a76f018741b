using VirtLab.Scheduling;

namespace VirtLab.Tests.Scheduling;

public sealed class CfsTests
{
    public sealed class TheSliceMethod
    {
        [Fact] // formulas.md §3a: nice 0 and nice 1 in a 6 ms period get 3.33189 and 2.66811 ms
        public void Should_Split_The_Target_Latency_By_Weight()
        {
            var cfs = new Cfs();

            Assert.Equal(3.33189, cfs.Slice(1024, 1024 + 820, 2), 5);
            Assert.Equal(2.66811, cfs.Slice(820, 1024 + 820, 2), 5);
        }

        [Fact] // kernel/sched/fair.c: more than latency/granularity = 8 tasks stretch the period to n * 0.75 ms
        public void Should_Not_Go_Below_The_Minimum_Granularity()
        {
            Assert.Equal(0.75, new Cfs().Slice(1024, 10 * 1024, 10), 12);
        }

        [Fact]
        public void Should_Reject_A_Total_Below_The_Weight() =>
            Assert.Equal("totalWeight", Assert.Throws<ArgumentOutOfRangeException>(() => new Cfs().Slice(1024, 100, 1)).ParamName);
    }

    public sealed class TheVirtualRuntimeMethod
    {
        [Theory] // formulas.md §3a: 1 ms at nice 0 -> 1 ms, nice 5 -> 3.056716 ms, nice 19 -> 68.2667 ms
        [InlineData(0, 1.0, 6)]
        [InlineData(5, 3.056716, 6)]
        [InlineData(19, 68.2667, 4)]
        public void Should_Scale_By_Nice0Load_Over_Weight(int nice, double expected, int digits) =>
            Assert.Equal(expected, Cfs.VirtualRuntime(1, nice), digits);
    }

    public sealed class TheRunMethod
    {
        [Fact] // formulas.md §3a: nice 0 vs 5 share 1024/1359 = 0.753495
        public void Should_Share_The_Cpu_By_Kernel_Weight()
        {
            var result = new Cfs().Run(TestWorkloads.WithNice(10_000, 0, 5));

            var cpu = result.CpuTimeBetween(0, 6000);
            Assert.Equal(0.753495, cpu[0] / 6000, 2);
            Assert.Equal(1, result.JainFairness!.Value, 3);
        }

        [Fact]
        public void Should_Give_Equal_Nice_Tasks_Equal_Time()
        {
            var result = new Cfs().Run(TestWorkloads.WithNice(600, 0, 0, 0));

            var cpu = result.CpuTimeBetween(0, 600);
            Assert.All(cpu, c => Assert.Equal(200, c, 0));
        }

        [Fact]
        public void Should_Start_A_New_Task_At_The_Minimum_Vruntime()
        {
            // Given job 1 arriving at t = 120 after job 0 ran alone
            var result = new Cfs().Run(new Workload([new Job(0, 0, 1000), new Job(1, 120, 1000)]));

            // Then they share the following 120 ms about equally (job 1 gets no catch-up burst)
            var cpu = result.CpuTimeBetween(120, 240);
            Assert.InRange(cpu[1], 54, 66);
        }

        [Fact]
        public void Should_Reject_Bad_Tunables() =>
            Assert.Equal("MinGranularity", Assert.Throws<ArgumentOutOfRangeException>(() => new Cfs(new CfsOptions(6, 7))).ParamName);
    }
}
