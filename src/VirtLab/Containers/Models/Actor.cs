namespace VirtLab.Containers.Models;

/// <summary>The object an event is about.</summary>
public class Actor
{
    /// <summary>Its id.</summary>
    public string? ID { get; set; }

    /// <summary>Name, image, exit code, labels.</summary>
    public IDictionary<string, string>? Attributes { get; set; }
}
