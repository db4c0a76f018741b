using System.CommandLine;
using System.Text.Json;
using VirtLab.Cli.Commands;

namespace VirtLab.Tests.Cli.Commands;

public sealed class SimulateCommandTests
{
    private static readonly string OstepFolder = Path.Combine(RepositoryPaths.Root, "tests", "VirtLab.Tests", "Cli", "Commands", "Ostep");

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

        Assert.Contains("OPTIONS quantum length for queue  2 is  10", output);
        Assert.Contains("  Job  0: startTime   0 - response   0 - turnaround 220", output);
        Assert.Contains("  Job  1: startTime 100 - response   0 - turnaround  20", output);
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

    public static TheoryData<string, string, string> OstepCases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var line in File.ReadLines(Path.Combine(OstepFolder, "cases.txt")).Where(l => l.Length > 0 && l[0] != '#'))
        {
            var parts = line.Split(' ', 3);
            data.Add(parts[0], parts[1], parts[2]);
        }

        return data;
    }

    [Theory] // the text is OSTEP's own, captured from its scripts (Ostep/cases.txt says how)
    [MemberData(nameof(OstepCases))]
    public void Should_Print_Exactly_What_Ostep_Prints(string name, string script, string args)
    {
        var ours = script == "mlfq.py" ? ["-p", "MLFQ", .. args.Split(' ')] : args.Split(' ');

        var (exitCode, output, _) = Simulate(ours);

        Assert.Equal(0, exitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(OstepFolder, name + ".txt")).ReplaceLineEndings(), output.ReplaceLineEndings());
    }

    [Fact]
    public void Should_Add_The_Utilisation_Line_Only_With_Stats()
    {
        var plain = Simulate("-p", "RR", "-l", "5,5,5", "-c").Output;
        var (_, withStats, _) = Simulate("-p", "RR", "-l", "5,5,5", "-c", "--stats");

        Assert.DoesNotContain("utilisation", plain);
        Assert.Equal(plain + "  CPU utilisation 100.0 %; deadline misses 0" + Environment.NewLine, withStats);
    }

    [Theory] // our own format, for what scheduler.py cannot pose (STYLE 19: the transcript is teaching material)
    [InlineData("simulate-stcf-io", "-p STCF -l 0,12,4:2,6,0:3,2.5,0 -i 3 -c --stats")]
    [InlineData("simulate-lottery", "-p LOTTERY -l 0,4,0:1,3,0 -q 1 -s 2 -c")]
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
    [InlineData("workload", "-p", "MLFQ", "-l", "0,0,0")]
    public void Should_Exit_2_With_A_Message_Naming_The_Parameter(string parameter, params string[] args)
    {
        var (exitCode, output, error) = Simulate(args);

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Contains($"(Parameter '{parameter}')", error);
    }
}
