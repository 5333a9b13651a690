using NkContentLint.Documents;
using NkContentLint.Rules.Sourcing;
using NkContentLint.Tests.Testing;
using Xunit;
using static NkContentLint.Tests.Testing.LanguageParagraphs;

namespace NkContentLint.Tests.Rules.Sourcing;

/// <summary>
/// NK1001 and NK1002 on sentences in French, Italian and Chinese (rules/languages/fr.txt, it.txt, zh.txt): what fires in
/// each, and what must not (years, dates, ordinals, versions, list numbers, durations, quotes, code, URLs, product numbers,
/// a named source in the language's words). No labelled pages in these languages yet: invented sentences, and tldr's
/// translated pages for precision.
/// </summary>
public sealed class FrenchItalianChineseSourcingTests
{
    private static readonly UnsourcedStatisticAnalyzer Statistics = new();
    private static readonly VagueAttributionAnalyzer Vague = new();

    // A paragraph of each Latin-script language with no figure, so a short test sentence after it is read in that language.

    private static void VerifyStatistics(string markup) => AnalyzerVerifier.Verify(Statistics, markup);

    private static void VerifyVague(string markup) => AnalyzerVerifier.Verify(Vague, markup);

    // ---- French -------------------------------------------------------------------------------------

    [Fact]
    public void FrenchCountsAmountsAndSharesWithoutASourceFire() => VerifyStatistics(French + """
        Le pays compte {|NK1001:28 sites|} accessibles depuis l'étranger.
        Le réseau Koryolink aurait {|NK1001:3 millions|} d'abonnés et le régime a volé {|NK1001:81 millions|} de dollars.
        Le parti détient {|NK1001:25 %|} du capital.
        """);

    [Fact]
    public void FrenchFiguresWithANamedSourceDoNotFire() => VerifyStatistics(French + """
        Selon Reuters, le pays compte 28 sites accessibles.
        D'après l'UIT, le réseau aurait 3 millions d'abonnés.
        Le ministre a déclaré que 500 ordinateurs ont été livrés.
        """);

    [Fact]
    public void FrenchYearsDatesOrdinalsVersionsAndDurationsDoNotFire() => VerifyStatistics(French + """
        Le service a été lancé le 26 février 2013 et fermé en 2015.
        Il a été bloqué pendant 5 minutes, puis 3 jours et 10 ans.
        La version 3 du système est sortie, et Windows 10 est rare.
        Le chapitre 12 est à la page 45.
        Convertir du code Python 2 vers Python 3.
        Il a dit « nous avons 28 sites » à la presse.
        Lancez `head -n 10 fichiers` ou ouvrez https://example.org/100-sites pour voir.
        """);

    [Fact]
    public void FrenchVagueAttributionsFire() => VerifyVague(French + """
        {|NK1002:Selon des estimations|}, le pays compte 28 sites.
        {|NK1002:On estime|} que le réseau est surveillé.
        Le réseau {|NK1002:aurait|} 3 millions d'abonnés.
        """);

    [Fact]
    public void FrenchNamedAttributionsAndAConditionalWithoutAFigureDoNotFire() => VerifyVague(French + """
        Selon Reuters, le pays compte 28 sites.
        Le ministre a déclaré que le réseau est ouvert.
        Le réseau aurait été fermé par le parti.
        """);

    // ---- Italian ------------------------------------------------------------------------------------

    // "il 30 %": the article (a date's word in [not-before], "il 3 marzo") gives way to a unit or magnitude after the number.
    [Fact]
    public void ItalianCountsAmountsAndSharesWithoutASourceFire() => VerifyStatistics(Italian + """
        Il paese ha {|NK1001:28 siti|} accessibili dall'estero.
        La rete conta {|NK1001:3 milioni|} di abbonati e il regime ha rubato {|NK1001:81 milioni|} di dollari.
        Il partito detiene {|NK1001:25 %|} del capitale, ma non il {|NK1001:30 %|} delle azioni.
        """);

    [Fact]
    public void ItalianFiguresWithANamedSourceDoNotFire() => VerifyStatistics(Italian + """
        Secondo Reuters, il paese ha 28 siti accessibili.
        Il ministro ha dichiarato che 500 computer sono stati consegnati.
        """);

    [Fact]
    public void ItalianYearsDatesOrdinalsVersionsAndDurationsDoNotFire() => VerifyStatistics(Italian + """
        Il servizio è stato lanciato il 26 febbraio 2013 e chiuso nel 2015.
        Il sito è stato bloccato per 5 minuti, poi per 3 giorni e per 10 anni.
        La versione 3 del sistema è uscita, e Windows 10 è raro.
        Conversione del codice Python 2 in Python 3.
        Ha detto « abbiamo 28 siti » alla stampa.
        Esegui `head -n 10 file` o apri https://example.org/100-siti per vedere.
        """);

    [Fact]
    public void ItalianVagueAttributionsFire() => VerifyVague(Italian + """
        {|NK1002:Secondo alcune stime|}, il paese ha 28 siti.
        {|NK1002:Si stima|} che la rete sia sorvegliata.
        La rete {|NK1002:sarebbe|} di 3 milioni di abbonati.
        """);

    [Fact]
    public void ItalianNamedAttributionsAndAConditionalWithoutAFigureDoNotFire() => VerifyVague(Italian + """
        Secondo Reuters, il paese ha 28 siti.
        Il ministro ha dichiarato che la rete è aperta.
        La rete sarebbe stata chiusa dal partito.
        """);

    // ---- Chinese ------------------------------------------------------------------------------------

    [Fact]
    public void ChineseCountsAmountsAndSharesWithoutASourceFire() => VerifyStatistics("""
        朝鲜的手机用户达到{|NK1001:300万人|}。
        朝鲜黑客窃取了{|NK1001:8100万美元|}。
        該國約有{|NK1001:28個網站|}可以訪問。
        网络的{|NK1001:25%|}由国家控制。
        """);

    [Fact]
    public void ChineseFiguresWithANamedSourceDoNotFire() => VerifyStatistics("""
        据新华社报道，朝鲜的手机用户达到300万人。
        韩国统一部表示，朝鲜黑客窃取了8100万美元。
        根据联合国的报告，该国约有28个网站。
        """);

    [Fact]
    public void ChineseYearsDatesOrdinalsVersionsAndDurationsDoNotFire() => VerifyStatistics("""
        该服务于2013年8月26日推出，第3次会议在2015年举行。
        网站被封锁了3个月。
        版本3发布后，Windows 10 很少见。
        他说：“我们有28个网站”。
        运行 `head -n 10 文件` 或打开 https://example.org/100 查看。
        """);

    [Fact]
    public void ChineseVagueAttributionsFire() => VerifyVague("""
        {|NK1002:据报道|}，朝鲜的手机用户达到300万人。
        {|NK1002:据悉|}，该网站已经关闭。
        {|NK1002:据估计|}，该国约有28个网站。
        """);

    [Fact]
    public void ChineseNamedAttributionsAndDataWordsDoNotFire() => VerifyVague("""
        据新华社报道，朝鲜的手机用户达到300万人。
        启动一个活动并将数据传递给它。
        根据说明书验证文件的有效性。
        """);

    [Fact]
    public void HanWithoutKanaIsChineseAndFrenchAndItalianAreVotedFor()
    {
        var document = ContentDocument.Parse("mixed.md", """
            朝鲜的手机用户达到了很多人。

            北朝鮮の携帯電話の加入者が増えた。

            Le réseau est fermé aux citoyens et il est réservé à une élite du parti.

            La rete non è aperta ai cittadini e il suo uso è riservato a una élite del partito.

            The regime says 28 websites are online.
            """);
        Assert.Equal(["zh", "ja", "fr", "it", null], document.Sentences.Select(document.LanguageOf));
    }
}
