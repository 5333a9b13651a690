using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace NkContentLint.Rules.Encoding;

/// <summary>
/// A '?' that a GBK or Big5 conversion wrote into Chinese text for a character (or a byte of one) it could not map:
/// the legacy converters' U+FFFD. Two forms, in lines without kana or Hangul (Japanese and Korean are not read):
/// <list type="bullet">
/// <item>Debris of a pinyin gloss: a '?' glued after a Han character and before a tone-marked pinyin syllable closed by
/// a bracket nobody opened (<c>當?shù)</c>: the byte of '(' went into a broken double-byte character). Certain on its
/// own: no writer puts a question mark there.</item>
/// <item>A '?' (or a run of them) between two Han characters whose clause asks nothing: no question word or particle
/// (<c>chinese-question-cues.txt</c>) and no A-not-A form before it. Clean Chinese written with half-width
/// punctuation ends a question that way (<c>为什么这么慢?因为</c>), and a question can ask by its tone alone, so this
/// form counts only when the document has at least two such marks (of either form).</item>
/// </list>
/// Full-width '？', a '?' after Latin letters or digits (URLs, code, English) and one before a space are never read.
/// </summary>
internal static class ChineseConversionQuestionMarks
{
    /// <summary>One lost character: the span reported and the text around it shown in the message.</summary>
    internal readonly record struct Found(TextSpan Span, string Shown, string? PinyinDebris);

    private static readonly Lazy<string[]> QuestionCues = new(() => ReadCues().ToArray());

    private const string ToneMarked = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";

    public static IEnumerable<Found> Find(string text)
    {
        var first = text.IndexOf('?');
        if (first < 0)
        {
            return [];
        }

        var certain = new List<Found>();
        var betweenCharacters = new List<Found>();
        for (var at = first; at >= 0; at = text.IndexOf('?', at + 1))
        {
            var runEnd = at;
            while (runEnd < text.Length && text[runEnd] == '?')
            {
                runEnd++;
            }

            var before = RuneBefore(text, AfterHanOrGloss(text, at));
            if (before is not { } previous || !IsHan(previous) || LineHasKanaOrHangul(text, at))
            {
                at = runEnd - 1;
                continue;
            }

            if (runEnd - at == 1 && PinyinDebrisEnd(text, runEnd) is var debrisEnd and > 0)
            {
                certain.Add(new(TextSpan.FromBounds(at, debrisEnd), Shown(text, at, debrisEnd), text[runEnd..(debrisEnd - 1)]));
            }
            else if (runEnd < text.Length && Rune.TryGetRuneAt(text, runEnd, out var after) && IsHan(after) && !ClauseAsks(text, at))
            {
                betweenCharacters.Add(new(TextSpan.FromBounds(at, runEnd), Shown(text, at, runEnd), null));
            }

            at = runEnd - 1;
        }

        if (certain.Count + betweenCharacters.Count < 2)
        {
            betweenCharacters.Clear();
        }

        return certain.Concat(betweenCharacters).OrderBy(f => f.Span.Start).ToList();
    }

    /// <summary>
    /// Where the character before <paramref name="at"/> ends when a pinyin gloss stands between them (<c>當(dāng)?</c>: the
    /// gloss's opening bracket), else <paramref name="at"/>.
    /// </summary>
    private static int AfterHanOrGloss(string text, int at)
    {
        if (at == 0 || text[at - 1] is not (')' or '）'))
        {
            return at;
        }

        var open = at - 2;
        while (open >= 0 && at - 1 - open <= 7 && (char.IsAsciiLetterLower(text[open]) || text[open] == 'ü' || ToneMarked.Contains(text[open])))
        {
            open--;
        }

        return open >= 0 && open < at - 2 && text[open] is '(' or '（' && text.AsSpan(open + 1, at - 2 - open).IndexOfAny(ToneMarked) >= 0 ? open : at;
    }

    /// <summary>The end (after the bracket) of a pinyin syllable with a tone mark closed by ')' or '）' at <paramref name="start"/>, else 0.</summary>
    private static int PinyinDebrisEnd(string text, int start)
    {
        var end = start;
        var toneMarked = false;
        while (end < text.Length && end - start <= 6 && (char.IsAsciiLetterLower(text[end]) || text[end] == 'ü' || ToneMarked.Contains(text[end])))
        {
            toneMarked |= ToneMarked.Contains(text[end]);
            end++;
        }

        return toneMarked && end - start <= 6 && end < text.Length && text[end] is ')' or '）' ? end + 1 : 0;
    }

    /// <summary>Whether the clause before the '?' at <paramref name="at"/> asks: a question word or particle, or A-not-A (是不是, 有没有).</summary>
    private static bool ClauseAsks(string text, int at)
    {
        var start = at;
        while (start > 0 && at - start < 40 && !IsClauseBoundary(text[start - 1]))
        {
            start--;
        }

        var clause = text.AsSpan(start, at - start);
        foreach (var cue in QuestionCues.Value)
        {
            if (clause.Contains(cue, StringComparison.Ordinal))
            {
                return true;
            }
        }

        for (var i = 1; i + 1 < clause.Length; i++)
        {
            if (clause[i] is '不' or '没' or '沒' && clause[i - 1] == clause[i + 1] && clause[i - 1] > 0x2E7F)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsClauseBoundary(char c) =>
        char.IsWhiteSpace(c) || c is '。' or '，' or ',' or '、' or '！' or '!' or '？' or '?' or '；' or ';' or '：' or ':'
            or '「' or '」' or '『' or '』' or '“' or '”' or '"' or '（' or '）' or '(' or ')' or '.' or '…';

    private static string Shown(string text, int start, int end)
    {
        var from = AfterHanOrGloss(text, start);
        if (RuneBefore(text, from) is { } previous)
        {
            from -= previous.Utf16SequenceLength;
        }

        var to = end;
        for (var taken = 0; taken < 4 && to < text.Length && Rune.TryGetRuneAt(text, to, out var next) && IsHan(next); taken++)
        {
            to += next.Utf16SequenceLength;
        }

        return text[from..to];
    }

    private static Rune? RuneBefore(string text, int at) =>
        at > 0 && Rune.DecodeLastFromUtf16(text.AsSpan(0, at), out var rune, out _) == System.Buffers.OperationStatus.Done ? rune : null;

    /// <summary>A CJK unified or compatibility ideograph (not a symbol, kana or Hangul).</summary>
    internal static bool IsHan(Rune rune) => rune.Value is (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x3FFFF);

    private static bool LineHasKanaOrHangul(string text, int at)
    {
        var start = text.LastIndexOf('\n', Math.Max(at - 1, 0)) + 1;
        var end = text.IndexOf('\n', at);
        foreach (var c in text.AsSpan(start, (end < 0 ? text.Length : end) - start))
        {
            if (c is (>= '\u3040' and <= '\u30FF') or (>= '\u31F0' and <= '\u31FF') or (>= '\uFF66' and <= '\uFF9F')
                or (>= '\u1100' and <= '\u11FF') or (>= '\u3130' and <= '\u318F') or (>= '\uAC00' and <= '\uD7AF'))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> ReadCues()
    {
        using var stream = typeof(ChineseConversionQuestionMarks).Assembly.GetManifestResourceStream("NkContentLint.Rules.Encoding.chinese-question-cues.txt")
            ?? throw new InvalidOperationException("embedded rule data 'chinese-question-cues.txt' is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
    }
}
