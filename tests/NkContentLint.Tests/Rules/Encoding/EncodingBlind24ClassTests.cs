using NkContentLint.Fixing;
using NkContentLint.Rules.Encoding;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Encoding;

/// <summary>
/// The classes of encoding damage the blind24/blind25 pages showed: a '?' that a GBK or Big5 conversion wrote into
/// Chinese text for a character it could not map (NK4002), and a line with several damaged words, which is one NK4001
/// finding (blind25 b-01: a page whose every closing quote lost its last byte).
/// </summary>
public sealed class EncodingBlind24ClassTests
{
    private static readonly ReplacementCharacterAnalyzer LostCharacters = new();
    private static readonly MojibakeAnalyzer Mojibake = new();

    /// <summary>A '?' glued after a character (or its pinyin gloss) before a tone-marked syllable whose '(' was lost.</summary>
    [Theory]
    [InlineData("頗具當{|NK4002:?shù)|}靥厣。")]
    [InlineData("當(dāng){|NK4002:?shù)|}刈盍餍械膽{|NK4002:?yīng)|}用為一款流媒體。")]
    [InlineData("另外在當(dāng){|NK4002:?shù)|}兀有一款手機。")]
    [InlineData("这个城市的經{|NK4002:?jì)|}濟发展很快。")]
    [InlineData("人們喜歡使用這個應{|NK4002:?yòng）|}程序。")]
    public void PinyinDebrisAfterAQuestionMarkFires(string markup) => AnalyzerVerifier.Verify(LostCharacters, markup + "\n");

    [Fact]
    public void TheMessageSaysWhatHappened()
    {
        var diagnostic = Assert.Single(AnalyzerVerifier.Verify(LostCharacters, "頗具當{|NK4002:?shù)|}靥厣。\n"));
        Assert.Equal(
            "'?' inside Chinese text ('當?shù)靥厣'): a character was lost when this text was converted between GBK or Big5 and Unicode, which writes '?' for what it cannot map; 'shù)' after it is what is left of a pinyin gloss; restore it from the source",
            diagnostic.Message);
    }

    /// <summary>A '?' between two characters in a clause that asks nothing, when the document has two such marks.</summary>
    [Theory]
    [InlineData("香港{|NK4002:?|}仔的居民很多。\n\n他們在{|NK4002:??|}灣工作。")]
    [InlineData("朝鮮的{|NK4002:?|}信公司在平壤,用戶數量{|NK4002:?|}加了。")]
    [InlineData("這款手機的{|NK4002:?|}格是800美元。\n\n頗具當{|NK4002:?shù)|}特色。")]
    public void QuestionMarksBetweenCharactersFireInPairs(string markup) => AnalyzerVerifier.Verify(LostCharacters, markup + "\n");

    [Theory]
    // Questions: a particle or question word in the clause, or A-not-A, and the next sentence glued on.
    [InlineData("朝鲜民众能用手机吗?答案是肯定的。为什么这么慢?因为朝鲜依赖进口设备。")]
    [InlineData("你是不是学生?我是。他有没有手机?有。谁在用?很多人。")]
    [InlineData("確定要清除所有學習數據嗎?此操作不可恢復。這是什麼?一部手機。")]
    // One question that asks by its tone alone: a lone '?' between characters is not enough.
    [InlineData("他已经走了?我不知道。")]
    // Full-width question marks, a '?' before a space or at the end, after Latin letters, in URLs and code.
    [InlineData("这是什么？我不知道。他走了？你呢？")]
    [InlineData("他走了? 我不知道。她来了?\n\n什么是 GBK? 一种编码。")]
    [InlineData("打开 https://example.org/page?id=3 查看,或运行 `a?b` 和 `當?shù`。")]
    [InlineData("```\n香港?仔\n當?shù)\n```")]
    // Japanese and Korean lines are not read.
    [InlineData("人気のアプリは何?本当?嘘?")]
    [InlineData("북한 주민은 휴대폰을 쓸까?答은 예이다. 平壤?市")]
    // Pinyin glosses written on purpose: after a word with a space, or a whole bracket after a rare character.
    [InlineData("北京 (Běijīng) 和上海 (Shànghǎi) 是大城市。亳(bó)州在安徽。")]
    [InlineData("U+FFFD 和 ? 都是替换字符。")]
    public void QuestionsGlossesAndOtherScriptsDoNotFire(string text) => AnalyzerVerifier.Verify(LostCharacters, text + "\n");

    /// <summary>Several damaged words on a line: one finding from the first to the last; other lines keep their own.</summary>
    [Theory]
    [InlineData("“Never let it be released or leaked as piracy,{|NK4001:† the hackers said. “Take it down immediately.â€|}\n", "” the hackers said. “Take it down immediately.”")]
    [InlineData("The regime{|NK4001:â€™s network and the countryâ€™|}s phones.\n", "’s network and the country’")]
    [InlineData("We don{|NK4001:â€™t know; the rÃ©|}gime says.\n", "’t know; the ré")]
    public void SeveralDamagedWordsOnALineAreOneFinding(string markup, string replacement)
    {
        var diagnostic = Assert.Single(AnalyzerVerifier.Verify(Mojibake, markup));
        Assert.Equal(replacement, diagnostic.Properties[FixProperties.Replacement]);
        Assert.Contains("later on this line", diagnostic.Message);
    }

    [Fact]
    public void DamagedWordsOnSeparateLinesAreSeparateFindings()
    {
        var diagnostics = AnalyzerVerifier.Verify(Mojibake, "The regime{|NK4001:â€™|}s network.\n\nThe country{|NK4001:â€™|}s phones.\n");
        Assert.All(diagnostics, d => Assert.DoesNotContain("later on this line", d.Message));
    }

    [Fact]
    public void TheFixOfALineKeepsCodeAndLinksBetween() => AnalyzerVerifier.VerifyFix(
        Mojibake,
        "The regime{|NK4001:â€™s `x` and [the countryâ€™|}s](https://example.org/a) phones.\n",
        "The regime’s `x` and [the country’s](https://example.org/a) phones.\n",
        FixSafety.Safe);

    [Fact]
    public void ALineWithALossyWordIsASuggestion() => AnalyzerVerifier.VerifyFix(
        Mojibake,
        "“It was a mistake,{|NK4001:†he said. “We regret it.â€|}\n",
        "“It was a mistake,” he said. “We regret it.”\n",
        FixSafety.Suggestion);
}
