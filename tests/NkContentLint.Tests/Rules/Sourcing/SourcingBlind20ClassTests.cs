using NkContentLint.Rules.Sourcing;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Sourcing;

/// <summary>
/// The English error classes the twentieth blind split (tests/corpora/real/blind20) showed, each fixed as a class:
/// sentences that must fire and sentences that must not, all invented.
/// </summary>
public sealed class SourcingBlind20ClassTests
{
    private static readonly UnsourcedStatisticAnalyzer Statistic = new();
    private static readonly VagueAttributionAnalyzer Vague = new();

    private static void VerifyStatistic(string markup) => AnalyzerVerifier.Verify(Statistic, markup);

    private static void VerifyVague(string markup) => AnalyzerVerifier.Verify(Vague, markup);

    /// <summary>
    /// A hedge stays vague when a maker follows "by" (the maker is what the claim is about, not who reports it), and an
    /// evidence noun that qualifies the noun after it ("an IT research center", "a data centre") is no evidence a name
    /// before it owns, so it rescues no hedge. An agent that reports ("confirmed by Reuters") and a name that owns
    /// evidence as its head ("Ookla data for 2024") still name a source.
    /// </summary>
    [Fact]
    public void AHedgeBeforeAMakerOrAResearchCenterStaysVague() => VerifyVague("""
        The tablet was {|NK1002:reportedly|} produced by the Korea Computer Center (KCC), which is a state-run IT research center.

        The servers are {|NK1002:allegedly|} housed in a KCC data centre near the river.

        The phone was {|NK1002:purportedly|} made by Huawei.

        The figure was reportedly confirmed by Reuters.

        The tablet was reportedly produced by the Korea Computer Center, according to Yonhap.

        The speed was reportedly low, as Ookla data for 2024 shows.
        """);

    /// <summary>
    /// After a named speaker, "said" and a noun phrase followed by a finite verb ("said authorities in Pyongyang had issued
    /// a directive") report a clause whose subject is that noun phrase; the speaker is the one before "said". A noun phrase
    /// that ends its clause after "said" is an inverted speaker and stays vague when it names no one.
    /// </summary>
    [Fact]
    public void SaidBeforeTheSubjectOfAReportedClauseIsTheNamedSpeakers() => VerifyVague("""
        Defectors at the Seoul-based group, North Korea Intellectuals Solidarity, said authorities in Pyongyang had issued a directive that all households buy a jamming device.

        Members of the Citizens' Alliance said officials in Hyesan will inspect every house.

        Researchers at the Korea Institute, a state think tank, said officials in Sinuiju issued a ban on the phones.

        The network was shut down in 2004, {|NK1002:said authorities in Seoul|}.

        "It was down for days," {|NK1002:said officials involved in the project|}.
        """);

    /// <summary>
    /// A sentence that reports that claims were made ("state media has made similar claims recently for laptop computers")
    /// takes the claims as its topic: the "has" left in the subject is the clause's own verb and "claims" its object, not a
    /// reporting verb. A claim stated after "that" is still reported on no one's word.
    /// </summary>
    [Fact]
    public void MakingClaimsIsNoAttribution() => VerifyVague("""
        While Park claimed it was developed locally, state media has made similar claims recently for laptop computers that were built in China.

        Analysts have made such claims before about other devices.

        {|NK1002:Experts have made claims|} that 2 million people use phones.

        {|NK1002:Experts claim|} that 2 million people use phones.
        """);

    /// <summary>
    /// An ordinal of a magnitude before what it counts ("the 1 millionth cellphone user", "its millionth subscriber") is a
    /// milestone: the count reached, a statistic. Before "of" it is a fraction ("a millionth of a second"), and an ordinal
    /// below a thousand orders rather than counts ("the 100th anniversary").
    /// </summary>
    [Fact]
    public void AMilestoneOrdinalIsACount() => VerifyStatistic("""
        Apparently North Korea is expected to register the {|NK1001:1 millionth cellphone user|} on its new 3G network by the end of the year.

        Koryolink signed up its {|NK1001:millionth subscriber|} in early 2012.

        The network welcomed its {|NK1001:2.5 millionth customer|} in May.

        The delay was a millionth of a second.

        The party marked the 100th anniversary of its founding.

        Koryolink registered its 1 millionth subscriber, according to Orascom.
        """);

    /// <summary>
    /// A hedge after an auxiliary that opens a relative clause ("who is reportedly in his 20s") makes a claim of the
    /// clause's own, as one right after "who" does: the named speaker the clause describes is what it reports on, and only
    /// a source named after the hedge rescues it.
    /// </summary>
    [Fact]
    public void AHedgeInARelativeClauseAfterAnAuxiliaryWantsASourceAfterIt() => VerifyVague("""
        Few outsiders understand what it is like to live there, Sang Hyun, who is {|NK1002:reportedly|} in his 20s, said.

        Kim, who has {|NK1002:allegedly|} run the unit since 2010, said the network was slow.

        Kim, who has allegedly run the unit since 2010, told Yonhap the network was slow.

        The unit, which is reportedly based in Shenyang, employs hackers, according to Yonhap.

        Sang Hyun, who is in his 20s, said the network was slow.

        However, it said penetration remains at one percent in the country, which has an estimated population of 24 million.
        """);
}
