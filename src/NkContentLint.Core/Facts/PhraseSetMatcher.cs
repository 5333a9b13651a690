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
    /// <summary>The root's children by ASCII character (0: none).</summary>
    private readonly int[] rootAscii = new int[128];

    /// <summary>The root's children by any other character.</summary>
    private readonly Dictionary<char, int> rootOther = [];

    /// <summary>Node <c>n</c>'s edges are <c>edgeChars/edgeTargets[firstEdge[n] .. firstEdge[n + 1]]</c>, sorted by character.</summary>
    private readonly int[] firstEdge;

    private readonly char[] edgeChars;

    private readonly int[] edgeTargets;

    /// <summary>The phrases that end at each node (null: none): by set, then in the order given; <c>Index</c> is the phrase's place in its set.</summary>
    private readonly (int Length, int Set, int Index)[]?[] outputs;

    private readonly int sets;

    public PhraseSetMatcher(IReadOnlyList<IReadOnlyList<string>> phraseSets)
    {
        sets = phraseSets.Count;
        var children = new List<Dictionary<char, int>?> { null };
        var ends = new List<List<(int Length, int Set, int Index)>?> { null };
        for (var set = 0; set < phraseSets.Count; set++)
        {
            var phrases = phraseSets[set];
            for (var index = 0; index < phrases.Count; index++)
            {
                var normalized = PhraseFolding.Normalize(phrases[index].Trim());
                if (normalized.Length == 0)
                {
                    continue;
                }

                var state = 0;
                foreach (var c in normalized)
                {
                    var edges = children[state] ??= [];
                    if (!edges.TryGetValue(c, out var child))
                    {
                        child = children.Count;
                        children.Add(null);
                        ends.Add(null);
                        edges[c] = child;
                    }

                    state = child;
                }

                (ends[state] ??= []).Add((normalized.Length, set, index));
            }
        }

        var count = children.Count;
        firstEdge = new int[count + 1];
        var total = 0;
        foreach (var edges in children)
        {
            total += edges?.Count ?? 0;
        }

        edgeChars = new char[total];
        edgeTargets = new int[total];
        outputs = new (int, int, int)[]?[count];
        var at = 0;
        for (var node = 0; node < count; node++)
        {
            firstEdge[node] = at;
            if (children[node] is { } edges)
            {
                // Each node's edges sorted by character, by insertion (a node has a few; no sorter or LINQ to set up at start-up).
                var first = at;
                foreach (var (c, child) in edges)
                {
                    var k = at++;
                    for (; k > first && edgeChars[k - 1] > c; k--)
                    {
                        edgeChars[k] = edgeChars[k - 1];
                        edgeTargets[k] = edgeTargets[k - 1];
                    }

                    edgeChars[k] = c;
                    edgeTargets[k] = child;
                }

                if (node == 0)
                {
                    for (var k = first; k < at; k++)
                    {
                        var c = edgeChars[k];
                        if (c < 128)
                        {
                            rootAscii[c] = edgeTargets[k];
                        }
                        else
                        {
                            rootOther[c] = edgeTargets[k];
                        }
                    }
                }
            }

            outputs[node] = ends[node]?.ToArray();
        }

        firstEdge[count] = at;
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
            var state = first < 128 ? rootAscii[first] : rootOther.GetValueOrDefault(first);
            if (state == 0)
            {
                continue;
            }

            // The longest-match set takes no match starting inside its last one; the others take every match.
            var longestHere = start >= longestEnd;
            var longestLength = 0;
            var longestIndex = 0;
            for (var i = start; state != 0; state = ++i < text.Length ? Step(state, PhraseFolding.Fold(text[i])) : 0)
            {
                if (outputs[state] is not { } ending || !KoreanParticles.EndsWord(text, i))
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

    /// <summary>The child of <paramref name="node"/> by <paramref name="c"/>, or 0 (the walk ends).</summary>
    private int Step(int node, char c)
    {
        var lo = firstEdge[node];
        var hi = firstEdge[node + 1];
        if (hi - lo <= 8)
        {
            for (var e = lo; e < hi; e++)
            {
                if (edgeChars[e] == c)
                {
                    return edgeTargets[e];
                }
            }

            return 0;
        }

        var found = Array.BinarySearch(edgeChars, lo, hi - lo, c);
        return found >= 0 ? edgeTargets[found] : 0;
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
