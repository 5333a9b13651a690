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
    private readonly HashSet<string> strings;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public DocumentStrings()
        : this(0)
    {
    }

    /// <summary>A set sized for <paramref name="capacity"/> strings (<see cref="ExpectedCount"/>), grown past it as needed.</summary>
    public DocumentStrings(int capacity)
    {
        strings = new HashSet<string>(capacity, StringComparer.Ordinal);
        lookup = strings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// About how many distinct strings a document of <paramref name="length"/> characters gives, a little over: a set
    /// grown from empty doubles a dozen times and allocates its tables about three times over (on PowerShell-Docs
    /// 50 MB of a run's allocations). Distinct words grow with about the 0.68th power of an article's length
    /// (PowerShell-Docs: 64 per 1,000 characters in a 1 KB page, 31 in a 14 KB one, 15 in a 100 KB one); this is 1.3
    /// times that fit, and capped, as a huge article's set grows as it is filled, not before.
    /// </summary>
    public static int ExpectedCount(int length) => (int)Math.Min(0.75 * Math.Pow(length, 0.68), 1 << 16);

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
