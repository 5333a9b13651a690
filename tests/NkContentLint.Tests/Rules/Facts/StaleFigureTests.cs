using NkContentLint.Fixing;
using NkContentLint.Rules.Facts;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Facts;

public sealed class StaleFigureTests
{
    private static readonly StaleFigureAnalyzer Analyzer = new();

    private static IReadOnlyList<NkContentLint.Diagnostics.Diagnostic> Verify(string markup) =>
        AnalyzerVerifier.Verify(Analyzer, markup, facts: TestFacts.Index);

    [Fact]
    public void AFigureRightOnlyBeforeTheArticlesDateFiresWithTheYearAndTheNewerFigure()
    {
        var diagnostic = Assert.Single(Verify("""
            ---
            date: 2024-03-01
            ---

            Almost none of its {|NK2005:24 million citizens|} can reach the internet.
            """));
        Assert.Equal(
            "'24 million citizens' for population was right in 2008, but not at the article's date 2024-03-01 (front matter): the newer figure is about 26.2 million (as of 2024; Test, https://example.org/pop)",
            diagnostic.Message);
        Assert.Equal("suggestion", diagnostic.Properties[FixProperties.Safety]);
        Assert.Equal("about 26.2 million citizens (as of 2024)", diagnostic.Properties[FixProperties.Replacement]);
        Assert.Equal("2008", diagnostic.Properties["fact.rightIn"]);
    }

    [Fact]
    public void AYearInBracketsRightAfterTheFigureDatesIt() => Verify("""
        ---
        date: 2024-03-01
        ---

        total population: 24 million citizens (2021 est.)

        The census counted 24 million citizens (as of 2019) in all.

        Almost none of its 24 million citizens (in 2020) can reach the internet.
        """);

    [Fact]
    public void BracketsWithoutAYearOrAYearFarAfterTheFigureDoNotDateIt() => Verify("""
        ---
        date: 2024-03-01
        ---

        Almost none of its {|NK2005:24 million citizens|} (a record) can reach the internet.

        Almost none of its {|NK2005:24 million citizens|} can reach the internet, a report found (2021).
        """);

    [Fact]
    public void ADatelineDatesTheArticle()
    {
        var diagnostic = Assert.Single(Verify("""
            # Phones

            Friday, November 23, 2018

            Koryolink has {|NK2005:2 million subscribers|}.
            """));
        Assert.Contains("was right in 2013, but not at the article's date 2018-11-23 (dateline)", diagnostic.Message);
    }

    [Fact]
    public void AFigureRightAtTheArticlesDateDoesNotFire() => Verify("""
        ---
        date: 2012-06-01
        ---

        Almost none of its 24 million citizens can reach the internet.
        """);

    [Fact]
    public void AFigureRightWithinTheYearBeforeTheArticlesDateDoesNotFire() => Verify("""
        ---
        date: 2014-06-01
        ---

        Koryolink has 2 million subscribers.
        """);

    [Fact]
    public void WithoutAnArticleDateAFigureRightAtAnyTimeDoesNotFire() => Verify("Almost none of its 24 million citizens can reach the internet.\n");

    [Fact]
    public void AYearInTheSentenceIsNeverStale() => Verify("""
        ---
        date: 2024-03-01
        ---

        In 2013 Koryolink had 2 million subscribers, and in 2018 it had 2 million again.
        """);

    [Fact]
    public void AQuotedStaleFigureDoesNotFire() => Verify("""
        ---
        date: 2024-03-01
        ---

        A 2010 brochure said "24 million citizens" live there.
        """);

    [Fact]
    public void AFigureDatedRelativeToAnotherTimeIsNotStale() => Verify("""
        ---
        date: 2018-11-23
        ---

        Koryolink has {|NK2005:2 million subscribers|}.

        The network opened in 2008, and a year later Koryolink had 2 million subscribers.

        At the time, Koryolink had 2 million subscribers.
        """);

    [Fact]
    public void AFigurePerPeriodIsAFlowNotALevel() => Verify("""
        ---
        date: 2018-11-23
        ---

        Koryolink gained {|NK2005:2 million subscribers|} in all.

        Koryolink gained some 2 million subscribers during each of the last five quarters.

        Koryolink signs up 2 million subscribers a year.

        Koryolink has {|NK2005:2 million subscribers|} who call each other every day.
        """);
}
