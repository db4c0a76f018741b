using VirtLab.Scheduling;

namespace VirtLab.Tests.Scheduling;

public sealed class EdfTests
{
    public sealed class TheRunMethod
    {
        [Fact] // Liu & Layland 1973: U = 1/4 + 2/6 + 3/12 = 0.83 <= 1, so EDF meets every deadline
        public void Should_Meet_All_Deadlines_Of_A_Feasible_Periodic_Set()
        {
            var result = Scheduler.Edf.Run(Periodic((1, 4), (2, 6), (3, 12)));

            Assert.Equal(0, result.DeadlineMisses);
        }

        [Fact] // U = 2/4 + 3/6 + 3/12 = 1.25 > 1: some deadline must be missed
        public void Should_Report_Misses_When_Overloaded()
        {
            var result = Scheduler.Edf.Run(Periodic((2, 4), (3, 6), (3, 12)));

            Assert.True(result.DeadlineMisses > 0);
            Assert.Equal(result.DeadlineMisses, result.Events.Count(e => e.Kind == SchedulingEventKind.DeadlineMiss));
            Assert.All(result.Metrics.Where(m => m.MissedDeadline), m => Assert.True(m.Completion > m.Deadline));
        }

        [Fact]
        public void Should_Preempt_For_An_Earlier_Deadline()
        {
            // Given a job due at 100 and a job arriving at 2 due at 5
            var result = Scheduler.Edf.Run(new Workload([new Job(0, 0, 10, Deadline: 100), new Job(1, 2, 2, Deadline: 5)]));

            Assert.Equal(2, result.Metrics[1].FirstRun);
            Assert.Equal(4, result.Metrics[1].Completion);
            Assert.Equal(0, result.DeadlineMisses);
        }

        [Fact]
        public void Fifo_Should_Miss_A_Deadline_That_Edf_Meets()
        {
            var workload = new Workload([new Job(0, 0, 10, Deadline: 20), new Job(1, 0, 2, Deadline: 3)]);

            Assert.Equal(1, Scheduler.Fifo.Run(workload).DeadlineMisses);
            Assert.Equal(0, Scheduler.Edf.Run(workload).DeadlineMisses);
        }
    }

    private static Workload Periodic(params (double Cost, double Period)[] tasks) => Workload.Periodic(tasks, horizon: 12);
}
