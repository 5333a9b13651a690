using NkContentLint.Fixing;
using NkContentLint.Rules.Encoding;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Encoding;

public sealed class MojibakeTests
{
    private static readonly MojibakeAnalyzer Analyzer = new();

    private static void Verify(string markup) => AnalyzerVerifier.Verify(Analyzer, markup);

    [Fact]
    public void Windows1252ApostropheFires() => Verify("Users don{|NK4001:â€™|}t see it.\n");

    [Fact]
    public void Cp850ApostropheIsNamedAsCp850()
    {
        var diagnostic = Assert.Single(AnalyzerVerifier.Verify(Analyzer, "The country{|NK4001:ÔÇÖ|}s network.\n"));
        Assert.Equal("'countryÔÇÖs' looks like UTF-8 read as CP850; did you mean 'country’s'?", diagnostic.Message);
        Assert.Equal("’", diagnostic.Properties[FixProperties.Replacement]);
    }

    [Fact]
    public void Cp437IsNamedWhenItExplainsTheText()
    {
        var diagnostic = Assert.Single(AnalyzerVerifier.Verify(Analyzer, "The country{|NK4001:ΓÇÖ|}s network.\n"));
        Assert.Contains("read as CP437", diagnostic.Message);
    }

    [Fact]
    public void AccentInsideAWordFires() => Verify("The r{|NK4001:Ã©|}gime controls it.\n");

    [Fact]
    public void SeveralPiecesInOneWordAreOneFinding() => Verify("{|NK4001:Ã©tÃ©|} 2016.\n");

    [Fact]
    public void DoubleEncodingIsRepairedInOneStep()
    {
        var diagnostic = Assert.Single(AnalyzerVerifier.Verify(Analyzer, "Koryolink{|NK4001:Ã¢â‚¬â„¢|}s network.\n"));
        Assert.Equal("’", diagnostic.Properties[FixProperties.Replacement]);
        Assert.Contains("2 times over", diagnostic.Message);
    }

    [Fact]
    public void MojibakeNoBreakSpaceFires() => Verify("Price:{|NK4001:Â\u00A0|}5 won.\n");

    [Fact]
    public void HeadingsTableCellsAltTextAndFrontMatterAreChecked() => Verify("""
        ---
        title: The country{|NK4001:â€™|}s intranet
        ---

        ## Kwangmyong{|NK4001:â€™|}s sites

        | Name | Note |
        |---|---|
        | Naenara | portal{|NK4001:â€”|}web |

        ![A r{|NK4001:Ã©|}gime chart](chart.png)
        """);

    [Fact]
    public void MacRomanWithEvidenceOnTheLineIsRepaired() => Verify("Os cidad{|NK4001:√£|}os n{|NK4001:√£|}o t{|NK4001:√™|}m acesso {|NK4001:√†|} internet.\n");

    [Fact]
    public void CodeAndUrlsAreNotChecked() => Verify("""
        See `donâ€™t` and [the page](https://example.org/donâ€™t).

        ```
        rÃ©gime
        ```
        """);

    [Fact]
    public void HtmlCommentsAreNotChecked() => Verify("<!-- donâ€™t -->\n\nText.\n");

    [Theory]
    [InlineData("Le régime a coupé l’accès à Internet en 2016 — c’est ça.")]
    [InlineData("Größe, Straße, Übersicht, Ärger und Öffnung.")]
    [InlineData("¿Qué pasó en São Paulo? ¡Hola, Ñoño!")]
    [InlineData("SÃO PAULO, ÂNGULO, CAFÉ ÉTÉ, Ærø and Søren.")]
    [InlineData("İstanbul, ĞÜŞ, Erdős, Łódź, Nguyễn Văn Linh.")]
    [InlineData("Доступ к интернету в КНДР очень ограничен.")]
    [InlineData("북한의 인트라넷 광명은 2000년에 개통되었다.")]
    [InlineData("© 2024, 25 °C ± 2, £5 or €6, ½ × 3, § 4, 99™.")]
    [InlineData("JOSÉ’S TACOS and MALMÖ’S HARBOUR and Gauß’s law.")]
    [InlineData("The value of √π is about 1.77.")]
    [InlineData("ÀÁÂÃÄÅÆÇÈÉÊË is the alphabet row.")]
    public void LegitimateTextDoesNotFire(string text) => Verify(text + "\n");
}
