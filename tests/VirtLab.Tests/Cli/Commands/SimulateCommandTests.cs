using System.CommandLine;
using System.Text.Json;
using VirtLab.Cli.Commands;

namespace VirtLab.Tests.Cli.Commands;

public sealed class SimulateCommandTests
{
    private static (int ExitCode, string Output, string Error) Simulate(params string[] args)
    {
        var root = new RootCommand { SimulateCommand.Create() };
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = root.Parse(["simulate", .. args]).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }

    [Fact]
    public void Should_Echo_Arguments_First_And_Pose_The_Problem()
    {
        var (exitCode, output, _) = Simulate("-p", "RR", "-l", "5,5,5", "-q", "1");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("ARG policy RR" + Environment.NewLine + "ARG jlist 5,5,5", output);
        Assert.Contains("run this program again, with the same arguments,", output);
        Assert.DoesNotContain("Final statistics", output);
    }

    [Fact]
    public void Should_Print_Trace_And_Final_Table_With_Solve()
    {
        var (_, output, _) = Simulate("-p", "RR", "-l", "5,5,5", "-q", "1", "-c");

        Assert.Contains("Execution trace:", output);
        Assert.Contains("  Job   1 -- Response: 1.00  Turnaround 14.00  Wait 9.00", output);
        Assert.Contains("  Average -- Response: 1.00  Turnaround 14.00  Wait 9.00", output);
    }

    [Fact] // python3 mlfq.py -n 3 -q 10 -l 0,200,0:100,20,0 -c -> turnarounds 220, 20
    public void Should_Solve_Mlfq_Like_Mlfq_Py()
    {
        var (_, output, _) = Simulate("-p", "MLFQ", "-n", "3", "-q", "10", "-l", "0,200,0:100,20,0", "-c");

        Assert.Contains("ARG quantum length for queue  2 is  10", output);
        Assert.Contains("  Job   0 -- Response: 0.00  Turnaround 220.00", output);
        Assert.Contains("  Job   1 -- Response: 0.00  Turnaround 20.00", output);
    }

    [Fact]
    public void Should_Print_Json()
    {
        var (exitCode, output, _) = Simulate("-p", "SJF", "-s", "100", "-j", "5", "-m", "20", "--json");

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(29.2, json.RootElement.GetProperty("averages").GetProperty("turnaround").GetDouble(), 9);
        Assert.Equal(5, json.RootElement.GetProperty("metrics").GetArrayLength());
    }

    [Theory] // snapshots: the trace and table formats are part of the teaching material (STYLE 19)
    [InlineData("simulate-rr", "-p RR -l 5,5,5 -q 1 -c")]
    // Same event times as python3 mlfq.py -n 2 -q 5 -l 0,12,4:2,6,0 -i 3 -B 20 -c (IO_START 4, IO_DONE 7, FINISHED 1 at 11,
    // IO_START 14, IO_DONE 17, BOOST 20, FINISHED 0 at 21; response 0 and 2, turnaround 21 and 9).
    [InlineData("simulate-mlfq", "-p MLFQ -n 2 -q 5 -l 0,12,4:2,6,0 -i 3 -B 20 -c")]
    public void Should_Print_The_Verified_Transcript(string snapshot, string args)
    {
        var (_, output, _) = Simulate(args.Split(' '));

        var path = Path.Combine(RepositoryPaths.Root, "tests", "VirtLab.Tests", "Cli", "Commands", "Snapshots", snapshot + ".verified.txt");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings(), output.ReplaceLineEndings());
    }

    [Theory]
    [InlineData("quantum", "-p", "RR", "-q", "0", "-l", "5")]
    [InlineData("name", "-p", "NOPE", "-l", "5")]
    [InlineData("jobs", "-p", "FIFO", "-l", "5,-1")]
    [InlineData("runTimes", "-p", "FIFO", "-l", "")]
    [InlineData("Quanta", "-p", "MLFQ", "-Q", "10,0", "-A", "1,1", "-l", "0,5,0")]
    public void Should_Exit_2_With_A_Message_Naming_The_Parameter(string parameter, params string[] args)
    {
        var (exitCode, output, error) = Simulate(args);

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Contains($"(Parameter '{parameter}')", error);
    }
}
