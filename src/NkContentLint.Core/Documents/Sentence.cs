using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace NkContentLint.Documents;

/// <summary>
/// One sentence of prose, at its exact source span. A sentence ends at <c>.</c>, <c>?</c>, <c>!</c>
/// or an ellipsis followed by a new sentence, or at the end of its block; a footnote marker or closing
/// quote straight after the final punctuation belongs to it. Headings, list items, table cells and
/// image alt text are never joined with the text around them.
/// </summary>
public sealed class Sentence
{
    // One reference to what every sentence of the document shares (the text, the prose view, the token cache, the
    // blocks and the sentences' citations), not five: a markup-dense 50 MB article has 620,000 sentences. The block is
    // an index into the document's blocks, and the citations a run of the shared array up to the next sentence's
    // run (a one-citation array per sentence was 15 MB there), and its tokens are kept by the document's token cache,
    // so a sentence is 48 bytes, not 72.
    private const int LastInBlock = 1 << 31;
    private readonly SentenceSource source;
    private readonly int blockIndex;
    private readonly int indexInBlock;
    private readonly int firstCitation;

    internal Sentence(SentenceSource source, TextSpan span, int blockIndex, int index, int indexInBlock, bool isLastInBlock, int firstCitation)
    {
        this.source = source;
        Span = span;
        this.blockIndex = blockIndex;
        Index = index;
        this.indexInBlock = indexInBlock | (isLastInBlock ? LastInBlock : 0);
        this.firstCitation = firstCitation;
    }

    /// <summary>From the first character of the sentence (markup included) to its final punctuation and trailing markers.</summary>
    public TextSpan Span { get; }

    public ProseBlock Block => source.Blocks[blockIndex];

    /// <summary>The position of <see cref="Block"/> in the document's blocks: a cheap key for a sentence's paragraph.</summary>
    internal int BlockIndex => blockIndex;

    /// <summary>Position in <see cref="ContentDocument.Sentences"/>.</summary>
    public int Index { get; }

    public int IndexInBlock => indexInBlock & ~LastInBlock;

    public bool IsLastInBlock => (indexInBlock & LastInBlock) != 0;

    /// <summary>Links, autolinks, footnote references and author–year citations inside the sentence, in order.</summary>
    public ImmutableArray<Citation> Citations
    {
        get
        {
            var all = source.SentenceCitations;
            var sentences = source.Sentences;
            var end = Index + 1 < sentences.Length ? sentences[Index + 1].firstCitation : all.Length;
            return end == firstCitation ? ImmutableArray<Citation>.Empty : ImmutableArray.Create(all, firstCitation, end - firstCitation);
        }
    }

    /// <summary>The sentence in the prose view: source offsets, non-prose blanked to spaces.</summary>
    public ReadOnlyMemory<char> Prose => source.Prose.AsMemory(Span.Start, Span.Length);

    /// <summary>The prose of the sentence with whitespace collapsed, as a reader sees it.</summary>
    public string Text => Render(Span.Start, Span.End);

    /// <summary>
    /// Words, numbers and symbols of the sentence's prose, shared by every rule: tokenized once in an
    /// ordinary article; in a very long one, again when a later pass comes back to the sentence
    /// (<see cref="SentenceTokenCache"/> bounds the memory).
    /// </summary>
    public ImmutableArray<ProseToken> Tokens
    {
        get
        {
            var kept = source.Tokens.Get(Index);
            if (!kept.IsDefault)
            {
                return kept;
            }

            var fresh = ProseTokenizer.Tokenize(source.Text, source.Prose, Span, Block, source.Strings);
            source.Tokens.Keep(Index, fresh);
            return fresh;
        }
    }

    public override string ToString() => Text;

    /// <summary>Whether the sentence holds its tokens now (tests of <see cref="SentenceTokenCache"/>).</summary>
    internal bool HoldsTokens => !source.Tokens.Get(Index).IsDefault;

    /// <summary>The prose between two source offsets inside the sentence, as a reader sees it.</summary>
    internal string Render(int start, int end)
    {
        ReadOnlySpan<char> view = source.Prose.AsSpan(start, end - start);
        if (!Block.Excluded.IsEmpty)
        {
            var masked = view.ToArray();
            foreach (var excluded in Block.Excluded)
            {
                for (var k = Math.Max(excluded.Start, start); k < Math.Min(excluded.End, end); k++)
                {
                    masked[k - start] = ' ';
                }
            }

            view = masked;
        }

        return ProseTokenizer.Collapse(view, source.Text.AsSpan(start, end - start));
    }
}

/// <summary>
/// What every sentence of one document shares: its text, its prose view, its token cache and its strings, and,
/// once they are built, its blocks, its sentences and every sentence's citations in sentence order.
/// </summary>
internal sealed class SentenceSource(string text, string prose, SentenceTokenCache tokens, DocumentStrings strings)
{
    public string Text { get; } = text;

    public string Prose { get; } = prose;

    public SentenceTokenCache Tokens { get; } = tokens;

    public DocumentStrings Strings { get; } = strings;

    public ImmutableArray<ProseBlock> Blocks { get; set; } = [];

    public ImmutableArray<Sentence> Sentences { get; set; } = [];

    /// <summary>The citations of sentence 0, then of sentence 1, and so on: a sentence's are a run of this array.</summary>
    public Citation[] SentenceCitations { get; set; } = [];
}
