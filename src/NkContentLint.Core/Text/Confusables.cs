using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace NkContentLint.Text;

/// <summary>
/// Letters of other scripts that Unicode's confusables data (UTS #39) lists as looking like one
/// ASCII Latin letter: <c>rules/confusables/latin-confusables.json</c>, embedded in this assembly
/// and read once. See <c>rules/confusables/README.md</c> for its source and how it is made. Shared by
/// NK4004 (the letters themselves) and the attribution finder (a vague phrase spelt with them).
/// </summary>
public static class Confusables
{
    public const string ResourceName = "NkContentLint.Text.latin-confusables.json";

    private static readonly Lazy<FrozenDictionary<int, string>> Table = new(Load);

    /// <summary>Number of letters in the table.</summary>
    public static int Count => Table.Value.Count;

    /// <summary>
    /// The ASCII letters <paramref name="rune"/> can pass for: one letter when the letter it stands
    /// for is certain (<c>а</c> → <c>a</c>), more when it is not (<c>І</c> → <c>Il</c>).
    /// </summary>
    public static bool TryGetLatin(Rune rune, out string letters) =>
        Table.Value.TryGetValue(rune.Value, out letters!);

    private static FrozenDictionary<int, string> Load()
    {
        using var stream = typeof(Confusables).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        using var json = JsonDocument.Parse(stream);
        var table = new Dictionary<int, string>();
        foreach (var entry in json.RootElement.GetProperty("toAsciiLatin").EnumerateObject())
        {
            table.Add(int.Parse(entry.Name, NumberStyles.HexNumber, CultureInfo.InvariantCulture), entry.Value.GetString()!);
        }

        return table.ToFrozenDictionary();
    }
}
