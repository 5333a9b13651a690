using NkContentLint.Rules.Sourcing;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Sourcing;

/// <summary>
/// English error classes the twenty-second and twenty-third blind splits (tests/corpora/real/blind22, blind23) showed after
/// their one unseen score, each fixed as a class: sentences that must fire and sentences that must not, all invented.
/// </summary>
public sealed class SourcingBlind22ClassTests
{
    private static readonly UnsourcedStatisticAnalyzer Statistic = new();
    private static readonly VagueAttributionAnalyzer Vague = new();

    /// <summary>
    /// "the source said" points back to an informant the article introduced unnamed ("a source in the border city told Daily
    /// NK"): with a figure in its sentence it is a vague attribution carrying one, as the anaphor decision covers named sources
    /// only. Without a figure it stays unreported; an informant a named reporter cites ("Radio Free Asia reported, citing a
    /// source") or one a name owns ("a source at Orascom") is a named source referred back to.
    /// </summary>
    [Fact]
    public void AReferenceBackToAnUnnamedInformantIsVagueWithAFigure()
    {
        AnalyzerVerifier.Verify(Vague, """
            Jamming has grown, a source in the border city told Daily NK.

            "It is not easy to call," the source said.

            {|NK1002:The source said|} that agents arrested 40 phone users last week.

            "Agents arrested five phone users on the first day," {|NK1002:the source said|}.
            """);
        AnalyzerVerifier.Verify(Vague, """
            Prices are low, Radio Free Asia reported, citing a source in the border regions.

            Extra minutes cost 80 yuan per 100 minutes, the source said.
            """);
        AnalyzerVerifier.Verify(Vague, """
            Prices are low, a source at Orascom told reporters.

            Extra minutes cost 80 yuan per 100 minutes, the source said.
            """);
        AnalyzerVerifier.Verify(Statistic, """
            Jamming has grown, a source in the border city told Daily NK.

            Agents arrested {|NK1001:40 phone users|} last week, the source said.
            """);
    }

    /// <summary>
    /// Unowned evidence ("new evidence suggests", "anecdotal evidence clearly indicates") is the writer's reading of grounds
    /// for a judgement, labelled clean or should at most in every split: vague only when the sentence carries a figure.
    /// "Data reveals" and "studies show" stay vague everywhere.
    /// </summary>
    [Fact]
    public void UnownedEvidenceIsVagueOnlyWithAFigure() => AnalyzerVerifier.Verify(Vague, """
        But new evidence suggests the country is far more wired than we think.

        Anecdotal evidence clearly indicates that there has been a dramatic increase in phone users.

        {|NK1002:New evidence suggests|} that 2,000 people have access.

        {|NK1002:Anecdotal evidence indicates|} that 60 percent of traders own a phone.

        {|NK1002:Data reveals|} that the country is far more wired than we think.
        """);

    /// <summary>
    /// A plural present speech verb inverts at the sentence's end as "said" does: "…, report Geoff White and Jean H Lee." names
    /// its reporters; elsewhere "say" is its own subject's ("Industry analysts, however, say the Arirang, built …": not "the Arirang" saying).
    /// </summary>
    [Fact]
    public void APluralSpeechVerbInvertsAtTheSentencesEnd()
    {
        AnalyzerVerifier.Verify(Statistic, """
            Hackers planned a $1bn raid on the bank and came close - all but $81m of the transfers were halted, report Geoff White and Jean H Lee.

            Hackers planned a {|NK1001:$1bn|} raid on the bank and came close - all but {|NK1001:$81m|} of the transfers were halted, report shows.
            """);
        AnalyzerVerifier.Verify(Vague, """
            Industry analysts, {|NK1002:however, say|} the Arirang, built around Android, is made in China.
            """);
    }

    /// <summary>
    /// A single quotation mark closes a quotation as a double one does: "…,"' the report said." refers back to the report the
    /// article named, as "…," the report said." does.
    /// </summary>
    [Fact]
    public void ASingleQuotationMarkEndsTheSubjectsClause() => AnalyzerVerifier.Verify(Vague, """
        Reporters Without Borders published its annual report on Monday.

        "Relations deteriorated after the president called it 'national security,"' the report said.

        "Relations deteriorated after the president called it 'national security,"' {|NK1002:reports said|}.
        """);

    /// <summary>
    /// "it was reported (by a government website) that …": an agent that only describes who reported names no one, and a name
    /// that is the report's content ("news reports by the Korean Central News Agency") does not rescue it. A named agent does.
    /// </summary>
    [Fact]
    public void AnIndefiniteAgentOfItWasReportedIsVague() => AnalyzerVerifier.Verify(Vague, """
        The country will get mobile internet after {|NK1002:it was reported (by a government website)|} that access will be turned on, allowing users to read news reports by the Korean Central News Agency.

        The country will get mobile internet after {|NK1002:it was reported by a government website|} that access will be turned on.

        The country will get mobile internet after it was reported (by the Associated Press) that access will be turned on.
        """);

    /// <summary>
    /// The enumeration decision with a short phrase between the counted noun and the items taken in turn: "two internet
    /// connections to the outside world, one that crosses …, and the other plugs into …" names both. A larger count, or items
    /// not taken in turn, stay statistics.
    /// </summary>
    [Fact]
    public void ItemsTakenInTurnAfterAShortPhraseAreEnumerated() => AnalyzerVerifier.Verify(Statistic, """
        It has two internet connections to the outside world, one that crosses the river into China, and the other plugs into Russia's Far East.

        It has {|NK1001:two internet connections|} to the outside world, both of them slow.

        It has {|NK1001:three internet connections|} to the outside world, one that crosses the river into China, and the other plugs into Russia's Far East.
        """);

    /// <summary>
    /// After an operation in the same sentence (a raid, a search), "found" before a count reports what the operation found,
    /// an event's count, not anyone's report: "When FBI agents raided it, they found more than 90 company laptops" fires.
    /// A finding reported as a clause ("they found that …") or with no operation ("Kaspersky found 2,000 infected machines")
    /// is read as before.
    /// </summary>
    [Fact]
    public void AnOperationsFindsAreStatistics() => AnalyzerVerifier.Verify(Statistic, """
        Christina Chapman ran a laptop farm. When FBI agents raided it in October 2023, they found more than {|NK1001:90 company laptops|}, each labeled.

        Police searched the house and found {|NK1001:12 phones|}.

        Kaspersky found 2,000 infected machines.

        Christina Chapman ran a laptop farm. When FBI agents raided it in October 2023, they found that 90 company laptops were labeled.
        """);

    /// <summary>
    /// A bare plural source noun as the whole subject ("researchers found that …") is the group an earlier paragraph
    /// introduced with its source ("U.S.-based researchers traveled to Pyongyang. They saw …, according to Korea Insight."):
    /// the anaphor decision. With no such group before, one introduced without a source, or one the article used as a vague
    /// source itself ("researchers suspect an attack"), it stays vague; the listed phrases ("experts say") stay vague everywhere.
    /// </summary>
    [Fact]
    public void ABarePluralReferringBackToANamedGroupIsNoVagueSource()
    {
        AnalyzerVerifier.Verify(Vague, """
            U.S.-based researchers traveled to Pyongyang. They saw people using phones, according to Korea Insight.

            After talks with the operator, researchers found that 600,000 people have subscribed.
            """);
        AnalyzerVerifier.Verify(Vague, """
            U.S.-based researchers traveled to Pyongyang. They saw people using phones.

            After talks with the operator, {|NK1002:researchers found|} that 600,000 people have subscribed.
            """);
        AnalyzerVerifier.Verify(Vague, """
            Experts at KDI counted the phones, according to Korea Insight.

            {|NK1002:Experts say|} that 600,000 people have subscribed.
            """);
        AnalyzerVerifier.Verify(Vague, """
            The network went dark, and {|NK1002:researchers suspect|} an attack. The outage was confirmed by Dyn.

            {|NK1002:Researchers observed|} that 600,000 people lost access.
            """);
        AnalyzerVerifier.Verify(Statistic, """
            U.S.-based researchers traveled to Pyongyang. They saw people using phones, according to Korea Insight.

            After talks with the operator, researchers found that 600,000 people have subscribed.

            After talks with the operator, some researchers found that {|NK1001:600,000 people|} have subscribed.
            """);
    }

    /// <summary>
    /// A named company's own announced deal, price or plan is sourced by the company: "Orascom … has been building the network
    /// after announcing a $400 million deal". Only a name that opens the sentence as its subject: "The company …" with no name
    /// stays unsourced.
    /// </summary>
    [Fact]
    public void ANamedSubjectAnnouncingItsOwnDealSourcesIt() => AnalyzerVerifier.Verify(Statistic, """
        Cairo-based Orascom Telecom has been building the network after announcing a $400 million deal in January.

        The company has been building the network after announcing a {|NK1001:$400 million|} deal in January.

        The network has been built since the {|NK1001:$400 million|} deal was signed in January.
        """);
}
