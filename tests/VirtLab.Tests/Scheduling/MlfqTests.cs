using VirtLab.Scheduling;

namespace VirtLab.Tests.Scheduling;

public sealed class MlfqTests
{
    public sealed class TheConstructor
    {
        [Fact]
        public void Should_Reject_A_Zero_Quantum() =>
            Assert.Equal("Quanta", Assert.Throws<ArgumentOutOfRangeException>(() => new Mlfq(new MlfqOptions([10, 0], [1, 1]))).ParamName);

        [Fact]
        public void Should_Reject_Mismatched_Allotments() =>
            Assert.Equal("Allotments", Assert.Throws<ArgumentException>(() => new Mlfq(new MlfqOptions([10, 10], [1]))).ParamName);

        [Fact]
        public void Should_Reject_A_Negative_Boost_Period() =>
            Assert.Equal("BoostPeriod", Assert.Throws<ArgumentOutOfRangeException>(() => new Mlfq(new MlfqOptions([10], [1], BoostPeriod: -1))).ParamName);
    }

    public sealed class TheRunMethod
    {
        [Fact] // OSTEP ch. 8, Figure 8.3 "along came a short job": A = 200 at 0, B = 20 at 100
        public void Should_Approximate_Sjf_For_A_Short_Job()
        {
            var result = Scheduler.Mlfq(MlfqOptions.Uniform(3, 10)).Run(Workload.Parse("0,200,0:100,20,0"));

            Assert.Equal(220, result.Metrics[0].Turnaround);
            Assert.Equal(0, result.Metrics[1].Response);
            Assert.Equal(20, result.Metrics[1].Turnaround);
            Assert.Equal(120, result.AverageTurnaround, 9);
        }

        [Fact] // OSTEP ch. 8 rules 3 and 4: a long job enters at the top and moves down once per allotment
        public void Should_Move_A_Long_Job_Down_One_Level_Per_Allotment()
        {
            var result = Scheduler.Mlfq(MlfqOptions.Uniform(3, 10)).Run(Workload.Parse("0,50,0"));

            Assert.Equal([(2, 0.0, 10.0), (1, 10, 20), (0, 20, 50)], result.Timeline.Select(s => (s.Queue, s.Start, s.End)));
        }

        [Fact] // OSTEP ch. 8 rule 5
        public void Should_Move_All_Jobs_To_Top_Queue_At_Each_Boost()
        {
            // Given two long jobs that sink to the bottom queue by t = 40
            var workload = Workload.Parse("0,100,0:0,100,0");

            // When MLFQ boosts every 50 ticks
            var boosted = Scheduler.Mlfq(MlfqOptions.Uniform(3, 10, 1, boostPeriod: 50)).Run(workload);
            var plain = Scheduler.Mlfq(MlfqOptions.Uniform(3, 10)).Run(workload);

            // Then the slice that starts at t = 50 runs in the top queue (2), not in queue 0
            Assert.Equal(2, boosted.Timeline.Single(s => s.Start == 50).Queue);
            Assert.Equal(0, plain.Timeline.Single(s => s.Start == 50).Queue);
            Assert.Contains(boosted.Events, e => e is { Kind: SchedulingEventKind.Boost, Time: 50 });
        }

        [Fact] // OSTEP ch. 8 "gaming the scheduler": with the old rule 4b (-S) a job that yields before its quantum ends stays on top
        public void Should_Let_A_Gaming_Job_Stay_On_Top_Only_Under_The_Old_Rule()
        {
            var workload = Workload.Parse("0,200,0:80,100,9", ioTime: 1);

            var gamed = new Mlfq(MlfqOptions.Uniform(3, 10) with { StayAfterIo = true }).Run(workload);
            var fixedRule = new Mlfq(MlfqOptions.Uniform(3, 10)).Run(workload);

            Assert.All(gamed.Timeline.Where(s => s.JobId == 1), s => Assert.Equal(2, s.Queue));
            Assert.Contains(fixedRule.Timeline, s => s.JobId == 1 && s.Queue < 2);
            Assert.True(gamed.Metrics[1].Turnaround < fixedRule.Metrics[1].Turnaround);
        }

        [Fact]
        public void Should_Reject_Fractional_Times()
        {
            var error = Assert.Throws<ArgumentException>(() => Scheduler.Mlfq().Run(Workload.FromRunTimes(2.5)));

            Assert.Equal("workload", error.ParamName);
        }

        [Fact]
        public void Should_Be_Deterministic()
        {
            var workload = Workload.RandomWithIo(20, 100, 10, seed: 5);
            var policy = Scheduler.Mlfq(MlfqOptions.Uniform(3, 5, 2, boostPeriod: 40));

            Assert.Equal(policy.Run(workload).Timeline, policy.Run(workload).Timeline);
        }
    }
}
