using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Encoding;

/// <summary>NK4003 needs real bytes, so these tests lint files rather than markup strings.</summary>
public sealed class InvalidUtf8Tests
{
    private static IReadOnlyList<NkContentLint.Diagnostics.Diagnostic> LintBytes(byte[] bytes)
    {
        using var temp = new TempDirectory();
        temp.WriteBytes("a.md", bytes);
        return Lint.Run(["a.md"], temp.Path).Diagnostics.Where(d => d.Id == "NK4003").ToList();
    }

    [Fact]
    public void EachInvalidByteIsReportedAtItsPositionEvenInCode()
    {
        var diagnostics = LintBytes([.. "# Title\n\n```\nx"u8, 0xFF, .. "\n```\n\nRussia"u8, 0x92, .. "s\n"u8]);
        Assert.Equal([(4, 2), (7, 7)], diagnostics.Select(d => (d.Location.StartLine, d.Location.StartColumn)));
    }

    [Fact]
    public void AWholeWindows1252FileIsNamedAndGetsATranscodingFix()
    {
        var diagnostic = Assert.Single(LintBytes([.. "Russia"u8, 0x92, .. "s link\n"u8]));
        Assert.Equal("Byte 0x92 is not valid UTF-8; the file looks like Windows-1252, where it is '’'. The fix converts the file to UTF-8", diagnostic.Message);
        Assert.Equal("1252", diagnostic.Properties["fix.transcodeFrom"]);
    }

    [Fact]
    public void AFileMixingUtf8AndLegacyBytesIsNotConvertedWholesale()
    {
        var diagnostic = Assert.Single(LintBytes([.. "Kim’s "u8, 0x92, .. "\n"u8]));
        Assert.Equal("Byte 0x92 is not valid UTF-8", diagnostic.Message);
        Assert.False(diagnostic.Properties.ContainsKey("fix.transcodeFrom"));
    }

    [Fact]
    public void BytesUndefinedInWindows1252AreNotCalledWindows1252()
    {
        var diagnostic = Assert.Single(LintBytes([.. "a"u8, 0x81, .. "b\n"u8]));
        Assert.Equal("Byte 0x81 is not valid UTF-8", diagnostic.Message);
    }

    [Fact]
    public void TruncatedSequencesAreReportedAsOneFinding()
    {
        var diagnostic = Assert.Single(LintBytes([.. "end "u8, 0xE2, 0x80]));
        Assert.Equal("Bytes 0xE2 0x80 are not valid UTF-8", diagnostic.Message);
    }

    [Fact]
    public void ValidUtf8InEveryScriptDoesNotFire()
    {
        Assert.Empty(LintBytes("It’s 광명 — Доступ, Größe, ½, 😀\n"u8.ToArray()));
        Assert.Empty(LintBytes([0xEF, 0xBB, 0xBF, .. "With a BOM\n"u8]));
    }
}
