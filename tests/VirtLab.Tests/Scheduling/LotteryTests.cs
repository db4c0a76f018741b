using VirtLab.Scheduling;

namespace VirtLab.Tests.Scheduling;

public sealed class LotteryTests
{
    public sealed class TheRunMethod
    {
        [Fact] // OSTEP ch. 9 trace: A holds tickets 0-74, B 75-99
        public void Should_Replay_The_Ostep_Ticket_Trace()
        {
            // Given the book's winning tickets
            int[] winners = [63, 85, 70, 39, 76, 17, 29, 41, 36, 39, 10, 99, 68, 83, 63, 62, 43, 0, 49, 12];
            var next = 0;
            var lottery = new Lottery(1, _ => winners[next++]);

            // When A and B (75 and 25 tickets) need 16 and 4 quanta, so exactly 20 lotteries are drawn
            var result = lottery.Run(new Workload([new Job(0, 0, 16, Tickets: 75, Name: "A"), new Job(1, 0, 4, Tickets: 25, Name: "B")]));

            // Then the schedule is ABAABAAAAAABABAAAAAA and B ran 4 of 20 quanta
            var schedule = string.Concat(Enumerable.Range(0, 20).Select(t => result.Timeline.Single(s => s.Start <= t && t < s.End).JobId == 0 ? 'A' : 'B'));
            Assert.Equal("ABAABAAAAAABABAAAAAA", schedule);
            Assert.Equal(4, result.CpuTimeBetween(0, 20)[1]);
        }

        [Fact]
        public void Should_Be_Reproducible_For_A_Seed()
        {
            var workload = TestWorkloads.WithTickets(50, 10, 20, 30);

            Assert.Equal(new Lottery(1, 7).Run(workload).Timeline, new Lottery(1, 7).Run(workload).Timeline);
            Assert.NotEqual(new Lottery(1, 7).Run(workload).Timeline, new Lottery(1, 8).Run(workload).Timeline);
        }

        [Fact] // Waldspurger & Weihl 1994: wins ~ Binomial(n, p); here p = 0.75, n = 10 000, sigma = 0.0043
        public void Should_Give_Cpu_In_Proportion_To_Tickets_Over_Many_Quanta()
        {
            var result = new Lottery(1, 2024).Run(TestWorkloads.WithTickets(20_000, 75, 25));

            var cpu = result.CpuTimeBetween(0, 10_000);
            Assert.InRange(cpu[0] / 10_000, 0.75 - 0.02, 0.75 + 0.02);   // within about 5 sigma
            Assert.True(result.JainFairness > 0.99);
        }

        [Fact]
        public void Should_Reject_A_Bad_Quantum() =>
            Assert.Equal("quantum", Assert.Throws<ArgumentOutOfRangeException>(() => new Lottery(0, 1)).ParamName);
    }
}
