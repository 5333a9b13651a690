using System.Collections.Immutable;

namespace NkContentLint.Documents;

/// <summary>
/// Holds the tokens of one document's sentences, by sentence index, and decides which sentences keep them. Tokens take
/// about ten times the prose's size in memory (a token and its string per five characters), so keeping every sentence's
/// tokens for the whole analysis made a 50 MB article peak at 32x its size. A document keeps the tokens of its first
/// sentences up to <see cref="PermanentBudget"/> tokens (every ordinary article fits, so nothing is tokenized twice),
/// and beyond that only those of the sentences used most recently: the rules read a long article sentence by sentence,
/// several readers per sentence, so a sentence is tokenized again only when a later pass over the document comes back
/// to it. Tokenizing is deterministic, so what is kept changes time and memory, never a finding.
/// </summary>
/// <remarks>
/// The tokens live here rather than in a field of each sentence: a very large article keeps no permanent tokens, and a
/// field per sentence was 8 bytes of each of a markup-dense 50 MB article's 620,000 sentences (5 MB) holding nothing.
/// </remarks>
internal sealed class SentenceTokenCache
{
    /// <summary>Tokens kept for the document's life: about 1.3 MB of prose, 14 MB of tokens.</summary>
    internal const int PermanentBudget = 256 * 1024;

    /// <summary>Sentences beyond the budget whose tokens are kept, the most recently tokenized.</summary>
    internal const int RecentSentences = 64;

    private readonly Recent?[] recent = new Recent?[RecentSentences];
    private readonly int budget;
    private ImmutableArray<ProseToken>[] kept = [];
    private int permanent;

    /// <summary>
    /// A cache that keeps <paramref name="budget"/> tokens for good. A very large article (<see cref="LargeArticleMemory"/>)
    /// keeps none: its sentences are read again anyway, the budget is a few percent of them, and the kept tokens were 8 MB
    /// of a 50 MB article's peak.
    /// </summary>
    public SentenceTokenCache(int budget = PermanentBudget) => this.budget = budget;

    /// <summary>The tokens of sentence <paramref name="index"/> if they are kept, else default. Lock-free: a miss only means tokenizing again.</summary>
    public ImmutableArray<ProseToken> Get(int index)
    {
        var permanentTokens = Volatile.Read(ref kept);
        if (index < permanentTokens.Length && !permanentTokens[index].IsDefault)
        {
            return permanentTokens[index];
        }

        return Volatile.Read(ref recent[index % RecentSentences]) is { } slot && slot.Index == index ? slot.Tokens : default;
    }

    /// <summary>Keeps the fresh tokens of sentence <paramref name="index"/>, within the budget, else among the recent ones.</summary>
    public void Keep(int index, ImmutableArray<ProseToken> tokens)
    {
        lock (recent)
        {
            if (permanent + tokens.Length <= budget)
            {
                if (index >= kept.Length)
                {
                    var grown = new ImmutableArray<ProseToken>[Math.Max(index + 1, Math.Max(16, kept.Length * 2))];
                    Array.Copy(kept, grown, kept.Length);
                    Volatile.Write(ref kept, grown);
                }

                if (kept[index].IsDefault)
                {
                    permanent += tokens.Length;
                    kept[index] = tokens;
                }

                return;
            }

            // One slot per index modulo the ring's size: a sentence read again right away (several readers per
            // sentence) finds its tokens; one read on a later pass has been replaced by a sentence after it.
            Volatile.Write(ref recent[index % RecentSentences], new Recent(index, tokens));
        }
    }

    private sealed record Recent(int Index, ImmutableArray<ProseToken> Tokens);
}
