using NkContentLint.Rules.Facts;
using static NkContentLint.Tests.Testing.DefaultPackVerifier;
using Xunit;

namespace NkContentLint.Tests.Rules.Facts;

/// <summary>
/// The fact-rule error classes the twentieth blind split (tests/corpora/real/blind20) showed after its one unseen
/// score, and the false positives of the dated copies of every split (tests/corpora/real/dated.py), each fixed as a
/// class and checked with the default pack: a case that must fire beside one that must not.
/// </summary>
public sealed class FactsBlind20ClassTests
{
    /// <summary>
    /// A forecast in another language is no stated count: Korean puts "expected" after the figure ("300만명을 돌파할
    /// 것으로 예상됐지만", blind20 a-13). The same figure stated as reached still fires.
    /// </summary>
    [Fact]
    public void AKoreanForecastAfterTheFigureIsNoCount() => Verify(new ContradictingFigureAnalyzer(), """
        ---
        date: 2014-09-10
        ---

        # 북한

        2013년에 200만명을 돌파했기 때문에 6월 정도면 휴대폰 가입자 300만명을 돌파할 것으로 예상됐지만 기대에 못미쳤다.

        2013년에 200만명을 돌파했고 6월에는 휴대폰 가입자 {|NK2001:300만명|}을 돌파했다.
        """);

    /// <summary>German ends the clause with "erwartet"; Spanish opens it with "se espera que": both are forecasts.</summary>
    [Fact]
    public void GermanAndSpanishForecastsAreNoCounts() => Verify(new ContradictingFigureAnalyzer(), """
        ---
        date: 2010-06-01
        ---

        # Nordkorea

        Die Zahl der Nutzer wächst schnell, und bis Ende 2010 werden in dem Land 3 Millionen Mobilfunkkunden erwartet, sagt die Firma.

        Die Zahl der Nutzer wächst schnell, und Ende 2010 gab es in dem Land {|NK2001:3 Millionen Mobilfunkkunden|}, sagt die Firma.

        El número de usuarios crece rápido y se espera que a finales de 2010 haya en el país 3 millones de abonados, según la empresa.

        El número de usuarios crece rápido y a finales de 2010 había en el país {|NK2001:3 millones|} de abonados, según la empresa.
        """);

    /// <summary>
    /// Sites "connected to the World Wide Web" are the open internet's, not Kwangmyong's, in any language (blind20
    /// b-14, Spanish). Sites of the intranet itself still fire.
    /// </summary>
    [Fact]
    public void SitesOnTheWorldWideWebInAnotherLanguageAreNotTheIntranets() => Verify(new ContradictingFigureAnalyzer(), """
        # Corea del Norte

        El gobierno tiene alrededor de 30 sitios web conectados a la World Wide Web.

        El país tiene su propio internet, llamado Kwangmyong, con alrededor de {|NK2001:30 sitios|} web.
        """);

    /// <summary>Koryolink's launch in Spanish, the year before the verb (blind20 a-10): the wrong year fires, the right one does not.</summary>
    [Fact]
    public void KoryolinksLaunchInSpanish() => Verify(new WrongDescriptionOrDateAnalyzer(), """
        # Corea del Norte

        En {|NK2003:2009|} comenzó a operar Koryolink.

        En 2008 comenzó a operar Koryolink.
        """);

    /// <summary>
    /// A channel's subscribers are its audience, not mobile subscriptions (blind7 b-07 and blind15 b-12, dated copies):
    /// the same count said of the country is still stale.
    /// </summary>
    [Fact]
    public void AChannelsSubscribersAreNotMobileSubscriptions() => Verify(new StaleFigureAnalyzer(), """
        ---
        date: 2023-01-01
        ---

        # Yumi

        As of the 10th, the channel has reached 11,000 subscribers.

        The channel featuring Un A is called "Echo of Truth," with 23,000 subscribers.

        As of the 10th, North Korea has {|NK2005:11,000 mobile subscribers|}.
        """);

    /// <summary>
    /// A one-day event's figure in a sentence naming only other months is another event's: the outage "on August 9"
    /// is not that of 22 December 2014 (blind7 b-02, dated copy). A sentence naming December is still judged.
    /// </summary>
    [Fact]
    public void AnEventOfAnotherMonthIsAnotherEvent() => Verify(new ContradictingFigureAnalyzer(), """
        ---
        date: 2015-08-22
        ---

        # Outages

        On August 9, the country suffered a 4.5-hour outage.

        On December 22, the country suffered a {|NK2001:4.5-hour|} outage.
        """);

    /// <summary>
    /// Sites an actor launched or created in an event are the new sites, not how many the intranet has ("запустив шесть
    /// сайтов", blind20 b-10, Russian; "launched six websites"). A count of the intranet's sites still fires.
    /// </summary>
    [Fact]
    public void SitesLaunchedInAnEventAreNotTheIntranetsTotal() => Verify(new ContradictingFigureAnalyzer(), """
        # North Korea

        The hacking unit launched six websites praising the regime, officials said.

        Hackers created 12 sites to spread propaganda, officials said.

        Северная Корея создала киберармию, запустив шесть сайтов, восхваляющих режим.

        The intranet has only {|NK2001:six websites|}, officials said.

        Во внутренней сети Кванмён всего {|NK2001:шесть сайтов|}, сообщили чиновники.
        """);
}
