using System.Collections.Immutable;
using NkContentLint.Documents;

namespace NkContentLint.Claims;

/// <summary>One sentence's tokens and the small predicates every claim reader asks of them.</summary>
internal abstract class SentenceTokens
{
    protected SentenceTokens(Sentence sentence)
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

#pragma warning disable SA1401 // The readers index tokens in tight loops; fields keep that code short.
    protected readonly Sentence sentence;
    protected readonly ImmutableArray<ProseToken> t;
    protected readonly int n;

    /// <summary>The first word or number of the sentence, or -1.</summary>
    protected readonly int firstWord;
#pragma warning restore SA1401

    protected string Collapse(int from, int to) => sentence.Render(from, to);

    protected bool Word(int k, string value) => k >= 0 && k < n && t[k].IsWord && t[k].Is(value);

    protected bool WordIn(int k, HashSet<string> set) => k >= 0 && k < n && t[k].IsWord && set.Contains(t[k].Text);

    protected bool Sym(int k, char c) => k >= 0 && k < n && t[k].IsSymbol && t[k].Text[0] == c;

    protected bool IsMonth(int k) => k >= 0 && k < n && t[k].IsWord && t[k].IsCapitalized && ClaimLexicon.Months.Contains(t[k].Text.TrimEnd('.'));
}
