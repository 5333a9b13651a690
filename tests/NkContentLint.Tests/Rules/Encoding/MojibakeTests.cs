using NkContentLint.Fixing;
using NkContentLint.Rules.Encoding;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Encoding;

public sealed class MojibakeTests
{
    private static readonly MojibakeAnalyzer Analyzer = new();

    private static IReadOnlyList<NkContentLint.Diagnostics.Diagnostic> Verify(string markup) => AnalyzerVerifier.Verify(Analyzer, markup);

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
    public void MacRomanWithEvidenceOnTheLineIsRepaired() =>
        Assert.Equal("ãos não têm acesso à", Assert.Single(Verify("Os cidad{|NK4001:√£os n√£o t√™m acesso √†|} internet.\n")).Properties[FixProperties.Replacement]);

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
    [InlineData("Сообщение: {|NK4001:РџСЂРёРІРµС‚|}, мир.", "Windows-1251", "Привет", "safe")]
    [InlineData("The caf{|NK4001:Г©|} is open.", "Windows-1251", "é", "safe")]
    [InlineData("Χώρα: {|NK4001:Ξ•Ξ»Ξ»Ξ¬Ξ΄Ξ±|}.", "Windows-1253", "Ελλάδα", "safe")]
    [InlineData("Χώρα: {|NK4001:Î•Î»Î»Î¬Î´Î±|}.", "Windows-1252", "Ελλάδα", "safe")]
    [InlineData("Arabic: {|NK4001:ظ…ط±ط\u00ADط¨ط§|} means hello.", "Windows-1256", "مرحبا", "safe")]
    [InlineData("Thai: {|NK4001:เธชเธงเธฑเธชเธ”เธต|} means hello.", "Windows-874", "สวัสดี", "safe")]
    [InlineData("Thai: {|NK4001:à¸ªà¸§à¸±à¸ªà¸”à¸µ|} means hello.", "Windows-1252", "สวัสดี", "safe")]
    [InlineData("Zeige einen {|NK4001:Ăś|}berblick der Commits an.", "Windows-1250", "Ü", "suggestion")]
    [InlineData("Smile {|NK4001:ðŸ˜€|} please.", "Windows-1252", "😀", "safe")]
    [InlineData("Smile {|NK4001:ð\u009F\u0098\u0080|} please.", "Latin-1", "😀", "safe")]
    public void OtherCodePagesAndScriptsAreNamed(string markup, string codePage, string repaired, string safety)
    {
        var diagnostic = Assert.Single(Verify(markup + "\n"));
        Assert.Contains("read as " + codePage, diagnostic.Message);
        Assert.Equal(repaired, diagnostic.Properties[FixProperties.Replacement]);
        // Windows-1250 and Latin-2 repair "Ăś" differently (Ü, æ): a suggestion.
        Assert.Equal(safety, diagnostic.Properties[FixProperties.Safety]);
    }

    [Theory]
    [InlineData("Korea’s")]
    [InlineData("régime")]
    [InlineData("don’t")]
    [InlineData("—")]
    [InlineData("Größe")]
    [InlineData("광명")]
    public void EveryWordOfTheFixerPropertyTestIsASafeRepairInEachDosAndWindowsCodePage(string word)
    {
        // LintFixerTests damages these words through Windows-1252, CP850 and CP437 and expects --fix to restore them.
        foreach (var page in new[] { NkContentLint.Text.LegacyCodePage.Windows1252, NkContentLint.Text.LegacyCodePage.Cp850, NkContentLint.Text.LegacyCodePage.Cp437 })
        {
            var damaged = page.Decode(System.Text.Encoding.UTF8.GetBytes(word));
            foreach (var text in new[] { damaged, $"North {damaged} Kwangmyong 2016" })
            {
                var found = Assert.Single(MojibakeDetector.Find(text));
                Assert.True(found.Certain, $"{damaged} ({page}) is only a suggestion");
                Assert.Equal(text.Replace(damaged, word, StringComparison.Ordinal), text[..found.Span.Start] + found.Repaired + text[found.Span.End..]);
            }
        }
    }

    [Fact]
    public void TripleEncodingIsRepairedInOneStep()
    {
        var diagnostic = Assert.Single(Verify("Koryolink{|NK4001:ÃƒÂ¢Ã¢â€šÂ¬Ã¢â€žÂ¢|}s network.\n"));
        Assert.Equal("’", diagnostic.Properties[FixProperties.Replacement]);
        Assert.Contains("3 times over", diagnostic.Message);
    }

    [Fact]
    public void Windows1251BytesReadAsWindows1252AreASuggestion()
    {
        var diagnostic = Assert.Single(Verify("Магазин \"{|NK4001:Ïÿò¸ðî÷êà|}\" открыт.\n"));
        Assert.Contains("'Ïÿò¸ðî÷êà' looks like Windows-1251 text read as Windows-1252; did you mean 'Пятёрочка'?", diagnostic.Message);
        Assert.Equal("suggestion", diagnostic.Properties[FixProperties.Safety]);
    }

    [Fact]
    public void HtmlEntitiesHidingMojibakeAreOneFinding()
    {
        var diagnostic = Assert.Single(Verify("Francisco Jos{|NK4001:&Atilde;&copy;|} Mendoza.\n"));
        Assert.Contains("written as HTML entities", diagnostic.Message);
        Assert.Equal("é", diagnostic.Properties[FixProperties.Replacement]);
        Assert.Empty(AnalyzerVerifier.Run(new EscapingDebrisAnalyzer(), "Francisco Jos&Atilde;&copy; Mendoza.\n"));
    }

    [Fact]
    public void LostBytesGiveASuggestionAndNk4002StaysSilent()
    {
        var text = "Войти в {|NK4001:Ñ\uFFFDÐ¸Ñ\uFFFDÑ‚ÐµÐ¼Ð°|} сейчас.\n";
        var diagnostic = Assert.Single(Verify(text));
        Assert.Contains("with bytes lost", diagnostic.Message);
        Assert.Equal("suggestion", diagnostic.Properties[FixProperties.Safety]);
        var (plain, _) = DiagnosticMarkup.Parse(text);
        Assert.Empty(AnalyzerVerifier.Run(new ReplacementCharacterAnalyzer(), plain));
    }

    /// <summary>
    /// A closing quote (E2 80 9D) read as Windows-1252 loses its last byte, which that code page leaves undefined: "â€"
    /// stays, at the end of a quotation, also on a line whose other damage looks like symbols used as letters (blind10).
    /// The repair is a guess, so a suggestion; "€" and "â" written on their own are not damage.
    /// </summary>
    [Fact]
    public void AClosingQuoteThatLostItsLastByteIsASuggestion()
    {
        var diagnostics = Verify("“How could we win a war?{|NK4001:â€|}\n\n“The Interview.{|NK4001:† If the planâ€|} said so.\n\nA crêpe costs 3 € in Pyongyang; the pâté costs €5.\n");
        Assert.All(diagnostics, d => Assert.Equal("suggestion", d.Properties[FixProperties.Safety]));
        Assert.Equal("”", diagnostics[0].Properties[FixProperties.Replacement]);
        Assert.Equal("” If the plan”", diagnostics[1].Properties[FixProperties.Replacement]);
    }

    /// <summary>
    /// A closing quote that lost its last byte to Windows-1252 and took the no-break space after it (E2 80 A0) is a
    /// dagger where a quotation the line opened should close (blind10). A dagger as a footnote mark, after a closed
    /// quotation or a plain word, and a symbol used as a letter, are not damage.
    /// </summary>
    [Fact]
    public void ADaggerThatClosesAnOpenQuotationIsALostClosingQuote()
    {
        var diagnostics = Verify("""
            They stole plans for a “decapitation strike{|NK4001:†|}against the leader.

            “There is no doubt they are using it in creative ways,{|NK4001:†|} said Fergus Hanson.

            The plan was called “the strike”† by the ministry.

            Kim Il Sung† died in 1994, and “†he end” was near.

            """);
        Assert.Equal("” ", diagnostics[0].Properties[FixProperties.Replacement]);
        Assert.Equal("”", diagnostics[1].Properties[FixProperties.Replacement]);
        Assert.All(diagnostics, d => Assert.Equal("suggestion", d.Properties[FixProperties.Safety]));
    }

    [Fact]
    public void ANoBreakSpaceTurnedIntoASpaceIsASuggestion()
    {
        // "déjà parti": the no-break space in à's bytes became the first of two spaces.
        var diagnostics = Verify("Il {|NK4001:Ã©tait dÃ©jÃ |} parti.\n\nJe suis d{|NK4001:Ã©jÃ |} parti.\n");
        Assert.Equal("était déjà", diagnostics[0].Properties[FixProperties.Replacement]);
        Assert.Equal("suggestion", diagnostics[0].Properties[FixProperties.Safety]);
        Assert.Equal("éjà", diagnostics[1].Properties[FixProperties.Replacement]);
        Assert.Contains("with bytes lost", diagnostics[1].Message);
        Assert.Equal("suggestion", diagnostics[1].Properties[FixProperties.Safety]);
    }

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
    [InlineData("ÉCOLE… SÃO PAULO! RÉSUMÉ— and L’ÉTAT.")]
    [InlineData("3×4 photos, 2×£10 each, a 5 Å gap, ±2 °C, ½ cup, ¬_¬ and (¬_¬).")]
    [InlineData("Zoë’s trip to Ålesund™ and the ØRESUND® bridge.")]
    [InlineData("╔═╗╔═╗╔╦╗╔═╗\n║ ╦╠═╣║║║║╣\n╚═╝╩ ╩╩ ╩╚═╝ and ┌─┐┌┬┐")]
    [InlineData("†h!§ pÄrÄme†er hÄs nØ efƒec† ØÑ ©ÄÑ§ ÄnÐ ßÜ††Ø§")]
    [InlineData("แบบฟอร์ม โปรแกรมต้านไวรัสแบบเปิดเผยซอร์สโค้ด")]
    [InlineData("Канал «ТВ» и «Він» показує новини; Größe und Standardmäßig.")]
    [InlineData("مرحبا بالعالم، وشكرا؛ Ελλάδα και Κύπρος.")]
    [InlineData("Le réseau, nommé «étoile brillante» ou «Éclat», et «à jour» sans espace.")]
    [InlineData("Er schrieb »Über das Netz« und ›Ärger‹ ohne Leerzeichen.")]
    [InlineData("Preguntó ¿Ésta es la red? y gritó ¡Él llegó! sin espacio.")]
    public void LegitimateTextDoesNotFire(string text) => Verify(text + "\n");
}
