using VirtLab.Scheduling;

namespace VirtLab.Tests.Scheduling;

public sealed class WorkloadTests
{
    public sealed class TheParseMethod
    {
        [Fact]
        public void Should_Read_Mlfq_Py_Job_Syntax()
        {
            var workload = Workload.Parse("0,200,0:100,20,5", ioTime: 3);

            Assert.Equal([new Job(0, 0, 200, 0, 3), new Job(1, 100, 20, 5, 3)], workload.Jobs);
        }

        [Theory]
        [InlineData("")]
        [InlineData("0")]
        [InlineData("0,1,2,3")]
        [InlineData("0,x")]
        public void Should_Reject_Malformed_Jobs(string spec) =>
            Assert.Equal("spec", Assert.Throws<ArgumentException>(() => Workload.Parse(spec)).ParamName);

        [Fact]
        public void Should_Reject_A_Negative_Run_Time()
        {
            var error = Assert.Throws<ArgumentException>(() => Workload.Parse("0,-5"));

            Assert.Equal("jobs", error.ParamName);
            Assert.Contains("run time must be a finite number >= 0", error.Message);
        }
    }

    public sealed class TheConstructor
    {
        [Fact]
        public void Should_Reject_An_Empty_Job_List() =>
            Assert.Equal("jobs", Assert.Throws<ArgumentException>(() => new Workload([])).ParamName);

        [Fact]
        public void Should_Reject_Ids_Out_Of_Order() =>
            Assert.Contains("ids must be 0, 1, 2", Assert.Throws<ArgumentException>(() => new Workload([new Job(1, 0, 1)])).Message);

        [Theory, InlineData(-21), InlineData(20)]
        public void Should_Reject_A_Bad_Nice(int nice) =>
            Assert.Throws<ArgumentException>(() => new Workload([new Job(0, 0, 1, Nice: nice)]));

        [Fact]
        public void Should_Reject_Zero_Tickets() =>
            Assert.Throws<ArgumentException>(() => new Workload([new Job(0, 0, 1, Tickets: 0)]));

        [Fact]
        public void Should_Reject_A_Deadline_Before_Arrival() =>
            Assert.Throws<ArgumentException>(() => new Workload([new Job(0, 5, 1, Deadline: 4)]));
    }

    public sealed class TheRandomMethods
    {
        [Fact]
        public void Should_Reject_Zero_Jobs() =>
            Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => Workload.Random(0, 10, 1)).ParamName);

        [Fact]
        public void Should_Be_Reproducible() =>
            Assert.Equal(Workload.Random(50, 30, 9).Jobs, Workload.Random(50, 30, 9).Jobs);
    }

    public sealed class ThePeriodicMethod
    {
        [Fact] // Liu & Layland task model: releases at multiples of the period, deadline at the next release
        public void Should_Release_Jobs_Over_The_Horizon()
        {
            var workload = Workload.Periodic([(1, 4), (2, 6)], horizon: 12);

            Assert.Equal(["T1.0", "T2.0", "T1.1", "T2.1", "T1.2"], workload.Jobs.Select(j => j.Label));
            Assert.Equal([4.0, 6, 8, 12, 12], workload.Jobs.Select(j => j.Deadline!.Value));
        }

        [Fact]
        public void Should_Match_The_Shipped_Real_Time_Set()
        {
            var shipped = Workload.LoadCsv(Path.Combine(RepositoryPaths.Root, "data", "workloads", "realtime.csv"));
            var generated = Workload.Periodic([(1, 4), (2, 6), (3, 12)], horizon: 12);

            Assert.Equal(
                generated.Jobs.Select(j => (j.Label, j.Arrival, j.Runtime, j.Deadline)).OrderBy(x => x.Label),
                shipped.Jobs.Select(j => (j.Label, j.Arrival, j.Runtime, j.Deadline)).OrderBy(x => x.Label));
        }

        [Fact]
        public void Should_Reject_A_Zero_Period() =>
            Assert.Equal("tasks", Assert.Throws<ArgumentException>(() => Workload.Periodic([(1, 0)], 10)).ParamName);
    }

    public sealed class TheParseCsvMethod
    {
        [Fact]
        public void Should_Read_Columns_By_Name_With_Defaults()
        {
            var workload = Workload.ParseCsv("# comment\nname,runtime,arrival,deadline\nA,10,0,\nB,5,2,20\n");

            Assert.Equal(new Job(0, 0, 10, Name: "A"), workload.Jobs[0]);
            Assert.Equal(new Job(1, 2, 5, Deadline: 20, Name: "B"), workload.Jobs[1]);
        }

        [Fact]
        public void Should_Name_The_Line_Of_A_Bad_Cell()
        {
            var error = Assert.Throws<ArgumentException>(() => Workload.ParseCsv("arrival,runtime\n0,ten\n"));

            Assert.Contains("Line 2", error.Message);
            Assert.Equal("csv", error.ParamName);
        }

        [Fact]
        public void Should_Reject_An_Unknown_Column() =>
            Assert.Contains("Unknown column 'speed'", Assert.Throws<ArgumentException>(() => Workload.ParseCsv("arrival,runtime,speed\n0,1,2\n")).Message);

        [Theory]
        [InlineData("batch.csv")]
        [InlineData("interactive-mix.csv")]
        [InlineData("realtime.csv")]
        [InlineData("realtime-overload.csv")]
        public void Should_Load_Every_Shipped_Workload(string file)
        {
            var workload = Workload.LoadCsv(Path.Combine(RepositoryPaths.Root, "data", "workloads", file));

            Assert.True(workload.Count >= 3);
        }
    }
}
