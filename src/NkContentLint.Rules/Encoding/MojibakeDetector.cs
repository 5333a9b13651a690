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
/// looks for valid multi-byte UTF-8 sequences ("pieces"). A reading counts only when every piece
/// decodes to a character real text uses. For the rarer DOS and Mac code pages a lone decoded
/// letter is weak evidence ("√π" is maths, and MacRoman for "ù"): it counts when it sits against a
/// letter, is made of box-drawing characters, or the same line has strong evidence for that code
/// page. Text encoded twice is repaired layer by layer.
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
        // Evidence is weighed per line, so candidates are collected a line at a time.
        var line = new List<Candidate>();
        var lineEnd = -1;
        var position = 0;
        while (position < text.Length)
        {
            var next = text.AsSpan(position).IndexOfAny(LeadCharacters);
            if (next < 0)
            {
                break;
            }

            var at = position + next;
            if (at > lineEnd)
            {
                foreach (var decided in Decide(line))
                {
                    yield return decided;
                }

                line.Clear();
                var newline = text.AsSpan(at).IndexOfAny('\n', '\r');
                lineEnd = newline < 0 ? text.Length : at + newline;
            }

            var (start, end) = WordAround(text, at);
            if (end - start <= MaxWordLength && TryRepairWord(text.AsSpan(start, end - start), out var candidate))
            {
                line.Add(candidate with { Found = candidate.Found with { Span = new TextSpan(start + candidate.Found.Span.Start, candidate.Found.Span.Length) } });
            }

            position = Math.Max(end, at + 1);
        }

        foreach (var decided in Decide(line))
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
    /// Characters real text is made of. Decoding legitimate text by accident tends to land on IPA
    /// letters, modifier letters, C1 controls, N'Ko or Hebrew points, which are rejected here.
    /// </summary>
    public static bool IsPlausible(Rune rune)
    {
        var value = rune.Value;
        if (value is 0xFEFF or (>= 0x00A0 and <= 0x00FF))
        {
            // The BOM, and all of Latin-1's printable half (including ¨ ´ ¸ ¯, which are modifier symbols).
            return true;
        }

        if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.PrivateUse
            or UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate or UnicodeCategory.EnclosingMark
            or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol)
        {
            return false;
        }

        return value switch
        {
            >= 0x00A0 and <= 0x024F => true,   // Latin-1 Supplement, Latin Extended-A/B
            >= 0x0300 and <= 0x036F => true,   // combining accents (decomposed text); see IsConvincing
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

    /// <summary>Keeps strong candidates, and weak ones whose code page has strong evidence on the same line.</summary>
    private static IEnumerable<Mojibake> Decide(List<Candidate> line)
    {
        var strongPages = line.Where(c => c.Strong).Select(c => c.Found.CodePage).ToHashSet();
        foreach (var candidate in line)
        {
            if (candidate.Strong || strongPages.Contains(candidate.Found.CodePage))
            {
                yield return candidate.Found;
            }
        }
    }

    /// <summary>Repairs one word; the span is relative to the word and covers its first to last piece.</summary>
    private static bool TryRepairWord(ReadOnlySpan<char> word, out Candidate result)
    {
        result = null!;
        if (!TryRepairLayer(word, allowControls: true, out var first))
        {
            return false;
        }

        // Peel further layers on the whole repaired word, so context (neighbouring letters) still counts.
        var original = word.ToString();
        var prefix = original[..first.Start];
        var suffix = original[first.End..];
        var current = prefix + first.Repaired + suffix;
        var layers = 1;
        while (layers < MaxLayers && TryRepairLayer(current, allowControls: true, out var inner)
            && inner.Start >= 0 && current.Length - inner.End >= 0)
        {
            var next = current[..inner.Start] + inner.Repaired + current[inner.End..];
            if (!next.StartsWith(prefix, StringComparison.Ordinal) || !next.EndsWith(suffix, StringComparison.Ordinal) || next.Length < prefix.Length + suffix.Length)
            {
                break;
            }

            current = next;
            layers++;
        }

        var repaired = current[prefix.Length..(current.Length - suffix.Length)];
        // C1 controls may appear between layers (double encoding through Latin-1), never in the result.
        if (repaired.Any(c => c is >= '\u0080' and <= '\u009F'))
        {
            return false;
        }

        result = new Candidate(new Mojibake(TextSpan.FromBounds(first.Start, first.End), repaired, first.Page, layers), first.Strong);
        return true;
    }

    private static bool TryRepairLayer(ReadOnlySpan<char> word, bool allowControls, out Layer result)
    {
        result = null!;
        (LegacyCodePage Page, List<Piece> Pieces, bool Strong)? best = null;
        foreach (var page in LegacyCodePage.ByLikelihood)
        {
            var pieces = FindPieces(word, page);
            if (pieces is null || !pieces.All(p => IsPlausible(p.Rune) || (allowControls && p.Rune.Value is >= 0x80 and <= 0x9F))
                || !CombiningMarksHaveBases(word, pieces))
            {
                continue;
            }

            var strong = IsStrong(word, page, pieces);
            // Strong readings beat weak ones; then the code page that explains the most characters; ties go to the more common one.
            if (best is null || (strong && !best.Value.Strong) || (strong == best.Value.Strong && Covered(pieces) > Covered(best.Value.Pieces)))
            {
                best = (page, pieces, strong);
            }
        }

        if (best is not { } chosen)
        {
            return false;
        }

        var repaired = new StringBuilder();
        var cursor = chosen.Pieces[0].Start;
        foreach (var piece in chosen.Pieces)
        {
            repaired.Append(word[cursor..piece.Start]).Append(piece.Rune.ToString());
            cursor = piece.End;
        }

        result = new Layer(chosen.Pieces[0].Start, chosen.Pieces[^1].End, repaired.ToString(), chosen.Page, chosen.Strong);
        return true;
    }

    private static bool IsStrong(ReadOnlySpan<char> word, LegacyCodePage page, List<Piece> pieces)
    {
        if (page == LegacyCodePage.Windows1252 || page == LegacyCodePage.Latin1 || pieces.Count > 1)
        {
            return true;
        }

        var piece = pieces[0];
        if (!Rune.IsLetterOrDigit(piece.Rune))
        {
            return true;
        }

        for (var i = piece.Start; i < piece.End; i++)
        {
            // Box drawing and block elements (CP437/CP850) never touch letters in prose.
            if (word[i] is >= '\u2500' and <= '\u259F')
            {
                return true;
            }
        }

        return (piece.Start > 0 && char.IsLetter(word[piece.Start - 1])) || (piece.End < word.Length && char.IsLetter(word[piece.End]));
    }

    /// <summary>A decoded combining accent needs a plain letter to sit on, as in decomposed "e" + U+0301.</summary>
    private static bool CombiningMarksHaveBases(ReadOnlySpan<char> word, List<Piece> pieces)
    {
        foreach (var piece in pieces)
        {
            if (piece.Rune.Value is >= 0x0300 and <= 0x036F && (piece.Start == 0 || !char.IsAsciiLetter(word[piece.Start - 1])))
            {
                return false;
            }
        }

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
                (pieces ??= []).Add(new Piece(i, i + length, rune));
                i += length;
            }
            else
            {
                i++;
            }
        }

        return pieces;
    }

    private static bool IsAsciiWhitespace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v';

    private sealed record Piece(int Start, int End, Rune Rune);

    private sealed record Layer(int Start, int End, string Repaired, LegacyCodePage Page, bool Strong);

    private sealed record Candidate(Mojibake Found, bool Strong);
}
