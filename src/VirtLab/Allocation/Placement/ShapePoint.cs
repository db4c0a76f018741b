namespace VirtLab.Allocation.Placement;

/// <summary>A point of the RequestedToCapacityRatio scoring shape (<c>UtilizationShapePoint</c>).</summary>
/// <param name="Utilization">Utilisation in percent. Range: 0..100, strictly increasing along the shape.</param>
/// <param name="Score">Score at that utilisation on the configuration scale. Range: 0..10 (MaxCustomPriorityScore).</param>
public readonly record struct ShapePoint(int Utilization, int Score);
