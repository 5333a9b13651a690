using NkContentLint.Rules.Sourcing;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Sourcing;

/// <summary>
/// The error classes the third blind split (tests/corpora/real/blind3) showed, each fixed as a class:
/// a sentence that must fire and one that must not, with invented sentences.
/// </summary>
public sealed class SourcingBlind3ClassTests
{
    private static readonly UnsourcedStatisticAnalyzer Statistic = new();
    private static readonly VagueAttributionAnalyzer Vague = new();

    private static void VerifyStatistic(string markup) => AnalyzerVerifier.Verify(Statistic, markup);

    private static void VerifyVague(string markup) => AnalyzerVerifier.Verify(Vague, markup);

    // ---- NK1001: not statistics ----------------------------------------------------------------

    [Fact]
    public void AYearAfterADayWithAStrayFullStopIsADate() => VerifyStatistic("""
        On June 3. 2007 mobile phones were confiscated at the border.
        By March 9, 2012 users could reach the intranet again.
        """);

    [Fact]
    public void AYearBeforeAPluralNounWithoutADayStillCounts() => VerifyStatistic("""
        The operator had {|NK1001:2000 subscribers|} by then.
        """);

    [Fact]
    public void AFigureInQuotationMarksThatIsTalkedAboutIsNotStated() => VerifyStatistic("""
        The '40%' figure could not be traced to any survey.
        Nobody repeats the “3 million” estimate any more.
        """);

    [Fact]
    public void AFigureInQuotationMarksThatIsStatedStillFires() => VerifyStatistic("""
        The operator claims '{|NK1001:40%|}' coverage of the population.
        """);

    [Fact]
    public void PageChromeIsNotAStatistic() => VerifyStatistic("""
        2k viewsPublished 6 years ago

        - 4,817

        Subscribe for only $2 per month.
        """);

    [Fact]
    public void ABareNumberInATableCellIsTheRowsData() => VerifyStatistic("""
        | Operator | Subscribers |
        | --- | --- |
        | Koryolink | {|NK1001:6,201|} |
        """);

    [Fact]
    public void APriceInAnArticleStillFires() => VerifyStatistic("""
        Subscribers pay about {|NK1001:$2 per month|} for the service.
        A phone costs {|NK1001:$300|}, so few can become owners.
        """);

    [Fact]
    public void APartOfAPlaceIsNotAShare() => VerifyStatistic("""
        The northern half of the island has no coverage at all.
        The western third of the country is mountainous.
        """);

    [Fact]
    public void AShareOfPeopleStillFires() => VerifyStatistic("""
        Only {|NK1001:half|} of the households have a radio.
        The top {|NK1001:half|} of earners own a phone, but the upper half of the Korean Peninsula has no network.
        """);

    [Fact]
    public void AFurtherTermIsNotAMeasuredDuration() => VerifyStatistic("""
        The licence may then be renewed for a further 15 years.
        """);

    [Fact]
    public void AnOutageMeasuredSinceItBeganIsADuration() => VerifyStatistic("""
        The state news site was still down on Monday, more than {|NK1001:36 hours|} after it went offline.
        """);

    [Fact]
    public void ATimeAfterAnEventIsStillAReference() => VerifyStatistic("""
        The service opened three years after the launch of the network.
        """);

    [Fact]
    public void ADatedReportOfInstallationIsAboutTheWorld() => VerifyStatistic("""
        In 2003, the operator installed {|NK1001:800 telephone lines|} in the zone.
        """);

    [Fact]
    public void AnInstallationInstructionIsStillTechnical() => VerifyStatistic("""
        The installer adds 3 lines to your profile once the module is installed.
        """);

    [Fact]
    public void DataRowsOfAFactbookFire() => VerifyStatistic("""
        Mobile subscriptions: {|NK1001:45|} (2010)

        Internet hosts: domestic {|NK1001:12|}, foreign {|NK1001:30|} (2012)
        """);

    [Fact]
    public void NumberedLabelsAndYearsAreNotDataRows() => VerifyStatistic("""
        Steps: 1, 2 and 3 are optional.

        Launched: 2008
        """);

    [Fact]
    public void ACompanyThatStatesItsOwnFigureAfterARelativeClauseSourcesIt() => VerifyStatistic("""
        Koryolink, which is run by a joint venture, said that it expects 50,000 subscribers next year.
        """);

    [Fact]
    public void ARelativeClauseAboutAnUnnamedSubjectSourcesNothing() => VerifyStatistic("""
        The operator, which is run by a joint venture, said that it expects {|NK1001:50,000 subscribers|} next year.
        """);

    [Fact]
    public void AQuotationIntroducedByItsSpeakerGoesOnToTheEndOfTheParagraph() => VerifyStatistic("""
        Kim Min, an engineer at the firm, told me by phone, "The link carries 2 gigabits. We see 40 gigabits on a bad day
        """);

    [Fact]
    public void AnUnclosedQuotationMarkWithoutASpeakerQuotesNothing() => VerifyStatistic("""
        The "network has {|NK1001:200 users|} and more every day
        """);

    [Fact]
    public void ANamedSiteThatReportsSourcesItsSentence() => VerifyStatistic("""
        The independent Daily NK site reports that the service streams five channels to 3,000 homes.
        """);

    [Fact]
    public void ACompoundOfSourceNounsIsNotASubjectAndVerb() => VerifyStatistic("""
        A detailed research report from the ministry lists {|NK1001:3,000 homes|}.
        """);

    // ---- NK1002: vague attributions ------------------------------------------------------------

    [Fact]
    public void ItWasLearnedThatIsVague() => VerifyVague("""
        Meanwhile, {|NK1002:it was learned that|} the ministry closed two internet cafes.
        {|NK1002:It was found that|} the tablets log every screenshot.
        """);

    [Fact]
    public void ItWasLearnedByANamedOutletIsNotVague() => VerifyVague("""
        It was learned by Daily NK that the ministry closed two internet cafes.
        """);

    [Fact]
    public void UnnamedResearchersWhoDetectedSomethingAreVague() => VerifyVague("""
        {|NK1002:Researchers have detected|} game consoles on the network.
        {|NK1002:Analysts discovered|} a hidden watermark in the files.
        """);

    [Fact]
    public void NamedResearchersWhoDetectedSomethingAreNot() => VerifyVague("""
        Recorded Future detected game consoles on the network.
        The sensors detected a surge in traffic.
        """);

    [Fact]
    public void AHedgeInARelativeClauseIsNotRescuedByTheSubjectOfTheSentence() => VerifyVague("""
        Seoul has blamed Pyongyang for the attack, which {|NK1002:reportedly|} wiped half the bank's servers.
        """);

    [Fact]
    public void AHedgeInARelativeClauseIsRescuedByASourceNamedAfterIt() => VerifyVague("""
        The attack, which reportedly wiped half the servers, was traced to Pyongyang, according to Yonhap.
        """);

    [Fact]
    public void ACountrysIntelligenceServiceIsOneInstitution() => VerifyVague("""
        South Korea's intelligence blamed the attack on the Reconnaissance General Bureau.
        U.S. intelligence believes the unit has grown.
        """);

    [Fact]
    public void UnnamedOfficialsOfACountryStayVague() => VerifyVague("""
        {|NK1002:U.S. officials blamed|} the attack on the Reconnaissance General Bureau.
        """);
}
