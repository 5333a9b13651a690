using NkContentLint.Rules.Sourcing;
using NkContentLint.Tests.Testing;
using Xunit;
using static NkContentLint.Tests.Testing.LanguageParagraphs;

namespace NkContentLint.Tests.Rules.Sourcing;

/// <summary>
/// The classes blind21's non-English pages showed the language grammars (rules/languages/) could not read, each with sentences
/// that must fire and sentences that must not: Japanese hearsay of its own clause before a named source, Japanese estimates
/// without a figure and names after a quotation mark; small counts of items the text lists by name (the enumeration decision)
/// in Russian and German; the definite article before a magnitude in Spanish; data rates in Chinese; shares in words in
/// Italian, Spanish, French and German; French numbers spelled at a sentence's start; and a duration after a verb of lasting
/// in Portuguese. Invented sentences of the same classes.
/// </summary>
public sealed class OtherLanguageSourcingBlind21ClassTests
{
    private static readonly UnsourcedStatisticAnalyzer Statistics = new();
    private static readonly VagueAttributionAnalyzer Vague = new();

    // Its own Portuguese paragraph, which these tests were written against (it hides the shared one).
    private const string Portuguese = "O regime mantém uma rede interna para que os cidadãos não possam ver a internet, e o controle da informação fica com o partido.\n\n";

    private static void VerifyStatistics(string markup) => AnalyzerVerifier.Verify(Statistics, markup);

    private static void VerifyVague(string markup) => AnalyzerVerifier.Verify(Vague, markup);

    // ---- Japanese -----------------------------------------------------------------------------------

    /// <summary>"人口2500万人余りとされる北朝鮮だが、…によれば": the hearsay clause carries its figure before the source is named.</summary>
    [Fact]
    public void JapaneseHearsayClauseBeforeANamedSourceIsVague() => VerifyVague("""
        人口2500万人余り{|NK1002:とされる|}北朝鮮だが、韓国の統一相が国会答弁で明らかにしたところによれば、携帯電話の利用台数は580万台にも上る。

        被害額は300億円{|NK1002:とされ、|}韓国の国家情報院によると、攻撃は今も続いている。
        """);

    [Fact]
    public void JapaneseHearsayWithTheSourceNamedBeforeItOrWithoutAFigureBeforeItIsNamed() => VerifyVague("""
        国連によると、北朝鮮の人口は2500万人とされる。

        北朝鮮だとされるが、韓国の統一相が明らかにしたところによれば、携帯電話の利用台数は580万台にも上る。

        その行為は違法とされ、取り締まりが続いている。
        """);

    [Fact]
    public void JapaneseEstimateIsVagueOnlyWithAFigure() => VerifyVague("""
        被害額は300億円{|NK1002:とみられ|}る。

        待ち受け画面は、北朝鮮の政治スローガンでおなじみの「千里馬」をイメージしたとみられる画像だ。
        """);

    [Fact]
    public void JapaneseNameAfterAQuotationMarkIsNoHearsay() => VerifyVague("""
        このスマホは15年に出た改良型の「アリラン151」という。

        国際電話を使う外国人の多くはホテルの電話を利用する{|NK1002:という。|}
        """);

    /// <summary>
    /// Unnamed experts or analysts as the subject are vague ("専門家らは…とみている", "…とアナリストらは予想している"; blind23 b-14,
    /// after its closing score); experts an institution qualifies with の, or an expert named after 専門家の, are sources.
    /// </summary>
    [Fact]
    public void JapaneseUnnamedExpertsAndAnalystsAreVague() => VerifyVague("""
        {|NK1002:専門家らは|}、厳しい制裁を受ける北朝鮮が、核兵器開発の資金を調達するため暗号資産を盗んでいるとみている。

        今年中に7回目の核実験が行われると{|NK1002:アナリストらは|}予想している。

        米ジョンズ・ホプキンズ大学の専門家は、北朝鮮の携帯電話の利用者が増えていると分析している。

        専門家の金氏は、北朝鮮の携帯電話の利用者が増えていると分析している。
        """);

    [Fact]
    public void KoreanSpeculationNobodyIsNamedForIsVague() => VerifyVague("""
        해킹의 배후가 북한이 아닐 것이라는 {|NK1002:추측이 나오|}고 있다.
        국가정보원은 해킹의 배후가 북한이라고 밝혔다.
        """);

    // ---- Enumerations (Russian, German) ---------------------------------------------------------------

    [Fact]
    public void RussianSmallCountOfItemsListedInItsSentenceOrTheNextIsNoStatistic() => VerifyStatistics("""
        Южная Корея заблокировала в стране доступ к трем каналам на YouTube о повседневной жизни в КНДР.

        По состоянию на 14:00 три канала YouTube — канал Sally Parks SongA, Olivia Natasha и New DPRK — недоступны из Южной Кореи.
        """);

    [Fact]
    public void RussianSmallCountWithoutAsManyNamedItemsFires() => VerifyStatistics("""
        Южная Корея заблокировала в стране доступ к {|NK1001:трем каналам|} на YouTube о повседневной жизни в КНДР.

        Власти закрыли {|NK1001:три канала|} — Sally Parks и New DPRK — на прошлой неделе.

        Власти закрыли {|NK1001:пять сайтов|} — это очень много для маленькой страны.
        """);

    [Fact]
    public void RussianPresentTenseReportingVerbNamesItsSubject() => VerifyStatistics("""
        Южная Корея заблокировала доступ к пятнадцати сайтам о жизни в КНДР, 24 июня сообщает агентство Yonhap.
        Южная Корея заблокировала доступ к {|NK1001:пятнадцати сайтам|} о жизни в КНДР, сообщается в прессе.
        """);

    [Theory]
    [InlineData(German + "Im Land gibt es 2 Mobilfunknetze, Koryolink und Kangsong, für die Bürger.")]
    [InlineData(German + "Im Land gibt es 3 Mobilfunknetze – Koryolink, Kangsong und Byol – für die Bürger.")]
    public void GermanSmallCountOfNamedItemsIsNoStatistic(string markup) => VerifyStatistics(markup);

    [Theory]
    [InlineData(German + "Im Land gibt es {|NK1001:2 Mobilfunknetze|}, die für die Bürger sehr teuer sind.")]
    [InlineData(German + "Im Land gibt es {|NK1001:3 Mobilfunknetze|} – Koryolink und Kangsong – für die Bürger.")]
    public void GermanSmallCountWithoutAsManyNamedItemsFires(string markup) => VerifyStatistics(markup);

    // ---- Spanish, Chinese: magnitudes and units ------------------------------------------------------

    [Theory]
    [InlineData(Spanish + "La red de Corea del Norte va a llegar {|NK1001:al millón|} de usuarios de telefonía móvil este año.")]
    [InlineData(Spanish + "La operadora del régimen superó {|NK1001:el millón|} de abonados en la capital.")]
    public void SpanishArticleBeforeASingularMagnitudeCounts(string markup) => VerifyStatistics(markup);

    [Theory]
    [InlineData(Spanish + "Según Reuters, la red va a llegar al millón de usuarios de telefonía móvil este año.")]
    [InlineData(Spanish + "El millonario del partido compró el edificio de la red en la capital.")]
    public void SpanishArticleBeforeAMagnitudeNamedOrNoMagnitudeDoesNotFire(string markup) => VerifyStatistics(markup);

    [Fact]
    public void ChineseDataRateIsAUnit() => VerifyStatistics("""
        朝鲜的3G网络速度仅为{|NK1001:128-384 kbps|}。
        据朝鲜邮电部称,网络速度仅为128-384 kbps。
        """);

    // ---- Shares in words -------------------------------------------------------------------------------

    [Theory]
    [InlineData(Italian + "Con quasi {|NK1001:la metà delle|} sue attività spazzate via, la borsa ha chiuso i conti.")]
    [InlineData(Spanish + "Hoy {|NK1001:la mitad de|} los usuarios vive en la capital del país.")]
    [InlineData(Spanish + "Hoy {|NK1001:uno de cada diez|} norcoreanos tiene un teléfono del partido.")]
    [InlineData(French + "Aujourd'hui {|NK1001:la moitié des|} abonnés vivent dans la capitale du pays.")]
    [InlineData(German + "Denn immerhin besitzt bereits {|NK1001:jeder zwölfte|} Nordkoreaner ein Mobiltelefon.")]
    [InlineData(German + "Heute lebt {|NK1001:die Hälfte|} der Nutzer in der Hauptstadt des Landes.")]
    public void ShareInWordsIsAStatistic(string markup) => VerifyStatistics(markup);

    [Theory]
    [InlineData(Italian + "Il servizio è nato a metà degli anni novanta e la metà degli anni successivi è stata dura.")]
    [InlineData(Italian + "Il servizio è cresciuto fino alla metà del 2019 nella capitale.")]
    [InlineData(Italian + "Secondo Chainalysis, con quasi la metà delle sue attività spazzate via, la borsa ha chiuso.")]
    [InlineData(Spanish + "El servicio llegó a la capital a la mitad de los años noventa.")]
    [InlineData(German + "Er kommt jeden zweiten Tag ins Büro der Partei in der Hauptstadt.")]
    [InlineData(French + "Il a attendu un quart d'heure avant de se connecter au réseau.")]
    public void ShareOfATimeOrNamedDoesNotFire(string markup) => VerifyStatistics(markup);

    // ---- French numbers spelled at a sentence's start --------------------------------------------------

    [Theory]
    [InlineData(French + "{|NK1001:Trente et un sites|} relatifs à la Corée du Nord ont donc été bloqués par le ministère.")]
    [InlineData(French + "{|NK1001:Vingt-deux journalistes|} ont été arrêtés par la police du régime.")]
    [InlineData(French + "{|NK1001:Dix-sept serveurs|} ont été saisis par la police du régime.")]
    [InlineData(French + "La police du régime a arrêté {|NK1001:15 journalistes|} dans la capitale.")]
    public void FrenchNumberSpelledAtTheSentenceStartCounts(string markup) => VerifyStatistics(markup);

    [Theory]
    [InlineData(French + "Un site a été bloqué par le ministère de la communication.")]
    [InlineData(French + "Deux ans plus tard, le site a été fermé par le ministère.")]
    [InlineData(French + "Le ministère a bloqué trente et un sites relatifs à la Corée du Nord.")]
    [InlineData(French + "Selon le ministère, trente et un sites ont été bloqués. Trente et un sites, selon le ministère, ont été bloqués.")]
    public void FrenchNumberSpelledElsewhereOrAnArticleOrATimeDoesNotFire(string markup) => VerifyStatistics(markup);

    // ---- A duration after a verb of lasting ------------------------------------------------------------

    [Theory]
    [InlineData(Portuguese + "A rede foi lançada em 2002, mas a experiência durou apenas {|NK1001:18 meses|} no país.")]
    [InlineData(Spanish + "La primera red se lanzó en 2002, pero el experimento duró {|NK1001:18 meses|} en el país.")]
    public void DurationAfterAVerbOfLastingIsAStatistic(string markup) => VerifyStatistics(markup);

    [Theory]
    [InlineData(Portuguese + "A rede foi lançada há 18 meses no país, com o apoio do partido.")]
    [InlineData(Portuguese + "Segundo a KCNA, a experiência da rede do país durou apenas 18 meses.")]
    public void DurationWithoutAVerbOfLastingOrNamedDoesNotFire(string markup) => VerifyStatistics(markup);
}
