using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace VirtLab.Notebooks.Scripting;

/// <summary>
/// Runs the C# cells of one notebook in order with Roslyn scripting, keeping the state between cells.
/// </summary>
/// <remarks>
/// Matches the .NET Interactive C# kernel: default imports System, System.Text, System.Collections,
/// System.Collections.Generic, System.Threading.Tasks, System.Linq; language version Latest; <c>#r</c> and
/// <c>#load</c> resolve against the notebook's folder (also the working directory). Assemblies that a
/// referenced assembly needs (MathNet.Numerics beside VirtLab.dll) are found in the folders of the referenced ones.
/// </remarks>
internal sealed class ScriptSession
{
    private static readonly string[] DefaultImports =
        ["System", "System.Text", "System.Collections", "System.Collections.Generic", "System.Threading.Tasks", "System.Linq"];

    private readonly OutputSink _sink;
    private readonly ScriptGlobals _globals;
    private readonly string _directory;
    private readonly List<string> _probeDirectories = [];
    private readonly Dictionary<string, string> _referencedFiles = new(StringComparer.OrdinalIgnoreCase);
    private readonly NugetRestorer _nuget;
    private ScriptOptions _options;
    private ScriptState<object>? _state;

    public ScriptSession(OutputSink sink, string directory, bool subscribeResolvers = true)
    {
        _sink = sink;
        _directory = directory;
        _globals = new ScriptGlobals(sink);
        _nuget = new NugetRestorer();
        _options = ScriptOptions.Default
            .WithImports(DefaultImports)
            .WithMetadataResolver(ScriptMetadataResolver.Default.WithBaseDirectory(directory))
            .WithSourceResolver(new SourceFileResolver(ImmutableArray<string>.Empty, directory))
            .WithLanguageVersion(LanguageVersion.Latest)
            .WithEmitDebugInformation(true)
            .WithFileEncoding(Encoding.UTF8)
            .AddReferences(typeof(ScriptGlobals).Assembly);
        if (subscribeResolvers)
        {
            AssemblyLoadContext.Default.Resolving += (context, name) => Probe(name);
            AppDomain.CurrentDomain.AssemblyResolve += (_, args) => Probe(new AssemblyName(args.Name));
        }
    }

    /// <summary>
    /// Compiles and runs a small script once so that Roslyn's code is jitted before the first real cell arrives
    /// (the worker calls this in the background while it connects to the runner).
    /// </summary>
    public static async Task WarmUpAsync()
    {
        var session = new ScriptSession(new OutputSink(), Path.GetTempPath(), subscribeResolvers: false);
        await session.ExecuteAsync(0, "var warm = new List<int> { 1, 2, 3 }.Select(i => i * 2).ToList();\nConsole.Write(string.Empty);\nwarm.Sum()").ConfigureAwait(false);
    }

    /// <summary>Runs one cell; its outputs go to the sink. Returns whether it succeeded.</summary>
    public async Task<bool> ExecuteAsync(int cellNumber, string source)
    {
        var cell = CellSource.Parse(source);
        var stopwatch = Stopwatch.StartNew();
        bool ok;
        switch (cell.Kind)
        {
            case CellKind.Markdown:
                return true;
            case CellKind.Html:
                _sink.AddDisplay(ValueFormatter.Format(new HtmlString(cell.Code)));
                ok = true;
                break;
            default:
                ok = await RunCSharpAsync(cellNumber, cell).ConfigureAwait(false);
                break;
        }

        if (cell.TimeIt)
        {
            // As .NET Interactive's #!time: a text/plain display "Wall time: <ms>ms" after the cell's own outputs.
            _sink.AddDisplay(ValueFormatter.Format(
                string.Create(CultureInfo.InvariantCulture, $"Wall time: {stopwatch.Elapsed.TotalMilliseconds:0}ms"), ["text/plain"]));
        }

        return ok;
    }

    private async Task<bool> RunCSharpAsync(int cellNumber, CellSource cell)
    {
        if (cell.Error is not null)
        {
            _sink.Add(new ErrorOutput("UnsupportedDirective", cell.Error, [$"Cell {cellNumber}, {cell.Error}"]));
            return false;
        }

        if (cell.Packages.Count > 0)
        {
            try
            {
                var assemblies = await _nuget.RestoreAsync(cell.Packages, cell.PackageSources, _directory).ConfigureAwait(false);
                _options = _options.AddReferences(assemblies.Select(a => MetadataReference.CreateFromFile(a)));
                AddProbeDirectories(assemblies);
                foreach (var package in cell.Packages)
                {
                    _sink.Write("stdout", $"Installed package {package.Id} version {_nuget.ResolvedVersion(package.Id) ?? package.Version}\n");
                }
            }
            catch (PackageRestoreException e)
            {
                _sink.Add(new ErrorOutput("PackageRestoreError", e.Message, [$"Cell {cellNumber}: {e.Message}", .. e.Details]));
                return false;
            }
        }

        var cellFile = CellFilePath(cellNumber);
        var options = _options.WithFilePath(cellFile);
        Script<object> script = _state is null
            ? CSharpScript.Create(cell.Code, options, typeof(ScriptGlobals))
            : _state.Script.ContinueWith(cell.Code, options);
        var errors = script.Compile().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            _sink.Add(CompileErrorOutput(cellNumber, errors));
            return false;
        }

        var compilation = script.GetCompilation();
        AddProbeDirectories(compilation.References.OfType<PortableExecutableReference>().Select(r => r.FilePath).OfType<string>());
        var hasValue = HasTrailingValue(compilation, cellFile);
        ScriptState<object> state;
        try
        {
            state = _state is null
                ? await script.RunAsync(_globals, _ => true).ConfigureAwait(false)
                : await script.RunFromAsync(_state, _ => true).ConfigureAwait(false);
        }
        catch (CompilationErrorException e)
        {
            _sink.Add(CompileErrorOutput(cellNumber, e.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList()));
            return false;
        }

        _state = state;
        if (state.Exception is not null)
        {
            _sink.Add(ExceptionOutput(cellNumber, cellFile, Unwrap(state.Exception)));
            return false;
        }

        if (hasValue)
        {
            _sink.Add(new ExecuteResultOutput(ValueFormatter.Format(state.ReturnValue), null, null));
        }

        return true;
    }

    /// <summary>Whether the submission ends with an expression (no semicolon) whose type is not void: its value is the cell's result.</summary>
    private static bool HasTrailingValue(Compilation compilation, string cellFile)
    {
        var tree = compilation.SyntaxTrees.LastOrDefault(t => t.FilePath == cellFile) ?? compilation.SyntaxTrees.LastOrDefault();
        if (tree?.GetRoot() is not Microsoft.CodeAnalysis.CSharp.Syntax.CompilationUnitSyntax unit
            || unit.Members.LastOrDefault() is not Microsoft.CodeAnalysis.CSharp.Syntax.GlobalStatementSyntax { Statement: Microsoft.CodeAnalysis.CSharp.Syntax.ExpressionStatementSyntax statement }
            || !statement.SemicolonToken.IsMissing)
        {
            return false;
        }

        var type = compilation.GetSemanticModel(tree).GetTypeInfo(statement.Expression).Type;
        return type is not null && type.SpecialType != SpecialType.System_Void;
    }

    private string CellFilePath(int cellNumber) => Path.Combine(_directory, $"cell{cellNumber}");

    private static Exception Unwrap(Exception exception)
    {
        while (exception is TargetInvocationException { InnerException: not null } or AggregateException { InnerExceptions.Count: 1 })
        {
            exception = exception.InnerException!;
        }

        return exception;
    }

    private ErrorOutput CompileErrorOutput(int cellNumber, IReadOnlyList<Diagnostic> errors)
    {
        var lines = errors.Select(d => $"{Where(cellNumber, d.Location)}: error {d.Id}: {d.GetMessage(CultureInfo.InvariantCulture)}").ToList();
        var first = errors[0];
        return new ErrorOutput("CompilationError", $"{first.Id}: {first.GetMessage(CultureInfo.InvariantCulture)}", lines);
    }

    private string Where(int cellNumber, Location location)
    {
        if (!location.IsInSource)
        {
            return $"Cell {cellNumber}";
        }

        var span = location.GetLineSpan();
        var line = span.StartLinePosition.Line + 1;
        var column = span.StartLinePosition.Character + 1;
        return span.Path == CellFilePath(cellNumber) || string.IsNullOrEmpty(span.Path)
            ? $"Cell {cellNumber}, line {line}, column {column}"
            : $"Cell {cellNumber}, {Path.GetRelativePath(_directory, span.Path)} line {line}, column {column}";
    }

    private ErrorOutput ExceptionOutput(int cellNumber, string cellFile, Exception exception)
    {
        var frames = new StackTrace(exception, fNeedFileInfo: true).GetFrames();
        var line = frames.FirstOrDefault(f => f.GetFileName() == cellFile)?.GetFileLineNumber();
        var name = exception.GetType().FullName ?? exception.GetType().Name;
        var head = line is > 0 ? $"Cell {cellNumber}, line {line}: {name}: {exception.Message}" : $"Cell {cellNumber}: {name}: {exception.Message}";
        var traceback = new List<string> { head };
        foreach (var text in exception.ToString().Split('\n').Skip(1).Select(l => l.TrimEnd('\r')))
        {
            if (text.Contains("Microsoft.CodeAnalysis.Scripting", StringComparison.Ordinal)
                || text.Contains("--- End of stack trace", StringComparison.Ordinal)
                || text.Contains("System.Runtime.CompilerServices", StringComparison.Ordinal)
                || text.Contains("System.Runtime.ExceptionServices", StringComparison.Ordinal))
            {
                continue;
            }

            traceback.Add(text.Replace(_directory + Path.DirectorySeparatorChar + "cell", "cell ", StringComparison.Ordinal));
        }

        return new ErrorOutput(name, exception.Message, traceback);
    }

    /// <summary>Remembers referenced assembly files and their folders (not the runtime's or the worker's own folder).</summary>
    private void AddProbeDirectories(IEnumerable<string> assemblyPaths)
    {
        var excluded = new[] { Path.GetDirectoryName(typeof(object).Assembly.Location), Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory) };
        lock (_probeDirectories)
        {
            foreach (var path in assemblyPaths)
            {
                var directory = Path.GetDirectoryName(path);
                if (directory is null || excluded.Contains(directory, StringComparer.Ordinal))
                {
                    continue;
                }

                _referencedFiles[Path.GetFileNameWithoutExtension(path)] = path;
                if (!_probeDirectories.Contains(directory))
                {
                    _probeDirectories.Add(directory);
                }
            }
        }
    }

    /// <summary>Finds an assembly the runtime cannot: first a file the notebook referenced, then a file beside one.</summary>
    private Assembly? Probe(AssemblyName name)
    {
        string[] directories;
        lock (_probeDirectories)
        {
            if (name.Name is not null && _referencedFiles.TryGetValue(name.Name, out var referenced) && File.Exists(referenced))
            {
                return AssemblyLoadContext.Default.LoadFromAssemblyPath(referenced);
            }

            directories = [.. _probeDirectories];
        }

        foreach (var directory in directories)
        {
            var candidate = Path.Combine(directory, name.Name + ".dll");
            if (File.Exists(candidate))
            {
                return AssemblyLoadContext.Default.LoadFromAssemblyPath(candidate);
            }
        }

        return null;
    }
}
