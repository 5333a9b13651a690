using NkContentLint.Rules.Sourcing;
using NkContentLint.Tests.Testing;
using Xunit;
using static NkContentLint.Tests.Testing.LanguageParagraphs;

namespace NkContentLint.Tests.Rules.Sourcing;

/// <summary>
/// A class blind26's and blind27's Korean and Japanese pages showed: a group nobody names as the source after "according
/// to" (<c>탈북자들에 따르면</c>, <c>脱北者らによると</c>, <c>専門家によると</c>) is vague, where a named outlet or person in the
/// same frame stays a source. Invented sentences of the same class.
/// <para>
/// And the classes of every non-English miss and false positive over all splits after blind27 (sourcing33): Polish, read at
/// last (counts and money in its number forms, <c>według ekspertów</c>, hearsay, quoted speakers); German reportive
/// <c>sollen</c> with a predicate no one can be told to fulfil; unnamed media, informants and institutes in Japanese and
/// Korean; a report nobody names after "according to" (<c>según un nuevo informe</c>); unnamed groups as the subject of a
/// verb of saying, thinking or fearing (French, Spanish, Portuguese, Russian); a count of people in an event with a past verb;
/// and sources the readers missed (a French present-tense reporting verb, a Korean accuser, a document that carries its
/// contents, a Korean quotation running over a full stop).
/// </para>
/// </summary>
public sealed class OtherLanguageSourcingBlind26ClassTests
{
    private static readonly VagueAttributionAnalyzer Vague = new();
    private static readonly UnsourcedStatisticAnalyzer Statistics = new();

    private static void VerifyVague(string markup) => AnalyzerVerifier.Verify(Vague, markup);

    private static void VerifyStatistics(string markup) => AnalyzerVerifier.Verify(Statistics, markup);

    [Fact]
    public void KoreanUnnamedGroupAfterAccordingToIsVague() => VerifyVague("""
        {|NK1002:탈북자들에 따르면|} 북한 주민들은 한국 드라마를 USB로 몰래 본다.

        {|NK1002:전문가들에 의하면|} 북한의 해커 조직은 수천 명 규모다.

        연합뉴스에 따르면 북한은 지난해 가상자산을 탈취했다.
        """);

    [Fact]
    public void JapaneseUnnamedGroupAfterAccordingToIsVague() => VerifyVague("""
        {|NK1002:脱北者らによると|}、北朝鮮では韓国ドラマを見ると処罰される。

        {|NK1002:専門家によると|}、北朝鮮のハッカーは中国から活動している。

        聯合ニュースによると、北朝鮮は新しいスマートフォンを発売した。
        """);

    // ---- Polish -----------------------------------------------------------------------------------------

    [Fact]
    public void PolishCountsAndMoneyWithNoSourceFire() => VerifyStatistics(Polish + """
        W 2022 r. dokonali {|NK1001:15 włamań|} i ukradli ok. {|NK1001:1,7 mld dol.|}

        Hakerzy ukradli w ubiegłym roku ponad {|NK1001:600 mln dolarów|} z giełd kryptowalut.

        Z kraju uciekło {|NK1001:1 200 osób|}, a na granicy zatrzymano {|NK1001:35 proc.|} z nich.
        """);

    [Fact]
    public void PolishFiguresOfANamedSourceOrNoFigureDoNotFire() => VerifyStatistics(Polish + """
        Z raportu Chainalysis wynika, że hakerzy w 2023 r. dokonali 20 cyberataków.

        Według Chainalysis hakerzy ukradli 1,7 mld dol. w 2022 r.

        — Mówimy o kraju, który przeznacza od 16 do 25 proc. swojego PKB na wojsko — zauważył.

        W 2016 r. grupa zaatakowała bank w Bangladeszu.

        W listopadzie 2023 r. Departament Skarbu nałożył sankcje na mikser.
        """);

    [Fact]
    public void PolishUnnamedGroupsAndHearsayAreVague() => VerifyVague(Polish + """
        {|NK1002:Według ekspertów|} reżim wykorzystuje pieniądze z cyberataków do finansowania programów nuklearnych.

        {|NK1002:Według nowego raportu|} hakerzy pracują z Chin.

        Zachodni {|NK1002:eksperci szacują|}, że w jednostce pracuje kilka tysięcy hakerów.

        Hakerzy {|NK1002:podobno|} pracują z Chin i Rosji.

        {|NK1002:Szacuje się|}, że hakerzy pracują z Chin.
        """);

    [Fact]
    public void PolishNamedOrReferredBackGroupsAreNotVague() => VerifyVague(Polish + """
        Według ekspertów Chainalysis hakerzy pracują z Chin.

        Według ekspertów z firmy Elliptic hakerzy pracują z Chin.

        Według raportu ONZ hakerzy pracują z Chin.

        Według tych ekspertów hakerzy pracują z Chin.

        Moim zdaniem to jest bardzo ważny problem dla całego regionu.
        """);

    // ---- German: reportive "sollen" with a predicate no one can be told to fulfil --------------------------

    [Fact]
    public void GermanReportiveSollenWithAResemblanceIsVague() => VerifyVague(German + """
        Die Geräte {|NK1002:sollen eine sehr große Ähnlichkeit mit Produkten von Apple haben|}.

        Das Tablet {|NK1002:soll einem chinesischen Modell ähneln|}.

        Der Hacker {|NK1002:soll der Gruppe Lazarus angehören|}.

        Das Betriebssystem {|NK1002:soll mit Fedora identisch sein|}.
        """);

    [Fact]
    public void GermanSollenOfAPlanOrDutyIsNoHearsay() => VerifyVague(German + """
        Jeder Bürger soll Zugang zum Internet haben.

        Die Geräte sollen eine lange Laufzeit haben.

        Die neue Version soll der alten nicht mehr ähnlich sein müssen, sagte der Minister.
        """);

    // ---- Japanese and Korean: unnamed media, informants and institutes -------------------------------------

    [Fact]
    public void JapaneseUnnamedMediaAndInformantsAreVague() => VerifyVague("""
        {|NK1002:複数のメディア|}が報じているところによると、一般市民の携帯電話購入は認められている{|NK1002:という。|}

        韓国や日本{|NK1002:のメディアは|}、{|NK1002:消息筋|}の情報として通話は盗聴可能だと伝えた。

        {|NK1002:海外メディアは|}、北朝鮮が新しいアプリを開発したと伝えた。
        """);

    [Fact]
    public void JapaneseNamedMediaOrMediaAsNoSubjectAreNotVague() => VerifyVague("""
        聯合ニュースが報じたところによると、北朝鮮は新しいアプリを開発した。

        軍事パレードでは、海外メディア向けプレスセンターにインターネット回線が用意された。

        朝日新聞は、北朝鮮が新しいアプリを開発したと伝えた。
        """);

    [Fact]
    public void KoreanReportOfAnUnnamedInstituteIsVague() => VerifyVague("""
        지난해 여름 한국계 은행 조사연구{|NK1002:기관이 발표한|} 보고서에 따르면 북한에선 450여만 명이 휴대전화를 갖고 있습니다.

        미국의 한 보안{|NK1002:기관이 공개한|} 자료에 따르면 해커들은 3천여 명이다.
        """);

    [Fact]
    public void KoreanReportOfANamedInstituteIsSourced() => VerifyStatistics("""
        북한에선 {|NK1001:450만 명|}이 휴대전화를 갖고 있습니다.

        한국은행이 발표한 보고서에 따르면 북한에선 450만 명이 휴대전화를 갖고 있습니다.
        """);

    [Fact]
    public void KoreanAccuserAndADocumentThatCarriesItsContentsSourceTheirFigures() => VerifyStatistics("""
        미 재무부는 3월 게임에서 발생한 6억2500만 달러 규모의 해킹 사건 때도 라자루스를 주범으로 지목하고 관련 조직을 제재했다.

        이 포스터에는 만경대정보센터와 인민대학습당 등 26 개 기관의 홈페이지 이름과 주소가 실려 있습니다.

        북한은 3월 게임에서 발생한 {|NK1001:6억2500만 달러|} 규모의 해킹 사건을 일으켰다.
        """);

    [Fact]
    public void KoreanQuotationRunningOverAFullStopIsItsNamedSpeakers() => VerifyStatistics("""
        영국 엘립틱은 29일 “하모니가 24일 해킹돼 1억 달러 가치의 가상화폐가 도난당했다. 라자루스의 소행으로 보인다”고 밝혔다.

        인터넷에는 “하모니가 24일 해킹돼 {|NK1001:1억 달러|} 가치의 가상화폐가 도난당했다. 라자루스의 소행으로 보인다”는 글이 올라왔다.
        """);

    // ---- Spanish, Portuguese, French, Russian: a report or group nobody names ------------------------------

    [Fact]
    public void SpanishReportNobodyNamesIsVague() => VerifyVague(Spanish + """
        La variedad de teléfonos se ha duplicado, {|NK1002:según un nuevo informe|}.

        {|NK1002:Según un estudio|} reciente, los hackers trabajan desde China.

        {|NK1002:Los expertos estiman|} que los hackers trabajan desde China.

        Según un informe de la ONU, los hackers trabajan desde China.

        Según el informe, los hackers trabajan desde China.

        Los expertos de Kaspersky estiman que los hackers trabajan desde China.
        """);

    [Fact]
    public void PortugueseReportOrGroupNobodyNamesIsVague() => VerifyVague(Portuguese + """
        {|NK1002:Segundo um novo relatório|}, os hackers trabalham a partir da China.

        {|NK1002:Os especialistas estimam|} que os hackers trabalham a partir da China.

        Segundo o relatório, os hackers trabalham a partir da China.

        Segundo um relatório da ONU, os hackers trabalham a partir da China.
        """);

    [Fact]
    public void FrenchUnnamedGroupAsTheSubjectOfAnOpinionVerbIsVague() => VerifyVague(French + """
        {|NK1002:Les experts internationaux s'inquiètent|} particulièrement des milliards réinvestis dans le programme nucléaire.

        Certains {|NK1002:analystes craignent|} que les pirates ne visent les banques.

        {|NK1002:Selon un rapport|}, les pirates travaillent depuis la Chine.

        Les experts de Kaspersky estiment que les pirates travaillent depuis la Chine.

        Son rapport estime que les pirates travaillent depuis la Chine.

        Selon un rapport de l'ONU, les pirates travaillent depuis la Chine.
        """);

    [Fact]
    public void FrenchPresentTenseReportingVerbNamesItsSubject() => VerifyStatistics(French + """
        Dans son livre blanc, la Corée du Sud indique que son voisin du Nord mobiliserait quelque 6 800 pirates informatiques.

        Le ministère estime que le pays compte 6 800 pirates informatiques.

        Le pays compte {|NK1001:6 800 pirates|} informatiques.
        """);

    [Fact]
    public void RussianUnnamedGroupInAFrameIsVague() => VerifyVague("""
        Впрочем, {|NK1002:если верить заявлениям экспертов|}, изучающих проблемы этого государства, интернет стал доступнее.

        {|NK1002:Аналитики полагают|}, что хакеры работают из Китая.

        По словам экспертов из Group-IB, хакеры работают из Китая.

        По словам этих экспертов, хакеры работают из Китая.

        По мнению исследователей, хакеры начали свою деятельность со взлома банков.
        """);

    // ---- A count of people in an event, with a past verb ---------------------------------------------------

    [Fact]
    public void SpanishCountOfPeopleInAnEventFires() => VerifyStatistics(Spanish + """
        Recientemente, {|NK1001:dos soldados|} norcoreanos cruzaron el río para hacer llamadas.

        El mes pasado {|NK1001:tres desertores|} llegaron a la frontera.
        """);

    [Fact]
    public void PortugueseCountOfPeopleInAnEventFires() => VerifyStatistics(Portuguese + """
        Recentemente, {|NK1001:dois soldados|} atravessaram o rio para fazer chamadas.

        Os dois países assinaram um acordo sobre o uso da rede.
        """);

    [Fact]
    public void SpanishPairNamedBeforeOrNoEventDoesNotFire() => VerifyStatistics(Spanish + """
        Los dos países firmaron un acuerdo sobre el uso de la red.

        Las dos Coreas celebraron una reunión en la frontera.

        Dos de ellos cruzaron el río para hacer llamadas.
        """);
}
