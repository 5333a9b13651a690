using System.Text;
using NkContentLint.Text;
using Xunit;

namespace NkContentLint.Tests.Engine;

public sealed class TextDecoderTests
{
    [Fact]
    public void PlainUtf8DecodesWithoutBom()
    {
        Assert.True(TextDecoder.TryDecode(Encoding.UTF8.GetBytes("Kwangmyong — 광명"), out var decoded));
        Assert.Equal("Kwangmyong — 광명", decoded.Text);
        Assert.Equal(SourceEncoding.Utf8, decoded.Encoding);
        Assert.Empty(decoded.InvalidBytes);
    }

    [Fact]
    public void Utf8BomIsRememberedAndNotPartOfTheText()
    {
        Assert.True(TextDecoder.TryDecode([0xEF, 0xBB, 0xBF, (byte)'#', (byte)' ', (byte)'A'], out var decoded));
        Assert.Equal("# A", decoded.Text);
        Assert.Equal(SourceEncoding.Utf8WithBom, decoded.Encoding);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Utf16WithBomDecodes(bool littleEndian)
    {
        var encoding = littleEndian ? Encoding.Unicode : Encoding.BigEndianUnicode;
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("## Star JV\n")).ToArray();
        Assert.True(TextDecoder.TryDecode(bytes, out var decoded));
        Assert.Equal("## Star JV\n", decoded.Text);
        Assert.Equal(littleEndian ? SourceEncoding.Utf16LittleEndian : SourceEncoding.Utf16BigEndian, decoded.Encoding);
    }

    [Fact]
    public void InvalidUtf8BytesBecomeOneReplacementCharacterEachAndAreRemembered()
    {
        // "Russia" 0x92 "s" – a Windows-1252 apostrophe – then a valid "é", then a truncated 3-byte sequence.
        byte[] bytes = [.. "Russia"u8, 0x92, (byte)'s', 0xC3, 0xA9, (byte)' ', 0xE2, 0x80];
        Assert.True(TextDecoder.TryDecode(bytes, out var decoded));

        Assert.Equal("Russia\uFFFDsé \uFFFD", decoded.Text);
        Assert.Collection(
            decoded.InvalidBytes,
            first =>
            {
                Assert.Equal(6, first.CharOffset);
                Assert.Equal(6, first.ByteOffset);
                Assert.Equal(new byte[] { 0x92 }, first.Bytes);
            },
            second =>
            {
                Assert.Equal(10, second.CharOffset);
                Assert.Equal(11, second.ByteOffset);
                Assert.Equal(new byte[] { 0xE2, 0x80 }, second.Bytes);
            });
    }

    [Fact]
    public void ByteOffsetsCountTheBom()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, (byte)'a', 0xFF];
        Assert.True(TextDecoder.TryDecode(bytes, out var decoded));
        Assert.Equal(4, Assert.Single(decoded.InvalidBytes).ByteOffset);
    }

    [Fact]
    public void NulBytesMeanBinary()
    {
        Assert.False(TextDecoder.TryDecode([0x89, (byte)'P', (byte)'N', (byte)'G', 0x00, 0x01], out _));
    }

    [Theory]
    [InlineData(SourceEncoding.Utf8)]
    [InlineData(SourceEncoding.Utf8WithBom)]
    [InlineData(SourceEncoding.Utf16LittleEndian)]
    [InlineData(SourceEncoding.Utf16BigEndian)]
    public void EncodeIsTheInverseOfDecode(SourceEncoding encoding)
    {
        const string text = "Line one\r\nLine two — “quoted” 광명\n";
        var bytes = TextDecoder.Encode(text, encoding);
        Assert.True(TextDecoder.TryDecode(bytes, out var decoded));
        Assert.Equal(text, decoded.Text);
        Assert.Equal(encoding, decoded.Encoding);
    }
}
