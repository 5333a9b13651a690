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
        "'{0}' contradicts the canonical figure for {1}: {2} (as of {3}; {4}){5}",
        RuleCategories.Facts,
        DiagnosticSeverity.Error,
        "A figure that falls outside the sourced range in the fact pack for the year the article is about. Numbers in this field move fast, so the check uses the year in the sentence, else the article's date, else the latest figure.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        foreach (var found in QuantityClaims.Find(context.Document, context.Facts))
        {
            if (QuantityClaims.Agrees(found))
            {
                continue;
            }

            var point = QuantityClaims.PointsFor(found.Quantity, found.Year)[^1];

            var canonical = point.Wording ?? Range(point, found.Quantity.Unit);
            var confusion = found.Quantity.Confusions.FirstOrDefault(c => found.Claim.Low <= c.Value * 1.05 && found.Claim.High >= c.Value * 0.95);
            var explanation = confusion is null ? string.Empty : $"; {QuantityClaims.Format(confusion.Value)} is {confusion.Is}";
            var span = found.Claim.Approximation != NkContentLint.Claims.Approximation.Exact && found.Claim.ApproximationSpan is { } approx && approx.End <= found.Claim.Span.Start
                ? Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(approx.Start, found.Claim.Span.End)
                : found.Claim.Span;
            var properties = FactStatements.Properties(found.Quantity, canonical, point.AsOf, point);
            var replacement = found.Claim.CountedNoun is { } noun && found.Claim.Text.EndsWith(noun, StringComparison.Ordinal) ? $"{canonical} {noun}" : canonical;
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
                explanation));
        }
    }

    private static string Range(SeriesPoint point, string unit) =>
        point.Value is { } value ? $"{QuantityClaims.Format(value)} {unit}"
        : double.IsInfinity(point.High) ? $"at least {QuantityClaims.Format(point.Low)} {unit}"
        : double.IsInfinity(point.Low) ? $"at most {QuantityClaims.Format(point.High)} {unit}"
        : $"{QuantityClaims.Format(point.Low)} to {QuantityClaims.Format(point.High)} {unit}";
}
