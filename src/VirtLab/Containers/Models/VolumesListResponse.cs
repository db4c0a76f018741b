namespace VirtLab.Containers.Models;

/// <summary>Reply of <c>GET /volumes</c>.</summary>
public class VolumesListResponse
{
    /// <summary>The volumes.</summary>
    public IList<VolumeResponse>? Volumes { get; set; }

    /// <summary>Warnings.</summary>
    public IList<string>? Warnings { get; set; }
}
