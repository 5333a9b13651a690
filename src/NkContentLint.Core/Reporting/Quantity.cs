namespace NkContentLint.Reporting;

/// <summary>
/// "1 file", "3 files", "2 fixes": a count and one of the reports' own nouns. Humanizer's <c>ToQuantity</c> did this
/// through its inflection vocabulary, whose hundred-odd regular expressions are built on first use: a fifth of the CPU
/// of linting one short article went to printing "1 file checked". The reports use a handful of regular English nouns.
/// </summary>
internal static class Quantity
{
    /// <summary>The count, a space, and the noun, plural unless the count is one.</summary>
    public static string Of(int count, string noun) => $"{count} {(count == 1 ? noun : Plural(noun))}";

    /// <summary>The regular plural: -es after a sibilant ("fix", "match"), -s otherwise ("file", "info message").</summary>
    private static string Plural(string noun) =>
        noun.EndsWith('s') || noun.EndsWith('x') || noun.EndsWith('z') || noun.EndsWith("sh", StringComparison.Ordinal) || noun.EndsWith("ch", StringComparison.Ordinal)
            ? noun + "es"
            : noun + "s";
}
