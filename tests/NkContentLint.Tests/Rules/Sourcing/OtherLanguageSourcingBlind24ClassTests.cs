using NkContentLint.Rules.Sourcing;
using NkContentLint.Tests.Testing;
using Xunit;
using static NkContentLint.Tests.Testing.LanguageParagraphs;

namespace NkContentLint.Tests.Rules.Sourcing;

/// <summary>
/// The classes blind24's and blind25's non-English pages showed the language grammars (rules/languages/) could not read, each
/// with sentences that must fire and sentences that must not: German hearsay (<c>soll</c> closing a subordinate clause, an
/// unnamed group or report in an attribution frame: <c>so schätzen Experten</c>, <c>laut einem … Medienbericht</c>) and a
/// duration before a colon; Japanese hearsay (<c>という情報</c>, the polite <c>とされています</c>), a spaced fraction, a survey
/// nobody owns, an indictment or accusation naming its accuser and <c>という。</c> referring back to a source just named;
/// plural reporting verbs in Portuguese and Spanish, a year-like count after a bound, victims counted in words; Russian
/// <c>по сообщению</c>; traditional Chinese <c>報道</c> with a flattened pinyin gloss. Invented sentences of the same classes.
/// </summary>
public sealed class OtherLanguageSourcingBlind24ClassTests
{
    private static readonly UnsourcedStatisticAnalyzer Statistics = new();
    private static readonly VagueAttributionAnalyzer Vague = new();

    private static void VerifyStatistics(string markup) => AnalyzerVerifier.Verify(Statistics, markup);

    private static void VerifyVague(string markup) => AnalyzerVerifier.Verify(Vague, markup);

    // ---- German: "soll" of hearsay after its infinitive -------------------------------------------------

    [Fact]
    public void GermanReportiveModalClosingASubordinateClauseIsVague() => VerifyVague(German + """
        Jetzt ist die Gruppe, die hinter dem Angriff {|NK1002:stecken soll|}, mit der Geldwäsche beschäftigt.

        Die Hacker, die den Server der Börse {|NK1002:angegriffen haben sollen|}, sind in Pjöngjang tätig.

        Die Gruppe {|NK1002:soll hinter dem Angriff auf die Börse stecken|}.

        Das Geld, das aus dem Raub der Gruppe {|NK1002:stammen soll|}, wurde in China gewaschen.
        """);

    [Fact]
    public void GermanModalOfAPlanOrDutyIsNoHearsay() => VerifyVague(German + """
        Ein Gesetz, das die Nutzung des Internets regeln soll, wurde vom Parlament beschlossen.

        Das Projekt soll bis zum Ende des Jahres fertig sein.

        Die Bürger, die Zugang zum Netz haben sollen, müssen einen Antrag stellen.
        """);

    // ---- German: an unnamed group or report in an attribution frame -------------------------------------

    [Fact]
    public void GermanUnnamedGroupInAnAttributionFrameIsVague() => VerifyVague(German + """
        Es ist ein langwieriger Prozess, den die Hacker aus Nordkorea gut beherrschen, {|NK1002:so Fachleute|}.

        Nur wenige tausend Mitglieder der Elite, {|NK1002:so schätzen Experten|}, können ins Internet.

        Die Hacker arbeiten von China aus, {|NK1002:so glauben westliche Analysten|}.

        {|NK1002:Laut einem südkoreanischen Medienbericht|} nutzen die Kader im Ausland Smartphones.

        {|NK1002:Einem neuen Bericht zufolge|} nutzen die Kader im Ausland Smartphones.
        """);

    [Fact]
    public void GermanGroupThatIsNamedOrNamedBeforeIsNoVagueSource() => VerifyVague(German + """
        Laut einem Bericht der Washington Post nutzen die Kader im Ausland Smartphones.

        Dem Bericht zufolge nutzen die Kader im Ausland Smartphones.

        Laut den Experten nutzen die Kader im Ausland Smartphones.

        Es gibt so viele Experten im Land, die das Netz kennen.

        So Fachleute wie Martyn Williams kennen das Netz genau.
        """);

    [Fact]
    public void GermanFigureOfANamedReportIsSourced() => VerifyStatistics(German + """
        Laut einem Bericht der Washington Post nutzen 3000 Kader im Ausland Smartphones.

        Laut einem südkoreanischen Medienbericht nutzen {|NK1001:3000 Kader|} im Ausland Smartphones.
        """);

    // ---- German: a measured duration before a colon -----------------------------------------------------

    [Fact]
    public void GermanDurationBeforeAColonIsNoEnumeration() => VerifyStatistics(German + """
        Der kurze Aufbruch ins Mobilfunkzeitalter währte nur {|NK1001:eineinhalb Jahre|}: Nach einer Explosion verbot das Regime die Nutzung wieder.

        Die Sperre dauerte {|NK1001:drei Tage|}: Danach war das Netz wieder erreichbar.

        Das Regime betreibt 2 Netze: Kwangmyong und Koryolink.
        """);

    [Fact]
    public void ItalianAndDutchUnnamedGroupsInTheSameFramesAreVague()
    {
        VerifyVague(Italian + "{|NK1002:Secondo molti analisti|}, il regime dispone di migliaia di hacker.");
        VerifyVague(Italian + "Secondo analisti di Kaspersky, il regime dispone di migliaia di hacker.");
        VerifyVague(Dutch + "{|NK1002:Volgens analisten|} heeft het regime duizenden hackers in dienst.");
        VerifyVague(Dutch + "Volgens analisten van Kaspersky heeft het regime duizenden hackers in dienst.");
    }

    // ---- Japanese: hearsay -------------------------------------------------------------------------------

    [Fact]
    public void JapaneseInformationThatAndPoliteHearsayAreVague() => VerifyVague("""
        それは、日本に入国した複数の工作員が、実は北朝鮮に関与している{|NK1002:という情報|}だった。

        Bybitのハッキング事件では、全体の半分近くの資金が奪われた{|NK1002:とされてい|}ます。

        被害額は300億円に達した{|NK1002:とされてい|}ます。

        この名前は「千里馬」という意味だ。
        """);

    [Fact]
    public void JapaneseHearsayAfterANamedSourceRefersBackToIt() => VerifyVague("""
        朝鮮中央銀行が、スマホの電子決済システムを発表している。

        このシステムでは、様々なサービス料金の支払いが可能になるという。

        国際電話を使う外国人の多くは、ホテルの電話を利用する{|NK1002:という。|}

        朝鮮中央銀行が、スマホの電子決済システムを発表している。利用者は300万人に達した{|NK1002:という。|}
        """);

    // ---- Japanese: figures ------------------------------------------------------------------------------

    [Fact]
    public void JapaneseFractionsFireSpacedOrNot() => VerifyStatistics("""
        これは北朝鮮の外貨獲得の約 {|NK1001:3 分の 1|} を占める規模だ。

        これは北朝鮮の外貨獲得の{|NK1001:3分の1|}を占める規模だ。

        会議は10分の休憩の後に再開された。
        """);

    [Fact]
    public void JapaneseSurveyNobodyOwnsNamesNoOne() => VerifyStatistics("""
        この事件では暗号資産{|NK1001:580億円|}相当が盗まれ、その後の調査で北朝鮮の関与が疑われている。

        CIAの調査で、携帯電話の加入者は300万人に達した。
        """);

    [Fact]
    public void JapaneseAccuserNamedAsTheSubjectIsASource() => VerifyStatistics("""
        米司法省は今月17日、世界各地の銀行から計13億ドル超の現金を窃取しようとしたハッカー3人を起訴した。

        米連邦捜査局(FBI)などが、ハッカー組織が38ヵ国で約20億ドルを不正入手したと告発。

        韓国統計庁は、北朝鮮の人口が2500万人に達したと推計している。

        ハッカー組織は、{|NK1001:38ヵ国|}で不正に資金を入手した。
        """);

    // ---- Portuguese and Spanish ---------------------------------------------------------------------------

    [Fact]
    public void PortugueseAndSpanishPluralReportingVerbsNameTheirSubject()
    {
        VerifyStatistics(Portuguese + "Anteriormente, especialistas da empresa Elliptic afirmaram que hackers roubaram mais de $2 bilhões em criptomoedas.");
        VerifyStatistics(Portuguese + "Os hackers roubaram mais de $2 bilhões em criptomoedas, contaram especialistas do MSMT.");
        VerifyStatistics(Spanish + "Los expertos de la empresa Elliptic afirmaron que los hackers robaron más de 2.000 millones de dólares.");
        VerifyStatistics(Portuguese + "Os hackers roubaram mais de {|NK1001:$2 bilhões|} em criptomoedas no ano passado.");
    }

    [Fact]
    public void YearLikeNumberAfterABoundAndBeforeANounIsACount()
    {
        VerifyStatistics(Portuguese + "Na Coreia do Norte, existem pelo menos {|NK1001:2000 programadores|} que trabalham sob nomes falsos.");
        VerifyStatistics(Spanish + "En el país trabajan más de {|NK1001:2000 programadores|} para el régimen.");
        VerifyStatistics(Portuguese + "Na Coreia do Norte, até 2025 os programadores trabalham sob nomes falsos.");
        VerifyStatistics(Portuguese + "O sistema foi criado em 2000 para os programadores do partido.");
    }

    [Fact]
    public void VictimsCountedInWordsFire()
    {
        VerifyStatistics(Spanish + "La noticia llega después de que {|NK1001:dos adolescentes|} fueran asesinados recientemente por desafiarla.");
        VerifyStatistics(Spanish + "Ayer {|NK1001:tres desertores|} fueron detenidos en la frontera con China.");
        VerifyStatistics(Portuguese + "No mês passado, {|NK1001:dois adolescentes|} foram executados na cidade de Hyesan.");
    }

    [Fact]
    public void NumbersInWordsWithoutVictimsOrWithASourceAreNone()
    {
        VerifyStatistics(Spanish + "Los dos países firmaron un acuerdo que fue celebrado por los habitantes.");
        VerifyStatistics(Spanish + "Hace dos años fueron detenidos muchos ciudadanos en la frontera.");
        VerifyStatistics(Spanish + "Según la policía, tres desertores fueron detenidos en la frontera con China.");
    }

    // ---- Russian and Chinese ----------------------------------------------------------------------------

    [Fact]
    public void RussianAsReportedByNamesASource() => VerifyStatistics("""
        Каждая пятая семья имеет дома персональный компьютер, а по сообщению исследовательской компании Recorded Future, объём трафика вырос.

        {|NK1001:Каждая пятая|} семья имеет дома персональный компьютер.
        """);

    [Fact]
    public void ChineseTraditionalReportWithAPinyinGlossNamesASource() => VerifyStatistics("""
        近日，HKNews在報道中向外界介紹了朝鮮的智能手機使用情況，目前該國的智能手機使用率達到了全部人口的40%。

        近日，HKNews在報(bào)道中向外界介紹了朝鮮的智能手機使用情況，目前該國的智能手機使用率達到了全部人口的40%。

        目前該國的智能手機使用率達到了全部人口的{|NK1001:40%|}。
        """);
}
