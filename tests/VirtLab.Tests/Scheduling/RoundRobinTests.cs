using VirtLab.Scheduling;

namespace VirtLab.Tests.Scheduling;

public sealed class RoundRobinTests
{
    public sealed class TheConstructor
    {
        [Theory, InlineData(0.0), InlineData(-1.0), InlineData(double.NaN), InlineData(double.PositiveInfinity)]
        public void Should_Reject_A_Bad_Quantum(double quantum) =>
            Assert.Equal("quantum", Assert.Throws<ArgumentOutOfRangeException>(() => new RoundRobin(quantum)).ParamName);
    }

    public sealed class TheRunMethod
    {
        [Fact] // OSTEP ch. 7, Figure 7.7: RR with a 1 s slice on 5, 5, 5: response 1, turnaround 14
        public void Should_Give_Good_Response_And_Poor_Turnaround()
        {
            var result = Scheduler.RoundRobin(1).Run(TestWorkloads.AtZero(5, 5, 5));

            Assert.Equal(1, result.AverageResponse, 9);
            Assert.Equal(14, result.AverageTurnaround, 9);
            Assert.Equal([13.0, 14, 15], result.Metrics.Select(m => m.Turnaround));
        }

        [Fact] // formulas.md §13 case 8 (derived, checked with scheduler.py): 10, 10, 10 -> 28, 29, 30
        public void Should_Finish_Equal_Jobs_One_Slice_Apart()
        {
            var result = Scheduler.RoundRobin(1).Run(TestWorkloads.AtZero(10, 10, 10));

            Assert.Equal(29, result.AverageTurnaround, 9);
        }

        [Fact]
        public void Should_Queue_An_Arrival_Before_The_Preempted_Job()
        {
            // Given job 0 (length 4) and job 1 arriving at 2 with quantum 2
            var result = Scheduler.RoundRobin(2).Run(Workload.Parse("0,4:2,2"));

            // Then job 1 runs at 2, before job 0's second slice
            Assert.Equal(2, result.Metrics[1].FirstRun);
            Assert.Equal(6, result.Metrics[0].Completion);
        }

        [Fact]
        public void Should_Merge_Consecutive_Slices_Of_The_Same_Job()
        {
            var result = Scheduler.RoundRobin(1).Run(TestWorkloads.AtZero(3));

            Assert.Equal([new TimelineSegment(0, 0, 0, 3)], result.Timeline);
        }

        [Fact]
        public void Should_Give_A_Fresh_Quantum_After_Io()
        {
            // Given job 0 that does I/O after every 1 unit (I/O time 1) and a CPU-bound job 1, quantum 4
            var result = Scheduler.RoundRobin(4).Run(Workload.Parse("0,3,1:0,6", ioTime: 1));

            // Then 0 runs [0,1), 1 runs [1,5), 0 runs [5,6), 1 runs [6,8), 0 runs [8,9)
            Assert.Equal(
                [(0, 0.0, 1.0), (1, 1, 5), (0, 5, 6), (1, 6, 8), (0, 8, 9)],
                result.Timeline.Select(s => (s.JobId, s.Start, s.End)));
        }
    }
}
