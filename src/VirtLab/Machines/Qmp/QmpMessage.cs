using System.Text.Json;

namespace VirtLab.Machines.Qmp;

/// <summary>One parsed message from a QMP server.</summary>
/// <param name="Kind">Greeting, return, error or event.</param>
/// <param name="Id">The <c>id</c> the reply echoes (null for greetings, events and id-less replies).</param>
/// <param name="Body">The <c>return</c> value, the <c>data</c> of an event, or the <c>QMP</c> object of a greeting.</param>
/// <param name="ErrorClass">The error's class (errors only).</param>
/// <param name="ErrorDescription">The error's description (errors only).</param>
/// <param name="EventName">The event's name (events only).</param>
/// <param name="Timestamp">The event's timestamp (events only).</param>
/// <remarks>Source: QEMU <c>docs/interop/qmp-spec.rst</c>, section 2 "Protocol Specification".</remarks>
public sealed record QmpMessage(QmpMessageKind Kind, string? Id, JsonElement Body, string? ErrorClass = null,
    string? ErrorDescription = null, string? EventName = null, DateTimeOffset? Timestamp = null)
{
    /// <summary>Parses one line of QMP output.</summary>
    /// <exception cref="FormatException">The line is not JSON, or a JSON object of none of the four kinds.</exception>
    public static QmpMessage Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(line);
            root = document.RootElement.Clone();
        }
        catch (JsonException exception)
        {
            throw new FormatException($"QMP sent something that is not JSON: '{Shorten(line)}'.", exception);
        }
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"QMP messages are JSON objects, but got: '{Shorten(line)}'.");
        }
        var id = root.TryGetProperty("id", out var idElement)
            ? idElement.ValueKind == JsonValueKind.String ? idElement.GetString() : idElement.GetRawText()
            : null;
        if (root.TryGetProperty("return", out var returned))
        {
            return new QmpMessage(QmpMessageKind.Return, id, returned);
        }
        if (root.TryGetProperty("error", out var error))
        {
            var errorClass = error.TryGetProperty("class", out var c) ? c.GetString() ?? "" : "";
            var description = error.TryGetProperty("desc", out var d) ? d.GetString() ?? "" : "";
            return new QmpMessage(QmpMessageKind.Error, id, error, errorClass, description);
        }
        if (root.TryGetProperty("event", out var name))
        {
            var data = root.TryGetProperty("data", out var dataElement) ? dataElement : EmptyObject;
            DateTimeOffset? timestamp = null;
            if (root.TryGetProperty("timestamp", out var time)
                && time.TryGetProperty("seconds", out var seconds) && time.TryGetProperty("microseconds", out var micro))
            {
                timestamp = DateTimeOffset.FromUnixTimeSeconds(seconds.GetInt64()).AddTicks(micro.GetInt64() * 10);
            }
            return new QmpMessage(QmpMessageKind.Event, null, data, EventName: name.GetString(), Timestamp: timestamp);
        }
        if (root.TryGetProperty("QMP", out var greeting))
        {
            return new QmpMessage(QmpMessageKind.Greeting, null, greeting);
        }
        throw new FormatException($"Unknown QMP message (no return, error, event or QMP member): '{Shorten(line)}'.");
    }

    /// <summary>Reads the version and capabilities out of a greeting message.</summary>
    /// <exception cref="InvalidOperationException">This message is not a greeting.</exception>
    public QmpGreeting ToGreeting()
    {
        if (Kind != QmpMessageKind.Greeting)
        {
            throw new InvalidOperationException($"A {Kind} message is not a greeting.");
        }
        var version = Body.GetProperty("version");
        var qemu = version.GetProperty("qemu");
        var capabilities = Body.TryGetProperty("capabilities", out var list)
            ? list.EnumerateArray().Select(e => e.GetString() ?? "").ToList()
            : [];
        return new QmpGreeting(qemu.GetProperty("major").GetInt32(), qemu.GetProperty("minor").GetInt32(),
            qemu.GetProperty("micro").GetInt32(),
            version.TryGetProperty("package", out var package) ? package.GetString()?.Trim() ?? "" : "", capabilities);
    }

    /// <summary>Builds the JSON text of a command: <c>{"execute": name, "arguments": {...}, "id": id}</c>.</summary>
    /// <param name="command">The command name, e.g. <c>query-status</c>.</param>
    /// <param name="arguments">Arguments (serialized with System.Text.Json), or null for none.</param>
    /// <param name="id">The id QEMU will echo.</param>
    public static string FormatCommand(string command, object? arguments, long id)
    {
        ArgumentException.ThrowIfNullOrEmpty(command);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("execute", command);
            if (arguments is not null)
            {
                writer.WritePropertyName("arguments");
                JsonSerializer.Serialize(writer, arguments, arguments.GetType());
            }
            writer.WriteNumber("id", id);
            writer.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();

    private static string Shorten(string line) => line.Length <= 200 ? line : line[..200] + "...";
}
