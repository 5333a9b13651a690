using Microsoft.CodeAnalysis.Text;

namespace NkContentLint.Facts;

/// <summary>
/// Finds many phrases at once in one pass over a text, case-insensitively and on whole words only. Cost is
/// linear in the text plus the matches, whatever the number of phrases, which is what lets a 10,000-fact
/// pack lint as fast as a small one.
/// </summary>
/// <remarks>
/// Because a match must start where a word starts (or with a character that carries its own boundary, such
/// as the dot of ".nk"), the phrases are kept in a trie walked from each such position, not as an
/// Aho–Corasick automaton that follows every character: in prose the walk from a word start ends after a
/// letter or two, and the positions inside words are never looked at. The trie is stored flat (<see cref="FlatTrie{TOutput}"/>: each
/// node's edges a run of two arrays, the root's ASCII edges a direct table) so a step is an array read,
/// not a dictionary lookup.
/// </remarks>
public sealed class PhraseMatcher<T>
{
    private readonly FlatTrie<(int Length, T Value)> trie;

    public PhraseMatcher(IEnumerable<(string Phrase, T Value)> phrases)
    {
        var builder = new FlatTrie<(int Length, T Value)>.Builder();
        foreach (var (phrase, value) in phrases)
        {
            var normalized = Normalize(phrase.Trim());
            if (normalized.Length != 0)
            {
                builder.Add(normalized, (normalized.Length, value));
            }
        }

        trie = builder.Build();
    }

    /// <summary>Every whole-word occurrence, in order of end position (longer first at the same end).</summary>
    public List<(TextSpan Span, T Value)> FindAll(string text)
    {
        var matches = new List<(TextSpan Span, T Value)>();
        var sorted = true;
        var afterLetterOrDigit = false;
        for (var start = PhraseStarts.Next(text, 0, ref afterLetterOrDigit); start >= 0; start = PhraseStarts.Next(text, start + 1, ref afterLetterOrDigit))
        {
            WalkAll(text, start, matches, ref sorted);
        }

        return InOrder(matches, sorted);
    }

    private void WalkAll(string text, int start, List<(TextSpan Span, T Value)> matches, ref bool sorted)
    {
        var first = Fold(text[start]);
        var state = trie.Root(first);
        for (var i = start; state != 0; state = ++i < text.Length ? trie.Step(state, Fold(text[i])) : 0)
        {
            if (trie.Outputs[state] is not { } ending || !KoreanParticles.EndsWord(text, i))
            {
                continue;
            }

            foreach (var (length, value) in ending)
            {
                var span = new TextSpan(start, length);
                sorted &= matches.Count == 0 || IsInOrder(matches[^1].Span, span);
                matches.Add((span, value));
            }
        }
    }

    // Walks go by start; the order promised is by end, longer first, as a caller reading matches
    // left to right relies on. Matches of one walk are already in that order; only overlapping
    // walks interleave, which in prose is rare, so the sort is usually skipped.
    private static List<(TextSpan Span, T Value)> InOrder(List<(TextSpan Span, T Value)> matches, bool sorted) =>
        sorted ? matches : [.. matches.OrderBy(m => m.Span.End).ThenByDescending(m => m.Span.Length)];

    /// <summary>
    /// The whole-word occurrences that do not overlap, in order: where occurrences overlap, the one that starts
    /// first wins, and of those that start together the longest (the first value given, when a phrase has
    /// several). The same as <see cref="FindAll(string)"/> with every overlapped occurrence dropped, found in one walk
    /// without holding the overlapped ones: a long article names its entities a million times.
    /// </summary>
    public List<(TextSpan Span, T Value)> FindLongestNonOverlapping(string text)
    {
        var matches = new List<(TextSpan Span, T Value)>();
        var end = 0;
        var afterLetterOrDigit = false;
        for (var start = PhraseStarts.Next(text, 0, ref afterLetterOrDigit); start >= 0; start = PhraseStarts.Next(text, start + 1, ref afterLetterOrDigit))
        {
            if (start >= end)
            {
                WalkLongest(text, start, matches, ref end);
            }
        }

        return matches;
    }

    private void WalkLongest(string text, int start, List<(TextSpan Span, T Value)> matches, ref int end)
    {
        var first = Fold(text[start]);
        var state = trie.Root(first);
        (int Length, T Value)? longest = null;
        for (var i = start; state != 0; state = ++i < text.Length ? trie.Step(state, Fold(text[i])) : 0)
        {
            if (trie.Outputs[state] is { } ending && KoreanParticles.EndsWord(text, i))
            {
                longest = ending[0];
            }
        }

        if (longest is { } found)
        {
            matches.Add((new TextSpan(start, found.Length), found.Value));
            end = start + found.Length;
        }
    }

    private static bool IsInOrder(TextSpan before, TextSpan after) =>
        before.End < after.End || (before.End == after.End && before.Length >= after.Length);

    private static string Normalize(string phrase) => PhraseFolding.Normalize(phrase);

    /// <summary>Case-folds and treats line breaks and tabs as spaces, and the typographic apostrophe as the ASCII one.</summary>
    private static char Fold(char c) => PhraseFolding.Fold(c);
}

/// <summary>
/// Where a phrase may start in a text: at a word's start, or at a character that is not a letter or digit (".nk" is found
/// at the end of "starcon.net.nk", "@uriminzok" after any character); at every Han or kana character and after one
/// (Chinese and Japanese write no spaces between words: "朝鲜的移动渗透率" holds "移动渗透率"); never at a blank, which no
/// phrase starts with (phrases are trimmed). The same positions for every matcher; the fact index walks its four phrase sets from each at once
/// (<see cref="PhraseSetMatcher"/>).
/// </summary>
internal static class PhraseStarts
{
    /// <summary>
    /// The first start position at or after <paramref name="from"/>, or -1. <paramref name="afterLetterOrDigit"/> carries whether
    /// the character before <paramref name="from"/> is a letter or digit (one test per character; it was two), and runs of
    /// blanks, most of a prose view, are skipped at once.
    /// </summary>
    public static int Next(string text, int from, ref bool afterLetterOrDigit)
    {
        for (var p = from; p < text.Length; p++)
        {
            var c = text[p];
            if (c == ' ')
            {
                afterLetterOrDigit = false;
                if (p + 1 < text.Length && text[p + 1] == ' ')
                {
                    var run = text.AsSpan(p + 2).IndexOfAnyExcept(' ');
                    if (run < 0)
                    {
                        return -1;
                    }

                    p += 1 + run;
                }

                continue;
            }

            var letterOrDigit = char.IsLetterOrDigit(c);
            var unspaced = c >= '\u3040' && UnspacedScripts.Contains(c);
            var inWord = letterOrDigit && afterLetterOrDigit && !unspaced;
            // After a Han or kana character the next one starts a phrase too: those scripts write no spaces.
            afterLetterOrDigit = letterOrDigit && !unspaced;
            if (!inWord)
            {
                return p;
            }
        }

        return -1;
    }
}

/// <summary>The scripts that write no spaces between words: Han (Chinese characters, kanji) and kana.</summary>
internal static class UnspacedScripts
{
    /// <summary>Whether <paramref name="c"/> is a Han or kana character, after which and before which a word may end and start.</summary>
    public static bool Contains(char c) => c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF');
}
