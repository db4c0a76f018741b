using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using VirtLab.Notebooks.Scripting;

namespace VirtLab.Notebooks.Grading;

/// <summary>
/// The trusted half of grading: the rewritten tests of an assignment and what each recorded when it ran against the
/// instructor's solution (expected values, tolerances, names, hints). Computed once per assignment and cached on
/// disk (readable only by the grader), keyed by the instructor notebook and the assemblies it references.
/// </summary>
internal sealed class ReferenceRun
{
    /// <summary>Bump when the rewrite or the record format changes, so old cache entries are not used.</summary>
    private const string FormatVersion = "virtlab-reference-1";

    private ReferenceRun(IReadOnlyList<string> assemblies, IReadOnlyList<string> packages, IReadOnlyList<RewrittenTest> tests, IReadOnlyList<JsonArray> expected)
    {
        Assemblies = assemblies;
        Packages = packages;
        Tests = tests;
        Expected = expected;
    }

    /// <summary>Absolute paths of the assemblies the instructor notebook references (outside its test cells).</summary>
    public IReadOnlyList<string> Assemblies { get; }

    /// <summary>NuGet package ids the instructor notebook references.</summary>
    public IReadOnlyList<string> Packages { get; }

    /// <summary>The rewritten tests, in test order.</summary>
    public IReadOnlyList<RewrittenTest> Tests { get; }

    /// <summary>Per test (in order), the reference run's records.</summary>
    public IReadOnlyList<JsonArray> Expected { get; }

    /// <summary>The cached run for <paramref name="assignment"/>, else rewrites its tests and runs them with <paramref name="run"/>.</summary>
    /// <exception cref="InvalidOperationException">A test does not compile in the instructor notebook, or the instructor's solution fails it.</exception>
    public static async Task<ReferenceRun> LoadOrRunAsync(
        Assignment assignment,
        string? cacheFolder,
        Func<IReadOnlyList<RewrittenTest>, CancellationToken, Task<IReadOnlyDictionary<int, (bool Ok, string Detail, JsonArray Records)>>> run,
        CancellationToken cancellationToken)
    {
        var setup = assignment.Notebook.Cells
            .Where((c, i) => c.IsCode && !assignment.Cells.Any(g => g.CellIndex == i && g.Role == GradedCellRole.Test))
            .ToList();
        var assemblies = setup.SelectMany(c => ReferencePaths.AbsoluteReferences(ReferencePaths.Resolve(c.Source, [assignment.Directory])))
            .Distinct(StringComparer.Ordinal).ToList();
        var packages = setup.SelectMany(c => CellSource.Parse(c.Source).Packages.Select(p => p.Id)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var folder = cacheFolder
            ?? (Environment.GetEnvironmentVariable("VIRTLAB_GRADING_CACHE") is { Length: > 0 } fromEnvironment
                ? fromEnvironment
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "virtlab", "grading"));
        var key = Key(assignment, assemblies);
        var file = Path.Combine(folder, key + ".json");
        if (TryLoad(file, assemblies, packages, assignment.Tests.Count) is { } cached)
        {
            return cached;
        }

        var tests = TestRewriter.Rewrite(assignment);
        var broken = tests.Select((t, i) => (t, i)).FirstOrDefault(p => p.t.Errors.Count > 0);
        if (broken.t is not null)
        {
            throw new InvalidOperationException($"Test {broken.i + 1} ({broken.t.GradeId}) does not compile in the instructor notebook: {broken.t.Errors[0]}");
        }

        var results = await run(tests, cancellationToken).ConfigureAwait(false);
        var expected = new List<JsonArray>();
        for (var number = 1; number <= tests.Count; number++)
        {
            var (ok, detail, records) = results.TryGetValue(number, out var r) ? r : (false, "it did not run", new JsonArray());
            var where = $"The instructor's solution fails its own test {number} ({tests[number - 1].GradeId}) in the reference run";
            if (!ok)
            {
                throw new InvalidOperationException($"{where}: {detail} Fix the instructor notebook; nothing was graded.");
            }

            foreach (var record in records)
            {
                var (passed, message) = CheckJudge.Compare((JsonObject)record!, record!["values"]?["actual"] ?? record!["values"]?["condition"]);
                if (!passed)
                {
                    throw new InvalidOperationException($"{where}: {message} Fix the instructor notebook; nothing was graded.");
                }
            }

            expected.Add(records);
        }

        var plan = new ReferenceRun(assemblies, packages, tests, expected);
        Save(file, plan);
        return plan;
    }

    private static string Key(Assignment assignment, IEnumerable<string> assemblies)
    {
        var text = new StringBuilder(FormatVersion).Append('\n').Append(assignment.Path).Append('\n').Append(assignment.Notebook.ToJson());
        foreach (var path in assemblies.Append(typeof(ReferenceRun).Assembly.Location))
        {
            var info = new FileInfo(path);
            text.Append(CultureInfo.InvariantCulture, $"\n{path}|{(info.Exists ? info.Length : -1)}|{(info.Exists ? info.LastWriteTimeUtc.Ticks : 0)}");
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static ReferenceRun? TryLoad(string file, IReadOnlyList<string> assemblies, IReadOnlyList<string> packages, int testCount)
    {
        try
        {
            if (!File.Exists(file) || JsonNode.Parse(File.ReadAllText(file)) is not JsonObject root || root["tests"] is not JsonArray items || items.Count != testCount)
            {
                return null;
            }

            var tests = new List<RewrittenTest>();
            var expected = new List<JsonArray>();
            foreach (var item in items.OfType<JsonObject>())
            {
                tests.Add(new RewrittenTest(
                    item["grade_id"]!.GetValue<string>(),
                    item["student"]!.GetValue<string>(),
                    item["reference"]!.GetValue<string>(),
                    item["kinds"]!.AsArray().Select(k => k!.GetValue<string>()).ToList(),
                    []));
                expected.Add((JsonArray)item["expected"]!.DeepClone());
            }

            return tests.Count == testCount ? new ReferenceRun(assemblies, packages, tests, expected) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or InvalidOperationException or NullReferenceException)
        {
            return null; // A damaged entry is recomputed.
        }
    }

    private static void Save(string file, ReferenceRun plan)
    {
        try
        {
            var folder = Path.GetDirectoryName(file)!;
            Directory.CreateDirectory(folder);
            FileModes.Set(folder, 0b111_000_000);
            var items = new JsonArray();
            for (var i = 0; i < plan.Tests.Count; i++)
            {
                var test = plan.Tests[i];
                items.Add(new JsonObject
                {
                    ["grade_id"] = test.GradeId,
                    ["student"] = test.StudentSource,
                    ["reference"] = test.ReferenceSource,
                    ["kinds"] = new JsonArray(test.CheckKinds.Select(k => (JsonNode?)k).ToArray()),
                    ["expected"] = plan.Expected[i].DeepClone(),
                });
            }

            var temp = file + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllText(temp, new JsonObject { ["tests"] = items }.ToJsonString());
            FileModes.Set(temp, 0b110_000_000);
            File.Move(temp, file, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Without a cache the next run just computes it again.
        }
    }
}
