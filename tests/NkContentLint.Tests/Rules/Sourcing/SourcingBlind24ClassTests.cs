using NkContentLint.Rules.Sourcing;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Sourcing;

/// <summary>
/// English error classes the twenty-fourth and twenty-fifth blind splits (tests/corpora/real/blind24, blind25) showed after
/// their one unseen score, each fixed as a class: sentences that must fire and sentences that must not, all invented.
/// </summary>
public sealed class SourcingBlind24ClassTests
{
    private static readonly UnsourcedStatisticAnalyzer Statistic = new();
    private static readonly VagueAttributionAnalyzer Vague = new();

    /// <summary>
    /// A named subject's accusing or linking verb ("linked the hackers to a $615mn heist", "denounced", "condemned") is its
    /// claim and sources the figures in it; with an unnamed subject it is vague. Right before "to" or "with" a linking verb is a
    /// participle ("the Lazarus Group linked to North Korea stole $81m"), which sources nothing.
    /// </summary>
    [Fact]
    public void ANamedSubjectsLinkingVerbSourcesTheFigures()
    {
        AnalyzerVerifier.Verify(Statistic, """
            This month, the US Treasury linked North Korean hackers to a $615mn crypto heist from players of a game.

            The FBI linked the group to the theft of $81 million from the central bank.

            Pyongyang denounced the 11 new sanctions in a statement on Monday.

            The Lazarus Group linked to North Korea stole {|NK1001:$81m|} from the bank.

            A group tied with the regime stole {|NK1001:$40m|} last year.
            """);
        AnalyzerVerifier.Verify(Vague, """
            {|NK1002:Experts linked|} the group to the theft of $81 million.
            """);
    }

    /// <summary>
    /// A hedge in a relative clause on the object of a named subject's accusing verb reports that subject's allegation: "the
    /// Labour Party denounced news that allegedly aimed to destabilise the regime" names it. A named report that is no
    /// accusation before such a hedge does not back it, nor an accusation before a clause set off by a comma, which adds a
    /// fact of its own; a hedge with no accuser stays vague.
    /// </summary>
    [Fact]
    public void AHedgeOnAnAccusationsObjectIsTheAccusers()
    {
        AnalyzerVerifier.Verify(Vague, """
            North Korea's ruling Labour Party, the only party allowed, last month denounced news from the outside world that allegedly aimed to destabilise the regime.

            The Foreign Ministry condemned broadcasts which allegedly insulted the leader.

            Seoul accused the hackers who allegedly work for the state of stealing the data.

            Seoul has blamed Pyongyang for the attack, which {|NK1002:reportedly|} wiped half the bank's servers.

            Reuters said the hackers, who {|NK1002:reportedly|} work for the state, stole the money.

            The regime banned news that {|NK1002:allegedly|} aimed to destabilise it.
            """);
    }

    /// <summary>
    /// "according to a new analysis of the country's devices", "a recent detailed study": lower-case modifiers between the
    /// article and the evidence noun leave it indefinite and unowned, as "according to an analysis" is. A maker or owner
    /// named after it ("a new analysis by Lumen") names the source.
    /// </summary>
    [Fact]
    public void AnIndefiniteModifiedAnalysisIsVague() => AnalyzerVerifier.Verify(Vague, """
        North Koreans play a game of cat and mouse with the regime, {|NK1002:according to a new analysis of the country's telecommunications|} devices.

        The network has grown, {|NK1002:according to a recent detailed study|}.

        The network has grown, according to a new analysis by Lumen.

        The network has grown, according to a new analysis of Orascom's statements.
        """);

    /// <summary>
    /// A pronoun that reports after an impersonal "it is said that" points back to someone inside the rumour, not to whoever
    /// said it: "It is said that …, and apparently, he said make it the same" stays vague. A name in words after it, or a
    /// pronoun's report before it, still sources it.
    /// </summary>
    [Fact]
    public void APronounInsideAnImpersonalRumourDoesNotSourceIt() => AnalyzerVerifier.Verify(Vague, """
        Kim Jong Un likes Apple computers.

        {|NK1002:It is said that|} the design was influenced by the leader's iMac, and apparently, he said make it the same.

        {|NK1002:It is believed that|} the engineers copied the interface, as he told them to.

        It is said that the design was influenced by the leader's iMac, according to Yonhap.

        He said it is believed that the engineers copied the interface.
        """);

    /// <summary>
    /// "in the 2024 edition of the Reporters Without Borders (RSF) World Press Freedom Index", "in the Global Cybersecurity
    /// Index": a document named by its title that the sentence places something in sources the sentence. A one-word title
    /// ("the Index") is no name, and a titled document only mentioned (not placed in) sources nothing.
    /// </summary>
    [Fact]
    public void ARankInANamedIndexIsSourced() => AnalyzerVerifier.Verify(Statistic, """
        Estonia rose by two places to sixth place after Finland in the 2024 edition of the Reporters Without Borders (RSF) World Press Freedom Index.

        The country rose by 12 places in the Global Cybersecurity Index this year.

        North Korea lost 40 points in the ITU Development Index.

        The country rose by {|NK1001:12 places|} in the Index this year.

        The country rose by {|NK1001:12 places|} after the Global Cybersecurity Index was published.
        """);

    /// <summary>
    /// "an official with the Wireless Service Department in Yanggang province" names the body the person works for, as "a
    /// source at Orascom" does. "with" after evidence ("a report with …"), before a topic ("sources with knowledge of Samsung's
    /// plans") or before a place only ("an official with ties in Seoul") names no one.
    /// </summary>
    [Fact]
    public void AnOfficialWithANamedBodyIsNamed()
    {
        AnalyzerVerifier.Verify(Statistic, """
            The cost dropped from 25 yuan per month to 1,000 won in 2014, according to an official with the Wireless Service Department in Yanggang province.

            Prices rose by 30 percent, a spokesman with Koryolink said.

            Prices rose by {|NK1001:30 percent|}, according to sources with knowledge of Samsung's plans.
            """);
        AnalyzerVerifier.Verify(Vague, """
            The cost dropped to 1,000 won, {|NK1002:according to an official|} with ties to Seoul.

            The cost dropped to 1,000 won, according to an official with the Ministry of Posts and Telecommunications.
            """);
    }

    /// <summary>
    /// The term of a penalty a law sets, named after "of" ("can face up to five years of correctional labor", "the penalty is
    /// up to ten years of hard labour"), is no statistic, as "punishable by up to five years in jail" is not. A term handed
    /// down ("was sentenced to 15 years of hard labour") and a duration of an event stay statistics.
    /// </summary>
    [Fact]
    public void ALawsPenaltyOfLabourIsNoStatistic() => AnalyzerVerifier.Verify(Statistic, """
        As per the law, a convict can face up to five years of correctional labor.

        The penalty is up to ten years of hard labour.

        Offenders face three years of detention.

        He was sentenced to {|NK1001:15 years|} of hard labour.

        Workers spent {|NK1001:five years|} of their lives in the camp.
        """);

    /// <summary>
    /// A verb of finding whose object is a means ("have found plenty of ways to smuggle", "found a way around the block")
    /// finds how to do something, not a fact, and attributes nothing. "found that" and a finding with a figure stay vague.
    /// </summary>
    [Fact]
    public void FindingAMeansIsNoAttribution() => AnalyzerVerifier.Verify(Vague, """
        And activists have found plenty of ways to smuggle digital contraband into the country.

        Defectors found a way around the block.

        Smugglers find new routes into the country.

        {|NK1002:Activists have found|} that most phones are smuggled.

        {|NK1002:Researchers found|} 2,000 smuggled phones.
        """);

    /// <summary>
    /// A bare "authorities" (or "the authorities") as the subject of a reporting verb, after the article has already spoken of
    /// the authorities, is that state actor again stating its own stance or warning: "authorities warned that using phones
    /// would lead to punishment" names no unnamed source. With a figure in the sentence, as the first mention, or qualified
    /// ("American authorities believe") it is vague as before.
    /// </summary>
    [Fact]
    public void AStateActorReferredBackIsNoVagueSource()
    {
        AnalyzerVerifier.Verify(Vague, """
            North Korean authorities started a crackdown on Chinese phones in October.

            In a recent lecture to the members of a women's union, authorities warned that using Chinese-made phones would lead to punishment.

            This is because the authorities believe outside information is a threat to the regime.

            {|NK1002:Authorities said|} that 40 people were arrested.

            {|NK1002:American authorities believe|} the hackers work for the state.
            """);
        AnalyzerVerifier.Verify(Vague, """
            The crackdown began in October.

            {|NK1002:Authorities believe|} outside information is a threat to the regime.
            """);
    }
}
