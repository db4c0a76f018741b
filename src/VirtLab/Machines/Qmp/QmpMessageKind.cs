namespace VirtLab.Machines.Qmp;

/// <summary>The four kinds of message a QMP server sends.</summary>
public enum QmpMessageKind
{
    /// <summary><c>{"QMP": {"version": …, "capabilities": […]}}</c>, once, right after connecting.</summary>
    Greeting,

    /// <summary><c>{"return": …, "id": …}</c>: a command succeeded.</summary>
    Return,

    /// <summary><c>{"error": {"class", "desc"}, "id": …}</c>: a command failed.</summary>
    Error,

    /// <summary><c>{"event": NAME, "data": {…}, "timestamp": {"seconds", "microseconds"}}</c>, at any time.</summary>
    Event,
}
