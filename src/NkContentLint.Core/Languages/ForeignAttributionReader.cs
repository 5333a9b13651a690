using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;
using NkContentLint.Attributions;
using NkContentLint.Documents;

namespace NkContentLint.Languages;

/// <summary>
/// Who a sentence in a language other than English says its claims come from, read with the language's phrase lists
/// (<see cref="LanguageLexicon"/>): a named form (<c>laut</c>, <c>по данным</c>, <c>에 따르면</c>, <c>밝혔다</c>) names a
/// source; a vague form (<c>wurde bekannt</c>, <c>по разным оценкам</c>, <c>것으로 알려졌다</c>) names no one, unless the
/// sentence names a source too; a vague form of <c>[vague-with-figure]</c> (<c>다고 한다</c>) counts only in a sentence that
/// states a figure; an unnamed source (<c>또 다른 사이버 보안회사는</c>, <c>한 회원국이</c>) is vague and keeps the
/// reporting verb it is the subject of from naming anyone. A named form inside a vague one (<c>Schätzungen zufolge</c>)
/// names no one.
/// </summary>
internal static class ForeignAttributionReader
{
    public const string VagueForm = "vague phrase";
    public const string UnnamedSourceForm = "unnamed source";
    public const string NamedForm = "named source";
    public const string ReferenceForm = "reference";

    /// <param name="firstFigure">Where the sentence's first figure starts (a document offset), or null when it states none.</param>
    /// <param name="afterANamedSource">Whether the sentence before it, in the same paragraph, names a source: hearsay of
    /// <c>[vague-unless-named-before]</c> with no figure refers back to it.</param>
    /// <param name="namedInDocument">Whether an earlier sentence of the document names a source: "o diário" refers back to it
    /// (<c>[vague-unless-named-in-document]</c>).</param>
    /// <param name="nounsNamedBefore">The language's <c>[reference-nouns]</c> (a survey, a report) held by earlier sentences of the
    /// document that name a source: a <c>[references]</c> form (<c>응답자</c>, <c>이번 조사</c>) then points back to that source, one
    /// with nouns of its own only when one of them is among these.</param>
    /// <param name="informantMentionedBefore">Whether an earlier sentence of the document mentions one of the language's
    /// <c>[informants]</c> (<c>소식통</c>, <c>情報筋</c>): a later mention with no figure refers back to it and is reported no more.</param>
    public static SentenceAttributions Read(Sentence sentence, LanguageLexicon lexicon, int? firstFigure, bool afterANamedSource = false, bool namedInDocument = true, IReadOnlySet<string>? nounsNamedBefore = null, bool informantMentionedBefore = false)
    {
        var statesAFigure = firstFigure is not null;
        var prose = sentence.Prose.ToString();
        var offset = sentence.Span.Start;
        var vague = new List<Attribution>();
        var unnamed = new List<Attribution>();
        Find(lexicon.Vague, prose, offset, VagueForm, vague);
        Find(lexicon.Reportative, prose, offset, VagueForm, vague);
        Find(lexicon.ReportativePast, prose, offset, VagueForm, vague);
        if (lexicon.MayHoldUnnamedGroup(prose))
        {
            Find(lexicon.UnnamedGroups, prose, offset, VagueForm, vague);
        }
        if (statesAFigure || !afterANamedSource)
        {
            Find(lexicon.VagueUnlessNamedBefore, prose, offset, VagueForm, vague);
        }

        if (statesAFigure)
        {
            Find(lexicon.VagueWithFigure, prose, offset, VagueForm, vague);
        }

        if (!namedInDocument && lexicon.VagueUnlessNamedInDocument is { } outlets)
        {
            // "segundo o jornal Público": a name (a capital or a quotation mark) right after it names the outlet.
            var outletReferences = new List<Attribution>();
            Find(outlets, prose, offset, VagueForm, outletReferences);
            vague.AddRange(outletReferences.Where(r => !NameFollows(prose, r.Span.End - offset)));
        }

        // A status, no hearsay ("違法とされ", "必要とされる"): the vague form it overlaps is none.
        if (vague.Count > 0 && lexicon.NotVague is { } notVague)
        {
            var statuses = new List<Attribution>();
            Find(notVague, prose, offset, NamedForm, statuses);
            vague.RemoveAll(v => statuses.Any(n => n.Span.OverlapsWith(v.Span)));
        }

        // A definite reference back to a survey or report the article named ("응답자의 60.7%는 … 답했다", "…것으로 조사됐다"
        // after "통일부는 … 보고서를 공개했다"): it names that source, and the agentless form it overlaps is no vague one.
        var references = new List<Attribution>();
        if (nounsNamedBefore is { Count: > 0 })
        {
            Find(lexicon.References, prose, offset, NamedForm, references);
            foreach (var (phrase, nouns) in lexicon.ReferencesToNouns)
            {
                if (nouns.Any(nounsNamedBefore.Contains))
                {
                    Find(phrase, prose, offset, NamedForm, references);
                }
            }

            vague.RemoveAll(v => references.Any(r => r.Span.OverlapsWith(v.Span)));
        }

        Find(lexicon.UnnamedSources, prose, offset, UnnamedSourceForm, unnamed);
        var unnamedWithFigure = new List<Attribution>();
        Find(lexicon.UnnamedSourcesWithFigure, prose, offset, UnnamedSourceForm, unnamedWithFigure);
        // An informant nobody names (소식통, 情報筋) keeps the verb it is the subject of from naming anyone, as one reported only
        // with a figure does; at the document's first mention it is reported with no figure too ("평양 소식통은 18일 데일리NK와의
        // 통화에서 … 전했다"), later ones ("소식통은 이어 …") go on with it.
        var informants = new List<Attribution>();
        Find(lexicon.Informants, prose, offset, UnnamedSourceForm, informants);
        if (statesAFigure)
        {
            unnamedWithFigure.AddRange(informants);
        }
        else if (!informantMentionedBefore)
        {
            unnamed.AddRange(informants);
        }
        else
        {
            // Still keeps the verb from naming anyone, but reported no more.
            unnamedWithFigure.AddRange(informants);
        }

        var named = new List<Attribution>();
        if (unnamed.Count == 0 && unnamedWithFigure.Count == 0)
        {
            var candidates = new List<Attribution>();
            Find(lexicon.Named, prose, offset, NamedForm, candidates);
            named.AddRange(candidates.Where(n => !vague.Any(v => v.Span.OverlapsWith(n.Span))));
            named.AddRange(references.Select(r => r with { Form = ReferenceForm, ReferenceTo = prose.Substring(r.Span.Start - offset, r.Span.Length) }));
        }

        if (statesAFigure)
        {
            unnamed.AddRange(unnamedWithFigure);
        }

        if (named.Count == 0 && vague.Count == 0 && unnamed.Count == 0)
        {
            return SentenceAttributions.None;
        }

        var all = named.Concat(vague).Concat(unnamed).OrderBy(a => a.Span.Start).ToImmutableArray();
        var reported = new List<Attribution>();
        // A named form rescues the vague ones, but not a Japanese hearsay clause of its own before it.
        var unrescued = named.Count == 0 ? vague.Concat(unnamed) : vague.Where(v => IsHearsayOfItsOwnClause(v, named, prose, offset, firstFigure, lexicon));
        foreach (var attribution in unrescued.OrderBy(a => a.Span.Start))
        {
            if (reported.Count > 0 && reported[^1].Span.OverlapsWith(attribution.Span))
            {
                var last = reported[^1];
                reported[^1] = last with { Span = TextSpan.FromBounds(last.Span.Start, Math.Max(last.Span.End, attribution.Span.End)) };
                continue;
            }

            reported.Add(attribution);
        }

        return new SentenceAttributions(named.Count > 0, [.. reported], all);
    }

    /// <summary>
    /// "人口2500万人余りとされる北朝鮮だが、韓国の統一相が…明らかにしたところによれば、…580万台" (blind21): in Japanese a hearsay
    /// form that carries a figure before it and modifies the noun after it (or ends its clause at a comma) is a clause of its
    /// own; the source the sentence names after it, in the main clause, owns only the main clause's figures. A named form
    /// before it ("国連によると、人口は2500万人とされる") or a quotative と after it ("…とされると発表した") still rescues it.
    /// </summary>
    private static bool IsHearsayOfItsOwnClause(Attribution vague, List<Attribution> named, string prose, int offset, int? firstFigure, LanguageLexicon lexicon)
    {
        if (lexicon.Script != LanguageScript.Kana || firstFigure is not { } figure || figure >= vague.Span.Start
            || named.Any(n => n.Span.Start < vague.Span.End))
        {
            return false;
        }

        var after = vague.Span.End - offset;
        return after < prose.Length && prose[after] != 'と' && prose[after] != '。';
    }

    /// <summary>
    /// A name among the few words after an outlet's kind, before a comma or a subordinator: "segundo o jornal Público", "Selon
    /// l’agence de presse britannique Reuters" (blind21), "segundo o jornal «Expresso»". "O diário refere a existência de
    /// "400 mil…" quotes figures, no name.
    /// </summary>
    private static bool NameFollows(string prose, int end)
    {
        for (var words = 0; words < 5 && end < prose.Length; words++)
        {
            while (end < prose.Length && prose[end] is ' ' or '\u00A0')
            {
                end++;
            }

            if (end >= prose.Length || prose[end] is ',' or '.' or ';' or ':' or '!' or '?' or '(' or ')')
            {
                return false;
            }

            var quoted = prose[end] is '"' or '“' or '«' or '„' or '‘' or '\'';
            var first = quoted && end + 1 < prose.Length ? prose[end + 1] : prose[end];
            if (char.IsUpper(first))
            {
                return true;
            }

            var wordStart = end;
            while (end < prose.Length && !char.IsWhiteSpace(prose[end]) && prose[end] is not (',' or '.' or ';' or ':'))
            {
                end++;
            }

            if (prose.AsSpan(wordStart, end - wordStart) is "que" or "che" or "qui" or "quoi" or "dass")
            {
                return false;
            }
        }

        return false;
    }

    private static void Find(Regex? phrases, string prose, int offset, string form, List<Attribution> found)
    {
        if (phrases is null)
        {
            return;
        }

        foreach (Match match in phrases.Matches(prose))
        {
            var source = form == NamedForm ? AttributionSource.Named : AttributionSource.Vague;
            found.Add(new Attribution(new TextSpan(offset + match.Index, match.Length), source, UnlessNamed: form == VagueForm, form));
        }
    }
}
