using VirtLab.Scheduling;

namespace VirtLab.Tests.Scheduling;

/// <summary>
/// Per-job metrics and averages must equal those of OSTEP's homework simulators
/// (remzi-arpacidusseau/ostep-homework @6c6cfc7, cpu-sched/scheduler.py, cpu-sched-mlfq/mlfq.py,
/// cpu-sched-lottery/lottery.py), run with python3. Each case names the exact command line that produced its numbers.
/// </summary>
public sealed class OstepCompatibilityTests
{
    public sealed class SchedulerPy
    {
        public static TheoryData<string, string, double, double[], double[], double[]> Cases => new()
        {
            // python3 scheduler.py -p FIFO -l 10,10,10 -c
            { "FIFO", "10,10,10", 1, [0, 10, 20], [10, 20, 30], [0, 10, 20] },
            // python3 scheduler.py -p FIFO -l 100,10,10 -c
            { "FIFO", "100,10,10", 1, [0, 100, 110], [100, 110, 120], [0, 100, 110] },
            // python3 scheduler.py -p SJF -l 100,10,10 -c
            { "SJF", "100,10,10", 1, [20, 0, 10], [120, 10, 20], [20, 0, 10] },
            // python3 scheduler.py -p SJF -l 5,5,5 -c
            { "SJF", "5,5,5", 1, [0, 5, 10], [5, 10, 15], [0, 5, 10] },
            // python3 scheduler.py -p SJF -l 30,10,20,10 -c   (tie between jobs 1 and 3 goes to job 1)
            { "SJF", "30,10,20,10", 1, [40, 0, 20, 10], [70, 10, 40, 20], [40, 0, 20, 10] },
            // python3 scheduler.py -p RR -q 1 -l 5,5,5 -c
            { "RR", "5,5,5", 1, [0, 1, 2], [13, 14, 15], [8, 9, 10] },
            // python3 scheduler.py -p RR -q 1 -l 10,10,10 -c
            { "RR", "10,10,10", 1, [0, 1, 2], [28, 29, 30], [18, 19, 20] },
            // python3 scheduler.py -p RR -q 4 -l 2.5,7,3 -c
            { "RR", "2.5,7,3", 4, [0, 2.5, 6.5], [2.5, 12.5, 9.5], [0, 5.5, 6.5] },
        };

        [Theory]
        [MemberData(nameof(Cases))]
        public void Should_Match_Per_Job_Metrics_For_A_Job_List(string policy, string jobList, double quantum, double[] response, double[] turnaround, double[] wait)
        {
            var result = Scheduler.ByName(policy, quantum).Run(Workload.ParseRunTimes(jobList));

            AssertMetrics(result, response, turnaround, wait);
        }

        [Fact]
        public void Should_Draw_The_Same_Random_Jobs_And_Answers_As_Seed_100()
        {
            // python3 scheduler.py -p SJF -s 100 -j 5 -m 20      -> lengths 3, 10, 16, 15, 15
            // python3 scheduler.py -p SJF -s 100 -j 5 -m 20 -c   -> averages 17.40 / 29.20 / 17.40
            var workload = Workload.Random(5, 20, 100);
            Assert.Equal([3.0, 10, 16, 15, 15], workload.Jobs.Select(j => j.Runtime));

            var result = Scheduler.Sjf.Run(workload);

            AssertMetrics(result, [0, 3, 43, 13, 28], [3, 13, 59, 28, 43], [0, 3, 43, 13, 28]);
            Assert.Equal(17.40, result.AverageResponse, 2);
            Assert.Equal(29.20, result.AverageTurnaround, 2);
        }

        [Fact]
        public void Should_Match_Round_Robin_On_Random_Jobs_With_Seed_7()
        {
            // python3 scheduler.py -p RR -q 3 -s 7 -j 4 -m 30     -> lengths 10, 5, 20, 3
            // python3 scheduler.py -p RR -q 3 -s 7 -j 4 -m 30 -c  -> averages 4.50 / 23.50 / 14.00
            var workload = Workload.Random(4, 30, 7);
            Assert.Equal([10.0, 5, 20, 3], workload.Jobs.Select(j => j.Runtime));

            var result = Scheduler.RoundRobin(3).Run(workload);

            AssertMetrics(result, [0, 3, 6, 9], [27, 17, 38, 12], [17, 12, 18, 9]);
            Assert.Equal(14.00, result.AverageWait, 2);
        }

        [Fact]
        public void Should_Match_The_Default_Random_Problem_With_Seed_1()
        {
            // python3 scheduler.py -p FIFO -s 1 -c   -> lengths 2, 9, 8; averages 4.33 / 10.67 / 4.33
            var result = Scheduler.Fifo.Run(Workload.Random(3, 10, 1));

            Assert.Equal([2.0, 9, 8], result.Workload.Jobs.Select(j => j.Runtime));
            AssertMetrics(result, [0, 2, 11], [2, 11, 19], [0, 2, 11]);
        }
    }

    public sealed class MlfqPy
    {
        public static TheoryData<string, string, double[], double[]> Cases => new()
        {
            // python3 mlfq.py -n 3 -q 10 -l 0,200,0:100,20,0 -c          (OSTEP ch. 8 "along came a short job")
            { "-n 3 -q 10", "0,200,0:100,20,0", [0, 0], [220, 20] },
            // python3 mlfq.py -n 3 -q 10 -l 0,175,0:50,25,1 -i 5 -c
            { "-n 3 -q 10 -i 5", "0,175,0:50,25,1", [0, 0], [197, 160] },
            // python3 mlfq.py -n 3 -q 10 -l 0,200,0:100,50,5:100,50,5 -i 5 -c
            { "-n 3 -q 10 -i 5", "0,200,0:100,50,5:100,50,5", [0, 0, 5], [300, 155, 160] },
            // python3 mlfq.py -n 3 -q 10 -l 0,200,0:100,50,5:100,50,5 -i 5 -B 50 -c
            { "-n 3 -q 10 -i 5 -B 50", "0,200,0:100,50,5:100,50,5", [0, 10, 15], [300, 165, 170] },
            // python3 mlfq.py -n 3 -q 10 -l 0,200,0:80,100,9 -i 1 -c
            { "-n 3 -q 10 -i 1", "0,200,0:80,100,9", [0, 0], [272, 223] },
            // python3 mlfq.py -n 3 -q 10 -l 0,200,0:80,100,9 -i 1 -S -c   (gaming the scheduler)
            { "-n 3 -q 10 -i 1 -S", "0,200,0:80,100,9", [0, 0], [300, 111] },
            // python3 mlfq.py -Q 10,20,40 -A 1,2,3 -l 0,120,0:10,60,7:30,90,0 -i 3 -c
            { "-Q 10,20,40 -A 1,2,3 -i 3", "0,120,0:10,60,7:30,90,0", [0, 0, 0], [266, 260, 200] },
            // python3 mlfq.py -n 2 -q 5 -l 0,30,4:0,30,4:0,30,0 -i 4 -I -c
            { "-n 2 -q 5 -i 4 -I", "0,30,4:0,30,4:0,30,0", [0, 4, 9], [87, 84, 90] },
        };

        [Theory]
        [MemberData(nameof(Cases))]
        public void Should_Match_Response_And_Turnaround(string flags, string jobList, double[] response, double[] turnaround)
        {
            var (options, ioTime) = ParseFlags(flags);

            var result = new Mlfq(options).Run(Workload.Parse(jobList, ioTime));

            Assert.Equal(response, result.Metrics.Select(m => m.Response));
            Assert.Equal(turnaround, result.Metrics.Select(m => m.Turnaround));
        }

        [Fact]
        public void Should_Match_Random_Jobs_With_Boost()
        {
            // python3 mlfq.py -s 3 -j 4 -m 60 -M 8 -B 30 -c
            //   jobs (runTime, ioFreq): (15, 4) (22, 5) (37, 1) (1, 6); response 0 4 9 10; turnaround 34 48 235 11
            var workload = Workload.RandomWithIo(4, 60, 8, 3);
            Assert.Equal([15.0, 22, 37, 1], workload.Jobs.Select(j => j.Runtime));
            Assert.Equal([4.0, 5, 1, 6], workload.Jobs.Select(j => j.IoEvery));

            var result = new Mlfq(MlfqOptions.Uniform(3, 10, 1, boostPeriod: 30)).Run(workload);

            Assert.Equal([0.0, 4, 9, 10], result.Metrics.Select(m => m.Response));
            Assert.Equal([34.0, 48, 235, 11], result.Metrics.Select(m => m.Turnaround));
            Assert.Equal(82.00, result.AverageTurnaround, 2);
        }

        [Fact]
        public void Should_Match_The_Default_Random_Problem()
        {
            // python3 mlfq.py -s 1 -c   -> jobs (14, 8) (76, 3) (50, 5); response 0 8 11; turnaround 33 226 113
            var result = Scheduler.Mlfq().Run(Workload.RandomWithIo(3, 100, 10, 1));

            Assert.Equal([0.0, 8, 11], result.Metrics.Select(m => m.Response));
            Assert.Equal([33.0, 226, 113], result.Metrics.Select(m => m.Turnaround));
        }

        private static (MlfqOptions Options, double IoTime) ParseFlags(string flags)
        {
            int queues = 3, quantum = 10, boost = 0;
            double ioTime = 5;
            int[]? quanta = null, allotments = null;
            bool stay = false, bump = false;
            var parts = flags.Split(' ');
            for (var i = 0; i < parts.Length; i++)
            {
                switch (parts[i])
                {
                    case "-n": queues = int.Parse(parts[++i]); break;
                    case "-q": quantum = int.Parse(parts[++i]); break;
                    case "-B": boost = int.Parse(parts[++i]); break;
                    case "-i": ioTime = int.Parse(parts[++i]); break;
                    case "-Q": quanta = parts[++i].Split(',').Select(int.Parse).ToArray(); break;
                    case "-A": allotments = parts[++i].Split(',').Select(int.Parse).ToArray(); break;
                    case "-S": stay = true; break;
                    case "-I": bump = true; break;
                    default: throw new ArgumentException(parts[i]);
                }
            }

            quanta ??= Enumerable.Repeat(quantum, queues).ToArray();
            allotments ??= Enumerable.Repeat(1, quanta.Length).ToArray();
            return (new MlfqOptions(quanta, allotments, boost, stay, bump), ioTime);
        }
    }

    public sealed class LotteryPy
    {
        public static TheoryData<string, int, double[]> Cases => new()
        {
            // python3 lottery.py -l 10:100,20:100 -s 1 -c   -> JOB 0 DONE at 22, JOB 1 DONE at 30
            { "10:100,20:100", 1, [22, 30] },
            // python3 lottery.py -l 5:75,5:25 -s 0 -c       -> JOB 0 DONE at 6, JOB 1 DONE at 10
            { "5:75,5:25", 0, [6, 10] },
            // python3 lottery.py -l 8:10,4:50,6:40 -s 42 -c -> JOB 1 at 4, JOB 2 at 11, JOB 0 at 18
            { "8:10,4:50,6:40", 42, [18, 4, 11] },
        };

        [Theory]
        [MemberData(nameof(Cases))]
        public void Should_Pick_The_Same_Winners(string jobList, int seed, double[] completion)
        {
            var jobs = jobList.Split(',').Select((entry, i) =>
            {
                var fields = entry.Split(':');
                return new Job(i, 0, double.Parse(fields[0]), Tickets: int.Parse(fields[1]));
            });

            var result = new Lottery(1, seed).Run(new Workload(jobs));

            Assert.Equal(completion, result.Metrics.Select(m => m.Completion));
        }
    }

    private static void AssertMetrics(SimulationResult result, double[] response, double[] turnaround, double[] wait)
    {
        for (var i = 0; i < response.Length; i++)
        {
            Assert.Equal(response[i], result.Metrics[i].Response, 9);
            Assert.Equal(turnaround[i], result.Metrics[i].Turnaround, 9);
            Assert.Equal(wait[i], result.Metrics[i].Wait, 9);
        }
    }
}
