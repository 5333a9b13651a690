using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace NkContentLint.Documents;

/// <summary>
/// Splits a span of the prose view into words, numbers and symbols. Linear in the span's length;
/// blanked non-prose (markup, URLs, footnote markers) separates tokens and is recorded in their flags.
/// </summary>
internal static class ProseTokenizer
{
    /// <summary>One shared string per ASCII symbol: punctuation is most of the tokens that are not words.</summary>
    private static readonly string[] SymbolCache = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    /// <summary>
    /// The tokens of <paramref name="span"/>; with <paramref name="strings"/>, each word and number is the document's one
    /// string for it (a long article says "the" and "Pyongyang" thousands of times in the tokens it keeps).
    /// </summary>
    public static ImmutableArray<ProseToken> Tokenize(string text, string prose, TextSpan span, ProseBlock? block, DocumentStrings? strings = null)
    {
        if (strings is null)
        {
            return TokenizeCore(text, prose, span, block, null);
        }

        lock (strings.Gate)
        {
            return TokenizeCore(text, prose, span, block, strings);
        }
    }

    /// <summary>
    /// Tokens are gathered here, then copied once into an array of their exact number: a builder sized by a guess from the
    /// span's length, copied again when the guess was wrong, was a seventh of a whole-corpus run's allocations.
    /// </summary>
    [ThreadStatic]
    private static ProseToken[]? scratch;

    /// <summary>The largest scratch buffer a thread keeps between sentences (a very long sentence's is dropped after it).</summary>
    private const int KeptScratch = 4096;

    private static ImmutableArray<ProseToken> TokenizeCore(string text, string prose, TextSpan span, ProseBlock? block, DocumentStrings? strings)
    {
        var buffer = scratch ?? new ProseToken[256];
        scratch = null;
        var count = 0;
        var quotations = block?.Quotations ?? [];
        var titles = block?.Titles ?? [];
        var excluded = block?.Excluded ?? [];
        int quote = 0, title = 0, skip = 0;
        var end = Math.Min(span.End, prose.Length);
        var previousEnd = -1;
        var i = span.Start;
        while (i < end)
        {
            if (Inside(excluded, ref skip, i))
            {
                i = excluded[skip].End;
                continue;
            }

            var c = prose[i];
            if (c == ' ')
            {
                // A run of blanks (spaces and blanked markup) in one search: an excluded span that starts inside it is
                // still seen, at the first character after the run, as when the run went one character at a time.
                var blanks = prose.AsSpan(i, end - i).IndexOfAnyExcept(' ');
                i = blanks < 0 ? end : i + blanks;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            ProseTokenKind kind;
            if (char.IsDigit(c))
            {
                kind = ProseTokenKind.Number;
                i = ScanNumber(prose, i, end);
            }
            else if (char.IsLetter(c))
            {
                kind = ProseTokenKind.Word;
                i = ScanWord(prose, i, end);
            }
            else
            {
                kind = ProseTokenKind.Symbol;
                i++;
            }

            var flags = ProseTokenFlags.None;
            if (previousEnd < 0 || start > previousEnd)
            {
                flags |= ProseTokenFlags.SpaceBefore;
                for (var g = Math.Max(previousEnd, span.Start); g < start; g++)
                {
                    if (!char.IsWhiteSpace(text[g]))
                    {
                        flags |= ProseTokenFlags.MarkupBefore;
                        break;
                    }
                }
            }

            if (Inside(quotations, ref quote, start))
            {
                flags |= ProseTokenFlags.InQuotation;
            }

            if (Inside(titles, ref title, start))
            {
                flags |= ProseTokenFlags.InTitle;
            }

            var value = kind == ProseTokenKind.Symbol && c < SymbolCache.Length ? SymbolCache[c]
                : strings is null ? prose.Substring(start, i - start)
                : strings.ShareLocked(prose.AsSpan(start, i - start));
            if (count == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            buffer[count++] = new ProseToken(TextSpan.FromBounds(start, i), value, kind, flags);
            previousEnd = i;
        }

        var tokens = count == 0 ? ImmutableArray<ProseToken>.Empty : ImmutableArray.Create(buffer, 0, count);
        if (buffer.Length <= KeptScratch)
        {
            // Cleared so the kept buffer holds no document's strings.
            Array.Clear(buffer, 0, count);
            scratch = buffer;
        }

        return tokens;
    }

    /// <summary>
    /// The prose as a reader sees it: whitespace collapsed to one space, blanked markup removed (a gap
    /// becomes a space only when the source has whitespace in it).
    /// </summary>
    public static string Collapse(ReadOnlySpan<char> prose, ReadOnlySpan<char> text)
    {
        // Written into one buffer (on the stack for a sentence of ordinary length), not a StringBuilder: a sentence's
        // text is built for every rule that asks, and the builder's chunk was a second copy of it.
        char[]? rented = null;
        var buffer = prose.Length <= 512 ? stackalloc char[prose.Length] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(prose.Length));
        var length = 0;
        var pending = false;
        for (var i = 0; i < prose.Length; i++)
        {
            var c = prose[i];
            if (char.IsWhiteSpace(c))
            {
                pending |= length > 0 && char.IsWhiteSpace(text[i]);
                continue;
            }

            if (pending)
            {
                buffer[length++] = ' ';
                pending = false;
            }

            buffer[length++] = c;
        }

        var collapsed = new string(buffer[..length]);
        if (rented is not null)
        {
            System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }

        return collapsed;
    }

    private static int ScanNumber(string prose, int i, int end)
    {
        while (i < end && char.IsDigit(prose[i]))
        {
            i++;
        }

        while (i + 1 < end && prose[i] is ',' or '.' && char.IsDigit(prose[i + 1]))
        {
            i++;
            while (i < end && char.IsDigit(prose[i]))
            {
                i++;
            }
        }

        return i;
    }

    private static int ScanWord(string prose, int i, int end)
    {
        // Dotted initialisms stay one word, final dot included: U.S., e.g., p.m.
        if (i + 2 < end && prose[i + 1] == '.' && char.IsLetter(prose[i + 2]) && (i + 3 >= end || prose[i + 3] == '.'))
        {
            var k = i;
            while (k + 1 < end && char.IsLetter(prose[k]) && prose[k + 1] == '.')
            {
                k += 2;
            }

            return k;
        }

        while (i < end)
        {
            var c = prose[i];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark)
            {
                i++;
            }
            else if (c is '\'' or '’' && i + 1 < end && char.IsLetter(prose[i + 1]))
            {
                i++;
            }
            else if ((c is '-' or '‑' && i + 1 < end && char.IsLetterOrDigit(prose[i + 1])) || (c == '&' && char.IsUpper(prose[i - 1]) && i + 1 < end && char.IsUpper(prose[i + 1])))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static bool Inside(ImmutableArray<TextSpan> spans, ref int cursor, int position)
    {
        while (cursor < spans.Length && spans[cursor].End <= position)
        {
            cursor++;
        }

        return cursor < spans.Length && spans[cursor].Start <= position;
    }
}
