using System.Text;
using System.Text.Json.Nodes;

namespace VirtLab.Notebooks.Execution;

/// <summary>
/// The line protocol between <see cref="NotebookRunner"/> and its worker process, one JSON object per line over a
/// Unix domain socket (so that the worker's own stdout and stderr stay free for stray output of child processes).
/// Runner → worker: <c>init</c> {directory}, <c>execute</c> {cell, number, source}, <c>exit</c>.
/// Worker → runner: <c>ready</c>, <c>result</c> {cell, ok, outputs}, <c>update</c> {cell, index, output}.
/// Grading (<see cref="Grading.SubmissionGrader"/>): <c>check</c> {cell, number, source, nonce} → <c>checked</c> {nonce, ok, ename?, evalue?}.
/// </summary>
internal static class WorkerProtocol
{
    public static readonly Encoding Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static JsonObject Message(string type) => new() { ["type"] = type };

    public static string TypeOf(JsonObject message) => message["type"]?.GetValue<string>() ?? string.Empty;
}
