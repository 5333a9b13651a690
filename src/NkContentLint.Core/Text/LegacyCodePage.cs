using System.Collections.Frozen;
using System.Text;

namespace NkContentLint.Text;

/// <summary>
/// A single-byte legacy code page as a 256-entry table, both ways. Mojibake is UTF-8 bytes read
/// through one of these, so reversing it means mapping characters back to bytes.
/// </summary>
public sealed class LegacyCodePage
{
    private readonly FrozenDictionary<char, byte> toByte;

    private LegacyCodePage(int codePage, string displayName)
    {
        CodePage = codePage;
        DisplayName = displayName;
        // Registered here, not in a static constructor: static field initializers run before one.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var decoder = Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ReplacementFallback);
        var chars = new char[256];
        var map = new Dictionary<char, byte>();
        for (var b = 0; b < 256; b++)
        {
            var c = decoder.GetString([(byte)b]);
            // Bytes a code page leaves undefined decode as they do in browsers (WHATWG): to the C1 control of the same value.
            // An undefined byte above 0x9F stands for nothing (mapping it to the Latin-1 letter of the same value would
            // make ordinary Latin text look like, say, Thai mojibake).
            var defined = c.Length == 1 && c[0] != '\uFFFD';
            chars[b] = defined ? c[0] : b < 0xA0 ? (char)b : '\uFFFF';
            if (defined || b < 0xA0)
            {
                map.TryAdd(chars[b], (byte)b);
            }

            // Text that went through normalisation carries the canonical form (MacRoman 0xBD: OHM SIGN → GREEK OMEGA).
            var canonical = chars[b].ToString().Normalize(NormalizationForm.FormC);
            if (canonical.Length == 1)
            {
                map.TryAdd(canonical[0], (byte)b);
            }
        }

        Characters = chars;
        toByte = map.ToFrozenDictionary();
    }

    public static LegacyCodePage Windows1252 { get; } = new(1252, "Windows-1252");

    public static LegacyCodePage Latin1 { get; } = new(28591, "Latin-1 (ISO-8859-1)");

    public static LegacyCodePage MacRoman { get; } = new(10000, "MacRoman");

    public static LegacyCodePage Cp850 { get; } = new(850, "CP850");

    public static LegacyCodePage Cp437 { get; } = new(437, "CP437");

    public static LegacyCodePage Windows1250 { get; } = new(1250, "Windows-1250");

    public static LegacyCodePage Latin2 { get; } = new(28592, "Latin-2 (ISO-8859-2)");

    public static LegacyCodePage Windows1251 { get; } = new(1251, "Windows-1251");

    public static LegacyCodePage Windows1253 { get; } = new(1253, "Windows-1253");

    public static LegacyCodePage Windows1256 { get; } = new(1256, "Windows-1256");

    public static LegacyCodePage Windows874 { get; } = new(874, "Windows-874");

    /// <summary>The code pages mojibake most often comes from, most likely first.</summary>
    public static IReadOnlyList<LegacyCodePage> ByLikelihood { get; } =
        [Windows1252, Latin1, MacRoman, Cp850, Cp437, Windows1250, Latin2, Windows1251, Windows1253, Windows1256, Windows874];

    /// <summary>Whether the code page's own letters are a non-Latin script, so its mojibake of that script looks like that script.</summary>
    public bool WritesNonLatinScript => CodePage is 1251 or 1253 or 1256 or 874;

    public int CodePage { get; }

    public string DisplayName { get; }

    /// <summary>The character each byte decodes to.</summary>
    public IReadOnlyList<char> Characters { get; }

    /// <summary>The byte that decodes to <paramref name="c"/>, or -1 when none does.</summary>
    public int ToByte(char c) => c < 0x80 ? c : toByte.TryGetValue(c, out var b) ? b : -1;

    public string Decode(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            chars[i] = Characters[bytes[i]] is var c && c == '\uFFFF' ? '\uFFFD' : Characters[bytes[i]];
        }

        return new string(chars);
    }

    public override string ToString() => DisplayName;
}
