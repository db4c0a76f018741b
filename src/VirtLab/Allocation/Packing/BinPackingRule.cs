namespace VirtLab.Allocation.Packing;

/// <summary>The classic online and offline bin-packing heuristics.</summary>
public enum BinPackingRule
{
    /// <summary>Next Fit: keep only the current bin open; open a new one when the item does not fit.</summary>
    NextFit,

    /// <summary>First Fit: the lowest-numbered bin the item fits in.</summary>
    FirstFit,

    /// <summary>Best Fit: the fullest bin the item still fits in (ties to the lower index).</summary>
    BestFit,

    /// <summary>Worst Fit: the emptiest open bin the item fits in (ties to the lower index).</summary>
    WorstFit,

    /// <summary>First Fit Decreasing: sort items largest first, then First Fit.</summary>
    FirstFitDecreasing,

    /// <summary>Best Fit Decreasing: sort items largest first, then Best Fit.</summary>
    BestFitDecreasing,
}
