using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.CompilerServices;
using NkContentLint.Analysis;
using NkContentLint.Rules;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Engine;

/// <summary>
/// Issue 16: the built-in rules are written against Core's public API only, which proves that API is
/// enough for a rule author; what the engine's own front ends need beyond it stays internal.
/// PublicAPI.Shipped.txt / Unshipped.txt (checked at build time by PublicApiAnalyzers) say what it is.
/// </summary>
public sealed class PublicApiTests
{
    private static readonly Assembly Core = typeof(ContentAnalyzer).Assembly;

    [Fact]
    public void OnlyTheEnginesOwnAssembliesSeeCoreInternals()
    {
        var friends = Core.GetCustomAttributes<InternalsVisibleToAttribute>().Select(a => a.AssemblyName).Order(StringComparer.Ordinal);

        // The CLI (assembly nkcontentlint), the language server and the code-rule compiler are the engine's
        // front ends and plug-in, the fact pack compiler a build tool; the rest are tests and benchmarks. Never the built-in rules.
        Assert.Equal(
            ["NkContentLint.Benchmarks", "NkContentLint.CodeRules", "NkContentLint.FactPackCompiler", "NkContentLint.LanguageServer", "NkContentLint.LanguageServer.Tests", "NkContentLint.Tests", "nkcontentlint"],
            friends);
    }

    [Fact]
    public void EveryCoreTypeTheBuiltInRulesReferToIsPublic()
    {
        var used = CoreTypesReferencedBy(typeof(BuiltInAnalyzers).Assembly);

        // A rule assembly that names no Core type would make this test pass by accident.
        Assert.Contains("NkContentLint.Analysis.ContentAnalyzer", used);
        Assert.Contains("NkContentLint.Documents.ContentDocument", used);
        var hidden = used.Where(name => Core.GetType(name, throwOnError: true)!.IsVisible is false).ToList();
        Assert.Empty(hidden);
    }

    [Fact]
    public void EngineOnlyTypesAreNotPublic()
    {
        // A sample from each engine-only area; the analyzer's RS0016 keeps new ones from slipping out.
        string[] engineOnly =
        [
            "NkContentLint.Analysis.AnalyzerDriver",
            "NkContentLint.Configuration.LintConfiguration",
            "NkContentLint.Configuration.RuleSettings",
            "NkContentLint.Running.LintRunner",
            "NkContentLint.Reporting.SarifReporter",
            "NkContentLint.Suppressions.SuppressionParser",
            "NkContentLint.Caching.ContentCache",
            "NkContentLint.Facts.FactPackValidator",
        ];
        Assert.All(engineOnly, name => Assert.False(Core.GetType(name, throwOnError: true)!.IsVisible, name));
    }

    [Fact]
    public void ThePublicApiFileListsEveryPublicType()
    {
        var folder = Path.Combine(RepositoryPaths.Root, "src", "NkContentLint.Core");
        var declared = File.ReadAllLines(Path.Combine(folder, "PublicAPI.Shipped.txt"))
            .Concat(File.ReadAllLines(Path.Combine(folder, "PublicAPI.Unshipped.txt")))
            .ToHashSet(StringComparer.Ordinal);
        var types = Core.GetExportedTypes().Select(t => t.FullName!.Replace('+', '.')).Where(n => !n.Contains('`')).ToList();

        Assert.NotEmpty(types);
        Assert.All(types, name => Assert.Contains(name, declared));
    }

    private static HashSet<string> CoreTypesReferencedBy(Assembly assembly)
    {
        using var stream = File.OpenRead(assembly.Location);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var handle in metadata.TypeReferences)
        {
            if (FullName(metadata, handle) is { } name)
            {
                names.Add(name);
            }
        }

        return names;
    }

    /// <summary>The reflection name (nested types joined with '+') of a type reference into Core, else null.</summary>
    private static string? FullName(MetadataReader metadata, TypeReferenceHandle handle)
    {
        var reference = metadata.GetTypeReference(handle);
        var scope = reference.ResolutionScope;
        if (scope.Kind == HandleKind.TypeReference)
        {
            var outer = FullName(metadata, (TypeReferenceHandle)scope);
            return outer is null ? null : $"{outer}+{metadata.GetString(reference.Name)}";
        }

        if (scope.Kind != HandleKind.AssemblyReference
            || metadata.GetString(metadata.GetAssemblyReference((AssemblyReferenceHandle)scope).Name) != Core.GetName().Name)
        {
            return null;
        }

        return $"{metadata.GetString(reference.Namespace)}.{metadata.GetString(reference.Name)}";
    }
}
