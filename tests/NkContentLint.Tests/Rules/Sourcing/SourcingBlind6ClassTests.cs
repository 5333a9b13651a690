using NkContentLint.Rules.Sourcing;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Sourcing;

/// <summary>
/// The error classes the sixth blind split (tests/corpora/real/blind6) showed, each fixed as a class:
/// sentences that must fire and sentences that must not, all invented.
/// </summary>
public sealed class SourcingBlind6ClassTests
{
    private static readonly UnsourcedStatisticAnalyzer Statistic = new();

    private static void VerifyStatistic(string markup) => AnalyzerVerifier.Verify(Statistic, markup);

    // ---- a small count whose items are named after it -------------------------------------------

    [Fact]
    public void ACountWhoseItemsAreAllNamedAfterItIsEnumerated() => VerifyStatistic("""
        The state sells tablets with three makers competing, including Samjiyon, Ryonghung and Achim.
        Two carriers serve the city, namely Koryolink and Kangsong Net.
        """);

    [Fact]
    public void ACountWhoseItemsAreNotAllNamedIsAStatistic() => VerifyStatistic("""
        The state sells tablets with {|NK1001:three makers|} competing, including Samjiyon and Achim.
        Viewers can watch {|NK1001:five channels|} such as KCTV, Mansudae Television, and find news of the leader and Juche ideology.
        The state sells tablets with {|NK1001:five makers|} competing, including Samjiyon, Ryonghung and Achim.
        {|NK1001:Three makers|} sold {|NK1001:40,000 tablets|}, including Samjiyon, Ryonghung and Achim.
        """);

    // ---- letter&letter is one word --------------------------------------------------------------

    [Fact]
    public void ACountOfRAndDCentresIsACount() => VerifyStatistic("""
        There are {|NK1001:ten R&D centers|} under the three bureaus.
        The carrier hired {|NK1001:40 M&A advisers|}.
        """);

    [Fact]
    public void AnAmpersandBetweenWordsStaysASymbol() => VerifyStatistic("""
        The R&D centre opened in 2001, and AT&T left in 2009.
        Q&A sessions were held in Room 3.
        """);
}
