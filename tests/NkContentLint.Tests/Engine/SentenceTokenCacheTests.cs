using NkContentLint.Documents;
using Xunit;

namespace NkContentLint.Tests.Engine;

/// <summary>
/// A long article keeps the tokens of only part of its sentences (issue 12, row 13: bounded memory);
/// a sentence whose tokens were dropped is tokenized again to the very same tokens.
/// </summary>
public sealed class SentenceTokenCacheTests
{
    // 20 tokens: 15 words, 2 numbers, 3 symbols.
    private const string Sentence = "In 2019, Koryolink said about 6,000 people in Pyongyang used \"the intranet\" every day for news. ";

    [Fact]
    public void AnOrdinaryArticleKeepsEverySentencesTokens()
    {
        var document = ContentDocument.Parse("a.md", string.Concat(Enumerable.Repeat(Sentence, 500)));
        foreach (var sentence in document.Sentences)
        {
            _ = sentence.Tokens;
        }

        Assert.All(document.Sentences, s => Assert.True(s.HoldsTokens));
    }

    [Fact]
    public void ALongArticleKeepsTheBudgetAndTheRecentSentencesOnly()
    {
        const int tokensPerSentence = 20;
        var paragraphCount = ((SentenceTokenCache.PermanentBudget / tokensPerSentence) + 5_000) / 10;
        var count = paragraphCount * 10;
        var paragraphs = string.Concat(Enumerable.Range(0, paragraphCount).Select(_ => string.Concat(Enumerable.Repeat(Sentence, 10)) + "\n\n"));
        var document = ContentDocument.Parse("long.md", paragraphs);
        Assert.Equal(count, document.Sentences.Length);

        var first = document.Sentences.Select(s => s.Tokens).ToList();
        Assert.All(first, tokens => Assert.Equal(tokensPerSentence, tokens.Length));
        var held = document.Sentences.Count(s => s.HoldsTokens);
        Assert.Equal((SentenceTokenCache.PermanentBudget / tokensPerSentence) + SentenceTokenCache.RecentSentences, held);
        Assert.False(document.Sentences[^(SentenceTokenCache.RecentSentences + 1)].HoldsTokens);
        Assert.True(document.Sentences[^1].HoldsTokens);

        // Read again, from the start: dropped tokens come back identical (spans, text, kinds and flags).
        for (var i = 0; i < count; i++)
        {
            Assert.Equal(first[i], document.Sentences[i].Tokens);
        }
    }
}
