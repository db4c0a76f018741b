using VirtLab.Performance;

namespace VirtLab.Tests.Performance;

public sealed class QueueingTests
{
    public sealed class TheMm1Queue
    {
        [Fact] // Jain 1991, ch. 31, gateway example (recomputed, formulas.md section 9)
        public void Matches_the_gateway_example()
        {
            var q = Queueing.Mm1(125, 500);
            Assert.Equal(0.25, q.Utilization, 12);
            Assert.Equal(1.0 / 3, q.MeanNumberInSystem, 12);
            Assert.Equal(2.6667e-3, q.MeanResponseTime, 7);
            Assert.Equal(0.6667e-3, q.MeanWaitingTime, 7);
            Assert.Equal(1.49e-8, q.ProbabilityAtLeast(13), 10);
            Assert.Equal(10, q.BufferFor(1e-6));
        }

        [Fact] // Hillier & Lieberman M/M/s example, c = 1 (exact fractions)
        public void Matches_the_two_per_hour_example()
        {
            var q = Queueing.Mm1(2, 3);
            Assert.Equal(2.0 / 3, q.Utilization, 12);
            Assert.Equal(2, q.MeanNumberInSystem, 12);
            Assert.Equal(4.0 / 3, q.MeanNumberInQueue, 12);
            Assert.Equal(1, q.MeanResponseTime, 12);
            Assert.Equal(2.0 / 3, q.MeanWaitingTime, 12);
        }

        [Fact]
        public void State_probabilities_sum_to_one()
        {
            var q = Queueing.Mm1(2, 3);
            var sum = Enumerable.Range(0, 200).Sum(q.ProbabilityOf);
            Assert.Equal(1, sum, 12);
        }

        [Fact]
        public void Agrees_with_the_single_server_Mmc_queue()
        {
            var one = Queueing.Mm1(4, 5);
            var c = Queueing.Mmc(4, 5, 1);
            Assert.Equal(one.MeanNumberInSystem, c.MeanNumberInSystem, 10);
            Assert.Equal(one.MeanWaitingTime, c.MeanWaitingTime, 10);
            Assert.Equal(one.Utilization, c.ProbabilityOfWaiting, 12);
        }

        [Theory]
        [InlineData(0, 1, "arrivalRate")]
        [InlineData(double.NaN, 1, "arrivalRate")]
        [InlineData(1, -1, "serviceRate")]
        [InlineData(1, double.PositiveInfinity, "serviceRate")]
        [InlineData(3, 3, "arrivalRate")]
        public void Rejects_bad_rates(double lambda, double mu, string param) =>
            Assert.Equal(param, Assert.Throws<ArgumentOutOfRangeException>(() => Queueing.Mm1(lambda, mu)).ParamName);

        [Fact]
        public void Rejects_negative_counts_and_bad_loss_targets()
        {
            var q = Queueing.Mm1(1, 2);
            Assert.Equal("n", Assert.Throws<ArgumentOutOfRangeException>(() => q.ProbabilityOf(-1)).ParamName);
            Assert.Equal("lossProbability", Assert.Throws<ArgumentOutOfRangeException>(() => q.BufferFor(1)).ParamName);
        }

        [Fact]
        public void Displays_its_metrics()
        {
            var q = Queueing.Mm1(125, 500);
            Assert.Contains("rho = 0.25", q.ToString());
            Assert.Contains("<table", q.ToHtml());
        }
    }

    public sealed class TheMmcQueue
    {
        [Fact] // Hillier & Lieberman M/M/s example, c = 2 (exact fractions, formulas.md section 9)
        public void Matches_the_two_server_example()
        {
            var q = Queueing.Mmc(2, 3, 2);
            Assert.Equal(0.5, q.ProbabilityEmpty, 12);
            Assert.Equal(1.0 / 6, q.ProbabilityOfWaiting, 12);
            Assert.Equal(1.0 / 12, q.MeanNumberInQueue, 12);
            Assert.Equal(1.0 / 24, q.MeanWaitingTime, 12);
            Assert.Equal(3.0 / 8, q.MeanResponseTime, 12);
            Assert.Equal(3.0 / 4, q.MeanNumberInSystem, 12);
        }

        [Fact] // Call-centre Erlang C walkthrough: 360 calls / 30 min, 240 s handling, 55 agents
        public void Matches_the_call_centre_example()
        {
            var q = Queueing.Mmc(360.0 / 1800, 1.0 / 240, 55);
            Assert.Equal(48, q.OfferedLoad, 12);
            Assert.Equal(0.2387009, q.ProbabilityOfWaiting, 6);
            Assert.Equal(8.184, q.MeanWaitingTime, 3);
            Assert.Equal(0.8459, q.ServiceLevel(15), 4);
            Assert.Equal(0.8668, q.ServiceLevel(20), 4);
        }

        [Fact]
        public void Satisfies_littles_law()
        {
            var q = Queueing.Mmc(7, 1, 9);
            Assert.Equal(q.MeanNumberInSystem, LittlesLaw.MeanNumberInSystem(q.ArrivalRate, q.MeanResponseTime), 12);
            Assert.Equal(q.MeanNumberInQueue, q.ArrivalRate * q.MeanWaitingTime, 12);
        }

        [Fact]
        public void Rejects_unstable_or_bad_parameters()
        {
            Assert.Equal("arrivalRate", Assert.Throws<ArgumentOutOfRangeException>(() => Queueing.Mmc(6, 3, 2)).ParamName);
            Assert.Equal("servers", Assert.Throws<ArgumentOutOfRangeException>(() => Queueing.Mmc(1, 3, 0)).ParamName);
            Assert.Equal("time", Assert.Throws<ArgumentOutOfRangeException>(() => Queueing.Mmc(1, 3, 1).ServiceLevel(-1)).ParamName);
        }
    }

    public sealed class TheErlangFormulas
    {
        [Theory] // formulas.md section 9 checkpoints (derived) and the call-centre value
        [InlineData(1, 1.0, 0.5, 12)]
        [InlineData(5, 2.0, 0.036697, 6)]
        [InlineData(14, 10.0, 0.056819, 6)]
        [InlineData(55, 48.0, 0.0383743, 7)]
        public void ErlangB_matches_the_checkpoints(int c, double a, double expected, int digits) =>
            Assert.Equal(expected, Queueing.ErlangB(c, a), digits);

        [Fact]
        public void ErlangB_matches_the_recursion()
        {
            // B(0) = 1, B(k) = A B(k-1) / (k + A B(k-1))
            var b = 1.0;
            for (var k = 1; k <= 40; k++)
            {
                b = 7.5 * b / (k + 7.5 * b);
                Assert.Equal(b, Queueing.ErlangB(k, 7.5), 12);
            }
        }

        [Fact]
        public void ErlangC_matches_the_exact_value_and_the_erlang_B_identity()
        {
            Assert.Equal(4.0 / 9, Queueing.ErlangC(3, 2), 12);
            var b = Queueing.ErlangB(55, 48);
            Assert.Equal(55 * b / (55 - 48 * (1 - b)), Queueing.ErlangC(55, 48), 12);
        }

        [Fact]
        public void ErlangC_rejects_an_overloaded_system()
        {
            Assert.Equal("offeredLoad", Assert.Throws<ArgumentOutOfRangeException>(() => Queueing.ErlangC(3, 3)).ParamName);
            Assert.Equal("servers", Assert.Throws<ArgumentOutOfRangeException>(() => Queueing.ErlangB(0, 3)).ParamName);
        }
    }
}
