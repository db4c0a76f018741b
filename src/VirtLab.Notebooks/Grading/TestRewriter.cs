using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Scripting;
using VirtLab.Notebooks.Scripting;

namespace VirtLab.Notebooks.Grading;

/// <summary>
/// Turns the instructor's test cells into the code that runs in a student's worker and in the trusted reference
/// run. The cells are bound (compiled, not run) in the instructor notebook's own script state, then:
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>every name that binds to a library or framework type, namespace or static member becomes fully qualified
/// (<c>global::VirtLab.Scheduling.Scheduler</c>), and extension-method calls become static calls
/// (<c>global::System.Linq.Enumerable.Select(x, f)</c>), so names a student declares cannot stand in for them;
/// names that bind to the instructor's script (the answers) are left for the student's answers to fill;</item>
/// <item>each <c>VirtLab.Exercises.Check</c> call becomes <see cref="CheckRecorder.Actual{T}"/> with its position and
/// only the actual-value expression in the student's version (declarations that only fed expected values are then
/// dropped), and <see cref="CheckRecorder.Reference"/> with all its arguments in the reference version.</item>
/// </list>
/// </remarks>
internal static class TestRewriter
{
    private const string CheckType = "VirtLab.Exercises.Check";
    private const string Recorder = "global::VirtLab.Notebooks.Grading.CheckRecorder";
    private static readonly string[] DefaultImports =
        ["System", "System.Text", "System.Collections", "System.Collections.Generic", "System.Threading.Tasks", "System.Linq"];

    private static readonly SymbolDisplayFormat Qualified = SymbolDisplayFormat.FullyQualifiedFormat
        .WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers | SymbolDisplayMiscellaneousOptions.UseSpecialTypes);

    /// <summary>Rewrites every test of <paramref name="assignment"/> (in test order).</summary>
    public static IReadOnlyList<RewrittenTest> Rewrite(Assignment assignment)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        var options = ScriptOptions.Default
            .WithImports(DefaultImports)
            .WithMetadataResolver(ScriptMetadataResolver.Default.WithBaseDirectory(assignment.Directory))
            .WithSourceResolver(new SourceFileResolver(ImmutableArray<string>.Empty, assignment.Directory))
            .WithLanguageVersion(LanguageVersion.Latest)
            .AddReferences(typeof(ScriptGlobals).Assembly);
        var tests = new List<RewrittenTest>();
        Script? script = null;
        for (var i = 0; i < assignment.Notebook.Cells.Count; i++)
        {
            var cell = assignment.Notebook.Cells[i];
            if (!cell.IsCode || cell.KernelName is not (null or "csharp" or "C#" or "c#"))
            {
                continue;
            }

            var code = CellSource.Parse(ReferencePaths.Resolve(cell.Source, [assignment.Directory])).Code;
            var cellOptions = options.WithFilePath($"cell{i + 1}");
            script = script is null ? CSharpScript.Create(code, cellOptions, typeof(ScriptGlobals)) : script.ContinueWith(code, cellOptions);
            if (assignment.Cells.FirstOrDefault(c => c.CellIndex == i) is { Role: GradedCellRole.Test } test)
            {
                var compilation = script.GetCompilation();
                var tree = compilation.SyntaxTrees.Last();
                var model = compilation.GetSemanticModel(tree);
                var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree == tree)
                    .Select(d => d.GetMessage(CultureInfo.InvariantCulture)).ToList();
                var root = tree.GetRoot();
                var student = new Binder(model, reference: false);
                var studentSource = DropUnused(student.Visit(root)!.ToFullString());
                var reference = new Binder(model, reference: true);
                var referenceSource = reference.Visit(root)!.ToFullString();
                tests.Add(new RewrittenTest(test.GradeId, studentSource, referenceSource, student.Kinds, errors));
            }
        }

        return tests;
    }

    /// <summary>Removes top-level declarations whose variables nothing else reads (they only computed expected values).</summary>
    internal static string DropUnused(string source)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest, kind: SourceCodeKind.Script);
        while (true)
        {
            var root = CSharpSyntaxTree.ParseText(source, parse).GetRoot();
            var used = root.DescendantNodes().OfType<IdentifierNameSyntax>().Select(n => n.Identifier.ValueText).ToHashSet(StringComparer.Ordinal);
            var unused = root.ChildNodes().FirstOrDefault(member => member switch
            {
                FieldDeclarationSyntax field => field.Declaration.Variables.All(v => !used.Contains(v.Identifier.ValueText)),
                GlobalStatementSyntax { Statement: LocalDeclarationStatementSyntax local } =>
                    local.Declaration.Variables.All(v => !used.Contains(v.Identifier.ValueText)),
                _ => false,
            });
            if (unused is null)
            {
                return source;
            }

            source = root.RemoveNode(unused, SyntaxRemoveOptions.KeepNoTrivia)!.ToFullString();
        }
    }

    private static bool FromScript(ISymbol? symbol) => symbol?.ContainingAssembly?.IsInteractive == true;

    /// <summary>A type that can be written fully qualified here: no type parameters, anonymous, error or script types inside.</summary>
    private static bool Nameable(ITypeSymbol type) => type switch
    {
        IArrayTypeSymbol array => Nameable(array.ElementType),
        INamedTypeSymbol named => !named.IsAnonymousType && named.TypeKind != TypeKind.Error && !FromScript(named)
            && !named.IsTupleType && named.TypeArguments.All(Nameable),
        _ => type.SpecialType != SpecialType.None && type.TypeKind != TypeKind.TypeParameter,
    };

    private sealed class Binder(SemanticModel model, bool reference) : CSharpSyntaxRewriter
    {
        private int _site;

        public List<string> Kinds { get; } = [];

        public override SyntaxNode? VisitInvocationExpression(InvocationExpressionSyntax node)
        {
            if (model.GetSymbolInfo(node).Symbol is not IMethodSymbol method)
            {
                return base.VisitInvocationExpression(node);
            }

            if (method.ContainingType?.ToDisplayString() == CheckType && model.GetOperation(node) is IInvocationOperation check)
            {
                return RecordCheck(node, method, check);
            }

            if (method.ReducedFrom is { } extension && !FromScript(extension) && node.Expression is MemberAccessExpressionSyntax access
                && access.IsKind(SyntaxKind.SimpleMemberAccessExpression))
            {
                // x.Select(f) → global::System.Linq.Enumerable.Select(x, f): no student extension method can win.
                var typeArguments = access.Name is GenericNameSyntax generic ? ((GenericNameSyntax)Visit(generic)!).TypeArgumentList.ToFullString() : string.Empty;
                var receiver = ((ExpressionSyntax)Visit(access.Expression)!).ToFullString();
                var arguments = node.ArgumentList.Arguments.Select(a => ((ArgumentSyntax)Visit(a)!).ToFullString());
                var text = $"{extension.ContainingType.ToDisplayString(Qualified)}.{extension.Name}{typeArguments}({string.Join(", ", [receiver, .. arguments])})";
                return SyntaxFactory.ParseExpression(text).WithTriviaFrom(node);
            }

            return base.VisitInvocationExpression(node);
        }

        public override SyntaxNode? VisitIdentifierName(IdentifierNameSyntax node)
        {
            if (!IsLeftmost(node) || node.IsVar || node.Identifier.ValueText is "nameof" or "dynamic" or "nint" or "nuint")
            {
                return base.VisitIdentifierName(node);
            }

            var symbol = model.GetSymbolInfo(node).Symbol ?? model.GetTypeInfo(node).Type;
            var qualified = symbol switch
            {
                INamespaceSymbol { IsGlobalNamespace: false } ns => "global::" + ns.ToDisplayString(),
                INamedTypeSymbol type when Nameable(type) => type.ToDisplayString(Qualified),
                IMethodSymbol or IPropertySymbol or IFieldSymbol when symbol.IsStatic && !FromScript(symbol) && symbol.ContainingType is { } owner && Nameable(owner) =>
                    owner.ToDisplayString(Qualified) + "." + node.Identifier.Text,
                _ => null,
            };
            return qualified is null ? base.VisitIdentifierName(node) : SyntaxFactory.ParseExpression(qualified).WithTriviaFrom(node);
        }

        public override SyntaxNode? VisitGenericName(GenericNameSyntax node)
        {
            var visited = (GenericNameSyntax)base.VisitGenericName(node)!;
            if (!IsLeftmost(node))
            {
                return visited;
            }

            var symbol = model.GetSymbolInfo(node).Symbol ?? model.GetTypeInfo(node).Type;
            var container = symbol switch
            {
                INamedTypeSymbol type when !FromScript(type) => type.ContainingType is { } outer ? outer.ToDisplayString(Qualified) : Namespace(type.ContainingNamespace),
                IMethodSymbol { IsStatic: true, ReducedFrom: null } m when !FromScript(m) && m.ContainingType is { } owner && Nameable(owner) => owner.ToDisplayString(Qualified),
                _ => null,
            };
            return container is null ? visited : SyntaxFactory.ParseExpression(container + "." + visited.ToString()).WithTriviaFrom(node);
        }

        private static string? Namespace(INamespaceSymbol? ns) =>
            ns is null || ns.IsGlobalNamespace ? null : "global::" + ns.ToDisplayString();

        private static bool IsLeftmost(SimpleNameSyntax node) => node.Parent switch
        {
            MemberAccessExpressionSyntax access => access.Expression == node,
            QualifiedNameSyntax qualified => qualified.Left == node,
            AliasQualifiedNameSyntax => false,
            MemberBindingExpressionSyntax => false,
            NameColonSyntax or NameEqualsSyntax or NameMemberCrefSyntax => false,
            UsingDirectiveSyntax or ExplicitInterfaceSpecifierSyntax or AttributeSyntax => false,
            _ => true,
        };

        private SyntaxNode RecordCheck(InvocationExpressionSyntax node, IMethodSymbol method, IInvocationOperation check)
        {
            var site = _site++;
            Kinds.Add(method.Name);
            var arguments = check.Arguments.Where(a => a.Parameter is not null).OrderBy(a => a.Parameter!.Ordinal).ToList();
            var actual = arguments.FirstOrDefault(a => a.Parameter!.Name is "actual" or "condition") ?? arguments.FirstOrDefault();
            string text;
            if (!reference)
            {
                text = actual is null
                    ? $"{Recorder}.Actual<object>({site}, null)"
                    : $"{Recorder}.Actual{TypeArgument(actual.Parameter!.Type)}({site}, {Argument(actual)})";
            }
            else
            {
                var parts = new StringBuilder();
                parts.Append(CultureInfo.InvariantCulture, $"{Recorder}.Reference({site}, \"{method.Name}\"");
                foreach (var argument in arguments)
                {
                    parts.Append(CultureInfo.InvariantCulture, $", (\"{argument.Parameter!.Name}\", (object?){Recorder}.Arg{TypeArgument(argument.Parameter.Type)}({Argument(argument)}))");
                }

                text = parts.Append(')').ToString();
            }

            return SyntaxFactory.ParseExpression(text).WithTriviaFrom(node);
        }

        private static string TypeArgument(ITypeSymbol type) => Nameable(type) ? $"<{type.ToDisplayString(Qualified)}>" : string.Empty;

        private string Argument(IArgumentOperation argument)
        {
            if (argument.ArgumentKind == ArgumentKind.Explicit && argument.Syntax is ArgumentSyntax syntax)
            {
                return "(" + ((ExpressionSyntax)Visit(syntax.Expression)!).ToFullString() + ")";
            }

            var constant = argument.Value.ConstantValue;
            return constant.HasValue ? SymbolDisplay.FormatPrimitive(constant.Value!, quoteStrings: true, useHexadecimalNumbers: false) ?? "null" : "default";
        }
    }
}

/// <summary>One test cell after <see cref="TestRewriter"/>.</summary>
/// <param name="GradeId">The test's grade id.</param>
/// <param name="StudentSource">What runs in a student's worker: actual values only.</param>
/// <param name="ReferenceSource">What runs in the reference run: every argument of every check.</param>
/// <param name="CheckKinds">The <c>Check</c> methods the test calls, in order.</param>
/// <param name="Errors">Compile errors of the test in the instructor notebook (the rewrite may then be incomplete).</param>
internal sealed record RewrittenTest(string GradeId, string StudentSource, string ReferenceSource, IReadOnlyList<string> CheckKinds, IReadOnlyList<string> Errors);
