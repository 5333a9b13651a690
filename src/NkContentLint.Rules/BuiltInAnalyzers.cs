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
    /// <summary>
    /// Runs the built-in rules' static set-up (search sets, tables, the mojibake detector's code pages) ahead of the
    /// first document; the command line calls it on a second thread at start (NkContentLint.Running.StartUpWarming).
    /// </summary>
    internal static void PrepareStatics()
    {
        System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(typeof(InvisibleCharacterAnalyzer).TypeHandle);
        System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(typeof(WrongDescriptionOrDateAnalyzer).TypeHandle);
        System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(typeof(UnsourcedStatisticAnalyzer).TypeHandle);
        System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(typeof(MojibakeDetector).TypeHandle);
        System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(typeof(SubjectBinding).TypeHandle);
    }

    /// <remarks>
    /// Document actions run in this order. The encoding rules come first: they read a copy of the prose with the
    /// front matter's values (as large as the prose itself), and on a large article that copy is best made and
    /// dropped before the sentence, claim and fact views exist, not on top of them (issue 12, row 13).
    /// </remarks>
    public static ImmutableArray<ContentAnalyzer> Create() =>
    [
        new MojibakeAnalyzer(),
        new ReplacementCharacterAnalyzer(),
        new InvalidUtf8Analyzer(),
        new InvisibleCharacterAnalyzer(),
        new MixedScriptAnalyzer(),
        new EscapingDebrisAnalyzer(),
        new BidiControlCharacterAnalyzer(),
        new DuplicateHeadingAnalyzer(),
        new ContradictingFigureAnalyzer(),
        new MisspelledNameAnalyzer(),
        new WrongDescriptionOrDateAnalyzer(),
        new InconsistentFigureAnalyzer(),
        new StaleFigureAnalyzer(),
        new UnsourcedStatisticAnalyzer(),
        new VagueAttributionAnalyzer(),
        new UnsourcedRankingAnalyzer(),
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
