using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using NkContentLint.Claims;
using NkContentLint.Documents;
using NkContentLint.Text;

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
public sealed partial class AttributionFinder
{
    /// <summary>The form of a hedge that opens a relative clause: rescued only by a source named after it.</summary>
    private const string HedgeInRelativeClause = "hedge in a relative clause";

    /// <summary>A hedge on the act of speaking ("Kim reportedly said"): the speaker it hedges is not its source.</summary>
    private const string HedgeOnSpeech = "hedge on speech";
    private const string ImpersonalForm = "it is reported";

    /// <summary>The longest subject read back from a verb: "Several US officials close to the Sony attack investigations said".</summary>
    private const int MaxSubjectWords = 10;

    // Set while SubjectAndVerb reads a subject shared through "and": only a named source is added then.
    private bool namedOnly;

    /// <summary>The longest appositive between commas after a name: "Yu, the Director of the Korea Institute for Liberal Democracy in Seoul,".</summary>
    private const int MaxAppositiveWords = 16;

    /// <summary>Endings of English adjectives ("historical", "recent", "leaked"): such a first word before evidence describes it.</summary>
    private static readonly string[] AdjectiveEndings = ["al", "ic", "ous", "ive", "ed", "ary", "ent", "ant", "ble", "ful", "less", "est"];

    private readonly AttributionLexicon lexicon;
    private readonly ImmutableArray<ProseToken> t;
    private readonly int n;
    private readonly int first;
    private readonly bool isHeading;
    /// <summary>What the sentence attributes, made at its first attribution: most sentences have none.</summary>
    private List<Attribution>? found;

    /// <summary>The document's word sets (<see cref="DocumentWords"/>); null when one sentence is read alone.</summary>
    private readonly DocumentWords? documentWords;

    /// <summary>What earlier sentences say was reviewed or examined ("reviewed … advertisements", "examined two smartphones"), singular.</summary>
    private IReadOnlySet<string>? examinedEarlier;

    /// <summary>Whether the sentence before this one speaks of accounts ("The accounts included …", "@korea_myongil").</summary>
    private bool accountsJustBefore;

    private AttributionFinder(Sentence sentence, AttributionLexicon lexicon, DocumentWords? documentWords = null)
    {
        this.lexicon = lexicon;
        this.documentWords = documentWords;
        t = sentence.Tokens;
        n = t.Length;
        isHeading = sentence.Block.Kind == ProseBlockKind.Heading;
        first = -1;
        for (var i = 0; i < n; i++)
        {
            if (t[i].IsWord || t[i].IsNumber)
            {
                first = i;
                break;
            }
        }

        first = AfterDateline(first);
    }

    /// <summary>
    /// "SEOUL – Records released by hackers show …": a wire dateline (a place in capitals and a dash) opens
    /// the sentence, so its first word of prose is the one after the dash, capitalised as any first word is.
    /// </summary>
    private int AfterDateline(int start)
    {
        var j = start;
        var letters = 0;
        while (j >= 0 && j < n && t[j].IsWord && CapitalLetters(t[j].Text) is > 0 and var count)
        {
            letters += count;
            j++;
        }

        if (j <= start || letters < 4 || !(Sym(j, '–') || Sym(j, '—') || Sym(j, '-')))
        {
            return start;
        }

        while (j < n && (Sym(j, '–') || Sym(j, '—') || Sym(j, '-')))
        {
            j++;
        }

        return j < n && t[j].IsWord ? j : start;
    }

    /// <summary>The number of letters of a word whose letters are all capitals, else 0 (no enumerator, unlike Any/All/Count over a string).</summary>
    private static int CapitalLetters(string word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return 0;
                }

                letters++;
            }
        }

        return letters;
    }

    /// <summary>
    /// The attributions of every sentence of a document, in order. A reference back to a source
    /// (<c>the report said</c>) names a source only when an earlier sentence named one in words or cited
    /// one: the labelling standard's anaphor rule, which needs an antecedent.
    /// </summary>
    public static ImmutableArray<SentenceAttributions> FindAll(IReadOnlyList<Sentence> sentences)
    {
        var result = ImmutableArray.CreateBuilder<SentenceAttributions>(sentences.Count);
        var attributedEarlier = false;
        var nameEarlier = false;
        var headsEarlier = new HashSet<string>(StringComparer.Ordinal);
        var documentWords = new DocumentWords(sentences);
        var examinedEarlier = new HashSet<string>(StringComparer.Ordinal);
        var accountsJustBefore = false;
        // "…, an earlier police statement said. Some 250 files … were taken by the hackers, it said." (blind27): the sentence
        // before reports through an institution or its document, and a pronoun's report in the next sentence of the paragraph
        // points back to it (the anaphor decision), whether or not the article has named anyone yet.
        var reporterJustBefore = false;
        ProseBlock? reporterBlock = null;
        // Informant nouns ("source", "informant") whose latest mention so far introduced someone unnamed ("a source from
        // North Pyongan province"): "the source said" points back to no one named, however many names the article has.
        var unnamedInformants = new HashSet<string>(StringComparer.Ordinal);
        // Plural source nouns ("researchers") of sentences that named a source directly: "U.S.-based researchers traveled to
        // Pyongyang …, according to Korea Insight" makes a later bare "researchers found that …" those researchers.
        var namedGroups = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var blockGroups = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        // Plural source nouns the article has used as a vague source ("experts suspect", "Some U.S. cyber experts say"):
        // a later bare "experts say" refers back to no one named (tune, blind17: must).
        var vagueGroups = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        ProseBlock? groupBlock = null;
        var blockNamed = false;
        // State actors (state-actor-nouns: "authorities") the article has already spoken of: "North Korean authorities started a
        // crackdown …" makes a later bare "authorities warned that …" those authorities again (blind19, blind24).
        var actorsEarlier = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        // The antecedents (whether a sentence names someone, and its source nouns) are read only when a reference needs
        // them, for the sentences before it not read yet: most documents have no reference back, and reading every
        // sentence's names was a tenth of the finder's time. They depend on the sentence and the document only.
        var antecedentsRead = 0;
        void ReadAntecedents(int upTo)
        {
            for (; antecedentsRead < upTo; antecedentsRead++)
            {
                var (namesSomeone, heads) = new AttributionFinder(sentences[antecedentsRead], AttributionLexicon.Default, documentWords).Antecedents();
                if (namesSomeone)
                {
                    nameEarlier = true;
                    headsEarlier.UnionWith(heads);
                }
            }
        }

        foreach (var sentence in sentences)
        {
            var finder = new AttributionFinder(sentence, AttributionLexicon.Default, documentWords)
            {
                examinedEarlier = examinedEarlier,
                accountsJustBefore = accountsJustBefore,
            };
            var tokens = sentence.Tokens;
            var notes = AttributionCues.Bypass || MayNoteAnything(tokens);
            accountsJustBefore = notes && SpeaksOfAccounts(tokens, tokens.Length);
            finder.Run();
            if (notes)
            {
                finder.AddExamined(examinedEarlier);
            }

            var found = finder.Result(sentence);
            if (unnamedInformants.Count > 0 && found.All.Any(a => IsUnnamedInformantReference(a, unnamedInformants))
                && ClaimExtractor.Extract(sentence).Any(c => c.Kind != ClaimKind.Rank))
            {
                found = WithUnnamedInformantsVague(found, unnamedInformants);
            }

            if (namedGroups.Count > 0 && !found.Vague.IsEmpty && finder.GroupReferredBack(found, namedGroups) is { } group)
            {
                found = group;
            }

            if (actorsEarlier.Count > 0 && !found.Vague.IsEmpty && finder.ActorReferredBack(found, actorsEarlier) is { } actor
                && !ClaimExtractor.Extract(sentence).Any(c => c.Kind != ClaimKind.Rank))
            {
                found = actor;
            }

            var direct = found.All.Any(a => a.Source == AttributionSource.Named && !a.IsReference) || sentence.Citations.Any(IsCitation);
            if (found.NamesASource && !direct)
            {
                // A reference needs something to refer to: an earlier name ("Daily NK reported … the news
                // site noted …"); for generic evidence ("according to the data"), an earlier name with the
                // same noun ("the data of the Dyn Research Company").
                ReadAntecedents(result.Count);
                var resolved = found.All.Any(a => a.Source == AttributionSource.Named && a.IsReference
                    && nameEarlier && (!AttributionLexicon.Default.GenericEvidence.Contains(a.ReferenceTo!) || headsEarlier.Contains(a.ReferenceTo!))
                    && !unnamedInformants.Contains(a.ReferenceTo!))
                    || (reporterJustBefore && ReferenceEquals(sentence.Block, reporterBlock)
                        && found.All.Any(a => a.Source == AttributionSource.Named && a.ReferenceTo is { Length: 0 }));
                if (!resolved)
                {
                    found = found with { NamesASource = false };
                }
            }

            attributedEarlier |= direct;
            reporterJustBefore = found.Vague.IsEmpty && finder.ReportsThroughAnInstitution();
            reporterBlock = sentence.Block;
            if (notes)
            {
                finder.NoteInformants(unnamedInformants);
            }

            // The group and its source may stand in two sentences of one paragraph: "U.S.-based researchers traveled to
            // Pyongyang … They saw people using cell phones …, according to Korea Insight."
            if (!ReferenceEquals(sentence.Block, groupBlock))
            {
                groupBlock = sentence.Block;
                blockNamed = false;
                blockGroups.Clear();
            }

            if (notes)
            {
                finder.NoteGroups(blockGroups, vagueGroups, found);
            }

            blockNamed |= direct;
            if (blockNamed)
            {
                namedGroups.UnionWith(blockGroups);
            }

            namedGroups.ExceptWith(vagueGroups);
            if (notes)
            {
                finder.NoteActors(actorsEarlier);
            }

            result.Add(found);
        }

        for (var i = 0; i + 1 < sentences.Count; i++)
        {
            if (!result[i].Vague.IsEmpty && ReferenceEquals(sentences[i].Block, sentences[i + 1].Block))
            {
                result[i] = WithoutEvidenceNamedNext(result[i], sentences[i], sentences[i + 1]);
            }
        }

        return result.MoveToImmutable();
    }

    /// <summary>
    /// "A new report says smartphone users … were given until the end of 2023 to upgrade … The report, published on Tuesday by
    /// Daily NK, quotes …" (blind29): a vague attribution whose subject is an indefinite piece of evidence ("a new report", "a
    /// recent study") that the next sentence of the paragraph takes up by its noun ("The report", "This study") and names the
    /// owner of ("by Daily NK", "from the Stimson Center") points forward to a named source, as an analysis named later in
    /// the paragraph does (LABELLING.md: should at most). It is no vague attribution; the figures of its sentence still need
    /// a source in their own sentence (NK1001 does not read the next one).
    /// </summary>
    private static SentenceAttributions WithoutEvidenceNamedNext(SentenceAttributions found, Sentence sentence, Sentence next)
    {
        var lexicon = AttributionLexicon.Default;
        var tokens = sentence.Tokens;
        var kept = found.Vague;
        foreach (var vague in found.Vague)
        {
            string? noun = null;
            for (var k = 0; k < tokens.Length && tokens[k].Span.Start < vague.Span.End; k++)
            {
                if (tokens[k].Span.Start < vague.Span.Start || !tokens[k].IsWord || !lexicon.EvidenceNouns.Contains(Norm(tokens[k].Text)) || IsPlural(tokens[k].Text))
                {
                    continue;
                }

                for (var m = k - 1; m >= 0 && m >= k - 3 && tokens[m].Span.Start >= vague.Span.Start && tokens[m].IsWord; m--)
                {
                    if (tokens[m].Is("a") || tokens[m].Is("an"))
                    {
                        noun = tokens[k].Text;
                        break;
                    }
                }

                break;
            }

            if (noun is not null && TakesUpAndNames(next.Tokens, noun))
            {
                kept = kept.Remove(vague);
            }
        }

        return kept.Length == found.Vague.Length ? found : found with { Vague = kept };
    }

    /// <summary>"The report, published on Tuesday by Daily NK, …", "This study from the Stimson Center …": the sentence opens with
    /// "The", "This" or "That" and <paramref name="noun"/> within three words, and names its owner after "by" or "from".</summary>
    private static bool TakesUpAndNames(ImmutableArray<ProseToken> tokens, string noun)
    {
        if (tokens.Length < 4 || !tokens[0].IsWord || !(tokens[0].Is("the") || tokens[0].Is("this") || tokens[0].Is("that")))
        {
            return false;
        }

        var at = -1;
        for (var k = 1; k < tokens.Length && k <= 3 && tokens[k].IsWord; k++)
        {
            if (tokens[k].Text.Equals(noun, StringComparison.OrdinalIgnoreCase))
            {
                at = k;
                break;
            }
        }

        for (var k = at + 1; at > 0 && k + 1 < tokens.Length && k <= at + 12; k++)
        {
            if (tokens[k].IsWord && (tokens[k].Is("by") || tokens[k].Is("from")))
            {
                var name = k + 1;
                if (tokens[name].IsWord && tokens[name].Is("the") && name + 1 < tokens.Length)
                {
                    name++;
                }

                return tokens[name].IsWord && tokens[name].IsCapitalized;
            }
        }

        return false;
    }

    /// <summary>
    /// The words the document-level notes read (<see cref="NoteInformants"/>, <see cref="NoteGroups"/>,
    /// <see cref="NoteActors"/>, <see cref="AddExamined"/>, <see cref="SpeaksOfAccounts"/>): a sentence with none of them,
    /// most sentences, skips those five loops (a fifth of the finder's time on PowerShell-Docs). A prefilter only: each
    /// loop still makes its own test, and <see cref="AttributionCues.Bypass"/> turns it off with the cue prefilter
    /// (<c>AttributionCuesTests</c> compares every corpus's attributions with and without both).
    /// </summary>
    private static readonly Lazy<WordFilter> NotedWords = new(() =>
    {
        var lexicon = AttributionLexicon.Default;
        return new WordFilter(lexicon.Informants.Concat(lexicon.UnnamedSources).Concat(lexicon.StateActorNouns).Concat(lexicon.ExaminingVerbs)
            .Concat(["account", "accounts"]).Select(Norm));
    });

    /// <summary>Whether any of <see cref="NotedWords"/>, or a handle (<c>@…</c>), may be among the tokens.</summary>
    private static bool MayNoteAnything(ImmutableArray<ProseToken> tokens)
    {
        var filter = NotedWords.Value;
        foreach (var token in tokens)
        {
            if ((token.IsWord && filter.MayContain(token.Text)) || token.Text.StartsWith('@'))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUnnamedInformantReference(Attribution attribution, HashSet<string> unnamedInformants) =>
        attribution.Source == AttributionSource.Named && attribution.IsReference && unnamedInformants.Contains(attribution.ReferenceTo!);

    /// <summary>
    /// "The source said that … “around 20 kilometers …”" after "a source from North Pyongan province … told RFA": a
    /// reference back to an informant the article introduced unnamed names no one, and with a figure in its sentence it is
    /// a vague attribution carrying one (blind22, blind23; the anaphor decision covers named sources only). Without a
    /// figure ("“It is not easy …,” the source said.") it stays unreported, as the labels leave it. A name in the sentence
    /// ("the source told Daily NK") rescues it, as it does "according to sources".
    /// </summary>
    private static SentenceAttributions WithUnnamedInformantsVague(SentenceAttributions found, HashSet<string> unnamedInformants)
    {
        var all = found.All.Select(a => IsUnnamedInformantReference(a, unnamedInformants)
            ? a with { Source = AttributionSource.Vague, UnlessNamed = true, Form = "unnamed informant", ReferenceTo = null }
            : a).ToImmutableArray();
        var named = all.Any(a => a.Source == AttributionSource.Named);
        var vague = found.Vague;
        if (!named)
        {
            vague = [.. vague.Concat(all.Where(a => a.Form == "unnamed informant")).OrderBy(a => a.Span.Start)];
        }

        return new SentenceAttributions(named, vague, all);
    }

    /// <summary>
    /// The document-wide word sets some tests of the grammar read, each gathered from every sentence on its first use:
    /// most documents never reach those tests, and gathering them for every document (a hash set of every lower-case word,
    /// another of capitalised pairs) was a fifth of the finder's own time. They depend on the document only, so when they
    /// are gathered changes nothing found.
    /// </summary>
    private sealed class DocumentWords(IReadOnlyList<Sentence> sentences)
    {
        private HashSet<string>? lowerCase;
        private HashSet<string>? namePairs;
        private HashSet<string>? capitalised;

        /// <summary>Words the document uses in lower case: a capitalised first word among them is a common noun, not a name.</summary>
        public HashSet<string> LowerCase => lowerCase ??= LowerCaseWords(sentences);

        /// <summary>Pairs of capitalised words in the document's prose outside headings, lower-cased ("development bank" for "Korea Development Bank").</summary>
        public HashSet<string> NamePairs
        {
            get
            {
                if (namePairs is null)
                {
                    namePairs = AttributionFinder.NamePairs(sentences, out capitalised);
                }

                return namePairs;
            }
        }

        /// <summary>Words the document capitalises after a sentence's first word, outside headings: names ("Mandiant", "Elliptic").</summary>
        public HashSet<string> Capitalised
        {
            get
            {
                if (capitalised is null)
                {
                    namePairs = AttributionFinder.NamePairs(sentences, out capitalised);
                }

                return capitalised;
            }
        }
    }

    /// <summary>Every word of the document's prose that is written in lower case somewhere.</summary>
    private static HashSet<string> LowerCaseWords(IReadOnlyList<Sentence> sentences)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            foreach (var token in sentence.Tokens)
            {
                if (token.IsWord && token.Text.Length > 0 && char.IsLower(token.Text[0]))
                {
                    words.Add(token.Text);
                }
            }
        }

        return words;
    }

    /// <summary>
    /// Every pair of adjacent capitalised words in the document's prose outside headings (title case there names
    /// nothing), lower-cased; and every capitalised word there after a sentence's first word, as written.
    /// </summary>
    private static HashSet<string> NamePairs(IReadOnlyList<Sentence> sentences, out HashSet<string> capitalised)
    {
        var pairs = new HashSet<string>(StringComparer.Ordinal);
        capitalised = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            if (sentence.Block.Kind == ProseBlockKind.Heading)
            {
                continue;
            }

            var tokens = sentence.Tokens;
            var firstWord = true;
            for (var k = 0; k < tokens.Length; k++)
            {
                if (!tokens[k].IsWord)
                {
                    continue;
                }

                if (tokens[k].IsCapitalized && !firstWord)
                {
                    capitalised.Add(tokens[k].Text);
                }

                firstWord = false;
                if (k > 0 && tokens[k - 1].IsWord && tokens[k].IsCapitalized && tokens[k - 1].IsCapitalized)
                {
                    pairs.Add(tokens[k - 1].Text.ToLowerInvariant() + " " + tokens[k].Text.ToLowerInvariant());
                }
            }
        }

        return pairs;
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
        return finder.Result(sentence);
    }

    private SentenceAttributions Result(Sentence sentence)
    {
        if (found is null)
        {
            // Nothing attributed (most sentences): only an author-year citation names a source.
            return sentence.Citations.Any(c => c.Kind == CitationKind.AuthorYear && IsCitation(c)) ? new SentenceAttributions(true, [], []) : SentenceAttributions.None;
        }

        var all = found.Count <= 1 ? ImmutableArray.CreateRange(found) : found.OrderBy(a => a.Span.Start).ToImmutableArray();
        var named = all.Any(a => a.Source == AttributionSource.Named) || sentence.Citations.Any(c => c.Kind == CitationKind.AuthorYear && IsCitation(c));
        // A document the sentence places something in ("atop the rankings") sources what it holds, not a hedge beside it
        // ("… but the prime minister reportedly pressured the broadcaster"): it rescues no vague form.
        var rescuing = named && (all.Any(a => a.Source == AttributionSource.Named && a.Form != DocumentPlaceForm)
            || sentence.Citations.Any(c => c.Kind == CitationKind.AuthorYear && IsCitation(c)));
        var vague = new List<Attribution>();
        foreach (var attribution in all)
        {
            if (attribution.Source != AttributionSource.Vague
                || (attribution.UnlessNamed && (attribution.Form == HedgeInRelativeClause
                    ? all.Any(a => a.Source == AttributionSource.Named && a.Form != DocumentPlaceForm && (a.Span.Start > attribution.Span.Start || IsAccusationBefore(a, attribution)))
                    : attribution.Form == HedgeOnSpeech
                        ? all.Any(a => a.Source == AttributionSource.Named && a.Form != DocumentPlaceForm && !a.Span.OverlapsWith(attribution.Span))
                            || sentence.Citations.Any(c => c.Kind == CitationKind.AuthorYear && IsCitation(c))
                        : attribution.Form == ImpersonalForm
                            ? RescuesImpersonal(attribution, all, sentence)
                            : rescuing)))
            {
                continue;
            }

            if (IsRelayedByANamedSpeaker(attribution, all) || InUnclosedQuotation(attribution.Span.Start))
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

        return !named && all.IsEmpty ? SentenceAttributions.None : new SentenceAttributions(named, [.. vague], all);
    }

    /// <summary>
    /// "North Korea's ruling Labour Party … denounced news from the outside world that allegedly aimed to destabilise the regime"
    /// (blind25): a named subject's accusing verb (accusing-verbs) before a hedge in a restrictive relative clause on its
    /// object makes the allegation the accuser's, named in the sentence. Other named reports before such a hedge do not back
    /// it ("Reuters said the hackers, who reportedly …"), nor does an accusation before a clause set off by a comma ("Seoul
    /// has blamed Pyongyang for the attack, which reportedly wiped half the bank's servers").
    /// </summary>
    private bool IsAccusationBefore(Attribution named, Attribution hedge)
    {
        if (named.Span.End > hedge.Span.Start || named.IsReference)
        {
            return false;
        }

        for (var k = n - 1; k >= 0; k--)
        {
            if (t[k].Span.End == named.Span.End)
            {
                if (!t[k].IsWord || !lexicon.AccusingVerbs.Contains(t[k].Text))
                {
                    return false;
                }

                // A restrictive clause on the accused thing ("denounced news from the outside world that allegedly …"), within a
                // few words of the verb; a clause set off by a comma ("blamed Pyongyang for the attack, which reportedly wiped
                // half the servers") adds a fact of its own, which the accusation does not source.
                var words = 0;
                for (var m = k + 1; m < n && t[m].Span.Start < hedge.Span.Start; m++)
                {
                    if ((t[m].IsSymbol && t[m].Text[0] is ',' or ';' or ':' or '(' or '—' or '–') || ++words > 8)
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "It is said that this design choice was influenced by the fact that the leader was seen with an iMac, and apparently,
    /// he said make it the same" (blind25): a pronoun that reports after an impersonal "it is said that" points back to someone
    /// inside the rumour, not to whoever said it, so it names no source of it. A name in words ("…, according to Yonhap"), a
    /// citation or a pronoun's report before it ("He said it is believed that …") still does.
    /// </summary>
    private static bool RescuesImpersonal(Attribution impersonal, ImmutableArray<Attribution> all, Sentence sentence) =>
        sentence.Citations.Any(c => c.Kind == CitationKind.AuthorYear && IsCitation(c))
        || all.Any(a => a.Source == AttributionSource.Named && a.Form != DocumentPlaceForm
            && !(a.ReferenceTo is { Length: 0 } && a.Span.Start > impersonal.Span.Start));

    /// <summary>
    /// "He claims that a North Korean defector said in 2004 that …": an unnamed speaker who opens the clause a named
    /// (or referred-back) speaker reports is relayed by that speaker, who is the sentence's source. The listed
    /// always-vague phrases ("Kim said that experts say …") stay vague.
    /// </summary>
    private bool IsRelayedByANamedSpeaker(Attribution vague, ImmutableArray<Attribution> all)
    {
        // The listed phrases ("experts say") stay vague wherever they stand.
        if (vague.Form == "phrase")
        {
            return false;
        }

        foreach (var named in all)
        {
            if (IsTrailingSpeakerOf(named, vague))
            {
                return true;
            }

            if (named.Source != AttributionSource.Named || named.Span.End > vague.Span.Start || named.Form is not ("pronoun and verb" or "subject and verb" or "definite subject and verb"))
            {
                continue;
            }

            // The reporting verb ends the named attribution; "that" follows it, and the unnamed speaker starts
            // the clause within a few words ("that a North Korean defector said").
            var that = 0;
            while (that < n && t[that].Span.Start < named.Span.End)
            {
                that++;
            }

            that = SkipTimeWords(that);
            if (!Word(that, "that"))
            {
                continue;
            }

            for (var k = that + 1; k < n && k <= that + 2; k++)
            {
                if (t[k].Span.Start == vague.Span.Start)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the sentence reports through a body or its document, the subject of a reporting verb outside quotation marks:
    /// "an earlier police statement said", "the ministry said", "a company statement said", "police said". Heads that name
    /// people or evidence no one owns ("experts", "officials", "a report") are not such a reporter.
    /// </summary>
    private bool ReportsThroughAnInstitution()
    {
        for (var v = 0; v < n; v++)
        {
            if (!t[v].IsWord || t[v].InQuotation || t[v].IsCapitalized || !lexicon.ReportingVerbs.Contains(Norm(t[v].Text))
                || lexicon.EvidenceVerbs.Contains(Norm(t[v].Text)) || SubjectBefore(v, out _) is not { } subject || subject.End - subject.Start > 6)
            {
                continue;
            }

            var head = Norm(t[subject.End - 1].Text);
            if (!t[subject.End - 1].IsWord || t[subject.End - 1].IsCapitalized && subject.End - 1 != first)
            {
                continue;
            }

            if (head.Equals("police", StringComparison.OrdinalIgnoreCase)
                || (lexicon.ReferenceHeads.Contains(head) && !lexicon.UnnamedSources.Contains(head) && !IsPlural(head)
                    && t[subject.Start].IsWord && (lexicon.Determiners.Contains(t[subject.Start].Text) || lexicon.DefiniteDeterminers.Contains(t[subject.Start].Text))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "He revealed that “North Korean authorities believed that … Therefore, they constructed …" (blind14): a quotation
    /// that opens in the sentence and closes only in a later one holds the rest of the sentence, and words inside quotation
    /// marks are never a vague attribution (LABELLING.md). An opening curly mark with no closing one after it, or the last
    /// of an odd number of straight marks, opens such a quotation.
    /// </summary>
    private bool InUnclosedQuotation(int position)
    {
        var open = -1;
        var straight = 0;
        var lastStraight = -1;
        for (var k = 0; k < n; k++)
        {
            if (!t[k].IsSymbol)
            {
                continue;
            }

            switch (t[k].Text[0])
            {
                case '“':
                    open = k;
                    break;
                case '”':
                    open = -1;
                    break;
                case '"':
                    straight++;
                    lastStraight = k;
                    break;
            }
        }

        if (straight % 2 == 1 && (open < 0 || lastStraight > open))
        {
            open = lastStraight;
        }

        return open >= 0 && t[open].Span.End <= position;
    }

    /// <summary>
    /// "Defense officials who analyzed the breach concluded that North Korean hackers were responsible …, Mr. Kyeong told
    /// Reuters." (blind27), "A defector … who worked as a computer expert for the government says …, CNN reported recently."
    /// (blind5): an unnamed speaker in the clause a named speaker reports after a comma at the sentence's end ("…, Kim said.", "…, the ministry told Reuters on Tuesday."), is relayed by that speaker, as
    /// "Kim said that officials concluded …" is. The named speaker is the sentence's source; the listed phrases stay vague.
    /// </summary>
    private bool IsTrailingSpeakerOf(Attribution named, Attribution vague)
    {
        if (named.Source != AttributionSource.Named || named.Span.Start < vague.Span.End || first < 0 || first >= n
            || named.Form is not ("told" or "pronoun and verb" or "subject and verb" or "definite subject and verb"))
        {
            return false;
        }

        // The reporting verb: the first word of "told Reuters", the last of "the ministry said".
        var v = -1;
        for (var k = 0; k < n; k++)
        {
            if (t[k].IsWord && t[k].Span.Start >= named.Span.Start && t[k].Span.End <= named.Span.End)
            {
                v = k;
                if (named.Form == "told")
                {
                    break;
                }
            }
        }

        if (v < 0)
        {
            return false;
        }

        // Nothing but words of time after it, to the sentence's end.
        var after = 0;
        while (after < n && t[after].Span.Start < named.Span.End)
        {
            after++;
        }

        after = SkipTimeWords(after);
        if (!(after >= n || (t[after].IsSymbol && t[after].Text[0] is '.' or '!')))
        {
            return false;
        }

        // Its subject set off by a comma before it: "…, Mr. Kyeong told" (the full stop of a short title is no boundary).
        var c = v - 1;
        while (c > first && c > v - MaxSubjectWords && (!IsBoundary(c) || (Sym(c, '.') && t[c - 1].IsWord && t[c - 1].IsCapitalized && t[c - 1].Text.Length <= 3)))
        {
            c--;
        }

        return c > first && Sym(c, ',') && vague.Span.End <= t[c].Span.Start;
    }

    /// <summary>
    /// Whether a citation the prose view found points to a source. A parenthetical with a capitalised start and a
    /// year is an author–year citation when a name, "et al." or a comma stands before its year ("(Williams, 2016)",
    /// "(DataReportal 2024)"); after a lower-case word the year dates the parenthetical's own figures ("(AM 16,
    /// FM 14, and shortwave 11 as of 1999)", blind9) and cites no one.
    /// </summary>
    private static bool IsCitation(Citation citation)
    {
        if (citation.Kind != CitationKind.AuthorYear || citation.Target is not { } inner)
        {
            return true;
        }

        var year = YearInCitation().Match(inner);
        if (!year.Success)
        {
            return true;
        }

        var before = inner[..year.Index].TrimEnd();
        if (before.Length == 0 || before[^1] is ',' or ';' or ':')
        {
            return true;
        }

        var wordStart = before.LastIndexOfAny([' ', '\t', '\n', '(']) + 1;
        var word = before[wordStart..];
        return word.Length == 0 || !char.IsLower(word[0]) || word is "al." or "al";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=\s)(?:1[6-9]|20)\d\d[a-z]?\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex YearInCitation();

    private void Run()
    {
        // Each routine but QuotedSpeaker returns at once unless the word is a cue (AttributionCues); PerCitingOrFrom
        // also reads a name before an evidence noun, a cue at k + 1, and a possessive name before a series' title and
        // its evidence noun (the World Bank's World Development indicators), a few words on. The order of the calls is kept.
        var cues = AttributionCues.For(lexicon);
        var nextCue = n > 0 && cues.MayStart(t[0].Text);
        for (var k = 0; k < n; k++)
        {
            var cue = nextCue;
            nextCue = k + 1 < n && cues.MayStart(t[k + 1].Text);
            var token = t[k];
            if (!token.IsWord || token.InQuotation || token.InTitle)
            {
                continue;
            }

            if (cue)
            {
                Phrases(k);
                Conditional(k);
                BareReports(k);
                SourceLabel(k);
                AccordingTo(k);
                AsReported(k);
            }

            if (cue || nextCue || IsPossessive(token.Text))
            {
                PerCitingOrFrom(k);
                DocumentPlace(k);
            }

            if (cue)
            {
                OwnStudy(k);
                ConductedStudy(k);
                Impersonal(k);
                Passive(k);
                Hedge(k);
                Participle(k);
                IssuedDocument(k);
                DocumentContents(k);
            }

            QuotedSpeaker(k);
            if (cue && !Inverted(k))
            {
                SubjectAndVerb(k);
            }
        }
    }

    // ---- phrase lists ------------------------------------------------------------------------

    private void Phrases(int k)
    {
        if (!lexicon.PhrasesByFirstWord.TryGetValue(Norm(FoldLookalikes(t[k].Text)), out var candidates))
        {
            return;
        }

        // "is alleged to have" is the passive's; the phrase list covers "…, alleged to have …" without a verb.
        if (k > 0 && t[k - 1].IsWord && lexicon.BeForms.Contains(t[k - 1].Text) && lexicon.AgentlessPassives.Contains(Norm(t[k].Text)))
        {
            return;
        }

        // "those suspected of having contacts outside the country are under surveillance", "Families suspected of
        // having members who left …": a suspicion that picks out a class of people is the criterion by which someone
        // in the story treats them, not a claim the article makes about them ("outages suspected of being caused
        // by cyberattacks" and "hackers suspected of working for the regime" still are).
        if (Word(k, "suspected") && k > 0 && t[k - 1].IsWord && lexicon.SuspectClasses.Contains(Norm(t[k - 1].Text)))
        {
            return;
        }

        foreach (var (words, always) in candidates)
        {
            // "Martyn Williams says" is not "analysts say"; nor is "Ali and other experts believe".
            if (Matches(k, words) && !(always && (IsName(k - 1) || (Word(k - 1, "other") && Word(k - 2, "and") && IsName(k - 3))))
                && !GroundsWithoutAFigure(k, k + words.Length))
            {
                // "The regime fears that …, where an estimated 23,000 defectors have settled" (blind5): a relative clause
                // makes a claim of its own, which only a source named after it can back, as a hedge there is.
                Add(k, k + words.Length, AttributionSource.Vague, unlessNamed: !always, !always && OpensARelativeClause(k) ? HedgeInRelativeClause : "phrase");
            }
        }
    }

    /// <summary>
    /// "if media reports are to be believed", "if rumours are true": a claim made conditional on unnamed sources
    /// still rests on them. "if the reports are true" points back to reports the article has named, and "if
    /// Yonhap's reports are to be believed" names its source.
    /// </summary>
    private void Conditional(int k)
    {
        if (!Word(k, "if") || k + 3 >= n || (t[k + 1].IsWord && lexicon.DefiniteDeterminers.Contains(t[k + 1].Text)))
        {
            return;
        }

        for (var m = k + 1; m < n && m <= k + 4; m++)
        {
            if (!t[m].IsWord || IsName(m) || KnownSourceAt(m) > 0)
            {
                return;
            }

            if (!IsPlural(t[m].Text) || !(lexicon.UnnamedSources.Contains(Norm(t[m].Text)) || lexicon.EvidenceNouns.Contains(Norm(t[m].Text))))
            {
                continue;
            }

            if (!(Word(m + 1, "are") || Word(m + 1, "were")))
            {
                return;
            }

            var end = Word(m + 2, "to") && Word(m + 3, "be") && (Word(m + 4, "believed") || Word(m + 4, "trusted")) ? m + 5
                : Word(m + 2, "true") || Word(m + 2, "accurate") || Word(m + 2, "correct") || Word(m + 2, "right") ? m + 3
                : 0;
            if (end > 0)
            {
                Add(k, end, AttributionSource.Vague, unlessNamed: true, "conditional");
            }

            return;
        }
    }

    /// <summary>
    /// "Reports of a massive, nine-and-a-half hour internet outage … have raised eyebrows" (blind13), "amid reports that
    /// sanctions would …": reports with no article and no owner, opening the sentence or after "amid", "despite",
    /// "following", "after" or "with", present their claim as reported by no one ("there are reports", "according to
    /// reports"). "The reports of …", "Yonhap's reports", "denying reports that" and reports of a named body are not;
    /// nor are rumours, which a story may mention without passing on ("getting headlines, after rumours that", blind10).
    /// </summary>
    private void BareReports(int k)
    {
        if (!t[k].Is("reports") || !(Word(k + 1, "of") || Word(k + 1, "that")))
        {
            return;
        }

        // A capitalised "Reports" after a mark opens a sentence the page ran on from a caption: "… (Source: Getty)
        // Reports of a massive … outage" (blind13).
        if (!(k == first || k == AfterDateline(first) || (t[k].IsCapitalized && k > 0 && t[k - 1].IsSymbol) || Word(k - 1, "amid") || Word(k - 1, "despite") || Word(k - 1, "following") || Word(k - 1, "after") || Word(k - 1, "with")))
        {
            return;
        }

        if (Word(k + 1, "of") && (KnownSourceAt(k + 2) > 0 || (IsName(k + 2) && !IsPlaceWord(k + 2))))
        {
            return;
        }

        Add(k, k + 2, AttributionSource.Vague, unlessNamed: true, "bare reports");
    }

    /// <summary>
    /// "… Literacy Rate: 99%Source: CIA World Fact Book." (blind12), "… is 22,665,345 (Source: CIA World Factbook).": a
    /// source label and a name that close the sentence name the source of what stands before them. A label the sentence
    /// runs on past is a picture's credit ("a show of might (Source: Getty) Reports of …"), not the text's source.
    /// </summary>
    private void SourceLabel(int k)
    {
        if (!(t[k].Is("source") || t[k].Is("sources")) || !Sym(k + 1, ':'))
        {
            return;
        }

        var end = ClauseEnd(k + 2, 10);
        if (end == k + 2 || !(HasName(k + 2, end) || KnownSourceAt(k + 2) > 0))
        {
            return;
        }

        for (var m = k + 2; m < end; m++)
        {
            if (t[m].IsWord && lexicon.PictureCredits.Contains(t[m].Text))
            {
                return;
            }
        }

        // Only marks may follow: ")", "]", ".", or nothing.
        for (var m = end; m < n; m++)
        {
            if (!(t[m].IsSymbol && t[m].Text[0] is ')' or ']' or '.' or '!' or '?'))
            {
                return;
            }
        }

        Add(k, end, AttributionSource.Named, unlessNamed: false, "source label");
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
            if (token.InQuotation || token.InTitle || !(token.Is(words[w]) || IsSpelledWithLookalikes(token.Text, words[w])))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The word with its look-alike letters read as the Latin ones, when each stands for one ASCII letter in Unicode's
    /// confusables data (UTS #39, <see cref="Confusables"/>) and that leaves only ASCII letters; else the word. A content
    /// farm spells English words so to dodge duplicate detection ("is ѕаid tо", blind10): the listed phrases match them
    /// too. The letters themselves are NK4004's finding.
    /// </summary>
    private static string FoldLookalikes(string word)
    {
        char[]? folded = null;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c < 0x80 || c == '’')
            {
                continue;
            }

            if (char.IsSurrogate(c) || !Confusables.TryGetLatin(new Rune(c), out var latin) || latin.Length != 1)
            {
                return word;
            }

            folded ??= word.ToCharArray();
            folded[i] = latin[0];
        }

        return folded is null ? word : new string(folded);
    }

    private static bool IsSpelledWithLookalikes(string text, string word) =>
        text.Length == word.Length && FoldLookalikes(text) is var folded && !ReferenceEquals(folded, text)
        && string.Equals(Norm(folded), word, StringComparison.OrdinalIgnoreCase);

    // ---- according to, as reported by, per, citing, data from ----------------------------------

    private void AccordingTo(int k)
    {
        if (!Word(k, "according") || !Word(k + 1, "to"))
        {
            return;
        }

        // "according to him": a pronoun that points back, as "he said" does (resolved by FindAll).
        if (k + 2 < n && t[k + 2].IsWord && lexicon.AnaphoricObjects.Contains(t[k + 2].Text))
        {
            Add(k, k + 3, AttributionSource.Named, unlessNamed: false, "according to", string.Empty);
            return;
        }

        // "according to a state-owned development bank in the South" in an article that names the Korea
        // Development Bank: a description of one institution the article names.
        if (DescribesANameInTheArticle(k + 2))
        {
            Add(k, k + 3, AttributionSource.Named, unlessNamed: false, "according to a description");
            return;
        }

        // "The accounts included … . According to tweets the officials enjoy smoking" (blind13): the posts of accounts
        // the same or the previous sentence speaks of are a definite reference to them (LABELLING-DECISIONS.md), not
        // "according to reports"; with no account before them they stay vague.
        var posts = Word(k + 2, "the") || Word(k + 2, "their") || Word(k + 2, "his") || Word(k + 2, "her") || Word(k + 2, "its") ? k + 3 : k + 2;
        if (posts < n && t[posts].IsWord && t[posts].Text.ToLowerInvariant() is "tweets" or "posts" or "messages"
            && (accountsJustBefore || SpeaksOfAccounts(t, k)))
        {
            Add(k, posts + 1, AttributionSource.Named, unlessNamed: false, "according to");
            return;
        }

        // "according to the observations of experts", "the estimates of analysts": the evidence of an
        // unnamed group is as vague as "according to experts", though "the" makes it look like a reference back.
        if (Word(k + 2, "the") && k + 3 < n && t[k + 3].IsWord && lexicon.EvidenceNouns.Contains(Norm(t[k + 3].Text)) && Word(k + 4, "of")
            && k + 5 < n && t[k + 5].IsWord && !t[k + 5].IsCapitalized && lexicon.UnnamedSources.Contains(Norm(t[k + 5].Text))
            && !HasName(k + 5, ClauseEnd(k + 5, 8)))
        {
            Add(k, k + 6, AttributionSource.Vague, unlessNamed: true, "according to");
            return;
        }

        // "according to the country's official sources", "its sources": an owner does not name the people
        // who told it (an owner that is a name, "Daily NK's sources", is read below as before).
        if (PossessedInformants(k + 2) is var owned and > 0)
        {
            Add(k, owned, AttributionSource.Vague, unlessNamed: true, "according to");
            return;
        }

        // "According to the received information", "the information obtained", "the available data", "the information we
        // have" (blind21): evidence the writer only says was had names no owner, whatever its "the" (an "according to
        // reports" form); "the information obtained by Daily NK" names one.
        if (UnownedEvidenceEnd(k + 2) is var unowned and > 0)
        {
            Add(k, unowned, AttributionSource.Vague, unlessNamed: true, "according to");
            return;
        }

        // "according to this research", "according to the researchers": a reference back (checked for an
        // antecedent by FindAll).
        if (IsDefiniteReference(k + 2, ClauseEnd(k + 2, 5)) && !HasName(k + 2, ClauseEnd(k + 2, 8)))
        {
            Add(k, ClauseEnd(k + 2, 5), AttributionSource.Named, unlessNamed: false, "according to", ReferenceHead(k + 2, ClauseEnd(k + 2, 5)));
            return;
        }

        for (var m = k + 2; m < n && m < k + 10; m++)
        {
            if (!t[m].IsWord && !t[m].IsNumber)
            {
                return;
            }

            // "an unnamed official", "anonymous sources": a name after these is where they are, not who.
            if (lexicon.Anonymity.Contains(t[m].Text))
            {
                Add(k, ClauseEnd(m, 6), AttributionSource.Vague, unlessNamed: true, "according to");
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

            // "according to the probe results by the government-led investigation team": evidence made by a
            // definite body the article refers back to, as "according to the investigation team" is.
            if ((lexicon.UnnamedSources.Contains(Norm(t[m].Text)) || lexicon.EvidenceNouns.Contains(Norm(t[m].Text)))
                && EvidenceByADefiniteReference(m + 1) is var (byStart, byEnd) && byEnd > byStart)
            {
                Add(k, byEnd, AttributionSource.Named, unlessNamed: false, "according to", ReferenceHead(byStart, byEnd));
                return;
            }

            // "according to an analysis of financial statements", "a count of the records": an indefinite
            // piece of evidence names no one unless a name made it or owns what it read ("an analysis by Dyn",
            // "an analysis of Orascom's statements" go on to that name).
            // "according to a new analysis of the country's devices", "a recent detailed study" (blind25): lower-case
            // modifiers between the article and the evidence noun leave it as indefinite and as unowned.
            if ((Word(k + 2, "a") || Word(k + 2, "an")) && m >= k + 3 && m <= k + 5 && IndefiniteModifiersBetween(k + 3, m) && !lexicon.UnnamedSources.Contains(Norm(t[m].Text))
                && lexicon.EvidenceNouns.Contains(Norm(t[m].Text)) && !HasName(m + 1, ClauseEnd(m + 1, 8)))
            {
                Add(k, ClauseEnd(m, 5), AttributionSource.Vague, unlessNamed: true, "according to");
                return;
            }

            if (lexicon.UnnamedSources.Contains(Norm(t[m].Text)))
            {
                // "according to local news site Daily NK", "cybersecurity researcher Junade Ali": the
                // generic noun describes the name right after it.
                var after = m + 1;
                while (after < n && t[after].IsWord && !t[after].IsCapitalized && lexicon.UnnamedSources.Contains(Norm(t[after].Text)))
                {
                    after++;
                }

                if (!lexicon.EvidenceNouns.Contains(Norm(t[after - 1].Text)) && after < n
                    && ((IsName(after) && !lexicon.SentenceStarters.Contains(t[after].Text)) || KnownSourceAt(after) > 0)
                    && !StartsARelativeClause(after))
                {
                    Add(k, after + 1, AttributionSource.Named, unlessNamed: false, "according to");
                    return;
                }

                // "according to estimates by GSMA Intelligence", "a report on Radio Free Asia", "a recent
                // report published by the U.S. Army": the source is named after the noun.
                if (NamedAfterSourceNoun(m + 1))
                {
                    Add(k, m + 1, AttributionSource.Named, unlessNamed: false, "according to");
                    return;
                }

                // "according to the report", "according to the researchers" point back to a source
                // already named (LABELLING.md: a definite reference is an attribution, not a vague one).
                if (IsDefiniteReference(k + 2, m + 1))
                {
                    Add(k, m + 1, AttributionSource.Named, unlessNamed: false, "according to", ReferenceHead(k + 2, m + 1));
                    return;
                }

                Add(k, m + 1, AttributionSource.Vague, unlessNamed: true, "according to");
                return;
            }
        }
    }

    /// <summary>
    /// The words from <paramref name="from"/> up to <paramref name="to"/> are lower-case modifiers of an indefinite noun
    /// ("new", "recent", "detailed"): no name, number, noun of a source or of evidence, and no clause or grammar word.
    /// </summary>
    private bool IndefiniteModifiersBetween(int from, int to)
    {
        for (var j = from; j < to; j++)
        {
            if (!t[j].IsWord || t[j].IsCapitalized || lexicon.UnnamedSources.Contains(Norm(t[j].Text)) || lexicon.EvidenceNouns.Contains(Norm(t[j].Text))
                || lexicon.ClauseWords.Contains(t[j].Text) || lexicon.Prepositions.Contains(t[j].Text) || lexicon.Determiners.Contains(t[j].Text)
                || lexicon.Pronouns.Contains(t[j].Text) || IsPossessive(Norm(t[j].Text)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "the received information", "information obtained", "the available data", "the information we have": evidence
    /// (with or without "the") that a word of having qualifies, before it or after it ("we"/"I" and a verb of having
    /// after it), with no name after it ("the data obtained by Daily NK"). The end of the phrase, or 0.
    /// </summary>
    private int UnownedEvidenceEnd(int k)
    {
        var m = Word(k, "the") ? k + 1 : k;
        int end;
        if (m + 1 < n && t[m].IsWord && lexicon.HavingQualifiers.Contains(t[m].Text) && t[m + 1].IsWord && lexicon.EvidenceNouns.Contains(Norm(t[m + 1].Text)))
        {
            end = m + 2;
        }
        else if (m + 1 < n && t[m].IsWord && lexicon.EvidenceNouns.Contains(Norm(t[m].Text)) && t[m + 1].IsWord && lexicon.HavingQualifiers.Contains(t[m + 1].Text))
        {
            end = m + 2;
        }
        else if (m + 2 < n && t[m].IsWord && lexicon.EvidenceNouns.Contains(Norm(t[m].Text)) && (Word(m + 1, "we") || Word(m + 1, "I"))
            && t[m + 2].IsWord && (lexicon.HavingQualifiers.Contains(t[m + 2].Text) || Word(m + 2, "have") || Word(m + 2, "had")))
        {
            end = m + 3;
        }
        else
        {
            return 0;
        }

        return t[m].IsCapitalized || HasName(end, ClauseEnd(end, 6)) ? 0 : end;
    }

    /// <summary>
    /// "by a Seoul civic group", "conducted by a US think-tank", "from one research firm": after a piece of evidence,
    /// "by" or "from" (a participle of making may come first) and an indefinite unnamed source: up to four words, none a
    /// name, the last an unnamed source ("group", "think-tank", "researcher"). A name right after it ("a local group, NK
    /// Watch,", "a think tank called 38 North") names it. The end of the source, or 0.
    /// </summary>
    private int UnnamedMakerEnd(int k)
    {
        var m = k;
        if (m < n && t[m].IsWord && (lexicon.ConductingVerbs.Contains(t[m].Text) || lexicon.IssuingVerbs.Contains(t[m].Text)))
        {
            m += Word(m + 1, "out") ? 2 : 1;
        }

        if (!(Word(m, "by") || Word(m, "from")) || !(Word(m + 1, "a") || Word(m + 1, "an") || Word(m + 1, "one") || Word(m + 1, "another")))
        {
            return 0;
        }

        for (var h = m + 2; h < n && h <= m + 5; h++)
        {
            if (!t[h].IsWord || t[h].InQuotation || IsName(h) || KnownSourceAt(h) > 0 || lexicon.Prepositions.Contains(t[h].Text) || lexicon.ClauseWords.Contains(t[h].Text)
                || lexicon.Determiners.Contains(t[h].Text))
            {
                return 0;
            }

            if (!lexicon.UnnamedSources.Contains(Norm(t[h].Text)) || lexicon.EvidenceNouns.Contains(Norm(t[h].Text)))
            {
                continue;
            }

            // "a think tank called 38 North", "a local group, NK Watch,": named after all.
            var after = Sym(h + 1, ',') || Word(h + 1, "called") || Word(h + 1, "named") ? h + 2 : h + 1;
            return IsName(after) || KnownSourceAt(after) > 0 || (Word(after, "the") && (IsName(after + 1) || KnownSourceAt(after + 1) > 0))
                || !ReportsAfter(h + 1) ? 0 : h + 1;
        }

        return 0;
    }

    /// <summary>
    /// Whether the clause goes on within eight words to a verb that reports or shows ("… of about 400 defectors suggested
    /// that", "… found"): the evidence before it is what the claim rests on. "a report from a website … is hardly
    /// definitive" talks about the evidence and attributes nothing.
    /// </summary>
    private bool ReportsAfter(int k)
    {
        for (var m = k; m < n && m < k + 8 && !IsBoundary(m); m++)
        {
            if (t[m].IsWord && !t[m].IsCapitalized && (lexicon.EvidenceVerbs.Contains(Norm(t[m].Text)) || lexicon.ReportingVerbs.Contains(Norm(t[m].Text))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "results by the government-led investigation team": after a source noun (and any that follow it), "by" and a
    /// definite reference with no name; the reference's bounds, or (0, 0).
    /// </summary>
    private (int Start, int End) EvidenceByADefiniteReference(int k)
    {
        var m = k;
        while (m < n && t[m].IsWord && (lexicon.UnnamedSources.Contains(Norm(t[m].Text)) || lexicon.EvidenceNouns.Contains(Norm(t[m].Text))))
        {
            m++;
        }

        if (!Word(m, "by"))
        {
            return (0, 0);
        }

        var end = ClauseEnd(m + 1, 6);
        return IsDefiniteReference(m + 1, end) && !HasName(m + 1, end) ? (m + 1, end) : (0, 0);
    }

    /// <summary>
    /// "the country's official sources", "its sources", "the regime's own contacts": informants after an owner that
    /// is not a name (a possessive determiner, or "the" and a possessive: "the North's sources"), with at most two lower-case
    /// modifiers. The end of the phrase, or 0.
    /// </summary>
    private int PossessedInformants(int k)
    {
        int m;
        if (Word(k, "its") || Word(k, "their") || Word(k, "his") || Word(k, "her"))
        {
            m = k + 1;
        }
        else if (Word(k, "the") && k + 1 < n && t[k + 1].IsWord && IsPossessive(t[k + 1].Text) && !IsName(k + 1) && KnownSourceAt(k + 1) == 0)
        {
            m = k + 2;
        }
        else
        {
            return 0;
        }

        for (var end = m; end < n && end < m + 3 && t[end].IsWord && !t[end].IsCapitalized; end++)
        {
            if (lexicon.Informants.Contains(t[end].Text))
            {
                return end + 1;
            }
        }

        return 0;
    }

    /// <summary>
    /// "a state-owned development bank": an indefinite noun phrase whose last two words the article
    /// writes elsewhere as part of a name ("Korea Development Bank"). Generic sources ("a research firm",
    /// "a media report") stay unnamed: their last word is one of the unnamed sources.
    /// </summary>
    private bool DescribesANameInTheArticle(int k)
    {
        if (documentWords is null || !(Word(k, "a") || Word(k, "an")))
        {
            return false;
        }

        var words = new List<string>();
        for (var m = k + 1; m < n && m < k + 8; m++)
        {
            if (t[m].IsSymbol && t[m].Text == "-" && m > k + 1)
            {
                continue;
            }

            if (!t[m].IsWord || t[m].IsCapitalized || lexicon.Prepositions.Contains(t[m].Text) || lexicon.ClauseWords.Contains(t[m].Text) || Word(m, "to"))
            {
                break;
            }

            if (t[m].IsGlued && m > k + 1 && t[m - 1].IsSymbol)
            {
                // "state-owned" split at its hyphen: one word.
                words[^1] += "-" + t[m].Text;
                continue;
            }

            words.Add(t[m].Text.ToLowerInvariant());
        }

        var head = words.Count > 0 ? words[^1] : string.Empty;
        return words.Count >= 2 && (!lexicon.UnnamedSources.Contains(head) || lexicon.UnnamedInstitutions.Contains(head)) && !lexicon.EvidenceNouns.Contains(head)
            && documentWords.NamePairs.Contains(words[^2] + " " + words[^1]);
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
            if (!StateMediaAt(j + 2))
            {
                Add(k, j + 1, HasName(j + 2, Math.Min(n, j + 8)) || QuotedName(j + 2) ? AttributionSource.Named : AttributionSource.Vague, unlessNamed: true, "as reported by");
            }

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
            else if (PossessedInformants(k + 1) == 0 && IsDefiniteReference(k + 1, end))
            {
                // "…, citing the blog of a Russian student", "citing the report": a reference back, read as "according to
                // the report" is (checked for an antecedent by FindAll).
                Add(k, end, AttributionSource.Named, unlessNamed: false, "citing", ReferenceHead(k + 1, end));
            }
            else if (AnyIn(k + 1, end, lexicon.UnnamedSources))
            {
                Add(k, end, AttributionSource.Vague, unlessNamed: true, "citing");
            }
        }

        // Data from Koryolink, estimates by GSMA Intelligence, studies by the Stimson Center, a story from North Korea Tech;
        // with what the evidence is about between them, "the latest data on North Korea from the ITU" (blind14).
        if (lexicon.EvidenceNouns.Contains(Norm(t[k].Text)) || lexicon.PublishedItems.Contains(t[k].Text))
        {
            var connector = k + 1;
            if (connector < n && t[connector].IsWord && lexicon.TopicPrepositions.Contains(t[connector].Text))
            {
                var m = connector + 1;
                // Only what the evidence is about: "information on the vaccine developed by Pfizer" names the maker, not a source.
                while (m < n && m <= connector + 4 && !IsBoundary(m) && !Word(m, "from") && !Word(m, "by")
                    && !(t[m].IsWord && (t[m].Text.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || t[m].Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase))))
                {
                    m++;
                }

                connector = Word(m, "from") || Word(m, "by") ? m : k + 1;
            }
            else if (connector + 1 < n && t[connector].IsWord && lexicon.GatheringParticiples.Contains(t[connector].Text) && Word(connector + 1, "by"))
            {
                // "recent data obtained by South Korean news outlet The Investor" (blind30): the gatherer named after the
                // participle owns the evidence, as in "data from The Investor".
                connector++;
            }

            if ((Word(connector, "from") || Word(connector, "by")) && HasName(connector + 1, ClauseEnd(connector + 1, 6)) && !IsTakenFrom(k))
            {
                Add(k, connector + 1, AttributionSource.Named, unlessNamed: false, "data from");
            }
            else if (lexicon.EvidenceNouns.Contains(Norm(t[k].Text)) && UnnamedMakerEnd(k + 1) is var makerEnd && makerEnd > k)
            {
                // "One recent survey by a Seoul civic group of about 400 defectors suggested", "a study by a US think-tank"
                // (blind21): evidence made by an institution or person the sentence describes but does not name is owned by
                // no one, as "an analysis suggests" is (LABELLING.md); a name in the sentence rescues it.
                Add(k, makerEnd, AttributionSource.Vague, unlessNamed: true, "evidence by an unnamed maker");
            }
        }

        // The SpeedTest results, Ookla data, GSMA figures: a name used as the owner of evidence.
        // (The name is asked last: IsName reads the document's words, the evidence noun is one lookup.)
        // "a state-run IT research center": before a noun it qualifies, the evidence noun is the first part of a compound.
        if (!IsPossessive(t[k].Text) && k + 1 < n && t[k + 1].IsWord && !t[k + 1].IsCapitalized
            && lexicon.EvidenceNouns.Contains(Norm(t[k + 1].Text))
            && !(k + 2 < n && t[k + 2].IsWord && lexicon.EvidenceCompoundHeads.Contains(t[k + 2].Text))
            && !((t[k + 1].Is("numbers") || t[k + 1].Is("number")) && lexicon.IdentifierQualifiers.Contains(t[k].Text))
            && IsName(k))
        {
            Add(k, k + 2, AttributionSource.Named, unlessNamed: false, "name and evidence");
        }

        // DataReportal's count, Trend Micro's analysis; with the series' title between them, the World Bank's World
        // Development indicators, DataReportal's Digital 2024 report (blind16).
        if (IsPossessive(t[k].Text) && k + 1 < n && IsName(k))
        {
            var noun = k + 1;
            while (noun < n && noun <= k + 4 && ((t[noun].IsWord && t[noun].IsCapitalized) || t[noun].IsNumber))
            {
                noun++;
            }

            if (noun < n && t[noun].IsWord && lexicon.EvidenceNouns.Contains(Norm(t[noun].Text)))
            {
                Add(k, noun + 1, AttributionSource.Named, unlessNamed: false, "possessive");
            }
        }

        // …, reported by Yonhap; the figure counted by Statistics Korea.
        if (Word(k + 1, "by") && t[k].Text.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !lexicon.ThatVerbs.Contains(t[k].Text)
            && (lexicon.ReportingVerbs.Contains(t[k].Text) || lexicon.AgentlessPassives.Contains(t[k].Text))
            && HasName(k + 2, ClauseEnd(k + 2, 6)))
        {
            Add(k, k + 2, AttributionSource.Named, unlessNamed: false, "by agent");
        }
    }

    /// <summary>
    /// "38 North has used satellite imagery and a survey of around 40 defectors": the size of a study is
    /// sourced by whoever the clause names as having made it.
    /// </summary>
    private void OwnStudy(int k)
    {
        if (!lexicon.EvidenceNouns.Contains(Norm(t[k].Text)) || !Word(k + 1, "of") || !(k + 2 < n && (t[k + 2].IsNumber || IsApproximateNumber(k + 2))))
        {
            return;
        }

        // The clause back to a hard stop, at most a subject's length and a verb phrase away (bounded, so
        // that a sentence of many studies stays linear).
        var clauseStart = k - 1;
        while (clauseStart > 0 && clauseStart > k - 4 * MaxSubjectWords && !(t[clauseStart - 1].IsSymbol && t[clauseStart - 1].Text[0] is ';' or ':' or '.' or '–' or '—' or '(' or ')'))
        {
            clauseStart--;
        }

        if (clauseStart >= 0 && HasNameOtherThanAPlace(clauseStart, k))
        {
            Add(k, k + 2, AttributionSource.Named, unlessNamed: false, "own study");
        }
    }

    /// <summary>
    /// "The Korea Institute for National Unification conducted a study on …, in which they presumed that 23% of …": a
    /// study, survey or report the clause's named subject made is that subject's, and it sources the sentence's figures
    /// (blind5). The verb at <paramref name="k"/>, an "out", an article or possessive ("The ITU publishes no usage figures"
    /// makes none), then up to three lower-case words to the evidence noun.
    /// </summary>
    private void ConductedStudy(int k)
    {
        if (!lexicon.ConductingVerbs.Contains(t[k].Text) || t[k].IsCapitalized)
        {
            return;
        }

        var m = k + 1;
        if (Word(m, "out"))
        {
            m++;
        }

        // An article or the subject's own possessive: "publishes no usage figures" makes no study.
        if (!(Word(m, "a") || Word(m, "an") || Word(m, "its") || Word(m, "their") || Word(m, "his") || Word(m, "her")))
        {
            return;
        }

        m++;

        var limit = m + 3;
        while (m < n && m < limit && t[m].IsWord && !t[m].IsCapitalized && !lexicon.EvidenceNouns.Contains(Norm(t[m].Text)) && !lexicon.Prepositions.Contains(t[m].Text))
        {
            m++;
        }

        if (m >= n || !t[m].IsWord || t[m].IsCapitalized || !lexicon.EvidenceNouns.Contains(Norm(t[m].Text)))
        {
            return;
        }

        // The subject: a name in the clause before the verb (bounded, as in OwnStudy), not only a place.
        var clauseStart = k - 1;
        while (clauseStart > 0 && clauseStart > k - 2 * MaxSubjectWords && !(t[clauseStart - 1].IsSymbol && t[clauseStart - 1].Text[0] is ';' or ':' or '.' or ',' or '–' or '—' or '(' or ')'))
        {
            clauseStart--;
        }

        if (clauseStart >= 0 && HasNameOtherThanAPlace(clauseStart, k))
        {
            Add(clauseStart, m + 1, AttributionSource.Named, unlessNamed: false, "conducted study");
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

        if (!sawBe || j >= n || Word(j + 1, "for") || Word(j + 1, "as")
            || !(lexicon.ImpersonalParticiples.Contains(t[j].Text) || (lexicon.ImpersonalParticiplesBeforeThat.Contains(t[j].Text) && Word(j + 1, "that"))))
        {
            return;
        }

        // "It was reported last year by the same publication that …" (blind30): time words may stand before the agent.
        if (!Word(j + 1, "by") && SkipTimeWords(j + 1) is var afterTime && afterTime > j + 1 && Word(afterTime, "by"))
        {
            j = afterTime - 1;
        }

        if (Word(j + 1, "by"))
        {
            if (HasName(j + 2, ClauseEnd(j + 2, 6)))
            {
                Add(k, j + 2, AttributionSource.Named, unlessNamed: false, "it is reported by");
            }
            else if (PossessedInformants(j + 2) == 0 && IsDefiniteReference(j + 2, ClauseEnd(j + 2, 6)))
            {
                // "by the same publication", "by the report": a reference back, resolved as "the report said" is (FindAll).
                var end = ClauseEnd(j + 2, 6);
                Add(k, end, AttributionSource.Named, unlessNamed: false, "it is reported by", ReferenceHead(j + 2, end));
            }
            else if (IsIndefiniteAgent(j + 2))
            {
                Add(k, ClauseEnd(j + 2, 6), AttributionSource.Vague, unlessNamed: false, "it is reported by");
            }

            return;
        }

        // "after it was reported (by a government website) that …" (blind23): an agent in brackets that only describes
        // who reported names no one, and a name elsewhere in the sentence ("news reports by the Korean Central News
        // Agency", its content) does not rescue a report whose maker the sentence itself says is unnamed.
        if (Sym(j + 1, '(') && Word(j + 2, "by") && HasName(j + 3, ClauseEnd(j + 3, 6)))
        {
            Add(k, j + 3, AttributionSource.Named, unlessNamed: false, "it is reported by");
            return;
        }

        if (Sym(j + 1, '(') && Word(j + 2, "by") && IsIndefiniteAgent(j + 3))
        {
            var close = ClauseEnd(j + 3, 6);
            Add(k, Sym(close, ')') ? close + 1 : close, AttributionSource.Vague, unlessNamed: false, "it is reported by");
            return;
        }

        if (t[j].Is("expected") || t[j].Is("hoped"))
        {
            return;
        }

        // "Kwangmyong, as it is known, is run by …": naming, not attributing (LABELLING.md).
        if (Word(k - 1, "as") && t[j].Is("known") && (j + 1 >= n || IsBoundary(j + 1)))
        {
            return;
        }

        Add(k, Word(j + 1, "that") ? j + 2 : j + 1, AttributionSource.Vague, unlessNamed: true, ImpersonalForm);
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

        if (j >= n || !(lexicon.AgentlessPassives.Contains(Norm(t[j].Text)) || (lexicon.PassivesWithAs.Contains(t[j].Text) && Word(j + 1, "as"))))
        {
            return;
        }

        var next = j + 1;
        if (Word(next, "by"))
        {
            var end = ClauseEnd(next + 1, 6);
            if (HasName(next + 1, end) || QuotedName(next + 1))
            {
                Add(k, next + 1, AttributionSource.Named, unlessNamed: false, "passive with agent");
            }
            else if (StateMediaAt(next + 1))
            {
                // "has been reported by official media": the state's outlets, as "State media said" is.
            }
            else if (AnyIn(next + 1, end, lexicon.UnnamedSources))
            {
                Add(k, end, AttributionSource.Vague, unlessNamed: true, "passive with agent");
            }

            return;
        }

        // "the source was quoted as saying", "Kim was quoted as saying": the subject is the speaker whose words are
        // quoted, the claim's source; only the outlet that quoted them is left out. A named or referred-back speaker is
        // an attribution; an unnamed one ("A source was quoted as saying") stays vague.
        if ((t[j].Is("quoted") || t[j].Is("cited")) && Word(next, "as") && SubjectBefore(k, out var speakerStart) is var (speaker, speakerEnd))
        {
            if (HasName(speaker, speakerEnd))
            {
                Add(speakerStart, next + 1, AttributionSource.Named, unlessNamed: false, "quoted speaker");
                return;
            }

            // "he was quoted as saying", and after a fronted adverb, "there he was quoted as saying" (blind16).
            if ((speakerEnd - speaker == 1 || (speakerEnd - speaker == 2 && t[speaker].IsWord && !t[speaker].IsCapitalized))
                && lexicon.AnaphoricPronouns.Contains(t[speakerEnd - 1].Text))
            {
                Add(speakerStart, next + 1, AttributionSource.Named, unlessNamed: false, "quoted speaker", string.Empty);
                return;
            }

            if (IsDefiniteReference(speaker, speakerEnd) || DefiniteSingularHead(speaker, speakerEnd) is not null)
            {
                Add(speakerStart, next + 1, AttributionSource.Named, unlessNamed: false, "quoted speaker",
                    IsDefiniteReference(speaker, speakerEnd) ? ReferenceHead(speaker, speakerEnd) : DefiniteSingularHead(speaker, speakerEnd));
                return;
            }
        }

        // "which are described as "warmongers"": a label in quotation marks is named, not attributed. So is a thing
        // described as a kind of thing ("is often described as a black hole", "has been described as a "critical step
        // forward"", blind6, blind21): a description, not a claim (LABELLING.md lists no such form); "is described as slow"
        // and "was described as the largest" still attribute a judgement to no one.
        if (Word(next, "as") && lexicon.NamingPassives.Contains(t[j].Text) && next + 1 < n
            && (Sym(next + 1, '“') || Sym(next + 1, '"') || Sym(next + 1, '‘') || t[next + 1].InQuotation || Word(next + 1, "a") || Word(next + 1, "an")))
        {
            return;
        }

        if ((Word(next, "to") && IsInfinitive(next + 1)) || (Word(next, "at") && t[j].Is("estimated")) || Word(next, "that")
            || (Word(next, "as") && lexicon.PassivesWithAs.Contains(t[j].Text)))
        {
            // "has been reported as": the auxiliary is part of the phrase.
            var start = Word(k - 1, "has") || Word(k - 1, "have") || Word(k - 1, "had") ? k - 1 : k;
            Add(start, next + 1, AttributionSource.Vague, unlessNamed: true, "agentless passive");
        }
    }

    private void Hedge(int k)
    {
        if (lexicon.Hedges.Contains(Norm(t[k].Text)))
        {
            // "…, a cyberattack which reportedly destroyed …": a relative clause makes a claim of its own,
            // which only a source named after it can back (HedgeInRelativeClause).
            var relative = OpensARelativeClause(k);
            // "…,” Kim Jong-un reportedly said in February": a hedge on the act of speaking says that someone
            // unnamed reported the speech; the speaker named before it does not source that report. The hedge
            // and its verb make one span, so only a source named elsewhere in the sentence rescues it
            // ("Kim reportedly said …, according to Yonhap").
            if (!relative && k + 1 < n && t[k + 1].IsWord && lexicon.SpeechVerbs.Contains(Norm(t[k + 1].Text)))
            {
                Add(k, k + 2, AttributionSource.Vague, unlessNamed: true, HedgeOnSpeech);
            }
            else
            {
                Add(k, k + 1, AttributionSource.Vague, unlessNamed: true, relative ? HedgeInRelativeClause : "hedge");
            }
        }

        // "An alleged example of the unit's work is …", "the alleged theft of $60 million", "North Korea's alleged hacking
        // capabilities": a hedging participle before its noun reports the claim on no one's word, as "allegedly" does.
        // After a name or a noun it is a verb ("officials alleged that …"); a capital mid-sentence is a title's
        // ("South Korea Charges Alleged Hackers").
        if (lexicon.HedgingAdjectives.Contains(t[k].Text) && (k == first || !t[k].IsCapitalized)
            && k + 1 < n && t[k + 1].IsWord && !Word(k + 1, "to") && !Word(k + 1, "that") && !Word(k + 1, "and") && !Word(k + 1, "or") && !Word(k + 1, "as")
            && !lexicon.Prepositions.Contains(t[k + 1].Text) && !lexicon.BeForms.Contains(t[k + 1].Text)
            && (k == first || Sym(k - 1, ',') || (k > 0 && t[k - 1].IsWord && (lexicon.Determiners.Contains(t[k - 1].Text) || IsPossessive(Norm(t[k - 1].Text)) || lexicon.Prepositions.Contains(t[k - 1].Text)))))
        {
            Add(k, k + 1, AttributionSource.Vague, unlessNamed: true, "hedge");
        }

        if (Word(k, "widely") && k + 1 < n && lexicon.Widely.Contains(Norm(t[k + 1].Text)))
        {
            Add(k, k + 2, AttributionSource.Vague, unlessNamed: true, "widely");
        }
    }

    /// <summary>
    /// The word at <paramref name="k"/> opens a relative clause: after "which", "who", "where" or ", that"; a hedging adverb
    /// also after one auxiliary that follows them ("Sang Hyun, who is reportedly in his 20s, said", blind19: the named
    /// speaker the clause describes is what the hedge reports on, not its source). A phrase after "has" is its object
    /// ("which has an estimated per-capita GDP of …"), not the clause's opening.
    /// </summary>
    private bool OpensARelativeClause(int k) =>
        RelativeWordBefore(k)
        || (k > 0 && t[k - 1].IsWord && lexicon.Hedges.Contains(Norm(t[k].Text))
            && (lexicon.BeForms.Contains(t[k - 1].Text) || Word(k - 1, "has") || Word(k - 1, "have") || Word(k - 1, "had"))
            && RelativeWordBefore(k - 1));

    private bool RelativeWordBefore(int k) =>
        Word(k - 1, "which") || Word(k - 1, "who") || Word(k - 1, "where") || (Word(k - 1, "that") && Sym(k - 2, ','));

    // ---- subject + reporting verb -------------------------------------------------------------

    /// <summary>
    /// "The Treasury Department has sanctioned Tornado Cash, alleging its involvement in …": a
    /// participle after a comma attributes to the clause's named subject.
    /// </summary>
    private void Participle(int v)
    {
        // "…, alleging", and "… after announcing a $400 million deal" (blind23): the clause's named subject announced it.
        var conjoined = v > 1 && t[v - 1].IsWord && lexicon.ParticipleConjunctions.Contains(t[v - 1].Text);
        if (!lexicon.ReportingParticiples.Contains(t[v].Text) || !(Sym(v - 1, ',') || conjoined))
        {
            return;
        }

        if (conjoined)
        {
            // Only a name that is the clause's subject: the sentence opens with it ("Cairo-based Orascom Telecom … has been
            // building the network after announcing …"), not a name in an object ("Police raided Orascom after announcing …").
            var subjectEnd = first;
            while (subjectEnd >= 0 && subjectEnd < v - 1 && t[subjectEnd].IsWord && t[subjectEnd].IsCapitalized)
            {
                subjectEnd++;
            }

            if (first >= 0 && subjectEnd > first && HasNameThatIsNotAPlace(first, subjectEnd))
            {
                Add(v - 1, v + 1, AttributionSource.Named, unlessNamed: false, "participle");
            }

            return;
        }

        var clauseStart = v - 2;
        while (clauseStart > 0 && !(t[clauseStart - 1].IsSymbol && t[clauseStart - 1].Text[0] is ';' or ':' or '.'))
        {
            clauseStart--;
        }

        if (HasName(clauseStart, Math.Min(clauseStart + 6, v - 1)))
        {
            Add(v, v + 1, AttributionSource.Named, unlessNamed: false, "participle");
            return;
        }

        // "Other researchers remain dubious of this claim, stating that …": an unnamed source that is the clause's
        // subject (its first noun, after determiners and adjectives only) makes the participle's claim its own.
        // A definite subject ("The researchers …, stating") refers back; an unnamed noun later in the clause is an
        // object ("Police arrested two defectors, saying …").
        if (UnnamedSubjectAt(clauseStart, v - 1) >= 0)
        {
            Add(clauseStart, v + 1, AttributionSource.Vague, unlessNamed: true, "participle");
        }
    }

    /// <summary>
    /// Where an unnamed plural source before "who" starts ("Some North Korean defectors who …"), when the subject found
    /// before a verb starts right after that "who"; -1 when there is none, or a name (not a place) stands with it.
    /// </summary>
    private int RelativeClauseSubject(int start)
    {
        var head = start - 2;
        if (head < 0 || !Word(start - 1, "who") || !t[head].IsWord || t[head].IsCapitalized && head > 0)
        {
            return -1;
        }

        var word = Norm(t[head].Text);
        if (!lexicon.UnnamedSources.Contains(word) || lexicon.UnnamedInstitutions.Contains(word) || !IsPlural(word))
        {
            return -1;
        }

        var npStart = head;
        while (npStart > 0 && npStart > head - 5 && t[npStart - 1].IsWord && !IsBoundary(npStart - 1)
            && !lexicon.ClauseWords.Contains(t[npStart - 1].Text) && !lexicon.Prepositions.Contains(t[npStart - 1].Text)
            && !lexicon.ReportingVerbs.Contains(t[npStart - 1].Text))
        {
            npStart--;
        }

        return HasNameThatIsNotAPlace(npStart, head) || (npStart > 0 && !IsBoundary(npStart - 1) && t[npStart - 1].IsWord) ? -1 : npStart;
    }

    /// <summary>
    /// The index of an unnamed source that opens a clause as its subject ("Other researchers", "Some independent
    /// analysts", "Experts"), or -1: only quantifiers, indefinite determiners and adjectives may stand before it.
    /// </summary>
    private int UnnamedSubjectAt(int start, int end)
    {
        start = SkipTimeWords(start);
        for (var k = start; k < end && k < start + 4; k++)
        {
            if (!t[k].IsWord)
            {
                return -1;
            }

            var word = Norm(t[k].Text);
            if (lexicon.UnnamedSources.Contains(word) && !lexicon.UnnamedInstitutions.Contains(word) && IsPlural(word)
                && !(k + 1 < end && t[k + 1].IsWord && lexicon.UnnamedSources.Contains(Norm(t[k + 1].Text))))
            {
                return k;
            }

            var lower = word.ToLowerInvariant();
            var modifier = lower is "other" or "some" or "many" or "several" or "few" or "most" or "outside" or "independent" or "western" or "foreign"
                || (k > start && AdjectiveEndings.Any(e => lower.EndsWith(e, StringComparison.Ordinal)) && !lower.EndsWith("ed", StringComparison.Ordinal));
            if (!modifier)
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>
    /// A reporting verb before its subject, after a comma or a closing quote: <c>…,” said Sawiris</c>,
    /// <c>…, reported Fox News</c> (named); <c>…, said researchers who monitor the network</c> (vague).
    /// </summary>
    private bool Inverted(int v)
    {
        if (!lexicon.InvertingVerbs.Contains(t[v].Text) || t[v].IsCapitalized || v == 0 || v + 1 >= n
            || !(Sym(v - 1, ',') || Sym(v - 1, '”') || Sym(v - 1, '"') || Sym(v - 1, '’') || EndsTheSentenceWithoutAComma(v)))
        {
            return false;
        }

        // The subject is short and ends its clause: "said Sawiris." / "said researchers who …", not
        // "…, told diplomats the operator was …" (an appositive subject before a normal verb).
        var end = ClauseEnd(v + 1, 7);
        if (end <= v + 1 || (end < n && !IsBoundary(end)))
        {
            return false;
        }

        // A plural present ("…, report Geoff White and Jean H Lee.") inverts only at the sentence's end: "Industry analysts,
        // however, say the Arirang, built around …" has "say" after its own subject.
        if (t[v].Is("say") || t[v].Is("report") || t[v].Is("write"))
        {
            // Names joined by "and" up to the sentence's end: "report Geoff White and Jean H Lee."
            var m = v + 1;
            while (m < n && !Sym(m, '.') && ((t[m].IsWord && (t[m].IsCapitalized || t[m].Is("and"))) || Sym(m, ',')))
            {
                m++;
            }

            if (m < n && !Sym(m, '.'))
            {
                return false;
            }
        }

        // "Defectors at the group, North Korea Intellectuals Solidarity, said authorities in Pyongyang had issued a directive":
        // a finite verb after the noun phrase makes it the subject of the reported clause, and "said" the verb of the speaker
        // before it; an inverted speaker ends its clause ("…, said authorities in Seoul.").
        if (ReportedClauseVerb(v + 2, end))
        {
            return false;
        }

        if (HasName(v + 1, end))
        {
            Add(v, end, AttributionSource.Named, unlessNamed: false, "inverted");
            return true;
        }

        if (IsDefiniteReference(v + 1, end) || (end - v - 1 == 1 && lexicon.AnaphoricPronouns.Contains(t[v + 1].Text)))
        {
            Add(v, end, AttributionSource.Named, unlessNamed: false, "inverted", ReferenceHead(v + 1, end));
            return true;
        }

        // "…, said the engineer."
        if (DefiniteSingularHead(v + 1, end) is { } head)
        {
            Add(v, end, AttributionSource.Named, unlessNamed: false, "inverted", head);
            return true;
        }

        if (AnyIn(v + 1, end, lexicon.UnnamedSources))
        {
            Add(v, end, AttributionSource.Vague, unlessNamed: false, "inverted");
            return true;
        }

        return false;
    }

    /// <summary>
    /// "The videos are indispensable for those outside of North Korea said a researcher." (blind28): an inverted speaker whose
    /// comma the writer left out, when the speaker ("a researcher", "one analyst") is indefinite, unnamed and ends the
    /// sentence: an object never follows "said" so ("he said a prayer" has no unnamed source, and a pronoun before the verb is
    /// its subject).
    /// </summary>
    private bool EndsTheSentenceWithoutAComma(int v)
    {
        if (!t[v - 1].IsWord || lexicon.Pronouns.Contains(t[v - 1].Text) || v + 2 >= n
            || !(Word(v + 1, "a") || Word(v + 1, "an") || Word(v + 1, "one")))
        {
            return false;
        }

        var end = v + 2;
        while (end < n && t[end].IsWord)
        {
            end++;
        }

        return end - v <= 5 && (end == n || (Sym(end, '.') && end == n - 1)) && AnyIn(v + 1, end, lexicon.UnnamedSources);
    }

    /// <summary>
    /// Whether a word from <paramref name="from"/> to <paramref name="end"/> is the finite verb of a clause: a form of "be" or
    /// "have", a modal, or a past tense before its object ("issued a directive"); a participle before a preposition
    /// ("officials involved in the project") is not one.
    /// </summary>
    private bool ReportedClauseVerb(int from, int end)
    {
        for (var k = from; k < end && k < n; k++)
        {
            if (!t[k].IsWord || t[k].IsCapitalized)
            {
                continue;
            }

            if (lexicon.BeForms.Contains(t[k].Text) || Word(k, "has") || Word(k, "have") || Word(k, "had")
                || (lexicon.Modals.Contains(t[k].Text) && !t[k].Is("to")))
            {
                return true;
            }

            if (IsPastTenseBeforeItsObject(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"issued a directive", "ran the network": a lower-case word in -ed right before a determiner.</summary>
    private bool IsPastTenseBeforeItsObject(int k) =>
        t[k].Text.Length > 4 && t[k].Text.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && k + 1 < n && t[k + 1].IsWord
        && lexicon.Determiners.Contains(t[k + 1].Text);

    private void SubjectAndVerb(int v)
    {
        var verb = Norm(t[v].Text);
        var evidenceVerb = lexicon.EvidenceVerbs.Contains(verb);
        var measuringVerb = lexicon.MeasuringVerbs.Contains(verb);
        var opinionVerb = lexicon.OpinionVerbs.Contains(verb) && PutsForwardAnOpinion(v + 1);
        // In a title-case headline a reporting verb is capitalised after its subject: "FBI Says North
        // Korean Hackers …"; elsewhere a capitalised word is part of a name. (Asked only of a verb, as
        // the name test is the dearer one: it was asked of every capitalised word in -s.)
        if ((!evidenceVerb && !measuringVerb && !opinionVerb && !lexicon.ReportingVerbs.Contains(verb) && !lexicon.PutVerbs.Contains(verb) && !RanksSomething(v))
            || (t[v].IsCapitalized && !(verb.EndsWith('s') && v > 0 && IsName(v - 1))))
        {
            // A capitalised "Recorded" is part of a name (Recorded Future), not a verb.
            return;
        }

        // "North Korea, the secretive military state said to be preparing for war" (blind30): a participle before "to be" or
        // "to have" is the passive "said to be", which names no one, not the report of the noun before it.
        if (Word(v + 1, "to") && (Word(v + 2, "be") || Word(v + 2, "have")) && lexicon.AgentlessPassives.Contains(verb))
        {
            return;
        }

        // A plural noun, not a verb, when a verb follows it: "Subscriber counts ranged from …", "Police
        // reports are …", "Government estimates have …" (a verb's object never starts with a verb).
        if (verb.EndsWith('s') && v + 1 < n && t[v + 1].IsWord && !t[v + 1].IsCapitalized
            && (lexicon.BeForms.Contains(t[v + 1].Text) || (lexicon.Modals.Contains(t[v + 1].Text) && !t[v + 1].Is("to"))
                || Word(v + 1, "have") || Word(v + 1, "had") || IsPastTense(v + 1)))
        {
            return;
        }

        // "foreign films, TV shows, music": an evidence verb in -s with nothing after it but a list's comma, a
        // conjunction or the sentence's end is a plural noun ("shows"); the verb needs what it shows. After
        // evidence ("as the data shows,") the verb reading stays.
        if (evidenceVerb && verb.EndsWith('s') && (v + 1 >= n || Sym(v + 1, ',') || Sym(v + 1, '.') || Sym(v + 1, ';') || Sym(v + 1, ')') || Word(v + 1, "and") || Word(v + 1, "or"))
            && v > 0 && t[v - 1].IsWord && !lexicon.EvidenceNouns.Contains(Norm(t[v - 1].Text)) && !lexicon.UnnamedSources.Contains(Norm(t[v - 1].Text)))
        {
            return;
        }

        // "during the Arirang show in Kim Il Sung stadium" (blind14): an evidence verb in the base form right after "the"
        // and a singular name is a noun the name qualifies (a singular name would take "shows"; "the BBC show").
        if (evidenceVerb && !verb.EndsWith('s') && v >= 2 && t[v - 1].IsWord && t[v - 1].IsCapitalized && !IsPlural(t[v - 1].Text) && Word(v - 2, "the"))
        {
            return;
        }

        // A source noun after a source noun ends a compound noun: "a research report", "a detailed research
        // report from …" (the verb reading needs a subject: "Experts report", not "research report").
        // A singular noun before a verb in -s and "that" is its subject: "the NK News site reports that …".
        if (v > 0 && t[v - 1].IsWord && !t[v - 1].IsCapitalized
            && (lexicon.UnnamedSources.Contains(Norm(t[v - 1].Text)) || lexicon.EvidenceNouns.Contains(Norm(t[v - 1].Text)))
            && (lexicon.UnnamedSources.Contains(verb) || lexicon.EvidenceNouns.Contains(verb))
            && !(verb.EndsWith('s') && !IsPlural(t[v - 1].Text) && Word(v + 1, "that")))
        {
            return;
        }

        // "The minister went on to say that …" (blind15), "The article went on to say that …": a verb of saying after
        // "went on to" is the subject's, read from before "went".
        var continued = Word(v - 1, "to") && Word(v - 2, "on") && v >= 3 && t[v - 3].IsWord && lexicon.ContinuingVerbs.Contains(t[v - 3].Text)
            && lexicon.SpeechVerbs.Contains(verb);

        // After a preposition or determiner the word is a noun: "run by state bodies", "the report".
        if (!continued && v > 0 && t[v - 1].IsWord && (lexicon.Determiners.Contains(t[v - 1].Text) || lexicon.Prepositions.Contains(t[v - 1].Text) || Word(v - 1, "to")))
        {
            return;
        }

        // "listed in", "recorded by": an adjectival participle, not a verb with a subject. After a
        // name it is the name's verb: "Orascom announced in January that …".
        if (verb.EndsWith("ed", StringComparison.Ordinal) && v + 1 < n && t[v + 1].IsWord
            && (lexicon.Prepositions.Contains(t[v + 1].Text) || Word(v + 1, "to") || Word(v + 1, "as") || Word(v + 1, "under") || Word(v + 1, "during"))
            && !(IsName(v - 1) || KnownSourceEndsAt(v - 1)) && !ThatAfterAPhrase(v + 1))
        {
            return;
        }

        // "a report disclosed today by Public Intelligence": a participle and its agent, not a verb.
        if (verb.EndsWith("ed", StringComparison.Ordinal) && SkipTimeWords(v + 1) is var agentAt && agentAt > v + 1 && Word(agentAt, "by"))
        {
            return;
        }

        // "… told the BBC", "Sawiris told Forbes": the outlet told is named, whoever the subject is.
        if ((t[v].Is("told") || t[v].Is("tells") || t[v].Is("tell")) && (IsName(v + 1) || KnownSourceAt(v + 1) > 0
            || (Word(v + 1, "the") && (IsName(v + 2) || KnownSourceAt(v + 2) > 0))))
        {
            // "sources told The Times that …" (blind27): unnamed sources that told a named outlet are still unnamed; the
            // outlet only relays them, as "according to sources" names no one.
            if (UnnamedInformantsSubject(v) is { } informants)
            {
                Add(informants, v + 1, AttributionSource.Vague, unlessNamed: false, "subject and verb");
                return;
            }

            Add(v, Word(v + 1, "the") ? v + 3 : v + 2, AttributionSource.Named, unlessNamed: false, "told");
            return;
        }

        // "the attack on Sony Pictures, which saw the release of five movies" (blind10): a relative clause that saw something
        // tells what happened (seeing-verbs); only evidence that saw something reports it.
        if (lexicon.SeeingVerbs.Contains(verb) && (Word(v - 1, "which") || Word(v - 1, "who") || Word(v - 1, "that")))
        {
            return;
        }

        // "Orascom, which says there are …", "Lee, who said …": a relative clause about a named antecedent.
        if ((Word(v - 1, "which") || Word(v - 1, "who")) && (IsName(v - 2) || KnownSourceEndsAt(v - 2)
            || (Sym(v - 2, ',') && HasName(Math.Max(0, v - 7), v - 2))))
        {
            Add(v - 1, v + 1, AttributionSource.Named, unlessNamed: false, "relative clause");
            return;
        }

        // "Officials concluded a deal", "Other domains belong to official state news organisations":
        // these verbs attribute only before a clause ("concluded that …", "state that …").
        // "concluded yesterday that …": words of time may stand between the verb and its clause.
        if (lexicon.ClauseVerbs.Contains(verb) && !(Word(SkipTimeWords(v + 1), "that") || ThatAfterAPhrase(v + 1) || (v + 1 < n && (t[v + 1].IsNumber || lexicon.AnaphoricPronouns.Contains(t[v + 1].Text)))))
        {
            return;
        }

        // "The blog adds that …", "he explained that …": these attribute only before a clause, or after the
        // clause they report ("…, the official added.", "…, Daily NK has learned.").
        // "South Korea asserted 3,000 people belonged …": a few of them also before a figure, the clause's subject.
        if (lexicon.ThatVerbs.Contains(verb) && !Word(SkipTimeWords(v + 1), "that") && !ThatAfterAPhrase(v + 1) && !EndsAReportedClause(v)
            && !(lexicon.FigureThatVerbs.Contains(verb) && v + 1 < n && t[v + 1].IsNumber))
        {
            return;
        }

        // "Estimates vary on Unit 121's size.": estimates that differ attribute a figure only when the sentence gives
        // one ("Estimates vary widely, from a few hundred to several thousand"); without it the sentence only
        // announces the estimates that follow, each with its own source or its own finding.
        if (verb is "vary" or "varies" or "varied" or "range" or "ranges" or "ranged" && !HasFigureAfter(v + 1))
        {
            return;
        }

        // "according to experts SecureWorld has interviewed", "analysts Reuters consulted": the name is the
        // subject of a relative clause about unnamed sources, not a source of the claim.
        if (lexicon.RelativeClauseVerbs.Contains(verb) && IsRelativeClauseOnAnUnnamedSource(v))
        {
            return;
        }

        if (lexicon.PutVerbs.Contains(verb) && !PutAt(v + 1))
        {
            // "put the figure at", "placed the size of Bureau 121 at": only with an estimate's object and "at".
            return;
        }

        // "Dyn measures more than 510,000 networks": a named organisation measuring something is the
        // source of its own count; "North Korea measures 120,540 km²" is a size, not a measurement.
        if (lexicon.MeasuringVerbs.Contains(verb) && (v + 1 >= n || t[v + 1].IsNumber || (verb.StartsWith("measur", StringComparison.Ordinal) && IsApproximateNumber(v + 1))))
        {
            return;
        }

        // "When FBI agents raided it in October 2023, they found more than 90 company laptops" (blind22): after an operation in
        // the same sentence, a verb of finding before a count reports what the operation found, an event's count, not a
        // report of anyone's; "researchers found that …" and "Kaspersky found 2,000 infected machines" are read as before.
        if (lexicon.FindingVerbs.Contains(verb) && (v + 1 < n && (t[v + 1].IsNumber || IsApproximateNumber(v + 1)))
            && AnyIn(0, v, lexicon.OperationVerbs))
        {
            return;
        }

        // "the Lazarus Group linked to North Korea stole $81m": a linking verb right before "to" or "with" is a participle.
        if (lexicon.LinkingVerbs.Contains(verb) && (Word(v + 1, "to") || Word(v + 1, "with")))
        {
            return;
        }

        // "activists have found plenty of ways to smuggle contraband" (blind25): a verb of finding whose object is a means
        // (means-nouns, within four words: "a way", "new ways", "plenty of ways") finds how to do something, not a fact.
        if (lexicon.FindingVerbs.Contains(verb) && FindsAMeans(v + 1))
        {
            return;
        }

        var subject = SubjectBefore(continued ? v - 3 : v, out var spanStart);
        namedOnly = false;
        if (subject is null && !continued && !evidenceVerb && !measuringVerb && lexicon.ReportingVerbs.Contains(verb)
            && CoordinatedSubject(v, out var sharedStart) is { } shared)
        {
            // "the North Korean authorities created a service …, and claimed 700,000 subscribers" (blind27): the verb after
            // "and" shares the clause's subject. Read only for a source it names: an unnamed shared subject is left as before.
            subject = shared;
            spanStart = sharedStart;
            namedOnly = true;
        }

        if (subject is not { } s)
        {
            return;
        }

        var (start, end) = s;

        // "One defector who spoke to UK newspaper The Independent said …": the outlet or person the speaker talked to,
        // named in the subject's relative clause, is the source, as "Sawiris told Forbes" is (LABELLING.md; blind19).
        if (SpokeToAName(start, end))
        {
            Add(spanStart, v + 1, AttributionSource.Named, unlessNamed: false, "spoke to");
            return;
        }

        // "Some North Korean defectors who have settled in South Korea have said that …", "Defectors who fled said …":
        // an unnamed source before a relative clause is the subject of the reporting verb after the clause (LABELLING.md:
        // "researchers who monitor X said" is vague). Names inside the clause ("in South Korea") describe, not name, it.
        if (!evidenceVerb && !measuringVerb && lexicon.ReportingVerbs.Contains(verb) && RelativeClauseSubject(start) is var relativeSubject && relativeSubject >= 0)
        {
            Add(relativeSubject, v + 1, AttributionSource.Vague, unlessNamed: lexicon.WeakVerbs.Contains(verb), "subject and verb");
            return;
        }

        if (end - start == 1 && lexicon.AnaphoricPronouns.Contains(t[start].Text) && !evidenceVerb)
        {
            // "he said", "they reported": someone the article has named (LABELLING.md, anaphors).
            Add(spanStart, v + 1, AttributionSource.Named, unlessNamed: false, "pronoun and verb", string.Empty);
            return;
        }

        if (IsRefutedBelief(v, start))
        {
            // "not the government, as some originally had assumed": a belief reported to be refuted.
            return;
        }

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

            // "state media has made similar claims recently for laptop computers": a perfect "has" left inside the subject
            // (one right before the verb is skipped as its auxiliary) is the clause's own verb, and the word read as the
            // reporting verb its object's noun. The sentence reports that claims were made, not what they say; "Experts have
            // made claims that …" states the claim and is still read as reporting it.
            if (t[k].IsWord && (t[k].Is("has") || t[k].Is("have") || t[k].Is("had")) && k > start && !Word(v + 1, "that"))
            {
                return;
            }
        }

        // The head ends at the first preposition; "close" and "familiar" are prepositions only before
        // "to"/"with" ("sources close to", not "a close reading").
        var headEnd = start;
        while (headEnd < end && !(t[headEnd].IsWord && lexicon.Prepositions.Contains(t[headEnd].Text) && headEnd > start
            && !((t[headEnd].Is("close") || t[headEnd].Is("familiar")) && !Word(headEnd + 1, "to") && !Word(headEnd + 1, "with"))))
        {
            headEnd++;
        }

        // "Ali and other experts believe": one of the subjects is named. A name after a topic preposition
        // ("officials close to the Sony investigation", "a look into Red Star's code") is not the source.
        var topic = start;
        while (topic < end && !(t[topic].IsWord && lexicon.TopicPrepositions.Contains(t[topic].Text) && topic > start))
        {
            topic++;
        }

        // "Defectors in South Korea have said", "Analysts in Seoul say": a place after the head's preposition says where
        // the unnamed sources are, not who they are ("Researchers at Kaspersky" are named; "Seoul suspects" is a metonym
        // for its government, a name in the head itself).
        var named = HasName(start, Math.Min(headEnd, topic)) || HasNameThatIsNotAPlace(Math.Min(headEnd, topic), topic) || (Word(start - 1, "and") && (IsName(start - 2) || KnownSourceEndsAt(start - 2)) && StartsAPhrase(start - 2));
        if (measuringVerb && !named)
        {
            // Measuring verbs only ever name a source: "Researchers scanned 3,000 servers" is not a vague attribution.
            return;
        }

        // "…, phone advertisements show", "analysis of the North Korean phones showed" after "Reporters reviewed …
        // advertisements … and examined two North Korean-branded smartphones": evidence the article says was examined
        // is the examiner's, referred back to (LABELLING-DECISIONS.md).
        if (evidenceVerb && !named && IsEvidenceExaminedEarlier(start, end))
        {
            Add(spanStart, v + 1, AttributionSource.Named, unlessNamed: false, "examined earlier");
            return;
        }

        if (evidenceVerb && !named && !AnyIn(start, headEnd, lexicon.EvidenceNouns) && !AnyIn(start, headEnd, lexicon.UnnamedSources))
        {
            // "GitHub revealed" names a source, "analysts suggest" an unnamed one; "The map shows" attributes nothing.
            return;
        }

        // "Few people show interest in the offer" (blind31): unnamed people who show something, with no evidence noun among
        // them, display it and report nothing; "Analysts showed that …" presents a claim.
        if (evidenceVerb && !named && lexicon.EvidenceOnlyVerbs.Contains(verb) && !Word(v + 1, "that")
            && !AnyIn(start, headEnd, lexicon.EvidenceNouns))
        {
            return;
        }

        // "The new report also saw a 12-fold increase" (blind31) reports; "Koryolink saw its subscriber base rise", "Officials
        // saw a spike" tell what happened to or before their subject: only evidence that saw something reports it.
        if (lexicon.SeeingVerbs.Contains(verb) && !AnyIn(start, headEnd, lexicon.EvidenceNouns))
        {
            return;
        }

        if (named)
        {
            if ((lexicon.WeakVerbs.Contains(verb) || measuringVerb) && !HeadIsSource(start, headEnd))
            {
                return;
            }

            // "Subscriber counts for the channels ranged …": a capitalised first word alone before a plural
            // and a preposition is a noun compound (a name's verb would be "Dyn reports that …").
            if (verb.EndsWith('s') && end - start == 1 && start == first && KnownSourceAt(start) == 0 && !t[start].Text.All(c => char.IsUpper(c) || char.IsDigit(c))
                && v + 1 < n && t[v + 1].IsWord && lexicon.NounFollowers.Contains(t[v + 1].Text))
            {
                return;
            }

            if (measuringVerb && HeadIsPlace(start, headEnd))
            {
                // "North Korea monitors 3,000 phones": the country is what the claim is about, not who counted.
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

        // "A 2013 report from the same source said": a reference back in a prepositional phrase.
        for (var k = start; k + 2 < end; k++)
        {
            if (Word(k, "the") && Word(k + 1, "same") && lexicon.ReferenceHeads.Contains(t[k + 2].Text))
            {
                Add(spanStart, v + 1, AttributionSource.Named, unlessNamed: false, "same source", Singular(t[k + 2].Text.ToLowerInvariant()));
                return;
            }
        }

        // "the source said", "The research unit estimated", "the report revealed" point back to a source
        // the article has named: an attribution, not a vague one (LABELLING.md, anaphors).
        if (IsDefiniteReference(start, end))
        {
            Add(spanStart, v + 1, AttributionSource.Named, unlessNamed: false, "definite subject and verb", ReferenceHead(start, end));
            return;
        }

        // "The engineer said", "the minister told reporters", "the company's chief executive said": a
        // definite singular person or body as the subject of a reporting verb points back to one the
        // article has introduced, as "the report said" does. Weak and evidence verbs are not enough:
        // "the price ranges from", "the map shows".
        if (!evidenceVerb && !lexicon.WeakVerbs.Contains(verb) && DefiniteSingularHead(start, end) is { } head)
        {
            Add(spanStart, v + 1, AttributionSource.Named, unlessNamed: false, "definite subject and verb", head);
            return;
        }

        // "…, police said" after a paragraph that names the National Police Agency: "police" with no article is
        // read as "the police said" is, a reference back to the force the article has named (checked by FindAll).
        if (!evidenceVerb && !lexicon.WeakVerbs.Contains(verb) && end - start == 1 && Word(start, "police"))
        {
            Add(spanStart, v + 1, AttributionSource.Named, unlessNamed: false, "definite subject and verb", "police");
            return;
        }

        // "However, a closer examination of the illicit software suggests …" after "Researchers at Kaspersky reviewed
        // the site": a comparative ties the examination to one the article has described, a reference back.
        if (ContinuedExamination(start, headEnd) is { } examination)
        {
            Add(spanStart, v + 1, AttributionSource.Named, unlessNamed: false, "continued examination", examination);
            return;
        }

        // "A state-owned development bank in the South said …" in an article that names the Korea Development
        // Bank: a description of one institution the article names (as after "according to").
        if (!evidenceVerb && !lexicon.WeakVerbs.Contains(verb) && DescribesANameInTheArticle(start))
        {
            Add(spanStart, v + 1, AttributionSource.Named, unlessNamed: false, "description and verb");
            return;
        }

        // "South Korean police accused", "Japan's police said": a country's police force is one institution that
        // can be looked up, as a ministry can, not anyone ("officials", "authorities" stay unnamed).
        if (!evidenceVerb && IsNationalPolice(start, headEnd))
        {
            Add(spanStart, v + 1, AttributionSource.Named, unlessNamed: false, "national police");
            return;
        }

        if (IsStateMedia(start, headEnd) || IsNationalIntelligence(start, headEnd))
        {
            // "State media said", "the North's official media blamed": one identifiable outlet in practice (the
            // state news agency), which LABELLING.md counts as a named class of outlets, not as no one.
            return;
        }

        // An institution names no one only as the head ("A South Korean think tank said"); before another
        // noun it says whose the person is ("a company spokesman said", judged as before).
        // "A group of hackers claimed it broke into …", "claimed responsibility": the claimant's own act,
        // not a report of someone else's claim ("Experts claimed that 2 million …" still is). A named or
        // known claimant ("they claim to have broken into 15,000 accounts") is still its claim's source.
        // "Cybersecurity defector describes North Korea’s ‘hacker army’": a heading drops its articles, so a bare singular
        // person ("Defector describes", "Analyst warns") is the one the story is about and names below; "A defector
        // says" and "Experts say" still name no one.
        if (isHeading && headEnd > start && t[start].IsWord && !lexicon.Determiners.Contains(t[start].Text) && !Word(start, "one") && !Word(start, "another")
            && t[headEnd - 1].IsWord && lexicon.HeadlinePeople.Contains(Norm(t[headEnd - 1].Text)))
        {
            return;
        }

        // "The local South Korean press, too, cited North Korea Info Bank in reports" (blind15): an unnamed subject that
        // cites or quotes a name passes on that named source's word, as ", citing Dyn," does.
        if (lexicon.RelayingVerbs.Contains(verb) && (KnownSourceAt(v + 1) > 0
            || (v + 1 < n && t[v + 1].IsWord && t[v + 1].IsCapitalized && HasNameThatIsNotAPlace(v + 1, ClauseEnd(v + 1, 6)))))
        {
            Add(v, v + 1, AttributionSource.Named, unlessNamed: false, "relayed name");
            return;
        }

        if (AnyUnnamedSource(start, headEnd) && !(lexicon.ClaimingVerbs.Contains(verb) && ClaimsOwnAct(v + 1))
            && !(evidenceVerb && GroundsWithoutAFigure(start, headEnd)))
        {
            // "Estimates … range from 1,000 to 5,000" is rescued by a name in the sentence ("(Foreign Policy,
            // 2013)"), as "according to estimates" is; "Experts say" is vague whatever else is named.
            Add(spanStart, v + 1, AttributionSource.Vague, unlessNamed: lexicon.WeakVerbs.Contains(verb), "subject and verb");
            return;
        }

        // "Records released by hackers show", "Historical information indicates", "An analysis suggests": evidence
        // no one is said to own, as the whole subject of an evidence verb ("data reveals"). Only where the sentence
        // names no one: "NK Pro reports network records and log files suggest …" is NK Pro's. "The records show"
        // refers back to records the article has described.
        if (evidenceVerb && AnyIn(start, headEnd, lexicon.EvidenceNouns) && t[start].IsWord
            && !lexicon.DefiniteDeterminers.Contains(t[start].Text) && !lexicon.Pronouns.Contains(t[start].Text)
            && !GroundsWithoutAFigure(start, headEnd))
        {
            Add(spanStart, v + 1, AttributionSource.Vague, unlessNamed: true, "evidence and verb");
        }
    }

    /// <summary>
    /// An opinion noun (opinion-nouns) after at most two lower-case modifiers from <paramref name="k"/>, right before "that":
    /// "the view that", "serious concerns that", "their own doubts that" (an opinion verb's object, blind29).
    /// </summary>
    private bool PutsForwardAnOpinion(int k)
    {
        for (var m = k; m < n && m <= k + 2; m++)
        {
            if (!t[m].IsWord || t[m].IsCapitalized)
            {
                return false;
            }

            if (lexicon.OpinionNouns.Contains(t[m].Text))
            {
                return Word(m + 1, "that");
            }
        }

        return false;
    }

    /// <summary>
    /// A means noun (means-nouns) as the object starting at <paramref name="k"/>: up to three lower-case words that are not
    /// "that", a clause word or a number before it, then nothing that makes it a clause's subject ("ways to", "a way of", the
    /// sentence's end). "found that the ways …" and "found 20 ways" are not.
    /// </summary>
    private bool FindsAMeans(int k)
    {
        for (var m = k; m < n && m <= k + 3; m++)
        {
            if (!t[m].IsWord || t[m].IsCapitalized || t[m].Is("that") || lexicon.ClauseWords.Contains(t[m].Text))
            {
                return false;
            }

            if (lexicon.MeansNouns.Contains(t[m].Text))
            {
                return m + 1 >= n || Word(m + 1, "to") || Word(m + 1, "of") || Word(m + 1, "around") || Word(m + 1, "for") || Word(m + 1, "into") || !t[m + 1].IsWord;
            }
        }

        return false;
    }

    /// <summary>
    /// "spoke to UK newspaper The Independent", "talked to Daily NK": a verb of talking to, then a name that is not only a
    /// place, or an outlet's kind ("newspaper") and a capitalised phrase after it, its name even when its words are common
    /// ones ("The Independent", "The Times").
    /// </summary>
    private bool SpokeToAName(int start, int end)
    {
        for (var k = start; k + 2 < end; k++)
        {
            if (!t[k].IsWord || !lexicon.SpeakingToVerbs.Contains(t[k].Text) || !Word(k + 1, "to"))
            {
                continue;
            }

            for (var m = k + 2; m + 1 < end && m < k + 6; m++)
            {
                if (t[m].IsWord && !t[m].IsCapitalized && lexicon.UnnamedSources.Contains(Norm(t[m].Text)) && !IsPlural(t[m].Text))
                {
                    return t[m + 1].IsWord && t[m + 1].IsCapitalized;
                }
            }

            return KnownSourceAt(k + 2) > 0 || (Word(k + 2, "the") && KnownSourceAt(k + 3) > 0) || HasNameThatIsNotAPlace(k + 2, end);
        }

        return false;
    }

    /// <summary>
    /// "Reporters Without Borders ranks North Korea 179th": a ranking verb with an object names who ranked.
    /// Without one ("North Korea ranks 179th") the subject is what was ranked, not a source.
    /// </summary>
    private bool RanksSomething(int v) =>
        lexicon.RankingVerbs.Contains(t[v].Text) && v + 1 < n && t[v + 1].IsWord
        && !lexicon.NotRankedObjects.Contains(t[v + 1].Text) && !NumberWords.TryParseOrdinal(t[v + 1].Text, out _)
        && (HasName(v + 1, v + 3) || Word(v + 1, "it") || (Word(v + 1, "the") && IsName(v + 2)));

    /// <summary>The subject before a verb: (start, end) token range, and where the attribution's span starts.</summary>
    private (int Start, int End)? SubjectBefore(int v, out int spanStart)
    {
        spanStart = v;
        var k = v - 1;
        while (k >= 0 && t[k].IsWord && lexicon.BeforeVerb.Contains(t[k].Text))
        {
            k--;
        }

        // "North Korea's ruling Labour Party, the only party allowed, last month denounced …" (blind25): two words of time
        // ("last month", "this week", "on Monday") after the appositive's comma stand before the verb as an adverb does.
        if (k >= 2 && Sym(k - 2, ',') && t[k].IsWord && t[k - 1].IsWord && lexicon.TimeAdverbs.Contains(t[k].Text) && lexicon.TimeAdverbs.Contains(t[k - 1].Text))
        {
            k -= 2;
        }

        if (k < 0 || (t[k].IsWord && (lexicon.Modals.Contains(t[k].Text) || lexicon.BeForms.Contains(t[k].Text))))
        {
            return null;
        }

        if (Sym(k, ','))
        {
            // Interposed or appositive: "Reuters, citing Dyn, reported"; "One expert, Martyn Williams, says";
            // "Naguib Sawiris, Orascom's chairman (pictured left), has said".
            var segmentEnd = SkipParentheticalBack(k - 1);
            var segmentStart = ScanBack(segmentEnd);
            if (segmentStart > segmentEnd)
            {
                // "Yu Dong-yeol, the Director of the Korea Institute for Liberal Democracy in Seoul, estimated":
                // an appositive set off by commas may be longer than a subject, when a name stands before it.
                segmentStart = ScanBack(segmentEnd, MaxAppositiveWords);
                if (segmentStart > segmentEnd || segmentStart < 2 || !Sym(segmentStart - 1, ',') || !HasNameOtherThanAPlace(ScanBack(segmentStart - 2), segmentStart - 1))
                {
                    return null;
                }
            }

            // "Jang, a defector who left six years ago, placed …": the appositive's relative clause is part of it.
            if (segmentStart >= 2 && (Word(segmentStart - 1, "who") || Word(segmentStart - 1, "which")) && !IsBoundary(segmentStart - 2)
                && ScanBack(segmentStart - 2) is var headStart && headStart <= segmentStart - 2 && headStart >= 1 && Sym(headStart - 1, ','))
            {
                segmentStart = headStart;
            }

            // "Orascom Telecom, which owns 75% of the company, said …": a relative clause set off by commas
            // between the subject and its verb; the subject is before it.
            else if (segmentStart >= 3 && (Word(segmentStart - 1, "which") || Word(segmentStart - 1, "who")) && Sym(segmentStart - 2, ',')
                && !IsBoundary(segmentStart - 3) && ScanBack(segmentStart - 3) is var relativeHead && relativeHead <= segmentStart - 3)
            {
                spanStart = relativeHead;
                return (relativeHead, segmentStart - 2);
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

        // "The US Federal Bureau of Investigation (FBI) discovered that …" (blind21): a name's abbreviation in brackets
        // after it is part of the subject.
        if (Sym(k, ')') && Sym(k - 2, '(') && k >= 3 && t[k - 1].IsWord && t[k - 1].IsCapitalized && t[k - 3].IsWord && !IsBoundary(k - 3))
        {
            var nameStart = ScanBack(k - 3);
            spanStart = nameStart;
            return (nameStart, k + 1);
        }

        if (IsBoundary(k))
        {
            return null;
        }

        var subjectStart = ScanBack(k);
        spanStart = subjectStart;
        return (subjectStart, k + 1);
    }

    /// <summary>
    /// The subject a reporting verb after "and" shares with the clause before it: "Orascom launched Koryolink in 2008 and
    /// said …", "Through a deal, the authorities created a service, and claimed …". The earlier verb is the clause's first
    /// word in the verb's tense ("-ed" after "-ed" or "said", "-s" after "-s") whose subject opens the sentence or follows
    /// an opening phrase (not a clause: "When …,") and its comma; nothing between it and "and" may open another clause. Null otherwise.
    /// </summary>
    private (int Start, int End)? CoordinatedSubject(int v, out int spanStart)
    {
        spanStart = v;
        var and = v - 1;
        while (and >= 0 && t[and].IsWord && lexicon.BeforeVerb.Contains(t[and].Text))
        {
            and--;
        }

        if (!Word(and, "and") || first < 0)
        {
            return null;
        }

        var past = t[v].Text.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || t[v].Is("said") || t[v].Is("told") || t[v].Is("wrote");
        var present = !past && t[v].Text.EndsWith('s');
        if (!past && !present)
        {
            return null;
        }

        for (var m = first + 1; m < and; m++)
        {
            if (!t[m].IsWord)
            {
                continue;
            }

            if (t[m].InQuotation || (m > first && lexicon.ClauseWords.Contains(t[m].Text) && !Word(m, "and")))
            {
                return null;
            }

            var word = t[m].Text;
            if (t[m].IsCapitalized || word.Length < 4 || !(past ? word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) : (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)))
                || SubjectBefore(m, out var start) is not { } subject || subject.End != m || subject.End - subject.Start > 6
                || lexicon.Prepositions.Contains(t[subject.Start].Text) || lexicon.Determiners.Contains(word))
            {
                continue;
            }

            var opensSentence = subject.Start == first
                || (Sym(subject.Start - 1, ',') && t[first].IsWord && !lexicon.ClauseWords.Contains(t[first].Text));
            if (!opensSentence)
            {
                continue;
            }

            for (var k = m + 1; k < and; k++)
            {
                if (t[k].InQuotation || (t[k].IsSymbol && t[k].Text[0] is ';' or ':' or '(' or '—' or '–') || (t[k].IsWord && lexicon.ClauseWords.Contains(t[k].Text) && !Word(k, "and")))
                {
                    return null;
                }
            }

            spanStart = start;
            return subject;
        }

        return null;
    }

    /// <summary>
    /// The start of a subject of the verb at <paramref name="v"/> that is a plural informant noun no one owns or names:
    /// "sources", "anonymous sources", "several sources familiar with the matter", "sources there". A determiner
    /// ("the sources", "its sources"), a possessor or a name among its words ("Daily NK sources", "sources at Mandiant")
    /// makes it something else, read as before. Null otherwise.
    /// </summary>
    private int? UnnamedInformantsSubject(int v)
    {
        if (SubjectBefore(v, out _) is not { } subject || subject.End - subject.Start > 6)
        {
            return null;
        }

        var k = subject.Start;
        while (k < subject.End && t[k].IsWord && !t[k].InQuotation
            && (lexicon.Anonymity.Contains(t[k].Text) || Word(k, "some") || Word(k, "several") || Word(k, "multiple") || Word(k, "other")))
        {
            k++;
        }

        if (k >= subject.End || !t[k].IsWord || t[k].InQuotation || !IsPlural(t[k].Text) || !lexicon.Informants.Contains(t[k].Text)
            || (subject.Start > 0 && t[subject.Start - 1].IsWord && (lexicon.Determiners.Contains(t[subject.Start - 1].Text) || IsPossessive(t[subject.Start - 1].Text)))
            || HasName(subject.Start, subject.End))
        {
            return null;
        }

        return subject.Start;
    }

    /// <summary>The name ending at <paramref name="k"/> starts its phrase: "Ali and other experts", not "with China and refugee groups".</summary>
    private bool StartsAPhrase(int k)
    {
        var j = k;
        while (j - 1 >= 0 && IsName(j - 1))
        {
            j--;
        }

        // "The UN and many other international organizations believe": an article before the name is part of its phrase.
        if (j - 1 >= 0 && Word(j - 1, "the"))
        {
            j--;
        }

        return j == 0 || j == first || IsBoundary(j - 1);
    }

    /// <summary>The token before a parenthetical that ends at <paramref name="k"/> (<c>(pictured left)</c>), else <paramref name="k"/>.</summary>
    private int SkipParentheticalBack(int k)
    {
        if (!Sym(k, ')'))
        {
            return k;
        }

        for (var j = k - 1; j >= 0 && j > k - 12; j--)
        {
            if (Sym(j, '('))
            {
                return j - 1;
            }
        }

        return k;
    }

    private int ScanBack(int from) => ScanBack(from, MaxSubjectWords);

    private int ScanBack(int from, int max)
    {
        var j = from;
        var count = 0;
        while (j >= 0 && !IsBoundary(j) && count < max)
        {
            j--;
            count++;
        }

        return count >= max && j >= 0 && !IsBoundary(j) ? from + 1 : j + 1;
    }

    private bool IsBoundary(int k) =>
        (t[k].IsSymbol && t[k].Text[0] is ',' or ';' or ':' or '(' or ')' or '[' or ']' or '“' or '”' or '"' or '‘' or '’' or '\'' or '—' or '–' or '?' or '!' or '.' or '…' or '•')
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

        // The object may be long: "placed the total number of television sets in use in the early 1990s at".
        for (var j = m + 1; j < n && j < m + 16; j++)
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

    /// <summary>The head is "media" after a word of state ownership: "state media", "State-run media", "official media".</summary>
    private bool IsStateMedia(int start, int headEnd)
    {
        var last = headEnd - 1;
        while (last >= start && !t[last].IsWord)
        {
            last--;
        }

        if (last <= start || !(t[last].Is("media") || t[last].Is("outlets") || t[last].Is("accounts") || IsNewsAgency(last)))
        {
            return false;
        }

        // "North Korea's official news agency has presented …": the state's news agency is its media by another
        // name, one identifiable outlet (a bare "a news agency said" keeps no state word and stays vague).
        if (t[last].Is("agency"))
        {
            last--;
        }

        // "official North Korean accounts say", "state Chinese media reported": the country's adjective may stand
        // between the state's word and the outlet; "official accounts" is the state's own version, as its media is.
        var m = last - 1;
        while (m > start && t[m].IsWord && t[m].IsCapitalized && !lexicon.StateOutletWords.Contains(t[m].Text))
        {
            m--;
        }

        return m >= start && t[m].IsWord && lexicon.StateOutletWords.Contains(t[m].Text);
    }

    private bool IsNewsAgency(int k) => k > 0 && t[k].Is("agency") && t[k - 1].IsWord && t[k - 1].Is("news");

    /// <summary>"official media", "the North's state media", "state-run outlets", "official North Korean accounts" from <paramref name="k"/>, before any preposition.</summary>
    private bool StateMediaAt(int k)
    {
        for (var m = k + 1; m < n && m < k + 5 && t[m].IsWord && !lexicon.Prepositions.Contains(t[m].Text); m++)
        {
            if ((t[m].Is("media") || t[m].Is("outlets") || t[m].Is("accounts")) && IsStateMedia(k, m + 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"stole 100 terabytes of data from Sony": the name after "from" is the victim, not the source.</summary>
    private bool IsTakenFrom(int k)
    {
        for (var m = k - 1; m >= 0 && m >= k - 6 && !IsBoundary(m); m--)
        {
            if (t[m].IsWord && lexicon.TakingVerbs.Contains(t[m].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "U.S. intelligence blamed", "South Korea's intelligence said": a country's intelligence services, one
    /// identifiable institution (as state media is one outlet), unlike "U.S. officials", who are anyone.
    /// </summary>
    private bool IsNationalIntelligence(int start, int headEnd)
    {
        var last = headEnd - 1;
        while (last >= start && !t[last].IsWord)
        {
            last--;
        }

        return last > start && t[last].Is("intelligence") && HeadIsPlace(start, last);
    }

    /// <summary>
    /// A belief verb in a clause opened by "as" or "what" after a denial earlier in the sentence: <c>not the
    /// government, as some originally had assumed</c>, <c>contrary to what many assumed</c>. ("As experts had
    /// believed, the launch failed" confirms the belief and still attributes it.)
    /// </summary>
    private bool IsRefutedBelief(int v, int start)
    {
        if (!lexicon.BeliefVerbs.Contains(t[v].Text) || !(Word(start - 1, "as") || Word(start - 1, "what")))
        {
            return false;
        }

        for (var k = 0; k < start - 1; k++)
        {
            if (t[k].IsWord && (lexicon.Refutations.Contains(t[k].Text) || t[k].Text.EndsWith("n't", StringComparison.Ordinal) || t[k].Text.EndsWith("n’t", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"a closer examination", "a second look", "further analysis", "a fast scan" (the writer's own): the examination's head, or null.</summary>
    private string? ContinuedExamination(int start, int headEnd)
    {
        var k = start;
        if (Word(k, "a") || Word(k, "an"))
        {
            k++;
        }

        var comparative = false;
        for (; k < headEnd && k < n && t[k].IsWord; k++)
        {
            if (lexicon.Examinations.Contains(t[k].Text))
            {
                return comparative && (k + 1 >= headEnd || !t[k + 1].IsWord) ? t[k].Text.ToLowerInvariant() : null;
            }

            comparative |= lexicon.ComparativeModifiers.Contains(t[k].Text) || lexicon.GlanceModifiers.Contains(t[k].Text);
        }

        return null;
    }

    /// <summary>
    /// "South Korean police", "Japan's police", "Seoul police", "South Korea's government": the head is "police" or
    /// "government" after a country's name or demonym (one institution of that country, as a ministry is).
    /// </summary>
    private bool IsNationalPolice(int start, int headEnd)
    {
        var last = headEnd - 1;
        while (last >= start && !t[last].IsWord)
        {
            last--;
        }

        if (last <= start - 1 || !(t[last].Is("police") || t[last].Is("government")) || last - 1 < start || !t[last - 1].IsWord || !t[last - 1].IsCapitalized)
        {
            return false;
        }

        var before = StripPossessive(Norm(t[last - 1].Text)).TrimEnd('.');
        // A demonym ("Korean", "Japanese", "British"), not "Local" or "Western".
        return lexicon.Places.Contains(before)
            || (lexicon.NotNames.Contains(before) && (before.EndsWith("an", StringComparison.Ordinal) || before.EndsWith("ese", StringComparison.Ordinal) || before.EndsWith("ish", StringComparison.Ordinal)));
    }

    /// <summary>A figure from <paramref name="k"/> to the sentence's end, in digits or words ("3,000", "a few hundred", "dozens").</summary>
    private bool HasFigureAfter(int k)
    {
        for (var m = Math.Max(k, 0); m < n; m++)
        {
            // Not a number in a name ("Unit 121") nor a year.
            if (t[m].IsNumber && !(m > 0 && t[m - 1].IsWord && t[m - 1].IsCapitalized)
                && !(t[m].Text.Length == 4 && int.TryParse(t[m].Text, out var year) && year is >= 1900 and <= 2099))
            {
                return true;
            }

            if (!t[m].IsWord)
            {
                continue;
            }

            var word = t[m].Text;
            var singular = word.EndsWith('s') ? word[..^1] : word;
            if (NkContentLint.Claims.NumberWords.TryParseCardinal(word, out _) || NkContentLint.Claims.NumberWords.Scales.ContainsKey(word)
                || NkContentLint.Claims.NumberWords.Scales.ContainsKey(singular) || singular.Equals("dozen", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "But new evidence suggests the country is far more wired than we think", "anecdotal evidence clearly indicates that
    /// there has been a dramatic increase": the only evidence nouns between <paramref name="start"/> and
    /// <paramref name="end"/> name grounds for a judgement (<c>grounds-nouns</c>), and the sentence carries no figure.
    /// Such a sentence states the writer's reading of unowned evidence, labelled clean or should at most in every split;
    /// with a figure ("Evidence suggests 2,000 people have access") it is vague as every form carrying one is.
    /// </summary>
    private bool GroundsWithoutAFigure(int start, int end)
    {
        var grounds = false;
        for (var k = Math.Max(start, 0); k < end && k < n; k++)
        {
            if (!t[k].IsWord || !(lexicon.EvidenceNouns.Contains(Norm(t[k].Text)) || lexicon.UnnamedSources.Contains(Norm(t[k].Text))))
            {
                continue;
            }

            if (!lexicon.GroundsNouns.Contains(t[k].Text))
            {
                return false;
            }

            grounds = true;
        }

        return grounds && !HasFigureAfter(0);
    }

    /// <summary>"about 3,000", "more than 510,000": an approximation and the number after it.</summary>
    private bool IsApproximateNumber(int k)
    {
        foreach (var (words, _) in ClaimLexicon.Approximations)
        {
            if (k + words.Length < n && t[k + words.Length].IsNumber && WordsAt(k, words))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the words from <paramref name="k"/> on are <paramref name="words"/>, one by one.</summary>
    private bool WordsAt(int k, string[] words)
    {
        for (var w = 0; w < words.Length; w++)
        {
            if (!Word(k + w, words[w]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A past-tense verb that starts a predicate: "ranged from", "claimed that", "were" (so the plural before it is a noun).</summary>
    private bool IsPastTense(int k) =>
        t[k].Text.Length > 4 && t[k].Text.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && k + 1 < n && t[k + 1].IsWord
        && (lexicon.Prepositions.Contains(t[k + 1].Text) || Word(k + 1, "that") || Word(k + 1, "between") || Word(k + 1, "to"));

    /// <summary>A known source, or a run of name words none of which is a place ("38 North", "Dyn", not "North Korea").</summary>
    private bool HasNameOtherThanAPlace(int start, int end) => HasNameOutsidePlaces(start, end, placeOnlyWhenItEndsInOne: false);

    /// <summary>
    /// A name in the words that is not a place: a run of name words is a place only when it ends in one ("in South Korea",
    /// "in Seoul"); one that goes on past it names an institution ("from the Korea Communications Standards Commission").
    /// </summary>
    private bool HasNameThatIsNotAPlace(int start, int end) => HasNameOutsidePlaces(start, end, placeOnlyWhenItEndsInOne: true);

    /// <summary>
    /// Whether the words hold a known source or a run of name words that is not a place: a run is a place when any of its
    /// words is one, or, with <paramref name="placeOnlyWhenItEndsInOne"/>, only when its last word is.
    /// </summary>
    private bool HasNameOutsidePlaces(int start, int end, bool placeOnlyWhenItEndsInOne)
    {
        var k = Math.Max(start, 0);
        while (k < end && k < n)
        {
            if (KnownSourceAt(k) > 0)
            {
                return true;
            }

            if (!IsName(k))
            {
                k++;
                continue;
            }

            var place = false;
            var m = k;
            for (; m < end && m < n && IsName(m); m++)
            {
                place = placeOnlyWhenItEndsInOne ? IsPlaceWord(m) : place || IsPlaceWord(m);
            }

            if (!place)
            {
                return true;
            }

            k = m;
        }

        return false;
    }

    private bool IsPlaceWord(int k) => lexicon.Places.Contains(StripPossessive(Norm(t[k].Text)).TrimEnd('.'));

    /// <summary>The subject's head is a place: "North Korea", "Pyongyang".</summary>
    private bool HeadIsPlace(int start, int headEnd)
    {
        for (var k = headEnd - 1; k >= start; k--)
        {
            if (t[k].IsWord)
            {
                return IsPlaceWord(k);
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

    /// <summary>
    /// After a source noun, a connector and a name: <c>by GSMA Intelligence</c>, <c>from Paul Budde
    /// Communications</c>, <c>on Radio Free Asia</c>, <c>published by the U.S. Army</c>.
    /// </summary>
    private bool NamedAfterSourceNoun(int k)
    {
        var m = k;

        // "a research report from …", "survey data by …": the noun phrase goes on.
        while (m < n && t[m].IsWord && (lexicon.UnnamedSources.Contains(Norm(t[m].Text)) || lexicon.EvidenceNouns.Contains(Norm(t[m].Text))))
        {
            m++;
        }

        if (m < n && t[m].IsWord && lexicon.SourceNounParticiples.Contains(t[m].Text))
        {
            m = SkipTimeWords(m + 1);
        }

        if (!(m < n && t[m].IsWord && lexicon.SourceNounConnectors.Contains(t[m].Text)))
        {
            return false;
        }

        // "reports in the Toronto Star", "a report on Radio Free Asia" name an outlet; "officials in
        // Beijing", "sources in Seoul" say where unnamed people are.
        if ((t[m].Is("in") || t[m].Is("on")) && !lexicon.EvidenceNouns.Contains(Norm(t[k - 1].Text)))
        {
            return false;
        }

        // "an official with the Wireless Service Department in Yanggang province" (blind25) names the body the person works
        // for, as "a source at Orascom" does; "a report with …" and "sources with knowledge of Samsung's plans" do not.
        if (t[m].Is("with"))
        {
            return !lexicon.EvidenceNouns.Contains(Norm(t[k - 1].Text)) && m + 1 < n && t[m + 1].IsWord && (t[m + 1].Is("the") || t[m + 1].IsCapitalized)
                && HasNameThatIsNotAPlace(m + 1, ClauseEnd(m + 1, 9));
        }

        // "sources from inside North Korea", "officials from within China": where unnamed people are, as "in Seoul" says.
        if (t[m].Is("from") && m + 1 < n && t[m + 1].IsWord && lexicon.LocationPrepositions.Contains(t[m + 1].Text))
        {
            return HasNameThatIsNotAPlace(m + 2, ClauseEnd(m + 2, 9));
        }

        return HasName(m + 1, ClauseEnd(m + 1, 9)) || QuotedName(m + 1);
    }

    /// <summary>
    /// A definite reference to a source (<c>the report</c>, <c>the researchers</c>, <c>this study</c>,
    /// <c>the news site</c>): the words from <paramref name="start"/> to <paramref name="end"/> begin with a
    /// definite determiner. It points back to a source the article has named.
    /// </summary>
    /// <summary>The head noun of a definite reference (<c>report</c> in <c>the detailed report</c>), lower-cased and singular.</summary>
    private string ReferenceHead(int start, int end)
    {
        // "the South Korean researcher's estimates" points back to the researcher, not to estimates.
        for (var k = start + 1; k < Math.Min(end, start + 5) && k < n; k++)
        {
            if (t[k].IsWord && IsPossessive(t[k].Text) && lexicon.ReferenceHeads.Contains(StripPossessive(Norm(t[k].Text))))
            {
                return Singular(StripPossessive(Norm(t[k].Text)).ToLowerInvariant());
            }
        }

        for (var k = Math.Min(end, start + 5) - 1; k > start; k--)
        {
            if (t[k].IsWord && lexicon.ReferenceHeads.Contains(t[k].Text))
            {
                return Singular(t[k].Text.ToLowerInvariant());
            }
        }

        return string.Empty;
    }

    /// <summary>
    /// Records which informant nouns this sentence introduces unnamed ("a source from North Pyongan province … told RFA",
    /// "according to sources inside the reclusive nation", "Multiple sources in North Hamgyong Province") and which it
    /// introduces with a name ("a Koryolink source", "a source at Orascom", "a source, Kim Min-su,"). A definite mention
    /// ("the source") introduces no one and changes nothing. The labels make "The source said that … around 20
    /// kilometers" a vague attribution carrying a figure (blind22, blind23): the anaphor decision covers named sources only.
    /// </summary>
    private void NoteInformants(HashSet<string> unnamed)
    {
        for (var k = 0; k < n; k++)
        {
            if (!t[k].IsWord || t[k].InQuotation || !lexicon.Informants.Contains(t[k].Text))
            {
                continue;
            }

            var head = Singular(t[k].Text.ToLowerInvariant());
            // Back over the words that describe the noun to its determiner: "a trusted source", "a North Korean source".
            var d = k - 1;
            while (d >= 0 && d >= k - 4 && t[d].IsWord && !lexicon.Determiners.Contains(t[d].Text) && !IsIndefiniteCount(d) && !lexicon.Prepositions.Contains(t[d].Text)
                && !Word(d, "to") && !lexicon.ReportingVerbs.Contains(t[d].Text) && !lexicon.ClauseWords.Contains(t[d].Text))
            {
                d--;
            }

            var indefinite = Word(d, "a") || Word(d, "an") || Word(d, "some") || Word(d, "many") || IsIndefiniteCount(d)
                || (IsPlural(t[k].Text) && !(d >= 0 && t[d].IsWord && lexicon.DefiniteDeterminers.Contains(t[d].Text)));
            if (!indefinite)
            {
                continue;
            }

            // A name among the describing words or right after the noun owns the informant: "a Koryolink source", "a
            // source at Orascom", "a source, Kim Min-su,". A place after "in", "from", "inside", "near" says where.
            // "Radio Free Asia reported, citing a North Korean source": the informant of a named reporter is its source.
            var named = (d >= 1 && t[d - 1].IsWord && lexicon.RelayingParticiples.Contains(t[d - 1].Text)
                    && FoundNamedBefore(t[d - 1].Span.Start))
                || HasNameThatIsNotAPlace(d + 1, k)
                || (Sym(k + 1, ',') && IsName(k + 2) && !IsPlaceWord(k + 2))
                || ((Word(k + 1, "at") || Word(k + 1, "with") || Word(k + 1, "of") || (Word(k + 1, "close") && Word(k + 2, "to")))
                    && HasNameThatIsNotAPlace(k + 2, ClauseEnd(k + 2, 6)));
            if (named)
            {
                unnamed.Remove(head);
            }
            else
            {
                unnamed.Add(head);
            }
        }
    }

    /// <summary>
    /// Whether a named source found so far ends at or before <paramref name="position"/>. A loop, not a lambda: a lambda over
    /// the caller's loop variable made a closure for every token of every sentence (111 MB of PowerShell-Docs' run).
    /// </summary>
    private bool FoundNamedBefore(int position)
    {
        if (found is null)
        {
            return false;
        }

        foreach (var a in found)
        {
            if (a.Source == AttributionSource.Named && a.Span.End <= position)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"a government website", "an official outlet", "several newspapers": an agent the sentence describes, not names.</summary>
    private bool IsIndefiniteAgent(int k) =>
        (Word(k, "a") || Word(k, "an") || IsIndefiniteCount(k) || Word(k, "some")) && !HasName(k, ClauseEnd(k, 6));

    /// <summary>
    /// The plural source nouns of this sentence ("researchers", "analysts"), outside quotations: into
    /// <paramref name="groups"/>, or into <paramref name="vagueGroups"/> when the noun stands in one of the sentence's
    /// vague attributions ("experts suspect"): such a group is itself unnamed.
    /// </summary>
    private void NoteGroups(HashSet<string> groups, HashSet<string> vagueGroups, SentenceAttributions attributions)
    {
        for (var k = 0; k < n; k++)
        {
            // People only: "estimates" and "reports" are evidence, whose own reference back is read as "the report said" is.
            if (t[k].IsWord && !t[k].InQuotation && IsPlural(t[k].Text) && lexicon.UnnamedSources.Contains(Norm(t[k].Text))
                && !lexicon.UnnamedInstitutions.Contains(Norm(t[k].Text)) && !lexicon.EvidenceNouns.Contains(Norm(t[k].Text)))
            {
                var span = t[k].Span;
                if (attributions.All.Any(a => a.Source == AttributionSource.Vague && a.Span.Contains(span)))
                {
                    vagueGroups.Add(t[k].Text);
                    groups.Remove(t[k].Text);
                }
                else if (!vagueGroups.Contains(t[k].Text))
                {
                    groups.Add(t[k].Text);
                }
            }
        }
    }

    /// <summary>The state actors (state-actor-nouns) this sentence speaks of, outside quotations, added to <paramref name="actors"/>.</summary>
    private void NoteActors(HashSet<string> actors)
    {
        for (var k = 0; k < n; k++)
        {
            if (t[k].IsWord && !t[k].InQuotation && lexicon.StateActorNouns.Contains(t[k].Text))
            {
                actors.Add(t[k].Text);
            }
        }
    }

    /// <summary>
    /// "In a recent lecture to the members of the Socialist Women's Union …, authorities warned that using Chinese-made
    /// mobile phones would lead to unconditional punishment" after "North Korean authorities started a crackdown …"
    /// (blind24), "This is because authorities believe the entry of outside information … is a threat" after "North Korean
    /// authorities have launched another … operation" (blind19): a bare state actor ("authorities", "the authorities") as
    /// the whole subject of a reporting verb, the actor the article has already spoken of, is that actor again, stating its
    /// own stance or warning, not unnamed sources. Only in a sentence without a figure (the caller's test); a qualified one
    /// ("American authorities believe", "authorities in Seoul said") is read as before. Null when nothing changes.
    /// </summary>
    private SentenceAttributions? ActorReferredBack(SentenceAttributions found, HashSet<string> actors)
    {
        var dropped = false;
        var vague = ImmutableArray.CreateBuilder<Attribution>();
        foreach (var attribution in found.Vague)
        {
            if (attribution.Form == "subject and verb" && IsBareActorSubject(attribution, actors))
            {
                dropped = true;
                continue;
            }

            vague.Add(attribution);
        }

        return dropped ? found with { Vague = vague.ToImmutable() } : null;
    }

    /// <summary>The attribution's words are "[the] authorities", words that may stand before a verb, then its verb.</summary>
    private bool IsBareActorSubject(Attribution attribution, HashSet<string> actors)
    {
        var k = 0;
        while (k < n && t[k].Span.Start < attribution.Span.Start)
        {
            k++;
        }

        if (Word(k, "the"))
        {
            k++;
        }

        if (!(k < n && t[k].IsWord && lexicon.StateActorNouns.Contains(t[k].Text) && actors.Contains(t[k].Text)))
        {
            return false;
        }

        for (k++; k < n && t[k].Span.End < attribution.Span.End; k++)
        {
            if (!t[k].IsWord || !(lexicon.BeforeVerb.Contains(t[k].Text) || lexicon.Adverbs.Contains(t[k].Text)))
            {
                return false;
            }
        }

        return k < n && t[k].Span.End == attribution.Span.End;
    }

    /// <summary>
    /// "After discussions with Koryo Link, …, researchers found that 600,000 people have subscribed" after "U.S.-based
    /// researchers traveled to Pyongyang …, according to Korea Insight" (blind22): a bare plural source noun as the whole
    /// subject of a reporting verb, the same noun an earlier sentence that named its source used, is that group referred
    /// back to (the anaphor decision), not unnamed experts. Only a subject of one word right before its verb; the listed
    /// phrases ("experts say") stay vague. Null when nothing changes.
    /// </summary>
    private SentenceAttributions? GroupReferredBack(SentenceAttributions found, HashSet<string> groups)
    {
        Attribution? changed = null;
        var all = found.All.Select(a =>
        {
            // A listed phrase over the same words ("Experts say") stays vague whatever the article said before.
            if (a.Source != AttributionSource.Vague || a.Form != "subject and verb"
                || found.All.Any(p => p.Source == AttributionSource.Vague && p.Form != "subject and verb" && p.Span.OverlapsWith(a.Span)))
            {
                return a;
            }

            var k = 0;
            while (k < n && t[k].Span.Start < a.Span.Start)
            {
                k++;
            }

            if (k + 1 >= n || t[k].Span.Start != a.Span.Start || t[k + 1].Span.End != a.Span.End || !t[k].IsWord || !groups.Contains(t[k].Text)
                || (k > 0 && t[k - 1].IsWord && lexicon.Determiners.Contains(t[k - 1].Text)))
            {
                return a;
            }

            changed = a with { Source = AttributionSource.Named, UnlessNamed = false, Form = "group referred back", ReferenceTo = Singular(t[k].Text.ToLowerInvariant()) };
            return changed;
        }).ToImmutableArray();
        if (changed is null)
        {
            return null;
        }

        var vague = found.Vague.Where(v => !v.Span.OverlapsWith(changed.Span)).ToImmutableArray();
        return new SentenceAttributions(true, vague, all);
    }

    private bool IsIndefiniteCount(int k) =>
        Word(k, "one") || Word(k, "another") || Word(k, "multiple") || Word(k, "several") || Word(k, "other") || Word(k, "two") || Word(k, "three");

    /// <summary>Whether the first <paramref name="end"/> tokens speak of (social-media) accounts: "account(s)" or an @handle.</summary>
    // The tokens as the array they are: as an IReadOnlyList they were boxed, and each read an interface call.
    private static bool SpeaksOfAccounts(ImmutableArray<ProseToken> tokens, int end)
    {
        for (var k = 0; k < end && k < tokens.Length; k++)
        {
            var token = tokens[k];
            if ((token.IsWord && (token.Is("account") || token.Is("accounts"))) || (token.Text.StartsWith('@') && token.Text.Length > 1)
                || (token.IsSymbol && token.Text == "@" && k + 1 < tokens.Length && tokens[k + 1].IsWord && tokens[k + 1].Span.Start == token.Span.End))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The plural nouns after a verb of examining, to the clause's end ("reviewed state media reports and advertisements for
    /// mobile devices", "examined two North Korean-branded smartphones"), added in the singular.
    /// </summary>
    private void AddExamined(HashSet<string> examined)
    {
        for (var k = 0; k < n; k++)
        {
            if (!t[k].IsWord || t[k].InQuotation || !lexicon.ExaminingVerbs.Contains(t[k].Text))
            {
                continue;
            }

            for (var m = k + 1; m < n && m <= k + 12 && !(t[m].IsSymbol && t[m].Text[0] is '.' or ';' or ':' or ','); m++)
            {
                if (t[m].IsWord && !t[m].IsCapitalized && IsPlural(t[m].Text) && t[m].Text.All(char.IsLetter))
                {
                    examined.Add(Singular(t[m].Text.ToLowerInvariant()));
                }
            }
        }
    }

    /// <summary>
    /// Whether a subject of an evidence verb is what an earlier sentence says was examined: its head ("phone advertisements"),
    /// or the object of an examination ("analysis of the North Korean phones"); a compound's head matches its noun
    /// ("phones" the "smartphones" examined). An indefinite subject ("an analysis of phones", "some advertisements") is new.
    /// </summary>
    private bool IsEvidenceExaminedEarlier(int start, int end)
    {
        if (examinedEarlier is not { Count: > 0 } || start >= end || (t[start].IsWord && lexicon.Determiners.Contains(t[start].Text) && !lexicon.DefiniteDeterminers.Contains(t[start].Text)))
        {
            return false;
        }

        var headAt = end - 1;
        for (var k = start; k + 1 < end; k++)
        {
            if (Word(k + 1, "of") && t[k].IsWord && lexicon.Examinations.Contains(t[k].Text))
            {
                if (k != start && !(k == start + 1 && lexicon.DefiniteDeterminers.Contains(t[start].Text)))
                {
                    return false;
                }

                break;
            }
        }

        while (headAt >= start && !t[headAt].IsWord)
        {
            headAt--;
        }

        if (headAt < start || t[headAt].IsCapitalized || !IsPlural(t[headAt].Text))
        {
            return false;
        }

        var head = Singular(t[headAt].Text.ToLowerInvariant());
        return head.Length >= 4 && examinedEarlier.Any(e => e.EndsWith(head, StringComparison.Ordinal));
    }

    private static string Singular(string noun) =>
        noun.Length > 4 && noun.EndsWith("ies", StringComparison.Ordinal) ? noun[..^3] + "y"
        : noun.Length > 3 && noun.EndsWith('s') && !noun.EndsWith("ss", StringComparison.Ordinal) ? noun[..^1] : noun;

    /// <summary>What a later reference back can point to in this sentence: whether it names anyone, and the source nouns it uses.</summary>
    /// <remarks>
    /// Generic evidence (<c>data</c>, <c>figures</c>) is an antecedent only when a name owns it: "the data of
    /// the Dyn Research Company", "Dyn's figures"; not "the internet could not route the data".
    /// </remarks>
    private (bool NamesSomeone, IEnumerable<string> Heads) Antecedents()
    {
        // The heads are read only when the sentence names someone (as the lazy query they were), into a list made
        // only when there is one: the query's iterators and closures were made for every sentence.
        if (!HasName(0, n))
        {
            return (false, []);
        }

        List<string>? heads = null;
        for (var k = 0; k < n; k++)
        {
            if (t[k].IsWord && lexicon.ReferenceHeads.Contains(t[k].Text)
                && (!lexicon.GenericEvidence.Contains(Singular(t[k].Text.ToLowerInvariant())) || IsOwnedByAName(k)))
            {
                (heads ??= []).Add(Singular(t[k].Text.ToLowerInvariant()));
            }
        }

        return (true, heads is null ? [] : heads);
    }

    /// <summary>"Dyn's data", "GSMA figures", "the data of the Dyn Research Company", "figures from Koryolink".</summary>
    private bool IsOwnedByAName(int k) =>
        HasName(k - 2, k)
        || ((Word(k - 1, "its") || Word(k - 1, "their")) && HasName(0, k - 1))
        || ((Word(k + 1, "of") || Word(k + 1, "from") || Word(k + 1, "by")) && HasName(k + 2, ClauseEnd(k + 2, 5)));

    /// <summary>
    /// "the engineer", "this professor", "the company's chief executive": a definite determiner, then up to
    /// four lower-case words with no preposition, the last a singular noun. Its head, or null.
    /// </summary>
    private string? DefiniteSingularHead(int start, int end)
    {
        if (start >= end || start >= n || !(Word(start, "the") || Word(start, "this") || Word(start, "that")) || end - start < 2 || end - start > 5)
        {
            return null;
        }

        for (var k = start + 1; k < end; k++)
        {
            if (!t[k].IsWord || t[k].IsCapitalized || t[k].InQuotation || lexicon.Prepositions.Contains(t[k].Text) || lexicon.ClauseWords.Contains(t[k].Text)
                || lexicon.Pronouns.Contains(t[k].Text) || lexicon.Determiners.Contains(t[k].Text))
            {
                return null;
            }
        }

        // A generic source noun keeps its own reading: "the defector said" is judged by the lists
        // (vague unless it is a reference head), as before.
        var last = Norm(t[end - 1].Text);
        return IsPlural(last) || IsPossessive(last) || last.EndsWith("ly", StringComparison.Ordinal) || lexicon.UnnamedSources.Contains(last)
            || lexicon.EvidenceNouns.Contains(last) ? null : last.ToLowerInvariant();
    }

    private bool IsDefiniteReference(int start, int end) =>
        start < end && start < n && t[start].IsWord && lexicon.DefiniteDeterminers.Contains(t[start].Text)
        && AnyIn(start + 1, Math.Min(end, start + 5), lexicon.ReferenceHeads);

    /// <summary>
    /// "The report includes details of human rights conditions in more than 160 countries.": a document the article
    /// refers back to is the source of what it contains, as "The 200-page manual, published by the defence ministry,
    /// lists four units" is (LABELLING.md). Only a definite document ("the report", "this study") as the subject of a
    /// verb of contents; the reference is resolved as "the report said" is (FindAll).
    /// </summary>
    private void DocumentContents(int v)
    {
        if (!lexicon.ContentsVerbs.Contains(t[v].Text) || t[v].IsCapitalized || SubjectBefore(v, out var spanStart) is not { } subject)
        {
            return;
        }

        var (start, end) = subject;
        if (!IsDefiniteReference(start, end) || ReferenceHead(start, end) is not { Length: > 0 } head || !lexicon.DocumentHeads.Contains(head))
        {
            return;
        }

        Add(spanStart, v + 1, AttributionSource.Named, unlessNamed: false, "document contents", head);
    }

    /// <summary>
    /// "North Korea has been in the report’s lowest category for eleven straight years", "… join other governments at
    /// the bottom of the annual index, while six nations tied as the best": what a sentence places inside a definite
    /// document the article refers back to comes from that document (LABELLING.md, anaphors; blind19). The head at
    /// <paramref name="k"/> (possessive or not) is a document; before it, up to three lower-case words or a year, a
    /// definite determiner and a preposition of place. The reference is resolved as "the report said" is (FindAll).
    /// </summary>
    private const string DocumentPlaceForm = "document place";

    private void DocumentPlace(int k)
    {
        if (t[k].IsCapitalized)
        {
            NamedDocumentPlace(k);
            return;
        }

        // The head as the list writes it, singular or possessive ("the report’s"): "reports" after a noun is a verb
        // ("experts at its disposal reports that …"); a plural the list holds ("atop the rankings") is a noun.
        var head = StripPossessive(Norm(t[k].Text)).ToLowerInvariant();
        if (!lexicon.DocumentHeads.Contains(head))
        {
            return;
        }

        var d = k - 1;
        while (d >= 0 && d > k - 4 && ((t[d].IsWord && !t[d].IsCapitalized && !lexicon.DefiniteDeterminers.Contains(t[d].Text) && !lexicon.Prepositions.Contains(t[d].Text)
            && !lexicon.ClauseWords.Contains(t[d].Text)) || (t[d].IsNumber && t[d].Text.Length == 4)))
        {
            d--;
        }

        if (!(Word(d, "the") || Word(d, "this") || Word(d, "its")) || d < 1 || !t[d - 1].IsWord || !lexicon.DocumentPlacePrepositions.Contains(t[d - 1].Text))
        {
            return;
        }

        Add(d - 1, k + 1, AttributionSource.Named, unlessNamed: false, DocumentPlaceForm, head);
    }

    /// <summary>
    /// "Estonia rose by two places to sixth place after Finland in the 2024 edition of the Reporters Without Borders (RSF) World
    /// Press Freedom Index" (blind24), "ranks 150th in the Global Cybersecurity Index": a document named by its title (a
    /// capitalised document head, <paramref name="k"/>, after a run of capitalised words, acronyms in brackets or a year) that
    /// the sentence places something in ("in the …", or "in the 2024 edition of the …") is that sentence's source, named
    /// in words. A title of one word ("the Index") is not a name.
    /// </summary>
    private void NamedDocumentPlace(int k)
    {
        var head = StripPossessive(Norm(t[k].Text)).ToLowerInvariant();
        if (!lexicon.DocumentHeads.Contains(head) || k == first)
        {
            return;
        }

        var d = k - 1;
        var titleWords = 0;
        while (d >= 0 && d > k - 12)
        {
            if (t[d].IsWord && t[d].IsCapitalized && !lexicon.DefiniteDeterminers.Contains(t[d].Text))
            {
                titleWords++;
            }
            else if (!(Sym(d, '(') || Sym(d, ')') || (t[d].IsNumber && t[d].Text.Length == 4) || (t[d].IsWord && IsCapitalsDigitsOrHyphens(t[d].Text))))
            {
                break;
            }

            d--;
        }

        if (titleWords == 0 || !Word(d, "the") || d < 1 || !t[d - 1].IsWord)
        {
            return;
        }

        var place = d - 1;
        // "in the 2024 edition of the …": an edition, version or issue of the titled document.
        if (Word(place, "of") && place >= 2)
        {
            var e = place - 1;
            while (e >= 0 && e > place - 4 && ((t[e].IsWord && !t[e].IsCapitalized && !lexicon.DefiniteDeterminers.Contains(t[e].Text) && !lexicon.Prepositions.Contains(t[e].Text)
                && !lexicon.ClauseWords.Contains(t[e].Text)) || (t[e].IsNumber && t[e].Text.Length == 4)))
            {
                e--;
            }

            if (e < place - 1 && (Word(e, "the") || Word(e, "its")) && e >= 1 && t[e - 1].IsWord && lexicon.DocumentPlacePrepositions.Contains(t[e - 1].Text) && !Word(e - 1, "of"))
            {
                place = e - 1;
            }
            else
            {
                return;
            }
        }
        else if (!lexicon.DocumentPlacePrepositions.Contains(t[place].Text) || Word(place, "of"))
        {
            return;
        }

        Add(place, k + 1, AttributionSource.Named, unlessNamed: false, DocumentPlaceForm);
    }

    /// <summary>
    /// "the US Attorney's Office put out a press release stating that …", "the agency issued a statement
    /// saying …": a document issued by a named subject states what follows.
    /// </summary>
    private void IssuedDocument(int v)
    {
        if (!lexicon.ReportingParticiples.Contains(t[v].Text) || Sym(v - 1, ',') || v < 2 || !t[v - 1].IsWord
            || !lexicon.IssuedDocuments.Contains(t[v - 1].Text))
        {
            return;
        }

        // Back over the document's modifiers ("a press", "an official") to the issuing verb.
        var j = v - 2;
        while (j >= 0 && j > v - 6 && t[j].IsWord && !t[j].IsCapitalized && !lexicon.IssuingVerbs.Contains(t[j].Text) && !Word(j, "out")
            && !lexicon.ClauseWords.Contains(t[j].Text))
        {
            j--;
        }

        if (Word(j, "out"))
        {
            j--;
        }

        if (j < 1 || !t[j].IsWord || t[j].IsCapitalized || !lexicon.IssuingVerbs.Contains(t[j].Text))
        {
            return;
        }

        var clauseStart = j - 1;
        while (clauseStart > 0 && clauseStart > j - 2 * MaxSubjectWords && !IsBoundary(clauseStart - 1))
        {
            clauseStart--;
        }

        if (HasNameOtherThanAPlace(clauseStart, j))
        {
            Add(v, v + 1, AttributionSource.Named, unlessNamed: false, "issued document");
        }
    }

    /// <summary>
    /// <c>"…,” Reporters Without Borders</c>: a quotation closed after a comma and followed only by a name to
    /// the end of the sentence: the name is its speaker (the "said" lost), whatever marks open and close it.
    /// </summary>
    private void QuotedSpeaker(int k)
    {
        if (k < 2 || !(Sym(k - 1, '”') || Sym(k - 1, '"')) || !Sym(k - 2, ',') || !IsName(k))
        {
            return;
        }

        var opened = false;
        for (var q = k - 3; q >= 0 && !opened; q--)
        {
            opened = Sym(q, '“') || Sym(q, '"');
        }

        var end = k;
        while (end < n && end < k + 6 && t[end].IsWord && (IsName(end) || lexicon.Prepositions.Contains(t[end].Text) || Word(end, "the") || Word(end, "and")))
        {
            end++;
        }

        while (end > k && !IsName(end - 1))
        {
            end--;
        }

        if (opened && (end >= n || (Sym(end, '.') && end + 1 >= n)))
        {
            Add(k, end, AttributionSource.Named, unlessNamed: false, "quotation and speaker");
        }
    }

    /// <summary>"“NK News”": a short run of capitalised words in quotation marks, from its opening mark at <paramref name="k"/>.</summary>
    private bool QuotedName(int k)
    {
        if (!(Sym(k, '“') || Sym(k, '"')))
        {
            return false;
        }

        var m = k + 1;
        while (m < n && m < k + 7 && t[m].IsWord && t[m].IsCapitalized)
        {
            m++;
        }

        return m > k + 1 && (Sym(m, '”') || Sym(m, '"'));
    }

    /// <summary>"claimed it broke into", "claimed responsibility", "claimed to have hacked": what follows a claiming verb is the claimant's own act.</summary>
    private bool ClaimsOwnAct(int k)
    {
        if (k >= n || !t[k].IsWord)
        {
            return false;
        }

        if (lexicon.ClaimingObjects.Contains(t[k].Text) || (Word(k, "to") && IsInfinitive(k + 1)))
        {
            return true;
        }

        return lexicon.ClaimantPronouns.Contains(t[k].Text) && k + 1 < n && t[k + 1].IsWord && !t[k + 1].IsCapitalized
            && !lexicon.BeForms.Contains(t[k + 1].Text) && !lexicon.Modals.Contains(t[k + 1].Text) && !lexicon.AgentlessPassives.Contains(t[k + 1].Text)
            && !Word(k + 1, "has") && !Word(k + 1, "have") && !Word(k + 1, "had") && !Word(k + 1, "that");
    }

    /// <summary>
    /// A verb that ends the clause it reports: "…, the official added.", "…, Daily NK has learned." (a comma
    /// before its subject, nothing but the sentence's end after it).
    /// </summary>
    private bool EndsAReportedClause(int v)
    {
        if (!(v + 1 >= n || (t[v + 1].IsSymbol && t[v + 1].Text[0] is '.' or '!' or ';')))
        {
            return false;
        }

        var k = v - 1;
        while (k >= 0 && k > v - MaxSubjectWords && !IsBoundary(k))
        {
            k--;
        }

        return k > first && Sym(k, ',');
    }

    /// <summary>"experts SecureWorld has interviewed": before the verb at <paramref name="v"/>, a name and before it a generic source noun.</summary>
    private bool IsRelativeClauseOnAnUnnamedSource(int v)
    {
        var k = v - 1;
        while (k >= 0 && t[k].IsWord && !t[k].IsCapitalized && (lexicon.BeforeVerb.Contains(t[k].Text) || lexicon.RelativeClauseVerbs.Contains(t[k].Text)))
        {
            k--;
        }

        var nameEnd = k;
        while (k >= 0 && (IsName(k) || Word(k, "the")))
        {
            k--;
        }

        return k < nameEnd && k >= 0 && t[k].IsWord && !t[k].IsCapitalized && IsPlural(t[k].Text) && lexicon.UnnamedSources.Contains(Norm(t[k].Text));
    }

    /// <summary>"SecureWorld has interviewed", "Reuters spoke to": the name at <paramref name="k"/> is the subject of a relative clause.</summary>
    private bool StartsARelativeClause(int k)
    {
        var m = k + Math.Max(1, KnownSourceAt(k));
        while (m < n && IsName(m))
        {
            m++;
        }

        return m < n && t[m].IsWord && !t[m].IsCapitalized && lexicon.RelativeClauseVerbs.Contains(t[m].Text);
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

        // "3G data", "4G network": letters glued to a number make an identifier, not a name ("38 North"
        // is a known source and found as one).
        if (t[k].IsGlued && k > 0 && t[k - 1].IsNumber)
        {
            return false;
        }

        var c = word[0];
        if (!char.IsUpper(c))
        {
            // Hangul and other scripts without case: a name more often than not; so is a brand written in camel case
            // ("eToro says", blind15; "eBay").
            return (char.IsLetter(c) && !char.IsLower(c)) || (word.Length >= 4 && char.IsLower(c) && char.IsUpper(word[1]) && char.IsLower(word[2]));
        }

        if (word == "I" || lexicon.NotNames.Contains(word))
        {
            return false;
        }

        // "a U.S.-based news website", "a Seoul-run outlet": a description, not a name (one token, or the
        // name glued to "-based" by the tokenizer's split at the full stop).
        if (word.Contains('-') && lexicon.DescriptorSuffixes.Contains(word[(word.LastIndexOf('-') + 1)..]))
        {
            return false;
        }

        for (var j = k + 1; j < n && j <= k + 3 && t[j].IsGlued; j++)
        {
            if (t[j].IsWord && lexicon.DescriptorSuffixes.Contains(t[j].Text.TrimStart('-')))
            {
                return false;
            }
        }

        // "Sources recently returned from North Korea said": a place after "from" or "in", before a
        // lower-case word, says where the sources were.
        if (lexicon.Places.Contains(word.TrimEnd('.')) && k > 0 && (Word(k - 1, "from") || Word(k - 1, "in") || (Word(k - 1, "North") && (Word(k - 2, "from") || Word(k - 2, "in"))))
            && (k + 1 >= n || !t[k + 1].IsCapitalized))
        {
            return false;
        }

        // "North Korea watchers", "a Tokyo newspaper", "U.S. officials": a place that says where unnamed
        // sources are, not who they are.
        if (lexicon.Places.Contains(word.TrimEnd('.')) && k + 1 < n && t[k + 1].IsWord && !t[k + 1].IsCapitalized
            && (lexicon.UnnamedSources.Contains(Norm(t[k + 1].Text)) || lexicon.ReferenceHeads.Contains(t[k + 1].Text)
                || lexicon.EvidenceNouns.Contains(Norm(t[k + 1].Text))))
        {
            return false;
        }

        // "a Seoul civic group", "a US think-tank", "a Tokyo-based research firm" (blind21): a place before lower-case
        // words that describe an unnamed institution says where it is, not which one it is, as "a Tokyo newspaper" does.
        if (!IsPossessive(t[k].Text) && lexicon.Places.Contains(word.TrimEnd('.')) && AfterAnIndefinite(k) && PlaceDescribesAnInstitution(k))
        {
            return false;
        }

        if (word.Length >= 2 && IsCapitalsDigitsOrHyphens(word))
        {
            return true;
        }

        if (k == first)
        {
            // "Viewer numbers were …", "Subscriber counts ranged …": a first word the article also writes in
            // lower case is a common noun (names are never written so).
            if (documentWords is not null && KnownSourceAt(k) == 0
                && (documentWords.LowerCase.Contains(word.ToLowerInvariant()) || documentWords.LowerCase.Contains(word.ToLowerInvariant() + "s")))
            {
                return false;
            }

            // "Refugee groups say", "Older reports say", "Security researchers say": a capitalised first word
            // before a generic source noun describes it, unless the noun is a profession and the word is not a
            // kind of one: "Dyn researchers say", "Kaspersky analysts found" name who they work for.
            if (k + 1 < n && t[k + 1].IsWord && !t[k + 1].IsCapitalized && lexicon.UnnamedSources.Contains(Norm(t[k + 1].Text))
                && KnownSourceAt(k) == 0 && (lexicon.KindModifiers.Contains(word) || !lexicon.ProfessionalSources.Contains(Norm(t[k + 1].Text))))
            {
                return false;
            }

            // "Historical information indicates", "Recent records show": an adjective before evidence, not its owner
            // (unless the article capitalises the word elsewhere too, as a name: "Mandiant analysis shows").
            if (k + 1 < n && t[k + 1].IsWord && !t[k + 1].IsCapitalized && lexicon.EvidenceNouns.Contains(Norm(t[k + 1].Text))
                && KnownSourceAt(k) == 0 && EndsWithAdjectiveEnding(word)
                && documentWords?.Capitalised.Contains(word) != true)
            {
                return false;
            }

            var lower = Norm(word);
            return !lexicon.SentenceStarters.Contains(lower) && !lexicon.UnnamedSources.Contains(lower) && !lexicon.EvidenceNouns.Contains(lower)
                && !lexicon.ReportingVerbs.Contains(lower) && !lexicon.EvidenceVerbs.Contains(lower) && !lexicon.Hedges.Contains(lower);
        }

        return true;
    }

    /// <summary>"a", "an", "one" or "another", then up to two lower-case words ("a leading"), before <paramref name="k"/>.</summary>
    private bool AfterAnIndefinite(int k)
    {
        for (var d = k - 1; d >= 0 && d >= k - 3; d--)
        {
            if (Word(d, "a") || Word(d, "an") || Word(d, "one") || Word(d, "another"))
            {
                return true;
            }

            if (!t[d].IsWord || t[d].IsCapitalized || lexicon.Determiners.Contains(t[d].Text) || lexicon.Prepositions.Contains(t[d].Text) || lexicon.ClauseWords.Contains(t[d].Text))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// After a place at <paramref name="k"/>, up to three lower-case words, the last an unnamed institution ("civic group",
    /// "think-tank", "research firm"), none a verb the place could be the subject of. A state outlet's word among them ("Korea state media") keeps the place the owner it was.
    /// </summary>
    private bool PlaceDescribesAnInstitution(int k)
    {
        var words = 0;
        for (var m = k + 1; m < n && m <= k + 6; m++)
        {
            // Not a verb the place is the subject of ("Seoul says firms …", "Washington has long accused companies …"); "think"
            // before "tank" is the compound's.
            var word = Norm(t[m].Text);
            if (word == "think" && (Word(m + 1, "tank") || Word(m + 1, "tanks")))
            {
                words++;
                continue;
            }

            if (!t[m].IsWord || t[m].IsCapitalized || t[m].InQuotation || lexicon.StateOutletWords.Contains(word)
                || lexicon.Prepositions.Contains(word) || lexicon.ClauseWords.Contains(word) || lexicon.Determiners.Contains(word)
                || lexicon.BeForms.Contains(word) || lexicon.Modals.Contains(word) || lexicon.BeforeVerb.Contains(word) || lexicon.Adverbs.Contains(word)
                || lexicon.ReportingVerbs.Contains(word) || lexicon.EvidenceVerbs.Contains(word) || word.EndsWith("ly", StringComparison.Ordinal))
            {
                return false;
            }

            if (++words > 3)
            {
                return false;
            }

            if (lexicon.UnnamedInstitutions.Contains(word) || lexicon.UnnamedInstitutions.Contains(Singular(word.ToLowerInvariant())))
            {
                return true;
            }
        }

        return false;
    }

    // Loops, not lambdas: a lambda over `word` made IsName allocate a closure on every call (a twentieth of a
    // whole-corpus run's allocations), and Any/All over a string an enumerator.
    private static bool EndsWithAdjectiveEnding(string word)
    {
        foreach (var ending in AdjectiveEndings)
        {
            if (word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCapitalsDigitsOrHyphens(string word)
    {
        foreach (var ch in word)
        {
            if (!(char.IsUpper(ch) || char.IsDigit(ch) || ch == '-'))
            {
                return false;
            }
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

    /// <summary>Past words of time after a participle (<c>today</c>, <c>last week</c>, <c>on Monday</c>): the index after them.</summary>
    private int SkipTimeWords(int k)
    {
        var m = k;
        while (m < n && m < k + 3 && t[m].IsWord && lexicon.TimeAdverbs.Contains(t[m].Text) && !(t[m].Is("on") && !(m + 1 < n && lexicon.TimeAdverbs.Contains(t[m + 1].Text))))
        {
            m++;
        }

        return m;
    }

    private int ClauseEnd(int from, int max)
    {
        var k = from;
        while (k < n && k < from + max && !IsBoundary(k))
        {
            k++;
        }

        return k;
    }

    /// <summary>
    /// "concluded from its investigation that …", "said in a statement that …" (blind12): a prepositional phrase of up to
    /// five words between a verb and its "that" clause; the verb still reports the clause.
    /// </summary>
    private bool ThatAfterAPhrase(int k)
    {
        if (k >= n || !t[k].IsWord || !(lexicon.Prepositions.Contains(t[k].Text) || t[k].Is("after") || t[k].Is("during")))
        {
            return false;
        }

        for (var m = k + 1; m < n && m <= k + 6; m++)
        {
            if (!t[m].IsWord)
            {
                return false;
            }

            if (t[m].Is("that"))
            {
                // "that" as a determiner ("in that report") is not the clause's.
                if (m + 1 < n && t[m + 1].IsWord && (lexicon.ReferenceHeads.Contains(t[m + 1].Text) || lexicon.EvidenceNouns.Contains(Norm(t[m + 1].Text))))
                {
                    continue;
                }

                return m > k + 1;
            }
        }

        return false;
    }

    private bool IsInfinitive(int k) =>
        k < n && t[k].IsWord && !t[k].IsCapitalized && !lexicon.Determiners.Contains(t[k].Text) && !lexicon.Pronouns.Contains(t[k].Text);

    /// <summary>An unnamed source in the words, an institution only as their last word (<c>a think tank</c>, not <c>a company spokesman</c>).</summary>
    private bool AnyUnnamedSource(int start, int end)
    {
        var last = end - 1;
        while (last >= start && last < n && !t[last].IsWord)
        {
            last--;
        }

        for (var k = Math.Max(start, 0); k < end && k < n; k++)
        {
            if (t[k].IsWord && lexicon.UnnamedSources.Contains(Norm(t[k].Text)) && (k == last || !lexicon.UnnamedInstitutions.Contains(Norm(t[k].Text))))
            {
                return true;
            }
        }

        return false;
    }

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

    private void Add(int start, int end, AttributionSource source, bool unlessNamed, string form, string? referenceTo = null)
    {
        if (start < 0 || end > n || end <= start || (namedOnly && source != AttributionSource.Named))
        {
            return;
        }

        (found ??= []).Add(new Attribution(TextSpan.FromBounds(t[start].Span.Start, t[end - 1].Span.End), source, unlessNamed, form, referenceTo));
    }

    private static bool IsPlural(string word) => word.Length > 2 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal);

    private static bool IsPossessive(string word) => word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal);

    private static string StripPossessive(string word) => IsPossessive(word) ? word[..^2] : word;

    private static string Norm(string word) => word.Replace('’', '\'');

    private bool Word(int k, string value) => k >= 0 && k < n && t[k].IsWord && t[k].Is(value);

    private bool Sym(int k, char c) => k >= 0 && k < n && t[k].IsSymbol && t[k].Text[0] == c;
}
