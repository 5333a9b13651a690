using System.Buffers;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using NkContentLint.Text;

namespace NkContentLint.Rules.Encoding;

/// <summary>A stretch of mojibake: where it is, what it was, and which code page explains it.</summary>
public sealed record Mojibake(TextSpan Span, string Repaired, LegacyCodePage CodePage, int Layers);

/// <summary>
/// Finds UTF-8 text that was decoded with a single-byte legacy code page. Within each
/// whitespace-delimited word it maps characters back to bytes through every candidate code page and
/// looks for valid multi-byte UTF-8 sequences ("pieces"). A reading is accepted only when every
/// piece decodes to a character real text uses, and — for the rarer DOS and Mac code pages — when
/// the evidence is more than one ambiguous letter. Repairs repeat for text encoded twice.
/// </summary>
public static class MojibakeDetector
{
    private const int MaxWordLength = 256;
    private const int MaxLayers = 3;

    /// <summary>Characters that stand for a UTF-8 lead byte (0xC2–0xF4) in some candidate code page.</summary>
    private static readonly SearchValues<char> LeadCharacters = SearchValues.Create(
        LegacyCodePage.ByLikelihood
            .SelectMany(page => Enumerable.Range(0xC2, 0xF4 - 0xC2 + 1).Select(b => page.Characters[b]))
            .Where(c => c >= 0x80)
            .Distinct()
            .ToArray());

    public static IEnumerable<Mojibake> Find(string text)
    {
        var position = 0;
        while (position < text.Length)
        {
            var next = text.AsSpan(position).IndexOfAny(LeadCharacters);
            if (next < 0)
            {
                yield break;
            }

            var at = position + next;
            var (start, end) = WordAround(text, at);
            if (end - start <= MaxWordLength && TryRepair(text.AsSpan(start, end - start), out var found))
            {
                yield return found with { Span = new TextSpan(start + found.Span.Start, found.Span.Length) };
            }

            position = end;
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

    /// <summary>Repairs one word; the span is relative to the word and covers first to last piece.</summary>
    public static bool TryRepair(ReadOnlySpan<char> word, out Mojibake result)
    {
        result = null!;
        (LegacyCodePage Page, List<Piece> Pieces)? best = null;
        foreach (var page in LegacyCodePage.ByLikelihood)
        {
            var pieces = FindPieces(word, page);
            if (pieces is null || !IsConvincing(word, page, pieces))
            {
                continue;
            }

            // The code page that explains the most characters wins; ties go to the more common one.
            if (best is null || Covered(pieces) > Covered(best.Value.Pieces))
            {
                best = (page, pieces);
            }
        }

        if (best is not { } chosen)
        {
            return false;
        }

        var first = chosen.Pieces[0].Start;
        var last = chosen.Pieces[^1].End;
        var repaired = new StringBuilder();
        var cursor = first;
        foreach (var piece in chosen.Pieces)
        {
            repaired.Append(word[cursor..piece.Start]).Append(piece.Decoded);
            cursor = piece.End;
        }

        var text = repaired.ToString();
        var layers = 1;
        // Text encoded twice repairs to more mojibake: peel layers while the whole repair still reads as mojibake.
        while (layers < MaxLayers && TryRepairWhole(text, out var inner))
        {
            text = inner;
            layers++;
        }

        result = new Mojibake(TextSpan.FromBounds(first, last), text, chosen.Page, layers);
        return true;
    }

    private static bool TryRepairWhole(string text, out string repaired)
    {
        repaired = text;
        if (!TryRepair(text, out var inner))
        {
            return false;
        }

        repaired = text[..inner.Span.Start] + inner.Repaired + text[inner.Span.End..];
        return true;
    }

    private static int Covered(List<Piece> pieces) => pieces.Sum(p => p.End - p.Start);

    /// <summary>Valid UTF-8 sequences the word's characters form as bytes of <paramref name="page"/>; null if none.</summary>
    private static List<Piece>? FindPieces(ReadOnlySpan<char> word, LegacyCodePage page)
    {
        List<Piece>? pieces = null;
        Span<byte> bytes = stackalloc byte[4];
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
            if (length == 0 || i + length > word.Length)
            {
                i++;
                continue;
            }

            bytes[0] = (byte)lead;
            var valid = true;
            for (var k = 1; k < length && valid; k++)
            {
                var b = page.ToByte(word[i + k]);
                valid = b is >= 0x80 and <= 0xBF;
                bytes[k] = (byte)Math.Max(b, 0);
            }

            if (valid && Rune.DecodeFromUtf8(bytes[..length], out var rune, out var consumed) == OperationStatus.Done && consumed == length)
            {
                (pieces ??= []).Add(new Piece(i, i + length, rune.ToString(), rune));
                i += length;
            }
            else
            {
                i++;
            }
        }

        return pieces;
    }

    private static bool IsConvincing(ReadOnlySpan<char> word, LegacyCodePage page, List<Piece> pieces)
    {
        if (!pieces.All(p => IsPlausible(p.Rune)))
        {
            return false;
        }

        if (page == LegacyCodePage.Windows1252 || page == LegacyCodePage.Latin1 || pieces.Count > 1)
        {
            return true;
        }

        // One piece through a DOS or Mac code page: "√π" is MacRoman for "ù" but also plain maths.
        // Accept it when it decodes to punctuation or a symbol, or sits against a letter inside a word.
        var piece = pieces[0];
        return !Rune.IsLetterOrDigit(piece.Rune)
            || (piece.Start > 0 && char.IsLetter(word[piece.Start - 1]))
            || (piece.End < word.Length && char.IsLetter(word[piece.End]));
    }

    /// <summary>
    /// Characters real text is made of. Decoding legitimate text by accident tends to land on
    /// IPA letters, combining marks, C1 controls, N'Ko or Hebrew points, which are rejected here.
    /// </summary>
    public static bool IsPlausible(Rune rune)
    {
        var value = rune.Value;
        if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.PrivateUse
            or UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.EnclosingMark or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol)
        {
            // The BOM and the no-break space are common mojibake victims; combining accents too (decomposed text).
            return value is 0xFEFF or (>= 0x0300 and <= 0x036F);
        }

        return value switch
        {
            >= 0x00A0 and <= 0x024F => true,   // Latin-1 Supplement, Latin Extended-A/B
            >= 0x0370 and <= 0x03FF => true,   // Greek
            >= 0x0400 and <= 0x04FF => true,   // Cyrillic
            >= 0x05D0 and <= 0x05EA => true,   // Hebrew letters
            >= 0x0600 and <= 0x06FF => true,   // Arabic
            >= 0x0E00 and <= 0x0E7F => true,   // Thai
            >= 0x1E00 and <= 0x1EFF => true,   // Latin Extended Additional (Vietnamese)
            >= 0x2000 and <= 0x206F => true,   // General Punctuation
            >= 0x20A0 and <= 0x20CF => true,   // currency
            >= 0x2100 and <= 0x23FF => true,   // letterlike, number forms, arrows, maths, technical
            >= 0x2460 and <= 0x27BF => true,   // enclosed, box drawing, shapes, symbols, dingbats
            >= 0x2E80 and <= 0x9FFF => true,   // CJK, kana, Hangul compatibility jamo
            >= 0xAC00 and <= 0xD7AF => true,   // Hangul syllables
            >= 0x1100 and <= 0x11FF => true,   // Hangul jamo
            >= 0xFF00 and <= 0xFFEF => true,   // fullwidth forms
            >= 0x1F000 and <= 0x1FAFF => true, // emoji
            >= 0x20000 and <= 0x2FFFF => true, // CJK extensions
            _ => false,
        };
    }

    private static bool IsAsciiWhitespace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v';

    private sealed record Piece(int Start, int End, string Decoded, Rune Rune);
}
