using NkContentLint.Rules.Facts;
using static NkContentLint.Tests.Testing.DefaultPackVerifier;
using Xunit;

namespace NkContentLint.Tests.Rules.Facts;

/// <summary>
/// Fact classes of facts21 (issue 10), pooled from every real split: a date set off after the figure's clause
/// ("– Stand 2014 –", "(as of 2013)") dates the figure; a figure dated before a one-off measure was taken is not that
/// measure; Korean and Japanese years with their counter ("2013년"); Korean counts with a counter ("웹사이트 28개",
/// "가입자 900만 명") tied to the cue written before the number; mobile subscribers in other languages.
/// </summary>
public sealed class FactsFacts21ClassTests
{
    /// <summary>
    /// "28 Internetseiten – Stand 2014 –" (blind18 b-04) in an article that speaks of the leaked .kp domains: dated
    /// 2014, two years before the zone was leaked, the 28 cannot be the zone's count, so it is the intranet's and wrong.
    /// </summary>
    [Fact]
    public void AFigureDatedBeforeTheLeakIsNotTheZones() => Verify(new ContradictingFigureAnalyzer(), """
        # Nordkorea

        Dort ist das Angebot überschaubarer: Lediglich {|NK2001:28 Internetseiten|} können – Stand 2014 – abgerufen werden. Doch warum eigentlich?

        Only {|NK2001:28 websites|} could be reached there (as of 2014), a tiny number.

        Im Jahr 2016 veröffentlichte Nordkorea versehentlich sämtliche Domains mit der Endung .kp, das waren nur 28.
        """);

    /// <summary>The same 28 dated after the leak, or with no date of its own, is still taken for the zone's count.</summary>
    [Fact]
    public void AFigureDatedAfterTheLeakOrUndatedIsStillTheZones() => Verify(new ContradictingFigureAnalyzer(), """
        # Nordkorea

        Dort ist das Angebot überschaubarer: Lediglich 28 Internetseiten können – Stand 2017 – abgerufen werden. Doch warum eigentlich?

        Only 28 websites could be reached there, a tiny number.

        Im Jahr 2016 veröffentlichte Nordkorea versehentlich sämtliche Domains mit der Endung .kp, das waren nur 28.
        """);

    /// <summary>
    /// A figure right in the year set off after it ("about 2 million subscribers – as of 2013 –") is judged for that year,
    /// not for the article's date, so it is neither wrong nor stale in a 2024 article.
    /// </summary>
    [Fact]
    public void ASetOffYearDatesTheFigure()
    {
        const string Text = """
            ---
            date: 2024-03-01
            ---

            Koryolink had about 2 million subscribers – as of 2013 – and kept growing for years after that.

            North Korea had nearly 2 million mobile subscribers - as of 2013 - and more later.
            """;
        Verify(new ContradictingFigureAnalyzer(), Text);
        Verify(new StaleFigureAnalyzer(), Text);
    }

    /// <summary>
    /// Only a clause that is a date and nothing else, right after the figure's clause: a year in brackets before the
    /// figure dates the name it follows ("Koryolink (2008)"), and a clause with more than a date dates its own words.
    /// </summary>
    [Fact]
    public void AYearBeforeTheFigureOrInALongerClauseDoesNotDateIt() => Verify(new ContradictingFigureAnalyzer(), """
        ---
        date: 2016-06-01
        ---

        Koryolink (2008) now has more than 3 million subscribers across the country.

        North Korea has more than 3 million mobile subscribers – the network opened in 2008 – and many more phones.
        """);

    /// <summary>Korean years carry their counter ("2013년"): the sentence's year, not the article's date, judges the figure.</summary>
    [Fact]
    public void KoreanYearsDateTheFigure() => Verify(new ContradictingFigureAnalyzer(), """
        ---
        date: 2024-03-01
        ---

        2013년 북한의 휴대전화 가입자는 {|NK2001:900만 명|}이었다.

        2013년 북한의 휴대전화 가입자는 200만 명이었다.
        """);

    /// <summary>Korean counts with a counter ("웹사이트 28개", "가입자 900만 명") are tied to the cue written right before the number.</summary>
    [Fact]
    public void KoreanCountersTakeTheCueBeforeThem() => Verify(new ContradictingFigureAnalyzer(), """
        # 북한

        북한 인트라넷에서 접속할 수 있는 웹사이트는 {|NK2001:28개|}뿐이다.

        2013년 북한 휴대전화 가입자 {|NK2001:900만명|}.
        """);

    /// <summary>
    /// A counter counts the noun before it only when nothing but a particle or an approximation stands between them:
    /// "웹사이트가 있고 28개 기관" counts institutions. A people counter never counts sites.
    /// </summary>
    [Fact]
    public void KoreanCountersOfOtherThingsDoNotFire() => Verify(new ContradictingFigureAnalyzer(), """
        # 북한

        북한에는 웹사이트가 있고 28개 기관이 그곳에 접속한다.

        북한 인트라넷 웹사이트 28명 방문.
        """);

    /// <summary>Mobile subscribers and phones counted in German, Italian, Russian and Korean are judged as in English.</summary>
    [Fact]
    public void MobileSubscribersInOtherLanguagesAreJudged() => Verify(new ContradictingFigureAnalyzer(), """
        # Nordkorea

        Nach Angaben der Regierung hatte Nordkorea im Jahr 2013 bereits {|NK2001:9 Millionen Mobiltelefone|}, und die Zahl wächst weiter mit der Zeit.

        Nach Angaben der Regierung hatte Koryolink im Jahr 2013 bereits {|NK2001:9 Millionen Nutzer|}, und die Zahl der Nutzer wächst weiter.

        В 2013 году в Северной Корее было {|NK2001:9 миллионов абонентов|} мобильной связи, и их число растёт.
        """);

    /// <summary>
    /// Right figures, another country's subscribers, and users in general (the internet's, when no operator is named)
    /// do not fire.
    /// </summary>
    [Fact]
    public void MobileSubscribersInOtherLanguagesThatAgreeOrAreElsewhereDoNotFire() => Verify(new ContradictingFigureAnalyzer(), """
        # Nordkorea

        Nach Angaben der Regierung hatte Nordkorea im Jahr 2013 rund 2 Millionen Mobiltelefone, und die Zahl wächst weiter mit der Zeit.

        In Deutschland gibt es im Jahr 2013 mehr als 100 Millionen Mobilfunkanschlüsse, und die Zahl wächst weiter.

        Nach Angaben der Regierung gab es im Jahr 2013 in Nordkorea bereits 9 Millionen Nutzer, und die Zahl der Nutzer wächst weiter.

        In Corea del Nord sono oltre due milioni gli abbonati al servizio di telefonia mobile statale nel 2014.
        """);

    /// <summary>
    /// A bound written before a figure in another language is a bound, as English "more than": "oltre due milioni" and "mehr
    /// als 2 Millionen" agree with 2.8 million in 2014, while the same figure with no bound does not.
    /// </summary>
    [Fact]
    public void BoundsBeforeFiguresInOtherLanguagesAreBounds() => Verify(new ContradictingFigureAnalyzer(), """
        # Nordkorea

        Nach Angaben der Regierung hatte Nordkorea im Jahr 2014 {|NK2001:2 Millionen Mobiltelefone|}, und die Zahl wächst weiter.

        Nach Angaben der Regierung hatte Nordkorea im Jahr 2014 mehr als 2 Millionen Mobiltelefone, und die Zahl wächst weiter.

        In Corea del Nord sono {|NK2001:due milioni|} gli abbonati al servizio di telefonia mobile statale nel 2014.

        In Corea del Nord sono oltre due milioni gli abbonati al servizio di telefonia mobile statale nel 2014.

        В 2014 году в Северной Корее было более 2 миллионов абонентов мобильной связи.
        """);
}
