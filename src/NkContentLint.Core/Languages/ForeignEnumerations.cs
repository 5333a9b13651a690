using NkContentLint.Claims;
using NkContentLint.Documents;

namespace NkContentLint.Languages;

/// <summary>
/// The LABELLING decision on counts of items the text itself names, in a spaced language other than English (the English
/// reading is <c>ClaimContext.IsEnumeratedCount</c>): a small count (up to ten) of a noun whose items the same sentence
/// lists after a dash, colon, comma or bracket ("три канала YouTube — канал Sally Parks SongA, Olivia Natasha и New DPRK"),
/// or that the next sentence lists after naming the noun again ("доступ к трем каналам на YouTube. … три канала YouTube —
/// …"), is no statistic. A list is of named items (each with a capital letter in its first three words), closed by the
/// language's <c>[list-words]</c> ("и", "und", "et"), exactly as many as the count.
/// </summary>
internal static class ForeignEnumerations
{
    private const double SmallCount = 10;

    private const string ListOpeners = "—–:(,";

    public static bool IsEnumerated(Claim claim, string prose, int offset, Sentence? next, LanguageLexicon lexicon)
    {
        if (!lexicon.SpacesWords || lexicon.ListWords.Count == 0 || claim.Kind != ClaimKind.Count || claim.CountedNoun is not { } noun
            || claim.High > SmallCount || claim.High < 2 || claim.IsRange)
        {
            return false;
        }

        // In its own sentence: a list opener within four words after the count.
        var at = claim.Span.End - offset;
        var words = 0;
        while (at < prose.Length && words <= 4)
        {
            var c = prose[at];
            if (ListOpeners.Contains(c) && (c != ':' || (at + 1 < prose.Length && char.IsWhiteSpace(prose[at + 1]))))
            {
                return ListedItems(prose, at + 1, lexicon) == claim.Low;
            }

            if (char.IsWhiteSpace(c))
            {
                words++;
            }

            at++;
        }

        // In the next sentence, which names the counted noun again and lists the items after an opener.
        if (next is null)
        {
            return false;
        }

        var following = next.Prose.ToString();
        var stem = noun.Length > 5 ? noun[..5] : noun;
        var named = following.IndexOf(stem, StringComparison.OrdinalIgnoreCase);
        if (named < 0)
        {
            return false;
        }

        for (var k = named; k < following.Length; k++)
        {
            var c = following[k];
            if (ListOpeners.Contains(c) && c != ',' && (c != ':' || (k + 1 < following.Length && char.IsWhiteSpace(following[k + 1])))
                && ListedItems(following, k + 1, lexicon) == claim.Low)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many named items a list from <paramref name="from"/> holds, closed by a list word; -1 when it is no such list.</summary>
    private static int ListedItems(string text, int from, LanguageLexicon lexicon)
    {
        var items = 0;
        var at = from;
        var closing = false;
        while (at < text.Length)
        {
            // The item runs to the next comma or list word.
            var end = at;
            var wordsInItem = 0;
            var named = false;
            var stop = false;
            while (end < text.Length && text[end] != ',' && text[end] is not ('.' or ';' or '!' or '?'))
            {
                while (end < text.Length && char.IsWhiteSpace(text[end]))
                {
                    end++;
                }

                var start = end;
                while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not (',' or ';'))
                {
                    end++;
                }

                if (end == start)
                {
                    break;
                }

                var word = text[start..end].TrimEnd('.', '!', '?', ')');
                if (!closing && wordsInItem > 0 && lexicon.ListWords.Contains(word))
                {
                    closing = true;
                    end = start + word.Length;
                    stop = true;
                    break;
                }

                wordsInItem++;
                named |= wordsInItem <= 3 && word.Any(char.IsUpper);
                if (text[start..end].EndsWith('.') || text[start..end].EndsWith(')'))
                {
                    break;
                }
            }

            if (!named)
            {
                return -1;
            }

            items++;
            if (!stop && closing)
            {
                return items;
            }

            if (end >= text.Length || text[end] is '.' or ';' or '!' or '?' || (!stop && text[end] != ','))
            {
                return closing ? items : -1;
            }

            at = end + 1;
        }

        return closing ? items : -1;
    }
}
