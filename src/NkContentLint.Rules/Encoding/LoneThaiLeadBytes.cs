using Microsoft.CodeAnalysis.Text;
using NkContentLint.Text;

namespace NkContentLint.Rules.Encoding;

/// <summary>
/// UTF-8 read as Windows-874 (Thai) by a converter that then dropped every byte it could not show:
/// of a curly quote (E2 80 9C) only the lead byte's letter <c>โ</c> is left (<c>leaderโs</c>,
/// <c>โManbangโ</c>), and of a styled "bold" letter (F0 9D 90 A2) the digit <c>๐</c> and one Thai
/// letter (<c>๐ข๐ญ</c> for 𝐢𝐭). One such letter proves nothing, and Thai prose is full of them, so
/// the evidence is the document's: at least <see cref="MinimumInDocument"/> of them stuck to Latin
/// letters, and no run of Thai that reads as Thai words anywhere in it. The repair is a guess (bytes
/// were lost): a quote by position for <c>โ</c>, and the mathematical bold letter for <c>๐</c> pairs.
/// </summary>
internal static class LoneThaiLeadBytes
{
    /// <summary>How many lone lead letters a document needs before any is reported.</summary>
    private const int MinimumInDocument = 3;

    /// <summary>Windows-874's letter for byte E2, the lead byte of every general punctuation mark.</summary>
    private const char QuoteLead = '\u0E42';

    /// <summary>Windows-874's digit for byte F0, the lead byte of four-byte sequences (styled letters, emoji).</summary>
    private const char FourByteLead = '\u0E50';

    public static IEnumerable<Mojibake> Find(string text)
    {
        if (text.AsSpan().IndexOfAny(QuoteLead, FourByteLead) < 0)
        {
            return [];
        }

        var found = new List<Mojibake>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            // A styled letter (led by ๐) next to the quote stands for a letter too: "โ๐๐จ" is an opening quote.
            if (c == QuoteLead && SideOf(text, i - 1, after: false) is var before && SideOf(text, i + 1, after: true) is var after
                && before != Side.Thai && after != Side.Thai && (before == Side.Letter || after == Side.Letter))
            {
                found.Add(Lossy(new TextSpan(i, 1), before == Side.Letter && after == Side.Letter ? (IsContraction(text, i + 1) ? "’" : "—") : after == Side.Letter ? "“" : "”"));
            }
            else if (c == FourByteLead && StyledLetter(text, i) is { } styled)
            {
                found.Add(Lossy(new TextSpan(i, 2), styled));
                i++;
            }
            else if (c == FourByteLead && IsThai(At(text, i - 1)) | IsThai(At(text, i + 1)) && ThaiRunAround(text, i) is var (runStart, runLength) && runLength >= 3 && IsStyledRun(text, runStart, runLength))
            {
                // A styled letter whose last byte was lost too: the letter cannot be known.
                found.Add(Lossy(new TextSpan(i, 1), "\uFFFD"));
            }
            else if (IsThai(c) && ThaiRunAround(text, i) is var (start, run) && run >= 3 && !IsStyledRun(text, start, run))
            {
                // Real Thai words: the document is Thai text, not damaged English.
                return [];
            }
        }

        return found.Count >= MinimumInDocument ? JoinWithinWords(text, found) : [];
    }

    /// <summary>Damage in one word is one finding: "โManbangโ" is repaired to "“Manbang”" at once.</summary>
    private static List<Mojibake> JoinWithinWords(string text, List<Mojibake> found)
    {
        var joined = new List<Mojibake>();
        foreach (var next in found)
        {
            // One word, or a run of styled words ("𝐢𝐭 𝐭𝐚𝐤𝐞𝐬 𝐬𝐜𝐫𝐞𝐞𝐧𝐬𝐡𝐨𝐭𝐬" is one styled phrase, not three findings).
            if (joined.Count > 0 && joined[^1] is var last
                && (!text.AsSpan(last.Span.End, next.Span.Start - last.Span.End).ContainsAny(' ', '\n', '\r')
                    || (text.AsSpan(last.Span.End, next.Span.Start - last.Span.End).Trim(' ').IsEmpty && IsStyled(text, last.Span) && IsStyled(text, next.Span))))
            {
                var between = text[last.Span.End..next.Span.Start];
                joined[^1] = last with { Span = TextSpan.FromBounds(last.Span.Start, next.Span.End), Repaired = last.Repaired + between + next.Repaired };
                continue;
            }

            joined.Add(next);
        }

        return joined;
    }

    private static Mojibake Lossy(TextSpan span, string repaired) =>
        new(span, repaired, LegacyCodePage.Windows874, 1) { Lossy = true, Certain = false };

    /// <summary>"s", "t", "re", "ve", "ll", "d", "m" and then no letter: the lost mark was an apostrophe, else a dash ("doing—whether").</summary>
    private static bool IsContraction(string text, int at)
    {
        var end = at;
        while (end < text.Length && char.IsAsciiLetter(text[end]))
        {
            end++;
        }

        return text.AsSpan(at, end - at).ToString().ToLowerInvariant() is "s" or "t" or "re" or "ve" or "ll" or "d" or "m";
    }

    private static bool IsStyled(string text, TextSpan span) => text.AsSpan(span.Start, span.Length).Contains(FourByteLead);

    private enum Side
    {
        Other,
        Letter,
        Thai,
    }

    /// <summary>
    /// What stands beside a quote lead: a letter (Latin, or a styled letter: <c>๐</c> after it, a styled pair's
    /// end before it), Thai (then the quote lead is a Thai letter), or anything else. Between letters the quote is an
    /// apostrophe, before a word an opening quote, after one a closing quote.
    /// </summary>
    private static Side SideOf(string text, int at, bool after)
    {
        var c = At(text, at);
        if (IsLatinLetter(c) || (after && c == FourByteLead) || (!after && (c == FourByteLead || IsStyledPairEnd(text, at))))
        {
            return Side.Letter;
        }

        return IsThai(c) ? Side.Thai : Side.Other;
    }

    /// <summary>
    /// <c>๐</c> then a Thai letter standing for the last byte of a mathematical bold letter (F0 9D 90 xx, U+1D400–1D43F),
    /// between other such pairs or Latin text: the bold letter, with the two lost bytes taken to be 9D 90.
    /// </summary>
    private static string? StyledLetter(string text, int at)
    {
        var last = at + 1 < text.Length ? LegacyCodePage.Windows874.ToByte(text[at + 1]) : -1;
        if (last is < 0x80 or > 0xBF)
        {
            return null;
        }

        var neighbours = (At(text, at - 1) is var b && (IsLatinLetter(b) || b is ' ' or '\0' || b == FourByteLead || char.IsPunctuation(b) || IsStyledPairEnd(text, at - 1)))
            && (At(text, at + 2) is var a && (IsLatinLetter(a) || a is ' ' or '\0' || a == FourByteLead || char.IsPunctuation(a)));
        if (!neighbours)
        {
            return null;
        }

        var value = 0x1D400 + (last - 0x80);
        return char.ConvertFromUtf32(value);
    }

    private static bool IsStyledPairEnd(string text, int at) => at >= 1 && text[at - 1] == FourByteLead;

    /// <summary>A run of <c>๐</c>, each followed by at most one other Thai character (its last byte, or none when that was lost), and quote leads <c>โ</c> around it.</summary>
    private static bool IsStyledRun(string text, int start, int length)
    {
        for (var k = start; k < start + length; k++)
        {
            if (text[k] is not (FourByteLead or QuoteLead) && (k == start || text[k - 1] != FourByteLead))
            {
                return false;
            }
        }

        return true;
    }

    private static (int Start, int Length) ThaiRunAround(string text, int at)
    {
        var start = at;
        while (start > 0 && IsThai(text[start - 1]))
        {
            start--;
        }

        return (start, ThaiRunLength(text, start));
    }

    private static int ThaiRunLength(string text, int start)
    {
        var k = start;
        while (k < text.Length && IsThai(text[k]))
        {
            k++;
        }

        return k - start;
    }

    private static char At(string text, int index) => index >= 0 && index < text.Length ? text[index] : '\0';

    private static bool IsThai(char c) => c is >= '\u0E00' and <= '\u0E7F';

    private static bool IsLatinLetter(char c) => char.IsAsciiLetter(c) || (c is >= '\u00C0' and <= '\u024F' && char.IsLetter(c));
}
