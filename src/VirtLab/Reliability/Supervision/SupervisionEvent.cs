using System.Globalization;

namespace VirtLab.Reliability.Supervision;

/// <summary>One line of a supervision timeline.</summary>
/// <param name="Time">When it happened (UTC).</param>
/// <param name="Container">The container's name.</param>
/// <param name="Kind">What happened.</param>
/// <param name="Detail">Specifics (delay, attempt, new id, error).</param>
public sealed record SupervisionEvent(DateTimeOffset Time, string Container, SupervisionEventKind Kind, string Detail)
{
    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Time:HH:mm:ss.fff} {Container} {Kind} {Detail}").TrimEnd();
}
