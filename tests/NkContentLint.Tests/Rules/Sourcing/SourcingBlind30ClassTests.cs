using NkContentLint.Rules.Sourcing;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Sourcing;

/// <summary>
/// English error classes the thirtieth and thirty-first blind splits (tests/corpora/real/blind30, blind31) showed after
/// their one unseen score, each fixed as a class: sentences that must fire and sentences that must not, all invented.
/// </summary>
public sealed class SourcingBlind30ClassTests
{
    private static readonly UnsourcedStatisticAnalyzer Statistic = new();
    private static readonly VagueAttributionAnalyzer Vague = new();

    /// <summary>
    /// "the secretive state said to be preparing for war": a participle of saying before "to be" or "to have" is the agentless
    /// passive, so the noun before it is what is said, not who says it, and names no source that could rescue the vague form.
    /// A noun that says something to someone, or says that, still reports.
    /// </summary>
    [Fact]
    public void ANounBeforeSaidToBeIsWhatIsSaidNotWhoSaysIt()
    {
        AnalyzerVerifier.Verify(Vague, """
            Tom Lee has just spent a week in North Korea, the state {|NK1002:said to be|} building new missiles.

            Lee went to North Korea, the regime {|NK1002:believed to have|} a large army of hackers.

            The ministry said to reporters that the network had been restored.

            The regulator said that the network had been restored.

            The network had been restored, the ministry said.
            """);
    }

    /// <summary>
    /// A name before "numbers" owns them as evidence ("GSMA numbers"), except when it makes an identifier ("Social Security
    /// numbers", "Passport numbers"): those are the people's, and name no source that could rescue a vague form.
    /// </summary>
    [Fact]
    public void IdentifierNumbersNameNoSource()
    {
        AnalyzerVerifier.Verify(Vague, """
            In 2024, Park {|NK1002:is alleged to|} have used the names, addresses and Social Security numbers of American workers.

            Park {|NK1002:is alleged to|} have stolen their Passport numbers.

            The network is believed to have grown, and GSMA numbers put it at 7 million.
            """);
    }

    /// <summary>
    /// Evidence gathered by a named outlet ("data obtained by the newspaper Dong-A") is that outlet's, as "data from Dong-A" is,
    /// so it sources the sentence and rescues "according to recent data". Data obtained by no one named stays vague.
    /// </summary>
    [Fact]
    public void DataObtainedByANamedOutletIsItsData()
    {
        AnalyzerVerifier.Verify(Statistic, """
            According to recent data obtained by South Korean newspaper The Chosun Ilbo, the number of subscribers reached 6 million.

            Figures compiled by Statistics Korea put the number of phones at 5 million.

            According to recent data obtained by reporters, the number of subscribers reached {|NK1001:6 million|}.
            """);
        AnalyzerVerifier.Verify(Vague, """
            According to recent data obtained by the newspaper Dong-A, the number of subscribers reached 6 million.

            {|NK1002:According to recent data|}, the number of subscribers reached 6 million.
            """);
    }

    /// <summary>
    /// "It was reported last year by the same publication that …": time words between the participle and its agent, and an
    /// agent that refers back to an outlet the article named, make the report that outlet's. Without an agent it stays vague.
    /// </summary>
    [Fact]
    public void AnImpersonalReportWithItsAgentAfterTimeWordsIsNamed()
    {
        AnalyzerVerifier.Verify(Vague, """
            The Korea Herald reported the sale of 20 towers.

            It was reported last year by the same newspaper that the operator had imported used equipment.

            It was reported yesterday by Yonhap that the operator had 5 million subscribers.

            {|NK1002:It was reported|} last year that the operator had imported used equipment.
            """);
    }

    /// <summary>
    /// Allegations or accusations from a named body are that body's claim, as its data is: they source the figures of the
    /// clause they introduce. Allegations from no one named source nothing.
    /// </summary>
    [Fact]
    public void AllegationsFromANamedBodySourceTheirFigures()
    {
        AnalyzerVerifier.Verify(Statistic, """
            This matches allegations from the UN, denied by Pyongyang, that its hackers had stolen $1.5bn from banks in 12 countries.

            Accusations by the FBI that the group stole $600m were rejected.

            This matches allegations from critics that its hackers had stolen {|NK1001:$1.5bn|}.
            """);
    }

    /// <summary>
    /// People who show something, with no evidence as the subject, display it and present no claim as theirs ("Few people show
    /// interest"); anything but evidence that saw something witnessed or underwent it ("Koryolink saw its base rise", "the
    /// attack, which saw 3,000 computers wiped"). Evidence that shows or saw something reports it ("the survey shows", "the
    /// report saw a 12-fold increase"), and people who show that something is so are still a vague source.
    /// </summary>
    [Fact]
    public void ShowingOrSeeingIsAReportOnlyForEvidence()
    {
        AnalyzerVerifier.Verify(Vague, """
            ## Few people show interest in the offer

            Many officials showed great interest in the new tablets.

            Analysts saw a spike in traffic after the launch.

            {|NK1002:Surveys show|} that 20% of households own a phone.

            {|NK1002:Experts showed|} that the network has two exits.
            """);
        AnalyzerVerifier.Verify(Statistic, """
            Recorded Future published a study of elite internet use.

            The latest study also saw a 12-fold increase in the use of VPNs.

            Officials saw a {|NK1001:12-fold|} increase in the use of VPNs.

            Koryolink saw its subscriber base rise by {|NK1001:150%|} in the second quarter.

            The attack, which saw {|NK1001:3,000 computers|} wiped, was blamed on Pyongyang.

            Hackers hit Sony Pictures, which saw the release of {|NK1001:five movies|}.
            """);
    }

    /// <summary>
    /// Hours or minutes "later" right after a restoring state ("restored", "back") that follows an outage in the same sentence
    /// measure the outage, an event's duration; days or months later, a later with no outage before it, or a restoration that
    /// did not happen stay time references (LABELLING.md).
    /// </summary>
    [Fact]
    public void HoursLaterUpToARestorationMeasureTheOutage()
    {
        AnalyzerVerifier.Verify(Statistic, """
            Late on Monday the network went down and was only fully restored almost {|NK1001:ten hours|} later.

            The site went offline on Sunday and came back {|NK1001:40 minutes|} later.

            The operator began a service in 2002 but shut it down 18 months later.

            He arrived in the capital on Monday and left two hours later.

            The network went down, and it would not be restored until five hours later.
            """);
    }

    /// <summary>
    /// A number word standing for its noun as a clause's subject, with a rate later in the clause ("only two have been provided
    /// per province"), counts what was handed out (an event's count, must however small). Without a rate, or with "per cent"
    /// or a plural after "per", a bare number word is no quantity.
    /// </summary>
    [Fact]
    public void AnElidedCountWithARateIsAStatistic()
    {
        AnalyzerVerifier.Verify(Statistic, """
            The devices went to the border teams, although only {|NK1001:two|} have been provided per province.

            Many were ordered, but {|NK1001:three|} were delivered per household in the end.

            Two have been sent to the army.

            Only two were approved per instructions from the ministry.
            """);
    }

    /// <summary>
    /// A calibre in millimetres ("170 mm self-propelled guns") specifies a weapon, as "10 millimeters" specifies a part: no
    /// statistic. A count of the guns is one.
    /// </summary>
    [Fact]
    public void ACalibreInMillimetresIsASpecification()
    {
        AnalyzerVerifier.Verify(Statistic, """
            The unit owns Koksan guns, which are 170 mm self-propelled guns.

            The shells are 240 mm rockets fired from a launcher.

            The army bought {|NK1001:170 guns|} from the factory.
            """);
    }

    /// <summary>
    /// A named poster who posted or tweeted that something is so is the source of it, as one who said it is; posting photos or
    /// tweeting a link reports nothing, unnamed users who posted that something is so are still no one, and "posts" before a
    /// relative "that" is a noun ("blog posts that may be helpful").
    /// </summary>
    [Fact]
    public void ANamedPosterWhoPostedThatIsASource()
    {
        AnalyzerVerifier.Verify(Statistic, """
            At around 8pm on 21 September, Reddit user Jabberminor posted that many of the 28 websites were offline.

            Dyn Research tweeted that the country had lost all 1,024 of its addresses.

            The account posted {|NK1001:28 photos|} of the parade.

            ## Users

            Pyongyang residents posted that the city had lost power for {|NK1001:nine hours|}.
            """);
        AnalyzerVerifier.Verify(Vague, """
            There are a few videos and blog posts that may be helpful to get you started.

            The forum posts that users shared were deleted.
            """);
    }

    /// <summary>
    /// A small count of events followed by "on" and as many days ("two outages on Tuesday and Wednesday") names each by its
    /// day (the enumeration decision). More events than days, or a count followed by something else, is still a figure.
    /// </summary>
    [Fact]
    public void EventsNamedByTheirDaysAreEnumerated()
    {
        AnalyzerVerifier.Verify(Statistic, """
            The country suffered two major internet outages on Tuesday and Wednesday but the cause looks mundane.

            ## Portal

            The portal went offline in two outages on Monday and Friday.

            ## Country

            The country suffered {|NK1001:three outages|} on Tuesday and Wednesday.

            ## Banks

            Hackers hit {|NK1001:two banks|} on 2 March and 4 March.

            ## Network

            The network suffered {|NK1001:two blackouts|} on Sunday.
            """);
    }

    /// <summary>
    /// A small count whose next sentence only announces the list after it ("This includes -", "These are:") is enumerated by
    /// that list. A longer next sentence, or one that does not end in a colon or dash nor stand before a list, leaves it a figure.
    /// </summary>
    [Fact]
    public void ACountWhoseNextSentenceAnnouncesAListIsEnumerated()
    {
        AnalyzerVerifier.Verify(Statistic, """
            Sanctions were imposed on a Russian national and four entities involved in the scheme.

            This includes -

            Kim Trading, which hired the workers.

            Sanctions were imposed on three companies. These are:

            - Kim Trading
            - Park Trading
            - Lee Trading

            Sanctions were imposed on {|NK1001:four entities|} involved in the scheme.

            This includes two more firms than last year.
            """);
    }
}
