using System.Collections.Frozen;
using System.Collections.Immutable;
using NkContentLint.Text;

namespace NkContentLint.Attributions;

/// <summary>
/// The words at which the attribution finder's grammar can start a match: the finder's prefilter. Most words of
/// technical prose start nothing, and asking each of the grammar's routines about each word was a fifth of a
/// whole-corpus run (PowerShell-Docs). Every routine of <see cref="AttributionFinder"/>'s <c>Run</c> but the quoted
/// speaker's (whose own first test, on the marks before the word, is as cheap as this one) returns at once unless
/// the word at <c>k</c> is in one of the lexicon's sets below or is one of the grammar's literal words; the
/// "name and evidence" and "possessive" readings of <c>PerCitingOrFrom</c> need an evidence noun at <c>k + 1</c>
/// instead, and its possessive reading runs at any possessive word (a series' title may stand before the noun). The sets are the lexicon's own (so a word added to a list is a cue at once), compared as the finder
/// compares them: without case, curly apostrophes read as straight ones. A word with other non-ASCII letters may be
/// spelled with look-alikes (the phrase lists match those), so it is always a cue. When a routine gains a new first
/// test, its words belong here: <c>AttributionCuesTests</c> runs the finder with and without the prefilter.
/// </summary>
internal sealed class AttributionCues
{
    /// <summary>The words the grammar tests for by name at a routine's start (<c>Word(k, "if")</c>, <c>t[k].Is("it's")</c>).</summary>
    private static readonly string[] LiteralWords = ["if", "reports", "source", "sources", "according", "as", "per", "citing", "it", "it's", "widely"];

    private static readonly Lazy<AttributionCues> DefaultCues = new(() => new AttributionCues(AttributionLexicon.Default));

    /// <summary>Turns the prefilter off on this thread (a test compares the findings with and without it).</summary>
    [ThreadStatic]
    internal static bool Bypass;

    private readonly FrozenSet<string> cues;

    /// <summary>
    /// In front of <see cref="cues"/>: most words of technical prose are turned away without hashing the whole word into
    /// the frozen set (that lookup was a seventh of the finder's time). A word it lets through is looked up as before.
    /// </summary>
    private readonly WordFilter filter;

    /// <summary>A copy's phrases by their first word (a project's extra phrases among them), or null for a lexicon of its own cues.</summary>
    private readonly IReadOnlyDictionary<string, ImmutableArray<(string[] Words, bool Always)>>? phrasesOfACopy;

    private AttributionCues(AttributionLexicon lexicon)
    {
        // A copy of the built-in lexicon with a project's extra phrases (made for each sentence NK1002 reads with them)
        // shares every set but the phrases: the built-in cues, and the copy's phrases asked of a word that is none.
        if (lexicon != AttributionLexicon.Default && SharesTheSets(lexicon, AttributionLexicon.Default))
        {
            cues = DefaultCues.Value.cues;
            filter = DefaultCues.Value.filter;
            phrasesOfACopy = lexicon.PhrasesByFirstWord;
            return;
        }

        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        void AddAll(IEnumerable<string> set)
        {
            foreach (var word in set)
            {
                words.Add(word.Replace('’', '\''));
            }
        }

        AddAll(LiteralWords);
        AddAll(lexicon.PhrasesByFirstWord.Keys);
        AddAll(lexicon.EvidenceNouns);
        AddAll(lexicon.PublishedItems);
        AddAll(lexicon.BeForms);
        AddAll(lexicon.Hedges);
        AddAll(lexicon.HedgingAdjectives);
        AddAll(lexicon.ReportingParticiples);
        AddAll(lexicon.ContentsVerbs);
        AddAll(lexicon.DocumentHeads);
        AddAll(lexicon.ConductingVerbs);
        AddAll(lexicon.InvertingVerbs);
        AddAll(lexicon.EvidenceVerbs);
        AddAll(lexicon.MeasuringVerbs);
        AddAll(lexicon.ReportingVerbs);
        AddAll(lexicon.PutVerbs);
        AddAll(lexicon.RankingVerbs);
        AddAll(lexicon.AgentlessPassives);
        AddAll(lexicon.OpinionVerbs);
        cues = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        filter = new WordFilter(cues);
    }

    /// <summary>The cue words, as compared (tests).</summary>
    internal IReadOnlyCollection<string> Words => cues;

    /// <summary>The cues of a lexicon (the built-in one, made once, or a copy with a project's extra phrases).</summary>
    public static AttributionCues For(AttributionLexicon lexicon) => lexicon == AttributionLexicon.Default ? DefaultCues.Value : new AttributionCues(lexicon);

    /// <summary>Whether a routine of the grammar may start at a word written so (any token's text; marks are never cues).</summary>
    public bool MayStart(string text)
    {
        if (Bypass)
        {
            return true;
        }

        var curly = false;
        foreach (var c in text)
        {
            if (c >= 0x80)
            {
                if (c != '’')
                {
                    return true;
                }

                curly = true;
            }
        }

        var word = curly ? text.Replace('’', '\'') : text;
        if (phrasesOfACopy is null && !filter.MayContain(word))
        {
            return false;
        }

        return cues.Contains(word) || phrasesOfACopy?.ContainsKey(word) == true;
    }

    private static bool SharesTheSets(AttributionLexicon a, AttributionLexicon b) =>
        ReferenceEquals(a.EvidenceNouns, b.EvidenceNouns) && ReferenceEquals(a.PublishedItems, b.PublishedItems) && ReferenceEquals(a.BeForms, b.BeForms) && ReferenceEquals(a.Hedges, b.Hedges) && ReferenceEquals(a.ReportingParticiples, b.ReportingParticiples)
        && ReferenceEquals(a.ContentsVerbs, b.ContentsVerbs) && ReferenceEquals(a.DocumentHeads, b.DocumentHeads) && ReferenceEquals(a.ConductingVerbs, b.ConductingVerbs) && ReferenceEquals(a.InvertingVerbs, b.InvertingVerbs) && ReferenceEquals(a.EvidenceVerbs, b.EvidenceVerbs)
        && ReferenceEquals(a.MeasuringVerbs, b.MeasuringVerbs) && ReferenceEquals(a.ReportingVerbs, b.ReportingVerbs) && ReferenceEquals(a.PutVerbs, b.PutVerbs)
        && ReferenceEquals(a.RankingVerbs, b.RankingVerbs) && ReferenceEquals(a.AgentlessPassives, b.AgentlessPassives) && ReferenceEquals(a.OpinionVerbs, b.OpinionVerbs);
}
