namespace NkContentLint.Facts;

/// <summary>
/// The trie both phrase matchers walk (<see cref="PhraseMatcher{T}"/>, <see cref="PhraseSetMatcher"/>), stored flat: each
/// node's edges a run of two arrays sorted by character, the root's ASCII edges a direct table, so a step is an array read,
/// not a dictionary lookup. Node 0 is the root, and 0 is also "no child" (the walk ends): no edge leads back to the root.
/// </summary>
/// <typeparam name="TOutput">What a phrase ending at a node gives (each matcher its own).</typeparam>
internal readonly struct FlatTrie<TOutput>
{
    /// <summary>The root's children by ASCII character (0: none).</summary>
    private readonly int[] rootAscii;

    /// <summary>The root's children by any other character.</summary>
    private readonly Dictionary<char, int> rootOther;

    /// <summary>Node <c>n</c>'s edges are <c>edgeChars/edgeTargets[firstEdge[n] .. firstEdge[n + 1]]</c>, sorted by character.</summary>
    private readonly int[] firstEdge;

    private readonly char[] edgeChars;

    private readonly int[] edgeTargets;

    private FlatTrie(int[] rootAscii, Dictionary<char, int> rootOther, int[] firstEdge, char[] edgeChars, int[] edgeTargets, TOutput[]?[] outputs)
    {
        this.rootAscii = rootAscii;
        this.rootOther = rootOther;
        this.firstEdge = firstEdge;
        this.edgeChars = edgeChars;
        this.edgeTargets = edgeTargets;
        Outputs = outputs;
    }

    /// <summary>The outputs of the phrases that end at each node (null: none), in the order they were added.</summary>
    public TOutput[]?[] Outputs { get; }

    /// <summary>The root's child by <paramref name="c"/> (already folded), or 0.</summary>
    public int Root(char c) => c < 128 ? rootAscii[c] : rootOther.GetValueOrDefault(c);

    /// <summary>The child of <paramref name="node"/> by <paramref name="c"/>, or 0 (the walk ends).</summary>
    public int Step(int node, char c)
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

    /// <summary>
    /// Built as one table of edges first (a node and a character to a child), then laid out flat by <see cref="Build"/>:
    /// one hash table for the whole trie, not one per node (a 10,000-fact house pack makes half a million nodes).
    /// </summary>
    public sealed class Builder
    {
        /// <summary>Edges keyed by the parent node in the high bits and the character in the low 16.</summary>
        private readonly Dictionary<long, int> edges = [];

        private readonly List<List<TOutput>?> ends = [null];

        /// <summary>Adds a phrase, already folded (<see cref="PhraseFolding.Normalize(string)"/>) and not empty.</summary>
        public void Add(string folded, TOutput output)
        {
            var state = 0;
            foreach (var c in folded)
            {
                var key = ((long)state << 16) | c;
                if (!edges.TryGetValue(key, out var child))
                {
                    child = ends.Count;
                    ends.Add(null);
                    edges[key] = child;
                }

                state = child;
            }

            (ends[state] ??= []).Add(output);
        }

        public FlatTrie<TOutput> Build()
        {
            var count = ends.Count;
            var total = edges.Count;
            var keys = new long[total];
            var edgeTargets = new int[total];
            var at = 0;
            foreach (var (key, child) in edges)
            {
                keys[at] = key;
                edgeTargets[at++] = child;
            }

            // By parent, then by character: each node's edges a sorted run.
            Array.Sort(keys, edgeTargets);
            var firstEdge = new int[count + 1];
            var edgeChars = new char[total];
            for (var e = 0; e < total; e++)
            {
                edgeChars[e] = (char)keys[e];
                firstEdge[(int)(keys[e] >> 16) + 1]++;
            }

            for (var node = 0; node < count; node++)
            {
                firstEdge[node + 1] += firstEdge[node];
            }

            var rootAscii = new int[128];
            var rootOther = new Dictionary<char, int>();
            for (var e = firstEdge[0]; e < firstEdge[1]; e++)
            {
                if (edgeChars[e] < 128)
                {
                    rootAscii[edgeChars[e]] = edgeTargets[e];
                }
                else
                {
                    rootOther[edgeChars[e]] = edgeTargets[e];
                }
            }

            var outputs = new TOutput[]?[count];
            for (var node = 0; node < count; node++)
            {
                outputs[node] = ends[node]?.ToArray();
            }

            return new FlatTrie<TOutput>(rootAscii, rootOther, firstEdge, edgeChars, edgeTargets, outputs);
        }
    }
}
