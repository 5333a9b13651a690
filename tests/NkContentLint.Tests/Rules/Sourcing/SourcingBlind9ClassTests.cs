using NkContentLint.Rules.Sourcing;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Sourcing;

/// <summary>
/// The error classes the ninth blind split (tests/corpora/real/blind9) showed after its one unseen score,
/// each fixed as a class: sentences that must fire and sentences that must not, all invented.
/// </summary>
public sealed class SourcingBlind9ClassTests
{
    private static readonly UnsourcedStatisticAnalyzer Statistic = new();

    private static void VerifyStatistic(string markup) => AnalyzerVerifier.Verify(Statistic, markup);

    /// <summary>A magnitude word a scraper glued to its number is read as if spaced; other glued words stay identifiers.</summary>
    [Fact]
    public void AMagnitudeWordGluedToItsNumberIsReadAsSpaced() => VerifyStatistic("""
        With a population of some {|NK1001:51million|}, the South has more phones than people.

        The regime earned {|NK1001:2.5billion dollars|} from the scheme.

        The 3G network and the 1990s famine came before Windows 10.
        """);
}
