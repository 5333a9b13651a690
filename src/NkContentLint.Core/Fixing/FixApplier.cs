using System.Text;
using Microsoft.CodeAnalysis.Text;
using NkContentLint.Text;

namespace NkContentLint.Fixing;

/// <summary>
/// Applies fixes to a file's original bytes. Each change rewrites the bytes of its own span only:
/// everything else (BOM, line endings, other invalid bytes) is copied as it was. Overlapping changes
/// are not applied together: the earlier one wins and the other waits for the next pass.
/// </summary>
internal static class FixApplier
{
    /// <summary>The new bytes and how many fixes went in; <c>Applied == 0</c> means unchanged.</summary>
    public sealed record Outcome(byte[] Bytes, int Applied);

    public static Outcome Apply(byte[] original, DecodedText decoded, IReadOnlyList<CodeFix> fixes)
    {
        // Converting the whole file re-reads every byte, so it goes alone; the other fixes follow next pass.
        var transcode = fixes.FirstOrDefault(f => f.TranscodeFromCodePage is not null);
        if (transcode is not null)
        {
            var codePage = LegacyCodePage.ByLikelihood.First(p => p.CodePage == transcode.TranscodeFromCodePage);
            return new Outcome(new UTF8Encoding(false).GetBytes(codePage.Decode(original)), 1);
        }

        var changes = SelectNonOverlapping(fixes.SelectMany(f => f.Changes), decoded);
        if (changes.Count == 0)
        {
            return new Outcome(original, 0);
        }

        var map = new ByteOffsets(decoded);
        using var output = new MemoryStream(original.Length + 64);
        var copiedUpTo = 0L;
        foreach (var change in changes)
        {
            var start = map.ByteOffsetOf(change.Span.Start);
            var end = map.ByteOffsetOf(change.Span.End);
            output.Write(original, (int)copiedUpTo, (int)(start - copiedUpTo));
            output.Write(map.Encode(change.NewText ?? string.Empty));
            copiedUpTo = end;
        }

        output.Write(original, (int)copiedUpTo, (int)(original.Length - copiedUpTo));
        return new Outcome(output.ToArray(), changes.Count);
    }

    private static List<TextChange> SelectNonOverlapping(IEnumerable<TextChange> changes, DecodedText decoded)
    {
        var invalid = decoded.InvalidBytes.Select(b => b.CharOffset).ToHashSet();
        var selected = new List<TextChange>();
        var end = -1;
        foreach (var change in changes.OrderBy(c => c.Span.Start).ThenByDescending(c => c.Span.Length))
        {
            // A change must not swallow a replacement character that stands for invalid bytes: those bytes would be lost.
            var coversInvalid = invalid.Count > 0 && Enumerable.Range(change.Span.Start, change.Span.Length).Any(invalid.Contains);
            if (change.Span.Start >= end && !coversInvalid && (change.Span.Length > 0 || !string.IsNullOrEmpty(change.NewText)))
            {
                selected.Add(change);
                end = Math.Max(change.Span.End, change.Span.Start + (change.Span.Length == 0 ? 1 : 0));
            }
        }

        return selected;
    }

    /// <summary>Maps offsets in the decoded text to offsets in the original bytes, walking forward.</summary>
    private sealed class ByteOffsets
    {
        private readonly DecodedText decoded;
        private readonly Encoding encoding;
        private readonly int preamble;
        private readonly Dictionary<int, int> invalidLengths;
        private int charCursor;
        private long byteCursor;

        public ByteOffsets(DecodedText decoded)
        {
            this.decoded = decoded;
            encoding = decoded.Encoding switch
            {
                SourceEncoding.Utf16LittleEndian => new UnicodeEncoding(bigEndian: false, byteOrderMark: false),
                SourceEncoding.Utf16BigEndian => new UnicodeEncoding(bigEndian: true, byteOrderMark: false),
                _ => new UTF8Encoding(false),
            };
            preamble = decoded.Encoding switch
            {
                SourceEncoding.Utf8 => 0,
                SourceEncoding.Utf8WithBom => 3,
                _ => 2,
            };
            invalidLengths = decoded.InvalidBytes.ToDictionary(b => b.CharOffset, b => b.Bytes.Length);
            byteCursor = preamble;
        }

        public byte[] Encode(string text) => encoding.GetBytes(text);

        public long ByteOffsetOf(int charOffset)
        {
            // Offsets are requested in increasing order, so one forward walk serves a whole file.
            var segment = decoded.Text.AsSpan(charCursor, charOffset - charCursor);
            byteCursor += encoding.GetByteCount(segment);
            if (invalidLengths.Count > 0)
            {
                for (var i = charCursor; i < charOffset; i++)
                {
                    if (invalidLengths.TryGetValue(i, out var bytes))
                    {
                        byteCursor += bytes - 3; // counted above as U+FFFD's three UTF-8 bytes
                    }
                }
            }

            charCursor = charOffset;
            return byteCursor;
        }
    }
}
