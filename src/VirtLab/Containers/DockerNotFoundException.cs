using System.Net;

namespace VirtLab.Containers;

/// <summary>The engine has no object of that name (HTTP 404). Subclasses say which kind.</summary>
public class DockerNotFoundException : DockerApiException
{
    /// <summary>Creates the exception.</summary>
    public DockerNotFoundException(string kind, string name, string responseBody)
        : base(HttpStatusCode.NotFound, responseBody)
    {
        Kind = kind;
        Name = name;
    }

    /// <summary>What was looked for: container, image, network, volume or exec.</summary>
    public string Kind { get; }

    /// <summary>The id or name that was not found.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public override string Message => $"No such {Kind}: '{Name}'. {EngineMessage}";
}
