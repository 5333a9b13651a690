using NkContentLint.Diagnostics;
using NkContentLint.Fixing;
using NkContentLint.Rules.Encoding;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Encoding;

public sealed class EscapingDebrisTests
{
    private static readonly EscapingDebrisAnalyzer Analyzer = new();

    private static IReadOnlyList<Diagnostic> Verify(string markup) => AnalyzerVerifier.Verify(Analyzer, markup);

    private static string? Replacement(string markup) =>
        Assert.Single(Verify(markup)).Properties.GetValueOrDefault(FixProperties.Replacement);

    // --- URL-encoding --------------------------------------------------------------------------

    [Fact]
    public void EncodedSpaceInProseFires() => Verify("""
        Its sister sites, among them DPRK{|NK4006:%20|}Today, went offline.
        """);

    [Fact]
    public void EncodedSpaceAfterADigitFires() => Verify("""
        The file was saved as chart-4{|NK4006:%20|}(1) by the CMS.
        """);

    [Fact]
    public void EncodedPunctuationFires() => Verify("""
        Pyongyang{|NK4006:%2C|} North Korea{|NK4006:%3A|} a profile.
        """);

    [Fact]
    public void AdjacentEncodingsAreOneFinding() => Verify("""
        Kim{|NK4006:%20%28|}Jong Un{|NK4006:%29|}
        """);

    [Fact]
    public void AUtf8RunIsOneFinding() => Verify("""
        The country{|NK4006:%E2%80%99|}s network and caf{|NK4006:%C3%A9|} culture.
        """);

    [Fact]
    public void EncodedPercentSignFires() => Verify("""
        Only 0.03{|NK4006:%25|} of the population.
        """);

    [Fact]
    public void EncodedLettersAndInvalidUtf8AreNotDebris() => Verify("""
        Codes like %41 and %FF or %E2 alone are left alone, but %41{|NK4006:%20|} is not.
        """);

    [Fact]
    public void HeadingsTablesAndFrontMatterValuesAreChecked() => Verify("""
        ---
        title: DPRK{|NK4006:%20|}Today goes dark
        ---

        ## DPRK{|NK4006:%20|}Today

        | site | status |
        | --- | --- |
        | Arirang{|NK4006:%20|}Meari | offline |
        """);

    // --- HTML entities -------------------------------------------------------------------------

    [Fact]
    public void DoubleEscapedNumericEntityFires() => Verify("""
        The Committee{|NK4006:&amp;#8217;|}s own dissolution followed.
        """);

    [Fact]
    public void DoubleEscapedNamedEntitiesFire() => Verify("""
        AT{|NK4006:&amp;amp;|}T, {|NK4006:&amp;quot;|}Bright Light{|NK4006:&amp;quot;|} and {|NK4006:&amp;#x2019;|}.
        """);

    [Fact]
    public void TripleEscapedEntityIsOneFinding() => Verify("""
        AT{|NK4006:&amp;amp;amp;|}T and Korea{|NK4006:&amp;amp;#8217;|}s.
        """);

    // --- Literal escapes ------------------------------------------------------------------------

    [Fact]
    public void LiteralUnicodeEscapesFire() => Verify("""
        The country{|NK4006:\u2019|}s network, {|NK4006:\u{1F600}|}, {|NK4006:\U0001F600|} and {|NK4006:\ud83d\ude00|}.
        """);

    [Fact]
    public void LiteralEscapeInAPlainFrontMatterValueFires() => Verify("""
        ---
        title: Korea{|NK4006:\u2019|}s networks
        ---
        """);

    // --- Must not fire -----------------------------------------------------------------------------

    [Fact]
    public void PercentagesDoNotFire() => Verify("""
        About 20% of users, 20%, 100%. Between 50%-60% and 0.03% (2016), 5%+ and 10%; 99%, really 100%!
        Prices rose 3% in 2016 and 20%DE is not hex-pair debris either.
        """);

    [Fact]
    public void UrlsAutolinksAndLinkDestinationsDoNotFire() => Verify("""
        See https://example.org/DPRK%20Today and <https://example.org/a%20b?x=1&amp;y=2>.
        [DPRK Today](https://example.org/DPRK%20Today "a%20title") and www.example.org/a%20b.
        The page example.org/a%20b and ?q=a%20b&x=1 were written out.
        """);

    [Fact]
    public void CodeSpansAndBlocksDoNotFire() => Verify("""
        Run `curl "https://x.org/a%20b"` with `&amp;amp;` and `"\u2019"`.

        ```powershell
        C:\Users\u2019\AppData %20 &amp;#8217;
        ```
        """);

    [Fact]
    public void SingleCorrectEntitiesDoNotFire() => Verify("""
        AT&amp;T, the country&#8217;s, &#x2019;, &quot;quoted&quot;, &nbsp;, and AT&T or R&D.
        &amp;notanentity; and &amp;T; are not double-escaped entities.
        """);

    [Fact]
    public void EscapedBackslashesAndWindowsPathsDoNotFire() => Verify("""
        Write the escape (\\u2019) on purpose, or C:\u2019x\data as a path, or \\server\u2019share.
        A \u12 or \uZZZZ or \u{110000} is not an escape.
        """);

    [Fact]
    public void DoubleQuotedYamlDecodesItsOwnEscapes() => Verify("""
        ---
        title: "Korea\u2019s networks"
        ---

        # Korea’s networks
        """);

    [Fact]
    public void YearsTimesAndFiguresDoNotFire() => Verify("""
        On 1 October 2017 at 09:07:51 UTC (2017-10-01), 1,024 addresses in 175.45.176.0/22, 9.5% up, 4%2 is not debris.
        """);

    [Fact]
    public void KoreanAndRussianPercentagesDoNotFire() => Verify("""
        인구의 0.03%가 인터넷을 쓴다. Около 10%ов абонентов, 50%-ная доля, 20%Б.
        """);

    [Fact]
    public void FootnoteDefinitionUrlsDoNotFire() => Verify("""
        Sourced.[^1]

        [^1]: Dyn Research, https://example.org/North%20Korea%E2%80%99s%20link, 2017.
        """);

    [Fact]
    public void HtmlAndCommentsDoNotFire() => Verify("""
        <span title="a%20b &amp;amp;">text</span> <!-- DPRK%20Today &amp;#8217; -->
        """);

    // --- Fixes and messages --------------------------------------------------------------------------

    [Theory]
    [InlineData("DPRK{|NK4006:%20|}Today", " ")]
    [InlineData("Korea{|NK4006:%E2%80%99|}s", "’")]
    [InlineData("Committee{|NK4006:&amp;#8217;|}s", "’")]
    [InlineData("AT{|NK4006:&amp;amp;|}T", "&amp;")]
    [InlineData("AT{|NK4006:&amp;amp;amp;|}T", "&amp;")]
    [InlineData("{|NK4006:&amp;quot;|}Light", "\"")]
    [InlineData("{|NK4006:&amp;lt;|}tag", "&lt;")]
    [InlineData("a{|NK4006:&amp;nbsp;|}b", "&nbsp;")]
    [InlineData("Korea{|NK4006:\\u2019|}s", "’")]
    [InlineData("Kim{|NK4006:%2A|}", "\\*")]
    [InlineData("a{|NK4006:%5B|}1", "\\[")]
    [InlineData("AT{|NK4006:%26|}T", "&amp;")]
    public void TheFixWritesWhatWasMeant(string markup, string expected) => Assert.Equal(expected, Replacement(markup));

    [Fact]
    public void FixesAreSafeAndTitled()
    {
        var diagnostic = Assert.Single(Verify("DPRK{|NK4006:%20|}Today"));
        Assert.Equal("safe", diagnostic.Properties[FixProperties.Safety]);
        Assert.Equal("Replace '%20' with a space", diagnostic.Properties[FixProperties.Title]);
        Assert.Equal("URL-encoding '%20' in prose, where a space was meant", diagnostic.Message);
    }

    [Theory]
    [InlineData("a{|NK4006:%C2%A0|}b")] // a no-break space: invisible, NK4005 would flag the fix
    [InlineData("a{|NK4006:\\u200b|}b")]
    [InlineData("a{|NK4006:\\ud800|}b")] // a lone surrogate is not a character
    public void NoFixForInvisibleOrInvalidCharacters(string markup) => Assert.Null(Replacement(markup));

    [Fact]
    public void NoFixWhereTheCharacterWouldChangeTheYaml()
    {
        var diagnostics = Verify("""
            ---
            title: Koryolink{|NK4006:%3A|} a profile
            summary: {|NK4006:&amp;quot;|}Bright{|NK4006:&amp;#8217;|}s Light
            ---
            """);
        Assert.False(diagnostics[0].Properties.ContainsKey(FixProperties.Replacement));
        Assert.Equal("&quot;", diagnostics[1].Properties[FixProperties.Replacement]);
        Assert.Equal("’", diagnostics[2].Properties[FixProperties.Replacement]);
    }

    [Fact]
    public void MessagesNameTheCharacterThatWasMeant()
    {
        var diagnostics = Verify("The Committee{|NK4006:&amp;#8217;|}s, AT{|NK4006:&amp;amp;amp;|}T and {|NK4006:\\u00a0|}.");
        Assert.Equal("Double-escaped HTML entity '&amp;#8217;' in prose, where '’' (U+2019) was meant", diagnostics[0].Message);
        Assert.Equal("HTML entity escaped 3 times '&amp;amp;amp;' in prose, where '&' was meant", diagnostics[1].Message);
        Assert.Equal("Literal escape sequence '\\u00a0' in prose, where U+00A0 (an invisible or control character) was meant", diagnostics[2].Message);
    }

    [Fact]
    public void CorpusOfCleanTextNeverFires()
    {
        var lines = File.ReadAllLines(RepositoryPaths.Combine("tests", "corpora", "encoding", "labelled.jsonl"));
        foreach (var line in lines)
        {
            var text = System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!;
            Assert.Empty(AnalyzerVerifier.Run(Analyzer, text));
        }
    }
}
