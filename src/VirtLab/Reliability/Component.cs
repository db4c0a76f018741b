namespace VirtLab.Reliability;

/// <summary>A repairable component that alternates between up (mean <see cref="Mtbf"/>) and down (mean <see cref="Mttr"/>).</summary>
/// <param name="Name">A label for tables.</param>
/// <param name="Mtbf">Mean time between failures (mean up time). Range: &gt; 0.</param>
/// <param name="Mttr">Mean time to repair (mean down time), same unit. Range: &gt; 0.</param>
public sealed record Component(string Name, double Mtbf, double Mttr)
{
    /// <summary>Validates the parameters (throws naming the bad one).</summary>
    public Component Validate()
    {
        ArgumentNullException.ThrowIfNull(Name, nameof(Name));
        Guard.Positive(Mtbf, nameof(Mtbf));
        Guard.Positive(Mttr, nameof(Mttr));
        return this;
    }

    /// <summary>Steady-state availability MTBF/(MTBF + MTTR).</summary>
    public double Availability => Reliability.Availability.FromMtbf(Mtbf, Mttr);

    /// <inheritdoc />
    public override string ToString() => $"{Name} (MTBF {ResultTable.Number(Mtbf)}, MTTR {ResultTable.Number(Mttr)}, A = {ResultTable.Number(Availability)})";
}
