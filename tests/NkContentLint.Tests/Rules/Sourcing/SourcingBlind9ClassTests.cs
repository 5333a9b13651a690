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

    /// <summary>A number in words after a singular label is the label's number: "part three looks at"; "three parts" still counts.</summary>
    [Fact]
    public void ANumberInWordsAfterALabelIsALabel() => VerifyStatistic("""
        Part one covered life at PUST and part three looks at Red Star, chapter two at the intranet.

        The regime split the country into {|NK1001:three parts|} with different rules for each.
        """);

    /// <summary>A web status code before a status noun names a site's state; the same number before other nouns counts.</summary>
    [Fact]
    public void AWebStatusCodeBeforeAStatusNounIsNotACount() => VerifyStatistic("""
        Visitors saw “Service Unavailable” warnings, known as 503 alerts, and a 404 page after that.

        The site had {|NK1001:503 visitors|} on its first day.
        """);
}
