namespace VirtLab.Allocation.Packing;

/// <summary>How vector bin packing orders the items before First Fit (the FFD variants of Panigrahy et al. 2011).</summary>
public enum VectorOrder
{
    /// <summary>Input order: plain First Fit.</summary>
    Input,

    /// <summary>Decreasing Σⱼ sᵢⱼ/Cⱼ (FFDSum).</summary>
    DecreasingSum,

    /// <summary>Decreasing maxⱼ sᵢⱼ/Cⱼ, the dominant share (FFDMax).</summary>
    DecreasingMax,

    /// <summary>Decreasing Πⱼ sᵢⱼ/Cⱼ (FFDProd).</summary>
    DecreasingProduct,

    /// <summary>Decreasing √Σⱼ (sᵢⱼ/Cⱼ)² (FFDL2).</summary>
    DecreasingL2,
}
