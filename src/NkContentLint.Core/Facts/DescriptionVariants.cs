namespace NkContentLint.Facts;

/// <summary>
/// The forms a pack's wrong description is matched in: as written, and with its last noun replaced by
/// another noun of the same kind (rules/facts/kind-nouns.txt): "state-run mobile operator" is as wrong
/// for Koryolink written "state-run mobile company".
/// </summary>
internal static class DescriptionVariants
{
    private static readonly Lazy<IReadOnlyList<string[]>> Groups = new(() =>
    {
        using var stream = typeof(DescriptionVariants).Assembly.GetManifestResourceStream("NkContentLint.Facts.kind-nouns.txt")
            ?? throw new InvalidOperationException("embedded rule data 'kind-nouns.txt' is missing");
        using var reader = new StreamReader(stream);
        return [.. reader.ReadToEnd().Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))];
    });

    public static IEnumerable<string> Expand(string phrase)
    {
        yield return phrase;
        var space = phrase.LastIndexOf(' ');
        if (space < 0)
        {
            // A one-word description ("operator") is too loose to widen.
            yield break;
        }

        var last = phrase[(space + 1)..];
        foreach (var group in Groups.Value)
        {
            if (!group.Contains(last, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var other in group.Where(w => !w.Equals(last, StringComparison.OrdinalIgnoreCase)))
            {
                yield return phrase[..(space + 1)] + other;
            }
        }
    }
}
