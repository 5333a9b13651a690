using System.Buffers;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using NkContentLint.Text;

namespace NkContentLint.Rules.Encoding;

/// <summary>How the text was damaged.</summary>
public enum MojibakeKind
{
    /// <summary>UTF-8 bytes read with a single-byte code page.</summary>
    Utf8ReadAsLegacy,

    /// <summary>Windows-1251 (Cyrillic) bytes read as Windows-1252.</summary>
    Windows1251ReadAsWindows1252,

    /// <summary>MacRoman bytes (its typographic punctuation) read as Windows-1252 or Latin-1.</summary>
    MacRomanReadAsWindows1252,
}

/// <summary>
/// A stretch of mojibake: where it is, what it was, which code page explains it, and whether
/// the repair is certain (a safe fix) or a best guess (bytes were lost, or the evidence is thin).
/// </summary>
public sealed record Mojibake(TextSpan Span, string Repaired, LegacyCodePage CodePage, int Layers)
{
    public MojibakeKind Kind { get; init; }

    /// <summary>Bytes were lost (dropped, replaced by U+FFFD or a space): the repair is a guess.</summary>
    public bool Lossy { get; init; }

    /// <summary>The damaged text was written as HTML entities (<c>&amp;Atilde;&amp;copy;</c>).</summary>
    public bool FromEntities { get; init; }

    /// <summary>The repair is certain: offered as a safe fix.</summary>
    public bool Certain { get; init; }
}

/// <summary>
/// Finds text damaged by reading it with the wrong code page, and weighs how unlikely the damaged
/// characters are in real text rather than only whether they round-trip. Within each word (text
/// between ASCII spaces; HTML entities decoded first) every candidate code page maps characters
/// back to bytes and looks for UTF-8 sequences ("pieces"), including ones that lost bytes on the
/// way (dropped, turned into U+FFFD, or a no-break space turned into a space). Each piece earns
/// evidence from what it is made of (C1 controls, characters almost only seen in mojibake, three-
/// and four-character sequences, a symbol wedged inside a lowercase word) and from what it decodes
/// to (a letter of the same script as the letters around it); it loses evidence when it decodes to
/// a lone letter of another script, closes an all-capital word, or comes from a rarer code page. A
/// word whose evidence reaches <see cref="Strong"/> is reported; a weaker one only when the same
/// line has strong evidence for the same code page. Windows-1251 bytes read as Windows-1252
/// (<c>Ïðèâåò</c>) are recognised as whole words of accented Latin letters that spell Cyrillic.
/// Text encoded two or three times is repaired layer by layer.
/// </summary>
public static class MojibakeDetector
{
    private const int MaxWordLength = 1024;
    private const int MaxLayers = 3;

    /// <summary>Evidence at which a word is reported on its own.</summary>
    private const int Strong = 4;

    /// <summary>Evidence at which a word is reported when its line has strong evidence for the same code page.</summary>
    private const int Weak = 2;

    /// <summary>Evidence at which a word with an intact piece is reported when its line has strong evidence for the same code page.</summary>
    private const int Possible = -3;

    /// <summary>Evidence at which a repair that lost no bytes is certain enough for a safe fix.</summary>
    private const int CertainEvidence = 5;

    /// <summary>The right double quotation mark, the likeliest character behind a lone "â€" (its last byte, 9D, is undefined in Windows-1252).</summary>
    private const string ClosingQuote = "\u201D";

    /// <summary>Bytes Windows-1252 leaves undefined: converters drop them or write U+FFFD.</summary>
    private static readonly byte[] UndefinedInWindows1252 = [0x81, 0x8D, 0x8F, 0x90, 0x9D];

    /// <summary>Characters that stand for a UTF-8 lead byte in some candidate code page, U+FFFD and the entity start.</summary>
    private static readonly SearchValues<char> Triggers = SearchValues.Create(
        LegacyCodePage.ByLikelihood
            .SelectMany(page => Enumerable.Range(0xC2, 0xF4 - 0xC2 + 1).Select(b => page.Characters[b]))
            .Where(c => c >= 0x80 && c != '\uFFFF')
            .Concat(['&'])
            .Concat(Enumerable.Range(0xC0, 0x40).Select(i => (char)i))
            .Distinct()
            .ToArray());

    /// <summary>Symbols leetspeak and other stylised text use as letters.</summary>
    private static readonly SearchValues<char> LetterLikeSymbols = SearchValues.Create("€†‡§©®£¥¢ƒ¿¡×¶");

    private static readonly SearchValues<char> BoxAndLetters = SearchValues.Create(
        Enumerable.Range(0x2500, 0xA0).Select(i => (char)i).Concat(Enumerable.Range(0xC0, 0x40).Select(i => (char)i)).ToArray());

    /// <summary>Characters that, between letters, are almost only ever mojibake.</summary>
    private static readonly SearchValues<char> Rare = SearchValues.Create(
        "\u00A4\u00A6\u00A8\u00AF\u00B4\u00B8\u02C6\u02DC\u02C7\u02D8\u02D9\u02DB\u02DD\u0192\u2020\u2021\u2030\u25CA\u00AD\u201A\u201E\u2039\u203A\u0178\u0160\u0161\u017D\u017E\u0152\u0153\uFFFD");

    public static IEnumerable<Mojibake> Find(string text)
    {
        // Evidence is weighed per line, so candidates are collected a line at a time.
        var line = new List<Candidate>();
        var lineStart = 0;
        var lineEnd = -1;
        var position = 0;
        while (position < text.Length)
        {
            var next = text.AsSpan(position).IndexOfAny(Triggers);
            if (next < 0)
            {
                break;
            }

            var at = position + next;
            if (at > lineEnd)
            {
                foreach (var decided in Decide(line, text, lineStart, lineEnd))
                {
                    yield return decided;
                }

                line.Clear();
                var newline = text.AsSpan(at).IndexOfAny('\n', '\r');
                lineEnd = newline < 0 ? text.Length : at + newline;
                var previous = text.AsSpan(0, at).LastIndexOfAny('\n', '\r');
                lineStart = previous + 1;
            }

            // A run longer than a word (CJK has no spaces) is examined in windows of at most twice MaxWordLength.
            var (start, end) = WordAround(text, at);
            var candidate = Examine(text, start, end);
            if (candidate is not null)
            {
                line.Add(candidate);
            }

            position = Math.Max(end, at + 1);
        }

        foreach (var decided in Decide(line, text, lineStart, lineEnd))
        {
            yield return decided;
        }
    }

    /// <summary>The word around <paramref name="at"/>: bounded by ASCII whitespace only, so a mojibake no-break space stays inside.</summary>
    public static (int Start, int End) WordAround(string text, int at)
    {
        var start = at;
        while (start > 0 && !IsAsciiWhitespace(text[start - 1]) && at - start < MaxWordLength)
        {
            start--;
        }

        var end = at;
        while (end < text.Length && !IsAsciiWhitespace(text[end]) && end - at < MaxWordLength)
        {
            end++;
        }

        return (start, end);
    }

    /// <summary>
    /// Characters real text is made of, as a repair may produce them. Decoding legitimate text by
    /// accident tends to land on IPA and modifier letters, rare Latin, Greek and Cyrillic letters,
    /// Armenian, N'Ko, Hebrew points and C1 controls, which are rejected here.
    /// </summary>
    public static bool IsPlausible(Rune rune)
    {
        var value = rune.Value;
        if (value is 0xFEFF or (>= 0x00A0 and <= 0x00FF))
        {
            // The BOM, and all of Latin-1's printable half (including ¨ ´ ¸ ¯, which are modifier symbols).
            return true;
        }

        if (value is (>= 0x3000 and <= 0x30FF) or 0x0E46 or 0x0EC6 or (>= 0xFF00 and <= 0xFFEF) or 0xFE0F or 0x200C or 0x200D or 0x20E3 or (>= 0xFE10 and <= 0xFE6F))
        {
            return true; // kana and CJK punctuation, including the modifier letters ー and 々, Thai and Lao repetition marks
        }

        if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.PrivateUse
            or UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate or UnicodeCategory.EnclosingMark
            or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol)
        {
            return false;
        }

        return value switch
        {
            // Latin Extended-A without the letters only Esperanto, Maltese and old orthographies use (ĉ ĥ ŝ ŭ ħ ĸ ŀ ŉ ĳ, breves on e, o).
            >= 0x0108 and <= 0x010B or >= 0x011C and <= 0x011F and not (0x011E or 0x011F) or 0x0124 or 0x0125 or 0x0126 or 0x0127 or 0x012C or 0x012D
                or 0x0132 or 0x0133 or 0x0134 or 0x0135 or 0x0138 or 0x013F or 0x0140 or 0x0149 or 0x014E or 0x014F or 0x015C or 0x015D or 0x016C or 0x016D
                or 0x0114 or 0x0115 => false,
            >= 0x0100 and <= 0x017F => true,
            0x018F or 0x0192 or 0x01A0 or 0x01A1 or 0x01AF or 0x01B0 or (>= 0x01CD and <= 0x01DC) or (>= 0x0218 and <= 0x021B) or 0x0259 => true,
            >= 0x0300 and <= 0x036F => true,   // combining accents (decomposed text); need a base letter
            0x0386 or (>= 0x0388 and <= 0x038A) or 0x038C or (>= 0x038E and <= 0x03A1) or (>= 0x03A3 and <= 0x03CE) => true, // Greek
            (>= 0x0401 and <= 0x040C) or (>= 0x040E and <= 0x044F) or (>= 0x0451 and <= 0x045C) or 0x045E or 0x045F => true, // Cyrillic
            >= 0x0490 and <= 0x04FF => true,   // Cyrillic letters of Ukrainian, Kazakh, Uzbek, ...
            >= 0x05D0 and <= 0x05EA => true,   // Hebrew letters
            0x060C or 0x061B or 0x061F or (>= 0x0621 and <= 0x063A) or (>= 0x0640 and <= 0x0652) or (>= 0x0660 and <= 0x0669)
                or 0x067E or 0x0686 or 0x0698 or 0x06A9 or 0x06AF or 0x06BE or 0x06C1 or 0x06CC or 0x06D2 or (>= 0x06F0 and <= 0x06F9) => true, // Arabic, Persian, Urdu
            >= 0x0900 and <= 0x0D7F => true,   // Indic scripts
            (>= 0x0E01 and <= 0x0E5B) or (>= 0x0E81 and <= 0x0EDF) => true, // Thai, Lao
            >= 0x10A0 and <= 0x10FF => true,   // Georgian
            >= 0x1100 and <= 0x11FF => true,   // Hangul jamo
            >= 0x1E00 and <= 0x1EFF => true,   // Latin Extended Additional (Vietnamese)
            (>= 0x2010 and <= 0x2027) or (>= 0x2030 and <= 0x205E) => true, // punctuation
            >= 0x20A0 and <= 0x20C0 => true,   // currency
            >= 0x2100 and <= 0x23FF => true,   // letterlike, number forms, arrows, maths, technical
            >= 0x2460 and <= 0x27BF => true,   // enclosed, box drawing, shapes, symbols, dingbats
            >= 0x2E80 and <= 0x9FFF => true,   // CJK, kana, Hangul compatibility jamo
            >= 0xAC00 and <= 0xD7A3 => true,   // Hangul syllables
            >= 0xFF00 and <= 0xFFEF => true,   // fullwidth forms
            >= 0x1F000 and <= 0x1FAFF => true, // emoji
            >= 0x20000 and <= 0x2FFFF => true, // CJK extensions
            _ => false,
        };
    }

    /// <summary>
    /// Keeps strong candidates, and weak ones whose code page has strong evidence on the same line
    /// (or, for lost bytes, a second weak candidate). A line written in a stylised alphabet (symbols
    /// used as letters: "th€", "†h!§") needs more evidence.
    /// </summary>
    private static IEnumerable<Mojibake> Decide(List<Candidate> line, string text, int lineStart, int lineEnd)
    {
        if (line.Count == 0)
        {
            yield break;
        }

        var strong = IsStylised(line.Where(c => c.Evidence >= Strong).ToList(), text, lineStart, lineEnd) ? Strong + 3 : Strong;
        var strongKeys = line.Where(c => c.Evidence >= strong).Select(Key).ToHashSet();
        var strongScripts = line.Where(c => c.Evidence >= strong).Select(c => (Key(c), RepairScript(c.Found.Repaired))).ToHashSet();
        var weakKeys = line.Where(c => c.Evidence >= Weak && c.Evidence < strong).GroupBy(Key).Where(g => g.Count() >= 2).Select(g => g.Key).ToHashSet();
        foreach (var candidate in line)
        {
            var key = Key(candidate);
            if (candidate.Evidence >= strong)
            {
                yield return candidate.Found;
            }
            else if (strong != Strong)
            {
                continue;
            }
            else if ((candidate.Evidence >= Weak && (strongKeys.Contains(key) || weakKeys.Contains(key)))
                || (candidate.Evidence < Weak && !candidate.Found.Lossy && strongScripts.Contains((key, RepairScript(candidate.Found.Repaired)))))
            {
                // Weak on its own: repaired because the line shows the same damage (in the same script), but only as a suggestion.
                yield return candidate.Found with { Certain = false };
            }
        }
    }

    private static (int, MojibakeKind) Key(Candidate candidate) => (candidate.Found.CodePage.CodePage, candidate.Found.Kind);

    /// <summary>The script of the first letter of a repair (Other when it has none).</summary>
    private static Script RepairScript(string repaired)
    {
        foreach (var rune in repaired.EnumerateRunes())
        {
            if (Rune.IsLetter(rune))
            {
                return ScriptOf(rune.Value);
            }
        }

        return Script.Other;
    }

    /// <summary>Two or more symbols used as letters (outside any candidate) against ASCII letters.</summary>
    private static bool IsStylised(List<Candidate> line, string text, int lineStart, int lineEnd)
    {
        // One pass over the line with a cursor into the candidates (they are in text order).
        var count = 0;
        var next = 0;
        var end = Math.Min(lineEnd, text.Length);
        for (var i = Math.Max(lineStart, 0); i < end && count < 2; i++)
        {
            var c = text[i];
            if (c < '\u00A0' && c != '!')
            {
                continue;
            }

            while (next < line.Count && line[next].Found.Span.End <= i)
            {
                next++;
            }

            if (next < line.Count && line[next].Found.Span.Start <= i)
            {
                continue;
            }

            var asciiBefore = i > 0 && char.IsAsciiLetter(text[i - 1]);
            var asciiAfter = i + 1 < text.Length && char.IsAsciiLetter(text[i + 1]);
            if ((LetterLikeSymbols.Contains(c) && (asciiBefore || asciiAfter)) || (c is '!' or 'Ä' or 'Ñ' or 'Ø' or 'Ð' or 'Ü' or 'Å' && asciiBefore && asciiAfter))
            {
                count++;
            }
        }

        return count >= 2;
    }

    /// <summary>The best reading of the word at [start, end), or null when none is convincing.</summary>
    private static Candidate? Examine(string text, int start, int end)
    {
        var word = text[start..end];
        // A word with HTML entities is read as the characters they stand for; positions map back.
        int[]? map = null;
        if (word.Contains('&', StringComparison.Ordinal) && word.Contains(';', StringComparison.Ordinal))
        {
            (word, map) = DecodeEntities(word);
        }

        // A no-break space that became a plain space: the lead character ends the word and the space follows.
        var spaceAfter = end < text.Length && text[end] == ' ';
        var doubleSpaceAfter = spaceAfter && end + 1 < text.Length && text[end + 1] == ' ';
        var utf8 = RepairWord(word, spaceAfter, doubleSpaceAfter, ContextScript(text, start, end));
        var legacy = map is null ? LegacyCyrillic(word) : null;
        var found = legacy is not null && (utf8 is null || legacy.Evidence >= utf8.Evidence || utf8.Lossy) ? legacy : utf8;
        if (found is null)
        {
            return null;
        }

        var spanStart = start + (map is null ? found.Start : map[found.Start]);
        var spanEnd = start + (map is null ? found.End : map[found.End]) + (found.TakesSpace && map is null ? 1 : 0);

        var mojibake = new Mojibake(TextSpan.FromBounds(spanStart, spanEnd), found.Repaired, found.Page, found.Layers)
        {
            Kind = found.Kind,
            Lossy = found.Lossy,
            FromEntities = map is not null,
            Certain = !found.Lossy && !found.Ambiguous && found.Kind == MojibakeKind.Utf8ReadAsLegacy && found.Evidence >= CertainEvidence,
        };
        return new Candidate(mojibake, found.Evidence);
    }

    /// <summary>Repairs one word, layer by layer; the span is relative to the word.</summary>
    private static Reading? RepairWord(string word, bool spaceAfter, bool doubleSpaceAfter, Script context)
    {
        var first = BestReading(word, spaceAfter, doubleSpaceAfter, context);
        if (first is null)
        {
            return null;
        }

        // Peel further layers on the whole repaired word, so context (neighbouring letters) still counts.
        var prefix = word[..first.Start];
        var suffix = first.TakesSpace ? string.Empty : word[first.End..];
        var current = prefix + first.Repaired + suffix;
        var layers = 1;
        var lossy = first.Lossy;
        while (layers < MaxLayers && !lossy)
        {
            // A layer under a layer is judged on its own characters: its neighbours are still mojibake.
            var inner = BestReading(current, spaceAfter: false, doubleSpaceAfter: false, Script.Other, innerLayer: true);
            if (inner is null || inner.Evidence < Weak + 1 || inner.Lossy)
            {
                break;
            }

            var next = current[..inner.Start] + inner.Repaired + current[inner.End..];
            if (!next.StartsWith(prefix, StringComparison.Ordinal) || !next.EndsWith(suffix, StringComparison.Ordinal) || next.Length < prefix.Length + suffix.Length)
            {
                break;
            }

            current = next;
            layers++;
        }

        var repaired = current[prefix.Length..(current.Length - suffix.Length)];
        // C1 controls and Windows-1252's modifier symbols (ˆ ˜) may appear between layers, never in the result.
        if (repaired.Any(c => c is >= '\u0080' and <= '\u009F') || EnumerateRunes(repaired).Any(r => r.Value >= 0x80 && r.Value != 0xFFFD && !IsPlausible(r) && !word.Contains(r.ToString(), StringComparison.Ordinal)))
        {
            return null;
        }

        return first with { Repaired = repaired, Layers = layers, Ambiguous = first.Ambiguous || (layers > 1 && first.Evidence < CertainEvidence) };
    }

    /// <summary>The code page whose reading of the word has the most evidence; null when none has any.</summary>
    private static Reading? BestReading(string word, bool spaceAfter, bool doubleSpaceAfter, Script context, bool innerLayer = false)
    {
        Reading? best = null;
        var readings = new List<Reading>();
        foreach (var page in LegacyCodePage.ByLikelihood)
        {
            var pieces = FindPieces(word, page, spaceAfter, doubleSpaceAfter);
            if (pieces is null)
            {
                continue;
            }

            var evidence = Weigh(word, page, pieces, context, innerLayer);
            if (evidence < Possible)
            {
                continue;
            }

            var reading = Build(word, page, pieces, evidence, doubleSpaceAfter);
            readings.Add(reading);
            if (best is null || evidence > best.Evidence)
            {
                best = reading;
            }
        }

        // Two code pages that read the word almost as convincingly but repair it differently (Windows-1250
        // and Latin-2 disagree on "ĂĄ"): the repair is not certain.
        if (best is not null && readings.Any(r => r.Evidence >= best.Evidence - 2 && r.Evidence >= Weak && (r.Repaired != best.Repaired || r.Start != best.Start || r.End != best.End)))
        {
            best = best with { Ambiguous = true };
        }

        return best;
    }

    private static Reading Build(string word, LegacyCodePage page, List<Piece> pieces, int evidence, bool doubleSpaceAfter)
    {
        var repaired = new StringBuilder();
        var cursor = pieces[0].Start;
        var takesSpace = false;
        foreach (var piece in pieces)
        {
            repaired.Append(word.AsSpan(cursor, piece.Start - cursor)).Append(piece.Decoded);
            cursor = piece.End;
            if (piece.End > word.Length)
            {
                // The lead ended the word and its no-break space became a plain space: when another space
                // follows, that space was the no-break space; otherwise the byte was dropped and the space stays.
                takesSpace = doubleSpaceAfter;
                cursor = word.Length;
            }
        }

        var end = Math.Min(pieces[^1].End, word.Length);
        return new Reading(pieces[0].Start, end, repaired.ToString(), page, 1, evidence, pieces.Any(p => p.Lossy), takesSpace, MojibakeKind.Utf8ReadAsLegacy);
    }

    /// <summary>
    /// How much the pieces say "mojibake": each piece by what it is made of and what it decodes to,
    /// more for pieces that agree, less for rarer code pages. See the type's summary.
    /// </summary>
    private static int Weigh(string word, LegacyCodePage page, List<Piece> pieces, Script context, bool innerLayer = false)
    {
        var valid = pieces.Count(p => !p.Lossy);
        if (valid == 0 && !pieces.Any(p => p.HasReplacement) && pieces.Count(p => p.End - p.Start >= 2 && p.End <= word.Length) < 2)
        {
            // Lost bytes alone prove little: a lone "ð" is an emoji's first byte; a lead that lost its
            // no-break space ("lÃ hier") or its continuation ("AdaugÄ") is weak evidence, reported when the
            // line shows the same damage again.
            if (pieces.Any(p => word[p.Start] == '\u00F0' && (p.Start == 0 || !char.IsLetter(word[p.Start - 1]))))
            {
                return Strong; // an emoji that lost its last bytes: "ð", "ð¦"
            }

            if (pieces.Count == 1 && pieces[0].SureSpace && (pieces[0].Start == 0 || IsLowerOrCaseless(word[pieces[0].Start - 1])))
            {
                return Strong;
            }

            var piece = pieces[0];
            if (pieces.Count == 1 && piece.Decoded == ClosingQuote)
            {
                // "â€" is no word's spelling, nor a symbol used as a letter: a closing quote that lost its last byte,
                // reported also on a line whose other symbols look stylised ("“The Interview.†If").
                return Strong + 3;
            }

            var lowerBefore = piece.Start == 0 || IsLowerOrCaseless(word[piece.Start - 1]);
            return (piece.End > word.Length && pieces.Count == 1 && lowerBefore) || piece.End - piece.Start == 1 ? Weak : 0;
        }

        var scripts = new Dictionary<Script, int>();
        foreach (var piece in pieces)
        {
            if (!piece.Lossy && Rune.IsLetter(piece.Rune))
            {
                scripts[ScriptOf(piece.Rune.Value)] = scripts.GetValueOrDefault(ScriptOf(piece.Rune.Value)) + 1;
            }
        }

        var asciiLetters = 0;
        var covered = new bool[word.Length];
        foreach (var piece in pieces)
        {
            for (var i = piece.Start; i < Math.Min(piece.End, word.Length); i++)
            {
                covered[i] = true;
            }
        }

        for (var i = 0; i < word.Length; i++)
        {
            if (!covered[i] && char.IsAsciiLetter(word[i]))
            {
                asciiLetters++;
            }
        }

        var total = 0;
        foreach (var piece in pieces)
        {
            total += WeighPiece(word, piece, scripts, asciiLetters, pieces.Count, context, innerLayer);
        }

        // Mojibake turns every non-ASCII character of a word into pieces; letters and symbols left over
        // beside a "piece" mean the word is something else (leetspeak, Thai, a name).
        var uncovered = 0;
        for (var i = 0; i < word.Length; i++)
        {
            if (!covered[i] && word[i] >= '\u00A0' && (char.IsLetter(word[i]) || char.IsSymbol(word[i])))
            {
                uncovered++;
            }
        }

        total -= Math.Min(2 * uncovered, 8);
        if (page.WritesNonLatinScript && HasUncoveredLetterOf(word, covered, HomeScript(page)))
        {
            // Thai read as Windows-874 would turn every letter into pieces; Thai letters left between them are Thai.
            return Possible - 1;
        }

        total += 2 * (pieces.Count - 1);
        if (page != LegacyCodePage.Windows1252 && page != LegacyCodePage.Latin1)
        {
            total--;
        }

        if (page.WritesNonLatinScript && asciiLetters == 0 && context != Script.Latin
            && pieces.Any(p => !p.Lossy && (p.Rune.Value is >= 0xA0 and < 0x2000 && ScriptOf(p.Rune.Value) == Script.Latin)))
        {
            // Latin letters and Latin-1 symbols "decoded" from inside a word of Thai, Cyrillic, Greek or Arabic letters are accidents.
            return Possible - 1;
        }

        if (page.WritesNonLatinScript && pieces.Count == 1 && !pieces[0].HasControlOrReplacement && pieces[0].End - pieces[0].Start < 3
            && !(Rune.IsLetter(pieces[0].Rune) && ScriptOf(pieces[0].Rune.Value) == Script.Latin && asciiLetters > 0))
        {
            // One two-character piece of Cyrillic, Greek, Arabic or Thai letters is ordinary text far more often than damage.
            total = Math.Min(total, Weak);
        }

        return total;
    }

    private static int WeighPiece(string word, Piece piece, Dictionary<Script, int> scripts, int asciiLetters, int pieceCount, Script context, bool innerLayer)
    {
        var length = Math.Min(piece.End, word.Length) - piece.Start;
        var chars = word.AsSpan(piece.Start, length);
        var score = 0;
        if (piece.HasControlOrReplacement)
        {
            score += 3;
        }

        if (length > 1 && chars[1..].ContainsAny(Rare))
        {
            score += 2;
        }

        score += (piece.End - piece.Start) switch { >= 4 => 4, 3 => 3, _ => 1 };
        if (piece.Lossy)
        {
            score -= 1;
        }

        var left = piece.Start > 0 ? word[piece.Start - 1] : ' ';
        var right = piece.End < word.Length ? word[piece.End] : ' ';
        if (char.IsLetter(left) && char.IsLetter(right))
        {
            score += 2;
        }
        else if (IsLowerOrCaseless(left) || IsLowerOrCaseless(right))
        {
            score += 1;
        }

        // A letter followed by a symbol or punctuation inside a word: "Ã©", "Ã¶", "Ð°".
        if (length >= 2 && char.IsLetter(chars[0]) && !char.IsLetterOrDigit(chars[1]) && !char.IsWhiteSpace(chars[1]))
        {
            score += 1;
        }

        // Box drawing against a letter ("f├╝r") or beside a symbol it is never drawn with ("┬º"); box drawing
        // alone is a drawing ("┬┐").
        if (chars.ContainsAnyInRange('\u2500', '\u259F'))
        {
            if (char.IsLetter(left) || char.IsLetter(right) || chars.ContainsAnyExcept(BoxAndLetters))
            {
                score += 2;
            }
            else if (!chars.ContainsAnyExceptInRange('\u2500', '\u259F'))
            {
                score -= 3;
            }
        }

        // A Latin-1 symbol that UTF-8 wrote as C2 and the symbol, read back as "Â©", "┬º", "Â°C".
        if (!piece.Lossy && length == 2 && piece.Rune.Value is >= 0xA0 and <= 0xBF && chars[1] >= '\u00A0')
        {
            score += 4;
        }

        // "Ã" and a no-break space: "à" (nothing else writes it).
        if (length == 2 && chars[0] == '\u00C3' && chars[1] == '\u00A0')
        {
            score += 3;
        }

        // Three bytes that spell a dash, quote, ™ or minus ("â€”", "‚Äô", "ÔêÆ"): the classic.
        if (!piece.Lossy && piece.End - piece.Start >= 3 && piece.Rune.Value is >= 0x2010 and <= 0x22FF)
        {
            score += 3;
        }

        // Letters of another script inside a Latin word: "Гјber", "piГ№".
        if (char.IsAsciiLetter(left) || char.IsAsciiLetter(right))
        {
            foreach (var c in chars)
            {
                if (char.IsLetter(c) && ScriptOf(c) is not Script.Latin and not Script.Other)
                {
                    score += 2;
                    break;
                }
            }
        }

        // "Ã" or "Â" before a symbol: the commonest mojibake there is, and nothing else writes it.
        if (length >= 2 && chars[0] is '\u00C3' or '\u00C2' && !char.IsLetter(chars[1]))
        {
            score += 1;
        }

        // Symbols only, wedged into a word ("milj√∏et"), or a symbol before an accented letter ("√âditeur", MacRoman).
        if (length >= 2 && !chars.ContainsAnyInRange('\u2500', '\u259F') && !char.IsLetter(chars[0]))
        {
            if (!char.IsLetter(chars[1]) && (char.IsLetter(left) || char.IsLetter(right)))
            {
                score += char.IsLetter(left) && char.IsLetter(right) ? 2 : 1;
            }
            else if (chars[1] >= '\u00C0' && char.IsLetter(chars[1]) && !piece.Lossy && Rune.IsLetter(piece.Rune))
            {
                score += 2;
            }
        }

        // A guillemet opening or closing a quoted word before its first letter ("«étoile", German "»Über«"): ordinary
        // typography, though MacRoman reads the pair as a rare letter of Latin Extended-B ("ǎ", "Ȇ").
        if (length >= 2 && chars[0] is '\u00AB' or '\u00BB' or '\u2039' or '\u203A' && !char.IsLetterOrDigit(left) && char.IsLetter(chars[1]))
        {
            score -= 4;
        }

        // A symbol between a letter and more letters: "Ă–ffne".
        if (length >= 2 && char.IsLetter(chars[0]) && char.IsLetter(right) && !char.IsLetterOrDigit(chars[^1]))
        {
            score += 1;
        }

        // An accented capital straight after a lowercase letter ("geĂŻnfecteerde"), or followed by an
        // accented lowercase letter of another alphabet ("Ăśber").
        if (length >= 2 && chars[0] >= '\u00C0' && char.IsUpper(chars[0]) && char.IsLower(left) && (char.IsLetter(chars[1]) || chars[1] == '\u00A0'))
        {
            score += 2;
        }
        else if (length >= 2 && chars[0] >= '\u00C0' && char.IsUpper(chars[0]) && chars[1] >= '\u00C0' && char.IsLower(chars[1]))
        {
            score += 1;
        }

        if (!piece.Lossy)
        {
            var rune = piece.Rune;
            if (Rune.IsLetter(rune))
            {
                var script = ScriptOf(rune.Value);
                var sameScript = scripts.GetValueOrDefault(script) - 1 + (script == Script.Latin ? asciiLetters : 0);
                var otherScripts = scripts.Where(s => s.Key != script).Sum(s => s.Value) + (script == Script.Latin ? 0 : asciiLetters);
                if (sameScript > 0)
                {
                    // A common accented Latin letter is what such damage usually hides.
                    score += script == Script.Latin && rune.Value is >= 0xC0 and <= 0x17F ? 2 : 1;
                }
                else if (otherScripts == 0 && (script == context || innerLayer))
                {
                    score += 1; // a lone letter in a sentence of its own script: "сети –≤ КНДР"
                }
                else if (otherScripts > 0 || script != Script.Latin)
                {
                    // A lone letter of another script among Latin letters or digits: "2×£10" is not Hebrew.
                    score -= 3;
                }
            }
            else if (Rune.IsDigit(rune) || rune.Value is >= 0xB2 and <= 0xBE)
            {
                score -= 2;
            }

            // A capital in the middle of a lowercase word ("rÄ†her" would be "rĆher"): stylised text, not damage.
            if (Rune.IsUpper(rune) && char.IsLower(left))
            {
                score -= 3;
            }

            // An all-capital word that ends in an accented capital and a quote or symbol: "CAFÉ™", "IRMÃ“".
            if (pieceCount == 1 && piece.End >= word.Length && char.IsUpper(chars[0]) && piece.Start > 0 && char.IsUpper(word[piece.Start - 1]))
            {
                score -= 2;
            }
        }

        return score;
    }

    /// <summary>UTF-8 sequences the word's characters form as bytes of <paramref name="page"/>, lossy ones included; null if none.</summary>
    private static List<Piece>? FindPieces(string word, LegacyCodePage page, bool spaceAfter, bool doubleSpaceAfter = false)
    {
        List<Piece>? pieces = null;
        Span<byte> bytes = stackalloc byte[4];
        var windows = page == LegacyCodePage.Windows1252;
        var latin1 = page == LegacyCodePage.Latin1;
        var i = 0;
        while (i < word.Length)
        {
            var lead = page.ToByte(word[i]);
            var length = lead switch
            {
                >= 0xC2 and <= 0xDF => 2,
                >= 0xE0 and <= 0xEF => 3,
                >= 0xF0 and <= 0xF4 => 4,
                _ => 0,
            };
            if (length == 0)
            {
                i++;
                continue;
            }

            bytes[0] = (byte)lead;
            var have = 1;
            var replacement = false;
            var replacedAt = -1;
            var control = false;
            while (have < length && i + have < word.Length)
            {
                var c = word[i + have];
                if (c == '\uFFFD' && (windows || latin1))
                {
                    replacement = true;
                    replacedAt = replacedAt < 0 ? have : int.MaxValue;
                    bytes[have++] = 0x80;
                    continue;
                }

                var b = page.ToByte(c);
                if (b is < 0x80 or > 0xBF)
                {
                    break;
                }

                control |= c is >= '\u0080' and <= '\u009F';
                bytes[have++] = (byte)b;
            }

            if (have == length && !replacement)
            {
                if (Rune.DecodeFromUtf8(bytes[..length], out var rune, out var consumed) == OperationStatus.Done && consumed == length
                    && (IsPlausible(rune) || rune.Value is >= 0x80 and <= 0x9F || (page == LegacyCodePage.Windows1252 && LegacyCodePage.Windows1252.ToByte((char)rune.Value) >= 0x80 && rune.IsBmp))
                    && FitsPage(page, rune)
                    && !(rune.Value is >= 0x0300 and <= 0x036F && (i == 0 || !char.IsAsciiLetter(word[i - 1]))))
                {
                    (pieces ??= []).Add(new Piece(i, i + length, rune, rune.ToString(), Lossy: false, control, HasReplacement: false));
                    i += length;
                    continue;
                }

                i++;
                continue;
            }

            // Bytes lost on the way: dropped (Windows-1252's undefined bytes, Latin-1's C1 controls), or written as U+FFFD,
            // or a final no-break space (A0) that became the plain space after the word.
            if (windows || latin1)
            {
                var atWordEnd = i + have == word.Length;
                if (windows && atWordEnd && have == 1 && spaceAfter && lead is 0xC2 or 0xC3 or 0xD0)
                {
                    bytes[1] = 0xA0;
                    if (Rune.DecodeFromUtf8(bytes[..2], out var spaced, out _) == OperationStatus.Done && IsPlausible(spaced))
                    {
                        (pieces ??= []).Add(new Piece(i, i + 2, spaced, spaced.ToString(), Lossy: true, false, HasReplacement: false) { SureSpace = doubleSpaceAfter });
                        i += 1;
                        continue;
                    }
                }

                var guess = GuessLost(bytes[..have], length, windows, replacedAt);
                var neighbourly = (have >= 2 || guess != "\uFFFD") && (NextToPiece(pieces, i) || StartsPiece(word, i + have, page));
                if (guess is not null && (replacement || have >= 2 || neighbourly || IsLoneLead(word, i, have, lead)))
                {
                    (pieces ??= []).Add(new Piece(i, i + have, default, guess, Lossy: true, control, replacement));
                    i += have;
                    continue;
                }
            }

            i++;
        }

        return pieces;
    }

    /// <summary>
    /// The character a sequence that lost its last bytes most likely was: the first undefined byte
    /// that completes it as a plausible character (the commonest letters come first: с, ก); U+FFFD
    /// when nothing can tell.
    /// </summary>
    private static string? GuessLost(ReadOnlySpan<byte> have, int length, bool windows, int replacedAt)
    {
        // One byte to find: the one missing at the end, or the one U+FFFD stands for.
        var missing = length - have.Length;
        var at = missing == 1 && replacedAt < 0 ? length - 1 : missing == 0 && replacedAt is >= 1 and < 4 ? replacedAt : -1;
        // "â€" then nothing: of the General Punctuation characters whose last byte Windows-1252 leaves undefined, only
        // the right double quotation mark (E2 80 9D) is common in prose; its "â€" ends quotations on many web pages.
        if (windows && at == 2 && length == 3 && have[0] == 0xE2 && have[1] == 0x80)
        {
            return ClosingQuote;
        }

        if (windows && at > 0)
        {
            Span<byte> candidate = stackalloc byte[4];
            have.CopyTo(candidate);
            foreach (var b in UndefinedInWindows1252)
            {
                candidate[at] = b;
                if (Rune.DecodeFromUtf8(candidate[..length], out var rune, out var consumed) == OperationStatus.Done && consumed == length && IsPlausible(rune) && Rune.IsLetter(rune))
                {
                    return rune.ToString();
                }
            }
        }

        // The lead byte alone still says how long the character was: keep its place visibly.
        return have[0] is >= 0xC2 and <= 0xF4 ? "\uFFFD" : null;
    }

    /// <summary>
    /// A code page that writes a non-Latin script garbles UTF-8 of that script, or of Latin text:
    /// its readings that decode to letters of a third script are accidents (Thai read as Windows-874
    /// "decoding" to CJK or Cyrillic).
    /// </summary>
    private static bool FitsPage(LegacyCodePage page, Rune rune)
    {
        if (!page.WritesNonLatinScript || !Rune.IsLetter(rune))
        {
            return true;
        }

        var script = ScriptOf(rune.Value);
        return script == Script.Latin || script == page.CodePage switch
        {
            1251 => Script.Cyrillic,
            1253 => Script.Greek,
            1256 => Script.Arabic,
            _ => Script.Thai,
        };
    }

    /// <summary>
    /// A lead whose continuation bytes were all dropped, where real text does not put that
    /// character: an accented capital straight after a lowercase letter ("AdaugÄ", "abschlieÃen"),
    /// "Ã" starting a lowercase word ("Ãnderungen"), or "ð" standing alone (an emoji's first byte).
    /// </summary>
    private static bool IsLoneLead(string word, int at, int have, int lead)
    {
        if (have != 1)
        {
            return false;
        }

        var c = word[at];
        var before = at > 0 ? word[at - 1] : ' ';
        var after = at + 1 < word.Length ? word[at + 1] : ' ';
        return lead switch
        {
            0xF0 => !char.IsLetter(before) && !char.IsLetter(after),
            // Only leads whose lost byte gives a Latin letter: beside Latin letters a lost Cyrillic or Greek one is not plausible.
            0xC3 or 0xC4 or 0xC5 or 0xC8 when char.IsUpper(c) => char.IsLower(before) || (lead == 0xC3 && !char.IsLetter(before) && char.IsLower(after)),
            _ => false,
        };
    }

    private static Script HomeScript(LegacyCodePage page) => page.CodePage switch
    {
        1251 => Script.Cyrillic,
        1253 => Script.Greek,
        1256 => Script.Arabic,
        874 => Script.Thai,
        _ => Script.Latin,
    };

    private static bool HasUncoveredLetterOf(string word, bool[] covered, Script script)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (!covered[i] && char.IsLetter(word[i]) && ScriptOf(word[i]) == script)
            {
                return true;
            }
        }

        return false;
    }

    private static bool NextToPiece(List<Piece>? pieces, int at) => pieces is { Count: > 0 } && pieces[^1].End == at;

    private static bool StartsPiece(string word, int at, LegacyCodePage page) =>
        at < word.Length && page.ToByte(word[at]) is >= 0xC2 and <= 0xF4 && at + 1 < word.Length && page.ToByte(word[at + 1]) is >= 0x80 and <= 0xBF;

    /// <summary>
    /// Cyrillic saved as Windows-1251 and read as Windows-1252: a word of four or more accented
    /// Latin letters (À–ÿ, with ¸ and ¨ for ё and Ё) that spells a Cyrillic word with vowels.
    /// </summary>
    private static Reading? LegacyCyrillic(string word)
    {
        if (word.AsSpan().ContainsAnyInRange('A', 'Z') || word.AsSpan().ContainsAnyInRange('a', 'z'))
        {
            return null; // a whole word or nothing: "Größe" is German
        }

        var start = 0;
        var end = word.Length;
        while (start < end && !IsLegacyCyrillicLetter(word[start]))
        {
            start++;
        }

        while (end > start && !IsLegacyCyrillicLetter(word[end - 1]))
        {
            end--;
        }

        if (end - start < 2)
        {
            return null;
        }

        var lower = 0;
        var vowels = 0;
        var repaired = new StringBuilder(end - start);
        for (var i = start; i < end; i++)
        {
            var c = word[i];
            if (!IsLegacyCyrillicLetter(c))
            {
                return null;
            }

            var b = LegacyCodePage.Windows1252.ToByte(c);
            var cyrillic = LegacyCodePage.Windows1251.Characters[b];
            repaired.Append(cyrillic);
            lower += char.IsLower(cyrillic) ? 1 : 0;
            vowels += "аеёиоуыэюяіїєАЕЁИОУЫЭЮЯІЇЄ".Contains(cyrillic, StringComparison.Ordinal) ? 1 : 0;
        }

        var letters = end - start;
        if (vowels == 0 || (vowels == letters && letters > 2) || lower < letters - 1)
        {
            return null;
        }

        // Long words are convincing on their own; short ones ("íà", "ïî") when the line has long ones.
        var evidence = letters >= 6 ? Strong : letters >= 4 ? Weak + 1 : Weak;
        return new Reading(start, end, repaired.ToString(), LegacyCodePage.Windows1251, 1, evidence, Lossy: false, TakesSpace: false, MojibakeKind.Windows1251ReadAsWindows1252);
    }

    private static bool IsLegacyCyrillicLetter(char c) => c is (>= '\u00C0' and <= '\u00FF') or '\u00B8' or '\u00A8' or '\u00B3' or '\u00B2' or '\u00BA' or '\u00AA' or '\u00BF' or '\u00AF' or '\u00B4' or '\u00A5' or '\u00A2' or '\u00A1';

    /// <summary>The word with its HTML entities decoded, and for each decoded position the offset in the original word.</summary>
    private static (string Decoded, int[] Map) DecodeEntities(string word)
    {
        var decoded = new StringBuilder(word.Length);
        var map = new List<int>(word.Length + 1);
        var i = 0;
        while (i < word.Length)
        {
            if (word[i] == '&')
            {
                var semicolon = word.IndexOf(';', i + 1);
                if (semicolon > i + 1 && semicolon - i <= 12)
                {
                    var entity = word[i..(semicolon + 1)];
                    var meant = WebUtility.HtmlDecode(entity);
                    if (meant != entity && meant.Length is 1 or 2)
                    {
                        foreach (var c in meant)
                        {
                            map.Add(i);
                            decoded.Append(c);
                        }

                        i = semicolon + 1;
                        continue;
                    }
                }
            }

            map.Add(i);
            decoded.Append(word[i]);
            i++;
        }

        map.Add(word.Length);
        // A decoded position maps to where its entity starts; the end of the last one is the next position's start.
        return (decoded.ToString(), [.. map]);
    }

    /// <summary>The script of the nearest letters outside the word (up to 40 characters each way), Other when none or mixed.</summary>
    private static Script ContextScript(string text, int start, int end)
    {
        Script? found = null;
        for (var i = start - 1; i >= 0 && i >= start - 40; i--)
        {
            if (char.IsLetter(text[i]))
            {
                found = ScriptOf(text[i]);
                break;
            }
        }

        for (var i = end; i < text.Length && i < end + 40; i++)
        {
            if (char.IsLetter(text[i]))
            {
                var after = ScriptOf(text[i]);
                return found is null || found == after ? after : Script.Other;
            }
        }

        return found ?? Script.Other;
    }

    private static IEnumerable<Rune> EnumerateRunes(string s)
    {
        foreach (var rune in s.EnumerateRunes())
        {
            yield return rune;
        }
    }

    private static bool IsLowerOrCaseless(char c) => char.IsLower(c) || (char.IsLetter(c) && !char.IsUpper(c));

    private static bool IsAsciiWhitespace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v';

    private enum Script
    {
        Latin,
        Greek,
        Cyrillic,
        Hebrew,
        Arabic,
        Thai,
        Indic,
        Cjk,
        Other,
    }

    private static Script ScriptOf(int value) => value switch
    {
        < 0x0250 => Script.Latin,
        >= 0x1E00 and <= 0x1EFF => Script.Latin,
        >= 0x0370 and <= 0x03FF => Script.Greek,
        >= 0x0400 and <= 0x04FF => Script.Cyrillic,
        >= 0x0590 and <= 0x05FF => Script.Hebrew,
        >= 0x0600 and <= 0x06FF => Script.Arabic,
        >= 0x0E00 and <= 0x0EFF => Script.Thai,
        >= 0x0900 and <= 0x0DFF => Script.Indic,
        (>= 0x1100 and <= 0x11FF) or (>= 0x2E80 and <= 0x9FFF) or (>= 0xAC00 and <= 0xD7AF) or >= 0x20000 => Script.Cjk,
        _ => Script.Other,
    };

    private sealed record Piece(int Start, int End, Rune Rune, string Decoded, bool Lossy, bool HasControl, bool HasReplacement)
    {
        /// <summary>A final no-break space turned into the first of two spaces: "giÃ  crittografato".</summary>
        public bool SureSpace { get; init; }

        public bool HasControlOrReplacement => HasControl || HasReplacement;
    }

    private sealed record Reading(int Start, int End, string Repaired, LegacyCodePage Page, int Layers, int Evidence, bool Lossy, bool TakesSpace, MojibakeKind Kind)
    {
        public bool Ambiguous { get; init; }
    }

    private sealed record Candidate(Mojibake Found, int Evidence);
}
