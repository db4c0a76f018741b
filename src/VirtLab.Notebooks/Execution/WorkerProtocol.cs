using System.Text.Json.Nodes;

namespace VirtLab.Notebooks.Execution;

/// <summary>
/// The one protocol between a worker process and the side that drives it (<see cref="NotebookRunner"/> for
/// <c>virtlab run</c>, <see cref="Grading.SubmissionGrader"/> for <c>virtlab grade</c>), carried by
/// <see cref="WorkerChannel"/> over the private socket of a <see cref="WorkerListener"/>. Every message is a JSON object
/// with a <c>type</c>; see <c>src/VirtLab.Notebooks/README.md</c> for the fields.
/// </summary>
internal static class WorkerProtocol
{
    /// <summary>Driver → worker: working folder (and run id); the worker answers <see cref="Ready"/>.</summary>
    public const string Init = "init";

    /// <summary>Worker → driver: initialised.</summary>
    public const string Ready = "ready";

    /// <summary>Driver → worker: run a cell {cell, number, source}; answered by <see cref="Result"/>.</summary>
    public const string Execute = "execute";

    /// <summary>Worker → driver: a cell finished {cell, ok, outputs}.</summary>
    public const string Result = "result";

    /// <summary>Worker → driver: a finished cell's display was replaced {cell, index, output}.</summary>
    public const string Update = "update";

    /// <summary>Driver → worker (grading): run a rewritten test {cell, number, source, nonce}; answered by <see cref="Checked"/>.</summary>
    public const string Check = "check";

    /// <summary>Worker → driver (grading): {nonce, ok, records, ename?, evalue?}; the driver judges the records.</summary>
    public const string Checked = "checked";

    /// <summary>Driver → worker: exit now.</summary>
    public const string Exit = "exit";

    public static JsonObject Message(string type) => new() { ["type"] = type };

    public static string TypeOf(JsonObject message) =>
        message["type"] is JsonValue value && value.TryGetValue<string>(out var type) ? type : string.Empty;
}
