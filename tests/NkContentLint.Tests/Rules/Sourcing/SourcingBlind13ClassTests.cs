using NkContentLint.Rules.Sourcing;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Sourcing;

/// <summary>
/// The classes the thirteenth blind split (tests/corpora/real/blind13) and the misses blind12 left showed, each fixed
/// as a class: sentences that must fire and sentences that must not, all invented.
/// </summary>
public sealed class SourcingBlind13ClassTests
{
    private static readonly UnsourcedStatisticAnalyzer Statistic = new();
    private static readonly VagueAttributionAnalyzer Vague = new();

    private static void VerifyStatistic(string markup) => AnalyzerVerifier.Verify(Statistic, markup);

    private static void VerifyVague(string markup) => AnalyzerVerifier.Verify(Vague, markup);

    /// <summary>
    /// A compound of "men", "children" or "people" is a plural ("30 freshmen", "200 servicemen"); a singular that only ends
    /// in "men" ("specimen", "regimen") is not one, so a bare small number before it counts nothing.
    /// </summary>
    [Fact]
    public void ACompoundOfAnIrregularPluralIsCounted() => VerifyStatistic("""
        The academy admits only {|NK1001:30 freshmen per year|}.

        The unit sent {|NK1001:200 servicemen|} to the border.

        Figure 3 shows one specimen of the device.

        Patients follow regimen 2 of the plan.
        """);

    /// <summary>
    /// A currency sign set apart from its amount by a space is still its currency, and a letter set apart after a sum of
    /// money is its magnitude ("$ 81 M"); a spaced "m" after a bare number is a metre, not a million.
    /// </summary>
    [Fact]
    public void ASpacedCurrencySignAndMagnitudeAreMoney() => VerifyStatistic("""
        The hackers stole about {|NK1001:$ 81 M|} from the bank.

        The ticket cost {|NK1001:$ 5|}.

        The mast of the station stands 22.8 m above the roof.
        """);

    /// <summary>
    /// A currency word after the adjective of its country is money ("3000 North Korean won", "100 Hong Kong dollars");
    /// "won" after any other capitalised word is a verb.
    /// </summary>
    [Fact]
    public void ACurrencyAfterItsCountrysAdjectiveIsMoney() => VerifyStatistic("""
        The minimum spend is {|NK1001:3000 North Korean won|}.

        A card costs {|NK1001:100 Hong Kong dollars|}.

        In 2002 Brazil won the cup.
        """);

    /// <summary>
    /// Two whole shares that add up to 100 ("a 70:30 joint venture", "a 50/50 split") divide something between two parties:
    /// a ratio. A clock time, a date or a score never adds up to 100 in both its parts.
    /// </summary>
    [Fact]
    public void ASplitOfAHundredIsARatio() => VerifyStatistic("""
        The conglomerate set up a {|NK1001:70:30|} joint venture with the ministry.

        The partners agreed on a {|NK1001:50/50|} split of the profits.

        The meeting started at 10:30 on 12/10 and the match ended 3:1.
        """);

    /// <summary>
    /// A blog no one names is as vague a source as "a media report" ("according to a Japanese blog", "Bloggers
    /// described"); a named blog, or "the blog" after one is named, is a source.
    /// </summary>
    [Fact]
    public void AnUnnamedBlogIsVague() => VerifyVague("""
        The phone is a copy of a Chinese model, {|NK1002:according to a Japanese blog|}.

        {|NK1002:Bloggers described|} the phone as a copy.

        The phone is a copy of a Chinese model, according to the NK News blog.
        """);

    /// <summary>
    /// Professionals of a trade named by it ("Infosec pros", "IT professionals") name no one, and "characterised … as"
    /// reports their judgement as "described … as" does; a named judge is a source.
    /// </summary>
    [Fact]
    public void UnnamedProfessionalsWhoCharacteriseAreVague() => VerifyVague("""
        {|NK1002:Infosec pros characterised|} that strain of evidence as flimsy.

        {|NK1002:Security professionals say|} the evidence is flimsy.

        Martyn Williams characterised the evidence as flimsy.

        The pros and cons of the plan were clear.
        """);

    /// <summary>
    /// "…, citing the report" points back as "according to the report" does; "citing a report" and "citing its own
    /// sources" still name no one.
    /// </summary>
    [Fact]
    public void CitingADefiniteSourcePointsBack() => VerifyVague("""
        Yonhap published a report on Monday. The channel aired the story, citing the report.

        The channel aired the story, {|NK1002:citing a report|}.

        The channel aired the story, {|NK1002:citing its own sources|}.
        """);

    /// <summary>
    /// Photos, images and footage show what they show, as a map does: "Photos showed the leader inspecting a factory"
    /// names no source, so a vague attribution later in the sentence is not rescued by it.
    /// </summary>
    [Fact]
    public void PhotosAreNoNamedSource() => VerifyVague("""
        Photos showed the leader inspecting a factory, but the phone is a copy of a Chinese model, {|NK1002:according to a Japanese blog|}.

        Images show the leader inspecting a factory.

        The phone is a copy of a Chinese model, according to Yonhap.
        """);

    /// <summary>
    /// "X was quoted as saying": the subject is the speaker, the claim's source; a named or referred-back speaker is an
    /// attribution, an unnamed one ("A source was quoted as saying") stays vague.
    /// </summary>
    [Fact]
    public void AQuotedSpeakerIsTheSource() => VerifyVague("""
        Radio Free Asia spoke to a source in the city. The source was quoted as saying the rates are low.

        Kim Jong-hun was quoted as saying the rates are low.

        A source {|NK1002:was quoted as|} saying the rates are low.
        """);

    /// <summary>An outlet that quotes someone as estimating a figure is its source, as one that cites is; a passive that names no quoter and no speaker is not.</summary>
    [Fact]
    public void ANamedQuoterSourcesTheFigure() => VerifyStatistic("""
        North Korea Tech quoted an Orascom executive as estimating the number at 2.4 million.

        A trader was quoted as estimating the number at {|NK1001:2.4 million|}.
        """);

    /// <summary>
    /// "The UN and many other international organizations believe": one subject is named, with its article, as in "Ali and
    /// other experts believe"; without the name the organizations name no one.
    /// </summary>
    [Fact]
    public void ANamedConjunctWithItsArticleNamesTheSubject() => VerifyVague("""
        The UN and many other international organizations believe that the situation is unprecedented.

        {|NK1002:Many other international organizations believe|} that the situation is unprecedented.
        """);

    /// <summary>
    /// A sentence of another language's prose (a bilingual page's French half) is not read for sources NK1001 only knows
    /// in English; an English sentence with a French name or phrase in it still is.
    /// </summary>
    [Fact]
    public void ASentenceInAnotherLanguageIsNotRead() => VerifyStatistic("""
        Le solde de trésorerie de l’opérateur a augmenté de $ 510 millions à $ 540 millions, selon l’analyse par Deloitte.

        La empresa ganó 500 millones de dólares en el país, según el informe.

        The café called Le Petit Prince in the capital sold {|NK1001:2,000 cups a day|} to la clientèle.
        """);

    /// <summary>
    /// A small count whose items the next sentence names (LABELLING-DECISIONS.md), in its own paragraph or the next: the
    /// next sentence opens with the items, or points back to the counted noun and names as many. A next sentence that
    /// names a different number of things, or does not point back, leaves the count a statistic.
    /// </summary>
    [Fact]
    public void ACountNamedInTheNextSentenceIsAnEnumeration() => VerifyStatistic("""
        The state may be running at least two new Twitter accounts, though they cannot be verified.

        The two accounts, under the names of Kim Myong Il and Han Song Il, were created in October.

        Three networks serve the country. Koryolink, Kangsong Net and Sunnet are among them.

        Police seized {|NK1001:three phones|}. The phones were sent to Seoul and Tokyo.

        The regime opened {|NK1001:four new sites|}. Officials in Pyongyang and Sinuiju run them.
        """);

    /// <summary>
    /// How often the writer went somewhere ("I’ve been six times to the tower", "We have visited the country three
    /// times") is the writer's own experience; a number of times with another subject, or after "I" with a verb that is
    /// not one of going, is still a count.
    /// </summary>
    [Fact]
    public void TheWritersOwnVisitsAreNoStatistic() => VerifyStatistic("""
        And I’ve been six times to the Juche tower, a monument to self-reliance.

        We have visited the country three times since 2010.

        They have visited the country {|NK1001:12 times|} since 2010.

        I know the network went down {|NK1001:12 times|} last year.
        """);

    /// <summary>
    /// Reports with no article and no owner, opening the sentence (also after a caption the page ran on) or after "amid",
    /// "despite", "following", "after" or "with", present their claim as reported by no one; "The reports of …", "denying
    /// reports that", reports of a named body and rumours a story only mentions are not.
    /// </summary>
    [Fact]
    public void BareReportsAreVague() => VerifyVague("""
        {|NK1002:Reports of|} a nine-and-a-half hour outage have raised eyebrows.

        North Korean soldiers on parade (Source: Getty) {|NK1002:Reports of|} a nine-hour outage have raised eyebrows.

        Shares fell amid {|NK1002:reports that|} the network went down.

        The reports of the outage were wrong.

        The company denied reports that it had stopped service.

        Reports of Amnesty International describe the camps.

        The hotel is getting headlines, after rumours that it hosts hackers.
        """);

    /// <summary>
    /// A heading drops its articles, so a bare singular person ("Cybersecurity defector describes …") is the one the story
    /// is about; "A defector says", "One defector says" and "Experts say" in a heading, and a bare singular in the body,
    /// still name no one.
    /// </summary>
    [Fact]
    public void AHeadingsBareSingularPersonIsTheStorys() => VerifyVague("""
        # Cybersecurity defector describes the hacker army

        {|NK1002:Cybersecurity defector describes|} the hacker army.

        ## {|NK1002:A defector says|} the army is large

        ## {|NK1002:Experts say|} the army is large
        """);

    /// <summary>
    /// A number whose existence "there are" states is a count even when its noun is elided or split off ("there are 65");
    /// a small one, or a year, is not.
    /// </summary>
    [Fact]
    public void ANumberThereAreIsACount() => VerifyStatistic("""
        Of the banned sites, there are {|NK1001:65|} in Seoul.

        Of the phones, there were {|NK1001:120|} left.

        Of the banned sites, there are 3 in Seoul.

        In the archive there were 2008 and 2009 as the years of the ban.
        """);

    /// <summary>
    /// A prepositional phrase between a reporting verb and its "that" clause ("concluded from its investigation that")
    /// leaves the verb reporting the clause, so a referred-back subject sources its figures; "that" as a determiner ("in
    /// that report") is no clause.
    /// </summary>
    [Fact]
    public void APhraseBeforeThatKeepsTheVerbReporting() => VerifyStatistic("""
        The National Police Agency published its findings. The agency concluded from its investigation that the hackers reached over 130,000 computers.

        The hackers reached over {|NK1001:130,000 computers|}, as listed in that report.
        """);

    /// <summary>Unnamed sources reporting after a phrase are still vague ("Experts concluded from their investigation that").</summary>
    [Fact]
    public void UnnamedSourcesReportingAfterAPhraseAreVague() => VerifyVague("""
        {|NK1002:Experts concluded|} from their investigation that the hackers reached the network.
        """);

    /// <summary>A page telling its reader how often they did something there is page chrome; someone else's count is not.</summary>
    [Fact]
    public void TheReadersOwnActivityIsPageChrome() => VerifyStatistic("""
        You have commented 339 times on this site.

        They have commented {|NK1001:339 times|} on this site.
        """);

    /// <summary>
    /// A "Source:" label and a name that close the sentence name the source of its figures; a label naming no one, a
    /// picture's credit, and a label the sentence runs on past are not sources.
    /// </summary>
    [Fact]
    public void ASourceLabelClosingTheSentenceNamesTheSource() => VerifyStatistic("""
        Population: 22,665,345 Literacy Rate: 99%Source: CIA World Fact Book.

        The population is 22,665,345 (Source: CIA World Factbook).

        The population is {|NK1001:22,665,345|} (source: estimates).

        The population is {|NK1001:22,665,345|} (Source: Tomoyuki Mizuta from Pixabay).

        Soldiers on parade (Source: Yonhap) watched a {|NK1001:9-hour|} show.
        """);

    /// <summary>
    /// A full stop after a word and before a lower-case word ends a sentence whose next one lost its capital to the page: a
    /// figure after it is not sourced by a name before it. An abbreviation's stop ("approx.", "U.S.") ends nothing.
    /// </summary>
    [Fact]
    public void AFigureAfterARunOnStopIsNotSourcedBeforeIt() => VerifyStatistic("""
        Orascom said penetration remains at one percent in the country. which has a population of {|NK1001:22.8 million|}.

        Yonhap said the U.S. military has 28,500 troops.

        Yonhap said there are approx. 28,500 troops.

        Orascom said penetration remains at one percent in the country. which has 22.8 million people, the company added.
        """);
}
