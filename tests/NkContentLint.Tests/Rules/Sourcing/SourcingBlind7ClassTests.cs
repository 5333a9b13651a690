using NkContentLint.Rules.Sourcing;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Sourcing;

/// <summary>
/// The error classes the seventh blind split (tests/corpora/real/blind7) showed, each fixed as a class:
/// sentences that must fire and sentences that must not, all invented.
/// </summary>
public sealed class SourcingBlind7ClassTests
{
    private static readonly UnsourcedStatisticAnalyzer Statistic = new();
    private static readonly VagueAttributionAnalyzer Vague = new();

    private static void VerifyStatistic(string markup) => AnalyzerVerifier.Verify(Statistic, markup);

    private static void VerifyVague(string markup) => AnalyzerVerifier.Verify(Vague, markup);

    // ---- an estimate that "places" a long object "at" a figure -----------------------------------

    [Fact]
    public void AnEstimatePlacingALongObjectAtAFigureIsVague() => VerifyVague("""
        {|NK1002:One estimate places|} the total number of radio sets in use in the late 1980s at 300,000 sets.
        {|NK1002:One estimate puts|} the number of phones in use in the capital in the early years at 20,000.
        """);

    [Fact]
    public void APutVerbWithoutAtOrWithANamedSubjectIsNotVague() => VerifyVague("""
        The KCNA places the total number of radio sets in use in the late 1980s at 300,000 sets.
        One estimate places the total number of radio sets in the hall, and nobody counts them.
        """);

    // ---- a long appositive between a name and its verb -------------------------------------------

    [Fact]
    public void ANameBeforeALongAppositiveSourcesTheClause() => VerifyStatistic("""
        Kim Min-su, the Director of the Institute for National Security Strategy in Seoul, estimated that the unit has 6,800 trained specialists.
        Kim Min-su, the head of research at the Institute for National Security Strategy in Seoul, said the unit has 1,700 officers.
        """);

    [Fact]
    public void ALongAppositiveAfterAPlaceSourcesNothing() => VerifyStatistic("""
        In Seoul, the director of an institute for liberal democracy in the capital of the South, estimated that the unit has {|NK1001:6,800 specialists|}.
        """);

    // ---- inquiries and readings as sources -------------------------------------------------------

    [Fact]
    public void InvestigationsAndInterpretationsByNoOneAreVague() => VerifyVague("""
        {|NK1002:According to investigations|}, the group emptied the exchange.
        {|NK1002:Investigators said|} the method was the same.
        Regarding this, foreign media and {|NK1002:experts on North Korea interpreted|} it as propaganda.
        """);

    [Fact]
    public void NamedInvestigationsAndInterpretationsAreNot() => VerifyVague("""
        According to investigations by Chainalysis, the group emptied the exchange.
        Martyn Williams interpreted it as propaganda.
        The gesture was interpreted as a warning.
        """);

    [Fact]
    public void AnInvestigationAsAnEventIsNotASource() => VerifyVague("""
        The FBI, after conducting its own investigation, disclosed the addresses of the wallets.
        An investigation found the wallets.
        """);

    // ---- "described as" before a quoted label ----------------------------------------------------

    [Fact]
    public void DescribedAsBeforeAQuotedLabelNamesIt() => VerifyVague("""
        The posts attack the United States, which are described as "warmongers".
        A mobile phone is described as “hand phone” in the North.
        """);

    [Fact]
    public void DescribedAsBeforeAJudgementAttributesIt() => VerifyVague("""
        The network {|NK1002:is described as|} slow and unreliable.
        """);
}
