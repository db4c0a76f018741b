using VirtLab.Scheduling;

namespace VirtLab.Tests.Scheduling;

public sealed class SjfTests
{
    public sealed class TheRunMethod
    {
        [Fact] // OSTEP ch. 7, Figure 7.3: (10 + 20 + 120) / 3 = 50
        public void Should_Run_Short_Jobs_First()
        {
            var result = Scheduler.Sjf.Run(TestWorkloads.AtZero(100, 10, 10));

            Assert.Equal(50, result.AverageTurnaround, 9);
            Assert.Equal([120.0, 10, 20], result.Metrics.Select(m => m.Turnaround));
        }

        [Fact] // OSTEP ch. 7, Figure 7.4: B and C arrive at 10, after A started: (100 + 100 + 110) / 3 = 103.33
        public void Should_Not_Preempt_A_Running_Job()
        {
            var result = Scheduler.Sjf.Run(Workload.Parse("0,100:10,10:10,10"));

            Assert.Equal(310.0 / 3, result.AverageTurnaround, 9);
        }

        [Fact] // OSTEP ch. 7, "A new metric: response time": SJF on 5, 5, 5 has average response 5
        public void Should_Have_Poor_Response_Time()
        {
            Assert.Equal(5, Scheduler.Sjf.Run(TestWorkloads.AtZero(5, 5, 5)).AverageResponse, 9);
        }
    }
}
