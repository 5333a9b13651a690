using NkContentLint.Rules.Sourcing;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Sourcing;

/// <summary>
/// English error classes the twenty-first blind split (tests/corpora/real/blind21) showed after its one unseen score,
/// each fixed as a class: sentences that must fire and sentences that must not, all invented.
/// </summary>
public sealed class SourcingBlind21ClassTests
{
    private static readonly UnsourcedStatisticAnalyzer Statistic = new();
    private static readonly VagueAttributionAnalyzer Vague = new();

    /// <summary>
    /// "maintained", "insisted" and "contended" before "that" report the clause after them, as "said that" does: a
    /// named subject sources its figures, an unnamed one is vague. As participles or before an object they report
    /// nothing ("a network maintained by the state", "insisted on 300 new towers").
    /// </summary>
    [Fact]
    public void MaintainedInsistedContendedThatReportAClause()
    {
        AnalyzerVerifier.Verify(Statistic, """
            The FBI maintained that the group stole $60 million from the exchange.

            The ministry insisted that 300 towers were built last year.

            Lawyers for the firm contended that only 2,000 accounts were affected, Reuters reported.

            The network maintained by the state has {|NK1001:5,000 users|}.

            The ministry insisted on {|NK1001:300 new towers|}.
            """);
        AnalyzerVerifier.Verify(Vague, """
            {|NK1002:Officials maintained|} that the group stole $60 million, according to Reuters.

            The FBI maintained that the group stole $60 million.
            """);
    }
}
