using System.Runtime.CompilerServices;
using NkContentLint.Documents;
using NkContentLint.Facts;

namespace NkContentLint.Rules.Facts;

/// <summary>
/// Multi-word accepted names indexed by their words, for finding near misses. One per fact index.
/// </summary>
internal sealed class NameWordIndex
{
    private static readonly ConditionalWeakTable<FactIndex, NameWordIndex> Cache = new();

    private readonly Dictionary<string, List<(EntityFact Entity, string Name, int Words, int Position)>> byWord = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> known = new(StringComparer.Ordinal);

    private NameWordIndex(FactIndex facts)
    {
        foreach (var entity in facts.Entities)
        {
            foreach (var name in entity.AcceptedNames.Concat(entity.Misspellings))
            {
                known.Add(Squash(name));
            }

            foreach (var name in entity.AcceptedNames.Where(n => entity.Kind == "person" && Words(n).Length >= 2).Distinct())
            {
                var words = Words(name);
                for (var k = 0; k < words.Length; k++)
                {
                    if (!byWord.TryGetValue(words[k], out var list))
                    {
                        byWord[words[k]] = list = [];
                    }

                    list.Add((entity, name, words.Length, k));
                }
            }
        }
    }

    public static NameWordIndex For(FactIndex facts) => Cache.GetValue(facts, f => new NameWordIndex(f));

    /// <summary>Names whose word at some position equals a word near <paramref name="start"/>, aligned to start there.</summary>
    public IEnumerable<(EntityFact Entity, string Name, int Words)> Candidates(IReadOnlyList<ProseToken> words, int start)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var offset = 0; offset < 3 && start + offset < words.Count; offset++)
        {
            if (!byWord.TryGetValue(words[start + offset].Text, out var entries))
            {
                continue;
            }

            foreach (var entry in entries.Where(e => e.Position == offset && seen.Add(e.Name)))
            {
                yield return (entry.Entity, entry.Name, entry.Words);
            }
        }
    }

    public bool IsKnown(string squashed) => known.Contains(squashed);

    /// <summary>Lowercase letters and digits only: "Kim Jong-un" and "Kim Jong Un" squash alike.</summary>
    public static string Squash(string name) => string.Concat(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant));

    /// <summary>One insertion, deletion, substitution or transposition apart (Damerau–Levenshtein ≤ 1).</summary>
    public static bool WithinOneEdit(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        if (i == a.Length || i == b.Length)
        {
            return Math.Abs(a.Length - b.Length) <= 1;
        }

        return a[(i + 1)..] == b[(i + 1)..]              // substitution
            || a[i..] == b[(i + 1)..]                     // insertion in b
            || a[(i + 1)..] == b[i..]                     // deletion from b
            || (i + 1 < a.Length && i + 1 < b.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a[(i + 2)..] == b[(i + 2)..]);
    }

    /// <summary>Words as the prose tokenizer sees them: split on spaces, hyphenated parts kept together.</summary>
    private static string[] Words(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
