using Microsoft.CodeAnalysis.Text;

namespace NkContentLint.Documents;

/// <summary>
/// Finds sentence boundaries in one block of the prose view. Works on characters, in one pass:
/// a sentence ends at <c>.</c>, <c>?</c>, <c>!</c> or an ellipsis when a new sentence follows, except
/// after abbreviations (<c>Dr.</c>, <c>e.g.</c>, <c>approx.</c>, <c>Dec. 15</c>, <c>p. 14</c>,
/// <c>et al.</c>), initials (<c>J. Smith</c>), inside numbers (<c>1.5%</c>, <c>3.0</c>) and before a
/// lower-case word. A full stop with no space before a capital (<c>estimates.As</c>) still ends a
/// sentence, as it does in hurried drafts. Chinese and Japanese sentences end at <c>。</c>, <c>！</c> or <c>？</c>.
/// </summary>
internal static class SentenceSplitter
{
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "sgt", "capt", "cpt", "maj", "rev", "sen", "rep", "gov", "pres", "hon", "mt", "messrs",
    };

    private static readonly HashSet<string> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    private static readonly HashSet<string> BeforeNumbers = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "pp", "no", "nos", "vol", "vols", "fig", "figs", "ch", "chap", "sec", "para", "art", "ed", "eds", "op", "tel", "ext", "approx", "ca", "c",
    };

    private static readonly HashSet<string> NeverFinal = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g", "i.e", "cf", "vs", "viz", "approx", "ca", "al", "esp", "incl", "resp", "ibid", "u.s", "u.k", "u.n", "e.u", "d.c", "u.s.a", "s.korea", "n.korea",
        "mio", "mrd", "млн", "млрд", "тыс", // German and Russian magnitudes: "585 Mio. US-$", "3 тыс. человек"
    };

    /// <summary>
    /// Sentence spans, relative to <paramref name="prose"/>, which is one block of the prose view with
    /// <paramref name="text"/> the same block of the source. A span starts at the sentence's first
    /// non-whitespace source character (markup included) and ends after its final punctuation, any
    /// closing quotes or brackets, and non-prose glued to it (a footnote marker, closing emphasis).
    /// Segments without a letter or digit of prose are joined to the sentence before them.
    /// </summary>
    /// <summary>
    /// The characters the scan stops at inside a sentence: a line break (a bullet may follow) and the sentence ends. The
    /// ideographic full stops 。！？ are listed too, for main's Chinese and Japanese sentence ends (3b787da); here they stop
    /// the search and are read one character at a time, as before. A new sentence end must be added here as well.
    /// </summary>
    private static readonly System.Buffers.SearchValues<char> StopsInSentence = System.Buffers.SearchValues.Create("\n.?!…。！？");

    public static List<TextSpan> Split(ReadOnlySpan<char> prose, ReadOnlySpan<char> text)
    {
        var result = new List<TextSpan>();
        var n = prose.Length;
        var start = -1;
        var sentenceFloor = 0;
        var i = 0;
        while (i < n)
        {
            if (start < 0 && prose[i] == ' ')
            {
                // Between sentences: a run of blanks (most of a markup-dense prose view) is passed in one search; any
                // other whitespace goes one character at a time, as before.
                var blanks = prose[i..].IndexOfAnyExcept(' ');
                i = blanks < 0 ? n : i + blanks;
                continue;
            }

            if (start >= 0 && !StopsInSentence.Contains(prose[i]))
            {
                // Inside a sentence only a line break or a sentence end can change anything: passed to the next in one search.
                var next = prose[i..].IndexOfAny(StopsInSentence);
                i = next < 0 ? n : i + next;
                continue;
            }

            if (start < 0 && !char.IsWhiteSpace(prose[i]))
            {
                // The sentence starts at its first prose character, with the markup glued before it
                // (**, [, a link's opening bracket), but not container markers such as a quote's '>'.
                start = i;
                while (start > sentenceFloor && prose[start - 1] == ' ' && !char.IsWhiteSpace(text[start - 1]))
                {
                    start--;
                }
            }

            var c = prose[i];
            if (c == '\n' && start >= 0 && StartsWithABullet(prose[(i + 1)..]))
            {
                // A line that starts with a bullet character ("• Population: 22,541,000" pasted from a
                // page's fact box) is an item of its own, not a continuation of the line before it.
                var end = i;
                while (end > start && char.IsWhiteSpace(text[end - 1]))
                {
                    end--;
                }

                Add(result, prose, start, end);
                start = -1;
                sentenceFloor = i;
                i++;
                continue;
            }

            if (IsIdeographicTerminator(c))
            {
                // Chinese and Japanese end a sentence at 。, ！ or ？ with no space after it: the mark and any closing
                // bracket or quote after it always end the sentence, whatever follows.
                var closeEnd = i + 1;
                while (closeEnd < n && (IsIdeographicTerminator(prose[closeEnd]) || IsCloser(prose[closeEnd]) || prose[closeEnd] == '）'))
                {
                    closeEnd++;
                }

                Add(result, prose, start < 0 ? i : start, closeEnd);
                start = -1;
                sentenceFloor = closeEnd;
                i = closeEnd;
                continue;
            }

            if (c is '.' or '?' or '!' or '…')
            {
                var runEnd = i;
                while (runEnd < n && prose[runEnd] is '.' or '?' or '!' or '…')
                {
                    runEnd++;
                }

                var closeEnd = runEnd;
                while (closeEnd < n && (IsCloser(prose[closeEnd]) || (prose[closeEnd] == ' ' && !char.IsWhiteSpace(text[closeEnd]))))
                {
                    closeEnd++;
                }

                if (IsBoundary(prose, i, runEnd, closeEnd))
                {
                    Add(result, prose, start < 0 ? i : start, closeEnd);
                    start = -1;
                    sentenceFloor = closeEnd;
                    i = closeEnd;
                    continue;
                }

                i = runEnd;
                continue;
            }

            i++;
        }

        if (start >= 0)
        {
            var end = n;
            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            Add(result, prose, start, end);
        }

        return result;
    }

    private static void Add(List<TextSpan> result, ReadOnlySpan<char> prose, int start, int end)
    {
        if (end <= start)
        {
            return;
        }

        var hasProse = false;
        foreach (var ch in prose[start..end])
        {
            if (char.IsLetterOrDigit(ch))
            {
                hasProse = true;
                break;
            }
        }

        if (!hasProse && result.Count > 0)
        {
            // A footnote marker or stray punctuation after a space belongs to the sentence before it.
            var last = result[^1];
            result[^1] = TextSpan.FromBounds(last.Start, end);
            return;
        }

        result.Add(TextSpan.FromBounds(start, end));
    }

    /// <summary>Whether a line starts, after spaces, with a bullet character and a space ("• ", "▪ ").</summary>
    private static bool StartsWithABullet(ReadOnlySpan<char> line)
    {
        var k = 0;
        while (k < line.Length && line[k] is ' ' or '\t')
        {
            k++;
        }

        return k + 1 < line.Length && line[k] is '•' or '▪' or '◦' or '‣' or '●' or '■' && line[k + 1] is ' ' or '\t' or '\u00A0';
    }

    private static bool IsIdeographicTerminator(char c) => c is '。' or '！' or '？';

    private static bool IsCloser(char c) => c is '"' or '”' or '’' or '\'' or '»' or '」' or '』' or ')' or ']';

    private static bool IsOpener(char c) => c is '"' or '“' or '‘' or '\'' or '«' or '「' or '『' or '(' or '[' or '¿' or '¡';

    private static bool IsBoundary(ReadOnlySpan<char> prose, int at, int runEnd, int closeEnd)
    {
        var n = prose.Length;
        var next = closeEnd;
        while (next < n && char.IsWhiteSpace(prose[next]))
        {
            next++;
        }

        if (next >= n)
        {
            return true;
        }

        var hasSpace = next > closeEnd;
        var following = prose[next];
        var c = prose[at];
        if (c is '?' or '!')
        {
            return !char.IsLower(following) && (hasSpace || closeEnd > runEnd || char.IsUpper(following));
        }

        if (c == '…' || runEnd - at >= 3)
        {
            return hasSpace && (char.IsUpper(following) || IsOpener(following));
        }

        var word = WordBefore(prose, at);
        if (!hasSpace)
        {
            if (char.IsUpper(following))
            {
                // "estimates.As a result": a missing space after a real full stop. Not "U.S" or "x.Net".
                return (closeEnd > runEnd) || (word.Length >= 2 && IsLowerWord(word) && !NeverFinal.Contains(word) && !BeforeNumbers.Contains(word));
            }

            return false;
        }

        if (word.Length > 0)
        {
            if (NeverFinal.Contains(word) || word.Contains('.', StringComparison.Ordinal) && !IsClock(word))
            {
                return false;
            }

            if (IsClock(word))
            {
                // "5 p.m. KST" continues; "5 p.m. The next day" ends.
                return char.IsUpper(following) && !IsAllCapsWord(prose, next);
            }

            if (Titles.Contains(word))
            {
                return false;
            }

            if (Months.Contains(word) || BeforeNumbers.Contains(word))
            {
                return !char.IsDigit(following) && !char.IsLower(following);
            }

            if (word.Length == 1 && char.IsUpper(word[0]) && char.IsUpper(following))
            {
                // An initial: "Martyn J. Williams".
                return false;
            }
        }

        // "On May 24. 2004 cell phones were banned": a stray full stop between a day and its year.
        if (word.Length == 0 && char.IsDigit(following) && IsDayOfAMonth(prose, at) && IsYearAt(prose, next))
        {
            return false;
        }

        return !char.IsLower(following);
    }

    private static readonly HashSet<string> MonthNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    /// <summary>One or two digits right before <paramref name="at"/>, after a month's name: "May 24".</summary>
    private static bool IsDayOfAMonth(ReadOnlySpan<char> prose, int at)
    {
        var start = at;
        while (start > 0 && char.IsDigit(prose[start - 1]))
        {
            start--;
        }

        if (at - start is < 1 or > 2 || start < 2 || prose[start - 1] != ' ')
        {
            return false;
        }

        var monthEnd = start - 1;
        if (prose[monthEnd - 1] == '.')
        {
            monthEnd--;
        }

        return MonthNames.Contains(WordBefore(prose, monthEnd));
    }

    /// <summary>Four digits starting at <paramref name="start"/> and not followed by another digit or a separator: a year.</summary>
    private static bool IsYearAt(ReadOnlySpan<char> prose, int start)
    {
        var end = start;
        while (end < prose.Length && char.IsDigit(prose[end]))
        {
            end++;
        }

        return end - start == 4 && (end == prose.Length || !(prose[end] is ',' or '.' && end + 1 < prose.Length && char.IsDigit(prose[end + 1])));
    }

    private static bool IsClock(string word) => word is "a.m" or "p.m" or "A.M" or "P.M";

    private static bool IsLowerWord(string word)
    {
        foreach (var ch in word)
        {
            if (!char.IsLower(ch))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAllCapsWord(ReadOnlySpan<char> prose, int start)
    {
        var end = start;
        while (end < prose.Length && char.IsLetter(prose[end]))
        {
            if (!char.IsUpper(prose[end]))
            {
                return false;
            }

            end++;
        }

        return end - start >= 2;
    }

    /// <summary>The letters (and inner dots) right before position <paramref name="at"/>: "e.g", "U.S", "Dec", "al".</summary>
    private static string WordBefore(ReadOnlySpan<char> prose, int at)
    {
        var start = at;
        while (start > 0 && (char.IsLetter(prose[start - 1]) || (prose[start - 1] == '.' && start - 2 >= 0 && char.IsLetter(prose[start - 2]))))
        {
            start--;
        }

        return prose[start..at].ToString();
    }
}
