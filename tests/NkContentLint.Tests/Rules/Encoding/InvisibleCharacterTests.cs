using NkContentLint.Fixing;
using NkContentLint.Rules.Encoding;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Encoding;

public sealed class InvisibleCharacterTests
{
    private static readonly InvisibleCharacterAnalyzer Analyzer = new();

    private static IReadOnlyList<NkContentLint.Diagnostics.Diagnostic> Verify(string markup) => AnalyzerVerifier.Verify(Analyzer, markup);

    [Fact]
    public void ZeroWidthSpaceInsideAWordFiresAndIsRemovedByTheFix()
    {
        var diagnostic = Assert.Single(Verify("A propa{|NK4005:\u200B|}ganda site.\n"));
        Assert.Equal("Invisible character U+200B ZERO WIDTH SPACE in 'propaganda'; remove it", diagnostic.Message);
        Assert.Equal(string.Empty, diagnostic.Properties[FixProperties.Replacement]);
    }

    [Fact]
    public void ARunOfInvisibleCharactersIsOneFinding() => Verify("Koryo{|NK4005:\u200B\u2060|}link\n");

    [Fact]
    public void SoftHyphenWordJoinerAndStrayBomFire() => Verify("Kwang{|NK4005:\u00AD|}myong and Star{|NK4005:\uFEFF|} JV and x{|NK4005:\u2060|}y\n");

    [Fact]
    public void ControlCharactersFire() => Verify("Bell{|NK4005:\u0007|} and next-line{|NK4005:\u0085|} and escape{|NK4005:\u001B|}\n");

    [Fact]
    public void JoinersInsideLatinWordsFire() => Verify("Face{|NK4005:\u200D|}book and Twit{|NK4005:\u200C|}ter\n");

    [Fact]
    public void FrontMatterAndHeadingsAreChecked() => Verify("""
        ---
        title: Man{|NK4005:​|}bang
        ---

        ## Red{|NK4005:​|}Star
        """);

    [Fact]
    public void JoinersInEmojiAndOtherScriptsDoNotFire() => Verify("Family 👨\u200D👩\u200D👧 and می\u200Cخواهم and क्\u200Dष\n");

    [Fact]
    public void TabsAndLineBreaksDoNotFire() => Verify("a\tb\r\nc\n");

    [Fact]
    public void CodeDoesNotFire() => Verify("`a\u200Bb`\n\n```\nx\u0007y\n```\n");

    [Fact]
    public void BidiControlsAreLeftToNk4007() => Verify("abc\u202Edef\u2066x\u2069\n");

    [Fact]
    public void Latin1MojibakeDebrisIsLeftToNk4001() => Verify("donâ\u0080\u0099t\n");

    [Fact]
    public void VisibleUnicodeDoesNotFire() => Verify("Non-breaking\u00A0space, narrow\u202Fspace, 광명, Доступ, em — dash.\n");
}
