namespace VirtLab.Allocation.Placement;

/// <summary>One resource of a candidate node as kube-scheduler scores it.</summary>
/// <param name="Resource">Resource name, for example "cpu" (millicores) or "memory" (bytes).</param>
/// <param name="Requested">Requests already on the node plus the incoming pod's request. Range: ≥ 0.</param>
/// <param name="Allocatable">The node's allocatable amount. Range: &gt; 0.</param>
/// <param name="Weight">Weight of this resource in the node score (scoring strategy <c>resources[].weight</c>).
/// Range: 1 ≤ w ≤ 100 (the scheduler's validation).</param>
public sealed record ResourceUse(string Resource, long Requested, long Allocatable, long Weight = 1)
{
    /// <summary>Requested / allocatable, capped at 1 (the fraction BalancedAllocation uses).</summary>
    public double Fraction => Math.Min((double)Requested / Allocatable, 1.0);

    internal void Validate(string parameterName)
    {
        if (string.IsNullOrWhiteSpace(Resource))
        {
            throw new ArgumentException("Every resource needs a name.", parameterName);
        }

        if (Requested < 0)
        {
            throw new ArgumentOutOfRangeException(parameterName, Requested, $"Requested {Resource} must not be negative.");
        }

        if (Allocatable <= 0)
        {
            throw new ArgumentOutOfRangeException(parameterName, Allocatable, $"Allocatable {Resource} must be positive.");
        }

        if (Weight is < 1 or > 100)
        {
            throw new ArgumentOutOfRangeException(parameterName, Weight, $"The weight of {Resource} must be in 1..100.");
        }
    }
}
