using NkContentLint.Rules.Sourcing;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Sourcing;

/// <summary>
/// The error classes that recurred in the residual false positives and misses pooled across every real split (tune,
/// heldout, blind … blind17) after each had been scored once unseen (sourcing19), each fixed as a class: sentences
/// that must fire and sentences that must not, all invented.
/// </summary>
public sealed class SourcingResidualClassTests
{
    private static readonly UnsourcedStatisticAnalyzer Statistic = new();
    private static readonly VagueAttributionAnalyzer Vague = new();

    private static void VerifyStatistic(string markup) => AnalyzerVerifier.Verify(Statistic, markup);

    private static void VerifyVague(string markup) => AnalyzerVerifier.Verify(Vague, markup);

    /// <summary>
    /// "Both news organizations said …", "The two companies said …" after a sentence that names them: "both" picks out
    /// the bodies the article has just named, as "the" does, and the plural of an institution noun points back as
    /// "the agencies" does. Unnamed plurals ("experts", "some news organizations") stay vague.
    /// </summary>
    [Fact]
    public void BothOrTheTwoInstitutionsPointBack() => VerifyVague("""
        The Herald and Radio Kaesong reported the deal on Monday. Both news organizations said the firms worked together.

        Koryolink and Orascom announced the deal. The two companies said the network would grow.

        Koryolink and Orascom announced the deal. {|NK1002:Some news organizations said|} the network would grow.

        Koryolink and Orascom announced the deal. {|NK1002:Experts said|} the network would grow.
        """);

    /// <summary>The figure credited by "Both news organizations said" is sourced; an unnamed plural leaves it unsourced.</summary>
    [Fact]
    public void BothOrTheTwoInstitutionsSourceTheirFigures() => VerifyStatistic("""
        The Herald and Radio Kaesong reported the deal on Monday. Both newspapers said the firms worked together for at least six years.

        The Herald and Radio Kaesong reported the deal on Monday. Many newspapers said the firms worked together for at least {|NK1001:six years|}.
        """);

    /// <summary>
    /// "The minister went on to say that …": a verb of saying after "went on to" is the subject's, so a named or
    /// referred-back speaker sources the clause; "went on to sell" reports nothing.
    /// </summary>
    [Fact]
    public void WentOnToSayIsTheSubjectsSaying() => VerifyStatistic("""
        Pak Chol spoke in Seoul. The minister went on to say that handsets sell for $100 to $200 a unit.

        Pak Chol went on to add that the network has 4,000 towers.

        The shop went on to sell {|NK1001:300 handsets|} in a week.
        """);
}
