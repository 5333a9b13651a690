using NkContentLint.Text;
using Xunit;

namespace NkContentLint.Tests.Engine;

/// <summary>
/// <see cref="WordFilter"/>, the Bloom filter before the attribution cues and the claim parser's starter words: it may
/// let a word through that the set does not hold, never turn away one it does, in any case.
/// </summary>
public sealed class WordFilterTests
{
    [Fact]
    public void AWordOfTheSetPassesInAnyCaseAndMostOthersAreTurnedAway()
    {
        string[] words = ["according", "reports", "a", "an", "it's", "twenty-one", "Sources", "I"];
        var filter = new WordFilter(words);
        foreach (var word in words)
        {
            foreach (var written in new[] { word, word.ToUpperInvariant(), word.ToLowerInvariant() })
            {
                Assert.True(filter.MayContain(written), written);
            }
        }

        var others = Enumerable.Range(0, 2000).Select(i => $"word{i}").ToList();
        Assert.True(others.Count(filter.MayContain) < 20, "the filter lets nearly every other word through");
        Assert.False(filter.MayContain("Get-ChildItem"));
    }

    [Fact]
    public void AWordOutsideAsciiIsAlwaysLookedUp()
    {
        var filter = new WordFilter(["straße"]);
        Assert.True(filter.MayContain("naïve"));
        Assert.True(filter.MayContain("ＡＢＣ"));
        Assert.True(filter.MayContain("straße"));
    }

    [Fact]
    public void AnEmptySetTurnsAwayEveryAsciiWord()
    {
        var filter = new WordFilter([]);
        Assert.False(filter.MayContain("according"));
        Assert.False(filter.MayContain("a"));
    }
}
