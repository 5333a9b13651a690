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
    // One reference to what every sentence of the document shares (the text, the prose view, the token cache), not
    // three: a 50 MB article has 440,000 sentences.
    private readonly SentenceSource source;
    private ImmutableArray<ProseToken> tokens;

    internal Sentence(SentenceSource source, TextSpan span, ProseBlock block, int index, int indexInBlock, bool isLastInBlock, ImmutableArray<Citation> citations)
    {
        this.source = source;
        Span = span;
        Block = block;
        Index = index;
        IndexInBlock = indexInBlock;
        IsLastInBlock = isLastInBlock;
        Citations = citations;
    }

    /// <summary>From the first character of the sentence (markup included) to its final punctuation and trailing markers.</summary>
    public TextSpan Span { get; }

    public ProseBlock Block { get; }

    /// <summary>Position in <see cref="ContentDocument.Sentences"/>.</summary>
    public int Index { get; }

    public int IndexInBlock { get; }

    public bool IsLastInBlock { get; }

    /// <summary>Links, autolinks, footnote references and author–year citations inside the sentence, in order.</summary>
    public ImmutableArray<Citation> Citations { get; }

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
            var kept = tokens;
            if (!kept.IsDefault)
            {
                return kept;
            }

            var fresh = ProseTokenizer.Tokenize(source.Text, source.Prose, Span, Block, source.Strings);
            source.Tokens.Keep(this, fresh);
            return fresh;
        }
    }

    public override string ToString() => Text;

    /// <summary>Whether the sentence holds its tokens now (tests of <see cref="SentenceTokenCache"/>).</summary>
    internal bool HoldsTokens => !tokens.IsDefault;

    /// <summary>Keeps (or, with default, drops) the tokens; called by <see cref="SentenceTokenCache"/> under its lock.</summary>
    internal void StoreTokens(ImmutableArray<ProseToken> value) => tokens = value;

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

/// <summary>What every sentence of one document shares: its text, its prose view, its token cache and its strings.</summary>
internal sealed record SentenceSource(string Text, string Prose, SentenceTokenCache Tokens, DocumentStrings Strings);
