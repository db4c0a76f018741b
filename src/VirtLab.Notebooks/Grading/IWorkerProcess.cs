namespace VirtLab.Notebooks.Grading;

/// <summary>A running grading worker (a local process or a container).</summary>
internal interface IWorkerProcess : IAsyncDisposable
{
    /// <summary>The folder the worker sees the submission in (the working directory sent in <c>init</c>).</summary>
    string Directory { get; }

    /// <summary>The worker's pid as the grader sees it, when known (checked against the socket's peer).</summary>
    int? ProcessId { get; }

    /// <summary>Completes when the worker has exited.</summary>
    Task Exited { get; }

    /// <summary>Why the worker died, if the sandbox knows (memory limit, …), else its exit code.</summary>
    Task<string> DescribeExitAsync();

    /// <summary>Kills what the submission started during the step that just ended (the worker itself stays).</summary>
    Task EndStepAsync();

    /// <summary>Stops the worker and everything it started.</summary>
    Task KillAsync();
}
