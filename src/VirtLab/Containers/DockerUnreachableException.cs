namespace VirtLab.Containers;

/// <summary>No Docker engine answers at the endpoint. The message says how to start one.</summary>
public sealed class DockerUnreachableException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="endpoint">The endpoint that did not answer, if known.</param>
    /// <param name="inner">The transport's error.</param>
    public DockerUnreachableException(Uri? endpoint, Exception? inner)
        : base(Describe(endpoint, inner), inner)
    {
        Endpoint = endpoint;
    }

    /// <summary>The endpoint that did not answer, if known.</summary>
    public Uri? Endpoint { get; }

    private static string Describe(Uri? endpoint, Exception? inner)
    {
        var where = endpoint is null ? string.Empty : $" at {endpoint}";
        var why = inner is null ? string.Empty : $" ({inner.Message})";
        return $"The Docker engine is not reachable{where}{why}. "
            + "Start it with 'environment/setup.sh' (it installs and starts dockerd on Debian), "
            + "or start Docker Desktop / 'sudo systemctl start docker', "
            + "or set DOCKER_HOST to the engine's address (unix://, tcp:// or npipe://).";
    }
}
