using System.Text.Json.Nodes;

namespace VirtLab.Notebooks;

/// <summary>The value of a cell's last expression (Jupyter semantics: carries the execution count).</summary>
public sealed class ExecuteResultOutput : DisplayDataOutput
{
    /// <summary>Creates an execute result.</summary>
    /// <param name="data">MIME type → value.</param>
    /// <param name="metadata">Output metadata.</param>
    /// <param name="executionCount">The execution count of the cell.</param>
    public ExecuteResultOutput(JsonObject data, JsonObject? metadata, int? executionCount)
        : base(data, metadata)
    {
        ExecutionCount = executionCount;
    }

    /// <inheritdoc />
    public override string OutputType => "execute_result";

    /// <summary>The execution count of the cell that produced it.</summary>
    public int? ExecutionCount { get; set; }

    /// <inheritdoc />
    public override JsonObject ToJson()
    {
        var obj = base.ToJson();
        obj["execution_count"] = ExecutionCount;
        return obj;
    }
}
