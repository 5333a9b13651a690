using System.Globalization;
using Humanizer;

namespace NkContentLint.Claims;

/// <summary>The result of reading number words: the value, how many words it took, and whether a scale word was among them.</summary>
internal readonly record struct NumberWordsMatch(double Value, int WordCount, bool HasScale);

/// <summary>
/// English number words to numbers: <c>two</c>, <c>twenty-five</c>, <c>twenty five</c>,
/// <c>two hundred and fifty</c>, <c>a million</c>, <c>three million</c>, <c>one and a half million</c>,
/// <c>half a million</c>, <c>a dozen</c>. Humanizer writes numbers as words but cannot read them, so
/// the vocabulary is generated from Humanizer's own <c>ToWords</c>/<c>ToOrdinalWords</c>: what it
/// writes, this reads.
/// </summary>
internal static class NumberWords
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");
    private static readonly Dictionary<string, int> Cardinals = new(StringComparer.OrdinalIgnoreCase);
    private static readonly Dictionary<string, double> ScaleWords = new(StringComparer.OrdinalIgnoreCase);
    private static readonly Dictionary<string, int> OrdinalWords = new(StringComparer.OrdinalIgnoreCase);

    static NumberWords()
    {
        for (var n = 0; n < 100; n++)
        {
            var words = n.ToWords(English);
            Cardinals[words] = n;
        }

        foreach (var scale in new long[] { 100, 1_000, 1_000_000, 1_000_000_000, 1_000_000_000_000 })
        {
            var words = scale.ToWords(English);
            ScaleWords[words[(words.LastIndexOf(' ') + 1)..]] = scale;
        }

        for (var n = 1; n < 100; n++)
        {
            OrdinalWords[n.ToOrdinalWords(English)] = n;
        }
    }

    /// <summary>Scale words and their values: hundred, thousand, million, billion, trillion.</summary>
    public static IReadOnlyDictionary<string, double> Scales => ScaleWords;

    /// <summary>The scale of the word before the first hyphen of <paramref name="compound"/> ("million" in "million-soldier"), without cutting it out.</summary>
    public static bool TryGetLeadingScale(string compound, out double scale)
    {
        var dash = compound.IndexOf('-');
        var head = dash < 0 ? compound.AsSpan() : compound.AsSpan(0, dash);
        return ScaleWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(head, out scale);
    }

    /// <summary>Reads the whole of <paramref name="text"/> as a number (<c>"two million"</c> → 2,000,000).</summary>
    public static bool TryParse(string text, out double value)
    {
        var words = text.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
        if (TryParse(words, 0, out var match) && match.WordCount == words.Length)
        {
            value = match.Value;
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>Reads number words from <paramref name="words"/>[<paramref name="start"/>] on, as many as form one number.</summary>
    public static bool TryParse(IReadOnlyList<string> words, int start, out NumberWordsMatch match)
    {
        double total = 0, current = 0;
        var any = false;
        var hasScale = false;
        var lastCardinal = -1;
        var i = start;
        var end = start;
        while (i < words.Count)
        {
            var w = words[i];
            if (!any && (Is(w, "a") || Is(w, "an") || Is(w, "one")) && i + 1 < words.Count && IsScaleOrDozen(words[i + 1]))
            {
                current = 1;
                any = true;
                lastCardinal = -1;
                i++;
                end = i;
                continue;
            }

            if (!any && Is(w, "half") && i + 2 < words.Count && Is(words[i + 1], "a") && ScaleWords.TryGetValue(words[i + 2], out var halfScale) && halfScale >= 1000)
            {
                match = new NumberWordsMatch(halfScale / 2, i + 3 - start, true);
                return true;
            }

            if (Cardinals.TryGetValue(w, out var n))
            {
                if (lastCardinal >= 0 && !(lastCardinal >= 20 && lastCardinal % 10 == 0 && n is > 0 and < 10))
                {
                    break;
                }

                current += n;
                lastCardinal = n;
                any = true;
                i++;
                end = i;
                continue;
            }

            if (any && Is(w, "dozen"))
            {
                current = (current == 0 ? 1 : current) * 12;
                hasScale = true;
                lastCardinal = -1;
                i++;
                end = i;
                continue;
            }

            if (any && ScaleWords.TryGetValue(w, out var scale))
            {
                if (scale == 100)
                {
                    current = (current == 0 ? 1 : current) * 100;
                }
                else
                {
                    total += (current == 0 ? 1 : current) * scale;
                    current = 0;
                }

                hasScale = true;
                lastCardinal = -1;
                i++;
                end = i;
                continue;
            }

            if (any && Is(w, "and") && i + 1 < words.Count)
            {
                // "one and a half million", "two hundred and fifty"
                if (i + 2 < words.Count && Is(words[i + 1], "a") && Is(words[i + 2], "half"))
                {
                    current += 0.5;
                    lastCardinal = -1;
                    i += 3;
                    end = i;
                    continue;
                }

                if (hasScale && Cardinals.ContainsKey(words[i + 1]))
                {
                    lastCardinal = -1;
                    i++;
                    continue;
                }
            }

            break;
        }

        match = new NumberWordsMatch(total + current, end - start, hasScale);
        return any && end > start;
    }

    /// <summary>Ordinal words: <c>first</c> → 1, <c>second</c> → 2, … <c>ninety-ninth</c> → 99.</summary>
    public static bool TryParseOrdinal(string word, out int value) => OrdinalWords.TryGetValue(word, out value);

    /// <summary>A cardinal word under one hundred (<c>five</c>, <c>twenty-one</c>).</summary>
    public static bool TryParseCardinal(string word, out int value) => Cardinals.TryGetValue(word, out value);

    /// <summary>Every word <see cref="TryParseCardinal"/> or <see cref="TryParseOrdinal"/> reads (the claim parser's test of a word that may start a claim).</summary>
    internal static IEnumerable<string> CardinalAndOrdinalWords => Cardinals.Keys.Concat(OrdinalWords.Keys);

    private static bool IsScaleOrDozen(string word) => ScaleWords.ContainsKey(word) || Is(word, "dozen");

    private static bool Is(string word, string value) => string.Equals(word, value, StringComparison.OrdinalIgnoreCase);
}
