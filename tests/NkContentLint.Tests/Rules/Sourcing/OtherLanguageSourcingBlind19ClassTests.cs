using NkContentLint.Documents;
using NkContentLint.Rules.Sourcing;
using NkContentLint.Tests.Testing;
using Xunit;
using static NkContentLint.Tests.Testing.LanguageParagraphs;

namespace NkContentLint.Tests.Rules.Sourcing;

/// <summary>
/// The classes blind19's non-English pages showed the language grammars (rules/languages/) could not read, one test per class
/// and language, each with sentences that must fire and sentences that must not: Chinese figures glued to words (万 or 亿 with
/// no counter, Han numerals, fractions, yuan), number words with a magnitude, German hearsay, Japanese counters and wire
/// reports, and the forms that name a subject who estimates, surveys or publishes. Invented sentences of the same classes.
/// </summary>
public sealed class OtherLanguageSourcingBlind19ClassTests
{
    private static readonly UnsourcedStatisticAnalyzer Statistics = new();
    private static readonly VagueAttributionAnalyzer Vague = new();


    private static void VerifyStatistics(string markup) => AnalyzerVerifier.Verify(Statistics, markup);

    private static void VerifyVague(string markup) => AnalyzerVerifier.Verify(Vague, markup);

    // ---- Chinese ------------------------------------------------------------------------------------

    [Fact]
    public void ChineseSentencesNamingALatinBrandStayChinese()
    {
        var document = ContentDocument.Parse("zh.md", """
            而到2010年底,Koryolink共有431919名用户。

            The regime says 28 websites are online, and 朝鲜 is the name.

            Orascom通过Cheo Technology拥有Koryolink的3/4股权,Cheo Technology是Orascom与朝鲜邮电公司共建的合资企业。

            Aju News headlined it 북한 인터넷 이용자 1만6000명.
            """);
        Assert.Equal(["zh", null, "zh", null], document.Sentences.Select(document.LanguageOf));
    }

    [Fact]
    public void ChineseFiguresGluedToWordsFire() => VerifyStatistics("""
        而到2010年底,Koryolink共有{|NK1001:431919名|}用户。
        在{|NK1001:2400万人|}口的朝鲜,政府提出的目标是实现{|NK1001:300万|}以上的手机用户。
        平均通话费用为{|NK1001:0.4元|}人民币每分钟。
        手机售价曾达到{|NK1001:人民币2万|}一支。
        这些来自中国的手机售价{|NK1001:100-600元|}。
        目前朝鲜已经开放手机,而正在使用手机的用户已经超过{|NK1001:一百万|}。
        """);

    [Fact]
    public void ChineseFractionsAreShares() => VerifyStatistics("""
        Orascom通过Cheo Technology拥有Koryolink的{|NK1001:3/4|}股权,Cheo Technology是Orascom与朝鲜邮电公司共建的合资企业。
        手机信号已经覆盖了全国{|NK1001:五分之一|}的领土。
        网络的{|NK1001:百分之三十|}由国家控制。
        """);

    [Fact]
    public void ChineseYearsDatesVersionsDurationsAndWordsWithNumeralsDoNotFire() => VerifyStatistics("""
        该服务于2013年8月26日推出,第3次会议在2015年举行。
        人类在这里生活了2万年。
        万一网络中断,请千万不要惊慌,一个人也可以修复。
        版本3/4发布后,第1/2页可以下载。
        该页面在10/18更新,请看1/2/3节。
        以十分之一秒为单位启动。
        他说:“我们有300万用户”。
        运行 `head -n 10000 文件` 或打开 https://example.org/300万 查看。
        据新华社报道,朝鲜的手机用户达到300万,售价为2500元人民币。
        """);

    [Fact]
    public void ChineseMediaDisclosedIsVague() => VerifyVague("""
        {|NK1002:媒体披露|},官方渠道的价格达到2500元人民币。
        新华社报道,官方渠道的价格达到2500元人民币。
        """);

    // ---- Number words with a magnitude ------------------------------------------------------------------

    [Theory]
    [InlineData(Italian + "Sopra il 38° parallelo sono oltre {|NK1001:due milioni|} gli abbonati al servizio.")]
    [InlineData(German + "Das Netz der Regierung hat nach der Öffnung {|NK1001:zwei Millionen Nutzer|}.")]
    [InlineData(Spanish + "La red del régimen tiene {|NK1001:dos millones|} de usuarios en el país.")]
    [InlineData(French + "Le réseau du parti compte {|NK1001:deux millions|} d'abonnés dans le pays.")]
    public void NumberWordsBeforeAMillionFire(string markup) => VerifyStatistics(markup);

    [Theory]
    [InlineData(Italian + "Due abbonati su tre usano il servizio, e mille grazie al partito. Secondo Reuters sono oltre due milioni gli abbonati.")]
    [InlineData(German + "Zwei Hacker und drei Tausend Ideen sind bei der Regierung. Laut Reuters hat das Netz zwei Millionen Nutzer.")]
    [InlineData(Spanish + "En dos mil catorce la red del país tenía dos usuarios para el partido.")]
    public void NumberWordsWithoutAMillionOrWithASourceDoNotFire(string markup) => VerifyStatistics(markup);

    // ---- German -------------------------------------------------------------------------------------

    [Fact]
    public void GermanDateWordGivesWayToAMagnitudeOrUnit() => VerifyStatistics(German + """
        Die Gruppe hat im vergangenen Jahr {|NK1001:275 Millionen US-Dollar|} gestohlen.
        Die Zahl der Nutzer stieg um {|NK1001:5 Prozent|}.
        Im Jahr 2020 wurde das Netz geöffnet, Stand 2014 gab es Version 3 und seit 2015 Platz 3.
        """);

    [Fact]
    public void GermanHearsayFires() => VerifyVague(German + """
        So {|NK1002:soll neben Lazarus auch die Hacker-Gruppe Cerium bereits versucht haben|}, an Informationen zu gelangen.
        Die Hacker {|NK1002:sollen die Börse gehackt haben|}.
        Aus dem Land kommt nun {|NK1002:die Meldung, dass|} das Land ein eigenes Bezahlsystem entwickelt habe.
        """);

    [Fact]
    public void GermanDutiesPlansAndNamedHearsayDoNotFire() => VerifyVague(German + """
        Jeder Bürger soll Zugang zum Internet haben.
        Das Netz soll bis 2025 ausgebaut sein.
        Laut Chainalysis soll die Gruppe die Börse gehackt haben.
        """);

    // ---- Japanese -----------------------------------------------------------------------------------

    [Fact]
    public void JapaneseCountriesAndPlacesAreCounted() => VerifyStatistics("""
        「APT38」は米国、台湾など約{|NK1001:11カ国|}、{|NK1001:16か所|}の銀行にハッキングを仕掛けていた。
        """);

    [Fact]
    public void JapaneseWireReportsAreVague() => VerifyVague("""
        {|NK1002:外電によると|}、北朝鮮は1万3562BTCを保有している。
        ロイターの報道によると、北朝鮮は1万3562BTCを保有している。
        国家情報院によると、北朝鮮は1万3562BTCを保有している。
        """);

    [Fact]
    public void JapaneseSubjectsWhoEstimateSurveyOrPublishNameASource() => VerifyStatistics("""
        総人口約2500万人の北朝鮮で、324万台の携帯電話が使われていることが、米中央情報局(CIA)の調査で明らかになった。
        韓国は北朝鮮が7年間で総額13億4000万ドルを稼いでいたと推定している。
        国連安保理制裁委員会が2021年3月に公表した報告書でも推計3億1640万ドルとされた。
        2014年には280万台(韓国統計庁調べ)に達した。
        現在は{|NK1001:300万台|}以上に達している。
        """);

    [Fact]
    public void JapaneseCountOfTheFirmsOfAMarketIsNoStatistic() => VerifyStatistics("""
        2015年にはピョルが設立され、3社体制となっている。
        北朝鮮には{|NK1001:3社|}の通信会社がある。
        """);
}
