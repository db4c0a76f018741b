using System.Text.Json.Nodes;

namespace VirtLab.Notebooks.Scripting;

/// <summary>
/// Collects the outputs of the running cell in order (console text merged per stream, displays, results).
/// Thread-safe: user code may write from other threads. Console text is bounded per cell: the first
/// <see cref="TextLimit"/> characters are kept, the rest only counted (a note at the end says how many were dropped).
/// </summary>
internal sealed class OutputSink
{
    /// <summary>Console characters kept per cell (1 Mi).</summary>
    public const int TextLimit = 1 << 20;

    private readonly object _gate = new();
    private long _textKept;
    private StreamOutput? _tailOutput;
    private System.Text.StringBuilder? _tail;
    private long _textDropped;
    private readonly Dictionary<int, List<CellOutput>> _finished = [];
    private List<CellOutput> _current = [];
    private int _cellIndex = -1;

    /// <summary>Raised when <c>Update</c> replaces an output of a cell that already finished (cell index, output index, new output).</summary>
    public event Action<int, int, CellOutput>? FinishedOutputUpdated;

    /// <summary>Starts collecting for a cell.</summary>
    public void Begin(int cellIndex)
    {
        lock (_gate)
        {
            FlushTail();
            _cellIndex = cellIndex;
            _current = [];
            _textKept = 0;
            _textDropped = 0;
        }
    }

    /// <summary>Stops collecting and returns the cell's outputs.</summary>
    public List<CellOutput> End()
    {
        lock (_gate)
        {
            FlushTail();
            if (_textDropped > 0)
            {
                _current.Add(new StreamOutput("stderr", $"\n[output limit: {_textDropped} more characters were dropped; a cell keeps {TextLimit} characters]\n"));
            }

            var outputs = _current;
            _finished[_cellIndex] = outputs;
            _current = [];
            return outputs.ToList();
        }
    }

    /// <summary>Appends console text, merging with the previous output when it is the same stream.</summary>
    public void Write(string stream, string text)
    {
        if (text.Length == 0)
        {
            return;
        }

        lock (_gate)
        {
            var room = (int)Math.Max(0, Math.Min(TextLimit - _textKept, text.Length));
            if (room < text.Length)
            {
                _textDropped += text.Length - room;
                text = text[..room];
                if (text.Length == 0)
                {
                    return;
                }
            }

            _textKept += text.Length;
            if (_current.Count > 0 && _current[^1] is StreamOutput last && last.Name == stream)
            {
                // Appended in a builder (materialised when the cell ends): many small writes stay linear.
                if (!ReferenceEquals(last, _tailOutput))
                {
                    FlushTail();
                    _tailOutput = last;
                    _tail = new System.Text.StringBuilder(last.Text);
                }

                _tail!.Append(text);
            }
            else
            {
                FlushTail();
                _current.Add(new StreamOutput(stream, text));
            }
        }
    }

    /// <summary>Adds any output.</summary>
    public void Add(CellOutput output)
    {
        lock (_gate)
        {
            FlushTail();
            _current.Add(output);
        }
    }

    /// <summary>Adds a <c>display_data</c> output and returns where it is.</summary>
    public DisplayLocation AddDisplay(JsonObject bundle)
    {
        lock (_gate)
        {
            FlushTail();
            _current.Add(new DisplayDataOutput(bundle));
            return new DisplayLocation(_cellIndex, _current.Count - 1);
        }
    }

    /// <summary>Replaces a displayed output.</summary>
    public void Update(DisplayLocation location, JsonObject bundle)
    {
        var output = new DisplayDataOutput(bundle);
        lock (_gate)
        {
            if (location.CellIndex == _cellIndex && _current.Count > location.OutputIndex)
            {
                _current[location.OutputIndex] = output;
                return;
            }

            if (_finished.TryGetValue(location.CellIndex, out var outputs) && outputs.Count > location.OutputIndex)
            {
                outputs[location.OutputIndex] = output;
            }
        }

        FinishedOutputUpdated?.Invoke(location.CellIndex, location.OutputIndex, output);
    }

    private void FlushTail()
    {
        if (_tailOutput is not null)
        {
            _tailOutput.Text = _tail!.ToString();
            _tailOutput = null;
            _tail = null;
        }
    }

    /// <summary>Where a displayed output lives.</summary>
    /// <param name="CellIndex">Index of the cell in the notebook.</param>
    /// <param name="OutputIndex">Index of the output in that cell.</param>
    public readonly record struct DisplayLocation(int CellIndex, int OutputIndex);
}
