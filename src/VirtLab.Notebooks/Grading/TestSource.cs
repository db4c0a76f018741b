using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace VirtLab.Notebooks.Grading;

/// <summary>
/// Prepares a test cell's code for grading: every unqualified <c>Check.X(…)</c> is bound to
/// <c>global::VirtLab.Exercises.Check</c>, so a submission that declares its own <c>Check</c> class (one that never
/// throws) cannot change what the tests call.
/// </summary>
internal static class TestSource
{
    private static readonly CSharpParseOptions ScriptOptions = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);

    public static string Harden(string source)
    {
        var tree = CSharpSyntaxTree.ParseText(source, ScriptOptions);
        return new CheckBinder().Visit(tree.GetRoot()).ToFullString();
    }

    private sealed class CheckBinder : CSharpSyntaxRewriter
    {
        public override SyntaxNode? VisitMemberAccessExpression(MemberAccessExpressionSyntax node)
        {
            if (node.Expression is IdentifierNameSyntax { Identifier.ValueText: "Check" } identifier)
            {
                var qualified = SyntaxFactory.ParseExpression("global::VirtLab.Exercises.Check").WithTriviaFrom(identifier);
                return node.WithExpression(qualified).WithName((SimpleNameSyntax)Visit(node.Name)!);
            }

            return base.VisitMemberAccessExpression(node);
        }
    }
}
