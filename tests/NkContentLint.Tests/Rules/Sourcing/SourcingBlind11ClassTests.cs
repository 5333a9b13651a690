using NkContentLint.Rules.Sourcing;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Sourcing;

/// <summary>
/// The error classes the eleventh blind split (tests/corpora/real/blind11) showed after its one unseen score,
/// each fixed as a class: sentences that must fire and sentences that must not, all invented.
/// </summary>
public sealed class SourcingBlind11ClassTests
{
    private static readonly UnsourcedStatisticAnalyzer Statistic = new();
    private static readonly VagueAttributionAnalyzer Vague = new();

    private static void VerifyStatistic(string markup) => AnalyzerVerifier.Verify(Statistic, markup);

    private static void VerifyVague(string markup) => AnalyzerVerifier.Verify(Vague, markup);

    /// <summary>A ratio in words below a tenth ("one-hundredth", "a thousandth of") is a fraction; an ordinal that counts nothing is not.</summary>
    [Fact]
    public void AHundredthOrAThousandthIsAFraction() => VerifyStatistic("""
        The state set the rate at roughly {|NK1001:one-hundredth|} of the actual amount.

        Traders were paid {|NK1001:a thousandth|} of the market price.

        The city marked its hundredth anniversary in May.
        """);

    /// <summary>A data rate glued to its number counts in any case ("2.5gbit/s", "100mbps", "20kb/s"); a network's generation does not.</summary>
    [Fact]
    public void ADataRateInLowerCaseGluedToItsNumberIsMeasured() => VerifyStatistic("""
        Top speeds are as much as {|NK1001:2.5gbit/s|}.

        Home lines reach {|NK1001:100mbps|} in the capital.

        Downloads crawl at {|NK1001:20kb/s|} in the provinces.

        The phone runs on a 4G network.
        """);

    /// <summary>
    /// A hedge on the act of speaking ("Kim reportedly said") reports the speech on no one's word: the speaker named
    /// before it does not source it; a source named elsewhere in the sentence does, and a hedge on something else the
    /// speaker did stays as it was.
    /// </summary>
    [Fact]
    public void AHedgeOnANamedSpeakersWordsIsVague() => VerifyVague("""
        “We will break any sanctions,” Kim Jong-un {|NK1002:reportedly said|} in February.

        The minister {|NK1002:allegedly told|} officers that the unit had grown.

        Kim Jong-un reportedly said in February that the unit had grown, according to Yonhap.

        Kim Jong-un said in February that the unit had grown.
        """);

    /// <summary>
    /// An unnamed source that is the subject of a clause closed by a reporting participle makes the participle's claim
    /// its own ("Other researchers remain dubious, stating that …"); a definite subject refers back, a name sources
    /// it, and an unnamed noun that is the clause's object is not its speaker.
    /// </summary>
    [Fact]
    public void AnUnnamedSubjectBeforeAReportingParticipleIsVague() => VerifyVague("""
        {|NK1002:Other researchers remain dubious of this claim, stating|} that it was an inside job.

        {|NK1002:Independent analysts disagreed, saying|} that the unit is small.

        The researchers remain dubious of this claim, stating that it was an inside job.

        Cloudmark remains dubious of this claim, stating that it was an inside job.

        Police arrested two defectors, saying that they had spied.
        """);

    /// <summary>
    /// A suspicion that picks out a class of people ("those suspected of", "Families suspected of") is the criterion
    /// by which someone in the story treats them, not a claim of the article's; a suspicion about particular hackers
    /// or events still is one.
    /// </summary>
    [Fact]
    public void ASuspicionThatPicksOutAClassOfPeopleIsNotVague() => VerifyVague("""
        Phone use is restricted and those suspected of having contacts abroad are under surveillance.

        Families suspected of hiding a defector are sent to the countryside.

        Hackers {|NK1002:suspected of|} working for the regime stole the data.

        The country has had outages {|NK1002:suspected of|} being caused by cyberattacks.
        """);

    /// <summary>
    /// A definite document the article named before is the source of what it contains ("The report includes …
    /// 160 countries"); an indefinite one, or one the article never named, is not.
    /// </summary>
    [Fact]
    public void ADocumentReferredBackToSourcesItsOwnContents()
    {
        VerifyStatistic("""
            Amnesty International published its annual report on Tuesday. The report includes details of conditions in more than 160 countries.

            This study covers 40 prisons.

            A report includes details of conditions in more than {|NK1001:160 countries|}.
            """);
        VerifyStatistic("""
            The report includes details of conditions in more than {|NK1001:160 countries|}.
            """);
    }

    /// <summary>
    /// The state's official accounts are its own version, as its media is ("State media said"): the country's
    /// adjective may stand between "official" and the outlet; unofficial or some accounts stay vague.
    /// </summary>
    [Fact]
    public void OfficialAccountsOfACountryAreItsStateMedia() => VerifyVague("""
        But official North Korean accounts say he was born in a log cabin on the highest mountain.

        Official North Korean media said he was born on the mountain.

        {|NK1002:Unofficial accounts say|} he was born in Russia.

        {|NK1002:Some accounts say|} he was born in Russia.
        """);

    /// <summary>
    /// Evidence an earlier sentence says was reviewed or examined is the examiner's when a later sentence cites it with
    /// an evidence verb, bare or definite, or as the object of an analysis (LABELLING-DECISIONS.md); documents no one
    /// examined, and a new, indefinite analysis, stay vague.
    /// </summary>
    [Fact]
    public void EvidenceExaminedEarlierIsReferredBackTo()
    {
        VerifyStatistic("""
            Reporters reviewed state media reports and advertisements for mobile devices, and examined the smartphones.

            Prepaid plans cost about US$13 for 100 minutes, phone advertisements show.
            """);
        VerifyVague("""
            Reporters reviewed state media reports and advertisements for mobile devices, and examined two smartphones.

            The phones feature Taiwanese chips, analysis of the North Korean phones showed.

            The phones feature Taiwanese chips, {|NK1002:an analysis of the phones showed|}.

            The handsets are cheap, {|NK1002:receipts show|}.
            """);
        VerifyVague("""
            Prepaid plans cost about US$13 for 100 minutes, {|NK1002:phone advertisements show|}.

            The phones feature Taiwanese chips, {|NK1002:analysis of the North Korean phones showed|}.
            """);
    }

    /// <summary>
    /// A place after the head's preposition says where unnamed sources are, not who they are ("Defectors in South Korea
    /// have said"); an organisation there names them ("Researchers at Kaspersky said"), even one named after a country
    /// ("the Korea Communications Standards Commission"), and a place that is the head is its government ("Seoul suspects").
    /// </summary>
    [Fact]
    public void APlaceAfterAnUnnamedSourceDoesNotNameIt() => VerifyVague("""
        {|NK1002:Defectors in South Korea have said|} their relatives keep a second phone.

        {|NK1002:Analysts in Seoul say|} the unit has grown.

        Researchers at Kaspersky said the unit has grown.

        Data from the Korea Communications Standards Commission shows the account was blocked.

        An official with the Korea Communications Standards Commission has confirmed that it blocked the sites.

        Seoul suspects the unit has grown.
        """);

    /// <summary>
    /// An unnamed plural source before a relative clause is the subject of the reporting verb after it ("researchers who
    /// monitor X said", LABELLING.md); a named subject before the clause, or a relative clause on a name, is not vague.
    /// </summary>
    [Fact]
    public void AnUnnamedSourceBeforeARelativeClauseIsTheSpeaker() => VerifyVague("""
        {|NK1002:Some North Korean defectors who have settled in South Korea have said|} that they used old phones.

        {|NK1002:Defectors who fled said|} that they used old phones.

        Lee, a defector who fled in 2011, said that he used an old phone.

        Kaspersky researchers who studied the code said that it was old.
        """);
}
