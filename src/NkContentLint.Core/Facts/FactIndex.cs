using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using NkContentLint.Documents;

namespace NkContentLint.Facts;

/// <summary>How a name found in the text relates to its entity.</summary>
public enum NameKind
{
    Canonical,
    Variant,
    Outdated,
    Misspelling,
}

/// <summary>A name found in the text: which entity, and whether it is the canonical form, a variant or a misspelling.</summary>
/// <remarks>
/// A value, not an object: an article that names its subject in every sentence has a match per sentence (540,000 in a
/// markup-dense 50 MB article), 32 bytes each in the one array instead of a 48-byte object and a reference.
/// </remarks>
public readonly record struct NameMatch(TextSpan Span, EntityFact Entity, NameKind Kind, string Written);

/// <summary>Everything the fact rules need from one document, found in one pass per phrase set.</summary>
public sealed class DocumentFactMatches
{
    public required ImmutableArray<NameMatch> Names { get; init; }

    public required ImmutableArray<(TextSpan Span, QuantityFact Quantity)> QuantityCues { get; init; }

    public required ImmutableArray<(TextSpan Span, EventFact Event)> EventCues { get; init; }

    public required ImmutableArray<(TextSpan Span, DescriptionFact Fact, WrongDescription Wrong)> WrongDescriptions { get; init; }}

/// <summary>
/// The fact packs in force for a run, indexed for matching: names, quantity cues, event cues and
/// wrong descriptions, four phrase sets in one <see cref="PhraseSetMatcher"/> walked once per document.
/// Built once per run; per document results are cached so every fact rule shares one scan.
/// </summary>
public sealed class FactIndex
{
    private readonly Dictionary<string, Fact> byId;
    /// <summary>The four phrase sets (<see cref="NameSet"/>, <see cref="QuantityCueSet"/>, <see cref="EventCueSet"/>, <see cref="WrongDescriptionSet"/>).</summary>
    private readonly PhraseSetMatcher phrases;
    private readonly (EntityFact Entity, NameKind Kind)[] names;
    private readonly QuantityFact[] quantityCues;
    private readonly EventFact[] eventCues;
    private readonly (DescriptionFact Fact, WrongDescription Wrong)[] wrongDescriptions;
    private const int NameSet = 0;
    private const int QuantityCueSet = 1;
    private const int EventCueSet = 2;
    private const int WrongDescriptionSet = 3;
    /// <summary>The matches of one index in one document, cached on the document (one view cache per document).</summary>
    private static readonly DocumentView<FactIndex, DocumentFactMatches> Matches = new((document, index) => index.FindMatches(document));

    public FactIndex(IReadOnlyList<FactPack> packs)
    {
        Packs = [.. packs];
        var facts = FactPackSet.Resolve(packs);
        // Plain loops, not LINQ: this runs on every start, and LINQ's iterators over these value tuples are not compiled
        // ahead of time (ReadyToRun), so each was compiled at first call (about 75 methods; docs/benchmarks.md).
        byId = new Dictionary<string, Fact>(StringComparer.Ordinal);
        foreach (var fact in facts)
        {
            byId.TryAdd(fact.Id, fact);
        }

        Entities = [.. facts.OfType<EntityFact>()];
        Quantities = [.. facts.OfType<QuantityFact>()];
        Events = [.. facts.OfType<EventFact>()];
        Descriptions = [.. facts.OfType<DescriptionFact>()];

        var namePhrases = new List<(string, (EntityFact, NameKind))>();
        foreach (var e in Entities)
        {
            namePhrases.Add((e.Name, (e, NameKind.Canonical)));
            foreach (var v in e.Variants)
            {
                namePhrases.Add((v, (e, NameKind.Variant)));
            }

            foreach (var v in e.Outdated)
            {
                namePhrases.Add((v, (e, NameKind.Outdated)));
            }

            foreach (var v in e.Misspellings)
            {
                namePhrases.Add((v, (e, NameKind.Misspelling)));
            }
        }

        var quantityPhrases = CuePhrases(Quantities, q => q.Cues);
        var eventPhrases = CuePhrases(Events, e => e.Cues);
        // Listed phrases first, so a phrase a pack lists keeps its own reason when a widened one would repeat it.
        var wrongPhrases = new List<(string, (DescriptionFact, WrongDescription))>();
        var seen = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        void AddWrong(string phrase, DescriptionFact d, WrongDescription w)
        {
            // One entry per description id and lower-cased phrase, the first.
            if (!seen.TryGetValue(d.Id, out var phrases))
            {
                seen[d.Id] = phrases = new HashSet<string>(StringComparer.Ordinal);
            }

            if (phrases.Add(phrase.ToLowerInvariant()))
            {
                wrongPhrases.Add((phrase, (d, w)));
            }
        }

        foreach (var d in Descriptions)
        {
            foreach (var w in d.Wrong)
            {
                AddWrong(w.Phrase, d, w);
            }
        }

        foreach (var d in Descriptions)
        {
            foreach (var w in d.Wrong)
            {
                var widened = false;
                foreach (var p in DescriptionVariants.Expand(w.Phrase))
                {
                    if (widened)
                    {
                        AddWrong(p, d, w);
                    }

                    widened = true;
                }
            }
        }

        names = Values(namePhrases);
        quantityCues = Values(quantityPhrases);
        eventCues = Values(eventPhrases);
        wrongDescriptions = Values(wrongPhrases);
        phrases = new([Phrases(namePhrases), Phrases(quantityPhrases), Phrases(eventPhrases), Phrases(wrongPhrases)]);
    }

    private static string[] Phrases<TValue>(List<(string Phrase, TValue Value)> list)
    {
        var phrases = new string[list.Count];
        for (var i = 0; i < phrases.Length; i++)
        {
            phrases[i] = list[i].Phrase;
        }

        return phrases;
    }

    private static TValue[] Values<TValue>(List<(string Phrase, TValue Value)> list)
    {
        var values = new TValue[list.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = list[i].Value;
        }

        return values;
    }

    /// <summary>Each fact's cues with their verb forms, each spelling once per fact, in order.</summary>
    private static List<(string, TFact)> CuePhrases<TFact>(ImmutableArray<TFact> facts, Func<TFact, ImmutableArray<string>> cues)
    {
        var phrases = new List<(string, TFact)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fact in facts)
        {
            seen.Clear();
            foreach (var cue in cues(fact))
            {
                foreach (var form in CueVariants.Expand(cue))
                {
                    if (seen.Add(form))
                    {
                        phrases.Add((form, fact));
                    }
                }
            }
        }

        return phrases;
    }

    public static FactIndex Empty { get; } = new([]);

    public ImmutableArray<FactPack> Packs { get; }

    public ImmutableArray<EntityFact> Entities { get; }

    public ImmutableArray<QuantityFact> Quantities { get; }

    public ImmutableArray<EventFact> Events { get; }

    public ImmutableArray<DescriptionFact> Descriptions { get; }

    /// <summary>"north-korea 2026.11.22" (several packs joined with " + "), or null without packs.</summary>
    public string? Version => Packs.IsEmpty ? null : string.Join(" + ", Packs.Select(p => $"{p.Id} {p.Version}"));

    public Fact? Find(string id) => byId.GetValueOrDefault(id);

    public EntityFact? Entity(string id) => Find(id) as EntityFact;

    /// <summary>Names, cues and wrong descriptions in the document's prose, computed once per document.</summary>
    public DocumentFactMatches Match(ContentDocument document) => document.GetView(Matches, this);

    private DocumentFactMatches FindMatches(ContentDocument d)
    {
        var prose = d.ProseText;

        // One string per distinct spelling, the document's own: a long article names "North Korea" tens of thousands of times.
        string Written(TextSpan span) => d.Strings.Share(prose.AsSpan(span.Start, span.Length));

        // Longest name wins where names overlap ("Kim Jong Un" over "Kim").
        var found = phrases.Find(prose, longestSet: NameSet);
        var foundNames = found[NameSet];
        var nameMatches = ImmutableArray.CreateBuilder<NameMatch>(foundNames.Count);
        foreach (var (span, index) in foundNames)
        {
            var (entity, kind) = names[index];
            nameMatches.Add(new NameMatch(span, entity, kind, Written(span)));
        }

        // Loops, not LINQ's Select: its iterators over these value tuples are compiled at first call, not ahead of time.
        var foundQuantities = found[QuantityCueSet];
        var quantityMatches = ImmutableArray.CreateBuilder<(TextSpan Span, QuantityFact Quantity)>(foundQuantities.Count);
        foreach (var (span, index) in foundQuantities)
        {
            quantityMatches.Add((span, quantityCues[index]));
        }

        var foundEvents = found[EventCueSet];
        var eventMatches = ImmutableArray.CreateBuilder<(TextSpan Span, EventFact Event)>(foundEvents.Count);
        foreach (var (span, index) in foundEvents)
        {
            eventMatches.Add((span, eventCues[index]));
        }

        var foundWrong = found[WrongDescriptionSet];
        var wrongMatches = ImmutableArray.CreateBuilder<(TextSpan Span, DescriptionFact Fact, WrongDescription Wrong)>(foundWrong.Count);
        foreach (var (span, index) in foundWrong)
        {
            var (fact, wrong) = wrongDescriptions[index];
            wrongMatches.Add((span, fact, wrong));
        }

        return new DocumentFactMatches
        {
            Names = nameMatches.MoveToImmutable(),
            QuantityCues = quantityMatches.MoveToImmutable(),
            EventCues = eventMatches.MoveToImmutable(),
            WrongDescriptions = wrongMatches.MoveToImmutable(),
        };
    }
}
