using NkContentLint.Rules.Sourcing;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Sourcing;

/// <summary>
/// The error classes the seventh blind split (tests/corpora/real/blind7) showed, each fixed as a class:
/// sentences that must fire and sentences that must not, all invented.
/// </summary>
public sealed class SourcingBlind7ClassTests
{
    private static readonly UnsourcedStatisticAnalyzer Statistic = new();
    private static readonly VagueAttributionAnalyzer Vague = new();

    private static void VerifyStatistic(string markup) => AnalyzerVerifier.Verify(Statistic, markup);

    private static void VerifyVague(string markup) => AnalyzerVerifier.Verify(Vague, markup);

    // ---- an estimate that "places" a long object "at" a figure -----------------------------------

    [Fact]
    public void AnEstimatePlacingALongObjectAtAFigureIsVague() => VerifyVague("""
        {|NK1002:One estimate places|} the total number of radio sets in use in the late 1980s at 300,000 sets.
        {|NK1002:One estimate puts|} the number of phones in use in the capital in the early years at 20,000.
        """);

    [Fact]
    public void APutVerbWithoutAtOrWithANamedSubjectIsNotVague() => VerifyVague("""
        The KCNA places the total number of radio sets in use in the late 1980s at 300,000 sets.
        One estimate places the total number of radio sets in the hall, and nobody counts them.
        """);

    // ---- a long appositive between a name and its verb -------------------------------------------

    [Fact]
    public void ANameBeforeALongAppositiveSourcesTheClause() => VerifyStatistic("""
        Kim Min-su, the Director of the Institute for National Security Strategy in Seoul, estimated that the unit has 6,800 trained specialists.
        Kim Min-su, the head of research at the Institute for National Security Strategy in Seoul, said the unit has 1,700 officers.
        """);

    [Fact]
    public void ALongAppositiveAfterAPlaceSourcesNothing() => VerifyStatistic("""
        In Seoul, the director of an institute for liberal democracy in the capital of the South, estimated that the unit has {|NK1001:6,800 specialists|}.
        """);

    // ---- inquiries and readings as sources -------------------------------------------------------

    [Fact]
    public void InvestigationsAndInterpretationsByNoOneAreVague() => VerifyVague("""
        {|NK1002:According to investigations|}, the group emptied the exchange.
        {|NK1002:Investigators said|} the method was the same.
        Regarding this, foreign media and {|NK1002:experts on North Korea interpreted|} it as propaganda.
        """);

    [Fact]
    public void NamedInvestigationsAndInterpretationsAreNot() => VerifyVague("""
        According to investigations by Chainalysis, the group emptied the exchange.
        Martyn Williams interpreted it as propaganda.
        The gesture was interpreted as a warning.
        """);

    [Fact]
    public void AnInvestigationAsAnEventIsNotASource() => VerifyVague("""
        The FBI, after conducting its own investigation, disclosed the addresses of the wallets.
        An investigation found the wallets.
        """);

    // ---- "described as" before a quoted label ----------------------------------------------------

    [Fact]
    public void DescribedAsBeforeAQuotedLabelNamesIt() => VerifyVague("""
        The posts attack the United States, which are described as "warmongers".
        A mobile phone is described as “hand phone” in the North.
        """);

    [Fact]
    public void DescribedAsBeforeAJudgementAttributesIt() => VerifyVague("""
        The network {|NK1002:is described as|} slow and unreliable.
        """);

    // ---- a currency glued to its amount ----------------------------------------------------------

    [Fact]
    public void ACurrencyGluedToItsAmountIsMoney() => VerifyStatistic("""
        The order cut the lines of houses where calls cost more than {|NK1001:5,000won a month|}.
        The tax brought the price of a handset up to {|NK1001:USD600|}.
        The deal was worth {|NK1001:USD1.5 million|}, and the fine {|NK1001:KRW5,000,000|}.
        """);

    [Fact]
    public void IdentifiersWithDigitsAreNotMoney() => VerifyStatistic("""
        The G20 summit discussed the EUR/USD rate and 3G networks.
        The KRW-600 form is filed each year.
        """);

    // ---- a range of years joined by a tilde ------------------------------------------------------

    [Fact]
    public void YearsJoinedByATildeAreARangeOfYears() => VerifyStatistic("""
        Source: Orascom Telecom, 2008~2011 Earnings Release; OTMT Press Releases.
        """);

    [Fact]
    public void ATildeBeforeALoneNumberStillApproximates() => VerifyStatistic("""
        The network has ~{|NK1001:2,000 users|} and {|NK1001:5~10 million subscribers|}.
        """);

    // ---- the end of a change "from" one value "to" another ---------------------------------------

    [Fact]
    public void TheEndOfAChangeIsAFigure() => VerifyStatistic("""
        The site expanded the number of outlets available to its readers from five to {|NK1001:17|} in January.
        Subscriptions rose from 5 to {|NK1001:40|} last year.
        """);

    [Fact]
    public void AFromToSpanThatChangesNothingIsNot() => VerifyStatistic("""
        Rate each site on a scale from 1 to 10.
        The pages from 12 to 20 cover the history of the network.
        """);

    // ---- counts the text names: "all three", and items in apposition -----------------------------

    [Fact]
    public void AllBeforeASmallCountRefersBack() => VerifyStatistic("""
        All three networks have stations in major cities.
        """);

    [Fact]
    public void AllBeforeALargeCountIsStillAStatistic() => VerifyStatistic("""
        All {|NK1001:12 networks|} have stations in major cities.
        """);

    [Fact]
    public void ItemsNamedInAppositionEnumerateTheCount() => VerifyStatistic("""
        North Korea currently has two active mobile network operators, Koryolink and Kang Song NET.
        The country runs three stations, Radio Pyongyang, Pyongyang FM and KCBS.
        """);

    [Fact]
    public void AnAppositionThatDoesNotListAsManyItemsIsNot() => VerifyStatistic("""
        North Korea has {|NK1001:three mobile network operators|}, Koryolink and Kang Song NET.
        North Korea has {|NK1001:two mobile network operators|}, Koryolink among them.
        """);

    // ---- how long and how often a network went down ----------------------------------------------

    [Fact]
    public void AnApproximateUnitOfTimeMeasuringAnOutageIsAStatistic() => VerifyStatistic("""
        In May, the network went down for more than {|NK1001:an hour|}.
        The outage lasted about {|NK1001:a day|}.
        The network went down {|NK1001:twice|} in the past 12 hours.
        """);

    [Fact]
    public void UnitsOfTimeAndTwiceElsewhereAreNot() => VerifyStatistic("""
        In May, the network went down for an hour.
        I waited for more than an hour.
        The site went offline more than an hour ago.
        The site has been offline for more than a year.
        Since then, the network has gone offline twice, according to Dyn.
        The site has twice as many readers as the old one.
        He visited Pyongyang twice.
        """);
}
