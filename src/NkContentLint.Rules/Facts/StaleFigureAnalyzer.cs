using System.Collections.Immutable;
using NkContentLint.Analysis;
using NkContentLint.Diagnostics;
using NkContentLint.Fixing;

namespace NkContentLint.Rules.Facts;

/// <summary>
/// NK2005: a figure that was right, but at an earlier date than the article's ("24 million
/// people" in a 2024 article: the 2008 census). The message gives the year it was right and the
/// newer value with its date and source; the suggestion gives the newer figure with its date.
/// A year named in the sentence, or no known article date, never makes a figure stale.
/// </summary>
public sealed partial class StaleFigureAnalyzer : ContentAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "NK2005",
        "Stale figure",
        "'{0}' for {1} was right in {2}, but not at {3}: the newer figure is {4} (as of {5}; {6})",
        RuleCategories.Facts,
        DiagnosticSeverity.Warning,
        "A figure that was right at an earlier date than the article's: a reader takes it as current. Say when it was true, or give the newer figure.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        foreach (var found in QuantityClaims.Find(context.Document, context.Facts))
        {
            // A year in brackets right after the figure dates it ("total subscriptions: 1.18 million (2021 est.)"): a year
            // named in the sentence, which never makes a figure stale.
            if (found.Verdict.Kind != VerdictKind.Stale || DatedInBrackets(context.Document, found.Claim))
            {
                continue;
            }

            var point = found.Verdict.Current;
            var newer = point.Wording ?? FactFigures.Figure(point, found.Quantity.Unit);
            var replacement = $"{FactFigures.WithNoun(FactFigures.Figure(point, found.Quantity.Unit), found.Claim)} (as of {FactFigures.Date(point.AsOf)})";
            var properties = FactStatements.Properties(found.Quantity, newer, point.AsOf, point);
            properties["fact.rightIn"] = found.Verdict.RightIn!;
            foreach (var (key, value) in FixProperties.Replace(replacement, $"Give the newer figure with its date: '{replacement}'", FixSafety.Suggestion))
            {
                properties[key] = value;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Rule,
                context.Document.GetLocation(FactFigures.SpanOf(found.Claim)),
                relatedLocations: null,
                properties,
                found.Converted,
                found.Quantity.Measure,
                found.Verdict.RightIn,
                found.Judged.Description,
                newer,
                point.AsOf,
                FactStatements.Cite(found.Quantity, point)));
        }
    }

    private static bool DatedInBrackets(NkContentLint.Documents.ContentDocument document, NkContentLint.Claims.Claim claim)
    {
        var span = FactFigures.SpanOf(claim);
        var end = Math.Min(claim.Sentence.Span.End, span.End + 40);
        return end > span.End && BracketedYear().IsMatch(document.ProseText.AsSpan(span.End, end - span.End));
    }

    /// <summary>"(2021 est.)", "(2019)", "(as of 2018)" right after the figure.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*\(\s*((as\s+of|in)\s+)?(19|20)\d\d(\s+est\.?|\s+estimate)?\s*\)", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex BracketedYear();
}