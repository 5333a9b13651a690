using NkContentLint.Fixing;
using NkContentLint.Rules.Facts;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Facts;

public sealed class ContradictingFigureTests
{
    private static readonly ContradictingFigureAnalyzer Analyzer = new();

    private static IReadOnlyList<NkContentLint.Diagnostics.Diagnostic> Verify(string markup) =>
        AnalyzerVerifier.Verify(Analyzer, markup, facts: TestFacts.Index);

    [Fact]
    public void TwoMillionInternetUsersFiresWithCanonicalSourceAndWhatTwoMillionWas()
    {
        var diagnostic = Assert.Single(Verify("North Korea has {|NK2001:about 2 million Internet users|}.\n"));
        Assert.Contains("contradicts the canonical figure for people with access to the global internet: a few thousand to about 20,000 (as of 2014; Internet users source, https://example.org/users)", diagnostic.Message);
        Assert.EndsWith("2 million is the number of Koryolink mobile subscribers in 2013, not internet users", diagnostic.Message);
        Assert.Equal("suggestion", diagnostic.Properties[FixProperties.Safety]);
        Assert.Equal("internet-users", diagnostic.Properties["fact.id"]);
    }

    [Fact]
    public void APercentageIsConvertedThroughThePopulation()
    {
        var diagnostic = Assert.Single(Verify("Only {|NK2001:1%|} of the population has access to the internet.\n"));
        Assert.Contains("1% (about 262,000 people of 26.2 million)", diagnostic.Message);
    }

    [Fact]
    public void LessThanOnePercentIsConsistent() => Verify("Less than 1% of the population has access to the internet.\n");

    [Fact]
    public void FiguresInsideTheRangeDoNotFire() => Verify("About 10,000 people use the internet, and Kwangmyong has 3,000 sites.\n");

    [Fact]
    public void TheYearInTheSentenceChoosesTheSeriesPoint() => Verify("""
        In 2013 Koryolink had 2 million subscribers.

        In 2018 Koryolink had {|NK2001:2 million subscribers|}.
        """);

    [Fact]
    public void ATimeShiftedFromTheSentencesYearDoesNotDateTheFigureByThatYear() => Verify("""
        Koryolink hit 6 million subscribers in 2018 after it had topped 2 million subscribers five years earlier.

        In 2018 the network grew fast; Koryolink had topped 2 million subscribers five years earlier.

        Koryolink reached 6 million subscribers in 2018, then 2 million subscribers the previous year by one count.
        """);

    [Fact]
    public void AShiftedTimeAfterACommaOrAWrongFigureAtAnyDateStillFires() => Verify("""
        In 2018 Koryolink had {|NK2001:2 million subscribers|}, and many more the following year.

        In 2013 Koryolink launched, and it topped {|NK2001:90 million subscribers|} the following spring.
        """);

    [Fact]
    public void TheArticleDateIsUsedWhenTheSentenceHasNoYear() => Verify("""
        ---
        date: 2013-06-01
        ---

        Koryolink has 2 million subscribers.
        """);

    [Fact]
    public void QuotedFalseClaimsDoNotFire() => Verify("One outlet wrote that \"2 million people use the internet\" there.\n");

    [Fact]
    public void DebunkedClaimsDoNotFire() => Verify("It is a myth that 2 million people use the internet in North Korea.\n");

    [Fact]
    public void AClaimRefutedByTheNextSentenceDoesNotFire() => Verify("Some reports said 2 million people use the internet. In fact, the number is a few thousand.\n");

    [Fact]
    public void NumbersWithoutACueDoNotFire() => Verify("North Korea has 2 million soldiers and 1,024 IP addresses.\n");

    [Fact]
    public void AClaimThatNamesWhatItCountsIsNotAboutANearbyCue() =>
        Verify("A cue such as \"subscribers\" must be within 60 characters, and Koryolink runs two carriers with 2 million subscribers in 2013.\n");

    [Fact]
    public void CodeAndUrlsDoNotFire() => Verify("`2 million internet users` and <https://example.org/2000000-internet-users>.\n");

    [Fact]
    public void ASuggestionFixKeepsTheCountedNoun()
    {
        var diagnostic = Assert.Single(Verify("There are {|NK2001:2 million internet users|}.\n"));
        Assert.Equal("a few thousand to about 20,000 internet users", diagnostic.Properties[FixProperties.Replacement]);
    }
}
