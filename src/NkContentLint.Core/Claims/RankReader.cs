using System.Globalization;
using NkContentLint.Documents;

namespace NkContentLint.Claims;

/// <summary>
/// Ranks and superlatives: <c>179th out of 180 countries</c>, <c>ranked third</c>,
/// <c>second-largest</c>, <c>the world's least connected country</c>, <c>the most restrictive internet
/// in the world</c>. Ordinals of sequence and names (<c>the first website</c>, <c>the 7th Congress</c>)
/// are consumed without a claim.
/// </summary>
internal sealed class RankReader : SentenceTokens
{
    private readonly NumberReader numbers;
    private readonly NounPhraseReader nouns;
    private readonly Action<int, int, int, double?> addRank;

    public RankReader(Sentence sentence, NumberReader numbers, NounPhraseReader nouns, Action<int, int, int, double?> addRank)
        : base(sentence)
    {
        this.numbers = numbers;
        this.nouns = nouns;
        this.addRank = addRank;
    }

    public bool TryRank(int i, out int next)
    {
        next = i;

        // Ordinals: 179th out of 180 countries, ranked 179th, second-largest.
        var ordinal = 0;
        var ordinalEnd = -1;
        if (t[i].IsNumber && i + 1 < n && t[i + 1].IsWord && t[i + 1].IsGlued)
        {
            var suffix = t[i + 1].Text;
            var dash = suffix.IndexOf('-');
            var head = dash < 0 ? suffix : suffix[..dash];
            if (head is "st" or "nd" or "rd" or "th" && int.TryParse(t[i].Text, NumberStyles.None, CultureInfo.InvariantCulture, out ordinal))
            {
                if (dash > 0 && IsSuperlativeWord(suffix[(dash + 1)..]))
                {
                    addRank(i, i + 2, ordinal, null);
                    next = i + 2;
                    return true;
                }

                ordinalEnd = i + 2;
            }
        }
        else if (t[i].IsWord && NumberWords.TryParseOrdinal(t[i].Text, out ordinal) && ordinal > 0)
        {
            ordinalEnd = i + 1;
        }
        else if (t[i].IsWord && t[i].Text.IndexOf('-') is > 0 and var dash
            && (NumberWords.TryParseOrdinal(t[i].Text[..dash], out ordinal) || OrdinalDigits(t[i].Text[..dash], out ordinal))
            && IsSuperlativeWord(t[i].Text[(dash + 1)..]))
        {
            addRank(i, i + 1, ordinal, null);
            next = i + 1;
            return true;
        }

        if (ordinalEnd > 0)
        {
            if (Word(ordinalEnd, "out") && Word(ordinalEnd + 1, "of") && numbers.TryRead(ordinalEnd + 2, false, out var total))
            {
                var end = nouns.ScanNounPhrase(total.End, requirePlural: true)?.End ?? total.End;
                addRank(i, end, ordinal, total.Low);
                next = end;
                return true;
            }

            if (ordinalEnd < n && t[ordinalEnd].IsWord && IsSuperlativeWord(t[ordinalEnd].Text))
            {
                addRank(i, ordinalEnd + 1, ordinal, null);
                next = ordinalEnd + 1;
                return true;
            }

            // "in the first place": an idiom, not a position.
            if (ordinal == 1 && Word(ordinalEnd, "place") && Word(i - 1, "the") && Word(i - 2, "in"))
            {
                next = ordinalEnd + 1;
                return true;
            }

            if ((i > 0 && WordIn(i - 1, ClaimLexicon.RankVerbs)) || Word(ordinalEnd, "place"))
            {
                var end = Word(ordinalEnd, "place") ? ordinalEnd + 1 : ordinalEnd;
                addRank(i, end, ordinal, null);
                next = end;
                return true;
            }

            // An ordinal of sequence or a name (the first website, the 7th Congress): not a claim.
            next = ordinalEnd;
            return true;
        }

        // The world's least connected country, the country's largest mobile operator.
        if (t[i].IsWord && IsRankScope(t[i].Text) && !t[i].InQuotation && SuperlativeAt(i + 1, out var superlativeEnd, out var position))
        {
            var start = i > 0 && t[i].Is("Korea's") && (Word(i - 1, "North") || Word(i - 1, "South")) ? i - 1 : i;
            var end = ScanRankNoun(superlativeEnd);
            if (!IsOneOfThe(start))
            {
                addRank(start, end, position, null);
            }

            next = end;
            return true;
        }

        // The fastest-growing in the world, the most restrictive internet in the world.
        if (t[i].IsWord && (i == 0 || Word(i - 1, "the") || t[i - 1].Text.EndsWith("'s", StringComparison.Ordinal) || t[i - 1].Text.EndsWith("’s", StringComparison.Ordinal))
            && SuperlativeAt(i, out superlativeEnd, out position))
        {
            for (var k = superlativeEnd; k < n && k <= superlativeEnd + 4; k++)
            {
                if (ScopeAfter(k) is var scopeEnd && scopeEnd > 0)
                {
                    if (IsOneOfThe(i))
                    {
                        next = scopeEnd;
                        return true;
                    }

                    addRank(i, scopeEnd, position, null);
                    next = scopeEnd;
                    return true;
                }

                if (!t[k].IsWord || ClaimLexicon.NounPhraseStops.Contains(t[k].Text) && !t[k].Is("in") && !t[k].Is("on"))
                {
                    break;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// "One of the world's most closed countries", "among the fastest-growing in the world", "as fast as
    /// the world's best": a group or a comparison's standard, not a position, so no rank is claimed (LABELLING.md: "one of the most …" is never a statistic).
    /// </summary>
    private bool IsOneOfThe(int start)
    {
        var k = start - 1;
        if (Word(k, "the"))
        {
            k--;
        }

        // "as fast as the world's best", "slower than the world's fastest networks": the standard a
        // comparison is measured against, not a position claimed for anything.
        if (Word(k, "than") || (Word(k, "as") && Enumerable.Range(k - 4, 3).Any(j => Word(j, "as"))))
        {
            return true;
        }

        return Word(k, "among") || Word(k, "amongst")
            || (Word(k, "of") && (Word(k - 1, "one") || Word(k - 1, "some") || Word(k - 1, "many") || Word(k - 1, "several") || Word(k - 1, "few")));
    }

    private static bool OrdinalDigits(string text, out int value)
    {
        value = 0;
        return text.Length > 2 && text[^2..] is "st" or "nd" or "rd" or "th"
            && int.TryParse(text[..^2], NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static bool IsRankScope(string word) => ClaimLexicon.RankScopes.Contains(word.Replace('’', '\''));

    private int ScopeAfter(int k)
    {
        foreach (var scope in ClaimLexicon.RankScopesAfter)
        {
            var ok = k + scope.Length <= n;
            for (var w = 0; ok && w < scope.Length; w++)
            {
                ok = t[k + w].IsWord && t[k + w].Is(scope[w]);
            }

            if (ok)
            {
                return k + scope.Length;
            }
        }

        return -1;
    }

    /// <summary>A superlative at <paramref name="j"/>: largest, most restrictive, least connected, best, second-largest, second largest.</summary>
    private bool SuperlativeAt(int j, out int end, out int position)
    {
        end = j;
        position = 1;
        if (j >= n || !t[j].IsWord)
        {
            return false;
        }

        var word = t[j].Text;
        if (NumberWords.TryParseOrdinal(word, out var ordinal) && j + 1 < n && t[j + 1].IsWord && IsSuperlativeWord(t[j + 1].Text))
        {
            position = ordinal;
            end = j + 2;
            return true;
        }

        if (word.IndexOf('-') is > 0 and var dash && NumberWords.TryParseOrdinal(word[..dash], out ordinal) && IsSuperlativeWord(word[(dash + 1)..]))
        {
            position = ordinal;
            end = j + 1;
            return true;
        }

        if ((t[j].Is("most") || t[j].Is("least")) && j + 1 < n && t[j + 1].IsWord && !t[j + 1].IsCapitalized
            && !ClaimLexicon.NounPhraseStops.Contains(t[j + 1].Text))
        {
            end = j + 2;
            return true;
        }

        if (IsSuperlativeWord(word))
        {
            end = j + 1;
            return true;
        }

        return false;
    }

    private static bool IsSuperlativeWord(string word)
    {
        if (word.IndexOf('-') > 0)
        {
            // fastest-growing, best-connected, most-visited
            var first = word[..word.IndexOf('-')];
            return first is "most" or "least" || IsSuperlativeWord(first);
        }

        var lower = word.ToLowerInvariant();
        if (lower is "best" or "worst")
        {
            return true;
        }

        return lower.Length >= 5 && lower.EndsWith("est", StringComparison.Ordinal) && !ClaimLexicon.NotSuperlatives.Contains(lower)
            && char.IsLower(word[0]);
    }

    private int ScanRankNoun(int k)
    {
        var end = k;
        for (var m = k; m < n && m < k + 3; m++)
        {
            if (!t[m].IsWord || (t[m].Flags & ProseTokenFlags.MarkupBefore) != 0 || ClaimLexicon.NounPhraseStops.Contains(t[m].Text))
            {
                break;
            }

            end = m + 1;
        }

        return end;
    }
}
