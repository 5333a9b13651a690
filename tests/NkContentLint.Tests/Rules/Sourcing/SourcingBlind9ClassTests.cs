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
    private static readonly VagueAttributionAnalyzer Vague = new();

    private static void VerifyStatistic(string markup) => AnalyzerVerifier.Verify(Statistic, markup);

    private static void VerifyVague(string markup) => AnalyzerVerifier.Verify(Vague, markup);

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

    /// <summary>An owner that is not a name does not name the sources it has: "the country's official sources" is vague, a named owner is not.</summary>
    [Fact]
    public void SourcesOwnedByNoNameAreUnnamed() => VerifyVague("""
        Daily NK reported the raids in May.

        {|NK1002:According to the country’s official sources|}, the leader is an expert in computers.

        {|NK1002:According to its official sources|}, the regime arrested hundreds.

        According to Daily NK’s sources, the regime arrested hundreds.

        According to the report, the regime arrested hundreds.
        """);

    /// <summary>An indefinite analysis of documents names no one; an analysis by a name, or of a name's documents, does.</summary>
    [Fact]
    public void AnIndefiniteAnalysisNamesNoOne() => VerifyVague("""
        Koryolink is facing complications in its merger, {|NK1002:according to an analysis of financial statements|}.

        Koryolink is facing complications in its merger, according to an analysis by Dyn Research.

        Koryolink is facing complications in its merger, according to an analysis of Orascom’s statements.
        """);

    /// <summary>A magnitude inside a hyphenated compound counts as the spaced figure does; a small number-noun compound stays as it was.</summary>
    [Fact]
    public void AMagnitudeInAHyphenatedCompoundIsACount() => VerifyStatistic("""
        Nonetheless, the North's {|NK1001:1.1-million-soldier|} military has been quick to embrace computers.

        The {|NK1001:5-thousand-man|} unit answers to the party, and a {|NK1001:1.2-million-strong|} army marched.

        The 20-member team wrote a 300-page manual.
        """);

    /// <summary>A year after a lower-case word dates a parenthetical's own figures; after a name or a comma it is an author–year citation.</summary>
    [Fact]
    public void AYearThatDatesAParentheticalIsNotACitation() => VerifyStatistic("""
        Main lines in use totaled {|NK1001:1.1 million|}, with radio stations (AM 16, FM 14, and shortwave 11 as of 1999).

        About 40 percent of people own a phone (Williams, 2016), and 30 percent a computer (DataReportal 2024).
        """);

    /// <summary>"police said" with no article refers back to a police force the article named, as "the police said" does; with no name before, it sources nothing.</summary>
    [Fact]
    public void PoliceWithNoArticleRefersBackToANamedForce()
    {
        VerifyStatistic("""
            The South Korean National Police Agency said on Sunday the attackers used phishing.

            At least 49 recipients fell for the tricks, police said.
            """);
        VerifyStatistic("""
            At least {|NK1001:49 recipients|} fell for the tricks, police said.
            """);
    }

    /// <summary>A heading that counts the piece's own charts or photos states its structure; a heading that counts people still fires.</summary>
    [Fact]
    public void AHeadingCountingThePiecesOwnChartsIsNotAStatistic() => VerifyStatistic("""
        # Nine charts which tell you all you need to know about North Korea

        ## {|NK1001:Nine hackers|} who stole the bank's money

        The body of the piece.
        """);

    /// <summary>A fact box's zero under a "Number of" label is its row's count; a small value under another label is not.</summary>
    [Fact]
    public void AZeroUnderANumberOfLabelIsACount() => VerifyStatistic("""
        Number of imprisoned netizens: {|NK1001:0|}

        Replies: 1
        """);

    /// <summary>A speaker's tag after a quotation sources the quotation, not a figure in the appositive describing the speaker; a reported figure before the tag stays sourced.</summary>
    [Fact]
    public void AFigureInASpeakersAppositiveIsTheWriters() => VerifyStatistic("""
        “I must study hard,” said Chun, one of the lucky {|NK1001:100 students|} recruited to the school each year.

        “We have 80,000 users,” said Park, the company's chairman.

        Orascom has 90,000 users, said Lee, an analyst at KDI.
        """);
}
