namespace VirtLab.Containers;

/// <summary>
/// An <see cref="IProgress{T}"/> that runs its handler at once, on the thread that reports: Docker.DotNet hands
/// streamed values (stats samples, events) to an <see cref="IProgress{T}"/>, and <see cref="Progress{T}"/> would post
/// them to the thread pool, to run after the call has returned.
/// </summary>
internal sealed class ImmediateProgress<T>(Action<T> handler) : IProgress<T>
{
    public void Report(T value) => handler(value);
}
