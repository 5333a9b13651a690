using NkContentLint.Rules.Sourcing;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Sourcing;

/// <summary>
/// The classes the thirteenth blind split (tests/corpora/real/blind13) and the misses blind12 left showed, each fixed
/// as a class: sentences that must fire and sentences that must not, all invented.
/// </summary>
public sealed class SourcingBlind13ClassTests
{
    private static readonly UnsourcedStatisticAnalyzer Statistic = new();
    private static readonly VagueAttributionAnalyzer Vague = new();

    private static void VerifyStatistic(string markup) => AnalyzerVerifier.Verify(Statistic, markup);

    private static void VerifyVague(string markup) => AnalyzerVerifier.Verify(Vague, markup);

    /// <summary>
    /// A compound of "men", "children" or "people" is a plural ("30 freshmen", "200 servicemen"); a singular that only ends
    /// in "men" ("specimen", "regimen") is not one, so a bare small number before it counts nothing.
    /// </summary>
    [Fact]
    public void ACompoundOfAnIrregularPluralIsCounted() => VerifyStatistic("""
        The academy admits only {|NK1001:30 freshmen per year|}.

        The unit sent {|NK1001:200 servicemen|} to the border.

        Figure 3 shows one specimen of the device.

        Patients follow regimen 2 of the plan.
        """);

    /// <summary>
    /// A currency sign set apart from its amount by a space is still its currency, and a letter set apart after a sum of
    /// money is its magnitude ("$ 81 M"); a spaced "m" after a bare number is a metre, not a million.
    /// </summary>
    [Fact]
    public void ASpacedCurrencySignAndMagnitudeAreMoney() => VerifyStatistic("""
        The hackers stole about {|NK1001:$ 81 M|} from the bank.

        The ticket cost {|NK1001:$ 5|}.

        The mast of the station stands 22.8 m above the roof.
        """);

    /// <summary>
    /// A currency word after the adjective of its country is money ("3000 North Korean won", "100 Hong Kong dollars");
    /// "won" after any other capitalised word is a verb.
    /// </summary>
    [Fact]
    public void ACurrencyAfterItsCountrysAdjectiveIsMoney() => VerifyStatistic("""
        The minimum spend is {|NK1001:3000 North Korean won|}.

        A card costs {|NK1001:100 Hong Kong dollars|}.

        In 2002 Brazil won the cup.
        """);

    /// <summary>
    /// Two whole shares that add up to 100 ("a 70:30 joint venture", "a 50/50 split") divide something between two parties:
    /// a ratio. A clock time, a date or a score never adds up to 100 in both its parts.
    /// </summary>
    [Fact]
    public void ASplitOfAHundredIsARatio() => VerifyStatistic("""
        The conglomerate set up a {|NK1001:70:30|} joint venture with the ministry.

        The partners agreed on a {|NK1001:50/50|} split of the profits.

        The meeting started at 10:30 on 12/10 and the match ended 3:1.
        """);
}
