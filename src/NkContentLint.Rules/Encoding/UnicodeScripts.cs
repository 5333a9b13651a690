using System.Globalization;
using System.Text;

namespace NkContentLint.Rules.Encoding;

/// <summary>The scripts the encoding rules tell apart. Everything else is <see cref="Other"/>.</summary>
internal enum LetterScript
{
    /// <summary>Not a letter, or a letter every script shares (the micro sign <c>µ</c>).</summary>
    None,
    Latin,
    Cyrillic,
    Greek,
    Other,
}

/// <summary>
/// The Unicode Script property for the letters the encoding rules care about. .NET has no API
/// for it, so this maps the blocks of the Latin, Cyrillic and Greek scripts (with the
/// exceptions inside those blocks that Scripts.txt gives to another script) and the
/// right-to-left blocks. Only letters are classified; marks, digits and symbols are None.
/// </summary>
internal static class UnicodeScripts
{
    public static LetterScript Classify(Rune rune)
    {
        if (!Rune.IsLetter(rune))
        {
            return LetterScript.None;
        }

        var cp = rune.Value;
        if (cp < 0x80)
        {
            return LetterScript.Latin;
        }

        return cp switch
        {
            0xB5 => LetterScript.None, // MICRO SIGN: script Common
            <= 0x02AF => LetterScript.Latin, // Latin-1 letters, Latin Extended-A/B, IPA
            <= 0x02FF => cp is >= 0x02E0 and <= 0x02E4 or <= 0x02B8 ? LetterScript.Latin : LetterScript.None,
            >= 0x0370 and <= 0x03FF => cp is >= 0x03E2 and <= 0x03EF ? LetterScript.Other : LetterScript.Greek, // 03E2–03EF: Coptic
            >= 0x0400 and <= 0x052F => LetterScript.Cyrillic,
            >= 0x1C80 and <= 0x1C8F => LetterScript.Cyrillic,
            >= 0x1D00 and <= 0x1DBF => PhoneticExtensions(cp),
            >= 0x1E00 and <= 0x1EFF => LetterScript.Latin,
            >= 0x1F00 and <= 0x1FFF => LetterScript.Greek,
            0x2071 or 0x207F or (>= 0x2090 and <= 0x209C) => LetterScript.Latin,
            0x2126 => LetterScript.Greek, // OHM SIGN
            0x212A or 0x212B or 0x2132 or 0x214E => LetterScript.Latin, // KELVIN SIGN, ANGSTROM SIGN, Ⅎ, ⅎ
            >= 0x2C60 and <= 0x2C7F => LetterScript.Latin,
            >= 0x2DE0 and <= 0x2DFF => LetterScript.Cyrillic,
            >= 0xA640 and <= 0xA69F => LetterScript.Cyrillic,
            >= 0xA722 and <= 0xA7FF => LetterScript.Latin,
            >= 0xAB30 and <= 0xAB64 and not 0xAB5B => LetterScript.Latin,
            0xAB65 => LetterScript.Greek,
            >= 0xFB00 and <= 0xFB06 => LetterScript.Latin, // ﬀ ﬁ ﬂ … ligatures
            >= 0xFF21 and <= 0xFF3A or >= 0xFF41 and <= 0xFF5A => LetterScript.Latin, // fullwidth
            >= 0x10780 and <= 0x107BF => LetterScript.Latin,
            >= 0x1DF00 and <= 0x1DFFF => LetterScript.Latin,
            _ => LetterScript.Other,
        };
    }

    /// <summary>
    /// A letter of a right-to-left script (Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan,
    /// Mandaic and the supplementary right-to-left blocks): Unicode bidi class R or AL.
    /// </summary>
    public static bool IsStrongRightToLeftLetter(Rune rune)
    {
        var cp = rune.Value;
        var rtlBlock = cp is >= 0x0590 and <= 0x08FF
            or >= 0xFB1D and <= 0xFDFF
            or >= 0xFE70 and <= 0xFEFE
            or >= 0x10800 and <= 0x10FFF
            or >= 0x1E800 and <= 0x1EFFF;
        return rtlBlock && Rune.IsLetter(rune);
    }

    /// <summary>Combining marks belong to the letter before them (a decomposed <c>й</c> is one letter).</summary>
    public static bool IsMark(Rune rune) => Rune.GetUnicodeCategory(rune) is
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    public static string Name(LetterScript script) => script switch
    {
        LetterScript.Latin => "Latin",
        LetterScript.Cyrillic => "Cyrillic",
        LetterScript.Greek => "Greek",
        _ => "non-Latin",
    };

    // Phonetic Extensions (+ Supplement) are Latin apart from small Greek and Cyrillic letters.
    private static LetterScript PhoneticExtensions(int cp) => cp switch
    {
        >= 0x1D26 and <= 0x1D2A => LetterScript.Greek,
        0x1D2B or 0x1D78 => LetterScript.Cyrillic,
        >= 0x1D5D and <= 0x1D61 => LetterScript.Greek,
        >= 0x1D66 and <= 0x1D6A => LetterScript.Greek,
        0x1DBF => LetterScript.Greek,
        _ => LetterScript.Latin,
    };
}
