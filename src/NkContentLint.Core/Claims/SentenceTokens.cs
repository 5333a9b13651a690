using System.Collections.Immutable;
using NkContentLint.Documents;

namespace NkContentLint.Claims;

/// <summary>One sentence's tokens and the small predicates every claim reader asks of them.</summary>
internal abstract class SentenceTokens
{
    protected SentenceTokens(Sentence sentence) => Bind(sentence);

    /// <summary>A reader bound to no sentence yet (<see cref="Bind"/> before use).</summary>
    protected SentenceTokens()
    {
        firstWord = -1;
    }

#pragma warning disable SA1401 // The readers index tokens in tight loops; fields keep that code short.
    protected Sentence sentence = null!;
    protected ImmutableArray<ProseToken> t;
    protected int n;

    /// <summary>The first word or number of the sentence, or -1.</summary>
    protected int firstWord;
#pragma warning restore SA1401

    /// <summary>
    /// Points the reader at another sentence. The claim parser keeps one set of readers per thread and binds them to each
    /// sentence in turn: making five readers and a delegate for every sentence with a number was a tenth of a run's
    /// allocations. A reader holds nothing else about a sentence.
    /// </summary>
    internal void Bind(Sentence sentence)
    {
        this.sentence = sentence;
        t = sentence.Tokens;
        n = t.Length;
        firstWord = -1;
        for (var i = 0; i < n; i++)
        {
            if (t[i].IsWord || t[i].IsNumber)
            {
                firstWord = i;
                break;
            }
        }
    }

    /// <summary>Lets go of the sentence, so a reader kept for the next one does not keep its document alive.</summary>
    internal void Unbind()
    {
        sentence = null!;
        t = default;
        n = 0;
        firstWord = -1;
    }

    protected string Collapse(int from, int to) => sentence.Render(from, to);

    protected bool Word(int k, string value) => k >= 0 && k < n && t[k].IsWord && t[k].Is(value);

    protected bool WordIn(int k, HashSet<string> set) => k >= 0 && k < n && t[k].IsWord && set.Contains(t[k].Text);

    protected bool Sym(int k, char c) => k >= 0 && k < n && t[k].IsSymbol && t[k].Text[0] == c;

    protected bool IsMonth(int k) => k >= 0 && k < n && t[k].IsWord && t[k].IsCapitalized && ClaimLexicon.Months.Contains(t[k].Text.TrimEnd('.'));
}
