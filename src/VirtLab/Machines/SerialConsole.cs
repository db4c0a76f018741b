using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using VirtLab.Machines.Guest;

namespace VirtLab.Machines;

/// <summary>The guest's serial console (ttyS0): everything it printed, waiting for text, and running shell commands.</summary>
/// <remarks>
/// QEMU runs with <c>-serial stdio</c>, so the console is QEMU's stdin and stdout. The log keeps the last
/// <see cref="Capacity"/> characters (older text is dropped, positions stay absolute). Carriage returns are removed.
/// </remarks>
public sealed class SerialConsole
{
    /// <summary>How many characters of output the log keeps.</summary>
    public const int Capacity = 4 * 1024 * 1024;

    private readonly StringBuilder _log = new();
    private readonly object _lock = new();
    private readonly SemaphoreSlim _commandLock = new(1, 1);
    private readonly StreamWriter? _input;
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _dropped;
    private int _nextCommand;
    private bool _closed;

    internal SerialConsole(StreamReader output, StreamWriter? input)
    {
        _input = input;
        _ = Task.Run(() => PumpAsync(output));
    }

    /// <summary>Everything still in the log (the last <see cref="Capacity"/> characters).</summary>
    public string Text
    {
        get
        {
            lock (_lock)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>Absolute position of the end of the output so far; pass it to <see cref="WaitForAsync(Regex, TimeSpan, long, CancellationToken)"/> to wait only for newer text.</summary>
    public long Position
    {
        get
        {
            lock (_lock)
            {
                return _dropped + _log.Length;
            }
        }
    }

    /// <summary>True once QEMU closed its stdout (the process ended).</summary>
    public bool IsClosed
    {
        get
        {
            lock (_lock)
            {
                return _closed;
            }
        }
    }

    /// <summary>The last <paramref name="count"/> lines of output.</summary>
    public IReadOnlyList<string> Tail(int count = 20)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var lines = Text.TrimEnd('\n').Split('\n');
        return lines[Math.Max(0, lines.Length - count)..];
    }

    /// <summary>Waits until the output (from the start of the log) matches a regular expression.</summary>
    /// <param name="pattern">A .NET regular expression, e.g. <c>"VIRTLAB-READY.*"</c>.</param>
    /// <param name="timeout">How long to wait.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The first match.</returns>
    /// <exception cref="TimeoutException">No match in time, or QEMU exited; the message shows the last lines.</exception>
    public Task<Match> WaitForAsync(string pattern, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(pattern);
        return WaitForAsync(new Regex(pattern, RegexOptions.Multiline), timeout, 0, cancellationToken);
    }

    /// <summary>Waits until the output after absolute position <paramref name="from"/> matches <paramref name="pattern"/>.</summary>
    /// <exception cref="TimeoutException">No match in time, or QEMU exited; the message shows the last lines.</exception>
    public async Task<Match> WaitForAsync(Regex pattern, TimeSpan timeout, long from, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentOutOfRangeException.ThrowIfNegative(from);
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            Task changed;
            bool closed;
            lock (_lock)
            {
                var start = (int)Math.Max(0, from - _dropped);
                if (start <= _log.Length)
                {
                    var match = pattern.Match(_log.ToString(), start);
                    if (match.Success)
                    {
                        return match;
                    }
                }
                changed = _changed.Task;
                closed = _closed;
            }
            var left = timeout - deadline.Elapsed;
            if (closed || left <= TimeSpan.Zero)
            {
                throw new TimeoutException(
                    (closed ? $"The serial console closed (QEMU exited) before '{pattern}' appeared."
                            : $"'{pattern}' did not appear on the serial console within {timeout.TotalSeconds:0.#} s.")
                    + " Last lines:\n" + string.Join('\n', Tail(15)));
            }
            try
            {
                await changed.WaitAsync(left, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                // loop once more so the check above reports with the last lines
            }
        }
    }

    /// <summary>Types one line into the console (a newline is added).</summary>
    /// <exception cref="InvalidOperationException">The console is read-only or closed.</exception>
    public async Task WriteLineAsync(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_input is null || IsClosed)
        {
            throw new InvalidOperationException("The serial console is closed or read-only: is the machine running?");
        }
        await _input.WriteAsync((text + "\n").AsMemory(), cancellationToken).ConfigureAwait(false);
        await _input.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs a shell command in the guest and returns its output and exit code.</summary>
    /// <param name="command">A busybox <c>sh</c> command line, e.g. <c>"grep MemTotal /proc/meminfo"</c>. One line.</param>
    /// <param name="timeout">How long to wait for the command to finish. Default 30 s.</param>
    /// <param name="cancellationToken">Cancels the wait (the command keeps running in the guest).</param>
    /// <remarks>
    /// The console shell (started by <see cref="GuestInitScript"/>) reads commands from ttyS0 without echo.
    /// VirtLab wraps the command between two printf markers built from a counter, so the output is what lies between
    /// them; the marker text never appears literally in what is typed. Commands run one at a time.
    /// </remarks>
    /// <exception cref="ArgumentException">The command spans several lines.</exception>
    /// <exception cref="TimeoutException">The command did not finish in time (the message shows the last lines).</exception>
    public async Task<GuestCommandResult> RunAsync(string command, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(command);
        if (command.Contains('\n') || command.Contains('\r'))
        {
            throw new ArgumentException("The command must be a single line; join commands with ';' or '&&'.", nameof(command));
        }
        await _commandLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var number = Interlocked.Increment(ref _nextCommand);
            var nonce = $"{Environment.ProcessId % 10000}x{number}";
            var from = Position;
            var stopwatch = Stopwatch.StartNew();
            await WriteLineAsync($"printf 'VLB%s\\n' {nonce}; {{ {command}; }} 2>&1; printf 'VLE%s:%d\\n' {nonce} $?",
                cancellationToken).ConfigureAwait(false);
            var pattern = new Regex($"VLB{Regex.Escape(nonce)}\\n(?<out>[\\s\\S]*?)VLE{Regex.Escape(nonce)}:(?<rc>\\d+)\\n");
            var match = await WaitForAsync(pattern, timeout ?? TimeSpan.FromSeconds(30), from, cancellationToken).ConfigureAwait(false);
            return new GuestCommandResult(command, match.Groups["out"].Value, int.Parse(match.Groups["rc"].Value,
                System.Globalization.CultureInfo.InvariantCulture), stopwatch.Elapsed);
        }
        finally
        {
            _commandLock.Release();
        }
    }

    /// <summary>The last lines of output.</summary>
    public override string ToString() => string.Join('\n', Tail(20));

    internal void Append(string text)
    {
        lock (_lock)
        {
            _log.Append(text.Replace("\r", "", StringComparison.Ordinal));
            if (_log.Length > Capacity)
            {
                var drop = _log.Length - Capacity / 2;
                _log.Remove(0, drop);
                _dropped += drop;
            }
            var previous = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            previous.TrySetResult();
        }
    }

    private async Task PumpAsync(StreamReader output)
    {
        var buffer = new char[4096];
        try
        {
            while (true)
            {
                var read = await output.ReadAsync(buffer.AsMemory()).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }
                Append(new string(buffer, 0, read));
            }
        }
        catch (Exception exception) when (exception is IOException or ObjectDisposedException)
        {
            // the pipe closes when QEMU exits
        }
        lock (_lock)
        {
            _closed = true;
            _changed.TrySetResult();
        }
    }
}
