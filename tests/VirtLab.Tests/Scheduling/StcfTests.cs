using VirtLab.Scheduling;

namespace VirtLab.Tests.Scheduling;

public sealed class StcfTests
{
    public sealed class TheRunMethod
    {
        [Fact] // OSTEP ch. 7, Figure 7.5: (120 + 10 + 20) / 3 = 50
        public void Should_Preempt_The_Long_Job_When_Short_Ones_Arrive()
        {
            var result = Scheduler.Stcf.Run(Workload.Parse("0,100:10,10:10,10"));

            Assert.Equal(50, result.AverageTurnaround, 9);
            Assert.Equal([new TimelineSegment(0, 0, 0, 10), new TimelineSegment(1, 0, 10, 20), new TimelineSegment(2, 0, 20, 30), new TimelineSegment(0, 0, 30, 120)], result.Timeline);
        }

        [Fact]
        public void Should_Not_Preempt_For_An_Equal_Newcomer()
        {
            // Given job 0 with 5 left at t = 5 and job 1 of length 5 arriving then
            var result = Scheduler.Stcf.Run(Workload.Parse("0,10:5,5"));

            // Then job 0 keeps the CPU (earlier arrival wins the tie)
            Assert.Equal(10, result.Metrics[0].Completion);
        }
    }
}
