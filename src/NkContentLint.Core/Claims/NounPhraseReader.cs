using NkContentLint.Documents;

namespace NkContentLint.Claims;

/// <summary>
/// What follows a number: a unit of measure (<c>Mbit/s</c>, <c>hours</c>) or a counted noun phrase up
/// to its plural head (<c>regular users</c>, <c>IPv4 addresses</c>, <c>North Koreans</c>).
/// </summary>
internal sealed class NounPhraseReader : SentenceTokens
{
    public NounPhraseReader(Sentence sentence)
        : base(sentence)
    {
    }

    public bool MatchUnit(int k, out string unit, out int after)
    {
        unit = string.Empty;
        after = k;
        if (k >= n || !t[k].IsWord)
        {
            return false;
        }

        var prose = sentence.Prose.Span;
        var offset = t[k].Span.Start - sentence.Span.Start;
        foreach (var (text, normalized) in ClaimLexicon.Units)
        {
            if (offset + text.Length <= prose.Length && prose.Slice(offset, text.Length).SequenceEqual(text)
                && (offset + text.Length == prose.Length || !(char.IsLetterOrDigit(prose[offset + text.Length]) || prose[offset + text.Length] is '-' or '_')))
            {
                var endPosition = t[k].Span.Start + text.Length;
                var m = k;
                while (m < n && t[m].Span.Start < endPosition)
                {
                    m++;
                }

                unit = normalized;
                after = m;
                return true;
            }
        }

        return false;
    }

    /// <summary>A counted noun after a number, up to its head: <c>regular users</c>, <c>IPv4 addresses</c>, <c>North Koreans</c>.</summary>
    public (int End, string Text)? ScanNounPhrase(int k, bool requirePlural)
    {
        var last = -1;
        var limit = k + 4;
        for (var m = k; m < n && m < limit; m++)
        {
            var token = t[m];

            // "second- level domains", "top -level domain": scraped or machine-translated text splits a
            // compound at its hyphen with a stray space; the hyphen still joins the two words.
            if (IsSplitHyphen(m))
            {
                limit++;
                continue;
            }

            if (!token.IsWord || (token.Flags & ProseTokenFlags.MarkupBefore) != 0 || ClaimLexicon.NounPhraseStops.Contains(token.Text)
                || ClaimLexicon.Months.Contains(token.Text) && token.IsCapitalized)
            {
                break;
            }

            last = m;
            if (IsPlural(token.Text))
            {
                return (m + 1, Collapse(t[k].Span.Start, token.Span.End));
            }
        }

        if (!requirePlural && last >= 0)
        {
            return (last + 1, Collapse(t[k].Span.Start, t[last].Span.End));
        }

        return null;
    }

    /// <summary>A hyphen between two words, glued to exactly one of them: <c>second- level</c>, <c>top -level</c>.</summary>
    private bool IsSplitHyphen(int m) =>
        m > 0 && m + 1 < n && t[m].IsSymbol && t[m].Text == "-" && t[m - 1].IsWord && t[m + 1].IsWord
        && (t[m].IsGlued != t[m + 1].IsGlued);

    private static bool IsPlural(string word)
    {
        if (ClaimLexicon.Irregular.Contains(word))
        {
            return true;
        }

        var lower = word.ToLowerInvariant();
        if (IsCompoundIrregularPlural(lower))
        {
            return true;
        }

        return lower.Length > 2 && lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal) && !lower.EndsWith("us", StringComparison.Ordinal)
            && !lower.EndsWith("is", StringComparison.Ordinal) && !lower.EndsWith("'s", StringComparison.Ordinal) && !lower.EndsWith("’s", StringComparison.Ordinal);
    }

    /// <summary>
    /// A compound of an irregular plural: "30 freshmen", "200 servicemen", "grandchildren", "townspeople" (blind12: "only
    /// selects 30 freshmen per year"). The stem before "men" is a word of its own (three letters or more, not ending in a
    /// vowel other than "e"), so "specimen", "regimen", "abdomen", "acumen", "omen", "semen" stay singular.
    /// </summary>
    private static bool IsCompoundIrregularPlural(string lower)
    {
        if (lower.EndsWith("children", StringComparison.Ordinal) || lower.EndsWith("people", StringComparison.Ordinal))
        {
            return lower.Length > 8;
        }

        if (!lower.EndsWith("men", StringComparison.Ordinal) || lower.Length < 6)
        {
            return false;
        }

        var stemEnd = lower[^4];
        return char.IsLetter(stemEnd) && stemEnd is not ('a' or 'i' or 'o' or 'u');
    }

    public static string LastWord(string phrase) => phrase[(phrase.LastIndexOf(' ') + 1)..];

    public int SkipDeterminers(int k)
    {
        while (k < n && t[k].IsWord && (t[k].Is("the") || t[k].Is("all") || t[k].Is("its") || t[k].Is("their") || t[k].Is("a") || t[k].Is("an")
            || t[k].Text.EndsWith("'s", StringComparison.Ordinal) || t[k].Text.EndsWith("’s", StringComparison.Ordinal)))
        {
            k++;
        }

        return k;
    }
}
