namespace NkContentLint.Facts;

/// <summary>
/// Where a phrase may end in Korean: Korean writes its particles on the noun ("우리민족끼리는", the name and the topic
/// particle), so a phrase that ends in a Hangul syllable also ends a word when a whole run of Hangul after it is a
/// particle of <c>rules/facts/korean-particles.txt</c>, and only then ("광명성", the satellite, is not "광명" and a particle);
/// so does a phrase that ends in a Latin letter or digit ("Star Joint Venture는").
/// A phrase that ends in a Han or kana character, or before one, ends a word there: Chinese and Japanese write no spaces.
/// </summary>
internal static class KoreanParticles
{
    private static readonly Lazy<HashSet<string>> Particles = new(() =>
    {
        using var stream = typeof(KoreanParticles).Assembly.GetManifestResourceStream("NkContentLint.Facts.korean-particles.txt")
            ?? throw new InvalidOperationException("embedded rule data 'korean-particles.txt' is missing");
        using var reader = new StreamReader(stream);
        return [.. reader.ReadToEnd().Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0 && !line.StartsWith('#'))];
    });

    /// <summary>Whether a phrase whose last character is at <paramref name="last"/> ends a word there.</summary>
    public static bool EndsWord(string text, int last)
    {
        var next = last + 1;
        if (next == text.Length || !char.IsLetterOrDigit(text[next]))
        {
            return true;
        }

        // Chinese and Japanese write no spaces: a phrase ends a word at any Han or kana character, and before one.
        if ((text[last] >= '\u3040' && UnspacedScripts.Contains(text[last])) || (text[next] >= '\u3040' && UnspacedScripts.Contains(text[next])))
        {
            return true;
        }

        // A name in Latin letters takes Korean particles as a Korean noun does ("Star Joint Venture는", blind24 a-13).
        if (!(IsHangulSyllable(text[last]) || char.IsAsciiLetterOrDigit(text[last])) || !IsHangulSyllable(text[next]))
        {
            return false;
        }

        var end = next;
        while (end < text.Length && IsHangulSyllable(text[end]) && end - next < 4)
        {
            end++;
        }

        return (end == text.Length || !char.IsLetterOrDigit(text[end])) && Particles.Value.Contains(text[next..end]);
    }

    private static bool IsHangulSyllable(char c) => c is >= '\uAC00' and <= '\uD7A3';
}
