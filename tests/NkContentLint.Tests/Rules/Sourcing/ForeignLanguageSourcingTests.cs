using NkContentLint.Documents;
using NkContentLint.Rules.Sourcing;
using NkContentLint.Tests.Testing;
using Xunit;
using static NkContentLint.Tests.Testing.LanguageParagraphs;

namespace NkContentLint.Tests.Rules.Sourcing;

/// <summary>
/// NK1001 and NK1002 on sentences in German, Dutch, Spanish, Portuguese, Russian, Korean and Japanese (rules/languages/):
/// blind18's non-English pages' classes, and what must not fire in each language (years, dates, ordinals, versions,
/// list numbers, durations, quotes, code, URLs, a named source in the language's words).
/// </summary>
public sealed class ForeignLanguageSourcingTests
{
    private static readonly UnsourcedStatisticAnalyzer Statistics = new();
    private static readonly VagueAttributionAnalyzer Vague = new();

    // A paragraph of each Latin-script language with no figure, so a short test sentence after it is read in that language.

    private static void VerifyStatistics(string markup) => AnalyzerVerifier.Verify(Statistics, markup);

    private static void VerifyVague(string markup) => AnalyzerVerifier.Verify(Vague, markup);

    // ---- German ------------------------------------------------------------------------------------

    [Fact]
    public void GermanCountsPricesAndSharesWithoutASourceFire() => VerifyStatistics(German + """
        Lediglich {|NK1001:28 Internetseiten|} können – Stand 2014 – abgerufen werden.
        In Deutschland sind mehr als {|NK1001:16,8 Millionen Internetseiten|} registriert.
        Während die Regierung {|NK1001:25 %|} hält, verbleiben die restlichen {|NK1001:75 %|} beim Konzern.

        # Nur {|NK1001:168 Internetseiten|} zugänglich
        """);

    [Fact]
    public void GermanFiguresWithAFootnoteOrANamedSourceDoNotFire() => VerifyStatistics(German + """
        Eine SIM-Karte kostet ungefähr 200 €.[^6] Es wurden ca. 400 Mio. US-$ investiert.[^2]
        Laut der ITU haben 3000 Nutzer einen Zugang.
        Dem Bericht von 38 North zufolge gibt es 28 Internetseiten.

        [^6]: Quelle.
        [^2]: Quelle.
        """);

    [Fact]
    public void GermanYearsDatesOrdinalsVersionsAndDurationsDoNotFire() => VerifyStatistics(German + """
        Das Angebot startete am 26. Februar 2013 und wurde Ende 2015 eingeschränkt.
        Seit 2008 betreibt Koryolink das Netz, das für einen Zeitraum von 25 Jahren gilt.
        Die Version 3.0 des Systems belegt den 3. Platz.
        Das iPhone 12 Pro und Windows 10 Nutzer sind selten, ebenso wie PS 4 Konsolen.
        Gründung 2008

        1. Punkt der Liste
        """);

    [Fact]
    public void GermanVagueAttributionsFire() => VerifyVague(German + """
        Ende 2015 {|NK1002:wurde bekannt|}, dass der Konzern die Kontrolle verloren habe.
        {|NK1002:Schätzungen zufolge|} gibt es 28 Internetseiten.
        """);

    [Fact]
    public void GermanNamedAttributionsDoNotFire() => VerifyVague(German + """
        Laut Reuters gibt es 28 Internetseiten. Die Art der Zensur zeige eine neue Strategie, sagt Nat Kretchun.
        Der Ort ist bekannt für seine Hotels.
        """);

    [Fact]
    public void GermanItIsKnownThatFires() => VerifyVague(German + "Es {|NK1002:ist bekannt, dass|} die Zensur streng ist.\n");

    // ---- Dutch, Spanish, Portuguese ---------------------------------------------------------------

    [Fact]
    public void DutchSpanishAndPortugueseCountsFireAndTheirSourcesRescue()
    {
        VerifyStatistics(Dutch + "Hij had {|NK1001:10 apps|} gekocht. Volgens Reuters zijn er 28 sites.\n");
        VerifyStatistics(Spanish + "El país tiene {|NK1001:28 sitios|} en la red. Según la ITU hay 28 sitios.\n");
        VerifyStatistics(Portuguese + "O país tem {|NK1001:28 sites|} na rede. De acordo com a ITU há 28 sites.\n");
    }

    [Fact]
    public void PortugueseAndSpanishDatesVersionsAndDurationsDoNotFire()
    {
        VerifyStatistics(Portuguese + """
            Desktop do Red Star OS 3.0, em coreano.

            | Versão estável | 4.0 / 7 de janeiro de 2017; há 9 anos |
            | --- | --- |
            | Família | Fedora |

            O projeto começou há 20 anos, em 1 de janeiro de 2006.
            """);
        VerifyStatistics(Spanish + "Kwangmyong nace a principios de los 2000 y funciona desde hace 15 años.\n");
    }

    [Fact]
    public void SpanishDutchAndPortugueseVagueFormsFire()
    {
        VerifyVague(Spanish + "{|NK1002:Según fuentes|} del partido, la red tiene pocos sitios.\n");
        VerifyVague(Dutch + "De app is {|NK1002:naar verluidt|} niet gratis.\n");
        VerifyVague(Portuguese + "{|NK1002:Estima-se|} que o sistema tenha poucos usuários.\n");
    }

    // ---- Russian ------------------------------------------------------------------------------------

    [Fact]
    public void RussianPricesCountsAndRangesFire() => VerifyStatistics("""
        Услуга была недешёвой: регистрация стоила {|NK1001:700 евро|}, а телефон оценивался в {|NK1001:300 евро|}.
        В первые месяцы мобильниками обзавелись около {|NK1001:3 000 северокорейцев|}.
        На сегодня насчитывается от {|NK1001:1 500 до 5 500 сайтов|}.
        """);

    [Fact]
    public void RussianYearsDatesAndNamedSourcesDoNotFire() => VerifyStatistics("""
        Первая сотовая сеть заработала в 2002 году, а 15 декабря 2008 года открылась новая.
        По данным ITU, в стране 3 000 пользователей. Как сообщил Reuters, телефон стоил 300 евро.
        Сеть работает уже 10 лет, версия 3 вышла за 5 минут, в 5 утра.
        """);

    [Fact]
    public void RussianVagueFormsFire() => VerifyVague("""
        На сегодня в «Кванмёне» насчитывается {|NK1002:по разным оценкам|} от 1 500 до 5 500 сайтов.
        {|NK1002:Сообщается|}, что сеть закрыли.
        По данным ITU, сеть закрыли.
        """);

    // ---- Korean -------------------------------------------------------------------------------------

    [Fact]
    public void KoreanCountsWithCountersAndMagnitudesFire() => VerifyStatistics("""
        임송아의 채널은 {|NK1001:1만6100여명|}이 구독하고 있으며, 누적 조회수는 {|NK1001:109만4000여회|}다.
        스타조인트벤처는 지난 2009년 12월 14일 {|NK1001:1천24개|}의 IP주소를 등록했다.
        이집트의 오라스콤이 {|NK1001:75%|}, 북한이 {|NK1001:25%|}를 투자했으며, 6월 말 현재 {|NK1001:4만 8,000명|}이 가입했습니다.
        """);

    [Fact]
    public void KoreanFiguresCreditedToANamedSourceDoNotFire() => VerifyStatistics("""
        북한의 해커들이 지난해 6억3천만 달러 상당의 암호화폐를 탈취했다고 유엔이 밝혔습니다.
        한국인터넷진흥원에 따르면 북한은 1천24개의 IP주소를 등록했다.
        한국 정부는 북한 연계 해커들이 지난해 최소 6억3천만 달러 상당의 가상 자산을 훔친 것으로 추정했습니다.
        """);

    [Fact]
    public void AnUnnamedKoreanSourceDoesNotNameTheFigure() => VerifyStatistics("""
        또 다른 사이버 보안회사는 북한이 {|NK1001:10억 달러|} 이상을 탈취한 것으로 추정했습니다.
        """);

    [Fact]
    public void KoreanDatesDurationsAgesQuotesAndChromeDoNotFire() => VerifyStatistics("""
        게시일: 2018년 4월 25일

        북한 지도부는 최초 분석 이후 6개월 동안 서방의 소셜 미디어를 거의 포기했습니다.
        제3회 대회에는 20대 청년들이 참가했다.
        이 연구는 북한의 "0.1%"의 인터넷 검색 행태를 다루었다.
        • 맑음서울 5.0℃
        다음 중 하나일 가능성이 높습니다: 1) 외국의 연구, 2) 공식 금지 조치.

        `curl -o 3개.txt https://example.com/100명`
        """);

    [Fact]
    public void KoreanVagueFormsFire() => VerifyVague("""
        임송아는 리을설 원수의 외증손녀인 {|NK1002:것으로 전해졌|}다.
        이 사건은 같은 해 10월 2300만 달러를 가로챈 두 번째 해킹과 연계된 것{|NK1002:으로 추정된|}다.
        유튜브 계정은 폐쇄되기 전까지 34개의 영상이 올라와있었{|NK1002:다고 한다|}.
        {|NK1002:또 다른 사이버 보안회사|}는 북한이 10억 달러 이상을 탈취한 것으로 추정했습니다.
        """);

    [Fact]
    public void KoreanReportiveWithoutAFigureAndNamedOrDescriptiveFormsDoNotFire() => VerifyVague("""
        이후 RFA가 유튜브 측에 사실관계를 문의한지 닷새 만인 19일 계정이 삭제됐다고 한다.
        류경동은 류경호텔 등이 있는 평양 시내 명소로 알려진 곳이다.
        한국인터넷진흥원에 따르면 이 회사는 평양에 있는 것으로 알려졌다.
        """);

    [Fact]
    public void AFigureBeforeAColonIntroducesAnExampleOrAList() => VerifyStatistics("""
        - 서버에 100개의 요청을 보냅니다:

        `ab -n 100 https://example.com/`

        - Отправить 100 запросов на сервер:
        """);

    // ---- Japanese -----------------------------------------------------------------------------------

    [Fact]
    public void JapaneseCountsFireUnlessNamed() => VerifyStatistics("""
        国家情報院によると、加入者は470万人に達した。北朝鮮の携帯電話の加入者は{|NK1001:470万人|}に達した。2019年1月1日に第1回の会議が開かれた。
        """);

    // ---- detection ----------------------------------------------------------------------------------

    [Fact]
    public void EnglishSentencesStayEnglishAndScriptsDecideTheRest()
    {
        var document = ContentDocument.Parse("mixed.md", """
            The regime says 28 websites are online, and the site 우리민족끼리 has many followers.

            북한은 여러 소셜미디어를 활용해 북한 입장을 알리고 있다.

            Северокорейское правительство создало бесплатную национальную сеть.

            Die Regierung hat das Netz für die Bürger nicht geöffnet, und es ist nur mit einer Genehmigung zu erreichen.

            Le réseau est fermé aux citoyens et il est réservé à une élite du parti.
            """);
        Assert.Equal([null, "ko", "ru", "de", "fr"], document.Sentences.Select(document.LanguageOf));
    }

    [Fact]
    public void HomoglyphsInEnglishWordsAreNotRussian()
    {
        // Cyrillic look-alikes inside Latin words ("Nоrth Kоrеа") are a spoof of English, not Russian.
        var document = ContentDocument.Parse("spoof.md", "Nоrth Kоrеа's hасkеrs stole $81 million from the bаnk in 2016.\n");
        Assert.Null(document.LanguageOf(document.Sentences[0]));
    }
}
