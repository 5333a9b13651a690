using System.Collections.Immutable;
using NkContentLint.Analysis;
using NkContentLint.Claims;
using NkContentLint.Diagnostics;

namespace NkContentLint.Rules.Sourcing;

/// <summary>
/// NK1003: a rank or superlative stated with no source in its sentence: <c>the world's least connected
/// country</c>, <c>179th out of 180 countries</c>, <c>the country's second-largest operator</c>. A strict
/// rank is a claim someone measured, but often a journalist's judgement, so it is a hint (<c>info</c>)
/// rather than a warning; <c>one of the most …</c> gives no position and is never reported.
/// </summary>
public sealed class UnsourcedRankingAnalyzer : ContentAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "NK1003",
        "Unsourced ranking or superlative",
        "Ranking '{0}' has no source in its sentence: say who ranked it, or soften it if it is the writer's judgement",
        RuleCategories.Sourcing,
        DiagnosticSeverity.Info,
        "A strict rank or superlative ('the world's least connected country', '179th out of 180') claims that someone compared every case. Name the index or study that did, or write it as the judgement it is.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterClaimAction(Analyze);

    private static void Analyze(ClaimAnalysisContext context)
    {
        var (document, claim) = (context.Document, context.Claim);
        if (claim.Kind != ClaimKind.Rank || !StatisticSources.NeedsASource(document, claim) || StatisticSources.IsSourcedInItsSentence(document, claim.Sentence))
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(Rule, document.GetLocation(claim.Span), claim.Text));
    }
}
