namespace VirtLab;

/// <summary>Facts about the VirtLab library itself.</summary>
public static class VirtLabInfo
{
    /// <summary>The label key every Docker resource VirtLab creates carries.</summary>
    public const string OwnerLabel = "virtlab.owner";
}
