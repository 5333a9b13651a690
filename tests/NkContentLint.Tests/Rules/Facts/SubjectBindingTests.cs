using NkContentLint.Analysis;
using NkContentLint.Facts;
using NkContentLint.Rules;
using NkContentLint.Rules.Facts;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Facts;

/// <summary>
/// Subject binding with the default pack: a figure is checked only against a fact about what its
/// sentence is about. Each case that must not fire sits beside one that must.
/// </summary>
public sealed class SubjectBindingTests
{
    private static IReadOnlyList<NkContentLint.Diagnostics.Diagnostic> Verify(ContentAnalyzer analyzer, string markup) => DefaultPackVerifier.Verify(analyzer, markup);

    private static IReadOnlyList<NkContentLint.Diagnostics.Diagnostic> Verify(string markup) => Verify(new ContradictingFigureAnalyzer(), markup);

    [Fact]
    public void ACueDeniedByTheWordBeforeItCountsTheOthers() => Verify("""
        In 2017, {|NK2001:25 million people|} in North Korea had internet access.

        In 2017, most of the nation's 25 million people were poor, with no internet access.

        In 2017, 25 million North Koreans lacked internet access.

        In 2017, 25 million North Koreans lived without internet access.
        """);

    [Fact]
    public void AnotherCountrysPopulationIsLeftAlone() => Verify("""
        Japan, with 125 million people, has a larger population than its neighbour.

        South Korea's population of 51 million is online.

        Almost none of North Korea's {|NK2001:30 million citizens|} are online.
        """);

    [Fact]
    public void AnotherOperatorIsNotTheWhole() => Verify("""
        Kangsong Net reportedly has 2 million subscribers.

        In 2014, North Korea had {|NK2001:10 million mobile subscribers|}.
        """);

    [Fact]
    public void APartIsCheckedAgainstItsOwnSeries()
    {
        var diagnostic = Assert.Single(Verify("""
            By the end of 2009, Koryolink had signed up {|NK2001:1 million customers|}.

            At the end of 2023 Koryolink had 400,000 subscribers.
            """));
        Assert.Contains("Koryolink's mobile subscribers", diagnostic.Message);
        Assert.Contains("judged against 2009, the year in the sentence", diagnostic.Message);
    }

    [Fact]
    public void AnotherEventIsLeftAlone() => Verify("""
        The 2025 outage lasted three days, researchers said.

        The 2014 outage lasted only {|NK2001:90 minutes|}.
        """);

    [Fact]
    public void ALaterArticleAboutAnotherOutageIsLeftAlone() => Verify("""
        ---
        date: 2025-06-08
        ---

        The outage lasted three days.
        """);

    [Fact]
    public void TheKpZoneIsNotTheIntranet() => Verify("""
        The leak showed that North Korea had just 28 sites registered on its .kp domain.

        North Korea's intranet has {|NK2001:about 50,000 websites|}.
        """);

    [Fact]
    public void AYearThatDatesAnotherEventIsNotTheFiguresYear() => Verify("""
        Launched in December 2008, Koryolink had signed up 33,000 subscribers by the end of June.

        Koryolink, launched in 2008, had {|NK2001:2 million subscribers|} in 2010.
        """);

    [Fact]
    public void UndatedFiguresInTwoArticlesAreNotComparedAcrossFiles()
    {
        var session = new AnalyzerDriver([new InconsistentFigureAnalyzer()]).StartCorpus(DefaultPackVerifier.Facts, TestContext.Current.CancellationToken);
        var first = session.Analyze(NkContentLint.Documents.ContentDocument.Parse("a.md", "Koryolink had signed up 42,000 subscribers.\n"), NkContentLint.Configuration.RuleSettings.Default);
        var second = session.Analyze(NkContentLint.Documents.ContentDocument.Parse("b.md", "Koryolink has almost two million subscribers.\n"), NkContentLint.Configuration.RuleSettings.Default);
        Assert.Empty(first.Concat(second).Concat(session.Complete()));
    }

    [Fact]
    public void ATargetIsNotAStatedFigure() => Verify(new InconsistentFigureAnalyzer(), """
        The operator is on track to notch up 100,000 customers by the end of the year. It had signed up 33,000 subscribers by June.
        """);

    [Fact]
    public void AFigureBesideATargetIsStillChecked() => Verify("""
        Koryolink aims to reach 5 million subscribers in 2010, but in 2010 it had {|NK2001:2 million subscribers|}.
        """);

    [Fact]
    public void AListedWrongTopLevelDomainIsFoundInsideAHostName() => Verify(new MisspelledNameAnalyzer(), """
        The site starcon{|NK2002:.nk|} went offline, and so did other {|NK2002:.nk|} websites.

        The site starcon.net.kp went offline; Kim Jong Un's {|NK2002:Kim Jong Um|} spelling is wrong.
        """);

    [Fact]
    public void UndatedFiguresOfAGrowingSeriesInOneArticleAreNotCompared() => Verify(new InconsistentFigureAnalyzer(), """
        Koryolink had attracted 42,000 subscribers to date.

        Koryolink had signed up 33,000 subscribers by the end of June.
        """);

    [Fact]
    public void AnotherNamedOwnersFigureIsLeftAlone() => Verify("""
        President Obama has nearly 5 million followers, while Venezuelan leader Hugo Chavez has built up almost 750,000 followers.

        Hugo Chavez's 750,000 followers dwarf the account's.

        North Korea's Twitter account has {|NK2001:5 million followers|}.

        The @uriminzok account had gained {|NK2001:750,000 followers|}.

        Out of the North's population of {|NK2001:some 40 million|}, few are online.

        The CIA World Factbook counted {|NK2001:5 million followers|} of the @uriminzok account.
        """);

    [Fact]
    public void AnotherTopLevelDomainIsAnotherPlace() => Verify("""
        There are almost 25 million sites that end in .tk alone.

        North Korea's intranet holds {|NK2001:almost 25 million sites|}.
        """);

    [Fact]
    public void InAGapOfTheSeriesOnlyAFigureFarOutsideTheSeriesFires() => Verify("""
        ---
        date: 2022-02-01
        ---

        {|NK2001:Around 25 million people|} have access to the internet.

        Around 5,000 people have access to the internet.

        In 2018 Koryolink had 6 million subscribers.
        """);
}
