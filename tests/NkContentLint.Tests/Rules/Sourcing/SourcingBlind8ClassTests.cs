using NkContentLint.Rules.Sourcing;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Sourcing;

/// <summary>
/// The error classes the eighth blind split (tests/corpora/real/blind8) showed after its one unseen score,
/// each fixed as a class: sentences that must fire and sentences that must not, all invented.
/// </summary>
public sealed class SourcingBlind8ClassTests
{
    private static readonly UnsourcedStatisticAnalyzer Statistic = new();
    private static readonly VagueAttributionAnalyzer Vague = new();

    private static void VerifyStatistic(string markup) => AnalyzerVerifier.Verify(Statistic, markup);

    private static void VerifyVague(string markup) => AnalyzerVerifier.Verify(Vague, markup);

    // ---- "the specialists" refers back to a source named earlier, as "the experts" does ------------

    [Fact]
    public void TheSpecialistsReferBackToASourceNamedEarlier() => VerifyVague("""
        Group-IB, a security firm in Moscow, traced the theft to servers in 12 countries.

        The Russian specialists said the group stole 81 million dollars.
        """);

    [Fact]
    public void SpecialistsWithNoArticleAreVague() => VerifyVague("""
        the weather was cold and nobody was named.

        {|NK1002:Specialists said|} the group stole 81 million dollars.
        """);

    // ---- evidence no one owns as the whole subject of an evidence verb ---------------------------

    [Fact]
    public void EvidenceWithADescriptionOnlyIsVague() => VerifyVague("""
        {|NK1002:Historical information indicates|} that the country's first fibre cable connected Pyongyang with Hamhung in 1995.
        {|NK1002:Records released by hackers show|} that the site has subscribers abroad.
        {|NK1002:An analysis suggests|} that the app was built in a hurry.
        """);

    [Fact]
    public void EvidenceInANamedSourcesReportOrReferredBackIsNot() => VerifyVague("""
        News website NK Pro reports network records and log files suggest that the sites were unreachable.
        Records released by Guardians of Peace show that the site has subscribers abroad.
        The records show that the site has subscribers abroad.
        Last year Kaspersky data showed that the site was compromised.
        """);

    [Fact]
    public void AFirstWordTheArticleCapitalisesElsewhereIsStillAName() => VerifyVague("""
        Mandiant analysis shows that the group stole the coins.

        The group is tracked as APT38 by Mandiant and others.
        """);

    [Fact]
    public void EvidenceWithADescriptionCarryingAFigureIsUnsourced() => VerifyStatistic("""
        Leaked records show that {|NK1001:2,000 South Koreans|} subscribed to the site.
        Records published by NK News show that 2,000 South Koreans subscribed to the site.
        """);

    // ---- a wire dateline before the first word ---------------------------------------------------

    [Fact]
    public void TheWordAfterADatelineIsTheSentencesFirstWord() => VerifyVague("""
        SEOUL – {|NK1002:Records released by hackers show|} that the site has subscribers abroad.
        PYONGYANG — {|NK1002:Studies show|} that the network is slow.
        """);

    [Fact]
    public void ANameAfterADatelineStillNamesASource() => VerifyVague("""
        SEOUL – Dyn researchers said that the network went dark.
        SEOUL – Kaspersky researchers found that the site was compromised.
        """);

    // ---- "shows" as a plural noun in a list ------------------------------------------------------

    [Fact]
    public void TVShowsInAListNameNoSource() => VerifyVague("""
        {|NK1002:According to sources|} inside the country, the law bans foreign films, TV shows, music and books.
        {|NK1002:According to sources|} in the capital, police search homes for DVD shows and songs.
        """);

    [Fact]
    public void AnEvidenceVerbWithWhatItShowsStillAttributes() => VerifyVague("""
        According to sources inside the country, Reuters shows that the law bans foreign films.
        The law bans foreign films, TV shows and music, according to Daily NK.
        """);

    // ---- "connected" joins places as often as it attributes --------------------------------------

    [Fact]
    public void ACableThatConnectsTwoCitiesIsNotASource() => VerifyStatistic("""
        North Korea's first cable connected Pyongyang with {|NK1001:12 cities|}.
        The FBI connected the attack to a group of 1,700 hackers.
        """);

    // ---- definite references to a think tank, a committee, the authorities -----------------------

    [Fact]
    public void TheThinkTankTheCommitteeAndTheAuthoritiesReferBack() => VerifyVague("""
        Hackers breached KAERI, a state think tank, in May.

        According to the think tank, it was a mistake by its own employees.
        The committee said the sites could not be blocked.
        However, the authorities announced the launch of a local network in 2004.
        """);

    [Fact]
    public void AnUnnamedThinkTankOrCommitteeIsVague() => VerifyVague("""
        {|NK1002:According to a think tank|}, it was a mistake by its own employees.
        It is hard to block the sites, {|NK1002:a south Korea committee lamented|}.
        {|NK1002:According to authorities|}, the network opened in 2004.
        """);

    // ---- verbs of saying with a stance -----------------------------------------------------------

    [Fact]
    public void StanceVerbsOfUnnamedSourcesAreVague() => VerifyVague("""
        {|NK1002:Officials complained|} that the sites could not be blocked.
        The sites move their addresses every day, {|NK1002:experts lamented|}.
        {|NK1002:Analysts stressed|} that the unit is small.
        """);

    [Fact]
    public void StanceVerbsWithAnObjectOrANamedSubjectAreNot() => VerifyVague("""
        Officials lamented the loss of the ship.
        Experts stressed the need for better filters.
        Kim Jong Un stressed that the network must grow.
        """);

    // ---- "(dollar)" for "$" in newswire feeds ----------------------------------------------------

    [Fact]
    public void ACurrencyNamedInBracketsIsMoney() => VerifyStatistic("""
        The malware contributed at least {|NK1001:(dollar)316.4 million|} to the total.
        The thieves took {|NK1001:(euro)2 billion|} from the bank.
        The regime has made (dollar)2 billion from cyber crime, according to Bloomberg.
        """);

    [Fact]
    public void ABracketedWordThatIsNoCurrencyIsNotMoney() => VerifyStatistic("""
        The malware (dollar)-themed lures were sent in 2017.
        The hackers (allegedly)2 times faster were caught.
        """);

    // ---- a worded count taken from a set: "five of the payments" ---------------------------------

    [Fact]
    public void ACountOfASetTheTextDoesNotCountIsAStatistic() => VerifyStatistic("""
        By then the bank had approved {|NK1001:five of the payments|}.
        Police arrested {|NK1001:12 of the hackers|} last year.
        """);

    [Fact]
    public void OneOfTheAndPartsOfACountedSetAreNot() => VerifyStatistic("""
        One of the hackers was arrested.
        Two of the three networks are run by the state.
        Two of the world's largest exchanges were hit.
        Two of the websites are Cooks.org.kp, which is a recipe site, and kcna.kp, the news agency's site.
        Three of the past years were dry.
        """);

    // ---- a reading on a scale --------------------------------------------------------------------

    [Fact]
    public void AReadingOnAScaleIsAMeasurement() => VerifyStatistic("""
        The test registered around {|NK1001:4.0 on the Richter scale|} earlier this month.
        The blast measured {|NK1001:5.1 on the Richter scale|}.
        """);

    [Fact]
    public void AVersionOrAReadingWithASourceIsNot() => VerifyStatistic("""
        Red Star 4.0 on the desktop looks like macOS.
        The test registered 4.0 on the Richter scale, the USGS said.
        """);

    // ---- a country's police force ----------------------------------------------------------------

    [Fact]
    public void ACountrysPoliceNamesASource() => VerifyStatistic("""
        Last year, South Korean police accused the hackers of attacking four different exchanges.
        Japanese police said the group stole 580 million dollars.
        """);

    [Fact]
    public void PoliceOfNoCountryNameNoSource() => VerifyStatistic("""
        Local police said the group stole {|NK1001:580 million dollars|}.
        The police stormed {|NK1001:five offices|} last year.
        """);

    // ---- a closer look continues an examination the article described ----------------------------

    [Fact]
    public void ACloserExaminationAfterNamedResearchersRefersBack() => VerifyVague("""
        Security researchers at Kaspersky reviewed the site and found the malware.

        However, a closer examination of the software suggests that the developers did not plant it.
        A second look at the code shows that it was written in a hurry.
        """);

    [Fact]
    public void AnExaminationWithNoComparativeIsVague() => VerifyVague("""
        Security researchers at Kaspersky reviewed the site and found the malware.

        {|NK1002:An in-depth examination of the software suggests|} that the developers did not plant it.
        """);

    // ---- a belief the sentence refutes -----------------------------------------------------------

    [Fact]
    public void ARefutedBeliefAttributesNothing() => VerifyVague("""
        The malware was planted by outside attackers -- not the government, as some originally had assumed.
        The service was not limited to the elite, as many feared.
        """);

    [Fact]
    public void ABeliefReportedAsTrueIsVague() => VerifyVague("""
        The unit has grown, as {|NK1002:analysts believed|}.
        The unit, as {|NK1002:experts assumed|}, has 6,000 members.
        As {|NK1002:analysts had believed|}, the launch failed.
        """);

    // ---- what a price buys -----------------------------------------------------------------------

    [Fact]
    public void WhatAPriceBuysIsNoStatistic() => VerifyStatistic("""
        - Average charge for 20 hours of connection: unknown
        - Monthly fee for 100 minutes of calls: not published

        The charge for 20 hours of connection is {|NK1001:50 euros|}.
        """);

    [Fact]
    public void ADurationAfterOtherWordsIsStillAStatistic() => VerifyStatistic("""
        The network was down for {|NK1001:20 hours|} in March.
        The operator charged customers for {|NK1001:3,000 hours|} of calls.
        The rate for {|NK1001:2 million subscribers|} was not disclosed.
        """);

    // ---- a count whose items follow in brackets --------------------------------------------------

    [Fact]
    public void ACountListedInBracketsIsAnEnumeration() => VerifyStatistic("""
        The group made the details available in three parts (1, 2, 3), and the agency reported it.
        The country has two operators (Koryolink and Kang Song NET) and a landline network.
        """);

    [Fact]
    public void BracketsThatDoNotListTheItemsAreNot() => VerifyStatistic("""
        The group stole the details of {|NK1001:five banks|} (2 in Asia, 3 in Europe) last year.
        The site lost {|NK1001:three servers|} (in 2016) to the attack.
        """);
}
