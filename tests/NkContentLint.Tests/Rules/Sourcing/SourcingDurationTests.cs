using NkContentLint.Rules.Sourcing;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Sourcing;

/// <summary>
/// Durations that measure no event (LABELLING-DECISIONS.md, from blind12's clean lines and the tune split's): the running
/// time of a work, a page's reading time, the prison term a charge carries. A measured event's duration still fires, and
/// so (undecided by the labels) does a contract's term. All sentences invented.
/// </summary>
public sealed class SourcingDurationTests
{
    private static readonly UnsourcedStatisticAnalyzer Statistic = new();
    private static readonly VagueAttributionAnalyzer Vague = new();

    private static void VerifyStatistic(string markup) => AnalyzerVerifier.Verify(Statistic, markup);

    private static void VerifyVague(string markup) => AnalyzerVerifier.Verify(Vague, markup);

    /// <summary>The length of a video, clip or film named right after it is the thing's own specification.</summary>
    [Fact]
    public void TheRunningTimeOfAWorkIsNotAStatistic() => VerifyStatistic("""
        The channel released the 9-minute video attacking the minister.

        The upload contained a three-minute clip about the talks.

        The station aired a 90-minute documentary on the border.
        """);

    /// <summary>"2 minutes" alone on a line is a page's reading time (page chrome).</summary>
    [Fact]
    public void AReadingTimeAloneOnALineIsNotAStatistic() => VerifyStatistic("""
        By Jane Doe

        2 minutes

        The shop opened in the capital.
        """);

    /// <summary>The penalty a charge carries is the terms of a law; a sentence handed down is not covered.</summary>
    [Fact]
    public void ThePrisonTermAChargeCarriesIsNotAStatistic() => VerifyStatistic("""
        If he is found guilty, he is facing a minimum of 10 years in prison.

        The charge carries up to five years in jail.

        The court sentenced him to {|NK1001:15 years|} in prison.
        """);

    /// <summary>A measured event's duration is a statistic, however it is written.</summary>
    [Fact]
    public void AMeasuredEventDurationStillFires() => VerifyStatistic("""
        The outage lasted {|NK1001:nine hours|}.

        The country suffered a {|NK1001:9-hour|} outage.

        The courier was detained for {|NK1001:three months|}.

        The video was watched {|NK1001:2 million times|}.
        """);

    /// <summary>A contract's or licence's term: the labels contradict each other, so it keeps firing.</summary>
    [Fact]
    public void AContractTermStillFires() => VerifyStatistic("""
        The operator signed a {|NK1001:30-year|} contract.
        """);

    /// <summary>
    /// "According to tweets" right after a sentence about the accounts refers back to them (blind13 b-13); with no
    /// account before it, "tweets the officials" names no one.
    /// </summary>
    [Fact]
    public void PostsOfAccountsJustNamedAreADefiniteReference() => VerifyVague("""
        The accounts included news on the smoking ban. According to tweets the officials have resolved to quit.

        The ban was announced in May. {|NK1002:According to tweets the officials|} have resolved to quit.
        """);
}
