namespace VirtLab.Containers.Models;

/// <summary>An empty JSON object, used as the value of <see cref="Config.ExposedPorts"/>.</summary>
public class EmptyStruct
{
}
