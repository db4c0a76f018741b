using System.Net;

namespace VirtLab.Containers;

/// <summary>The engine refused because of the object's state (HTTP 409): a running container, a name in use, an image in use.</summary>
public sealed class DockerConflictException : DockerApiException
{
    /// <summary>Creates the exception.</summary>
    public DockerConflictException(string responseBody)
        : base(HttpStatusCode.Conflict, responseBody)
    {
    }
}
