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

    [Fact]
    public void ApostrophesFire()
    {
        var diagnostics = AnalyzerVerifier.Verify(Analyzer, """
            By the end of the year{|NK4001:Õ|}s talks, a defector{|NK4001:Õ|}s account of North Korea{|NK4001:Õ|}s army.

            It didn{|NK4001:Õ|}t help, and they{|NK4001:Õ|}ll say we{|NK4001:Õ|}re late; you{|NK4001:Õ|}d think the officials{|NK4001:Õ|} plan failed.
            """);
        Assert.Equal("'yearÕs' looks like MacRoman text read as Windows-1252; did you mean 'year’s'?", diagnostics[0].Message);
        Assert.All(diagnostics, d => Assert.Equal("’", d.Properties[FixProperties.Replacement]));
        Assert.All(diagnostics, d => Assert.Equal("safe", d.Properties[FixProperties.Safety]));
    }

    [Fact]
    public void QuotesDashesAndEllipsisFire()
    {
        var diagnostics = AnalyzerVerifier.Verify(Analyzer, """
            The so-called {|NK4001:ÒquotedÓ|} phrase, {|NK4001:Ò|}a longer quotation, he said.{|NK4001:Ó|}

            From 1999{|NK4001:Ð|}2003 the talks {|NK4001:Ð|} which failed {|NK4001:Ñ|} went on, and on{|NK4001:É|} then {|NK4001:Ô|}single quotes{|NK4001:Õ|} too.
            """);
        Assert.Equal("“quoted”", diagnostics[0].Properties[FixProperties.Replacement]);
        Assert.Equal("“", diagnostics[1].Properties[FixProperties.Replacement]);
        Assert.Equal("”", diagnostics[2].Properties[FixProperties.Replacement]);
        Assert.Equal("–", diagnostics[3].Properties[FixProperties.Replacement]);
        Assert.Equal("–", diagnostics[4].Properties[FixProperties.Replacement]);
        Assert.Equal("—", diagnostics[5].Properties[FixProperties.Replacement]);
        Assert.Equal("…", diagnostics[6].Properties[FixProperties.Replacement]);
        Assert.Equal("‘", diagnostics[7].Properties[FixProperties.Replacement]);
        Assert.Equal("’", diagnostics[8].Properties[FixProperties.Replacement]);
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
