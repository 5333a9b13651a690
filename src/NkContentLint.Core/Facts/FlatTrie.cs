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

    /// <summary>Built as a trie of dictionaries first, then laid out flat by <see cref="Build"/>.</summary>
    public sealed class Builder
    {
        private readonly List<Dictionary<char, int>?> children = [null];

        private readonly List<List<TOutput>?> ends = [null];

        /// <summary>Adds a phrase, already folded (<see cref="PhraseFolding.Normalize(string)"/>) and not empty.</summary>
        public void Add(string folded, TOutput output)
        {
            var state = 0;
            foreach (var c in folded)
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

            (ends[state] ??= []).Add(output);
        }

        public FlatTrie<TOutput> Build()
        {
            var count = children.Count;
            var firstEdge = new int[count + 1];
            var total = 0;
            foreach (var edges in children)
            {
                total += edges?.Count ?? 0;
            }

            var rootAscii = new int[128];
            var rootOther = new Dictionary<char, int>();
            var edgeChars = new char[total];
            var edgeTargets = new int[total];
            var outputs = new TOutput[]?[count];
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
            return new FlatTrie<TOutput>(rootAscii, rootOther, firstEdge, edgeChars, edgeTargets, outputs);
        }
    }
}
