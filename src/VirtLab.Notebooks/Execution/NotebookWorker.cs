using System.Text.Json.Nodes;
using VirtLab.Notebooks.Scripting;

namespace VirtLab.Notebooks.Execution;

/// <summary>
/// The worker process that runs one notebook's cells for <see cref="NotebookRunner"/> (started as
/// <c>virtlab notebook-worker SOCKET</c>). Not meant to be started by hand.
/// </summary>
public static class NotebookWorker
{
    /// <summary>Connects to the runner at <paramref name="socketPath"/> and runs cells until told to exit.</summary>
    /// <param name="socketPath">The Unix domain socket the runner listens on.</param>
    /// <returns>The process exit code.</returns>
    public static async Task<int> RunAsync(string socketPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(socketPath);
        var warmUp = Task.Run(ScriptSession.WarmUpAsync);
        await using var channel = await WorkerChannel.ConnectAsync(socketPath).ConfigureAwait(false);
        void Send(JsonObject message) => channel.Send(message);

        var sink = new OutputSink();
        sink.FinishedOutputUpdated += (cell, index, output) =>
        {
            var update = WorkerProtocol.Message("update");
            update["cell"] = cell;
            update["index"] = index;
            update["output"] = output.ToJson();
            Send(update);
        };

        Console.SetOut(new SinkWriter(sink, "stdout"));
        Console.SetError(new SinkWriter(sink, "stderr"));
        Console.SetIn(TextReader.Null);
        ScriptSession? session = null;
        while (await channel.ReceiveAsync().ConfigureAwait(false) is { } message)
        {
            switch (WorkerProtocol.TypeOf(message))
            {
                case "init":
                    var directory = message["directory"]!.GetValue<string>();
                    Directory.SetCurrentDirectory(directory);

                    // Lab sessions label what they create with this id, so the runner can remove leftovers (LabLabels.Run).
                    Environment.SetEnvironmentVariable("VIRTLAB_RUN_ID", message["runId"]?.GetValue<string>());
                    session = new ScriptSession(sink, directory);
                    Send(WorkerProtocol.Message("ready"));
                    break;
                case "execute":
                    await WaitQuietlyAsync(warmUp).ConfigureAwait(false);
                    var cell = message["cell"]!.GetValue<int>();
                    sink.Begin(cell);
                    var ok = await session!.ExecuteAsync(message["number"]!.GetValue<int>(), message["source"]!.GetValue<string>()).ConfigureAwait(false);
                    var outputs = new JsonArray();
                    foreach (var output in sink.End())
                    {
                        outputs.Add(output.ToJson());
                    }

                    var result = WorkerProtocol.Message("result");
                    result["cell"] = cell;
                    result["ok"] = ok;
                    result["outputs"] = outputs;
                    Send(result);
                    break;
                case "check":
                    await WaitQuietlyAsync(warmUp).ConfigureAwait(false);
                    Send(await RunCheckAsync(session!, sink, message).ConfigureAwait(false));
                    break;
                case "exit":
                    return 0;
            }
        }

        return 0;
    }

    /// <summary>
    /// Grading: runs a (rewritten) test cell in the submission's script state and reports the values its checks
    /// recorded and whether it threw, echoing the grader's nonce; the grader judges. What the cell printed is not reported.
    /// </summary>
    private static async Task<JsonObject> RunCheckAsync(ScriptSession session, OutputSink sink, JsonObject message)
    {
        var cell = message["cell"]!.GetValue<int>();
        sink.Begin(cell);
        Grading.CheckRecorder.Begin();
        var ok = await session.ExecuteAsync(message["number"]!.GetValue<int>(), message["source"]!.GetValue<string>()).ConfigureAwait(false);
        var records = Grading.CheckRecorder.End();
        var error = sink.End().OfType<ErrorOutput>().FirstOrDefault();
        var result = WorkerProtocol.Message("checked");
        result["nonce"] = message["nonce"]!.GetValue<string>();
        result["ok"] = ok;
        result["records"] = records;
        if (error is not null)
        {
            result["ename"] = error.Ename;
            result["evalue"] = error.Evalue;
        }

        return result;
    }

    private static async Task WaitQuietlyAsync(Task warmUp)
    {
        try
        {
            await warmUp.ConfigureAwait(false);
        }
        catch (Exception)
        {
            // A failed warm-up only costs speed; the real cell reports real errors.
        }
    }
}
