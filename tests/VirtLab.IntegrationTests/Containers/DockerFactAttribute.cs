namespace VirtLab.IntegrationTests.Containers;

/// <summary>A test that needs the Docker engine. It runs (and fails loudly with the fix if the engine is missing) unless VIRTLAB_SKIP_DOCKER=1 opts out.</summary>
public sealed class DockerFactAttribute : FactAttribute
{
    public DockerFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("VIRTLAB_SKIP_DOCKER") == "1")
        {
            Skip = "VIRTLAB_SKIP_DOCKER=1: tests that need the Docker engine are skipped on request.";
        }
    }
}
