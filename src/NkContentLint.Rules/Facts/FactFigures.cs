using System.Globalization;
using Microsoft.CodeAnalysis.Text;
using NkContentLint.Claims;
using NkContentLint.Facts;

namespace NkContentLint.Rules.Facts;

/// <summary>
/// Figures the fact rules put in suggestions: a value a writer could keep in the sentence
/// ("about 7.51 million subscribers", "1,000 to 5,500 websites"), never a fact's notes or sources,
/// which stay in the message.
/// </summary>
internal static class FactFigures
{
    /// <summary>The point's figure in words a sentence can hold: its wording when that is a bare figure, else its value or range.</summary>
    public static string Figure(SeriesPoint point, string unit)
    {
        if (point.Wording is { } wording && IsBareFigure(wording))
        {
            return wording;
        }

        var suffix = unit == "percent" ? "%" : string.Empty;
        return point.Value is { } value ? $"{(point.Min != point.Max ? "about " : string.Empty)}{QuantityClaims.Format(value)}{suffix}"
            : double.IsInfinity(point.High) ? $"more than {QuantityClaims.Format(point.Low)}{suffix}"
            : double.IsInfinity(point.Low) ? $"fewer than {QuantityClaims.Format(point.High)}{suffix}"
            : $"{QuantityClaims.Format(point.Low)} to {QuantityClaims.Format(point.High)}{suffix}";
    }

    /// <summary>The figure followed by the noun the writer used, when the finding's span ends with it ("2 million subscribers").</summary>
    public static string WithNoun(string figure, Claim claim) =>
        claim.CountedNoun is { } noun && claim.Text.EndsWith(noun, StringComparison.Ordinal) ? $"{figure} {noun}" : figure;

    /// <summary>The span a figure finding covers: the approximation word before the number, the number and its noun.</summary>
    public static TextSpan SpanOf(Claim claim) =>
        claim.Approximation != Approximation.Exact && claim.ApproximationSpan is { } approx && approx.End <= claim.Span.Start
            ? TextSpan.FromBounds(approx.Start, claim.Span.End)
            : claim.Span;

    /// <summary>"January 2024" for 2024-01, "15 December 2008" for a day, "2014" for a year.</summary>
    public static string Date(string asOf)
    {
        var parts = asOf.Split('-');
        var month = parts.Length > 1 ? CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(int.Parse(parts[1], CultureInfo.InvariantCulture)) : null;
        return parts.Length switch
        {
            1 => parts[0],
            2 => $"{month} {parts[0]}",
            _ => $"{int.Parse(parts[2], CultureInfo.InvariantCulture)} {month} {parts[0]}",
        };
    }

    /// <summary>A wording that is only a figure ("more than 19,200", "nearly 2 million"): short, no notes, no sources.</summary>
    private static bool IsBareFigure(string wording) =>
        wording.Length <= 32 && wording.Any(char.IsDigit) && wording.IndexOfAny(['(', ')', ';', ':']) < 0 && !wording.Contains(", ", StringComparison.Ordinal);
}
