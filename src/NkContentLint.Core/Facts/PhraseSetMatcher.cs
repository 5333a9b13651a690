using Microsoft.CodeAnalysis.Text;

namespace NkContentLint.Facts;

/// <summary>
/// Several phrase sets in one trie, walked once from each phrase start (<see cref="PhraseStarts"/>): the fact index's
/// names, quantity cues, event cues and wrong descriptions. Each set's matches are exactly those of its own
/// <see cref="PhraseMatcher{T}"/>, found in the same order: a node of the joint trie is a prefix, and the phrases of a set
/// that end there are the ones its own trie has at that prefix, in the order given. Four walks from every word start
/// (and four passes over the prose, or a buffer of its start positions) were one: the walk goes as deep as the deepest
/// set's, where the four went as deep as each.
/// </summary>
internal sealed class PhraseSetMatcher
{
    /// <summary>The phrases that end at each node: by set, then in the order given; <c>Index</c> is the phrase's place in its set.</summary>
    private readonly FlatTrie<(int Length, int Set, int Index)> trie;

    private readonly int sets;

    public PhraseSetMatcher(IReadOnlyList<IReadOnlyList<string>> phraseSets)
    {
        sets = phraseSets.Count;
        var builder = new FlatTrie<(int Length, int Set, int Index)>.Builder();
        for (var set = 0; set < phraseSets.Count; set++)
        {
            var phrases = phraseSets[set];
            for (var index = 0; index < phrases.Count; index++)
            {
                var normalized = PhraseFolding.Normalize(phrases[index].Trim());
                if (normalized.Length != 0)
                {
                    builder.Add(normalized, (normalized.Length, set, index));
                }
            }
        }

        trie = builder.Build();
    }

    /// <summary>
    /// Every set's whole-word occurrences in <paramref name="text"/> (the span and the phrase's index in its set): for
    /// <paramref name="longestSet"/> those <see cref="PhraseMatcher{T}.FindLongestNonOverlapping(string)"/> finds, for every
    /// other set those <see cref="PhraseMatcher{T}.FindAll(string)"/> finds, each in the order it gives them.
    /// </summary>
    public List<(TextSpan Span, int Index)>[] Find(string text, int longestSet)
    {
        var found = new List<(TextSpan Span, int Index)>[sets];
        var sorted = new bool[sets];
        for (var set = 0; set < sets; set++)
        {
            found[set] = [];
            sorted[set] = true;
        }

        var longestEnd = 0;
        var afterLetterOrDigit = false;
        for (var start = PhraseStarts.Next(text, 0, ref afterLetterOrDigit); start >= 0; start = PhraseStarts.Next(text, start + 1, ref afterLetterOrDigit))
        {
            var first = PhraseFolding.Fold(text[start]);
            var state = trie.Root(first);
            if (state == 0)
            {
                continue;
            }

            // The longest-match set takes no match starting inside its last one; the others take every match.
            var longestHere = start >= longestEnd;
            var longestLength = 0;
            var longestIndex = 0;
            for (var i = start; state != 0; state = ++i < text.Length ? trie.Step(state, PhraseFolding.Fold(text[i])) : 0)
            {
                if (trie.Outputs[state] is not { } ending || !KoreanParticles.EndsWord(text, i))
                {
                    continue;
                }

                var longestTaken = false;
                foreach (var (length, set, index) in ending)
                {
                    if (set == longestSet)
                    {
                        // The first phrase of that set ending here, as its own walk keeps it: a longer one found later replaces it.
                        if (longestHere && !longestTaken)
                        {
                            longestLength = length;
                            longestIndex = index;
                            longestTaken = true;
                        }

                        continue;
                    }

                    var span = new TextSpan(start, length);
                    var matches = found[set];
                    sorted[set] &= matches.Count == 0 || IsInOrder(matches[^1].Span, span);
                    matches.Add((span, index));
                }
            }

            if (longestLength > 0)
            {
                found[longestSet].Add((new TextSpan(start, longestLength), longestIndex));
                longestEnd = start + longestLength;
            }
        }

        for (var set = 0; set < sets; set++)
        {
            if (!sorted[set])
            {
                SortByEnd(found[set]);
            }
        }

        return found;
    }

    private static bool IsInOrder(TextSpan before, TextSpan after) =>
        before.End < after.End || (before.End == after.End && before.Length >= after.Length);

    /// <summary>
    /// By end, longer first at the same end, keeping the order of equal ones: what <see cref="PhraseMatcher{T}"/>'s stable
    /// <c>OrderBy(End).ThenByDescending(Length)</c> gives, by insertion (only overlapping walks interleave, which in prose is rare).
    /// </summary>
    private static void SortByEnd(List<(TextSpan Span, int Index)> matches)
    {
        for (var k = 1; k < matches.Count; k++)
        {
            var item = matches[k];
            var j = k;
            for (; j > 0 && !IsInOrder(matches[j - 1].Span, item.Span); j--)
            {
                matches[j] = matches[j - 1];
            }

            matches[j] = item;
        }
    }
}

/// <summary>How phrases and text are compared: the fold both sides go through.</summary>
internal static class PhraseFolding
{
    public static string Normalize(string phrase)
    {
        var folded = new char[phrase.Length];
        for (var i = 0; i < folded.Length; i++)
        {
            folded[i] = Fold(phrase[i]);
        }

        return new string(folded);
    }

    /// <summary>Case-folds and treats line breaks and tabs as spaces, and the typographic apostrophe as the ASCII one.</summary>
    /// <remarks>The ASCII case inlined at every step of a walk; the rest is a call.</remarks>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c) => c < 128
        ? (c is '\n' or '\r' or '\t' ? ' ' : (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c)
        : FoldOther(c);

    private static char FoldOther(char c) => c switch
    {
        '\u00A0' => ' ',
        '\u2019' => '\'',
        _ => char.ToLowerInvariant(c),
    };
}
