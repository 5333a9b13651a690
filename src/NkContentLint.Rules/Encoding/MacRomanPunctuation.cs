using Microsoft.CodeAnalysis.Text;
using NkContentLint.Text;

namespace NkContentLint.Rules.Encoding;

/// <summary>
/// A page written on a Mac in MacRoman whose bytes were later read as Windows-1252 or Latin-1: MacRoman's typographic
/// punctuation becomes capital accented letters, 0xD5 "’" → <c>Õ</c>, 0xD2/0xD3 "“”" → <c>Ò</c>/<c>Ó</c>, 0xD0/0xD1
/// "–—" → <c>Ð</c>/<c>Ñ</c>, 0xC9 "…" → <c>É</c> (<c>the yearÕs</c>, <c>ÒquotedÓ</c>). Those capitals are real letters
/// in Estonian, Portuguese, Irish, Catalan, Spanish, Icelandic and French, so a form counts only where no language
/// writes it: a capital stuck to the end of a lowercase English (ASCII) word, as an apostrophe before <c>s</c>,
/// <c>t</c>, <c>ll</c>, <c>re</c>, <c>ve</c>, <c>d</c>, <c>m</c>; quotes around ASCII words; a dash between ASCII
/// words or digits; an ellipsis closing an ASCII word. The repair is the MacRoman character (no byte was lost).
/// </summary>
internal static class MacRomanPunctuation
{
    private const string Capitals = "ÔÕÒÓÐÑÉ";

    /// <summary>The longest quotation looked for between its marks, and the longest word: bounds the work on pathological lines.</summary>
    private const int MaxQuotation = 400;

    private const int MaxWord = 64;

    public static IEnumerable<Mojibake> Find(string text)
    {
        if (text.AsSpan().IndexOfAny(Capitals) < 0)
        {
            return [];
        }

        var found = new List<Mojibake>();
        for (var i = 0; i < text.Length; i++)
        {
            var repaired = text[i] switch
            {
                'Õ' when IsApostrophe(text, i) || IsClosingQuote(text, i, 'Ô', 'Õ') => "’",
                'Ô' when IsOpeningQuote(text, i, 'Ô', 'Õ') => "‘",
                'Ò' when IsOpeningQuote(text, i, 'Ò', 'Ó') => "“",
                'Ó' when IsClosingQuote(text, i, 'Ò', 'Ó') => "”",
                'Ð' when IsDash(text, i) != Dash.None => "–",
                'Ñ' when IsDash(text, i) == Dash.Spaced => "—",
                'É' when IsEllipsis(text, i) => "…",
                _ => null,
            };
            if (repaired is not null)
            {
                found.Add(new Mojibake(new TextSpan(i, 1), repaired, LegacyCodePage.MacRoman, 1) { Kind = MojibakeKind.MacRomanReadAsWindows1252, Certain = true });
            }
        }

        return JoinWithinWords(text, found);
    }

    /// <summary>
    /// "yearÕs": after a lowercase ASCII word, before an English contraction's ending and then no letter; or closing a
    /// lowercase ASCII word ending in "s" ("the yearsÕ end"), a plural's apostrophe.
    /// </summary>
    private static bool IsApostrophe(string text, int at)
    {
        if (!EndsAsciiWord(text, at, lowercaseLast: true))
        {
            return false;
        }

        if (At(text, at - 1) == 's' && At(text, at + 1) is '\0' or ' ' or ',' or '.' or ';' or ':' or ')' or '\n' or '\r')
        {
            return true;
        }

        var end = at + 1;
        while (end < text.Length && end - at <= 3 && char.IsLetter(text[end]))
        {
            end++;
        }

        return text.AsSpan(at + 1, end - at - 1) is "s" or "t" or "ll" or "re" or "ve" or "d" or "m" && NotWordy(At(text, end));
    }

    /// <summary>"ÒquotedÓ": "Ò" (or "Ô") at the start of a word and before an ASCII letter, closed by "Ó" (or "Õ") later on the line.</summary>
    private static bool IsOpeningQuote(string text, int at, char open, char close)
    {
        if (!(At(text, at - 1) is '\0' or ' ' or '\n' or '\r' or '(' or '[' or '*' or '_') || !char.IsAsciiLetter(At(text, at + 1)))
        {
            return false;
        }

        for (var k = at + 1; k < text.Length && k - at <= MaxQuotation && text[k] is not ('\n' or '\r'); k++)
        {
            if (text[k] == close && ClosesAfterWord(text, k))
            {
                return OnlyEnglishBetween(text, at + 1, k);
            }
        }

        return false;
    }

    /// <summary>"Ó" (or "Õ") closing a quotation "Ò" (or "Ô") opened earlier on the line.</summary>
    private static bool IsClosingQuote(string text, int at, char open, char close)
    {
        if (!ClosesAfterWord(text, at))
        {
            return false;
        }

        for (var k = at - 1; k >= 0 && at - k <= MaxQuotation && text[k] is not ('\n' or '\r'); k--)
        {
            if (text[k] == close && ClosesAfterWord(text, k))
            {
                return false;
            }

            if (text[k] == open)
            {
                return IsOpeningQuote(text, k, open, close);
            }
        }

        return false;
    }

    private static bool ClosesAfterWord(string text, int at) =>
        (EndsAsciiWord(text, at, lowercaseLast: false) || At(text, at - 1) is '.' or ',' or '?' or '!') && NotWordy(At(text, at + 1));

    /// <summary>Between the quotes only ASCII, spaces and the other MacRoman capitals this class repairs.</summary>
    private static bool OnlyEnglishBetween(string text, int start, int end)
    {
        var lowercase = false;
        for (var k = start; k < end; k++)
        {
            var c = text[k];
            if (c > 0x7F && !Capitals.Contains(c))
            {
                return false;
            }

            lowercase |= char.IsAsciiLetterLower(c);
        }

        return lowercase;
    }

    private enum Dash
    {
        None,
        Spaced,
        Digits,
    }

    /// <summary>
    /// " Ð " between lowercase ASCII words, "1999Ð2003" between digits. Not between letters: leetspeak writes "Ñ" for "n"
    /// ("commaÑds", "€xpre§sioÑs").
    /// </summary>
    private static Dash IsDash(string text, int at)
    {
        var before = At(text, at - 1);
        var after = At(text, at + 1);
        if (char.IsAsciiDigit(before) && char.IsAsciiDigit(after))
        {
            return Dash.Digits;
        }

        if (before == ' ' && after == ' ' && EndsAsciiWord(text, at - 1, lowercaseLast: true) && StartsAsciiWord(text, at + 2))
        {
            return Dash.Spaced;
        }

        return Dash.None;
    }

    /// <summary>"waitÉ then": after a lowercase ASCII word and before a space, a closing quote or the end of the line.</summary>
    private static bool IsEllipsis(string text, int at) =>
        EndsAsciiWord(text, at, lowercaseLast: true) && At(text, at + 1) is '\0' or ' ' or '\n' or '\r' or ')' or 'Ó';

    /// <summary>Whether the word ending just before <paramref name="at"/> is ASCII letters (two or more), the last lowercase.</summary>
    private static bool EndsAsciiWord(string text, int at, bool lowercaseLast)
    {
        var k = at - 1;
        if (!(lowercaseLast ? char.IsAsciiLetterLower(At(text, k)) : char.IsAsciiLetter(At(text, k))))
        {
            return false;
        }

        var length = 0;
        while (k >= 0 && (char.IsLetterOrDigit(text[k]) || text[k] is '-' or '\'' || Capitals.Contains(text[k])))
        {
            if (text[k] > 0x7F && !Capitals.Contains(text[k]))
            {
                return false;
            }

            if (++length > MaxWord)
            {
                return false;
            }

            k--;
        }

        // Not inside a URL or a path.
        return length >= 2 && At(text, k) is not ('/' or '.' or '@' or ':' or '\\' or '_' or '=');
    }

    /// <summary>Whether a lowercase ASCII word starts at <paramref name="at"/> and has no non-ASCII letter.</summary>
    private static bool StartsAsciiWord(string text, int at)
    {
        if (!char.IsAsciiLetterLower(At(text, at)))
        {
            return false;
        }

        for (var k = at; k < text.Length && k - at < MaxWord && char.IsLetterOrDigit(text[k]); k++)
        {
            if (text[k] > 0x7F && !Capitals.Contains(text[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool NotWordy(char c) => !char.IsLetterOrDigit(c) && c is not ('/' or '_' or '@' or '=' or '\\');

    /// <summary>Damage in one word is one finding: "ÒquotedÓ" is repaired to "“quoted”" at once.</summary>
    private static List<Mojibake> JoinWithinWords(string text, List<Mojibake> found)
    {
        var joined = new List<Mojibake>();
        foreach (var next in found)
        {
            if (joined.Count > 0 && joined[^1] is var last && !text.AsSpan(last.Span.End, next.Span.Start - last.Span.End).ContainsAny(' ', '\n', '\r'))
            {
                joined[^1] = last with { Span = TextSpan.FromBounds(last.Span.Start, next.Span.End), Repaired = last.Repaired + text[last.Span.End..next.Span.Start] + next.Repaired };
                continue;
            }

            joined.Add(next);
        }

        return joined;
    }

    private static char At(string text, int index) => index >= 0 && index < text.Length ? text[index] : '\0';
}
