using Microsoft.CodeAnalysis.Text;
using NkContentLint.Facts;
using Xunit;

namespace NkContentLint.Tests.Facts;

/// <summary>
/// The phrase matcher every fact scan rests on, checked against a plain search for each phrase: same matches,
/// same order (by end, longer first), on hand-made cases and on random text built from the phrases' own words.
/// </summary>
public sealed class PhraseMatcherTests
{
    private static readonly string[] Phrases =
    [
        "North Korea", "Korea", "Kim Jong Un", "Kim", "Jong", "Koryolink", ".kp", ".nk", "@uriminzok",
        "star", "star joint venture", "joint venture", "kwangmyong", "world's", "a", "an", "north",
    ];

    [Fact]
    public void FindsWholeWordsInAnyCaseLongerFirstAtTheSameEnd()
    {
        var matcher = new PhraseMatcher<string>(Phrases.Select(p => (p, p)));

        var found = matcher.FindAll("In NORTH korea, Kim Jong Un; kimchi, Koryolinks and starcon.net.nk and star.kp");

        Assert.Equal(
            ["north", "North Korea", "Korea", "Kim", "Jong", "Kim Jong Un", ".nk", "star", ".kp"],
            found.Select(m => m.Value));
        Assert.Equal(new TextSpan(3, 11), found[1].Span);
    }

    /// <summary>
    /// Korean writes its particles on the noun: a phrase that ends in a Hangul syllable matches before a particle
    /// ("광명은", "우리민족끼리는"), never before other Hangul ("광명성", the satellite, is another word).
    /// </summary>
    [Fact]
    public void AHangulPhraseMatchesBeforeAParticleOnly()
    {
        var matcher = new PhraseMatcher<string>(new[] { "광명", "우리민족끼리" }.Select(p => (p, p)));

        Assert.Equal(["광명", "우리민족끼리", "광명"], matcher.FindAll("광명은 우리민족끼리는 광명, 광명성 광명성의").Select(m => m.Value));
        Assert.Equal(["광명"], matcher.FindLongestNonOverlapping("광명성 광명에서").Select(m => m.Value));
        Assert.Empty(matcher.FindAll("광명시 광명성"));
    }

    /// <summary>
    /// Chinese and Japanese write no spaces between words: a phrase in Han or kana matches anywhere in a run of them
    /// ("朝鲜的移动渗透率约为"), and a Latin phrase ends before a Han character ("(ITU)和" , "Koryolink的"). Hangul keeps
    /// its particle rule, and Latin letters still never match inside a word.
    /// </summary>
    [Fact]
    public void HanAndKanaPhrasesMatchInsideARunOfThem()
    {
        var matcher = new PhraseMatcher<string>(new[] { "移动渗透率", "普及率", "Koryolink", "광명" }.Select(p => (p, p)));

        Assert.Equal(["移动渗透率", "Koryolink", "普及率"], matcher.FindAll("朝鲜的移动渗透率约为15%。Koryolink的携帯電話の普及率").Select(m => m.Value));
        Assert.Equal(["移动渗透率"], matcher.FindLongestNonOverlapping("截至2023年,朝鲜的移动渗透率约为15%").Select(m => m.Value));
        Assert.Empty(matcher.FindAll("광명성 Koryolinks xKoryolink"));
    }

    [Fact]
    public void LineBreaksTabsAndTypographicApostrophesMatchTheirPlainForms()
    {
        var matcher = new PhraseMatcher<string>(Phrases.Select(p => (p, p)));

        var found = matcher.FindAll("the world’s most\tNorth\nKorea");

        Assert.Contains(found, m => m.Value == "world's");
        Assert.Contains(found, m => m.Value == "North Korea" && m.Span == new TextSpan(17, 11));
    }

    [Fact]
    public void SamePhraseWithTwoValuesGivesBothInTheOrderGiven()
    {
        var matcher = new PhraseMatcher<int>([("Koryolink", 1), ("koryolink", 2), ("  ", 3)]);

        Assert.Equal([1, 2], matcher.FindAll("Koryolink").Select(m => m.Value));
    }

    [Fact]
    public void AgreesWithAPlainSearchOnRandomText()
    {
        var matcher = new PhraseMatcher<string>(Phrases.Select(p => (p, p)));
        var pieces = new[] { "North", "Korea", "korea", "Kim", "Jong", "Un", "star", "joint", "venture", "a", "an", ".kp", ".nk", "@uriminzok", "x", "Koryolink", "world’s", "kwangmyong", "1", "," };
        var separators = new[] { " ", "", "\n", "-", ". ", "  " };
        var random = new Random(20261204);
        for (var round = 0; round < 500; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 30)).Select(_ => pieces[random.Next(pieces.Length)] + separators[random.Next(separators.Length)]));

            var expected = PlainSearch(text);
            var actual = matcher.FindAll(text).Select(m => (m.Span, m.Value)).ToList();

            Assert.True(expected.SequenceEqual(actual), $"text: {text}\nexpected: {string.Join(" | ", expected)}\nactual:   {string.Join(" | ", actual)}");
        }
    }

    [Fact]
    public void LongestNonOverlappingIsFindAllWithOverlapsDroppedLeftmostLongestFirst()
    {
        var matcher = new PhraseMatcher<string>(Phrases.Select(p => (p, p)));

        Assert.Equal(
            ["North Korea", "Kim Jong Un", ".nk", "star", ".kp"],
            matcher.FindLongestNonOverlapping("In NORTH korea, Kim Jong Un; kimchi, Koryolinks and starcon.net.nk and star.kp").Select(m => m.Value));
        Assert.Equal(["star joint venture"], matcher.FindLongestNonOverlapping("star joint venture").Select(m => m.Value));
        Assert.Equal([1], new PhraseMatcher<int>([("Koryolink", 1), ("koryolink", 2)]).FindLongestNonOverlapping("Koryolink").Select(m => m.Value));

        var pieces = new[] { "North", "Korea", "Kim", "Jong", "Un", "star", "joint", "venture", "a", "an", ".kp", ".nk", "x", "," };
        var random = new Random(20261205);
        for (var round = 0; round < 500; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 30)).Select(_ => pieces[random.Next(pieces.Length)] + (random.Next(3) == 0 ? "" : " ")));

            // The rule: by start, longer first, each kept when it starts at or after the end of the last kept.
            var expected = new List<(TextSpan Span, string Value)>();
            foreach (var match in matcher.FindAll(text).OrderBy(m => m.Span.Start).ThenByDescending(m => m.Span.Length))
            {
                if (expected.Count == 0 || match.Span.Start >= expected[^1].Span.End)
                {
                    expected.Add(match);
                }
            }

            var actual = matcher.FindLongestNonOverlapping(text);

            Assert.True(expected.SequenceEqual(actual), $"text: {text}\nexpected: {string.Join(" | ", expected)}\nactual:   {string.Join(" | ", actual)}");
        }
    }

    /// <summary>Each phrase looked for at every position: whole words, case and line breaks folded, by end then longer first.</summary>
    private static List<(TextSpan Span, string Value)> PlainSearch(string text)
    {
        static char Fold(char c) => c is '\n' or '\r' or '\t' or '\u00A0' ? ' ' : c == '\u2019' ? '\'' : char.ToLowerInvariant(c);
        var folded = string.Concat(text.Select(Fold));
        var found = new List<(TextSpan Span, string Value, int Order)>();
        for (var p = 0; p < Phrases.Length; p++)
        {
            var phrase = string.Concat(Phrases[p].Select(Fold));
            for (var start = folded.IndexOf(phrase, StringComparison.Ordinal); start >= 0; start = folded.IndexOf(phrase, start + 1, StringComparison.Ordinal))
            {
                var end = start + phrase.Length;
                static bool Unspaced(char c) => c is (>= '\u3040' and <= '\u30FF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF') or (>= '\uF900' and <= '\uFAFF');
                var startsAWord = start == 0 || !char.IsLetterOrDigit(text[start - 1]) || !char.IsLetterOrDigit(text[start]) || Unspaced(text[start - 1]) || Unspaced(text[start]);
                var endsAWord = end == text.Length || !char.IsLetterOrDigit(text[end]) || Unspaced(text[end - 1]) || Unspaced(text[end]);
                if (startsAWord && endsAWord)
                {
                    found.Add((new TextSpan(start, phrase.Length), Phrases[p], p));
                }
            }
        }

        return [.. found.OrderBy(m => m.Span.End).ThenByDescending(m => m.Span.Length).ThenBy(m => m.Order).Select(m => (m.Span, m.Value))];
    }
}
