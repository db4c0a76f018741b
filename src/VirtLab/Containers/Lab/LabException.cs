using Docker.DotNet;

namespace VirtLab.Containers.Lab;

/// <summary>
/// A <see cref="LabSession"/> helper failed because the engine refused: the message says what went wrong and what
/// to do next (<see cref="DockerErrors.Explain"/>); <see cref="Exception.InnerException"/> is Docker.DotNet's exception.
/// </summary>
public sealed class LabException : Exception
{
    /// <summary>Wraps the engine's refusal.</summary>
    /// <param name="inner">Docker.DotNet's exception.</param>
    public LabException(DockerApiException inner)
        : base(DockerErrors.Explain(inner ?? throw new ArgumentNullException(nameof(inner))), inner)
    {
        Engine = inner;
    }

    /// <summary>The engine's refusal: <see cref="DockerApiException.StatusCode"/> and <see cref="DockerApiException.ResponseBody"/>.</summary>
    public DockerApiException Engine { get; }
}
