using VirtLab.Scheduling;

namespace VirtLab.Tests.Scheduling;

public sealed class FifoTests
{
    public sealed class TheRunMethod
    {
        [Fact] // OSTEP ch. 7, Figure 7.1: three 10 s jobs, average turnaround 20
        public void Should_Give_Average_Turnaround_20_For_Three_Equal_Jobs()
        {
            var result = Scheduler.Fifo.Run(TestWorkloads.AtZero(10, 10, 10));

            Assert.Equal(20, result.AverageTurnaround, 9);
            Assert.Equal(10, result.AverageResponse, 9);
        }

        [Fact] // OSTEP ch. 7, Figure 7.2: the convoy effect, (100 + 110 + 120) / 3 = 110
        public void Should_Show_The_Convoy_Effect()
        {
            var result = Scheduler.Fifo.Run(TestWorkloads.AtZero(100, 10, 10));

            Assert.Equal(110, result.AverageTurnaround, 9);
            Assert.Equal([new TimelineSegment(0, 0, 0, 100), new TimelineSegment(1, 0, 100, 110), new TimelineSegment(2, 0, 110, 120)], result.Timeline);
        }

        [Fact]
        public void Should_Leave_The_Cpu_Idle_Until_The_Next_Arrival()
        {
            // Given a job 0..5 and a job arriving at 10
            var result = Scheduler.Fifo.Run(Workload.Parse("0,5:10,5"));

            // Then the CPU idles 5 of 15 time units
            Assert.Equal(10, result.Metrics[1].FirstRun);
            Assert.Equal(10.0 / 15, result.Utilisation, 9);
        }

        [Fact]
        public void Should_Run_The_Next_Job_While_One_Does_Io()
        {
            // Given job 0 (run 4, I/O every 2 for 3) and job 1 (run 3)
            var result = Scheduler.Fifo.Run(Workload.Parse("0,4,2:0,3", ioTime: 3));

            // Then 0 runs 0-2, 1 runs 2-5, 0 (back at 5) runs 5-7
            Assert.Equal([new TimelineSegment(0, 0, 0, 2), new TimelineSegment(1, 0, 2, 5), new TimelineSegment(0, 0, 5, 7)], result.Timeline);
            Assert.Equal(3, result.Metrics[0].Blocked);
            Assert.Equal(0, result.Metrics[0].Wait, 9);   // 7 - 4 run - 3 blocked
            Assert.Contains(result.Events, e => e is { Kind: SchedulingEventKind.IoDone, Time: 5, JobId: 0 });
        }
    }
}
