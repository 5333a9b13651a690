using Microsoft.CodeAnalysis.Text;
using NkContentLint.Facts;
using Xunit;

namespace NkContentLint.Tests.Facts;

/// <summary>
/// The fact index's joint walk of its phrase sets (<see cref="PhraseSetMatcher"/>) against each set's own
/// <see cref="PhraseMatcher{T}"/>: the longest-match set as <c>FindLongestNonOverlapping</c> finds it, every other set as
/// <c>FindAll</c> does, the same matches in the same order, on hand-made cases and on random text built from the phrases'
/// own words (overlapping walks, a phrase in two sets, a phrase twice in one set, phrases that are prefixes of others).
/// </summary>
public sealed class PhraseSetMatcherTests
{
    private static readonly string[][] Sets =
    [
        ["North Korea", "Korea", "Kim Jong Un", "Kim", "Koryolink", ".kp", "@uriminzok", "star joint venture", "Koryolink"],
        ["users", "internet users", "joint", "star", "Kim", "venture", "a", "north", "star joint venture"],
        ["launched", "joint venture", ".nk", "korea", "an"],
        ["star joint", "Jong Un", "world's"],
    ];

    [Fact]
    public void EachSetFindsWhatItsOwnMatcherFinds()
    {
        AssertSameAsSeparateMatchers("In NORTH korea, Kim Jong Un; kimchi, Koryolinks and starcon.net.nk and star.kp, the world’s star joint venture of internet users launched");
    }

    [Fact]
    public void TheLongestMatchSetSkipsMatchesInsideItsLastOneAndTheOthersDoNot()
    {
        var matcher = new PhraseSetMatcher(Sets);

        var found = matcher.Find("Kim Jong Un and star joint venture", longestSet: 0);

        Assert.Equal([(new TextSpan(0, 11), 2), (new TextSpan(16, 18), 7)], found[0]);
        // "Kim", "star", "joint" and "venture" lie inside the names found, and are still found in their own set; the walk from
        // "joint" ends before the one from "star" did, and the matches are put back in order of end, longer first.
        Assert.Equal([(new TextSpan(0, 3), 4), (new TextSpan(16, 4), 3), (new TextSpan(21, 5), 2), (new TextSpan(16, 18), 8), (new TextSpan(27, 7), 5)], found[1]);
        Assert.Equal([(new TextSpan(4, 7), 1), (new TextSpan(16, 10), 0)], found[3]);
    }

    [Fact]
    public void RandomTextGivesEachSetItsOwnMatcherResult()
    {
        var pieces = new[] { "North", "Korea", "Kim", "Jong", "Un", "star", "joint", "venture", "internet", "users", "a", "an", ".kp", ".nk", "x", ",", "world’s", "launched", "Koryolink" };
        var random = new Random(20261205);
        for (var round = 0; round < 1000; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => pieces[random.Next(pieces.Length)] + (random.Next(3) == 0 ? "" : random.Next(5) == 0 ? "\n" : " ")));
            AssertSameAsSeparateMatchers(text);
        }
    }

    private static void AssertSameAsSeparateMatchers(string text)
    {
        var joint = new PhraseSetMatcher(Sets);
        for (var longestSet = 0; longestSet < Sets.Length; longestSet++)
        {
            var found = joint.Find(text, longestSet);
            for (var set = 0; set < Sets.Length; set++)
            {
                var own = new PhraseMatcher<int>(Sets[set].Select((phrase, index) => (phrase, index)));
                var expected = set == longestSet ? own.FindLongestNonOverlapping(text) : own.FindAll(text);
                Assert.True(
                    expected.SequenceEqual(found[set]),
                    $"text: {text}\nset {set} (longest: {longestSet})\nexpected: {string.Join(" | ", expected)}\nactual:   {string.Join(" | ", found[set])}");
            }
        }
    }
}
