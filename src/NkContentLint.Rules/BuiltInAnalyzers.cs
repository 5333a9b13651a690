using System.Collections.Immutable;
using NkContentLint.Analysis;
using NkContentLint.Diagnostics;
using NkContentLint.Fixing;
using NkContentLint.Rules.Encoding;
using NkContentLint.Rules.Facts;
using NkContentLint.Rules.Sourcing;
using NkContentLint.Rules.Structure;

namespace NkContentLint.Rules;

/// <summary>Every built-in rule. Adding a rule means adding it here (and to the release ledger).</summary>
public static class BuiltInAnalyzers
{
    public static ImmutableArray<ContentAnalyzer> Create() =>
    [
        new ContradictingFigureAnalyzer(),
        new MisspelledNameAnalyzer(),
        new WrongDescriptionOrDateAnalyzer(),
        new InconsistentFigureAnalyzer(),
        new UnsourcedStatisticAnalyzer(),
        new VagueAttributionAnalyzer(),
        new UnsourcedRankingAnalyzer(),
        new DuplicateHeadingAnalyzer(),
        new MojibakeAnalyzer(),
        new ReplacementCharacterAnalyzer(),
        new InvalidUtf8Analyzer(),
        new InvisibleCharacterAnalyzer(),
        new MixedScriptAnalyzer(),
        new EscapingDebrisAnalyzer(),
        new BidiControlCharacterAnalyzer(),
    ];

    /// <summary>
    /// Every fix: the generic span replacement any rule offers through FixProperties, plus the
    /// fixes that need more (transcoding a whole file).
    /// </summary>
    public static ImmutableArray<CodeFixProvider> CreateFixProviders() =>
    [
        new ReplacementFixProvider(AllDescriptors().Select(d => d.Id)),
        new InvalidUtf8Fixer(),
    ];

    /// <summary>Every descriptor the tool can report, engine ones included, ordered by ID.</summary>
    public static ImmutableArray<DiagnosticDescriptor> AllDescriptors() =>
    [
        .. EngineDiagnostics.All
            .Concat(Create().SelectMany(a => a.SupportedDiagnostics))
            .OrderBy(d => d.Id, StringComparer.Ordinal),
    ];
}
