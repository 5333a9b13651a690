using NkContentLint.Rules.Sourcing;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Sourcing;

/// <summary>
/// The error classes the seventeenth blind split (tests/corpora/real/blind17) showed after its one unseen score, each
/// fixed as a class: sentences that must fire and sentences that must not, all invented.
/// </summary>
public sealed class SourcingBlind17ClassTests
{
    private static readonly UnsourcedStatisticAnalyzer Statistic = new();

    private static void VerifyStatistic(string markup) => AnalyzerVerifier.Verify(Statistic, markup);

    /// <summary>
    /// "Two recent attacks. One attack hit …, another targeted …": the next sentence takes the counted items one at a
    /// time, exactly as many as the count (the enumeration decision); a count the next sentence takes fewer of stays a
    /// statistic.
    /// </summary>
    [Fact]
    public void ACountWhoseItemsTheNextSentenceTakesInTurnIsEnumerated() => VerifyStatistic("""
        The firm pointed to two recent attacks as proof. One attack hit a bank in Dubai, another targeted a shop in Osaka.

        The report describes three campaigns. The first hit banks; the second hit shops, and the third hit schools.

        The firm pointed to {|NK1001:three recent attacks|} as proof. One attack hit a bank in Dubai, another targeted a shop in Osaka.

        The firm pointed to {|NK1001:two recent attacks|} as proof. Banks in Dubai were hit.
        """);

    /// <summary>
    /// A figure in a "with" phrase that opens the sentence, before the subject that then believes or says something, is
    /// the writer's setting, not the source's words; the same figure after the verb, or under "according to", or with the
    /// source's tag at the end of the sentence, is the source's.
    /// </summary>
    [Fact]
    public void AFigureInAFrontedWithPhraseIsTheWriters() => VerifyStatistic("""
        Today, with {|NK1001:two million handsets|} in the country, the regime believes it can survive.

        With {|NK1001:two million handsets|} in the country, Koryolink expects to build more towers.

        Koryolink said that, with two million handsets in the country, it can build more towers.

        With two million handsets in the country, according to Koryolink, the network is full.

        With two million handsets in the country, the network is full, Koryolink said.
        """);

    /// <summary>
    /// "maintains" with a plain object keeps a thing ("maintains its own intranet"), as "maintain" and "maintained"
    /// already did; "maintains that …" still reports.
    /// </summary>
    [Fact]
    public void MaintainsAThingIsNoReport() => VerifyStatistic("""
        The country maintains its own intranet, an internal network that hosts about {|NK1001:30 different websites|}.

        Koryolink maintains that the intranet hosts about 30 different websites.
        """);

    /// <summary>
    /// A listicle's title on a line of its own, opening with the count of its items, counts the piece's own sections
    /// (as a heading's "Nine charts" does); the same count in a sentence of prose, or a title counting anything else,
    /// is a statistic.
    /// </summary>
    [Fact]
    public void AListicleTitleCountsItsOwnItems() => VerifyStatistic("""
        25 Surprising Facts You May Not Know About North Korea

        Ten Reasons North Korea Blocks the Internet

        There are {|NK1001:25 surprising facts|} about the country.

        {|NK1001:25 Hackers|} Arrested in Pyongyang
        """);
}
