using NkContentLint.Rules.Sourcing;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Sourcing;

/// <summary>
/// The error classes the fourth blind split (tests/corpora/real/blind4) showed, each fixed as a class:
/// sentences that must fire and sentences that must not, all invented.
/// </summary>
public sealed class SourcingBlind4ClassTests
{
    private static readonly UnsourcedStatisticAnalyzer Statistic = new();
    private static readonly VagueAttributionAnalyzer Vague = new();
    private static readonly UnsourcedRankingAnalyzer Ranking = new();

    private static void VerifyStatistic(string markup) => AnalyzerVerifier.Verify(Statistic, markup);

    private static void VerifyVague(string markup) => AnalyzerVerifier.Verify(Vague, markup);

    private static void VerifyRanking(string markup) => AnalyzerVerifier.Verify(Ranking, markup);

    // ---- a name that starts with a number ------------------------------------------------------

    [Fact]
    public void ANameThatStartsWithANumberIsNotACountInThePossessive() => VerifyStatistic("""
        38 North's Frank Smith spotted the new routes on Tuesday.
        A post on 38 North’s blog described the link.
        """);

    [Fact]
    public void ACountOfNorthKoreansOrNorthKoreanThingsStillFires() => VerifyStatistic("""
        Only {|NK1001:38 North Korean websites|} answered the scan.
        The team interviewed {|NK1001:38 North Koreans|} in Seoul.
        """);

    // ---- sums in crypto-currencies --------------------------------------------------------------

    [Fact]
    public void ASumInACryptoCurrencyIsAnAmount() => VerifyStatistic("""
        The hackers demanded {|NK1001:100 bitcoin|} from the exchange.
        They moved {|NK1001:401,000 ETH|} through mixers within days.
        """);

    [Fact]
    public void ACryptoCurrencyWithoutAFigureOrWithASourceIsNot() => VerifyStatistic("""
        The exchange lists bitcoin and ether.
        They moved 401,000 ETH, according to Elliptic.
        """);

    // ---- a compound split at its hyphen --------------------------------------------------------

    [Fact]
    public void ACountBeforeACompoundSplitAtItsHyphenFires() => VerifyStatistic("""
        A total of {|NK1001:nine second- level domains|} were created that year.
        The registry set up {|NK1001:five top -level zones|} for the test.
        """);

    [Fact]
    public void ASplitHyphenDoesNotMakeAYearOrAnOrdinalACount() => VerifyStatistic("""
        In 2009 second- level domains were first handed out.
        The third- party mirror went offline.
        """);

    // ---- "adds that": a reporting verb only before a clause ------------------------------------

    [Fact]
    public void ASourceThatAddsThatSourcesTheFigure() => VerifyStatistic("""
        A SIM card costs 50 euro, according to Pyongyang Tech Watch. The site adds that data is sold at 120 euro for 3GB.
        Ms Han added that about 2,000 tourists had bought one.
        """);

    [Fact]
    public void AddingSomethingIsNotAnAttribution() => VerifyStatistic("""
        A SIM card costs 50 euro, according to Pyongyang Tech Watch. The operator added {|NK1001:5,000 users|} in May.
        Koryolink added {|NK1001:600,000 subscribers|} last year.
        """);

    [Fact]
    public void UnnamedPeopleWhoAddThatAreVague() => VerifyVague("""
        {|NK1002:Analysts added|} that the link is slow.
        The analyst Lee Min-ho added that the link is slow.
        """);

    // ---- a reference back through a possessive -------------------------------------------------

    [Fact]
    public void AReferenceBackThroughAPossessiveSourcesTheFigure() => VerifyStatistic("""
        Park Sun-mi, an analyst at the Seoul Institute for Unification, studied the markets.
        In the capital, more than 60% of households own a phone, according to the South Korean analyst's estimates.
        """);

    [Fact]
    public void APossessiveReferenceWithNothingToReferToStillFires() => VerifyStatistic("""
        In the capital, more than {|NK1001:60%|} of households own a phone, according to the analyst's estimates.
        """);

    // ---- a definite person or body as the subject: a reference back --------------------------

    [Fact]
    public void ADefinitePersonIntroducedEarlierSourcesTheFigure() => VerifyStatistic("""
        Lee Sung-ho, an engineer who left in 2015, spoke to Daily NK in May.
        The engineer said about 2,000 phones were sold in his town.
        About 900 of them were smartphones, said the engineer.
        The company's chief executive said 80,000 users signed up.
        """);

    [Fact]
    public void AccordingToAPronounRefersBack() => VerifyStatistic("""
        Martyn Williams runs a blog about the country's networks. According to him, 3,000 people use the intranet.
        According to us, {|NK1001:4,000 people|} use it.
        """);

    [Fact]
    public void AccordingToAPronounWithNoOneNamedBeforeStillFires() => VerifyStatistic("""
        According to them, {|NK1001:3,000 people|} use the intranet.
        """);

    [Fact]
    public void ADefinitePersonWithNoOneNamedBeforeOrAWeakVerbStillFires() => VerifyStatistic("""
        The engineer said about {|NK1001:2,000 phones|} were sold in his town.

        Lee Sung-ho, an engineer who left in 2015, spoke to Daily NK in May. The price ranges from {|NK1001:$5 a month|}.
        """);

    [Fact]
    public void AGenericSourceNounAfterTheStaysAsTheListsJudgeIt() => VerifyVague("""
        Lee Sung-ho spoke to Daily NK in May. {|NK1002:The defector said|} the border is closed.
        The engineer said the border is closed.
        """);

    // ---- a description of an institution the article names ------------------------------------

    [Fact]
    public void ADescriptionOfAnInstitutionTheArticleNamesSourcesTheFigure() => VerifyStatistic("""
        There are about 5 million handsets in the North, according to a state-run investment bank in Seoul.

        A state-run investment bank in Seoul estimated that 40% of them are smartphones.

        Its author, an economist at the Korea Investment Bank, said the number keeps rising.
        """);

    [Fact]
    public void AGenericSourceOrAnUnnamedInstitutionStillFires() => VerifyStatistic("""
        There are about {|NK1001:5 million handsets|} in the North, according to a state-run investment bank in Seoul.

        There are about {|NK1001:4 million handsets|} in the North, according to a Seoul research firm.

        A state-run savings bank in Seoul estimated that {|NK1001:30%|} of them are smartphones.

        The Research Firm Report was cited by no one.
        """);

    // ---- an institution described, not named ---------------------------------------------------

    [Fact]
    public void AnInstitutionDescribedButNotNamedIsVague() => VerifyVague("""
        The thieves took $81 million, {|NK1002:according to a cybersecurity firm|}.
        {|NK1002:A South Korean think tank said|} the unit has grown.
        {|NK1002:According to a Seoul-based NGO|}, the arrests went on.
        """);

    [Fact]
    public void ANamedInstitutionOrOneBeforeAPersonIsNotVagueHere() => VerifyVague("""
        Kaspersky, a security firm, said the servers were hit.
        Egyptian company Orascom said the users joined.
        According to a report by cybersecurity firm Recorded Future, the sites went dark.
        A company spokesman said the users joined.
        The company said the users joined.
        """);

    // ---- a participle and its agent after a word of time ---------------------------------------

    [Fact]
    public void AReportReleasedTodayByANamedSourceIsNotVague() => VerifyVague("""
        The hackers moved to social media this year, according to an U.S. intelligence report disclosed today by Open Source Watch.
        The site went dark, according to a report released last week by the ITU.
        """);

    [Fact]
    public void AReportWithNoNamedAgentStaysVague() => VerifyVague("""
        The hackers moved to social media this year, {|NK1002:according to an intelligence report disclosed|} today.
        """);

    // ---- NK1003: idioms and comparisons --------------------------------------------------------

    [Fact]
    public void InTheFirstPlaceIsAnIdiom() => VerifyRanking("""
        The isolated country hardly had any internet to lose in the first place.
        """);

    [Fact]
    public void AFirstPlaceFinishStillRanks() => VerifyRanking("""
        Its hackers took {|NK1003:first place|} in the contest.
        """);

    [Fact]
    public void TheStandardOfAComparisonIsNotARank() => VerifyRanking("""
        The tablet is almost as fast as the world's most popular tablets.
        Its screen is sharper than the world's best phones.
        """);

    [Fact]
    public void ASuperlativeInARoleStillRanks() => VerifyRanking("""
        As the {|NK1003:world's most isolated country|}, it has little bandwidth.
        """);
}
