using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using NkContentLint.Claims;
using NkContentLint.Documents;

namespace NkContentLint.Attributions;

/// <summary>
/// Finds attributions by the structure of the sentence, not only by phrase lists: a reporting verb and
/// its subject (<c>Analysts say</c>, <c>Researchers at Recorded Future found</c>, <c>Uriminzokkiri,
/// experts believe, is…</c>, <c>Reuters, citing Dyn, reported</c>), <c>according to</c> and what
/// follows, passives with or without an agent (<c>is estimated by GSMA Intelligence at</c>,
/// <c>is believed to</c>), impersonal <c>it is … that</c>, hedging adverbs, and the phrase lists of
/// <c>rules/sourcing/</c>. A source counts as named when the words contain a proper name; generic
/// nouns (<c>experts</c>, <c>reports</c>, <c>estimates</c>) and demonyms (<c>Western analysts</c>) do not
/// name anyone. Words inside quotations and titles of works are someone else's and are skipped.
/// </summary>
public sealed class AttributionFinder
{
    private readonly AttributionLexicon lexicon;
    private readonly ImmutableArray<ProseToken> t;
    private readonly int n;
    private readonly int first;
    private readonly List<Attribution> found = [];

    private AttributionFinder(Sentence sentence, AttributionLexicon lexicon)
    {
        this.lexicon = lexicon;
        t = sentence.Tokens;
        n = t.Length;
        first = -1;
        for (var i = 0; i < n; i++)
        {
            if (t[i].IsWord || t[i].IsNumber)
            {
                first = i;
                break;
            }
        }
    }

    /// <summary>The attributions of one sentence, read with the built-in word lists.</summary>
    public static SentenceAttributions Find(Sentence sentence) => Find(sentence, AttributionLexicon.Default);

    /// <summary>The attributions of one sentence, with a project's own always-vague phrases (NK1002's <c>extra_phrases</c>) added.</summary>
    public static SentenceAttributions Find(Sentence sentence, IReadOnlyCollection<string> extraPhrases) =>
        Find(sentence, AttributionLexicon.Default.WithExtraPhrases(extraPhrases));

    internal static SentenceAttributions Find(Sentence sentence, AttributionLexicon lexicon)
    {
        var finder = new AttributionFinder(sentence, lexicon);
        finder.Run();
        var all = finder.found.OrderBy(a => a.Span.Start).ToImmutableArray();
        var named = all.Any(a => a.Source == AttributionSource.Named) || sentence.Citations.Any(c => c.Kind == CitationKind.AuthorYear);
        var vague = new List<Attribution>();
        foreach (var attribution in all)
        {
            if (attribution.Source != AttributionSource.Vague || (attribution.UnlessNamed && named))
            {
                continue;
            }

            if (vague.Count > 0 && vague[^1].Span.OverlapsWith(attribution.Span))
            {
                var last = vague[^1];
                vague[^1] = last with { Span = TextSpan.FromBounds(last.Span.Start, Math.Max(last.Span.End, attribution.Span.End)) };
                continue;
            }

            vague.Add(attribution);
        }

        return new SentenceAttributions(named, [.. vague], all);
    }

    private void Run()
    {
        for (var k = 0; k < n; k++)
        {
            var token = t[k];
            if (!token.IsWord || token.InQuotation || token.InTitle)
            {
                continue;
            }

            Phrases(k);
            AccordingTo(k);
            AsReported(k);
            PerCitingOrFrom(k);
            Impersonal(k);
            Passive(k);
            Hedge(k);
            SubjectAndVerb(k);
        }
    }

    // ---- phrase lists ------------------------------------------------------------------------

    private void Phrases(int k)
    {
        if (!lexicon.PhrasesByFirstWord.TryGetValue(Norm(t[k].Text), out var candidates))
        {
            return;
        }

        foreach (var (words, always) in candidates)
        {
            if (Matches(k, words) && !(always && k > 0 && IsName(k - 1)))
            {
                Add(k, k + words.Length, AttributionSource.Vague, unlessNamed: !always, "phrase");
            }
        }
    }

    private bool Matches(int k, string[] words)
    {
        if (k + words.Length > n)
        {
            return false;
        }

        for (var w = 0; w < words.Length; w++)
        {
            var token = t[k + w];
            if (token.InQuotation || token.InTitle || !token.Is(words[w]))
            {
                return false;
            }
        }

        return true;
    }

    // ---- according to, as reported by, per, citing, data from ----------------------------------

    private void AccordingTo(int k)
    {
        if (!Word(k, "according") || !Word(k + 1, "to"))
        {
            return;
        }

        for (var m = k + 2; m < n && m < k + 10; m++)
        {
            if (!t[m].IsWord && !t[m].IsNumber)
            {
                return;
            }

            if (IsName(m) || KnownSourceAt(m) > 0)
            {
                Add(k, m + 1, AttributionSource.Named, unlessNamed: false, "according to");
                return;
            }

            if (lexicon.Pronouns.Contains(t[m].Text) || lexicon.ClauseWords.Contains(t[m].Text))
            {
                return;
            }

            if (lexicon.UnnamedSources.Contains(Norm(t[m].Text)))
            {
                // "according to estimates by GSMA Intelligence" names it after all.
                if (Word(m + 1, "by") || Word(m + 1, "from") || Word(m + 1, "of") || Word(m + 1, "at"))
                {
                    if (HasName(m + 2, Math.Min(n, m + 7)))
                    {
                        Add(k, m + 1, AttributionSource.Named, unlessNamed: false, "according to");
                        return;
                    }
                }

                // "according to the report" points back to a source already named.
                if (m == k + 3 && Word(k + 2, "the") && !IsPlural(t[m].Text))
                {
                    return;
                }

                Add(k, m + 1, AttributionSource.Vague, unlessNamed: true, "according to");
                return;
            }
        }
    }

    private void AsReported(int k)
    {
        if (!Word(k, "as") || k + 1 >= n)
        {
            return;
        }

        var j = k + 1;
        while (j < n && (lexicon.BeForms.Contains(t[j].Text) || lexicon.Adverbs.Contains(t[j].Text) || Word(j, "has") || Word(j, "have")))
        {
            j++;
        }

        if (j >= n || !(Word(j, "reported") || Word(j, "noted") || Word(j, "stated") || Word(j, "known") || Word(j, "believed") || Word(j, "documented") || Word(j, "cited")))
        {
            return;
        }

        if (Word(j + 1, "by"))
        {
            Add(k, j + 1, HasName(j + 2, Math.Min(n, j + 8)) ? AttributionSource.Named : AttributionSource.Vague, unlessNamed: true, "as reported by");
            return;
        }

        if (j + 1 >= n || t[j + 1].IsSymbol)
        {
            Add(k, j + 1, AttributionSource.Vague, unlessNamed: true, "as reported");
        }
    }

    private void PerCitingOrFrom(int k)
    {
        // Per the CIA World Factbook, …
        if (Word(k, "per") && (k == first || Sym(k - 1, ',') || Sym(k - 1, '(')) && HasName(k + 1, ClauseEnd(k + 1, 6)))
        {
            Add(k, k + 1, AttributionSource.Named, unlessNamed: false, "per");
        }

        // …, citing Dyn, …
        if (Word(k, "citing"))
        {
            var end = ClauseEnd(k + 1, 6);
            if (HasName(k + 1, end))
            {
                Add(k, k + 1, AttributionSource.Named, unlessNamed: false, "citing");
            }
            else if (AnyIn(k + 1, end, lexicon.UnnamedSources))
            {
                Add(k, end, AttributionSource.Vague, unlessNamed: true, "citing");
            }
        }

        // Data from Koryolink, estimates by GSMA Intelligence, studies by the Stimson Center.
        if (lexicon.EvidenceNouns.Contains(Norm(t[k].Text)) && (Word(k + 1, "from") || Word(k + 1, "by")) && HasName(k + 2, ClauseEnd(k + 2, 6)))
        {
            Add(k, k + 2, AttributionSource.Named, unlessNamed: false, "data from");
        }

        // DataReportal's count, Trend Micro's analysis.
        if (IsPossessive(t[k].Text) && k + 1 < n && lexicon.EvidenceNouns.Contains(Norm(t[k + 1].Text)) && IsName(k))
        {
            Add(k, k + 2, AttributionSource.Named, unlessNamed: false, "possessive");
        }

        // …, reported by Yonhap; the figure counted by Statistics Korea.
        if (Word(k + 1, "by") && t[k].Text.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
            && (lexicon.ReportingVerbs.Contains(t[k].Text) || lexicon.AgentlessPassives.Contains(t[k].Text))
            && HasName(k + 2, ClauseEnd(k + 2, 6)))
        {
            Add(k, k + 2, AttributionSource.Named, unlessNamed: false, "by agent");
        }
    }

    // ---- it is reported, is believed to, reportedly -----------------------------------------

    private void Impersonal(int k)
    {
        var contracted = t[k].Is("it's");
        if (!Word(k, "it") && !contracted)
        {
            return;
        }

        var j = k + 1;
        var sawBe = contracted;
        while (j < n && j < k + 6 && (lexicon.BeForms.Contains(t[j].Text) || lexicon.Adverbs.Contains(t[j].Text) || Word(j, "has") || Word(j, "had") || Word(j, "have")))
        {
            sawBe |= lexicon.BeForms.Contains(t[j].Text);
            j++;
        }

        if (!sawBe || j >= n || !lexicon.ImpersonalParticiples.Contains(t[j].Text) || Word(j + 1, "for") || Word(j + 1, "as"))
        {
            return;
        }

        if (Word(j + 1, "by"))
        {
            if (HasName(j + 2, ClauseEnd(j + 2, 6)))
            {
                Add(k, j + 2, AttributionSource.Named, unlessNamed: false, "it is reported by");
            }

            return;
        }

        if (t[j].Is("expected") || t[j].Is("hoped"))
        {
            return;
        }

        Add(k, Word(j + 1, "that") ? j + 2 : j + 1, AttributionSource.Vague, unlessNamed: true, "it is reported");
    }

    private void Passive(int k)
    {
        if (!lexicon.BeForms.Contains(t[k].Text) || (k > 0 && (Word(k - 1, "it") || t[k - 1].Is("it's"))))
        {
            return;
        }

        var j = k + 1;
        while (j < n && j < k + 4 && lexicon.Adverbs.Contains(t[j].Text))
        {
            j++;
        }

        if (j >= n || !lexicon.AgentlessPassives.Contains(Norm(t[j].Text)))
        {
            return;
        }

        var next = j + 1;
        if (Word(next, "by"))
        {
            var end = ClauseEnd(next + 1, 6);
            if (HasName(next + 1, end))
            {
                Add(k, next + 1, AttributionSource.Named, unlessNamed: false, "passive with agent");
            }
            else if (AnyIn(next + 1, end, lexicon.UnnamedSources))
            {
                Add(k, end, AttributionSource.Vague, unlessNamed: true, "passive with agent");
            }

            return;
        }

        if ((Word(next, "to") && IsInfinitive(next + 1)) || (Word(next, "at") && t[j].Is("estimated")) || Word(next, "that"))
        {
            Add(k, next + 1, AttributionSource.Vague, unlessNamed: true, "agentless passive");
        }
    }

    private void Hedge(int k)
    {
        if (lexicon.Hedges.Contains(Norm(t[k].Text)))
        {
            Add(k, k + 1, AttributionSource.Vague, unlessNamed: true, "hedge");
        }

        if (Word(k, "widely") && k + 1 < n && lexicon.Widely.Contains(Norm(t[k + 1].Text)))
        {
            Add(k, k + 2, AttributionSource.Vague, unlessNamed: true, "widely");
        }
    }

    // ---- subject + reporting verb -------------------------------------------------------------

    private void SubjectAndVerb(int v)
    {
        var verb = Norm(t[v].Text);
        var evidenceVerb = lexicon.EvidenceVerbs.Contains(verb);
        if ((!evidenceVerb && !lexicon.ReportingVerbs.Contains(verb) && !RanksSomething(v)) || t[v].IsCapitalized)
        {
            // A capitalised "Recorded" is part of a name (Recorded Future), not a verb.
            return;
        }

        // After a preposition or determiner the word is a noun: "run by state bodies", "the report".
        if (v > 0 && t[v - 1].IsWord && (lexicon.Determiners.Contains(t[v - 1].Text) || lexicon.Prepositions.Contains(t[v - 1].Text) || Word(v - 1, "to")))
        {
            return;
        }

        // "listed in", "recorded by": an adjectival participle, not a verb with a subject.
        if (verb.EndsWith("ed", StringComparison.Ordinal) && v + 1 < n && t[v + 1].IsWord
            && (lexicon.Prepositions.Contains(t[v + 1].Text) || Word(v + 1, "to") || Word(v + 1, "as") || Word(v + 1, "under") || Word(v + 1, "during")))
        {
            return;
        }

        if (t[v].Is("put") || t[v].Is("puts"))
        {
            if (!PutAt(v + 1))
            {
                return;
            }
        }

        var subject = SubjectBefore(v, out var spanStart);
        if (subject is not { } s)
        {
            return;
        }

        var (start, end) = s;
        if ((end - start == 1 && lexicon.Pronouns.Contains(t[start].Text)) || lexicon.Negations.Contains(t[start].Text))
        {
            // "We believe" is the author's stance; "No source gives this count" attributes nothing.
            return;
        }

        for (var k = start; k < end; k++)
        {
            if (t[k].IsWord && (lexicon.BeForms.Contains(t[k].Text) || (lexicon.Modals.Contains(t[k].Text) && !t[k].Is("to"))))
            {
                // A subject has no verb of its own: "Most are run by state" is not a subject of "state".
                return;
            }
        }

        var headEnd = start;
        while (headEnd < end && !(t[headEnd].IsWord && lexicon.Prepositions.Contains(t[headEnd].Text) && headEnd > start))
        {
            headEnd++;
        }

        if (evidenceVerb && !AnyIn(start, headEnd, lexicon.EvidenceNouns))
        {
            return;
        }

        var named = HasName(start, end);
        if (!named && (t[v].Is("told") || t[v].Is("tells") || t[v].Is("tell")) && v + 1 < n && (IsName(v + 1) || KnownSourceAt(v + 1) > 0))
        {
            named = true;
        }

        if (named)
        {
            if (lexicon.WeakVerbs.Contains(verb) && !HeadIsSource(start, headEnd))
            {
                return;
            }

            Add(spanStart, v + 1, AttributionSource.Named, unlessNamed: false, "subject and verb");
            return;
        }

        // "Research notes on the tools", "reports of a block": after a generic subject, a word like
        // "notes" or "reports" followed by "on"/"of" is a plural noun, not a verb. (After a name it is a
        // verb: "Daily NK reports on the markets".)
        if (verb.EndsWith('s') && v + 1 < n && t[v + 1].IsWord && lexicon.NounFollowers.Contains(t[v + 1].Text))
        {
            return;
        }

        // "the source said" points back to a source already named.
        if (end - start == 2 && Word(start, "the") && !IsPlural(t[start + 1].Text))
        {
            return;
        }

        if (AnyIn(start, headEnd, lexicon.UnnamedSources))
        {
            Add(spanStart, v + 1, AttributionSource.Vague, unlessNamed: false, "subject and verb");
        }
    }

    /// <summary>
    /// "Reporters Without Borders ranks North Korea 179th": a ranking verb with an object names who ranked.
    /// Without one ("North Korea ranks 179th") the subject is what was ranked, not a source.
    /// </summary>
    private bool RanksSomething(int v) =>
        lexicon.RankingVerbs.Contains(t[v].Text) && v + 1 < n && t[v + 1].IsWord
        && !lexicon.RankingVerbs.Contains(t[v + 1].Text) && !lexicon.NotRankedObjects.Contains(t[v + 1].Text)
        && !NumberWords.TryParseOrdinal(t[v + 1].Text, out _);

    /// <summary>The subject before a verb: (start, end) token range, and where the attribution's span starts.</summary>
    private (int Start, int End)? SubjectBefore(int v, out int spanStart)
    {
        spanStart = v;
        var k = v - 1;
        while (k >= 0 && t[k].IsWord && lexicon.BeforeVerb.Contains(t[k].Text))
        {
            k--;
        }

        if (k < 0 || (t[k].IsWord && (lexicon.Modals.Contains(t[k].Text) || lexicon.BeForms.Contains(t[k].Text))))
        {
            return null;
        }

        if (Sym(k, ','))
        {
            // Interposed or appositive: "Reuters, citing Dyn, reported"; "One expert, Martyn Williams, says".
            var segmentStart = ScanBack(k - 1);
            if (segmentStart > k - 1)
            {
                return null;
            }

            var start = segmentStart;
            if (segmentStart - 1 >= 0 && Sym(segmentStart - 1, ','))
            {
                var before = ScanBack(segmentStart - 2);
                if (before <= segmentStart - 2)
                {
                    start = before;
                }
            }

            spanStart = segmentStart;
            return (start, k);
        }

        if (IsBoundary(k))
        {
            return null;
        }

        var subjectStart = ScanBack(k);
        spanStart = subjectStart;
        return (subjectStart, k + 1);
    }

    private int ScanBack(int from)
    {
        var j = from;
        var count = 0;
        while (j >= 0 && !IsBoundary(j) && count < 8)
        {
            j--;
            count++;
        }

        return count >= 8 && j >= 0 && !IsBoundary(j) ? from + 1 : j + 1;
    }

    private bool IsBoundary(int k) =>
        (t[k].IsSymbol && t[k].Text[0] is ',' or ';' or ':' or '(' or ')' or '[' or ']' or '“' or '”' or '"' or '—' or '–' or '?' or '!' or '.' or '…')
        || (t[k].IsWord && lexicon.ClauseWords.Contains(t[k].Text))
        || t[k].InQuotation;

    private bool PutAt(int k)
    {
        // "put the figure at", "put the number of sites on the network at", "put it at"
        var m = k;
        if (Word(m, "the") || Word(m, "its") || Word(m, "their"))
        {
            m++;
        }

        if (m >= n || !lexicon.PutObjects.Contains(t[m].Text))
        {
            return false;
        }

        for (var j = m + 1; j < n && j < m + 9; j++)
        {
            if (Word(j, "at"))
            {
                return true;
            }

            if (t[j].IsSymbol && t[j].Text[0] is ',' or ';' or '.')
            {
                return false;
            }
        }

        return false;
    }

    private bool HeadIsSource(int start, int headEnd)
    {
        for (var k = headEnd - 1; k >= start; k--)
        {
            if (t[k].IsWord)
            {
                return IsName(k) || KnownSourceEndsAt(k) || lexicon.EvidenceNouns.Contains(Norm(t[k].Text)) || lexicon.SourceHeads.Contains(t[k].Text);
            }
        }

        return false;
    }

    // ---- names ---------------------------------------------------------------------------------

    /// <summary>A word that names someone: capitalised (not a demonym, month or sentence-start common word), an acronym, or another script's word.</summary>
    private bool IsName(int k)
    {
        if (k < 0 || k >= n || !t[k].IsWord || t[k].InQuotation)
        {
            return false;
        }

        var word = StripPossessive(t[k].Text);
        if (word.Length == 0)
        {
            return false;
        }

        var c = word[0];
        if (!char.IsUpper(c))
        {
            // Hangul and other scripts without case: a name more often than not.
            return char.IsLetter(c) && !char.IsLower(c);
        }

        if (word == "I" || lexicon.NotNames.Contains(word))
        {
            return false;
        }

        if (word.Length >= 2 && word.All(ch => char.IsUpper(ch) || char.IsDigit(ch) || ch == '-'))
        {
            return true;
        }

        if (k == first)
        {
            var lower = Norm(word);
            return !lexicon.SentenceStarters.Contains(lower) && !lexicon.UnnamedSources.Contains(lower) && !lexicon.EvidenceNouns.Contains(lower)
                && !lexicon.ReportingVerbs.Contains(lower) && !lexicon.EvidenceVerbs.Contains(lower) && !lexicon.Hedges.Contains(lower);
        }

        return true;
    }

    private bool HasName(int start, int end)
    {
        for (var k = Math.Max(start, 0); k < end && k < n; k++)
        {
            if (IsName(k) || KnownSourceAt(k) > 0)
            {
                return true;
            }
        }

        return false;
    }

    private int KnownSourceAt(int k)
    {
        if (k < 0 || k >= n || !lexicon.KnownSourcesByFirstWord.TryGetValue(StripPossessive(Norm(t[k].Text)), out var candidates))
        {
            return 0;
        }

        foreach (var (phrase, _) in candidates)
        {
            if (k + phrase.Length <= n)
            {
                var ok = true;
                for (var w = 0; ok && w < phrase.Length; w++)
                {
                    ok = string.Equals(StripPossessive(Norm(t[k + w].Text)), phrase[w], StringComparison.OrdinalIgnoreCase);
                }

                if (ok)
                {
                    return phrase.Length;
                }
            }
        }

        return 0;
    }

    private bool KnownSourceEndsAt(int k)
    {
        for (var s = Math.Max(0, k - 3); s <= k; s++)
        {
            if (KnownSourceAt(s) is var length && length > 0 && s + length - 1 == k)
            {
                return true;
            }
        }

        return false;
    }

    // ---- helpers -------------------------------------------------------------------------------

    private int ClauseEnd(int from, int max)
    {
        var k = from;
        while (k < n && k < from + max && !IsBoundary(k))
        {
            k++;
        }

        return k;
    }

    private bool IsInfinitive(int k) =>
        k < n && t[k].IsWord && !t[k].IsCapitalized && !lexicon.Determiners.Contains(t[k].Text) && !lexicon.Pronouns.Contains(t[k].Text);

    private bool AnyIn(int start, int end, IReadOnlySet<string> set)
    {
        for (var k = Math.Max(start, 0); k < end && k < n; k++)
        {
            if (t[k].IsWord && set.Contains(Norm(t[k].Text)))
            {
                return true;
            }
        }

        return false;
    }

    private void Add(int start, int end, AttributionSource source, bool unlessNamed, string form)
    {
        if (start < 0 || end > n || end <= start)
        {
            return;
        }

        found.Add(new Attribution(TextSpan.FromBounds(t[start].Span.Start, t[end - 1].Span.End), source, unlessNamed, form));
    }

    private static bool IsPlural(string word) => word.Length > 2 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal);

    private static bool IsPossessive(string word) => word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal);

    private static string StripPossessive(string word) => IsPossessive(word) ? word[..^2] : word;

    private static string Norm(string word) => word.Replace('’', '\'');

    private bool Word(int k, string value) => k >= 0 && k < n && t[k].IsWord && t[k].Is(value);

    private bool Sym(int k, char c) => k >= 0 && k < n && t[k].IsSymbol && t[k].Text[0] == c;
}
