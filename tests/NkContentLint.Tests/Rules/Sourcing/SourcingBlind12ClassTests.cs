using NkContentLint.Rules.Sourcing;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Sourcing;

/// <summary>
/// The false-positive classes the twelfth blind split (tests/corpora/real/blind12) showed after its one unseen score,
/// each fixed as a class: sentences that must fire and sentences that must not, all invented.
/// </summary>
public sealed class SourcingBlind12ClassTests
{
    private static readonly UnsourcedStatisticAnalyzer Statistic = new();
    private static readonly VagueAttributionAnalyzer Vague = new();

    private static void VerifyStatistic(string markup) => AnalyzerVerifier.Verify(Statistic, markup);

    private static void VerifyVague(string markup) => AnalyzerVerifier.Verify(Vague, markup);

    /// <summary>
    /// "The agencies said" after a sentence that names the agencies points back to them, as "the agency said" does; an
    /// indefinite or counted plural ("Some agencies said", "Two agencies said") still names no one.
    /// </summary>
    [Fact]
    public void TheAgenciesAfterTheyAreNamedPointBack() => VerifyVague("""
        The Department of State and the Federal Bureau of Investigation issued a joint advisory on Monday.

        The agencies said the workers earn more than factory labourers.

        The workers were highly paid, the agencies said.

        {|NK1002:Some agencies said|} the workers earn more than factory labourers.
        """);

    /// <summary>
    /// A state's news agency described rather than named ("North Korea's official news agency has presented") is its
    /// media by another name, one identifiable outlet as "State media said" is; a news agency with no word of the
    /// state, or an "official agency" that is no news agency, still names no one.
    /// </summary>
    [Fact]
    public void AStatesOfficialNewsAgencyIsItsMedia() => VerifyVague("""
        North Korea’s official news agency has presented the service as a way to raise living standards.

        The state news agency said the service raised living standards.

        {|NK1002:A news agency said|} the service raised living standards.

        {|NK1002:An official agency said|} the service raised living standards.
        """);

    /// <summary>A forecast is its forecaster's: a named subject of "expects" sources the figure, as one of "estimates" does.</summary>
    [Fact]
    public void ANamedForecasterSourcesTheForecast() => VerifyStatistic("""
        The operator’s chairman, Naguib Sawiris, expects 10% of the population to have service.

        Naguib Sawiris expects 50,000 people to sign up in the first six months.

        The operator hopes {|NK1001:10%|} of the population will have service.
        """);

    /// <summary>An unnamed forecaster ("Experts expect") names no one.</summary>
    [Fact]
    public void AnUnnamedForecasterIsVague() => VerifyVague("""
        {|NK1002:Experts expect|} the service to grow.

        Naguib Sawiris expects the service to grow.
        """);
}
