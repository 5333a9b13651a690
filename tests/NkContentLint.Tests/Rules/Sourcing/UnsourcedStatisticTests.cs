using NkContentLint.Rules.Sourcing;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Sourcing;

public sealed class UnsourcedStatisticTests
{
    private static readonly UnsourcedStatisticAnalyzer Analyzer = new();

    private static void Verify(string markup) => AnalyzerVerifier.Verify(Analyzer, markup);

    private static void VerifyParagraphScope(string markup) =>
        AnalyzerVerifier.Verify(Analyzer, markup, AnalyzerVerifier.WithOptions(UnsourcedStatisticAnalyzer.Rule, ("scope", "paragraph")));

    // ---- fires ---------------------------------------------------------------------------------

    [Fact]
    public void APercentageWithNoCitationFiresOnTheNumberExpression() => Verify("""
        In 2014 slightly more than {|NK1001:10 percent|} of North Koreans had a mobile phone.
        """);

    [Fact]
    public void ACountWithItsNounFiresWithoutTheApproximation() => Verify("""
        Around {|NK1001:300 intranet users|} organised a flash mob at the Pyongyang Gymnasium.
        """);

    [Fact]
    public void EveryStatisticOfTheSentenceFires() => Verify("""
        North Korea has about {|NK1001:26 million people|}, but only {|NK1001:a few thousand|} of them can reach the global internet.
        """);

    [Fact]
    public void AmountsMagnitudesRatiosAndFractionsFire() => Verify("""
        Orascom spent roughly {|NK1001:$400 million|} on the network.
        The channel had {|NK1001:2k+ subscribers|} within its first month.
        {|NK1001:One in five North Koreans|} owns a mobile phone.
        {|NK1001:Three quarters|} of Koryolink's users live in Pyongyang.
        Mobile subscriptions grew {|NK1001:tenfold|} between 2010 and 2015.
        """);

    [Fact]
    public void RanksAndSuperlativesAreLeftToNK1003() => Verify("""
        North Korea is the world's least connected country.
        It ranks 179th out of 180 countries, and Koryolink was once Orascom's second-largest source of subscribers.
        """);

    [Fact]
    public void AReferenceBackNeedsASourceNamedEarlierInTheArticle() => Verify("""
        The report said {|NK1001:7 million people|} own a phone.
        """);

    [Fact]
    public void AReferenceBackToANamedSourceSourcesItsSentence() => Verify("""
        Radio Free Asia published a report last month. The report said 7 million people own a phone.
        Sawiris spoke to Forbes in May. He said the network had 42,000 subscribers.
        """);

    [Fact]
    public void GenericEvidenceIsNotAReferenceBack() => Verify("""
        DataReportal counts users each year. But the data suggests that around {|NK1001:25 million people|} have access.
        """);

    [Fact]
    public void CountsOfItemsTheTextListsAreNotStatistics() => Verify("""
        The regime blocks foreign sites for two reasons: cost and control.
        These three problems can be solved. The two nations share a border.
        There are two ways to use the intranet:

        - at work
        - at school

        Kangsong Net serves {|NK1001:6 million subscribers|}.
        """);

    [Fact]
    public void NumbersThatSpecifySoftwareOrHardwareAreNotStatistics() => Verify("""
        The command selects the first 3 objects in the array, after skipping 4.
        The default ports are 5985 and 5986, and the time-out is 3 minutes.
        The tablet has a 1.2 GHz CPU and 1GB of RAM, and weighs 250 grams.
        Red Star OS 4.0 was the newest version; version 3.0 leaked.
        The module has been downloaded {|NK1001:2 million times|}.
        """);

    [Fact]
    public void IdiomsChromeAndHeadingThemesAreNotStatistics() => Verify("""
        # Twenty Years of Mobile Phones

        Let me give my two cents here.

        2 Images

        Posted by Jennifer (3 years, 11 months ago)
        """);

    [Fact]
    public void CountsThatLookLikeYearsAndValuesStatedBareAreStatistics() => Verify("""
        The other {|NK1001:1800 members|} of Unit 121 live well, but in 2008 users could not call abroad.
        The global average is {|NK1001:209|}.
        Subscriptions {|NK1001:doubled|} in just 14 months.
        """);

    [Fact]
    public void DurationsWrittenAsAdjectivesAreStatisticsButAgesAreNot() => Verify("""
        The internet was down over a {|NK1001:10-hour|} period last night.
        A 17-year-old hacker was arrested.
        """);

    [Fact]
    public void DimensionsAreSpecifications() => Verify("""
        The tablet has a 7-inch screen with 1,024 by 768 pixel resolution.
        """);

    [Fact]
    public void SourcesNamedAsOwnersOrAntecedentsSourceTheirSentence() => Verify("""
        It failed to feature in the SpeedTest results of 178 countries.
        We Are Social published its Digital 2016 report, which says the number of users is about 7000.
        The portal cites the data of the Dyn Research Company. According to the data, traffic moved at 09:08 UTC to 60 routes.
        """);

    [Fact]
    public void GenericDataWithNoNamedAntecedentIsNotASource() => Verify("""
        According to the data, {|NK1001:60 routes|} failed.
        """);

    [Fact]
    public void ScaleWordsWithoutAnArticleAndEventSizesFire() => Verify("""
        The forum has nearly {|NK1001:hundred users|}.
        Hackers stole {|NK1001:100 terabytes|} of data.
        """);

    [Fact]
    public void DeviceSizesAndSpansOfActivityAreNotStatistics() => Verify("""
        The tablet has 8GB of storage and 1GB of RAM.
        The Lazarus Group has been working for more than ten years with the blessing of the state.
        """);

    [Fact]
    public void AVagueAttributionIsNotASource() => Verify("""
        According to estimates, about {|NK1001:2 million people|} own a smartphone.
        """);

    [Fact]
    public void ANameThatIsNotTheSourceOfTheClaimIsNotASource() => Verify("""
        The ITU publishes no usage figures, but analysts say at least {|NK1001:20,000 people|} are online.
        """);

    [Fact]
    public void ACitationInTheNextSentenceDoesNotCount() => Verify("""
        Around {|NK1001:60 percent|} of traffic moved to the Russian link within days. [Dyn](https://dyn.com/blog/north-korea) documented the change.
        """);

    [Fact]
    public void AFootnoteAfterTheFullStopSourcesOnlyTheSentenceBeforeIt() => Verify("""
        Koryolink reached 2 million subscribers in 2013.[^2] Today more than {|NK1001:7 million handsets|} are in use.

        [^2]: Orascom, quarterly report.
        """);

    [Fact]
    public void AFigureWorkedOutFromACitedOneNeedsItsOwnCitation() => Verify("""
        According to the ITU, there were 6 million subscriptions in 2021. That works out to {|NK1001:23 per 100 inhabitants|}.
        """);

    [Fact]
    public void ABareYearInParenthesesIsNotACitation() => Verify("""
        - Subscribers: **{|NK1001:7.5 million|}** (2024)
        """);

    [Fact]
    public void HeadingsAndListItemsAreSentencesOfTheirOwn() => Verify("""
        ## {|NK1001:Two million phones|} and counting

        - Koryolink: roughly {|NK1001:2.5 million active lines|} in 2015
        - Kangsong Net: see below[^1]

        [^1]: Statistics Korea, via the Korea Times.
        """);

    [Fact]
    public void ATableRowIsOneSentenceSourcedByItsSourceCell() => Verify("""
        | When | Subscriptions | Source |
        | --- | --- | --- |
        | 2014 | 2.8 million | Statistics Korea[^1] |
        | 2015 | 3.2 million | Orascom annual report |
        | 2016 | {|NK1001:3.6 million|} | |

        [^1]: Statistics Korea, via the Korea Times.
        """);

    [Fact]
    public void ABlockQuoteThatIsOneQuotationIsJudgedLikeProse() => Verify("""
        > “The attackers said they had compromised {|NK1001:15,000 user records|} hosted on the site.”
        >
        > — The Associated Press, [“NKorea’s Twitter account hacked”](https://apnews.com/x), 4 April 2013
        """);

    // ---- does not fire -------------------------------------------------------------------------

    [Fact]
    public void YearsDatesAndDecadesAreNotStatistics() => Verify("""
        The state founded in 1948 has blocked YouTube since 2016, and on 1 October 2017 a second link went live.
        Kwangmyong went online in the early 2000s and kept its 1990s look through the 2010s.
        The sites went dark on 11/01/2024; the committee was dissolved on 2024-01-15.
        """);

    [Fact]
    public void ListSectionAndStepNumbersAreNotStatistics() => Verify("""
        1. The global internet.
        2. Kwangmyong, the national intranet.
        3. The mobile networks.

        See section 4.2 and Step 2; Table 1 lists the operators.
        """);

    [Fact]
    public void VersionsTimesPhoneNumbersAndNamesAreNotStatistics() => Verify("""
        Red Star OS 3.0 ships with Firefox 3.5, and some phones run Android 4.4.
        Koryolink went live at 5 p.m. local time; the switchboard is on +850-2-18111.
        World War II, Room 39, Bureau 121 and the Arirang 171 handset all appear in the story.
        Star JV announces its routes from AS131279 over 3G and IPv4.
        """);

    [Fact]
    public void LinkedFootnotedAndCitedFiguresAreSourced() => Verify("""
        Mobile subscriptions reached 6 million in 2021 ([CIA World Factbook](https://theodora.com/world_fact_book_2024/korea_north/korea_north_communications.html)).
        [Koryolink](https://en.wikipedia.org/wiki/Koryolink) has more than 3 million subscribers.
        Mobile subscriptions passed [7.5 million in early 2024][gsma].
        Koryolink started with 5,300 subscribers in December 2008.[^1]
        The base reached 535,133 subscribers <https://www.mobileworldlive.com/hits-500k-subs/>.
        More than 6 million phones were in circulation by late 2018 (Mansourov et al., 2019).
        The population was 24 million in 2012.[3]

        [^1]: Computerwoche, 15 December 2008.
        [gsma]: https://www.gsmaintelligence.com/
        """);

    [Fact]
    public void ASourceNamedInWordsSourcesTheSentence() => Verify("""
        38 North reported between 6.5 and 7 million subscribers in 2022.
        Per the CIA World Factbook, subscriptions stood at 23 per 100 inhabitants in 2021.
        Mobile penetration is estimated by GSMA Intelligence at 28.7 percent.
        Koryolink's CEO, Ezzeldin Heikal, told diplomats the operator was about to reach 2 million subscribers.
        Koryolink launched at 5 p.m. on Dec. 15, 2008, with 5,300 subscribers, according to Orascom.
        """);

    [Fact]
    public void ANamedSourceThatReportsOnSomethingStillSourcesTheSentence() => Verify("""
        Daily NK reports on 200 markets where Chinese phones are sold.
        """);

    [Fact]
    public void SomeoneElsesQuotedWordsAreNotTheAuthorsStatistics() => Verify("""
        KCNA called the Arirang "a phone for all 25 million of our people".
        Aju News headlined it “북한 인터넷 이용자 1만6000명”.
        """);

    [Fact]
    public void CodeAndUrlsAreNotProse() => Verify("""
        Run `dig axfr kp @ns2.kptc.kp` with `--limit 1000` against `175.45.176.0/22`.

        ```markdown
        > Internet users (We Are Social, 2016): about 7,000, or 0.03% of the population
        ```

        The archive is at http://www.computerwoche.de/a/north-korea-launches-3g-cellular-service,1881939 for reference.
        """);

    [Fact]
    public void KoreanTextAndGlossesAreNotStatistics() => Verify("""
        Kwangmyong (광명, “Bright Light”) is the national intranet; its editor is listed as 6·15편집사.
        우리민족끼리 was launched in 2003.
        """);

    [Fact]
    public void FootnoteDefinitionsAreCitationsNotClaims() => Verify("""
        Koryolink neared its target.[^3]

        [^3]: [Daily News Egypt, 1 May 2013](https://dailynewsegypt.com/2013/05/01/orascom-nears-2-million-subscribers), on 2 million subscribers.
        """);

    [Fact]
    public void FrontMatterAndTitlesOfWorksAreNotProse() => Verify("""
        ---
        title: 2 million phones
        date: 2024-05-10
        ---

        DataReportal's *Digital 2024: North Korea* is the usual starting point.
        """);

    [Fact]
    public void BareQuantifiersAndDeterminersAreNotStatistics() => Verify("""
        A few embassies run their own links, and most users never see them.
        Kwangmyong is one of the few national intranets, hanging by a single thread.
        The figure rose three years earlier and fell within days.
        """);

    // ---- classes from unseen real pages (blind2) -----------------------------------------------

    [Fact]
    public void ANumberAfterACamelCaseProductIsPartOfItsName() => Verify("""
        Samsung's rival to the iPhone 15 Pro Models ships with a larger battery.
        The eReader 3 Plus Edition was sold in Pyongyang department stores.
        Koryolink sold {|NK1001:15 Pro models|} to officials, and {|NK1001:3 iPhones|} reached the market.
        """);

    [Fact]
    public void ASelectionFromASequenceIsNotACount() => Verify("""
        In the first 2 releases of the system, the desktop copied Windows.
        The last three models shipped with a camera, and the next two will not.
        The country had {|NK1001:three million subscribers|} by the end of the first 2 years.
        """);

    [Fact]
    public void PlacingAFigureAtNamesItsSource() => Verify("""
        Kim, a defector who left the country in 2011, placed the size of the unit at 1,200 hackers.
        The ministry pegged the number of users at 40,000 last year.
        Kim placed {|NK1001:1,200 hackers|} in the unit, a colleague wrote.
        """);

    [Fact]
    public void ANamedOrganisationMeasuringSomethingSourcesItsOwnCount() => Verify("""
        Kentik continually monitors more than 300,000 networks around the world.
        Over the summer, 38 North conducted a survey of around 60 defectors.
        North Korea monitors {|NK1001:3,000 phones|} from a building in Pyongyang.
        The peninsula measures {|NK1001:220,000 square kilometres|}.
        Researchers scanned {|NK1001:4,000 servers|} last year.
        """);

    [Fact]
    public void ACapitalisedCompoundNounIsNotANamedSubject() => Verify("""
        Follower counts for the accounts ranged from about {|NK1001:12,000|} to {|NK1001:3,000|}.
        Viewer numbers were about {|NK1001:80,000|} in May, and most viewers watched at night.
        Statistics Korea counts 5,000 base stations.
        In 2020, Kentik figures showed 300 outages.
        """);

    [Fact]
    public void LettersGluedToANumberAreNotAName() => Verify("""
        The price of 3G data was about {|NK1001:$150 a month|}.
        In May, Ookla data showed an average speed of 2 Mbps.
        """);

    [Fact]
    public void GenericEvidenceResolvesOnlyToEvidenceANameOwned() => Verify("""
        The routers could not move the data into the country. Still, the data suggests that around {|NK1001:10,000 people|} have access.
        Kentik published its data in May. According to the data, around 10,000 people have access.
        """);

    [Fact]
    public void DurationsOfIncidentsWrittenInWordsAreStatistics() => Verify("""
        The network came back after a {|NK1001:nine-hour|} outage.
        Connectivity returned after a {|NK1001:day-and-a-half-long|} blackout.
        The delegation went on a two-day visit, and the ministry announced a five-year plan.
        A three-year-old outage report was still online.
        """);

    [Fact]
    public void AValueStatedAfterAParentheticalIsAStatistic() => Verify("""
        The global average (leaving out the poorest economies and North Korea) is {|NK1001:209|}.
        The server (version 2021) is 4000.
        """);

    [Fact]
    public void AHundredPercentAsADegreeIsNotAStatistic() => Verify("""
        Frankly, this story is almost 100% nonsense, and I'm 100 percent sure of it.
        Coverage is {|NK1001:100%|} in Pyongyang, and the operator is {|NK1001:100%|} owned by the state.
        """);

    [Fact]
    public void ASourceNounCompoundWithANameAfterItSourcesTheSentence() => Verify("""
        Phones arrived in 2002 and 1,000 users had one by 2003, according to a market research report from Paul Budde Communications.
        In 2003, 1,000 people had phones, according to a detailed research report from the telecoms research company Paul Budde Communications.
        By 2003 there were {|NK1001:1,000 users|}, a research report said.
        """);

    [Fact]
    public void ACountByAYearIsNotADimension() => Verify("""
        - More than {|NK1001:3 million subscribers|} by 2016.
        The display is 1024 by 600, and the sensor 1,920 x 1,080.
        """);

    [Fact]
    public void ADomainOrAnAddressInCodeDoesNotMakeProseTechnical() => Verify("""
        The number of websites on the open `.kp` internet never exceeded {|NK1001:a few dozen|}.
        The country's {|NK1001:1,024 addresses|} sit in `175.45.176.0/22`.
        Run `Get-Job` to list the 3 jobs and skip 4.
        """);

    [Fact]
    public void PluralUnitsWithoutANumberAreVagueMagnitudes() => Verify("""
        The intruders copied {|NK1001:gigabytes of internal email|} before they left.
        The tablet holds gigabytes of photos in its flash storage.
        """);

    [Fact]
    public void DataTakenFromANameIsNotDataFromASource() => Verify("""
        The hackers stole {|NK1001:40 terabytes|} of data from Sony.
        Data from Koryolink shows 3 million users.
        """);

    // ---- options, suppression, message ---------------------------------------------------------

    [Fact]
    public void ParagraphScopeAcceptsACitationAtTheEndOfTheParagraph() => VerifyParagraphScope("""
        Kwangmyong has about 5,500 sites. Most are run by state bodies ([Telegraph](https://www.telegraph.co.uk/technology/11309882)).

        Kwangmyong has about {|NK1001:1,000 sites|}. The [Telegraph](https://www.telegraph.co.uk/technology/11309882) says so, but not here.
        """);

    [Fact]
    public void SentenceScopeIsTheDefault() => Verify("""
        Kwangmyong has about {|NK1001:5,500 sites|}. Most are run by state bodies ([Telegraph](https://www.telegraph.co.uk/technology/11309882)).
        """);

    [Fact]
    public void ASuppressionWithAReasonSilencesTheFinding() => Verify("""
        <!-- nkcontentlint-disable-next-line NK1001 -- quoted from the source below -->
        > “They compromised 15,000 user records.”
        """);

    [Fact]
    public void MessageQuotesTheStatisticAndSaysHowToFixIt()
    {
        var diagnostic = Assert.Single(AnalyzerVerifier.Verify(Analyzer, "Smartphone connections reached {|NK1001:1.9 million|} at the end of 2023.\n"));
        Assert.Equal(
            "Statistic '1.9 million' has no source in its sentence: add a link or footnote to its source, or name who counted it",
            diagnostic.Message);
        Assert.Equal((1, 32), (diagnostic.Location.StartLine, diagnostic.Location.StartColumn));
    }

    [Fact]
    public void EveryRepeatOfALongArticleIsReported()
    {
        // Speed on huge articles is measured by the benchmark (--large), not timed here.
        var text = string.Concat(Enumerable.Repeat("About 12% of 2,000 users said so in 2019, according to estimates. See [x](https://x.org/1). ", 20_000));
        var diagnostics = AnalyzerVerifier.Run(Analyzer, text);
        Assert.Equal(40_000, diagnostics.Count);
    }
}
