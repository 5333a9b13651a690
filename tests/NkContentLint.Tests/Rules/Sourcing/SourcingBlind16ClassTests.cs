using NkContentLint.Rules.Sourcing;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Sourcing;

/// <summary>
/// The error classes the sixteenth blind split (tests/corpora/real/blind16) showed after its one unseen score, and
/// those blind14 and blind15 left, each fixed as a class: sentences that must fire and sentences that must not, all
/// invented.
/// </summary>
public sealed class SourcingBlind16ClassTests
{
    private static readonly UnsourcedStatisticAnalyzer Statistic = new();
    private static readonly VagueAttributionAnalyzer Vague = new();

    private static void VerifyStatistic(string markup) => AnalyzerVerifier.Verify(Statistic, markup);

    private static void VerifyVague(string markup) => AnalyzerVerifier.Verify(Vague, markup);

    /// <summary>
    /// "sources from inside North Korea" says where unnamed sources are, as "sources in Seoul" does; a name that is not a
    /// place after the preposition still names whom they work for.
    /// </summary>
    [Fact]
    public void SourcesFromInsideAPlaceAreUnnamed() => VerifyVague("""
        Handset prices are falling, {|NK1002:according to sources|} from inside North Korea.

        Handset prices are falling, {|NK1002:according to sources|} from within China.

        Handset prices are falling, according to officials from inside Koryolink.
        """);

    /// <summary>
    /// A multiplier in the base form after an approximation ("more than double", "nearly triple") is a statistic, as
    /// "doubled" is; the word alone is an adjective.
    /// </summary>
    [Fact]
    public void AnApproximateBaseFormMultiplierIsAStatistic() => VerifyStatistic("""
        The operator saw sales more than {|NK1001:double|} in the first quarter.

        The new phone costs roughly {|NK1001:double|} the price of ordinary phones.

        Its revenue will nearly {|NK1001:triple|}.

        The official leads a double life.

        The editors talk about double standards.
        """);

    /// <summary>
    /// "The strategy is twofold:" and a colon that names the parts enumerates them (the enumeration decision); a
    /// quantity that grows twofold, or an increase that is twofold, is a multiplier.
    /// </summary>
    [Fact]
    public void AThingThatIsTwofoldHasParts() => VerifyStatistic("""
        The country's cyber strategy is twofold: it trains an elite force; on the other hand, it cuts its citizens off.

        The aim was threefold — to earn money, to spy and to disrupt.

        Revenue grew {|NK1001:twofold|} in 2010.

        The increase was {|NK1001:twofold|}.
        """);

    /// <summary>
    /// The count after "per" is the base a rate is stated on, a unit, when the sentence states no value of the rate;
    /// with a value before or after it ("4.82 lines per 100 persons", "per 100 inhabitants: 5") it still carries it.
    /// </summary>
    [Fact]
    public void TheBaseOfARateStatedNowhereCountsNothing() => VerifyStatistic("""
        The first chart shows subscription growth (per 100 people) by income group.

        The country had about {|NK1001:4.82 lines|} per {|NK1001:100 persons|}.

        Subscriptions per {|NK1001:100 inhabitants|}: 5 (2021 est.)

        Subscriptions rose from {|NK1001:5 per 100 people|} to {|NK1001:61 per 100 people|}.
        """);

    /// <summary>
    /// "there he was quoted as saying": a pronoun after a fronted adverb is the quoted speaker, named in the sentence;
    /// an unnamed speaker is still vague.
    /// </summary>
    [Fact]
    public void APronounAfterAFrontedAdverbIsTheQuotedSpeaker() => VerifyVague("""
        Holtermann spoke with a German daily: there he was quoted as saying that the country was tomorrow's India.

        Kim visited the plant. Later he was quoted as saying that the network was slow.

        A source {|NK1002:was quoted as|} saying that the network was slow.
        """);

    /// <summary>
    /// A quick look anyone can take ("a fast scan of the addresses on the poster shows") is the writer's own reading of
    /// what the article shows, as a closer examination continues one it described; an in-depth study is someone's.
    /// </summary>
    [Fact]
    public void AQuickLookIsTheWritersOwnReading() => VerifyVague("""
        Aram Pan photographed a poster of the sites. A fast scan of the addresses on the poster shows that private address spaces are used.

        Williams posted the list. A quick look at the list shows that most sites are for universities.

        Williams posted the code. {|NK1002:An in-depth look into the code reveals|} that it is old.
        """);

    /// <summary>
    /// A story or article from a named outlet is that outlet's, as data from it is; a named body's series with its title
    /// between the possessive and the noun ("the World Bank’s World Development indicators") sources what it covers.
    /// </summary>
    [Fact]
    public void AStoryFromANamedOutletIsSourced() => VerifyStatistic("""
        We noted a recent story from North Korea Tech reporting the subscriber figures at 2.4 million.

        Thanks to the World Bank’s World Development indicators, which keep a dataset for over 200 countries, we can compare.

        A story put the number at {|NK1001:2.4 million|}.

        The dataset covers {|NK1001:200 countries|}.
        """);

    /// <summary>
    /// An unnamed subject that cites or quotes a name passes on that named source's word ("the local press, too, cited
    /// North Korea Info Bank"); one that cites a place, or cites nothing, names no one.
    /// </summary>
    [Fact]
    public void AnUnnamedSubjectCitingANamePassesItOn() => VerifyVague("""
        The local press, too, cited North Korea Info Bank in reports about diets.

        {|NK1002:The local press cited|} North Korea as the culprit.

        {|NK1002:Experts say|} the network is slow.
        """);

    /// <summary>A brand written in camel case ("eToro says") is a name, as a capitalised one is; a lower-case word is not.</summary>
    [Fact]
    public void ACamelCaseBrandIsAName() => VerifyStatistic("""
        - eToro says crypto made up 73% of trading commissions in the last quarter.

        - crypto made up {|NK1001:73%|} of trading commissions in the last quarter, says one broker.
        """);

    /// <summary>
    /// The length of the writer's own trip ("our recent 10-day May Day tour") is the writer's experience, as how often
    /// they went is; the length of anyone else's trip, or of an event, stays a statistic.
    /// </summary>
    [Fact]
    public void TheLengthOfTheWritersOwnTripIsTheirs() => VerifyStatistic("""
        We had to check it out on our recent 10-day May Day tour in Pyongyang.

        I saw it on my 14-day trip to the country.

        The delegation went on a {|NK1001:10-day|} tour of the country.

        Our {|NK1001:10-day|} outage cost us customers.
        """);

    /// <summary>
    /// A small number of generations counts the links of a family or a line of rulers ("three generations of Kims"), a
    /// lineage; other counts in the sentence, and a large number of generations, are still statistics.
    /// </summary>
    [Fact]
    public void GenerationsOfALineAreALineage() => VerifyStatistic("""
        The nuclear threat has been the goal for three generations of Kims.

        Three generations of families share {|NK1001:20 phones|}.

        The network has served {|NK1001:300 generations|} of students.
        """);

    /// <summary>
    /// "the Arirang show": an evidence verb in the base form after "the" and a singular name is a noun the name
    /// qualifies, no attribution, so the count in the sentence is unsourced; evidence in the plural still shows.
    /// </summary>
    [Fact]
    public void TheBaseFormAfterASingularNameIsANoun() => VerifyStatistic("""
        {|NK1001:20,000 young north koreans|} facing the spectators during the Arirang show flip coloured cards.

        The Ookla data show that 300 users are online.
        """);
}
