using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace VirtLab.Notebooks.Grading;

/// <summary>
/// The <c>// BEGIN SOLUTION</c> … <c>// END SOLUTION</c> regions of an answer cell, and the stub that replaces them in
/// the student version.
/// </summary>
/// <remarks>
/// A region must be whole statements inside the block body of a method, local function, lambda, constructor or
/// accessor, so that the stub <c>throw new NotImplementedException();</c> is a valid statement wherever it lands
/// (a <c>throw</c> statement satisfies any return type). Expression contexts (an expression-bodied member, an
/// initializer, a top-level statement) are refused, because a stub there would either not compile or would stop
/// the cell before later declarations run. This is nbgrader's <c>### BEGIN SOLUTION</c> markup with C# comments.
/// </remarks>
public static class SolutionRegions
{
    /// <summary>The line that opens a region (after trimming).</summary>
    public const string BeginMarker = "// BEGIN SOLUTION";

    /// <summary>The line that closes a region (after trimming).</summary>
    public const string EndMarker = "// END SOLUTION";

    /// <summary>The statement the student version gets instead of each region.</summary>
    public const string Stub = "throw new NotImplementedException();";

    /// <summary>The comment above the stub.</summary>
    public const string StubComment = "// YOUR CODE HERE";

    private static readonly CSharpParseOptions ScriptOptions = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);

    /// <summary>Counts the regions in <paramref name="source"/> (0 when it has none).</summary>
    /// <exception cref="AssignmentFormatException">Markers are unbalanced or nested.</exception>
    public static int Count(string source) => Find(source, "cell").Count;

    /// <summary>Replaces every region by the stub, keeping the indentation of the <c>BEGIN</c> line.</summary>
    /// <param name="source">The answer cell's code.</param>
    /// <param name="where">Where the cell is, for error messages (e.g. <c>cell 4 (q1)</c>).</param>
    /// <exception cref="AssignmentFormatException">A region breaks the rules in the remarks.</exception>
    public static string ToStudentVersion(string source, string where)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentException.ThrowIfNullOrEmpty(where);
        var regions = Find(source, where);
        Validate(source, regions, where);
        var lines = source.Split('\n');
        var output = new List<string>();
        var next = 0;
        foreach (var (begin, end) in regions)
        {
            output.AddRange(lines[next..begin]);
            var indent = lines[begin][..(lines[begin].Length - lines[begin].TrimStart().Length)];
            output.Add(indent + StubComment);
            output.Add(indent + Stub);
            next = end + 1;
        }

        output.AddRange(lines[next..]);
        var student = string.Join('\n', output);
        var errors = CSharpSyntaxTree.ParseText(student, ScriptOptions).GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new AssignmentFormatException($"{where}: the student version does not parse ({errors[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture)}); make each solution region whole statements.");
        }

        return student;
    }

    /// <summary>The (begin, end) line numbers (0-based, inclusive) of each region.</summary>
    private static List<(int Begin, int End)> Find(string source, string where)
    {
        ArgumentNullException.ThrowIfNull(source);
        var lines = source.Split('\n');
        var regions = new List<(int, int)>();
        int? open = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].Trim();
            if (trimmed == BeginMarker)
            {
                if (open is not null)
                {
                    throw new AssignmentFormatException($"{where}, line {i + 1}: '{BeginMarker}' inside another region (line {open + 1}); regions cannot nest.");
                }

                open = i;
            }
            else if (trimmed == EndMarker)
            {
                if (open is null)
                {
                    throw new AssignmentFormatException($"{where}, line {i + 1}: '{EndMarker}' without a '{BeginMarker}' above it.");
                }

                regions.Add((open.Value, i));
                open = null;
            }
        }

        if (open is not null)
        {
            throw new AssignmentFormatException($"{where}, line {open + 1}: '{BeginMarker}' is never closed by '{EndMarker}'.");
        }

        return regions;
    }

    private static void Validate(string source, List<(int Begin, int End)> regions, string where)
    {
        if (regions.Count == 0)
        {
            throw new AssignmentFormatException($"{where}: an answer cell needs at least one '{BeginMarker}' … '{EndMarker}' region.");
        }

        var tree = CSharpSyntaxTree.ParseText(source, ScriptOptions);
        var errors = tree.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new AssignmentFormatException($"{where}: the reference answer does not parse: {errors[0]}.");
        }

        var root = tree.GetRoot();
        var text = tree.GetText();
        foreach (var (begin, end) in regions)
        {
            var beginBlock = EnclosingBlock(root, text.Lines[begin].Start + (text.Lines[begin].ToString().Length - text.Lines[begin].ToString().TrimStart().Length));
            var endBlock = EnclosingBlock(root, text.Lines[end].Start + (text.Lines[end].ToString().Length - text.Lines[end].ToString().TrimStart().Length));
            if (beginBlock is null || !beginBlock.Ancestors().Any(IsFunctionLike))
            {
                throw new AssignmentFormatException(
                    $"{where}, line {begin + 1}: a solution region must be whole statements inside the body {{ … }} of a method, local function or lambda, so that the stub '{Stub}' compiles there.");
            }

            if (endBlock != beginBlock)
            {
                throw new AssignmentFormatException($"{where}, lines {begin + 1}-{end + 1}: '{BeginMarker}' and '{EndMarker}' must be in the same {{ … }} block.");
            }
        }
    }

    private static BlockSyntax? EnclosingBlock(SyntaxNode root, int position)
    {
        var trivia = root.FindTrivia(position);
        var token = trivia.Token;
        return token.Parent?.AncestorsAndSelf().OfType<BlockSyntax>().FirstOrDefault(b => b.OpenBraceToken.SpanStart < position);
    }

    private static bool IsFunctionLike(SyntaxNode node) =>
        node is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax or AccessorDeclarationSyntax;
}
