namespace VirtLab.Display;

/// <summary>
/// One formatter in the convention that <see cref="TypeFormatterSourceAttribute"/> describes:
/// renders values of <typeparamref name="T"/> as <see cref="MimeType"/>.
/// </summary>
/// <typeparam name="T">The type this formatter renders.</typeparam>
public sealed class MimeFormatter<T>
{
    private readonly Action<T, TextWriter> _write;

    /// <summary>Creates a formatter.</summary>
    /// <param name="mimeType">The MIME type written, for example <c>text/html</c>.</param>
    /// <param name="write">Writes one value.</param>
    public MimeFormatter(string mimeType, Action<T, TextWriter> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(mimeType);
        ArgumentNullException.ThrowIfNull(write);
        MimeType = mimeType;
        _write = write;
    }

    /// <summary>The MIME type this formatter writes.</summary>
    public string MimeType { get; }

    /// <summary>The type this formatter renders.</summary>
    public Type Type => typeof(T);

    /// <summary>Writes <paramref name="instance"/> if it is a <typeparamref name="T"/>.</summary>
    /// <returns><see langword="false"/> when the value is not a <typeparamref name="T"/> (the host then falls back).</returns>
    public bool Format(object instance, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (instance is not T value)
        {
            return false;
        }

        _write(value, writer);
        return true;
    }
}
