using NkContentLint.Rules.Sourcing;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Sourcing;

/// <summary>
/// The English error classes the nineteenth blind split (tests/corpora/real/blind19) and the earlier splits' residue
/// showed, each fixed as a class: sentences that must fire and sentences that must not, all invented.
/// </summary>
public sealed class SourcingBlind19ClassTests
{
    private static readonly UnsourcedStatisticAnalyzer Statistic = new();
    private static readonly VagueAttributionAnalyzer Vague = new();

    private static void VerifyStatistic(string markup) => AnalyzerVerifier.Verify(Statistic, markup);

    private static void VerifyVague(string markup) => AnalyzerVerifier.Verify(Vague, markup);

    /// <summary>A battery's capacity in mAh (any case of the h) is a hardware specification, as GHz and megapixels are.</summary>
    [Fact]
    public void ABatteryCapacityIsASpecification() => VerifyStatistic("""
        The phone contains a 4,100 mAH battery, while its rival is equipped with 3,900 mAh.

        The factory shipped {|NK1001:4,100 batteries|} last year.
        """);

    /// <summary>
    /// A year before a ranking or an index published each year names its edition ("the 2019 rankings"), as "the 2016
    /// leak" does; a four-digit number before people or things still counts them.
    /// </summary>
    [Fact]
    public void AYearBeforeARankingNamesItsEdition() => VerifyStatistic("""
        Norway made the largest leap of any country in the 2019 rankings.

        The 2021 standings put the country last again.

        The agency employs {|NK1001:2019 staff|} in the capital.
        """);

    /// <summary>
    /// A number after "the top" or "the bottom" with nothing counted is a band of a ranking, a position (NK1003's, not
    /// NK1001's); places moved after a verb of moving are a change of position. A counted noun after the band, a
    /// percentage, or places with no move keep the figure a statistic.
    /// </summary>
    [Fact]
    public void RankBandsAndMovesAreNoQuantities() => VerifyStatistic("""
        Laos (170) and Cuba (171) make up the bottom 5 of the rankings.

        The country has never been in the top 20.

        Norway climbed 12 places to No. 8, and Chile moved up six spots.

        Finland fell three places in the index.

        The company hired the top {|NK1001:100 graduates|} of the university.

        They are among the top {|NK1001:1 per cent|} of earners.

        The stadium has {|NK1001:12,000 places|} for spectators.

        The network added {|NK1001:six spots|} with free wifi.
        """);

    /// <summary>
    /// What a sentence places inside a definite document the article refers back to ("in the report's lowest category",
    /// "at the bottom of the annual index") comes from that document, as "the report said" does (LABELLING.md,
    /// anaphors). With no source named earlier there is nothing to refer to, and the place rescues no hedge beside it.
    /// </summary>
    [Fact]
    public void APlaceInADocumentReferredBackToIsSourced() => VerifyStatistic("""
        Article 19 published its annual study of free expression.

        The country has been in the report’s lowest category for eleven straight years.

        Laos and Cuba sat at the bottom of the annual index, while six Nordic nations tied as the best.
        """);

    [Fact]
    public void APlaceInADocumentNeedsAnAntecedent() => VerifyStatistic("""
        The country has been in the report’s lowest category for {|NK1001:eleven straight years|}.
        """);

    [Fact]
    public void APlaceInADocumentRescuesNoHedge() => VerifyVague("""
        Reporters Without Borders published its index.

        Finland sat atop the rankings for five years, but its prime minister {|NK1002:reportedly|} pressured the broadcaster.
        """);

    /// <summary>
    /// A study, survey or report that the clause's named subject conducted or published is that subject's, and sources
    /// the sentence's figures; an unnamed or merely placed subject names no one.
    /// </summary>
    [Fact]
    public void AStudyANamedSubjectConductedSourcesItsFigures() => VerifyStatistic("""
        The Korea Institute for National Unification conducted a study on phone use, in which they presumed that 23% of North Koreans own smartphones.

        Freedom House published an annual report finding that 300 sites were blocked.

        The ITU publishes no usage figures, but analysts say at least {|NK1001:20,000 people|} are online.
        """);

    [Fact]
    public void AStudyOfAnUnnamedSubjectSourcesNothing() => VerifyStatistic("""
        The ministry carried out a survey which found that {|NK1001:23%|} of households own phones.

        Researchers in Seoul conducted a study on phone use, in which they presumed that {|NK1001:23%|} of households own phones.
        """);

    /// <summary>
    /// The term a custom or an observance sets ("the 100-day mourning period") is no measured event, as a work's running
    /// time is not; the length of a ban or an outage still is.
    /// </summary>
    [Fact]
    public void AnObservancesTermIsNoMeasuredEvent() => VerifyStatistic("""
        The ban will last through the 100-day mourning period.

        The ban on phones lasted {|NK1001:100 days|}.
        """);

    /// <summary>
    /// In a subject's relative clause, the outlet or person the speaker talked to is the source when named ("who spoke to
    /// UK newspaper The Independent said"), as "told Forbes" is; an outlet described but not named stays vague.
    /// </summary>
    [Fact]
    public void TheNamedOutletSpokenToIsTheSource() => VerifyVague("""
        One defector who spoke to UK newspaper The Independent said she was raised to worship the leader.

        A defector who talked to Daily NK said the border was closed.

        A defector who {|NK1002:spoke to a local newspaper said|} the border was closed.
        """);
}
