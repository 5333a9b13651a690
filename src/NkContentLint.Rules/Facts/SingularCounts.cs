using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;
using NkContentLint.Claims;
using NkContentLint.Documents;

namespace NkContentLint.Rules.Facts;

/// <summary>
/// A count of one stated in words, said of the whole country: "a lone public address serves the whole
/// country", "North Korea has only one IP address". The claim reader leaves "a single" and "one" alone
/// (most are determiners: "a single operator", "one expert"), so the fact rules read this one form
/// themselves, and only where the sentence gives the one thing to the whole country with no "each" or
/// "per" that would make it a count per office, home or user.
/// </summary>
internal static partial class SingularCounts
{
    /// <summary>"a lone", "a single", "only one", "just one", "one single", "a solitary", then at most two words and the noun.</summary>
    [GeneratedRegex(@"\b(?<det>a\s+lone|a\s+single|one\s+single|only\s+one|just\s+one|a\s+solitary)\s+(?<noun>(?:[\p{L}-]+\s+){0,2}[\p{L}-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OneOf();

    /// <summary>The sentence gives the thing to the whole country.</summary>
    [GeneratedRegex(@"\b(the\s+(whole|entire)\s+(country|nation|north)|(north\s+korea|the\s+country|the\s+nation|the\s+north)['’]s\s+(whole|entire)\s+(internet|network|web|intranet)|all\s+of\s+north\s+korea|(north\s+korea|the\s+country|the\s+nation|the\s+north)\s+(only\s+|just\s+|still\s+)?(has|had|have|owns|owned|shares|shared|is\s+allocated|was\s+allocated|relies\s+on|relied\s+on))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WholeCountry();

    /// <summary>A count per something: "each office has a single address", "one address per household".</summary>
    [GeneratedRegex(@"\b(each|every|per|apiece|its\s+own|their\s+own|one\s+of)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Distributive();

    /// <summary>A plural cue's singular ("public addresses" → "public address"); null for a cue that is not a plural noun.</summary>
    public static string? Singular(string cue)
    {
        cue = cue.ToLowerInvariant();
        return cue.EndsWith("sses", StringComparison.Ordinal) || cue.EndsWith("shes", StringComparison.Ordinal) || cue.EndsWith("ches", StringComparison.Ordinal) || cue.EndsWith("xes", StringComparison.Ordinal) ? cue[..^2]
            : cue.EndsWith('s') && !cue.EndsWith("ss", StringComparison.Ordinal) ? cue[..^1]
            : null;
    }

    /// <summary>The count-of-one claims whose noun ends in one of <paramref name="singularCues"/> (keyed by their last word), with that cue.</summary>
    public static IEnumerable<(Claim Claim, string Cue)> Find(ContentDocument document, IReadOnlyDictionary<string, List<string>> singularCues)
    {
        if (singularCues.Count == 0)
        {
            yield break;
        }

        var prose = document.ProseText;
        foreach (Match match in OneOf().Matches(prose))
        {
            // The shortest run of one to three words after the determiner that ends in a cue's singular.
            var words = match.Groups["noun"].Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            string? noun = null, head = null;
            for (var n = 1; n <= words.Length && head is null; n++)
            {
                noun = string.Join(' ', words.Take(n)).ToLowerInvariant();
                var candidate = noun;
                var last = candidate[(candidate.LastIndexOf(' ') + 1)..];
                head = singularCues.TryGetValue(last, out var cues)
                    ? cues.Where(c => candidate.EndsWith(c, StringComparison.Ordinal) && (candidate.Length == c.Length || candidate[candidate.Length - c.Length - 1] == ' ')).MaxBy(c => c.Length)
                    : null;
            }

            if (head is null || noun is null)
            {
                continue;
            }

            var end = match.Groups["noun"].Index;
            for (var i = 0; i < noun.Count(ch => ch == ' ') + 1; i++)
            {
                end = prose.IndexOf(words[i], end, StringComparison.Ordinal) + words[i].Length;
            }

            var span = new TextSpan(match.Index, end - match.Index);
            if (FactStatements.SentenceAt(document, span) is not { } sentence || !WholeCountry().IsMatch(sentence.Text) || Distributive().IsMatch(sentence.Text))
            {
                continue;
            }

            yield return (new Claim
            {
                Span = span,
                Text = Regex.Replace(prose[span.Start..span.End], @"\s+", " "),
                Kind = ClaimKind.Count,
                Value = 1,
                Low = 1,
                High = 1,
                CountedNoun = noun,
                Sentence = sentence,
            }, head);
        }
    }
}
