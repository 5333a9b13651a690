using NkContentLint.Rules.Sourcing;
using NkContentLint.Tests.Testing;
using Xunit;
using static NkContentLint.Tests.Testing.LanguageParagraphs;

namespace NkContentLint.Tests.Rules.Sourcing;

/// <summary>
/// The classes blind20's non-English pages showed the language grammars (rules/languages/) could not read, one test per class
/// and language, each with sentences that must fire and sentences that must not: Russian numbers in words as counts and
/// "по данным" with sources nobody names, a French figure grouped by spaces before a capitalised demonym, German "X zufolge"
/// with an unnamed group and "sollen" with a past date, Japanese hearsay endings, and Chinese "據X推算" naming its source.
/// Invented sentences of the same classes.
/// </summary>
public sealed class OtherLanguageSourcingBlind20ClassTests
{
    private static readonly UnsourcedStatisticAnalyzer Statistics = new();
    private static readonly VagueAttributionAnalyzer Vague = new();


    private static void VerifyStatistics(string markup) => AnalyzerVerifier.Verify(Statistics, markup);

    private static void VerifyVague(string markup) => AnalyzerVerifier.Verify(Vague, markup);

    // ---- Russian ------------------------------------------------------------------------------------

    [Fact]
    public void RussianNumberWordsBeforeACountedNounFire() => VerifyStatistics("""
        За последние годы Северная Корея подготовила не менее {|NK1001:пятисот хакеров|}, которые могут вести электронную войну.
        Северный сосед активизировал свою деятельность в Интернете, запустив {|NK1001:шесть сайтов|}, восхваляющих режим.
        В этом году почти {|NK1001:триста южнокорейских|} правительственных компьютеров подверглись атаке.
        Армия набрала {|NK1001:двести пятьдесят программистов|} из университетов страны.
        В стране работает более {|NK1001:тысячи хакеров|} из разных подразделений.
        Отдел насчитывает около {|NK1001:сорока инженеров|} в столице.
        Режим открыл {|NK1001:две тысячи пунктов|} доступа в столице.
        """);

    [Fact]
    public void RussianOneDurationsIdiomsVagueThousandsAndNamedSourcesDoNotFire() => VerifyStatistics("""
        Один из хакеров был арестован в столице.
        Это случилось три года назад, через десять дней после выборов.
        Пять из них уехали из страны в прошлом месяце.
        В двух словах, сеть закрыта для граждан.
        Тысячи хакеров работают на режим в разных странах.
        Город был основан три тысячи лет назад.
        Сорока украла кольцо у соседа по дому.
        По данным ЮНЕСКО, в стране работают пятьсот сайтов.
        """);

    [Fact]
    public void RussianAccordingToSourcesNobodyNamesIsVague() => VerifyVague("""
        {|NK1002:По данным из информированных северокорейских источников|}, с ноября в КНДР начали действовать мобильные телефоны.
        Несмотря на высокую, {|NK1002:по словам источников|}, стоимость услуг, число абонентов превысило 3000 человек.
        По данным ЮНЕСКО, в стране начали действовать мобильные телефоны.
        По словам представителя министерства, стоимость услуг высока.
        {|NK1002:Как известно|}, сеть закрыта для граждан страны.
        """);

    [Fact]
    public void RussianFigureWithSourcesNobodyNamesFires() => VerifyStatistics("""
        Несмотря на высокую, по словам источников, стоимость услуг, число абонентов превысило {|NK1001:3000 человек|}.
        По словам министра связи, число абонентов превысило 3000 человек.
        """);

    // ---- French -------------------------------------------------------------------------------------

    [Theory]
    [InlineData(French + "{|NK1001:450 000 Nord-Coréens|} possèdent des téléphones portables, mais ne peuvent pas appeler.")]
    [InlineData(French + "{|NK1001:450\u202F000 Nord-Coréens|} possèdent des téléphones portables, mais ne peuvent pas appeler.")]
    [InlineData(French + "{|NK1001:450\u00A0000 Nord-Coréens|} possèdent des téléphones portables, mais ne peuvent pas appeler.")]
    [InlineData(French + "Le pays a {|NK1001:450000 habitants|} et une élite qui est connectée au réseau.")]
    public void FrenchFigureBeforeACapitalisedDemonymOrAPlainNounFires(string markup) => VerifyStatistics(markup);

    [Theory]
    [InlineData(French + "Selon l'UIT, 450 000 Nord-Coréens possèdent des téléphones portables.")]
    [InlineData(French + "20 Minutes est un journal qui est gratuit et qui est lu par les jeunes.")]
    [InlineData(French + "Le film Les 400 Coups est sorti dans les salles et il est connu.")]
    [InlineData(French + "Il a acheté 3 Nord-Coréens Ltd pour le parti et il est parti.")]
    public void FrenchCapitalisedWordsAfterAFigureInsideASentenceOrNamedDoNotFire(string markup) => VerifyStatistics(markup);

    // ---- German -------------------------------------------------------------------------------------

    [Fact]
    public void GermanUnnamedGroupZufolgeAndHearsayWithAPastDateAreVague() => VerifyVague(German + """
        {|NK1002:Analysten zufolge|} könnten es die Hacker auf Kryptowährungen abgesehen haben.
        Die Angriffe {|NK1002:sollen bereits im Februar 2017 über den Heim-PC eines Mitarbeiters erfolgt sein|}.
        {|NK1002:Sicherheitsexperten zufolge|} ist die Gruppe seit Jahren aktiv.
        """);

    [Fact]
    public void GermanNamedZufolgeAndPlansWithSeinDoNotFire() => VerifyVague(German + """
        Reuters zufolge könnten es die Hacker auf Kryptowährungen abgesehen haben.
        Den Analysten von FireEye zufolge ist die Gruppe seit Jahren aktiv.
        Das Netz soll bis 2025 vollständig gesichert sein.
        Laut dem Geheimdienst sollen die Angriffe bereits im Februar 2017 erfolgt sein.
        """);

    // ---- Japanese -----------------------------------------------------------------------------------

    [Fact]
    public void JapaneseHearsayEndingsAreVague() => VerifyVague("""
        国際電話を使う外国人の多くはホテルの電話を利用する{|NK1002:という。|}
        かつて世界で唯一インターネットに接続していない{|NK1002:とまで言われ|}ていたが、積極的にIT事業を推進している。
        料金は高い{|NK1002:とのこと|}だ。
        この店は安い{|NK1002:だそうだ|}。
        """);

    [Fact]
    public void JapaneseNamingAndGlossingDoNotFire() => VerifyVague("""
        北朝鮮には光明という名前のイントラネットがある。
        ネナラという言葉は「わが国」という意味である。
        ロイターによると、外国人の多くはホテルの電話を利用するという。
        """);

    // ---- Korean -------------------------------------------------------------------------------------

    [Fact]
    public void KoreanAnalysisThatComesOutIsVague() => VerifyVague("""
        북한은 암호화폐 해킹을 주요 외화벌이 수단으로 삼고 있다는 {|NK1002:분석이 나온|}다.
        북한이 해킹을 늘릴 것이라는 {|NK1002:관측이 나왔|}다.
        한국인터넷진흥원에 따르면 북한은 해킹을 주요 수단으로 삼고 있다는 분석이 나온다.
        보고서의 분석이 끝났다.
        """);

    // ---- Chinese ------------------------------------------------------------------------------------

    [Fact]
    public void ChineseSubjectThatReckonsOrCountsNamesTheSource() => VerifyStatistics("""
        據國家情報院推算,韓國在過去5年間因朝鮮的網絡攻擊而遭受的損失額約達1000億韓元。
        据国家统计局统计,朝鲜的手机用户达到300万。
        據國家情報院估計,損失額約達1000億韓元。
        据统计,朝鲜的手机用户达到{|NK1001:300万|}。
        據估計,損失額約達{|NK1001:1000億韓元|}。
        """);

    [Fact]
    public void ChineseBareStatisticsAndEstimatesAreVague() => VerifyVague("""
        {|NK1002:据统计|},朝鲜的手机用户达到300万。
        {|NK1002:據推算|},損失額約達1000億韓元。
        據國家情報院推算,韓國遭受的損失額約達1000億韓元。
        """);

    // ---- Page furniture (blind21, after its closing score) ---------------------------------------------

    /// <summary>
    /// A comment counter and a reading time on a Spanish or Portuguese page ("Ver 15 comentarios", "4 min de leitura",
    /// "0 comentários", blind21 a-10, a-11) are page furniture, not statistics; a count of users on the same page fires.
    /// </summary>
    [Fact]
    public void CommentCountersAndReadingTimesInSpanishAndPortugueseDoNotFire()
    {
        VerifyStatistics("""
            El país tiene su propia red de telefonía móvil y los usuarios de los teléfonos son cada vez más numerosos en la capital del país.

            Ver 15 comentarios

            La operadora tiene {|NK1001:15 000 usuarios|} nuevos en la ciudad de la costa.
            """);
        VerifyStatistics("""
            O país tem a sua própria rede de telefonia móvel e os usuários dos telefones são cada vez mais numerosos na capital do país.

            Tempo de leitura 4 min de leitura Comentários 0 comentários

            A operadora tem {|NK1001:4 000 usuários|} novos na cidade da costa.
            """);
    }
}
