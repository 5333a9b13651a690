using NkContentLint.Rules.Sourcing;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Sourcing;

/// <summary>
/// The error classes the sixth blind split (tests/corpora/real/blind6) showed, each fixed as a class:
/// sentences that must fire and sentences that must not, all invented.
/// </summary>
public sealed class SourcingBlind6ClassTests
{
    private static readonly UnsourcedStatisticAnalyzer Statistic = new();
    private static readonly VagueAttributionAnalyzer Vague = new();

    private static void VerifyStatistic(string markup) => AnalyzerVerifier.Verify(Statistic, markup);

    private static void VerifyVague(string markup) => AnalyzerVerifier.Verify(Vague, markup);

    // ---- a clause verb with words of time before its "that" --------------------------------------

    [Fact]
    public void AnInstitutionThatConcludesOnADaySourcesItsClause() => VerifyStatistic("""
        South Korea’s Cyber Crime Unit concluded yesterday that the attack crippled 30 portals.
        The Cyber Crime Unit concluded on Monday that the attack crippled 30 portals.
        Seoul's spy agency noted last week that 2,000 hackers work for the state.
        """);

    [Fact]
    public void AClauseVerbWithoutItsClauseSourcesNothing() => VerifyStatistic("""
        The talks concluded yesterday with {|NK1001:30 portals|} still offline.
        South Korea’s officials concluded a deal yesterday, and {|NK1001:30 portals|} went offline.
        """);

    // ---- a reporting verb after the clause it reports ---------------------------------------------

    [Fact]
    public void AnOutletThatHasLearnedSourcesTheClauseBeforeIt() => VerifyStatistic("""
        About one in four residents own a tablet, Asia Press has learned.
        Some 3,000 handsets were seized at the border, the ministry official added.
        Asia Press learned that 3,000 handsets were seized at the border.
        """);

    [Fact]
    public void LearnedWithoutAClauseToReportSourcesNothing() => VerifyStatistic("""
        Asia Press learned Korean in Seoul, where {|NK1001:3,000 handsets|} were seized.
        The operator added {|NK1001:3,000 handsets|} to its stock.
        Engineers learned to fix {|NK1001:3,000 handsets|}.
        """);

    // ---- a document issued by a named institution ----------------------------------------------

    [Fact]
    public void ADocumentIssuedByANamedInstitutionSourcesWhatItStates() => VerifyStatistic("""
        Last month, the Justice Department put out a press release stating that the workers earned $6 million.
        The Ministry of Unification issued a statement saying 1,000 defectors arrived this year.
        """);

    [Fact]
    public void ADocumentIssuedByNoOneNamedSourcesNothing() => VerifyStatistic("""
        Last month, a local office put out a press release stating that the workers earned {|NK1001:$6 million|}.
        The workers received a leaflet stating that they earned {|NK1001:$6 million|}.
        """);

    // ---- a quotation whose speaker follows it without a verb ------------------------------------

    [Fact]
    public void AQuotationFollowedByItsSpeakerIsSourced() => VerifyStatistic("""
        "Thousands of readers lose access each year, and 40 sites closed,” Reporters Without Borders

        “Some 40 sites closed last year,” Amnesty International.
        """);

    [Fact]
    public void AQuotationFollowedByMoreThanANameIsNotSourcedByIt() => VerifyStatistic("""
        "Some {|NK1001:40 sites|} closed,” the Reporters Without Borders poster read.

        Some {|NK1001:40 sites|} closed, Reporters Without Borders
        """);

    // ---- a name in quotation marks as the agent after "by" --------------------------------------

    [Fact]
    public void AQuotedNameAfterByIsNamed() => VerifyVague("""
        According to research by “NK Pro”, the studio is close to the leadership.
        The figure was estimated by "Asia Press" at 2,000.
        """);

    [Fact]
    public void QuotedWordsThatAreNotANameAfterByAreNot() => VerifyVague("""
        {|NK1002:According to research|} by “some people”, the studio is close to the leadership.
        {|NK1002:According to research|}, the studio is close to the leadership.
        """);

    // ---- an organisation's name before researchers or analysts ----------------------------------

    [Fact]
    public void AnOrganisationBeforeResearchersNamesThem() => VerifyVague("""
        Kentik researchers say they've detected a new route into the country.
        Mandiant analysts believe the group is state-run.
        """);

    [Fact]
    public void AKindOrAQuantifierBeforeResearchersNamesNoOne() => VerifyVague("""
        {|NK1002:Some researchers say|} the route into the country is new.
        {|NK1002:Security researchers say|} the route into the country is new.
        {|NK1002:Refugee groups say|} the recall was quiet.
        {|NK1002:Older reports say|} the recall was quiet.
        {|NK1002:Embassy officials said|} the recall was quiet.
        """);

    // ---- official media as the agent of a passive -----------------------------------------------

    [Fact]
    public void OfficialMediaAsAnAgentIsTheStatesOutlet() => VerifyVague("""
        It is the first address under the zone that has been reported by official media.
        The launch was reported by state media on Monday.
        """);

    [Fact]
    public void UnnamedOutletsAsAnAgentAreVague() => VerifyVague("""
        On Monday the launch {|NK1002:was reported by local media|}.
        On Monday the launch {|NK1002:was reported by some outlets|}.
        """);

    // ---- a claim of responsibility for one's own act --------------------------------------------

    [Fact]
    public void AClaimOfOwnActIsNotAVagueAttribution() => VerifyVague("""
        A group of hackers claimed it broke into the state news agency's accounts on Thursday.
        A hacker group claimed responsibility for the outage.
        A group of activists claimed to have hacked the site.
        """);

    [Fact]
    public void ANamedClaimantOfItsOwnActStillSourcesTheFigure() => VerifyStatistic("""
        LulzSec says it broke in. I wonder about the 15,000 accounts that they claim to have broken into.
        A group of hackers claimed it broke into {|NK1001:15,000 accounts|}.
        """);

    [Fact]
    public void AClaimAboutSomethingElseStaysVague() => VerifyVague("""
        {|NK1002:A group of experts claimed|} that 2 million people own phones.
        {|NK1002:A group of experts claimed|} it was the largest theft.
        """);

    // ---- a small count whose items are named after it -------------------------------------------

    [Fact]
    public void ACountWhoseItemsAreAllNamedAfterItIsEnumerated() => VerifyStatistic("""
        The state sells tablets with three makers competing, including Samjiyon, Ryonghung and Achim.
        Two carriers serve the city, namely Koryolink and Kangsong Net.
        """);

    [Fact]
    public void ACountWhoseItemsAreNotAllNamedIsAStatistic() => VerifyStatistic("""
        The state sells tablets with {|NK1001:three makers|} competing, including Samjiyon and Achim.
        Viewers can watch {|NK1001:five channels|} such as KCTV, Mansudae Television, and find news of the leader and Juche ideology.
        The state sells tablets with {|NK1001:five makers|} competing, including Samjiyon, Ryonghung and Achim.
        {|NK1001:Three makers|} sold {|NK1001:40,000 tablets|}, including Samjiyon, Ryonghung and Achim.
        """);

    // ---- letter&letter is one word --------------------------------------------------------------

    [Fact]
    public void ACountOfRAndDCentresIsACount() => VerifyStatistic("""
        There are {|NK1001:ten R&D centers|} under the three bureaus.
        The carrier hired {|NK1001:40 M&A advisers|}.
        """);

    [Fact]
    public void AnAmpersandBetweenWordsStaysASymbol() => VerifyStatistic("""
        The R&D centre opened in 2001, and AT&T left in 2009.
        Q&A sessions were held in Room 3.
        """);

    // ---- experts with a relative clause whose subject is a name ---------------------------------

    [Fact]
    public void ExpertsSomeoneInterviewedAreStillUnnamed() => VerifyVague("""
        It became the third threat {|NK1002:according to experts|} SecureWorld has interviewed.
        It became the third threat {|NK1002:according to analysts|} Reuters spoke to.
        """);

    [Fact]
    public void ANameInAppositionStillNames() => VerifyVague("""
        It became the third threat according to researcher Martyn Williams.
        It became the third threat according to news site Daily NK.
        """);
}
