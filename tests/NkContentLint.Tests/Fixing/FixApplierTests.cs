using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.CodeAnalysis.Text;
using NkContentLint.Fixing;
using NkContentLint.Text;
using Xunit;

namespace NkContentLint.Tests.Fixing;

public sealed class FixApplierTests
{
    private static byte[] Apply(byte[] original, params TextChange[] changes)
    {
        Assert.True(TextDecoder.TryDecode(original, out var decoded));
        return FixApplier.Apply(original, decoded, [new CodeFix("test", [.. changes], FixSafety.Safe)]).Bytes;
    }

    [Fact]
    public void OnlyTheSpanChangesAndBomAndCrLfStay()
    {
        byte[] original = [0xEF, 0xBB, 0xBF, .. "a\u200Bb\r\nc\r\n"u8];
        var result = Apply(original, new TextChange(new TextSpan(1, 1), string.Empty));
        Assert.Equal([0xEF, 0xBB, 0xBF, .. "ab\r\nc\r\n"u8], result);
    }

    [Fact]
    public void Utf16FilesStayUtf16()
    {
        var original = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("x—y")).ToArray();
        var result = Apply(original, new TextChange(new TextSpan(1, 1), "-"));
        Assert.Equal(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("x-y")), result);
    }

    [Fact]
    public void InvalidBytesOutsideTheSpanAreKeptAndChangesOverThemAreRefused()
    {
        byte[] original = [.. "ab"u8, 0x92, .. "cd\u200Be"u8];
        // The text is "ab\uFFFDcd\u200Be": remove the ZWSP (offset 5) and try to replace the U+FFFD (offset 2).
        var result = Apply(original, new TextChange(new TextSpan(5, 1), string.Empty), new TextChange(new TextSpan(2, 1), "'"));
        Assert.Equal([.. "ab"u8, 0x92, .. "cde"u8], result);
    }

    [Fact]
    public void OverlappingChangesKeepTheEarlierOne()
    {
        var result = Apply("abcdef"u8.ToArray(), new TextChange(new TextSpan(1, 3), "X"), new TextChange(new TextSpan(2, 3), "Y"));
        Assert.Equal("aXef"u8.ToArray(), result);
    }

    [Fact]
    public void TranscodingRewritesTheWholeFileAsUtf8()
    {
        byte[] original = [.. "Russia"u8, 0x92, .. "s link "u8, 0x96, .. " 2017\r\n"u8];
        Assert.True(TextDecoder.TryDecode(original, out var decoded));
        var outcome = FixApplier.Apply(original, decoded, [CodeFix.Transcode(1252, "convert")]);
        Assert.Equal("Russia’s link – 2017\r\n", Encoding.UTF8.GetString(outcome.Bytes));
    }

    /// <summary>
    /// The property behind "--fix never loses text": for any text, encoding and set of changes, the
    /// result decodes to exactly the text with the changes applied, and the bytes before the first
    /// change and after the last are the original bytes.
    /// </summary>
    [Fact]
    public void BytesOutsideFixedSpansAreUnchanged()
    {
        var alphabet = new[] { "a", "b", " ", "\n", "\r\n", "é", "’", "광", "😀", "\u200B", "\t" };
        var encodings = new[] { SourceEncoding.Utf8, SourceEncoding.Utf8WithBom, SourceEncoding.Utf16LittleEndian, SourceEncoding.Utf16BigEndian };
        var generator =
            from pieces in Gen.ListOf(Gen.Elements(alphabet))
            from encoding in Gen.Elements(encodings)
            from cuts in Gen.ListOf(Gen.Choose(0, 1000))
            from replacements in Gen.ListOf(Gen.Elements("", "x", "’", "광"))
            select (Text: string.Concat(pieces), Encoding: encoding, Cuts: cuts, Replacements: replacements);

        Prop.ForAll(generator.ToArbitrary(), sample =>
        {
            var text = sample.Text;
            var bytes = TextDecoder.Encode(text, sample.Encoding);
            // Cut points on whole code points, so changes never split a surrogate pair.
            var boundaries = Enumerable.Range(0, text.Length + 1).Where(i => i == text.Length || !char.IsLowSurrogate(text[i])).ToList();
            var points = sample.Cuts.Select(c => boundaries[c % boundaries.Count]).Distinct().Order().ToList();
            var changes = new List<TextChange>();
            for (var i = 0; i + 1 < points.Count; i += 2)
            {
                var replacement = sample.Replacements.Count == 0 ? "" : sample.Replacements[i % sample.Replacements.Count];
                changes.Add(new TextChange(TextSpan.FromBounds(points[i], points[i + 1]), replacement));
            }

            Assert.True(TextDecoder.TryDecode(bytes, out var decoded));
            var result = FixApplier.Apply(bytes, decoded, [new CodeFix("p", [.. changes], FixSafety.Safe)]).Bytes;

            Assert.True(TextDecoder.TryDecode(result, out var after));
            Assert.Equal(SourceText.From(text).WithChanges(changes).ToString(), after.Text);
            Assert.Equal(sample.Encoding, after.Encoding);
            if (changes.Count > 0)
            {
                var preambleAndPrefix = TextDecoder.Encode(text[..changes[0].Span.Start], sample.Encoding);
                Assert.Equal(preambleAndPrefix, result.Take(preambleAndPrefix.Length));
                var suffix = Encoding.UTF8.GetByteCount(text[changes[^1].Span.End..]);
                if (sample.Encoding is SourceEncoding.Utf8 or SourceEncoding.Utf8WithBom)
                {
                    Assert.Equal(bytes.TakeLast(suffix), result.TakeLast(suffix));
                }
            }
            else
            {
                Assert.Equal(bytes, result);
            }
        }).QuickCheckThrowOnFailure();
    }
}
