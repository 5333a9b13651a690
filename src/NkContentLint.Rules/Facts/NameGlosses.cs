using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;
using NkContentLint.Facts;

namespace NkContentLint.Rules.Facts;

/// <summary>
/// Glosses of a name: what an article says a name means. "Kwangmyong, which is Korean for 'bright star'",
/// "'Kwangmyong,' meaning 'walled garden'", "Kwangmyong ( Bright Star )", "Kwangmyong (lit. 'Bright Light')". A gloss is
/// checked against the meanings its description lists (<see cref="DescriptionFact.Means"/>): it is right when every word
/// of it is a word of one of them ("Light", "Brightness", "Our Nation"), wrong otherwise ("Bright Star", which is
/// Kwangmyongsong, the satellite; "walled garden", a right description of the network but not what its name means).
/// Once a page has glossed a name wrongly, the wrong gloss written as a name before a word of what the thing is ("the
/// Bright Star private intranet") is the translation used in place of the name, and wrong too.
/// </summary>
internal static partial class NameGlosses
{
    /// <summary>
    /// Right after a name (and the closing quote or comma of it): a word that introduces a translation, then the gloss,
    /// quoted, or of up to three words that end at a punctuation mark ("Korean for bright star,").
    /// </summary>
    [GeneratedRegex(@"^[""“”'’]?\s*(?:[,—–]\s*[""“”'’]?\s*|\(\s*(?:[^\p{IsBasicLatin}\s,()]+,\s*)?)?(?:(?:which|that)\s+(?:is\s+(?:the\s+)?Korean\s+(?:word\s+)?for|means|meant|translates\s+(?:as|to)|roughly\s+translates\s+(?:as|to)|is\s+translated\s+as)\s+(?:roughly\s+|literally\s+)?|meaning\s+(?:roughly\s+|literally\s+)?|literally\s+|lit\.\s*|(?:in\s+)?Korean\s+for\s+|translated\s+as\s+)(?:[""“‘'](?<gloss>[^""”’'\n()]{1,40}?)[,.]?[""”’'](?:\s+or\s+[""“‘'](?<gloss>[^""”’'\n()]{1,40}?)[,.]?[""”’'])?|(?<gloss>(?!(?:that|the|a|an|it|its|this|those|these)\b)[\p{L}-]+(?:\s+[\p{L}-]+){0,2})(?=\s*(?:[,.;:)”""]|$)))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IntroducedGloss();

    /// <summary>
    /// A translation in brackets right after a name: two to four capitalised words ("Kwangmyong ( Bright Star )") or a
    /// quoted phrase ("Kwangmyong ('Bright Light')"). One bare word in brackets is too often a place or an owner.
    /// </summary>
    [GeneratedRegex(@"^[""“”'’]?\s*\(\s*(?:[""“‘'](?<gloss>[^""”’'\n()]{1,40}?)[,.]?[""”’']|(?<gloss>\p{Lu}\p{Ll}+(?:\s+(?:of|the|and\s+)?\p{Lu}\p{Ll}+){1,3}))\s*\)")]
    private static partial Regex BracketedGloss();

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<FactIndex, Dictionary<string, DescriptionFact>> MeaningsCache = new();

    /// <summary>How far after a name a gloss is looked for.</summary>
    private const int Reach = 90;

    /// <summary>Words that carry no meaning of their own in a gloss: articles, prepositions, and how the group is together.</summary>
    private static readonly HashSet<string> Stopwords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "for", "in", "to", "and", "or", "its", "our", "together", "ourselves", "itself", "own", "alone", "roughly",
    };

    /// <summary>
    /// The glosses of the names in <paramref name="names"/> that no meaning of their entity's description allows, and
    /// the wrong glosses written later as names before a word of what the thing is.
    /// </summary>
    public static List<(TextSpan Span, string Gloss, DescriptionFact Fact)> FindWrong(string prose, ImmutableArray<NameMatch> names, FactIndex facts)
    {
        var found = new List<(TextSpan Span, string Gloss, DescriptionFact Fact)>();

        // The descriptions with meanings, by subject: found once per fact index, not per document (a 10,000-fact pack).
        var meaningOf = MeaningsCache.GetValue(facts, f => f.Descriptions.Where(d => !d.Means.IsDefaultOrEmpty)
            .GroupBy(d => d.Subject, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));
        if (meaningOf.Count == 0)
        {
            return found;
        }

        foreach (var name in names)
        {
            if (!meaningOf.TryGetValue(name.Entity.Id, out var fact))
            {
                continue;
            }

            var after = prose.AsSpan(name.Span.End, Math.Min(Reach, prose.Length - name.Span.End)).ToString();
            var match = BracketedGloss().Match(after);
            if (!match.Success)
            {
                match = IntroducedGloss().Match(after);
            }

            if (!match.Success)
            {
                continue;
            }

            // "meaning 'bright light' or 'bright star'": each translation offered is a gloss.
            foreach (Capture capture in match.Groups["gloss"].Captures)
            {
                var gloss = capture.Value.Trim();
                var span = new TextSpan(name.Span.End + capture.Index, capture.Length);
                if (gloss.Length == 0 || !gloss.Any(char.IsAsciiLetter) || gloss.Any(c => char.IsLetter(c) && !char.IsAscii(c) && !IsLatin(c))
                    || names.Any(n => n.Span.IntersectsWith(span)) || Allows(fact, gloss) || found.Any(f => f.Span == span))
                {
                    continue;
                }

                found.Add((span, gloss, fact));
            }
        }

        // The wrong gloss used as the name: written with capitals, and followed within two words by a word of the
        // description ("the Bright Star private intranet"; not "Bright Star-3", the satellite).
        foreach (var (glossSpan, gloss, fact) in found.ToArray())
        {
            var described = Words(fact.Is).Where(w => w.Length >= 5).ToHashSet(StringComparer.OrdinalIgnoreCase);
            described.ExceptWith(fact.Means.SelectMany(Words));
            for (var at = prose.IndexOf(gloss, StringComparison.OrdinalIgnoreCase); at >= 0; at = prose.IndexOf(gloss, at + gloss.Length, StringComparison.OrdinalIgnoreCase))
            {
                var span = new TextSpan(at, gloss.Length);
                if (found.Any(f => f.Span.IntersectsWith(span)) || !IsWholeWords(prose, span) || !IsCapitalised(prose.AsSpan(at, gloss.Length)))
                {
                    continue;
                }

                var next = prose.AsSpan(span.End, Math.Min(40, prose.Length - span.End)).ToString();
                if (NextWords().Match(next) is { Success: true } words && words.Groups["w"].Captures.Any(c => described.Contains(c.Value)))
                {
                    found.Add((span, gloss, fact));
                }
            }
        }

        return found;
    }

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex Insertion();

    [GeneratedRegex(@"^(?:\s+(?<w>[\p{L}-]+)){1,2}")]
    private static partial Regex NextWords();

    /// <summary>A gloss is allowed when each of its words (bar articles and the like) is a word of a listed meaning.</summary>
    private static bool Allows(DescriptionFact fact, string gloss)
    {
        var meaning = fact.Means.SelectMany(Words).Select(Stem).ToHashSet(StringComparer.OrdinalIgnoreCase);
        // A translator's insertion in square brackets is not part of the gloss: "our [Korean] people, together".
        var words = Words(Insertion().Replace(gloss, " ")).Where(w => !Stopwords.Contains(w)).ToList();
        return words.Count == 0 || words.All(w => meaning.Contains(Stem(w)));
    }

    private static IEnumerable<string> Words(string text) =>
        text.Split([' ', '-', '\'', '’', ',', ';', '(', ')', '"', '“', '”', '.', '/'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.All(char.IsLetter));

    /// <summary>"brightness" is "bright", "lights" is "light".</summary>
    private static string Stem(string word)
    {
        var w = word.ToLowerInvariant();
        return w.EndsWith("ness", StringComparison.Ordinal) && w.Length > 6 ? w[..^4]
            : w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && w.Length > 3 ? w[..^1]
            : w;
    }

    private static bool IsLatin(char c) => c is >= '\u00C0' and <= '\u024F';

    private static bool IsWholeWords(string prose, TextSpan span) =>
        (span.Start == 0 || !char.IsLetterOrDigit(prose[span.Start - 1])) && (span.End == prose.Length || !char.IsLetterOrDigit(prose[span.End]));

    private static bool IsCapitalised(ReadOnlySpan<char> text)
    {
        var start = true;
        foreach (var c in text)
        {
            if (start && char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }

            start = c == ' ';
        }

        return true;
    }
}
