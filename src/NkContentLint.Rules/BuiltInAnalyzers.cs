using System.Collections.Immutable;
using NkContentLint.Analysis;
using NkContentLint.Diagnostics;
using NkContentLint.Rules.Sourcing;
using NkContentLint.Rules.Structure;

namespace NkContentLint.Rules;

/// <summary>Every built-in rule. Adding a rule means adding it here (and to the release ledger).</summary>
public static class BuiltInAnalyzers
{
    public static ImmutableArray<ContentAnalyzer> Create() =>
    [
        new UnsourcedStatisticAnalyzer(),
        new VagueAttributionAnalyzer(),
        new DuplicateHeadingAnalyzer(),
    ];

    /// <summary>Every descriptor the tool can report, engine ones included, ordered by ID.</summary>
    public static ImmutableArray<DiagnosticDescriptor> AllDescriptors() =>
    [
        .. EngineDiagnostics.All
            .Concat(Create().SelectMany(a => a.SupportedDiagnostics))
            .OrderBy(d => d.Id, StringComparer.Ordinal),
    ];
}
