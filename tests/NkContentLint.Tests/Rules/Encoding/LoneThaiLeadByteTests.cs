using NkContentLint.Fixing;
using NkContentLint.Rules.Encoding;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Encoding;

/// <summary>
/// UTF-8 read as Windows-874 with the undefined bytes dropped: only <c>โ</c> is left of a curly quote and
/// <c>๐</c> plus one Thai letter of a styled letter (real pages: tests/corpora/real/tune/techworm-manbang.md,
/// blind2/medioq-smuggled-phone.md). Real Thai text, and one stray letter, must not fire.
/// </summary>
public sealed class LoneThaiLeadByteTests
{
    private static readonly MojibakeAnalyzer Analyzer = new();

    [Fact]
    public void QuotesLeftAsLeadLettersFireOncePerWord()
    {
        var diagnostics = AnalyzerVerifier.Verify(Analyzer, """
            The box is dubbed {|NK4001:โManbangโ|} by the state.

            It is the leader{|NK4001:โs project, and the countryโ|}s answer to cable.

            Nobody knows what they are doing{|NK4001:โ|}whether online or not.
            """);
        Assert.Equal("“Manbang”", diagnostics[0].Properties[FixProperties.Replacement]);
        Assert.Equal("’s project, and the country’", diagnostics[1].Properties[FixProperties.Replacement]);
        Assert.Contains("UTF-8 read as Windows-874, with bytes lost", diagnostics[0].Message);
        Assert.Equal("—", diagnostics[2].Properties[FixProperties.Replacement]);
        Assert.All(diagnostics, d => Assert.Equal("suggestion", d.Properties[FixProperties.Safety]));
    }

    [Fact]
    public void StyledBoldLettersAreRepairedToThem()
    {
        var diagnostics = AnalyzerVerifier.Verify(Analyzer, """
            The phone {|NK4001:๐ข๐ญ ๐ข๐ญ|} takes screenshots.

            The leader{|NK4001:โ|}s way.

            Every country{|NK4001:โ|}s.
            """);
        Assert.Equal("𝐢𝐭 𝐢𝐭", diagnostics[0].Properties[FixProperties.Replacement]);
    }

    [Fact]
    public void AStyledLetterThatLostItsLastByteIsMarkedLost()
    {
        var diagnostics = AnalyzerVerifier.Verify(Analyzer, """
            It {|NK4001:๐ญ๐๐ค๐๐ฌ|} screenshots.

            The leader{|NK4001:โ|}s way.

            Every country{|NK4001:โ|}s.
            """);
        Assert.Equal("𝐭\uFFFD𝐤\uFFFD𝐬", diagnostics[0].Properties[FixProperties.Replacement]);
    }

    [Fact]
    public void FewerThanThreeInADocumentDoNotFire() => AnalyzerVerifier.Verify(Analyzer, """
        The leaderโs project is new.

        The name is โ in Thai.
        """);

    [Fact]
    public void ThaiTextDoesNotFire() => AnalyzerVerifier.Verify(Analyzer, """
        The school is called โรงเรียน in Thai, and โทรศัพท์ means telephone.

        The leaderโs project, the countryโs answer, the cityโs network.
        """);

    [Fact]
    public void ThaiDigitsInThaiTextDoNotFire() => AnalyzerVerifier.Verify(Analyzer, """
        ปี ๒๕๖๐ มี ๑๐ คน ๐ ราย

        Koryolink had ๐ subscribers in the Thai copy, Arirang ๐ and Byol ๐.
        """);
}
