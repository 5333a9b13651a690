using NkContentLint.Rules.Sourcing;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Sourcing;

/// <summary>
/// The error classes the eighth blind split (tests/corpora/real/blind8) showed after its one unseen score,
/// each fixed as a class: sentences that must fire and sentences that must not, all invented.
/// </summary>
public sealed class SourcingBlind8ClassTests
{
    private static readonly VagueAttributionAnalyzer Vague = new();

    private static void VerifyVague(string markup) => AnalyzerVerifier.Verify(Vague, markup);

    // ---- "the specialists" refers back to a source named earlier, as "the experts" does ------------

    [Fact]
    public void TheSpecialistsReferBackToASourceNamedEarlier() => VerifyVague("""
        Group-IB, a security firm in Moscow, traced the theft to servers in 12 countries.

        The Russian specialists said the group stole 81 million dollars.
        """);

    [Fact]
    public void SpecialistsWithNoArticleAreVague() => VerifyVague("""
        the weather was cold and nobody was named.

        {|NK1002:Specialists said|} the group stole 81 million dollars.
        """);
}
