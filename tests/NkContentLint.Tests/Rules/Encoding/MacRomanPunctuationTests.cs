using NkContentLint.Fixing;
using NkContentLint.Rules.Encoding;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Encoding;

/// <summary>
/// A MacRoman page read as Windows-1252 or Latin-1: its curly quotes, dashes and ellipsis become capital accented
/// letters (<c>the yearÕs</c>, <c>ÒquotedÓ</c>; a real 2003 news page). The same capitals are letters in Estonian,
/// Portuguese, Irish, Catalan, Spanish and French, which must not fire.
/// </summary>
public sealed class MacRomanPunctuationTests
{
    private static readonly MojibakeAnalyzer Analyzer = new();

    /// <summary>Several damaged words on a line are one finding, from the first to the last; the fix repairs every one.</summary>
    [Fact]
    public void ApostrophesFire()
    {
        var diagnostics = AnalyzerVerifier.Verify(Analyzer, """
            By the end of the year{|NK4001:Õs talks, a defectorÕs account of North KoreaÕ|}s army.

            It didn{|NK4001:Õt help, and theyÕll say weÕre late; youÕd think the officialsÕ|} plan failed.

            The city{|NK4001:Õ|}s network.
            """);
        Assert.Equal("'yearÕs' looks like MacRoman text read as Windows-1252, as do 2 more words later on this line ('defectorÕs', 'KoreaÕs'); did you mean 'year’s'?", diagnostics[0].Message);
        Assert.Equal("’s talks, a defector’s account of North Korea’", diagnostics[0].Properties[FixProperties.Replacement]);
        Assert.Equal("’t help, and they’ll say we’re late; you’d think the officials’", diagnostics[1].Properties[FixProperties.Replacement]);
        Assert.Equal("'cityÕs' looks like MacRoman text read as Windows-1252; did you mean 'city’s'?", diagnostics[2].Message);
        Assert.Equal("’", diagnostics[2].Properties[FixProperties.Replacement]);
        Assert.All(diagnostics, d => Assert.Equal("safe", d.Properties[FixProperties.Safety]));
    }

    [Fact]
    public void QuotesDashesAndEllipsisFire()
    {
        var diagnostics = AnalyzerVerifier.Verify(Analyzer, """
            The so-called {|NK4001:ÒquotedÓ phrase, Òa longer quotation, he said.Ó|}

            From 1999{|NK4001:Ð2003 the talks Ð which failed Ñ went on, and onÉ then Ôsingle quotesÕ|} too.

            The so-called {|NK4001:ÒquotedÓ|} phrase.
            """);
        Assert.Equal("“quoted” phrase, “a longer quotation, he said.”", diagnostics[0].Properties[FixProperties.Replacement]);
        Assert.Equal("–2003 the talks – which failed — went on, and on… then ‘single quotes’", diagnostics[1].Properties[FixProperties.Replacement]);
        Assert.Equal("“quoted”", diagnostics[2].Properties[FixProperties.Replacement]);
    }

    [Theory]
    [InlineData("Õun on punane ja ÕIGUS on kõigil; ta põe ära.")]
    [InlineData("Ele mora em SÃO PAULO e põe a mesa.")]
    [InlineData("The song by Seán Ó Riada and Ó Súilleabháin's poems.")]
    [InlineData("Òscar va tocar l'ÓRGANO l'AÑO passat. ÉTAT DE L'ÉCOLE. Él dijo que sí.")]
    [InlineData("# EL AÑO DEL ÓRGANO Y ÉL")]
    [InlineData("Ô Canada! Ôter le chapeau, dit-il.")]
    [InlineData("한국어 문서입니다. 북한의 입장은 분명하다.")]
    [InlineData("The year’s talks and the defector’s account. The years’ end.")]
    [InlineData("Run `yearÕs` in code, and see https://example.com/yearÕs for more.")]
    [InlineData("España and the Ñandú; Þór and Ðáin; ÓSCAR and ÒSCAR are names.")]
    [InlineData("The file CAFÉ and RÉSUMÉ are headings, AÑOS and NIÑO too.")]
    [InlineData("Leetspeak: list the commaÑds, €xpre§sioÑs and §†riÑg.")]
    public void OtherLanguagesAndCleanTextDoNotFire(string text) => AnalyzerVerifier.Verify(Analyzer, text + "\n");

    [Fact]
    public void FencedCodeDoesNotFire() => AnalyzerVerifier.Verify(Analyzer, """
        Text before.

        ```
        the yearÕs ÒquotedÓ 1999Ð2003
        ```
        """);
}
