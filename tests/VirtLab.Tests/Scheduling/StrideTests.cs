using VirtLab.Scheduling;

namespace VirtLab.Tests.Scheduling;

public sealed class StrideTests
{
    public sealed class TheRunMethod
    {
        [Fact] // OSTEP ch. 9 stride example: tickets 100, 50, 250 -> strides 100, 200, 40
        public void Should_Follow_The_Ostep_Pass_Table()
        {
            var workload = new Workload([new Job(0, 0, 100, Tickets: 100), new Job(1, 0, 100, Tickets: 50), new Job(2, 0, 100, Tickets: 250)]);

            var result = new Stride(1).Run(workload);

            var order = string.Concat(Enumerable.Range(0, 8).Select(t => "ABC"[result.Timeline.Single(s => s.Start <= t && t < s.End).JobId]));
            Assert.Equal("ABCCCACC", order);
            Assert.Equal([2.0, 1, 5], result.CpuTimeBetween(0, 8));
        }

        [Fact] // deterministic proportional share: exact after every full round
        public void Should_Be_Exactly_Proportional_After_Whole_Rounds()
        {
            var result = new Stride(1).Run(TestWorkloads.WithTickets(1000, 100, 50, 250));

            Assert.Equal([200.0, 100, 500], result.CpuTimeBetween(0, 800));
            Assert.Equal(1, result.JainFairness!.Value, 3);
        }

        [Fact]
        public void Should_Not_Let_A_Late_Arrival_Monopolise_The_Cpu()
        {
            // Given job 1 arriving at 100 while job 0 has run alone (pass 10 000)
            var workload = new Workload([new Job(0, 0, 300), new Job(1, 100, 100)]);

            var result = new Stride(1).Run(workload);

            // Then from t = 100 they alternate instead of job 1 running 100 quanta in a row
            var cpu = result.CpuTimeBetween(100, 140);
            Assert.Equal(20, cpu[0], 0);
            Assert.Equal(20, cpu[1], 0);
        }
    }
}
