using NkContentLint.Rules.Sourcing;
using NkContentLint.Tests.Testing;
using Xunit;
using static NkContentLint.Tests.Testing.LanguageParagraphs;

namespace NkContentLint.Tests.Rules.Sourcing;

/// <summary>
/// The classes blind22's and blind23's non-English pages showed the language grammars (rules/languages/) could not read, each
/// with sentences that must fire and sentences that must not: a named reporter after a quote-like と in Japanese and after the
/// figure in Spanish and Portuguese (figures whose source is in the sentence); hearsay with an unnamed noun in German
/// (<c>Spekulationen zufolge</c>) and the passive <c>것으로 밝혀졌다</c> in Korean; Romanian, read at all (comma and cedilla
/// letters, "2.000 de adrese"); shares in words and runs of days in Russian; counts in words in Spanish and Portuguese, an
/// unnamed Spanish source with a figure, a penalty's length, and a duration in words after a verb of lasting in German.
/// Invented sentences of the same classes.
/// </summary>
public sealed class OtherLanguageSourcingBlind22ClassTests
{
    private static readonly UnsourcedStatisticAnalyzer Statistics = new();
    private static readonly VagueAttributionAnalyzer Vague = new();

    private static void VerifyStatistics(string markup) => AnalyzerVerifier.Verify(Statistics, markup);

    private static void VerifyVague(string markup) => AnalyzerVerifier.Verify(Vague, markup);

    // ---- Japanese: the reporter named after the quote ---------------------------------------------------

    [Theory]
    [InlineData("北朝鮮のハッカー集団が、昨年1年間で17億ドル相当の暗号資産を盗んだと、ブロックチェーン分析会社チェイナリシスが1日、報告した。")]
    [InlineData("コリョリンクの上半期の売上高が6000万ドルに達したと報告書は説明した。")]
    [InlineData("チェイナリシスは報告書で、北朝鮮の輸出総額が1億4200万ドル相当だったことと対比。")]
    [InlineData("北朝鮮住民の92.9%が携帯電話網を利用できる地域に居住していると主張した。")]
    public void JapaneseReporterNamedAfterTheQuoteIsASource(string sentence) => VerifyStatistics(sentence);

    [Fact]
    public void JapaneseFigureWithoutAReporterFires() => VerifyStatistics("""
        北朝鮮のハッカー集団が、昨年1年間で{|NK1001:17億ドル|}相当の暗号資産を盗んだ。
        """);

    /// <summary>Unnamed experts keep the reporting verb they are the subject of from naming anyone; "別の" (other) is no name.</summary>
    [Fact]
    public void JapaneseUnnamedExpertsBeforeAReportingVerbStayVague() => VerifyVague("""
        被害額は300億円に達したと{|NK1002:アナリストらは|}説明した。

        {|NK1002:別の専門家|}らは、北朝鮮は盗んだ暗号資産を、中国のブローカーを通じて洗浄していると説明している。

        米大学の専門家は、北朝鮮は盗んだ暗号資産を、中国のブローカーを通じて洗浄していると説明している。
        """);

    // ---- Spanish and Portuguese: the reporting verb after a named subject ------------------------------

    [Theory]
    [InlineData(Spanish + "Elliptic asegura que ha atribuido más de 30 robos a este país en lo que va de año.")]
    [InlineData(Spanish + "Se calcula que el valor total supera los 6.000 millones de dólares, como apuntan desde la firma de seguridad Elliptic.")]
    [InlineData(Spanish + "El presidente de la compañía pronosticó que el número de usuarios alcanzará 1,7 millones, el 7 por ciento de la población.")]
    [InlineData(Portuguese + "A Organização das Nações Unidas estima que os hackers arrecadaram US$ 3 bilhões para o país.")]
    public void SpanishAndPortugueseReportingVerbNamesItsSubject(string text) => VerifyStatistics(text);

    [Fact]
    public void SpanishFigureWithoutAReporterFires() => VerifyStatistics(Spanish + """
        El número de usuarios alcanzará {|NK1001:1,7 millones|} a finales de este año.
        """);

    [Fact]
    public void SpanishAndPortugueseImpersonalEstimateStaysVague()
    {
        VerifyVague(Spanish + "{|NK1002:Se calcula|} que el valor total supera los 6.000 millones de dólares.");
        VerifyVague(Portuguese + "{|NK1002:Estima-se|} que os hackers arrecadaram US$ 3 bilhões para o país.");
    }

    // ---- German and Korean: hearsay nobody is named for -------------------------------------------------

    [Fact]
    public void GermanHearsayWithAnUnnamedNounIsVague() => VerifyVague(German + """
        {|NK1002:Gerüchten zufolge|} hat das Regime alle Handys im Land verboten.

        {|NK1002:Spekulationen zufolge|} hat das Regime alle Handys im Land verboten.

        Reuters zufolge hat das Regime alle Handys im Land verboten.
        """);

    [Fact]
    public void KoreanPassiveComingToLightIsVague() => VerifyVague("""
        북한 해킹 조직 라자루스가 에스토니아의 가상자산 기업을 해킹해 수백억원 규모의 가상자산이 도난당한 {|NK1002:것으로 밝혀졌|}다.

        코인스페이드는 3700만 달러 규모의 가상자산이 도난당했다고 밝혔다.
        """);

    // ---- Romanian ---------------------------------------------------------------------------------------

    [Fact]
    public void RomanianCountsAndMagnitudesFire() => VerifyStatistics(Romanian + """
        În toată țara sunt mai puțin de {|NK1001:2.000 de adrese|} IP în uz. Prin comparație, în Coreea de Sud sunt peste {|NK1001:112 milioane|}.
        """);

    [Fact]
    public void RomanianInCedillaLettersIsRead() => VerifyStatistics(RomanianCedilla + """
        În toată ţara sunt mai puţin de {|NK1001:2.000 de adrese|} IP în uz.
        """);

    [Fact]
    public void RomanianNamedSourceYearsAndDurationsDoNotFire() => VerifyStatistics(Romanian + """
        Potrivit Reuters, în Coreea de Sud sunt peste 112 milioane de adrese IP. Rețeaua a fost lansată în 2010 de guvern, după 3 ani de lucru.
        """);

    [Fact]
    public void RomanianImpersonalEstimateIsVague() => VerifyVague(Romanian + """
        {|NK1002:Se estimează|} că în țară sunt mai puțin de 2.000 de adrese IP în uz.
        """);

    // ---- Russian: shares in words and runs of days -------------------------------------------------------

    [Fact]
    public void RussianSharesInWordsFire() => VerifyStatistics("""
        Сегодня смартфон есть почти у {|NK1001:каждого третьего|}.

        Уже в 2005–2007 годах в крупных городах {|NK1001:половина|} жителей обзавелась телефоном.
        """);

    [Fact]
    public void RussianHalfOfATimeOrBeforeANumberIsNoShare() => VerifyStatistics("""
        В первой половине дня сайты работали без перебоев.

        Во второй половине 2024 года сеть расширили.
        """);

    [Fact]
    public void RussianRunsAndSpansOfDaysFire() => VerifyStatistics("""
        Сайты зависают уже {|NK1001:восьмой день подряд|}.

        На протяжении почти {|NK1001:десяти дней|} ряд северокорейских сайтов подвергались кибератаке.
        """);

    [Fact]
    public void RussianOrdinalWithoutATimeWordOrAStreakIsNone() => VerifyStatistics("""
        Он пришёл в восьмой раз.

        На протяжении истории страна оставалась закрытой.

        Сайты не работали и на восьмой день.
        """);

    // ---- Spanish and Portuguese: counts in words, an unnamed source, a penalty's length ----------------

    [Fact]
    public void SpanishAndPortugueseCountsInWordsFire()
    {
        VerifyStatistics(Spanish + "En la ciudad de Hoeryong, {|NK1001:siete familias|} fueron enviadas a campos de trabajo.");
        VerifyStatistics(Portuguese + "A área de cobertura se restringe à capital, Pyongyang, e {|NK1001:cinco outras|} cidades.");
    }

    [Fact]
    public void SpanishCountsInWordsOfTimeOrTwoDoNotFire() => VerifyStatistics(Spanish + """
        La red estuvo caída siete días en la capital. Los dos países firmaron el acuerdo en la frontera.
        """);

    [Fact]
    public void SpanishPenaltyLengthFires() => VerifyStatistics(Spanish + """
        Una mujer fue enviada a realizar labores forzadas por {|NK1001:seis meses|} en la provincia.

        Ella vivió allí por seis meses con su familia.
        """);

    [Fact]
    public void SpanishUnnamedSourceIsVagueOnlyWithAFigure() => VerifyVague(Spanish + """
        En comunicación con Daily NK, {|NK1002:la fuente|} comunicó que siete familias fueron enviadas a campos de trabajo.

        En relación con estos acontecimientos, la fuente comunicó que la vigilancia se ha intensificado en la frontera.
        """);

    // ---- German: a duration in words after a verb of lasting --------------------------------------------

    [Fact]
    public void GermanDurationInWordsAfterAVerbOfLastingFires() => VerifyStatistics(German + """
        Der Aufbruch ins Mobilfunkzeitalter währte nur {|NK1001:eineinhalb Jahre|}, dann verbot das Regime die Handys.

        Er hat eineinhalb Jahre in der Hauptstadt gelebt, bevor er das Land verließ.
        """);
}
