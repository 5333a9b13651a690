using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;
using NkContentLint.Analysis;
using NkContentLint.CustomRules;
using RuleTypeSource = NkContentLint.CodeRules.RoslynCodeRuleCompiler.RuleTypeSource;

namespace NkContentLint.CodeRules;

/// <summary>The only place that uses the C# compiler: parse, compile against the engine, emit to memory.</summary>
internal static class RoslynEmitter
{
    /// <summary>What every rule file may use without a using directive (as a project with implicit usings).</summary>
    private const string GlobalUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.Collections.Immutable;
        global using System.Linq;
        global using System.Threading;
        global using NkContentLint.Analysis;
        global using NkContentLint.Diagnostics;
        global using NkContentLint.Documents;
        """;

    private static readonly Lazy<(ImmutableArray<MetadataReference> References, string? Problem)> References = new(FindReferences);

    internal sealed record Result(byte[]? Image, ImmutableDictionary<string, RuleTypeSource> Sources, ImmutableArray<RuleFileError> Errors);

    public static Result Emit(IReadOnlyList<RuleSourceFile> files, string assemblyName, CancellationToken cancellationToken)
    {
        var (references, problem) = References.Value;
        if (problem is not null)
        {
            return new Result(null, ImmutableDictionary<string, RuleTypeSource>.Empty, [new RuleFileError(files[0].Path, 1, 1, problem)]);
        }

        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = files
            .Select(f => CSharpSyntaxTree.ParseText(SourceText.From(f.Text, Encoding.UTF8), parse, f.Path, cancellationToken))
            .Append(CSharpSyntaxTree.ParseText(GlobalUsings, parse, "<global usings>", Encoding.UTF8, cancellationToken))
            .ToList();
        var options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            optimizationLevel: OptimizationLevel.Release,
            nullableContextOptions: NullableContextOptions.Enable,
            deterministic: true);
        var compilation = CSharpCompilation.Create(assemblyName, trees, references, options);
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image, cancellationToken: cancellationToken);
        var errors = emitted.Diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => Locate(d, files[0].Path))
            .Distinct()
            .OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Line).ThenBy(e => e.Column)
            .ToImmutableArray();
        if (!emitted.Success)
        {
            if (errors.IsEmpty)
            {
                errors = [new RuleFileError(files[0].Path, 1, 1, "the C# compiler failed without an error message")];
            }

            return new Result(null, ImmutableDictionary<string, RuleTypeSource>.Empty, errors);
        }

        return new Result(image.ToArray(), DeclaredTypes(compilation, trees, cancellationToken), []);
    }

    private static RuleFileError Locate(Diagnostic diagnostic, string fallbackPath)
    {
        var message = $"{diagnostic.Id}: {diagnostic.GetMessage(CultureInfo.InvariantCulture)}";
        if (diagnostic.Location.IsInSource)
        {
            var span = diagnostic.Location.GetLineSpan();
            return new RuleFileError(span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, message);
        }

        return new RuleFileError(fallbackPath, 1, 1, message);
    }

    /// <summary>Metadata name → where each class is declared, so later errors (constructor, IDs) are located.</summary>
    private static ImmutableDictionary<string, RuleTypeSource> DeclaredTypes(CSharpCompilation compilation, List<SyntaxTree> trees, CancellationToken cancellationToken)
    {
        var builder = ImmutableDictionary.CreateBuilder<string, RuleTypeSource>(StringComparer.Ordinal);
        foreach (var tree in trees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var declaration in tree.GetRoot(cancellationToken).DescendantNodes().OfType<ClassDeclarationSyntax>())
            {
                if (model.GetDeclaredSymbol(declaration, cancellationToken) is { } symbol)
                {
                    var position = declaration.Identifier.GetLocation().GetLineSpan();
                    builder[MetadataName(symbol)] = new RuleTypeSource(position.Path, position.StartLinePosition.Line + 1, position.StartLinePosition.Character + 1);
                }
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>The name reflection gives the type (<c>Type.FullName</c>): namespace, then nested types joined by '+'.</summary>
    private static string MetadataName(INamedTypeSymbol symbol)
    {
        var name = symbol.MetadataName;
        for (var outer = symbol.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            name = outer.MetadataName + "+" + name;
        }

        var ns = symbol.ContainingNamespace;
        return ns is null || ns.IsGlobalNamespace ? name : ns.ToDisplayString() + "." + name;
    }

    /// <summary>
    /// The framework's assemblies (from the trusted platform list, those beside System.Private.CoreLib),
    /// the engine, and the assemblies the engine's public API exposes (Markdig's syntax tree).
    /// </summary>
    private static (ImmutableArray<MetadataReference>, string?) FindReferences()
    {
        // IL3000: in a single-file binary these are empty; that case is handled just below.
#pragma warning disable IL3000
        var engine = typeof(ContentAnalyzer).Assembly.Location;
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location);
#pragma warning restore IL3000
        if (string.IsNullOrEmpty(engine) || string.IsNullOrEmpty(runtime)
            || AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") is not string tpa)
        {
            return ([], "code rules cannot be compiled by this build of nkcontentlint (a single-file binary has no assemblies on disk to compile against): "
                + "use the dotnet tool (dotnet tool install NkContentLint.Cli) or a framework-dependent build");
        }

        var paths = tpa.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var byName = paths.GroupBy(p => Path.GetFileNameWithoutExtension(p), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var chosen = new SortedSet<string>(StringComparer.Ordinal) { engine };
        foreach (var path in paths)
        {
            if (string.Equals(Path.GetDirectoryName(path), runtime, StringComparison.Ordinal))
            {
                chosen.Add(path);
            }
        }

        foreach (var reference in typeof(ContentAnalyzer).Assembly.GetReferencedAssemblies())
        {
            if (reference.Name is { } name && byName.TryGetValue(name, out var path))
            {
                chosen.Add(path);
            }
        }

        return ([.. chosen.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))], null);
    }
}
