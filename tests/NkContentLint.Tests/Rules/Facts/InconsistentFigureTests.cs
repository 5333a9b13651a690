using NkContentLint.Configuration;
using NkContentLint.Rules.Facts;
using NkContentLint.Running;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Facts;

public sealed class InconsistentFigureTests
{
    private static readonly InconsistentFigureAnalyzer Analyzer = new();

    private static IReadOnlyList<NkContentLint.Diagnostics.Diagnostic> Verify(string markup) =>
        AnalyzerVerifier.Verify(Analyzer, markup, facts: TestFacts.Index);

    [Fact]
    public void TwoIncompatibleFiguresInOneArticleFireOnTheLaterOne()
    {
        var diagnostic = Assert.Single(Verify("""
            Kwangmyong has about 1,000 websites.

            Across its {|NK2004:5,500 websites|}, content is censored.
            """));
        Assert.Equal("'5,500 websites' disagrees with '1,000 websites' for sites on Kwangmyong, stated at line 1; state one figure, or say why they differ", diagnostic.Message);
        Assert.Equal(1, Assert.Single(diagnostic.RelatedLocations).Location.StartLine);
    }

    [Fact]
    public void CompatibleFiguresDoNotFire() => Verify("Kwangmyong has about 1,000 websites. It has between 1,000 and 5,500 websites.\n");

    [Fact]
    public void DifferentYearsAreNotCompared() => Verify("In 2013 Koryolink had 2 million subscribers. In 2018 Koryolink had 6 million subscribers.\n");

    [Fact]
    public void FiguresThatContradictTheCanonicalRangeAreLeftToNk2001() => Verify("Kwangmyong has 1,000 websites. Kwangmyong has 28 websites.\n");

    [Fact]
    public void IncompatibleFiguresInTwoArticlesFireAcrossFiles()
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", "In 2018 Koryolink had 6 million subscribers.\n");
        temp.Write("b.md", "In 2018 Koryolink had 3.8 million subscribers.\n");

        var result = Run(temp.Path, crossFile: true);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("b.md", diagnostic.Location.Path);
        Assert.Equal("a.md", diagnostic.RelatedLocations[0].Location.Path);
        Assert.Contains("stated at a.md(1,23)", diagnostic.Message);

        Assert.Empty(Run(temp.Path, crossFile: false).Diagnostics);
    }

    private static LintResult Run(string directory, bool crossFile)
    {
        var configuration = LintConfiguration.CreateDefault(directory).WithRules(new Dictionary<string, RuleConfiguration>
        {
            ["NK2004"] = new(null, System.Collections.Immutable.ImmutableDictionary<string, object>.Empty.Add("cross_file", crossFile)),
        });
        return LintRunner.Run(
            new LintRequest(["."], directory, configuration, [Analyzer]) { Facts = TestFacts.Index },
            TestContext.Current.CancellationToken);
    }
}
