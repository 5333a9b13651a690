using NkContentLint.Analysis;
using NkContentLint.Diagnostics;
using NkContentLint.Facts;
using NkContentLint.Rules;

namespace NkContentLint.Tests.Testing;

/// <summary>
/// <see cref="AnalyzerVerifier"/> with the built-in fact pack, for fact-rule tests written against the facts
/// the tool ships (<c>using static</c> it to write <c>Verify(analyzer, markup)</c>).
/// </summary>
public static class DefaultPackVerifier
{
    /// <summary>The built-in pack's index, built once for every test that uses it.</summary>
    public static FactIndex Facts { get; } = new([BuiltInFacts.DefaultPack]);

    public static IReadOnlyList<Diagnostic> Verify(ContentAnalyzer analyzer, string markup) =>
        AnalyzerVerifier.Verify(analyzer, markup, facts: Facts);
}
