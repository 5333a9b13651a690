using NkContentLint.Rules.Sourcing;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Sourcing;

/// <summary>
/// The error classes the fifth blind split (tests/corpora/real/blind5) showed, each fixed as a class:
/// sentences that must fire and sentences that must not, all invented.
/// </summary>
public sealed class SourcingBlind5ClassTests
{
    private static readonly UnsourcedStatisticAnalyzer Statistic = new();
    private static readonly VagueAttributionAnalyzer Vague = new();

    private static void VerifyStatistic(string markup) => AnalyzerVerifier.Verify(Statistic, markup);

    private static void VerifyVague(string markup) => AnalyzerVerifier.Verify(Vague, markup);

    // ---- a percentage written as a compound adjective -------------------------------------------

    [Fact]
    public void AHyphenatedPercentageIsAPercentage() => VerifyStatistic("""
        The operator is {|NK1001:75-percent|} owned by a foreign firm.
        A {|NK1001:40-pct|} stake went to the state carrier.
        """);

    [Fact]
    public void AHyphenatedPercentageWithASourceOrAVersionIsNot() => VerifyStatistic("""
        The operator is 75-percent owned by a foreign firm, according to Orascom.
        Version 2-beta shipped with the tablet.
        The 2012-percentile table is only a label.
        """);

    // ---- the evidence of an unnamed group ---------------------------------------------------------

    [Fact]
    public void TheEvidenceOfUnnamedExpertsIsVague() => VerifyVague("""
        {|NK1002:According to the observations of experts|}, the domestic web has fewer than 30 portals.
        Only 2,000 people use it, {|NK1002:according to the estimates of analysts|}.
        """);

    [Fact]
    public void TheEvidenceOfANamedOrEarlierSourceIsNot() => VerifyVague("""
        According to the observations of experts at Recorded Future, the domestic web has fewer than 30 portals.
        Recorded Future's researchers scanned the country. According to the estimates of the researchers, only 2,000 people use it.
        According to the observations of Martyn Williams, the site went offline in May.
        """);

    // ---- "presumed" reports a belief as "assumed" does ---------------------------------------------

    [Fact]
    public void ASourceThatPresumesAFigureSourcesIt() => VerifyStatistic("""
        The Korea Institute for National Unification presumed that 23% of North Koreans own smartphones.
        KINU presumed that some 3 million people own a handset.
        """);

    [Fact]
    public void PresumedWithoutAHolderIsVague() => VerifyVague("""
        {|NK1002:It is presumed that|} 23% of North Koreans own smartphones.
        The station presumed nothing about its audience.
        """);
}
