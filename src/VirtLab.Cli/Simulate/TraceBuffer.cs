using System.Globalization;
using System.Text;

namespace VirtLab.Cli.Simulate;

/// <summary>
/// One buffered ASCII writer for a simulation's text output, with the number formats of Python's <c>%</c> operator
/// that OSTEP's simulators use. Lines are formatted straight into a byte buffer (no string per line, no boxing) and
/// written in 64 KiB blocks, so a trace of any length streams in constant memory.
/// </summary>
internal sealed class TraceBuffer : IDisposable
{
    private const int Size = 1 << 16;
    private const int Slack = 512;   // longer than any line we format in one go
    private static readonly byte[] s_newLine = Encoding.ASCII.GetBytes(Environment.NewLine);

    private readonly Stream? _stream;
    private readonly TextWriter? _writer;
    private readonly byte[] _buffer = new byte[Size + Slack];
    private char[]? _chars;
    private int _length;

    /// <summary>Writes to a byte stream (standard output).</summary>
    public TraceBuffer(Stream stream) => _stream = stream;

    /// <summary>Writes to a text writer (tests, or a console that was redirected in process).</summary>
    public TraceBuffer(TextWriter writer) => _writer = writer;

    /// <summary>Appends ASCII text.</summary>
    public TraceBuffer Text(ReadOnlySpan<byte> ascii)
    {
        if (ascii.Length > Slack)
        {
            Flush();
            Write(ascii);
            return this;
        }

        ascii.CopyTo(_buffer.AsSpan(_length));
        _length += ascii.Length;
        return this;
    }

    /// <summary>Appends text that may hold any characters (job names, file paths): encoded as UTF-8.</summary>
    public TraceBuffer Text(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return Text(bytes);
    }

    /// <summary>Ends the line; flushes a full buffer.</summary>
    public TraceBuffer Line()
    {
        Text(s_newLine);
        if (_length >= Size)
        {
            Flush();
        }

        return this;
    }

    /// <summary>Python <c>%{width}d</c> of an integer: right-aligned in at least <paramref name="width"/> characters.</summary>
    public TraceBuffer Int(long value, int width = 0)
    {
        Span<byte> digits = stackalloc byte[20];
        var magnitude = value < 0 ? (ulong)(-(value + 1)) + 1 : (ulong)value;
        var count = 0;
        do
        {
            digits[^++count] = (byte)('0' + (int)(magnitude % 10));
            magnitude /= 10;
        }
        while (magnitude != 0);

        var length = count + (value < 0 ? 1 : 0);
        for (var i = length; i < width; i++)
        {
            _buffer[_length++] = (byte)' ';
        }

        if (value < 0)
        {
            _buffer[_length++] = (byte)'-';
        }

        digits[^count..].CopyTo(_buffer.AsSpan(_length));
        _length += count;
        return this;
    }

    /// <summary>Python <c>%{width}d</c> of a float: the value truncated toward zero.</summary>
    public TraceBuffer IntOf(double value, int width = 0)
    {
        var truncated = Math.Truncate(value);
        if (Math.Abs(truncated) < 9e18)
        {
            return Int((long)truncated, width);
        }

        return Formatted(truncated, "F0", width);
    }

    /// <summary>Python <c>%.2f</c>: rounded from the exact binary value, ties to even (as C's printf), which
    /// differs from .NET's "F2" (ties away from zero) on values such as 0.125.</summary>
    public TraceBuffer Fixed2(double value)
    {
        if (value < 0 || (value == 0 && double.IsNegative(value)))
        {
            _buffer[_length++] = (byte)'-';   // as printf: "-0.00" for small negative values
            value = -value;
        }

        long cents;
        var eighths = value * 8;   // exact: a power of two
        if (eighths == Math.Floor(eighths) && eighths < 1e13)
        {
            // value = eighths / 8 exactly, so value · 1000 = eighths · 125 is an exact integer ending in 0 or 5.
            var thousandths = (long)eighths * 125;
            cents = thousandths / 10;
            if (thousandths % 10 == 5 && (cents & 1) == 1)
            {
                cents++;   // an exact tie: to even
            }
        }
        else
        {
            // Not a multiple of 1/8, hence not a tie at two decimals: round the exact decimal expansion half up.
            Span<char> exact = stackalloc char[400];
            if (!value.TryFormat(exact, out var written, "F20", CultureInfo.InvariantCulture) || written > 36)
            {
                return Formatted(value, "F2", 0);
            }

            var point = exact[..written].IndexOf('.');
            cents = 0;
            for (var i = 0; i < point; i++)
            {
                cents = cents * 10 + (exact[i] - '0');
            }

            cents = cents * 100 + (exact[point + 1] - '0') * 10 + (exact[point + 2] - '0');
            if (exact[point + 3] >= '5')
            {
                cents++;
            }
        }

        Int(cents / 100);
        _buffer[_length++] = (byte)'.';
        _buffer[_length++] = (byte)('0' + (int)(cents % 100 / 10));
        _buffer[_length++] = (byte)('0' + (int)(cents % 10));
        return this;
    }

    /// <summary>Python <c>str(float)</c> (its repr): shortest digits that read back the same, "10.0" for whole numbers.</summary>
    public TraceBuffer PythonFloat(double value)
    {
        if (value == Math.Floor(value) && Math.Abs(value) < 1e16)
        {
            Int((long)value);
            return Text(".0"u8);
        }

        Span<char> text = stackalloc char[64];
        value.TryFormat(text, out var written, "R", CultureInfo.InvariantCulture);
        foreach (var c in text[..written])
        {
            _buffer[_length++] = (byte)(c == 'E' ? 'e' : c);
        }

        return this;
    }

    /// <summary>A number with up to two decimals ("0.##"), right-aligned in <paramref name="width"/> characters.</summary>
    public TraceBuffer Short(double value, int width = 0)
    {
        if (value == Math.Floor(value) && Math.Abs(value) < 9e18)
        {
            return Int((long)value, width);
        }

        return Formatted(value, "0.##", width);
    }

    /// <summary>Writes out what is buffered.</summary>
    public void Flush()
    {
        if (_length > 0)
        {
            Write(_buffer.AsSpan(0, _length));
            _length = 0;
        }

        _stream?.Flush();
    }

    /// <inheritdoc/>
    public void Dispose() => Flush();

    private TraceBuffer Formatted(double value, string format, int width)
    {
        Span<char> text = stackalloc char[400];
        value.TryFormat(text, out var written, format, CultureInfo.InvariantCulture);
        if (written + width > Slack)
        {
            Flush();
        }

        for (var i = written; i < width; i++)
        {
            _buffer[_length++] = (byte)' ';
        }

        foreach (var c in text[..written])
        {
            _buffer[_length++] = (byte)c;
        }

        return this;
    }

    private void Write(ReadOnlySpan<byte> bytes)
    {
        if (_stream is not null)
        {
            _stream.Write(bytes);
            return;
        }

        _chars ??= new char[Size + Slack];
        var chars = _chars.Length >= bytes.Length ? _chars : new char[bytes.Length];
        var count = Encoding.UTF8.GetChars(bytes, chars);
        _writer!.Write(chars, 0, count);
    }
}
