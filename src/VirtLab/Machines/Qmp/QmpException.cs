namespace VirtLab.Machines.Qmp;

/// <summary>QEMU answered a QMP command with <c>{"error": {"class": …, "desc": …}}</c>.</summary>
/// <remarks>
/// Classes seen in QEMU 7.2: <c>GenericError</c>, <c>CommandNotFound</c>, <c>DeviceNotActive</c>,
/// <c>DeviceNotFound</c>, <c>KVMMissingCap</c>. VirtLab adds <c>HumanMonitorError</c> for an HMP command whose text
/// reply starts with "Error" (HMP reports failures inside a successful return) and <c>ConnectionClosed</c>.
/// </remarks>
public sealed class QmpException : Exception
{
    /// <summary>Creates the exception from the error object's two fields.</summary>
    public QmpException(string errorClass, string description, string? command = null)
        : base(command is null ? $"{errorClass}: {description}" : $"QMP '{command}' failed with {errorClass}: {description}")
    {
        ErrorClass = errorClass;
        Description = description;
        Command = command;
    }

    /// <summary>The error's <c>class</c>, e.g. <c>DeviceNotActive</c>.</summary>
    public string ErrorClass { get; }

    /// <summary>The error's <c>desc</c>, a human-readable sentence from QEMU.</summary>
    public string Description { get; }

    /// <summary>The command that failed, when known.</summary>
    public string? Command { get; }
}
