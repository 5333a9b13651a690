namespace NkContentLint.Documents;

/// <summary>
/// One string per distinct value within one document, for the short strings its views hold many times over:
/// token texts, claim texts, units and counted nouns, a table column's header, citation targets and link
/// destinations (issue 12, row 13: a markup-dense 50 MB article held 1.25 million such strings, 60 MB of them
/// repeats of "Year", "internet users", "the" or a footnote label). Kept on the document's shared sentence
/// record, so it lives as long as the views that point into it; thread-safe, as rules may tokenize a sentence
/// from more than one thread.
/// </summary>
internal sealed class DocumentStrings
{
    private readonly HashSet<string> strings = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public DocumentStrings() => lookup = strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Taken while a caller shares many strings in a row (<see cref="ShareLocked"/>).</summary>
    public object Gate => strings;

    /// <summary>The document's string equal to <paramref name="chars"/>, made on first use.</summary>
    public string Share(ReadOnlySpan<char> chars)
    {
        lock (strings)
        {
            return ShareLocked(chars);
        }
    }

    /// <summary>The document's string equal to <paramref name="value"/> (<paramref name="value"/> itself on first use).</summary>
    public string? Share(string? value)
    {
        if (value is null)
        {
            return null;
        }

        lock (strings)
        {
            if (strings.TryGetValue(value, out var shared))
            {
                return shared;
            }

            strings.Add(value);
            return value;
        }
    }

    /// <summary><see cref="Share(ReadOnlySpan{char})"/> for a caller that holds <see cref="Gate"/>.</summary>
    public string ShareLocked(ReadOnlySpan<char> chars)
    {
        if (!lookup.TryGetValue(chars, out var shared))
        {
            shared = chars.ToString();
            strings.Add(shared);
        }

        return shared;
    }
}
