using System.Collections.Immutable;

namespace NkContentLint.Documents;

/// <summary>
/// Decides which sentences of one document keep their tokens. Tokens take about ten times the
/// prose's size in memory (a token and its string per five characters), so keeping every sentence's
/// tokens for the whole analysis made a 50 MB article peak at 32x its size. A document keeps the
/// tokens of its first sentences up to <see cref="PermanentBudget"/> tokens (every ordinary article
/// fits, so nothing is tokenized twice), and beyond that only those of the sentences used most
/// recently: the rules read a long article sentence by sentence, several readers per sentence, so a
/// sentence is tokenized again only when a later pass over the document comes back to it.
/// Tokenizing is deterministic, so what is kept changes time and memory, never a finding.
/// </summary>
internal sealed class SentenceTokenCache
{
    /// <summary>Tokens kept for the document's life: about 1.3 MB of prose, 14 MB of tokens.</summary>
    internal const int PermanentBudget = 256 * 1024;

    /// <summary>Sentences beyond the budget whose tokens are kept, the most recently tokenized.</summary>
    internal const int RecentSentences = 64;

    private readonly Sentence?[] recent = new Sentence?[RecentSentences];
    private readonly int budget;
    private int permanent;

    /// <summary>
    /// A cache that keeps <paramref name="budget"/> tokens for good. A very large article (<see cref="LargeArticleMemory"/>)
    /// keeps none: its sentences are read again anyway, the budget is a few percent of them, and the kept tokens were 8 MB
    /// of a 50 MB article's peak.
    /// </summary>
    public SentenceTokenCache(int budget = PermanentBudget) => this.budget = budget;
    private int next;

    /// <summary>Stores the fresh tokens on <paramref name="sentence"/>, within the budget.</summary>
    public void Keep(Sentence sentence, ImmutableArray<ProseToken> tokens)
    {
        lock (recent)
        {
            if (permanent + tokens.Length <= budget)
            {
                permanent += tokens.Length;
                sentence.StoreTokens(tokens);
                return;
            }

            if (recent[next] is { } evicted && evicted != sentence)
            {
                evicted.StoreTokens(default);
            }

            recent[next] = sentence;
            sentence.StoreTokens(tokens);
            next = (next + 1) % recent.Length;
        }
    }
}
