using NkContentLint.Rules.Sourcing;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Sourcing;

public sealed class UnsourcedRankingTests
{
    private static readonly UnsourcedRankingAnalyzer Analyzer = new();

    private static void Verify(string markup) => AnalyzerVerifier.Verify(Analyzer, markup);

    // ---- fires ---------------------------------------------------------------------------------

    [Fact]
    public void ASuperlativeWithAScopeFires() => Verify("""
        North Korea is the {|NK1003:world's least connected country|}.
        It has the {|NK1003:planet's deepest information void|}.
        """);

    [Fact]
    public void NumericRanksFire() => Verify("""
        North Korea ranks {|NK1003:179th out of 180 countries|} for press freedom.
        Koryolink was once Orascom's {|NK1003:second-largest|} source of subscribers outside Egypt.
        """);

    [Fact]
    public void ASuperlativeScopedAfterItFires() => Verify("""
        The mobile market is the {|NK1003:fastest-growing in the world|}.
        """);

    [Fact]
    public void AVagueAttributionDoesNotSourceARank() => Verify("""
        Observers believe North Korea operates the {|NK1003:world's most restrictive internet|}.
        """);

    // ---- does not fire -------------------------------------------------------------------------

    [Fact]
    public void OneOfTheMostIsAGroupNotAPosition() => Verify("""
        North Korea has one of the world's most strictly controlled internet systems.
        It remains one of the most closed societies in the world, among the least connected anywhere.
        """);

    [Fact]
    public void ARankWithASourceInItsSentenceDoesNotFire() => Verify("""
        Reporters Without Borders ranks North Korea 179th out of 180 countries.
        North Korea is the world's least connected country, according to the ITU.
        The network is the [country's largest](https://example.org/report) operator.
        """);

    [Fact]
    public void OrdinalsOfSequenceAndQuantitiesAreNotRanks() => Verify("""
        The first website went online in 2000, and the 7th Congress met in 2016.
        Koryolink had 2 million subscribers, about a tenth of the population.
        """);

    [Fact]
    public void QuotedRanksAreTheSpeakersWords() => Verify("""
        KCNA called it "the world's most advanced network".
        """);

    [Fact]
    public void CodeAndKoreanTextAreNotChecked() => Verify("""
        `the world's largest` is a placeholder in the template.

        조선은 세계에서 가장 큰 나라이다.
        """);
}
