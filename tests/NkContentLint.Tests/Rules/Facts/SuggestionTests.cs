using NkContentLint.Facts;
using NkContentLint.Fixing;
using NkContentLint.Rules;
using NkContentLint.Rules.Facts;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Facts;

/// <summary>
/// Suggestions a writer could keep: a bare figure (with the writer's noun) for NK2001, the newer
/// figure with its date for NK2005; never a pack's notes or sources, which stay in the message.
/// </summary>
public sealed class SuggestionTests
{
    private static readonly FactIndex Facts = new([BuiltInFacts.DefaultPack]);

    private static string Suggestion(Analysis.ContentAnalyzer analyzer, string markup) =>
        Assert.Single(AnalyzerVerifier.Verify(analyzer, markup, facts: Facts)).Properties[FixProperties.Replacement];

    [Theory]
    [InlineData("North Korea's intranet has {|NK2001:about 50,000 websites|}.\n", "1,000 to 5,500 websites")]
    [InlineData("In 2014, North Korea had {|NK2001:10 million mobile subscribers|}.\n", "about 2.8 million mobile subscribers")]
    [InlineData("@uriminzok has {|NK2001:more than a million followers|}.\n", "13,000 to 14,000 followers")]
    public void Nk2001SuggestsABareFigure(string markup, string expected)
    {
        var suggestion = Suggestion(new ContradictingFigureAnalyzer(), markup);
        Assert.Equal(expected, suggestion);
        Assert.DoesNotContain("(", suggestion);
        Assert.DoesNotContain(";", suggestion);
    }

    [Fact]
    public void Nk2005SuggestsTheNewerFigureWithItsDate()
    {
        var suggestion = Suggestion(new StaleFigureAnalyzer(), "---\ndate: 2024-03-01\n---\n\nAlmost none of its {|NK2005:24 million citizens|} can reach the global internet.\n");
        Assert.Equal("about 26.2 million citizens (as of January 2024)", suggestion);
    }
}
