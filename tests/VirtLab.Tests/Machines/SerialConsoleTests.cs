using System.IO.Pipes;
using System.Text.RegularExpressions;
using VirtLab.Machines;

namespace VirtLab.Tests.Machines;

public sealed class SerialConsoleTests
{
    // A fake guest: the console reads "guest output" from one pipe and writes "typed input" to another.
    private sealed class FakeGuest : IDisposable
    {
        private readonly AnonymousPipeServerStream _outputServer = new(PipeDirection.Out);
        private readonly AnonymousPipeServerStream _inputServer = new(PipeDirection.In);

        public FakeGuest()
        {
            Output = new StreamWriter(_outputServer) { AutoFlush = true };
            Input = new StreamReader(_inputServer);
            Console = new SerialConsole(
                new StreamReader(new AnonymousPipeClientStream(PipeDirection.In, _outputServer.ClientSafePipeHandle)),
                new StreamWriter(new AnonymousPipeClientStream(PipeDirection.Out, _inputServer.ClientSafePipeHandle)));
        }

        public SerialConsole Console { get; }
        public StreamWriter Output { get; }
        public StreamReader Input { get; }

        public void Dispose()
        {
            Output.Dispose();
            Input.Dispose();
        }
    }

    [Fact]
    public async Task WaitForAsync_matches_output_and_removes_carriage_returns()
    {
        using var guest = new FakeGuest();
        await guest.Output.WriteAsync("booting\r\nVIRTLAB-READY kernel=6.1 uptime=1.50\r\n");
        var match = await guest.Console.WaitForAsync(@"uptime=(\d+\.\d+)", TimeSpan.FromSeconds(10));
        Assert.Equal("1.50", match.Groups[1].Value);
        Assert.DoesNotContain('\r', guest.Console.Text);
        Assert.Equal(["booting", "VIRTLAB-READY kernel=6.1 uptime=1.50"], guest.Console.Tail(2));
    }

    [Fact]
    public async Task WaitForAsync_times_out_with_the_last_lines_in_the_message()
    {
        using var guest = new FakeGuest();
        await guest.Output.WriteAsync("Kernel panic - not syncing\n");
        var error = await Assert.ThrowsAsync<TimeoutException>(() => guest.Console.WaitForAsync("never", TimeSpan.FromMilliseconds(200)));
        Assert.Contains("Kernel panic", error.Message);
    }

    [Fact]
    public async Task RunAsync_types_a_marked_command_and_returns_what_lies_between_the_markers()
    {
        using var guest = new FakeGuest();
        var run = guest.Console.RunAsync("uname -r", TimeSpan.FromSeconds(10));
        var typed = await guest.Input.ReadLineAsync();
        // The typed line must not contain the markers literally, or an echoing tty would fake a result.
        var nonce = Regex.Match(typed!, @"printf 'VLB%s\\n' (\S+);").Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.DoesNotContain($"VLB{nonce}", typed);
        Assert.Contains("{ uname -r; } 2>&1", typed);
        await guest.Output.WriteAsync($"noise\r\nVLB{nonce}\r\n6.1.0-26-amd64\r\nVLE{nonce}:3\r\n");
        var result = await run;
        Assert.Equal("6.1.0-26-amd64\n", result.Output);
        Assert.Equal(3, result.ExitCode);
    }

    [Fact]
    public async Task RunAsync_refuses_multi_line_commands()
    {
        using var guest = new FakeGuest();
        var error = await Assert.ThrowsAsync<ArgumentException>(() => guest.Console.RunAsync("ls\nrm -rf /"));
        Assert.Equal("command", error.ParamName);
    }
}
