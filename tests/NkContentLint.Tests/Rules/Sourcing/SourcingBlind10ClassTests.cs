using NkContentLint.Rules.Sourcing;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Sourcing;

/// <summary>
/// The error classes the tenth blind split (tests/corpora/real/blind10) showed after its one unseen score,
/// each fixed as a class: sentences that must fire and sentences that must not, all invented.
/// </summary>
public sealed class SourcingBlind10ClassTests
{
    private static readonly UnsourcedStatisticAnalyzer Statistic = new();
    private static readonly VagueAttributionAnalyzer Vague = new();

    private static void VerifyStatistic(string markup) => AnalyzerVerifier.Verify(Statistic, markup);

    private static void VerifyVague(string markup) => AnalyzerVerifier.Verify(Vague, markup);

    /// <summary>
    /// A small count of what one product is made of or comes with specifies the product (LABELLING-DECISIONS.md);
    /// what a country has installed, what was sold or seized, and a count across a new clause stay statistics.
    /// </summary>
    [Fact]
    public void AProductsOwnPartsAndContentsAreASpecification() => VerifyStatistic("""
        The tablet comes with several applications: three dictionaries for language and science; four e-books on wildlife; two education videos and a calculator.

        Most smartphones sold in Pyongyang have slots for two SIM cards.

        The engineers took the handset apart to list its components, including two memory chips from Taiwan.

        The country has {|NK1001:3 telephone lines|} and {|NK1001:10 telex lines|} to the outside world.

        The firm sold {|NK1001:40,000 tablets|}, including {|NK1001:two phones|} for officials.

        Police seized {|NK1001:three phones|} from the smuggler.

        The tablet features a TV tuner, but it only receives {|NK1001:five channels|}.
        """);

    /// <summary>A small count right after the act a rule forbids or requires defines the rule; the same act outside a rule is counted.</summary>
    [Fact]
    public void ACountInTheTermsOfARuleIsNotAStatistic() => VerifyStatistic("""
        In addition, using two phones simultaneously is illegal, as is using a phone in someone else's name.

        Owning three radios is forbidden in the border towns.

        Using {|NK1001:two phones|}, the smugglers called {|NK1001:three brokers|} in China.
        """);

    /// <summary>Items named in apposition end at the comma after the item that follows "and"; a list of another size still counts.</summary>
    [Fact]
    public void AnAppositionListEndsAtTheCommaAfterItsLastItem() => VerifyStatistic("""
        Around 2 p.m., the networks of KBS, MBC and YTN and two banks, Shinhan and Nonghyup, froze.

        The networks of {|NK1001:three banks|}, Shinhan and Nonghyup, froze.
        """);

    /// <summary>"asserted" attributes before a figure that starts its clause, as "said" does; "added" before a figure stays an act.</summary>
    [Fact]
    public void AssertedBeforeAFigureAttributes() => VerifyStatistic("""
        In 2012, South Korea asserted 3,000 people belonged to Unit 121 and this year predicted an increase to 5,900.

        In 2012, the operator added {|NK1001:3,000 subscribers|} in Pyongyang.
        """);

    /// <summary>A country's government is one institution, as its police is; a country's officials stay unnamed.</summary>
    [Fact]
    public void ACountrysGovernmentIsNamed() => VerifyStatistic("""
        South Korea’s government estimates its economy is about 22 times bigger than the North’s.

        Japan's government says 3,000 people belong to the unit.

        U.S. officials say {|NK1001:3,000 people|} belong to the unit.
        """);

    /// <summary>Evidence made by a definite body the article refers back to is that body's; the same evidence by no one is not.</summary>
    [Fact]
    public void EvidenceByADefiniteReferenceIsNamed() => VerifyStatistic("""
        Seoul set up a joint investigation team in March.

        Based on 76 malicious codes, the attack was planned, according to the probe results by the government-led investigation team.

        Based on {|NK1001:76 malicious codes|}, the attack was planned, according to the probe results.
        """);

    /// <summary>A claim made conditional on unnamed sources rests on them; on named or referred-back reports it does not.</summary>
    [Fact]
    public void AConditionOnUnnamedReportsIsVague() => VerifyVague("""
        And one such location – {|NK1002:if media reports are to be believed|} – is the Chilbosan Hotel in Shenyang.

        {|NK1002:If rumours are true|}, the unit has grown.

        Yonhap described the hotel in May. If the reports are true, the unit has grown.

        If Yonhap's reports are to be believed, the unit has grown.

        If prices are to be believed, the market has grown.
        """);

    /// <summary>Estimates that differ attribute a figure only when their sentence gives one; a name's number or a year is no figure.</summary>
    [Fact]
    public void EstimatesThatVaryWithNoFigureAnnounceWhatFollows() => VerifyVague("""
        Estimates vary on Unit 121's size. In 2012, South Korea said 3,000 people belonged to it.

        Estimates range for 2013 and before.

        {|NK1002:Estimates vary|} widely, from a few hundred to several thousand.

        {|NK1002:Estimates vary|}, but the unit may hold 6,000 people.
        """);

    /// <summary>The publisher's own audience in its call to subscribe is page chrome; the same count outside the call, or another count in it, is not.</summary>
    [Fact]
    public void ThePublishersOwnAudienceInACallToSubscribeIsChrome() => VerifyStatistic("""
        Subscribe now to get daily news right to your inbox, along with our millions of other subscribers.

        Join our 40,000 readers today.

        Our {|NK1001:40,000 readers|} in Pyongyang use the service.

        Subscribe now: the regime has {|NK1001:40,000 hackers|}.
        """);

    /// <summary>An unnamed speaker who opens the clause a named speaker reports is relayed by that speaker; alone, after an unnamed reporter, or a listed phrase, it stays vague.</summary>
    [Fact]
    public void AnUnnamedSpeakerRelayedByANamedOneIsNotVague() => VerifyVague("""
        A 2009 report by Army Major Steve Sin places the unit in the hotel. He claims that a North Korean defector said in 2004 that some teams work there.

        Steve Sin wrote that a former official said the unit had moved.

        {|NK1002:A North Korean defector said|} in 2004 that some teams work there.

        {|NK1002:Experts say|} that {|NK1002:a North Korean defector said|} the unit has grown.

        Kim said that {|NK1002:experts say|} the unit has grown.
        """);

    /// <summary>A listed phrase spelled with Cyrillic look-alike letters is the phrase; a Cyrillic word that is no Latin look-alike is not.</summary>
    [Fact]
    public void AListedPhraseSpelledWithLookalikeLettersIsThePhrase() => VerifyVague("""
        North Korea barely has access to the Internet, but thе militаrу {|NK1002:is ѕаid tо|} hаndрiсk thе mеmbеrѕ of this unit.

        The unit {|NK1002:rеpоrtеdlу|} grew.

        The military is сказал to handpick the members of this unit.
        """);

    /// <summary>A count that opens a quoted name after an article is part of the name; the same words unquoted, or a quoted figure alone, are counted.</summary>
    [Fact]
    public void ACountOpeningAQuotedNameIsPartOfTheName() => VerifyStatistic("""
        There is a ‘three generations of punishment policy’ in North Korea.

        Those stars are the “Three Stars of Paektu” in the song.

        The police punished {|NK1001:three brothers|} of a family.

        The regime runs {|NK1001:three prisons|} for ‘enemies of the state’.
        """);
}
