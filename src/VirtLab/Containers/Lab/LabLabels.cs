namespace VirtLab.Containers.Lab;

/// <summary>The labels VirtLab puts on everything it creates, so cleanup removes exactly that and nothing else.</summary>
public static class LabLabels
{
    /// <summary>On every VirtLab resource; value <see cref="OwnerValue"/>.</summary>
    public const string Owner = VirtLabInfo.OwnerLabel;

    /// <summary>The value of <see cref="Owner"/>.</summary>
    public const string OwnerValue = "virtlab";

    /// <summary>The lab session that created the resource (a random id per <see cref="LabSession"/>).</summary>
    public const string Session = "virtlab.session";

    /// <summary>
    /// The notebook run (or grading run) that created the resource, taken from the environment variable
    /// <see cref="RunEnvironmentVariable"/>; the runner removes everything with its run id when the notebook
    /// ends, even if the notebook crashed before disposing its session.
    /// </summary>
    public const string Run = "virtlab.run";

    /// <summary>The environment variable that carries the run id into a notebook's worker process.</summary>
    public const string RunEnvironmentVariable = "VIRTLAB_RUN_ID";

    /// <summary>The process that created the resource (<see cref="LabCreator"/>): cleanup keeps live sessions' resources.</summary>
    public const string Creator = "virtlab.creator";

    /// <summary>Marks long-lived images (<c>lab-image</c>) that cleanup keeps.</summary>
    public const string Role = "virtlab.role";

    /// <summary>The value of <see cref="Role"/> on the lab image.</summary>
    public const string LabImageRole = "lab-image";

    /// <summary>Labels for a resource of <paramref name="sessionId"/>.</summary>
    public static Dictionary<string, string> For(string sessionId) => new()
    {
        [Owner] = OwnerValue,
        [Session] = sessionId,
        [Creator] = LabCreator.Current,
    };

    /// <summary>A filter that matches one label (<c>key=value</c>) or a label key.</summary>
    public static IDictionary<string, IDictionary<string, bool>> Filter(string label) =>
        new Dictionary<string, IDictionary<string, bool>> { ["label"] = new Dictionary<string, bool> { [label] = true } };
}
