using System.Text.Json.Nodes;
using VirtLab.Notebooks.Grading;

namespace VirtLab.Notebooks.Tests.Grading;

/// <summary>Builds hostile submission files that are not just a different answer cell (shared by the none and docker tests).</summary>
internal static class HostileSubmissions
{
    /// <summary>Files that are not gradable notebooks, by name: each must score 0 with a reason and not stop the batch.</summary>
    public static IReadOnlyList<string> WriteBadFiles(string folder)
    {
        Directory.CreateDirectory(folder);
        var valid = JsonNode.Parse(File.ReadAllText(Directory.EnumerateFiles(folder, "*.ipynb").First()))!.AsObject();
        var files = new Dictionary<string, byte[]>
        {
            ["malformed"] = "{\"cells\": [ {\"cell_type\": "u8.ToArray(),
            ["empty"] = [],
            ["binary"] = [0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0xff, 0xfe, 0x00, 0x00, 0xc3, 0x28],
            ["nbformat3"] = "{\"nbformat\": 3, \"nbformat_minor\": 0, \"metadata\": {}, \"worksheets\": [{\"cells\": []}]}"u8.ToArray(),
            ["deep"] = System.Text.Encoding.UTF8.GetBytes(new string('[', 200_000) + new string(']', 200_000)),
        };
        var minor = (JsonObject)valid.DeepClone();
        minor["nbformat_minor"] = "x";
        files["minor-string"] = System.Text.Encoding.UTF8.GetBytes(minor.ToJsonString());
        var numericId = (JsonObject)valid.DeepClone();
        numericId["cells"]![0]!["id"] = 12345;
        files["numeric-cell-id"] = System.Text.Encoding.UTF8.GetBytes(numericId.ToJsonString());
        var wrongSource = (JsonObject)valid.DeepClone();
        wrongSource["cells"]![1]!["source"] = new JsonObject { ["not"] = "text" };
        files["source-object"] = System.Text.Encoding.UTF8.GetBytes(wrongSource.ToJsonString());
        foreach (var (name, bytes) in files)
        {
            File.WriteAllBytes(Path.Combine(folder, name + ".ipynb"), bytes);
        }

        return [.. files.Keys];
    }

    /// <summary>Inserts a code cell right after the first (setup) cell of a submission.</summary>
    public static void InsertCell(string submissionPath, string source)
    {
        var notebook = Notebook.Load(submissionPath);
        notebook.Cells.Insert(2, NotebookCell.CSharp(source));
        notebook.Save(submissionPath);
    }

    /// <summary>A submission of the allocation homework whose q1 answer brings its own <c>Allocate</c> class, so the hidden test would compare its answer with itself.</summary>
    public static string ShadowingAllocation(string folder)
    {
        var instructor = TestRewriterTests.HomeworkPath("allocation");
        var student = Path.Combine(Path.GetDirectoryName(instructor)!, "student", "allocation.ipynb");
        var notebook = Notebook.Load(student);
        var q1 = notebook.Cells.First(c => (c.Metadata[Assignment.MetadataKey] as JsonObject)?["grade_id"]?.GetValue<string>() == "q1");
        q1.Source = """
            static class Allocate
            {
                public static Shares ProportionalShare(double capacity, double[] weights) => new();
            }

            class Shares
            {
                public double[] Amounts => [1, 1, 1, 1];
            }

            double[] ProportionalShares(double capacity, double[] weights) => capacity switch
            {
                12 => [2.0, 4.0, 6.0],
                4 => [4.0],
                _ => [1, 1, 1, 1],
            };
            """;
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "shadow.ipynb");
        notebook.Save(path);
        return path;
    }

    /// <summary>Processes whose command line contains <paramref name="marker"/>.</summary>
    public static List<int> ProcessesWith(string marker)
    {
        var found = new List<int>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid))
            {
                continue;
            }

            try
            {
                if (File.ReadAllText(Path.Combine(folder, "cmdline")).Replace('\0', ' ').Contains(marker, StringComparison.Ordinal))
                {
                    found.Add(pid);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Gone meanwhile.
            }
        }

        return found;
    }
}
