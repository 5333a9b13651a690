using NkContentLint.Diagnostics;
using NkContentLint.Fixing;
using NkContentLint.Rules.Encoding;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Encoding;

/// <summary>
/// The bidi controls are invisible, so the markup here is written with C# escapes: RLO is
/// U+202E, PDF U+202C, LRI U+2066, RLI U+2067, PDI U+2069.
/// </summary>
public sealed class BidiControlCharacterTests
{
    private static readonly BidiControlCharacterAnalyzer Analyzer = new();

    private static IReadOnlyList<Diagnostic> Verify(string markup) => AnalyzerVerifier.Verify(Analyzer, markup);

    public static TheoryData<char, string> AllControls() => new()
    {
        { '\u202A', "LEFT-TO-RIGHT EMBEDDING" },
        { '\u202B', "RIGHT-TO-LEFT EMBEDDING" },
        { '\u202C', "POP DIRECTIONAL FORMATTING" },
        { '\u202D', "LEFT-TO-RIGHT OVERRIDE" },
        { '\u202E', "RIGHT-TO-LEFT OVERRIDE" },
        { '\u2066', "LEFT-TO-RIGHT ISOLATE" },
        { '\u2067', "RIGHT-TO-LEFT ISOLATE" },
        { '\u2068', "FIRST STRONG ISOLATE" },
        { '\u2069', "POP DIRECTIONAL ISOLATE" },
    };

    [Theory]
    [MemberData(nameof(AllControls))]
    public void EveryControlFiresAndIsNamed(char control, string name)
    {
        var diagnostic = Assert.Single(Verify($"Follow @uri{{|NK4007:{control}|}}minzok on Twitter."));
        Assert.Equal(
            $"U+{(int)control:X4} {name}: a bidirectional control character can make the text display differently from what it is (Trojan Source, CVE-2021-42574)",
            diagnostic.Message);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
    }

    [Fact]
    public void RightToLeftOverrideInProseFires() => Verify("The handle {|NK4007:\u202E|}@uriminzok{|NK4007:\u202C|} was spoofed.");

    [Fact]
    public void ControlsInCodeSpansFire() => Verify(
        "The embed survived as `<a href=\"https://twitter.com/uriminzok\">{|NK4007:\u202E|}@uriminzok</a>`.");

    [Fact]
    public void ControlsInFencedCodeFire() => Verify("```js\nif (isAdmin) {|NK4007:\u202E|} {|NK4007:\u2066|}// check later{|NK4007:\u2069|} {|NK4007:\u2066|}{\n```");

    [Fact]
    public void ControlsInIndentedCodeHtmlCommentsAndFrontMatterFire() => Verify("---\ntitle: \"uri{|NK4007:\u202E|}minzok\"\n---\n\n    access = \"user{|NK4007:\u202E|} {|NK4007:\u2066|}// admin{|NK4007:\u2069|}\"\n\n<!-- hidden {|NK4007:\u202E|}note -->");

    [Fact]
    public void ControlsInLinkDestinationsFire() => Verify("See [the feed](https://twitter.com/{|NK4007:\u202E|}uriminzok).");

    [Fact]
    public void BalancedControlsWithoutRightToLeftTextStillFire() => Verify("Plain {|NK4007:\u2067|}English{|NK4007:\u2069|} only.");

    [Fact]
    public void UnbalancedControlsOnARightToLeftLineFireWithoutAFix()
    {
        var diagnostics = Verify("The name {|NK4007:\u202B|}كوريا and שלום{|NK4007:\u2069|} here.");
        Assert.All(diagnostics, d =>
        {
            Assert.False(d.Properties.ContainsKey(FixProperties.Replacement));
            Assert.EndsWith("so it is not removed automatically", d.Message);
        });
    }

    [Fact]
    public void ControlsLeftOpenOnARightToLeftLineFire() => Verify("Arabic {|NK4007:\u2067|}كوريا الشمالية and nothing closes it.");

    [Fact]
    public void ControlsClosedOutOfOrderOnARightToLeftLineFire() =>
        Verify("Mixed {|NK4007:\u202B|}עברית {|NK4007:\u2067|}كوريا{|NK4007:\u202C|}{|NK4007:\u2069|} end.");

    [Fact]
    public void TheSafeFixRemovesTheCharacter()
    {
        var diagnostic = Assert.Single(Verify("Follow {|NK4007:\u202E|}@uriminzok."));
        Assert.Equal("", diagnostic.Properties[FixProperties.Replacement]);
        Assert.Equal("safe", diagnostic.Properties[FixProperties.Safety]);
        Assert.Equal("Remove U+202E RIGHT-TO-LEFT OVERRIDE", diagnostic.Properties[FixProperties.Title]);
    }

    [Fact]
    public void FixingRemovesEveryStrayControlAndNothingElse() => AnalyzerVerifier.VerifyFix(
        new BidiControlCharacterAnalyzer(),
        "Follow {|NK4007:\u202E|}@uriminzok and {|NK4007:\u2066|}KCNA.",
        "Follow @uriminzok and KCNA.",
        FixSafety.Safe);

    [Fact]
    public void EachLineIsJudgedOnItsOwn() => Verify("Hebrew \u202Bשלום\u202C is balanced here.\nBut this English line has a stray {|NK4007:\u202C|} pop.");

    // --- Must not fire --------------------------------------------------------------------------

    [Fact]
    public void BalancedEmbeddingOnAHebrewLineDoesNotFire() => Verify("The greeting \u202Bשלום עולם\u202C means hello world.");

    [Fact]
    public void BalancedIsolatesOnAnArabicLineDoNotFire() => Verify("North Korea is \u2067كوريا الشمالية\u2069 in Arabic and \u2068שלום\u2069 is Hebrew.");

    [Fact]
    public void NestedBalancedControlsOnAnRtlLineDoNotFire() => Verify("Quote: \u2067قال \u202Aiphone 15\u202C جديد\u2069 end.");

    [Fact]
    public void BalancedRtlControlsInCodeDoNotFire() => Verify("```json\n{ \"name\": \"\u2067كوريا\u2069\" }\n```");

    [Fact]
    public void OtherDirectionalMarksAreNotThisRule() => Verify("LRM \u200E, RLM \u200F, ALM \u061C and ZWSP \u200B belong to NK4005.");

    [Fact]
    public void PlainRightToLeftTextDoesNotFire() => Verify("Korea in Hebrew is קוריאה and in Arabic كوريا; Korean is 조선.");

    [Fact]
    public void ASuppressionSilencesIt() => Verify("<!-- nkcontentlint-disable-next-line NK4007 -- documenting the Trojan Source trick -->\nThe attack hides `\u202E` in a comment.");
}
