namespace VirtLab.Containers.Models;

/// <summary>Parameters of <c>POST /containers/{id}/start</c>.</summary>
public class ContainerStartParameters
{
}
