using Microsoft.CodeAnalysis.Text;

namespace NkContentLint.Facts;

/// <summary>
/// Finds many phrases at once in one pass over a text (Aho–Corasick), case-insensitively and on
/// whole words only. Cost is linear in the text plus the matches, whatever the number of phrases,
/// which is what lets a 10,000-fact pack lint as fast as a small one.
/// </summary>
public sealed class PhraseMatcher<T>
{
    private readonly List<Dictionary<char, int>> next = [new()];
    private readonly List<int> fail = [0];
    private readonly List<List<(int Length, T Value)>> outputs = [[]];

    public PhraseMatcher(IEnumerable<(string Phrase, T Value)> phrases)
    {
        foreach (var (phrase, value) in phrases)
        {
            var normalized = Normalize(phrase.Trim());
            if (normalized.Length == 0)
            {
                continue;
            }

            var state = 0;
            foreach (var c in normalized)
            {
                if (!next[state].TryGetValue(c, out var child))
                {
                    child = next.Count;
                    next.Add([]);
                    fail.Add(0);
                    outputs.Add([]);
                    next[state][c] = child;
                }

                state = child;
            }

            outputs[state].Add((normalized.Length, value));
        }

        BuildFailureLinks();
    }

    /// <summary>Every whole-word occurrence, in order of end position (longer first at the same end).</summary>
    public List<(TextSpan Span, T Value)> FindAll(string text)
    {
        var matches = new List<(TextSpan, T)>();
        var state = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = Fold(text[i]);
            while (state != 0 && !next[state].ContainsKey(c))
            {
                state = fail[state];
            }

            state = next[state].GetValueOrDefault(c);
            if (outputs[state].Count == 0)
            {
                continue;
            }

            var afterIsBoundary = i + 1 >= text.Length || !char.IsLetterOrDigit(text[i + 1]);
            if (!afterIsBoundary)
            {
                continue;
            }

            foreach (var (length, value) in outputs[state])
            {
                // A phrase that starts with punctuation (".nk", "@uriminzok") carries its own boundary: ".nk" is
                // found at the end of "starcon.net.nk".
                var start = i + 1 - length;
                if (start == 0 || !char.IsLetterOrDigit(text[start - 1]) || !char.IsLetterOrDigit(text[start]))
                {
                    matches.Add((new TextSpan(start, length), value));
                }
            }
        }

        return matches;
    }

    private void BuildFailureLinks()
    {
        var queue = new Queue<int>();
        foreach (var child in next[0].Values)
        {
            queue.Enqueue(child);
        }

        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            foreach (var (c, child) in next[state])
            {
                var f = fail[state];
                while (f != 0 && !next[f].ContainsKey(c))
                {
                    f = fail[f];
                }

                fail[child] = next[f].TryGetValue(c, out var target) && target != child ? target : 0;
                // Inherit the outputs of the failure state, so suffix phrases are reported too.
                outputs[child].AddRange(outputs[fail[child]]);
                queue.Enqueue(child);
            }
        }
    }

    private static string Normalize(string phrase) => string.Concat(phrase.Select(Fold));

    /// <summary>Case-folds and treats line breaks and tabs as spaces, and the typographic apostrophe as the ASCII one.</summary>
    private static char Fold(char c) => c switch
    {
        '\n' or '\r' or '\t' or '\u00A0' => ' ',
        '\u2019' => '\'',
        _ => char.ToLowerInvariant(c),
    };
}
