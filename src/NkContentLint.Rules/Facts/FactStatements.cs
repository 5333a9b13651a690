using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;
using NkContentLint.Documents;
using NkContentLint.Facts;

namespace NkContentLint.Rules.Facts;

/// <summary>
/// What the fact rules share about a statement: the sentence it is in, the year it is about, and
/// whether the article asserts it at all. A false claim inside quotation marks, or one the
/// sentence calls a myth, denies, hedges as unverified, or the next sentence refutes, is the
/// article reporting a claim rather than making it, so it must not fire.
/// </summary>
internal static partial class FactStatements
{
    [GeneratedRegex(@"\b(myth|not true|untrue|false(ly)?|wrong(ly)?|incorrect(ly)?|mistaken(ly)?|erroneous(ly)?|debunked|contrary to|no evidence|no (source|data|study|report)s? (supports?|shows?|confirms?)|allegedly|could not be (verified|confirmed)|unverified|unconfirmed|misreport\w*|rumou?r\w*|is not|was not|are not|were not|isn't|wasn't|aren't|weren't|never|not a|not an|not the)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DenialCue();

    [GeneratedRegex(@"(^\W*(in fact|in reality|actually)\b)|\b(wrong|false|incorrect|untrue|a myth|not true|exaggerat\w*|overstat\w*|debunked)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RefutationOpening();

    [GeneratedRegex(@"\b(19\d\d|20[0-4]\d)\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"^date:\s*['""]?(\d{4})", RegexOptions.Multiline)]
    private static partial Regex FrontMatterDate();

    /// <summary>The sentence containing <paramref name="span"/>, found by binary search.</summary>
    public static Sentence? SentenceAt(ContentDocument document, TextSpan span)
    {
        var sentences = document.Sentences;
        int low = 0, high = sentences.Length - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            var candidate = sentences[mid];
            if (span.Start < candidate.Span.Start)
            {
                high = mid - 1;
            }
            else if (span.Start >= candidate.Span.End)
            {
                low = mid + 1;
            }
            else
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>True when the article reports the statement as someone else's or as false rather than asserting it.</summary>
    public static bool IsNotAsserted(ContentDocument document, Sentence sentence, TextSpan span)
    {
        if (sentence.Block.IsQuotedPassage || sentence.Block.Quotations.Any(q => q.Contains(span)))
        {
            return true;
        }

        if (DenialCue().IsMatch(sentence.Text))
        {
            return true;
        }

        var next = sentence.Index + 1 < document.Sentences.Length ? document.Sentences[sentence.Index + 1] : null;
        return next is not null && next.Block == sentence.Block && RefutationOpening().IsMatch(next.Text);
    }

    /// <summary>
    /// The year a statement is about: the year written in its sentence nearest to it, else the
    /// article's front-matter date, else null (the fact's latest point applies).
    /// </summary>
    public static int? YearFor(ContentDocument document, Sentence sentence, TextSpan span)
    {
        var prose = document.ProseText;
        int? best = null;
        var bestDistance = int.MaxValue;
        foreach (Match match in Year().Matches(prose, sentence.Span.Start).TakeWhile(m => m.Index < sentence.Span.End))
        {
            // A year inside the claim itself ("2016 users") is not a date.
            if (span.Contains(match.Index) || IsPartOfNumber(prose, match.Index, match.Length))
            {
                continue;
            }

            var distance = Math.Abs(match.Index - span.Start);
            if (distance < bestDistance)
            {
                best = int.Parse(match.Value, CultureInfo.InvariantCulture);
                bestDistance = distance;
            }
        }

        return best ?? ArticleYear(document);
    }

    public static int? ArticleYear(ContentDocument document)
    {
        if (document.FrontMatter is null)
        {
            return null;
        }

        var block = document.Text.AsSpan(document.FrontMatter.Span.Start, Math.Min(document.FrontMatter.Span.Length, document.Text.Length - document.FrontMatter.Span.Start)).ToString();
        var match = FrontMatterDate().Match(block);
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The text of a fact's primary source for messages: "Title (URL)".</summary>
    public static string Cite(Fact fact, SeriesPoint? point = null)
    {
        var source = point?.Sources.FirstOrDefault() ?? fact.PrimarySource;
        return source is null ? "no source" : $"{source.Title}, {source.Url}";
    }

    public static Dictionary<string, string> Properties(Fact fact, string canonical, string? asOf, SeriesPoint? point = null)
    {
        var source = point?.Sources.FirstOrDefault() ?? fact.PrimarySource;
        var properties = new Dictionary<string, string>
        {
            ["fact.id"] = fact.Id,
            ["fact.canonical"] = canonical,
        };
        if (asOf is not null)
        {
            properties["fact.asOf"] = asOf;
        }

        if (source is not null)
        {
            properties["fact.sourceTitle"] = source.Title;
            properties["fact.sourceUrl"] = source.Url;
        }

        return properties;
    }

    private static bool IsPartOfNumber(string text, int start, int length) =>
        (start > 0 && (char.IsDigit(text[start - 1]) || text[start - 1] is ',' or '.' or '$'))
        || (start + length < text.Length && (char.IsDigit(text[start + length]) || (text[start + length] is ',' or '.' && start + length + 1 < text.Length && char.IsDigit(text[start + length + 1]))));
}
