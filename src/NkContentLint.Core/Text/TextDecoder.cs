using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using System.Text.Unicode;

namespace NkContentLint.Text;

/// <summary>
/// Bytes → text, following DESIGN.md: UTF-8 with or without BOM, UTF-16 with a BOM; anything else is
/// read as UTF-8 with every invalid sequence replaced by one U+FFFD and remembered.
/// </summary>
internal static class TextDecoder
{
    /// <summary>How far into a file we look for NUL bytes to call it binary (git looks at 8,000).</summary>
    private const int BinaryProbeLength = 8000;

    /// <summary>
    /// Returns false when the bytes look binary (a NUL byte early on and no UTF-16 BOM): such a file
    /// is reported as unreadable rather than linted as garbage.
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out DecodedText decoded)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            decoded = new DecodedText(Encoding.Unicode.GetString(bytes[2..]), SourceEncoding.Utf16LittleEndian, []);
            return true;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            decoded = new DecodedText(Encoding.BigEndianUnicode.GetString(bytes[2..]), SourceEncoding.Utf16BigEndian, []);
            return true;
        }

        if (bytes[..Math.Min(bytes.Length, BinaryProbeLength)].Contains((byte)0))
        {
            decoded = null!;
            return false;
        }

        var encoding = SourceEncoding.Utf8;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            encoding = SourceEncoding.Utf8WithBom;
            bytes = bytes[3..];
        }

        decoded = Utf8.IsValid(bytes)
            ? new DecodedText(Encoding.UTF8.GetString(bytes), encoding, [])
            : DecodeInvalidUtf8(bytes, encoding, byteBase: encoding == SourceEncoding.Utf8WithBom ? 3 : 0);
        return true;
    }

    /// <summary>
    /// Bytes for <paramref name="text"/> in <paramref name="encoding"/>, BOM included; the inverse of
    /// <see cref="TryDecode"/> for text that had no invalid bytes.
    /// </summary>
    public static byte[] Encode(string text, SourceEncoding encoding)
    {
        Encoding enc = encoding switch
        {
            SourceEncoding.Utf16LittleEndian => Encoding.Unicode,
            SourceEncoding.Utf16BigEndian => Encoding.BigEndianUnicode,
            _ => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        };
        var preamble = encoding == SourceEncoding.Utf8 ? [] : enc.GetPreamble();
        if (encoding == SourceEncoding.Utf8WithBom)
        {
            preamble = [0xEF, 0xBB, 0xBF];
        }

        var result = new byte[preamble.Length + enc.GetByteCount(text)];
        preamble.CopyTo(result, 0);
        enc.GetBytes(text, 0, text.Length, result, preamble.Length);
        return result;
    }

    private static DecodedText DecodeInvalidUtf8(ReadOnlySpan<byte> bytes, SourceEncoding encoding, int byteBase)
    {
        var builder = new StringBuilder(bytes.Length);
        var invalid = ImmutableArray.CreateBuilder<InvalidByteSequence>();
        Span<char> buffer = stackalloc char[2];
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = Rune.DecodeFromUtf8(bytes[offset..], out var rune, out var consumed);
            if (status == OperationStatus.Done)
            {
                builder.Append(buffer[..rune.EncodeToUtf16(buffer)]);
            }
            else
            {
                // 'consumed' is the maximal invalid subsequence, so one U+FFFD stands for it (Unicode's recommended practice).
                invalid.Add(new InvalidByteSequence(builder.Length, byteBase + offset, bytes.Slice(offset, consumed).ToArray()));
                builder.Append('\uFFFD');
            }

            offset += consumed;
        }

        return new DecodedText(builder.ToString(), encoding, invalid.ToImmutable());
    }
}
