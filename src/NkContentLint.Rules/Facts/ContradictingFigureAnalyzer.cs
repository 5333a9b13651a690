using System.Collections.Immutable;
using NkContentLint.Analysis;
using NkContentLint.Diagnostics;
using NkContentLint.Facts;
using NkContentLint.Fixing;

namespace NkContentLint.Rules.Facts;

/// <summary>
/// NK2001: a figure outside the canonical range for the year the sentence implies ("about 2
/// million Internet users"). The message gives the canonical figure, its as-of date and source,
/// and what the stated number really was when the pack knows; the canonical wording is offered
/// as a suggestion fix.
/// </summary>
public sealed class ContradictingFigureAnalyzer : ContentAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "NK2001",
        "Contradicts a canonical figure",
        "'{0}' contradicts the canonical figure for {1}: {2} (as of {3}; {4}); judged against {5}{6}",
        RuleCategories.Facts,
        DiagnosticSeverity.Error,
        "A figure that no sourced value in the fact pack allows at the date it is about: the year in the sentence, else the article's date (front matter, else a dateline or byline), else any date. A figure that was right earlier than the article's date is stale (NK2005), not wrong.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        foreach (var found in QuantityClaims.Find(context.Document, context.Facts))
        {
            if (found.Verdict.Kind != VerdictKind.Wrong)
            {
                continue;
            }

            var point = found.Verdict.Current;
            var canonical = point.Wording ?? FactFigures.Figure(point, found.Quantity.Unit);
            var confusion = found.Quantity.Confusions.FirstOrDefault(c => found.Claim.Low <= c.Value * 1.05 && found.Claim.High >= c.Value * 0.95);
            var explanation = found.WrongShare is { } share ? $"; {found.Claim.Text} is {share.Is}"
                : confusion is null ? string.Empty : $"; {QuantityClaims.Format(confusion.Value)} is {confusion.Is}";
            var span = FactFigures.SpanOf(found.Claim);
            var properties = FactStatements.Properties(found.Quantity, canonical, point.AsOf, point);
            var replacement = FactFigures.WithNoun(FactFigures.Figure(point, found.Quantity.Unit), found.Claim);
            foreach (var (key, value) in FixProperties.Replace(replacement, $"Replace with the canonical figure '{replacement}'", FixSafety.Suggestion))
            {
                properties[key] = value;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Rule,
                context.Document.GetLocation(span),
                relatedLocations: null,
                properties,
                found.Converted,
                found.Quantity.Measure,
                canonical,
                point.AsOf,
                FactStatements.Cite(found.Quantity, point),
                found.Judged.Description,
                explanation));
        }
    }
}
