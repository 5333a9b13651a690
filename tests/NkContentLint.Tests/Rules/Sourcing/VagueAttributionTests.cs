using System.Collections.Immutable;
using NkContentLint.Rules.Sourcing;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Sourcing;

public sealed class VagueAttributionTests
{
    private static readonly VagueAttributionAnalyzer Analyzer = new();

    private static void Verify(string markup) => AnalyzerVerifier.Verify(Analyzer, markup);

    // ---- fires ---------------------------------------------------------------------------------

    [Fact]
    public void ImpersonalReportingFires() => Verify("""
        {|NK1002:It has been reported that|} Koryolink froze its operations at the end of 2017.
        {|NK1002:It is known that|} the Korea Computer Center censors foreign websites.
        {|NK1002:As is widely reported|}, the Facebook page lasted only days.
        """);

    [Fact]
    public void AccordingToWithoutANameFires() => Verify("""
        {|NK1002:According to estimates|}, none of the smartphones sold in the country are made there.
        - **Subscribers:** 7.5 million, {|NK1002:according to industry estimates|}
        """);

    [Fact]
    public void AnUnnamedGroupAsTheSourceFires() => Verify("""
        {|NK1002:Experts say|} Red Star OS watermarks every file a user opens.
        {|NK1002:A source said|} that Koryolink quietly raised its prices.
        {|NK1002:Many believe|} the chat rooms were closed after a flash mob.
        {|NK1002:Western analysts widely assume|} that Byol is a new brand for Kangsong Net.
        """);

    [Fact]
    public void UnnamedEvidenceAsTheSourceFires() => Verify("""
        {|NK1002:Studies show|} that smartphones log every screenshot.
        {|NK1002:Data reveals|} that 80 percent of Kwangmyong traffic is email.
        {|NK1002:Surveys of defectors indicate|} that foreign media spreads on USB sticks.
        """);

    [Fact]
    public void AgentlessParticiplesWithoutIsFire() => Verify("""
        Two channels {|NK1002:thought to be|} run by a state agency were removed.
        The group, {|NK1002:suspected of|} stealing $600 million, has gone quiet.
        {|NK1002:It's been widely speculated that|} the network was attacked.
        The tablet {|NK1002:was known to|} cost about $300 in 2013.
        The unit {|NK1002:is known to|} recruit students.
        """);

    [Fact]
    public void EstimatesThatRangeFireUnlessTheSentenceNamesWhose() => Verify("""
        {|NK1002:Estimates of the number of sites on the intranet range|} from 1,000 to 5,000.
        Estimates of the number of sites range from 1,000 to 5,000, according to the Stimson Center.
        Koryolink's prices range from $5 to $10.
        The network is known as Kwangmyong, and it is known for slow pages.
        """);

    [Fact]
    public void NamingAndTheStatesOwnMediaAreNotVague() => Verify("""
        Kwangmyong, as it is known, is run by the computer centre.
        State-run media blamed the outage on an attack, and the North's official media said it was over.
        {|NK1002:Local media said|} the network was down.
        {|NK1002:A research report said|} the network was down.
        """);

    [Fact]
    public void AnInterposedAttributionFires() => Verify("""
        Uriminzokkiri, {|NK1002:experts believe|}, is run by the United Front Department.
        """);

    [Fact]
    public void AnAgentlessPassiveFires() => Verify("""
        The Arirang phone {|NK1002:is thought to|} be a rebadged Chinese model.
        The number of internet users {|NK1002:is estimated at|} a few thousand.
        Since 2008, Koryolink {|NK1002:is believed to|} have sold more than 4 million handsets.
        """);

    [Fact]
    public void HedgingAdverbsAndAnEstimatedFire() => Verify("""
        The State Security Ministry {|NK1002:reportedly|} monitors every text message.
        Kwangmyong serves {|NK1002:an estimated|} 2 million users.
        - Red Star OS: **{|NK1002:widely believed|}** to track users through file watermarks.
        """);

    [Fact]
    public void ALinkOrFootnoteDoesNotNameTheSource() => Verify("""
        {|NK1002:Reports suggest|}[^5] that about 5,000 sites are on the intranet.
        {|NK1002:Experts say|} [fewer than 10,000 people](https://datareportal.com/reports/digital-2024-north-korea) can reach the internet.

        [^5]: An unsigned blog post.
        """);

    [Fact]
    public void AVagueClauseStaysVagueNextToANamedOne() => Verify("""
        Data from Koryolink shows 2 million subscribers, and {|NK1002:studies show|} most of them live in Pyongyang.
        """);

    [Fact]
    public void AnAttributionAfterAQuestionFires() => Verify("""
        How many North Koreans are online? Fewer than 20,000, {|NK1002:by most accounts|}.
        """);

    [Fact]
    public void ADraftWithAMissingFullStopStillFires() => Verify("""
        The count is rough {|NK1002:according to estimates|} As a result nobody quotes it.
        """);

    [Fact]
    public void ExtraPhrasesFromTheConfigurationFire() => AnalyzerVerifier.Verify(
        Analyzer,
        """
        {|NK1002:Insiders reveal|} that the Manbang box records what viewers watch.
        """,
        AnalyzerVerifier.WithOptions(VagueAttributionAnalyzer.Rule, ("extra_phrases", ImmutableArray.Create("insiders reveal"))));

    // ---- does not fire -------------------------------------------------------------------------

    [Fact]
    public void UnnamedSourcesAfterTheirVerbFire() => Verify("""
        It may have been an internal fault, as both links were affected, {|NK1002:said researchers|} who monitor the network.
        The handsets cost $300 each, {|NK1002:said a source|}, who wished to remain anonymous.
        """);

    [Fact]
    public void PlacesAndAnonymityDoNotNameASource() => Verify("""
        {|NK1002:Several North Korea watchers said|} the tablet is new.
        {|NK1002:A Tokyo newspaper reported|} that the ban was lifted.
        Phones will be allowed in April, {|NK1002:according to an unnamed North Korean official in Beijing|}.
        {|NK1002:Refugee groups say|} the recall was quiet.
        """);

    [Fact]
    public void PassivesWithAsAndEvidenceVerbsWithPeopleFire() => Verify("""
        Iran {|NK1002:has been reported as|} having similar plans.
        {|NK1002:Some analysts suggest|} the launch was delayed.
        {|NK1002:It was separately suggested that|} the network was upgraded.
        """);

    [Fact]
    public void ReferencesBackToANamedSourceDoNotFire() => Verify("""
        Researchers at Recorded Future studied the traffic. According to the researchers, most users browse at night.
        The report revealed that users near the border can call China. The news site noted that Huawei supplied the kit.
        """);

    [Fact]
    public void NamesInUnusualPositionsDoNotFire() => Verify("""
        The committee's sites were listed, reported Fox News.
        Cellphones came through Orascom, which says the network has grown.
        Naguib Sawiris, Orascom's chairman (pictured left), has said that the business is on track.
        Professor Kim, who taught for years in Pyongyang, told the BBC that the unit exists.
        Ali and other experts believe this outage was not an attack.
        Blocks are the norm, according to a report on Radio Free Asia.
        North Korea allegedly has a large unit, according to a recent report published by the U.S. Army.
        Orascom announced in January that it would invest in the network.
        GitHub revealed the list on Tuesday.
        """);

    [Fact]
    public void VerbsThatNeedAClauseAndNounsThatLookLikeVerbsDoNotFire() => Verify("""
        Officials concluded a deal with Orascom to launch a network.
        Other domains belong to official state news organisations such as the Rodong Sinmun.
        """);

    [Fact]
    public void ANameInAnotherPhraseDoesNotNameTheSubject() => Verify("""
        The country closed its border with China and {|NK1002:refugee groups say|} punishments rose.
        """);

    [Fact]
    public void IdiomsWithReportingWordsDoNotFire() => Verify("""
        Social media users take note: you can now follow North Korea on Twitter.
        """);

    [Fact]
    public void EstimatesRumoursAndReadingsWithNoOneBehindThemFire() => Verify("""
        {|NK1002:Estimates vary|} widely, from a few hundred to several thousand.
        {|NK1002:Rumours have long circulated|} that the leader uses a Mac.
        {|NK1002:A close reading of the source code shows|} that it tracks files.
        {|NK1002:Several US officials close to the Sony attack investigations said|} the servers were hit.
        While {|NK1002:some suspect|} an attack, others disagree.
        """);

    [Fact]
    public void ReferencesWithPossessivesAndTheSameSourceDoNotFire() => Verify("""
        Kaspersky studied the malware. Their report noted that it spread by USB.
        Softpedia described the unit in 2012. A 2013 report from the same source said it had grown.
        """);

    [Fact]
    public void ARoleOrOutletBeforeItsNameIsNamed() => Verify("""
        According to local news site Daily NK, the towers are finished.
        According to cybersecurity researcher Junade Ali, the country lost access on Wednesday.
        The number has neared 2 million, {|NK1002:a U.S.-based North Korean news website reported|}.
        {|NK1002:Sources recently returned from North Korea said|} the ban will be lifted.
        The Treasury Department sanctioned Tornado Cash, alleging its involvement in laundering.
        """);

    [Fact]
    public void NamedAttributionsDoNotFire() => Verify("""
        According to the ITU, North Korea does not report internet usage data.
        38 North noted that the Russian link supplements China Unicom.
        Reuters, citing Dyn, reported that TransTeleCom handles most of the traffic.
        South Korea's National Intelligence Service believes the site belongs to the United Front Department.
        Per North Korea Tech, the Pyongyang phone ships with a locked app store.
        """);

    [Fact]
    public void AnUnnamedGroupTiedToANameDoesNotFire() => Verify("""
        Experts at 38 North say the Sunnet network was a false start.
        Researchers at Recorded Future found that elite users browse mostly during office hours.
        One expert, Martyn Williams, says Byol and Kangsong Net may be the same operator.
        Studies by the Stimson Center show that smartphone use is spreading.
        """);

    [Fact]
    public void AnAnonymousSourceQuotedByANamedOutletDoesNotFire() => Verify("""
        A source in Ryanggang told Daily NK that Kangsong Net SIMs are sold only with new phones.
        """);

    [Fact]
    public void APassiveWithANamedAgentDoesNotFire() => Verify("""
        The site is believed by the National Intelligence Service to be a front for the United Front Department.
        Mobile penetration is estimated by GSMA Intelligence at 28.7 percent.
        """);

    [Fact]
    public void ASourceNamedElsewhereInTheSentenceCoversPhrasesThatLeaveItOut() => Verify("""
        An estimated 7.5 million connections were active in early 2024, according to GSMA Intelligence.
        According to estimates (Williams, 2014), between 10,000 and 20,000 people use the internet.
        """);

    [Fact]
    public void TheAuthorsOwnStanceAndNearMissesDoNotFire() => Verify("""
        We believe the intranet deserves more study than the internet does.
        Users can report bugs in Red Star OS through a form on Kwangmyong.
        Kwangmyong is known for its long queues.
        Estimates of internet users range from a few hundred to 1,000 at most (Foreign Policy, 2013).
        """);

    [Fact]
    public void TitlesAndQuotationsAreSomeoneElsesWords() => Verify("""
        The Naenara portal has a section called *Experts Say*, which republishes party editorials.
        KCNA wrote that "experts say the network is the best in the world".
        """);

    [Fact]
    public void CodeFootnoteDefinitionsAndKoreanTextDoNotFire() => Verify("""
        Search the logs for `reportedly` and `experts say`.[^1]
        연합뉴스에 따르면 광명은 2000년에 개통되었다.

        [^1]: Reportedly compiled by the desk; it has been reported in several places.
        """);

    [Fact]
    public void PluralNounsAndNegatedSubjectsAreNotAttributions() => Verify("""
        Research notes on the tools were gathered from their repositories.
        No source gives this count for @uriminzok, and no corroborating source was found.
        """);

    // ---- suppression, message ------------------------------------------------------------------

    [Fact]
    public void ASuppressionSilencesTheFinding() => Verify("""
        <!-- nkcontentlint-disable-next-line NK1002 -- the survey's authors asked to stay anonymous -->
        Researchers say smartphone use is spreading beyond Pyongyang.
        """);

    [Fact]
    public void MessageQuotesThePhraseAndSaysWhatAGoodSourceIs()
    {
        var diagnostic = Assert.Single(AnalyzerVerifier.Verify(Analyzer, "{|NK1002:According to estimates|}, none of the smartphones are made there.\n"));
        Assert.Equal(
            "Vague attribution 'According to estimates' names no one: say who (a person, outlet, agency or report) and link or footnote the source",
            diagnostic.Message);
    }
}
