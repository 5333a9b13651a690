namespace NkContentLint.Text;

/// <summary>
/// A one-hash Bloom filter in front of a set of words compared without case (<see cref="StringComparer.OrdinalIgnoreCase"/>):
/// a bit for each word's length, first two and last characters, upper-cased. A prefilter asked of every word of a
/// document turns most words away with it before hashing the whole word into the set. <see cref="MayContain"/> is false
/// only for a word the set cannot hold; true means "look it up". Only ASCII words are judged: any other is always
/// "look it up" (the set's comparer folds case beyond one character at a time there).
/// </summary>
internal sealed class WordFilter
{
    private const int Bits = 1 << 16;

    private readonly ulong[] bits = new ulong[Bits / 64];

    public WordFilter(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            var bit = Bit(word);
            bits[bit >> 6] |= 1UL << (bit & 63);
        }
    }

    /// <summary>Whether the set may hold <paramref name="word"/> (always true for a word with a character outside ASCII).</summary>
    public bool MayContain(string word) => MayContain(word.AsSpan());

    /// <summary>Whether the set may hold <paramref name="word"/>, a slice of a longer text.</summary>
    public bool MayContain(ReadOnlySpan<char> word)
    {
        if (!System.Text.Ascii.IsValid(word))
        {
            return true;
        }

        var bit = AsciiBit(word);
        return (bits[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    /// <summary><see cref="Bit"/> of an ASCII word, upper-cased without the culture tables (the same bit: for ASCII the
    /// invariant upper case is the ASCII one). Asked for every word of every document, so it avoids a call per letter.</summary>
    private static int AsciiBit(ReadOnlySpan<char> word)
    {
        if (word.Length == 0)
        {
            return 0;
        }

        var hash = (uint)word.Length;
        hash = (hash * 31) + AsciiUpper(word[0]);
        hash = (hash * 31) + AsciiUpper(word[Math.Min(1, word.Length - 1)]);
        hash = (hash * 31) + AsciiUpper(word[^1]);
        return Mix(hash);
    }

    private static uint AsciiUpper(char c) => (uint)(c - 'a') <= 'z' - 'a' ? (uint)c - 32 : c;

    private static int Mix(uint hash)
    {
        hash ^= hash >> 15;
        hash *= 0x2C1B3C6D;
        hash ^= hash >> 12;
        return (int)(hash & (Bits - 1));
    }

    /// <summary>The bit of a word: its length, first two and last characters, each upper-cased, so words equal ignoring case share it.</summary>
    private static int Bit(ReadOnlySpan<char> word)
    {
        if (word.Length == 0)
        {
            return 0;
        }

        var hash = (uint)word.Length;
        hash = (hash * 31) + char.ToUpperInvariant(word[0]);
        hash = (hash * 31) + char.ToUpperInvariant(word[Math.Min(1, word.Length - 1)]);
        hash = (hash * 31) + char.ToUpperInvariant(word[^1]);
        return Mix(hash);
    }
}
