using NkContentLint.Rules.Sourcing;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Sourcing;

/// <summary>
/// English error classes the twenty-eighth and twenty-ninth blind splits (tests/corpora/real/blind28, blind29) showed after
/// their one unseen score, each fixed as a class: sentences that must fire and sentences that must not, all invented.
/// </summary>
public sealed class SourcingBlind28ClassTests
{
    private static readonly UnsourcedStatisticAnalyzer Statistic = new();
    private static readonly VagueAttributionAnalyzer Vague = new();

    /// <summary>
    /// A small count whose next sentence opens the items' sequence ("First", "Firstly", "The first") and whose text then reaches
    /// the count's own ordinal ("Second", "the second reason") takes its items one by one (the enumeration decision), however
    /// long each item is. A count the text goes past, never finishes, or does not open in the next sentence is still a figure.
    /// </summary>
    [Fact]
    public void ACountWhoseItemsTheTextTakesInOrderIsNoStatistic()
    {
        AnalyzerVerifier.Verify(Statistic, """
            Access has been curtailed for two reasons. Firstly, the regime has tightened controls on radios. It also jams broadcasts. But the second reason has little to do with the regime.

            The coverage is consistent with two themes. First, that the leader is wise.

            Second, that the enemies of the state are everywhere.

            The ministry gave three explanations. First of all, the cables were old. Secondly, the budget was cut. Thirdly, the engineers left.

            Officials cited four problems. The first problem was power. The second problem was cost. The third was staff. The fourth was censorship.

            The regime blocked the sites for {|NK1001:three reasons|}. First, cost. Second, control.

            The regime blocked the sites for {|NK1001:two reasons|}. First, cost. Second, control. Third, fear.

            The regime blocked the sites for {|NK1001:two reasons|}. Nobody knows them. First, the cost. Second, control.
            """);
    }

    /// <summary>
    /// A small count whose items the next sentence names with the counted noun's head ("as were Shinhan and Nonghyup banks",
    /// "Shinhan Bank and NongHyup Bank"), anywhere in that sentence, is enumerated. Names of another kind, or a different number
    /// of them, leave it a figure.
    /// </summary>
    [Fact]
    public void ItemsNamedWithTheCountedNounInTheNextSentenceEnumerateIt()
    {
        AnalyzerVerifier.Verify(Statistic, """
            Three broadcasters and two banks were hit by a cyber attack. KBS, MBC and YTN were all hit, as were Shinhan and Nonghyup banks, Yonhap reported.

            Two banks lost their networks on Monday. Their staff at Shinhan Bank and NongHyup Bank could not log in.

            The attack hit two universities in the capital. Officials said Kim Il Sung and Kim Chaek universities were offline.

            Hackers hit {|NK1001:two banks|} on Monday. On Tuesday, staff at Shinhan and Nonghyup ministries were shocked.

            Hackers hit {|NK1001:three banks|} on Monday. Only Shinhan and Nonghyup banks have recovered.
            """);
    }

    /// <summary>
    /// A heading, or the dek right under one, that counts the things the story is about ("Three TV stations and two banks hit
    /// by cyber attack") is enumerated when the body names as many of them ("KBS, MBC, and YTN broadcasters", "Shinhan Bank and
    /// NongHyup Bank") or takes the counted noun up again ("these devices"). A count the body never names or takes up, or a
    /// long lead paragraph, stays a figure.
    /// </summary>
    [Fact]
    public void AHeadlinesCountOfWhatTheStoryNamesIsNoStatistic()
    {
        AnalyzerVerifier.Verify(Statistic, """
            # Cyber attack

            Three TV stations and two banks hit by huge cyber attack.

            Officials at KBS, MBC, and YTN broadcasters said their computers were shut down. Shinhan Bank and NongHyup Bank computers were also down.

            # Phones

            A look behind the curtain reveals worrying details about two devices

            There is also an examination of the censorship built into these devices.

            ## Three hackers and their bank heist

            Park, Jon and Kim hackers were named in the indictment.

            # Arrests

            {|NK1001:Seven smugglers|} arrested in border raid.

            Police in Hyesan said the raid was planned for months.

            # Hacks

            {|NK1001:Two banks|} hit by cyber attack.

            The attack was blamed on the North. Shinhan and three other lenders were hit.
            """);
    }

    /// <summary>
    /// A slash that starts a word before a number writes a network prefix's length ("four /24 routes", "a /16 block"): notation,
    /// not a count. A slash glued to what is before it ("24/7", "$30/month") is read as before, and the count of routes stays.
    /// </summary>
    [Fact]
    public void APrefixLengthAfterASlashIsNoCount()
    {
        AnalyzerVerifier.Verify(Statistic, """
            The new record allowed a maximum prefix length of 22, shorter than the four /24 routes announced by the operator.

            North Korea announces a single /22 block, split into /24 prefixes.

            The country's network has {|NK1001:six routes|} to the outside world.

            The network has been up 24/7 since the operator added {|NK1001:six routes|}.
            """);
    }

    /// <summary>
    /// The penalty a law sets ("Violators face up to three months in a labor camp") is the terms of a law, with the place of the
    /// term after "in" and up to two modifiers ("in a labor camp", "in a prison camp", "in the camps") and terms in months,
    /// weeks or days. A term handed down or served ("was held for three months in a labor camp") is still an event's duration.
    /// </summary>
    [Fact]
    public void APenaltyInACampALawSetsIsNoStatistic()
    {
        AnalyzerVerifier.Verify(Statistic, """
            Violators face up to three months in a labor camp.

            Those caught listening can face six months in a prison camp.

            Smugglers face up to 15 days in detention under the new rule.

            Offenders faced two years in the camps under the old law.

            He was held for {|NK1001:three months|} in a labor camp.

            The smuggler spent {|NK1001:two years|} in a prison camp.
            """);
    }

    /// <summary>
    /// A paragraph that opens with a quotation and closes it before its speaker's tag (",” the article continues.") is one
    /// quotation even when a single mark inside it was closed by a double one (“‘Freedom Radio” …): its figures are the quoted
    /// source's, not the writer's. Without the tag after the closing mark, or without the opening mark at the paragraph's start,
    /// the marks are read as before.
    /// </summary>
    [Fact]
    public void AParagraphsQuotationWithAMismatchedInnerMarkIsOneQuotation()
    {
        AnalyzerVerifier.Verify(Statistic, """
            “The US used ‘Freedom Radio” and “Radio Free Europe” to topple socialist countries. Radio Free Asia is now creating havoc 15 hours per day among the people,” the article continues.

            “The broadcasts of ‘Voice of America” reach the villages. They run 20 hours per day in every province,” the newspaper argued.

            The US used “Freedom Radio” and “Radio Free Europe”. Radio Free Asia now broadcasts {|NK1001:15 hours per day|}.

            “The US used ‘Freedom Radio” and “Radio Free Europe”. Radio Free Asia now broadcasts {|NK1001:15 hours per day|}.”
            """);
    }

    /// <summary>
    /// "within" and a duration ending a clause that reports a network or service reaching a state in the past ("its servers were
    /// back up within two hours", "went offline within", "restored the link within") is the time the event took: a measured
    /// event duration. A deadline ("was not provided within 30 days"), a rule ("must be filed within 30 days"), a change ("the
    /// rate fell within 3 days"), a clause that "within" opens, or no figure ("within hours") is none.
    /// </summary>
    [Fact]
    public void TheTimeAServiceTookToReachAStateWithinIsAStatistic()
    {
        AnalyzerVerifier.Verify(Statistic, """
            The bank was hit, but its servers were back up within {|NK1001:two hours|}.

            The state news site went offline within {|NK1001:20 minutes|}.

            Engineers restored the link within {|NK1001:45 minutes|}, the operator said.

            The domain was closed when the papers were not provided within 30 days.

            The servers must be back online within 30 days.

            The rate fell within 3 days.

            Within three days of the attack, the regime blamed Seoul.

            The site was back up within hours.
            """);
    }

    /// <summary>
    /// An inverted unnamed speaker at the sentence's end ("… said a researcher.") is vague with or without the comma the writer
    /// left out. A named body after the speaker ("said a researcher at KINU") names the source; a pronoun before "said" is its
    /// subject, and a speaker that does not end the sentence is an object ("said a researcher was arrested").
    /// </summary>
    [Fact]
    public void AnInvertedUnnamedSpeakerWithoutItsCommaIsVague()
    {
        AnalyzerVerifier.Verify(Vague, """
            The videos are indispensable for those outside of North Korea {|NK1002:said a researcher|}.

            The channel was an important window {|NK1002:says one analyst|}.

            Such footage is rare {|NK1002:said an expert|}.

            The videos are indispensable for outsiders said a researcher at the Korea Institute for National Unification.

            The ministry said a researcher was arrested in May.
            """);
    }

    /// <summary>
    /// An unnamed group that puts forward an opinion ("observers have raised the view that", "analysts voiced concern that",
    /// "critics expressed doubts that") reports it as "observers say that" does: vague. A named subject names the source; the
    /// verbs without an opinion noun before "that" ("raised prices", "shared a video") attribute nothing.
    /// </summary>
    [Fact]
    public void AnUnnamedGroupPuttingForwardAnOpinionIsVague()
    {
        AnalyzerVerifier.Verify(Vague, """
            Despite the casual style, {|NK1002:observers have raised|} the view that such accounts are propaganda.

            {|NK1002:Analysts voiced|} concern that the accounts are run by the state.

            {|NK1002:Some critics have expressed|} serious doubts that the footage is genuine.

            {|NK1002:Experts shared|} the fear that the network will close.

            Kim Min-su has raised the view that such accounts are propaganda.

            The ministry raised prices last year, and the channel shared a video of the parade.

            Analysts raised the question of funding.
            """);
    }

    /// <summary>
    /// An indefinite piece of evidence as a vague source ("A new report says …") that the next sentence of the paragraph takes up
    /// by its noun and names the owner of ("The report, published on Tuesday by Daily NK, …") points forward to a named source:
    /// no vague attribution. Its figures still need their own source. A next sentence that does not name the owner, or a new
    /// paragraph, leaves it vague.
    /// </summary>
    [Fact]
    public void AVagueReportNamedInTheNextSentenceIsAForwardReference()
    {
        AnalyzerVerifier.Verify(Vague, """
            A new report says phone users were given until the end of the year to upgrade. The report, published on Tuesday by Daily NK, quotes a source.

            A recent study found that defectors used phones. This study from the Korea Institute for National Unification surveyed defectors.

            {|NK1002:A new report says|} phone users were told to upgrade. The report quotes a source in the country.

            {|NK1002:A new report says|} phone users were told to upgrade.

            The report, published on Tuesday by Daily NK, quotes a source.
            """);
        AnalyzerVerifier.Verify(Statistic, """
            A new report says {|NK1001:7,000 phones|} were seized. The report, published on Tuesday by Daily NK, quotes a source.
            """);
    }
}
