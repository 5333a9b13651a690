using System.Collections.Immutable;

namespace NkContentLint.Facts;

/// <summary>Where something is in a fact pack file (1-based), for error messages and SARIF related locations.</summary>
public sealed record PackPosition(string File, int Line, int Column)
{
    public override string ToString() => $"{File}({Line},{Column})";
}

/// <summary>A public source a fact rests on. <see cref="TitleCaptured"/> is false where the research only had the site's name.</summary>
public sealed record FactSource(string Title, string Url, string? Date, string? Quote, bool TitleCaptured);

/// <summary>What every fact has: an id, sources, a confidence, a note and its place in the pack.</summary>
public abstract record Fact(string Id, ImmutableArray<FactSource> Sources, string Confidence, string? Note, PackPosition Position)
{
    public FactSource? PrimarySource => Sources.IsEmpty ? null : Sources[0];
}

/// <summary>A person, country, organisation, network or product, with the names it goes by.</summary>
public sealed record EntityFact(
    string Id, ImmutableArray<FactSource> Sources, string Confidence, string? Note, PackPosition Position,
    string Kind, string Name, ImmutableArray<string> Variants, ImmutableArray<string> Outdated, ImmutableArray<string> Misspellings)
    : Fact(Id, Sources, Confidence, Note, Position)
{
    /// <summary>Every spelling that is never flagged: the name, its variants and outdated forms.</summary>
    public IEnumerable<string> AcceptedNames => [Name, .. Variants, .. Outdated];
}

/// <summary>One dated value of a quantity: the accepted range (tolerance included) and the canonical wording.</summary>
public sealed record SeriesPoint(string AsOf, double? Value, double? Min, double? Max, string? Wording, ImmutableArray<FactSource> Sources, PackPosition Position)
{
    /// <summary>The year the point describes (the first four digits of <see cref="AsOf"/>).</summary>
    public int Year => int.Parse(AsOf.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture);

    public double Low => Min ?? Value ?? double.NegativeInfinity;

    public double High => Max ?? Value ?? double.PositiveInfinity;
}

/// <summary>A value people wrongly use for a quantity, and what it really is.</summary>
public sealed record Confusion(double Value, string Is, string? FactId);

/// <summary>A figure that changes over time: what is counted (cue words), the unit, and a series of dated ranges.</summary>
public sealed record QuantityFact(
    string Id, ImmutableArray<FactSource> Sources, string Confidence, string? Note, PackPosition Position,
    string Subject, string Measure, ImmutableArray<string> Cues, string Unit, string? PercentOf,
    ImmutableArray<SeriesPoint> Series, ImmutableArray<Confusion> Confusions)
    : Fact(Id, Sources, Confidence, Note, Position)
{
    /// <summary>The point for a year: the latest at or before it, else the earliest; the latest when no year is known.</summary>
    public SeriesPoint PointFor(int? year)
    {
        var ordered = Series.OrderBy(p => p.AsOf, StringComparer.Ordinal).ToList();
        if (year is null)
        {
            return ordered[^1];
        }

        return ordered.LastOrDefault(p => p.Year <= year) ?? ordered[0];
    }
}

/// <summary>A dated event (founded, launched, blocked) and the dates commonly given wrongly for it.</summary>
public sealed record EventFact(
    string Id, ImmutableArray<FactSource> Sources, string Confidence, string? Note, PackPosition Position,
    string Subject, string Event, ImmutableArray<string> Cues, string Date, ImmutableArray<string> Accept, ImmutableArray<string> Wrong)
    : Fact(Id, Sources, Confidence, Note, Position);

/// <summary>A phrase that is wrong when said of the subject, and why.</summary>
public sealed record WrongDescription(string Phrase, string Why)
{
    /// <summary>
    /// When the phrase became wrong (YYYY, YYYY-MM or YYYY-MM-DD), for a description that once held ("the only mobile
    /// operator" until a second one ran); null when it was never right. Judged against the article's date only.
    /// </summary>
    public string? Since { get; init; }
}

/// <summary>What a thing is, and the common wrong descriptions of it.</summary>
public sealed record DescriptionFact(
    string Id, ImmutableArray<FactSource> Sources, string Confidence, string? Note, PackPosition Position,
    string Subject, string Is, ImmutableArray<WrongDescription> Wrong)
    : Fact(Id, Sources, Confidence, Note, Position)
{
    /// <summary>
    /// What the subject's name means, as the sources translate it ("Bright Light", "Bright"); empty when the description
    /// is not of the name. A gloss of the name in an article ("Kwangmyong, which is Korean for 'bright star'") that none
    /// of them allows is a wrong description (NK2003).
    /// </summary>
    public ImmutableArray<string> Means { get; init; } = [];
}

/// <summary>Names a house pack adds to an entity another pack defines (<c>names:</c>).</summary>
public sealed record NameAddition(string EntityId, ImmutableArray<string> Variants, ImmutableArray<string> Outdated, ImmutableArray<string> Misspellings, PackPosition Position);

/// <summary>Wrong phrases a house pack adds to a description another pack defines (<c>wrong:</c>).</summary>
public sealed record WrongAddition(string DescriptionId, ImmutableArray<WrongDescription> Wrong, PackPosition Position);

/// <summary>A fact that replaces another pack's fact of the same id (<c>overrides:</c>), and why.</summary>
public sealed record FactOverride(Fact Fact, string Reason, PackPosition Position);

/// <summary>
/// One fact pack file: identity and version, and its four kinds of fact. A house pack that
/// <see cref="Extends"/> another may also add names and wrong phrases to that pack's facts and
/// override its facts by id (<see cref="FactPackSet"/> applies them).
/// </summary>
public sealed record FactPack(
    string Id,
    string Version,
    string Title,
    string File,
    ImmutableArray<EntityFact> Entities,
    ImmutableArray<QuantityFact> Quantities,
    ImmutableArray<EventFact> Events,
    ImmutableArray<DescriptionFact> Descriptions,
    ImmutableArray<string> Extends = default,
    ImmutableArray<NameAddition> NameAdditions = default,
    ImmutableArray<WrongAddition> WrongAdditions = default,
    ImmutableArray<FactOverride> Overrides = default)
{
    public IEnumerable<Fact> AllFacts => [.. Entities, .. Quantities, .. Events, .. Descriptions];

    public ImmutableArray<string> ExtendsOrEmpty => Extends.IsDefault ? [] : Extends;

    public ImmutableArray<NameAddition> NameAdditionsOrEmpty => NameAdditions.IsDefault ? [] : NameAdditions;

    public ImmutableArray<WrongAddition> WrongAdditionsOrEmpty => WrongAdditions.IsDefault ? [] : WrongAdditions;

    public ImmutableArray<FactOverride> OverridesOrEmpty => Overrides.IsDefault ? [] : Overrides;

    /// <summary>True when the pack builds on another (its references may point into that pack).</summary>
    public bool IsExtension => !ExtendsOrEmpty.IsEmpty || !NameAdditionsOrEmpty.IsEmpty || !WrongAdditionsOrEmpty.IsEmpty || !OverridesOrEmpty.IsEmpty;
}

/// <summary>
/// The facts of packs used together, as the rules see them: every pack's facts in order, each
/// override replacing the earlier fact of its id, then the names and wrong phrases house packs add
/// to earlier facts.
/// </summary>
internal static class FactPackSet
{
    public static IReadOnlyList<Fact> Resolve(IReadOnlyList<FactPack> packs)
    {
        var byId = new Dictionary<string, Fact>(StringComparer.Ordinal);
        var order = new List<string>();
        void Put(Fact fact)
        {
            if (!byId.ContainsKey(fact.Id))
            {
                order.Add(fact.Id);
            }

            byId[fact.Id] = fact;
        }

        foreach (var pack in packs)
        {
            foreach (var fact in pack.AllFacts.Where(f => !byId.ContainsKey(f.Id)))
            {
                Put(fact);
            }

            foreach (var replacement in pack.OverridesOrEmpty)
            {
                Put(replacement.Fact);
            }

            foreach (var added in pack.NameAdditionsOrEmpty)
            {
                if (byId.GetValueOrDefault(added.EntityId) is EntityFact entity)
                {
                    Put(entity with
                    {
                        Variants = entity.Variants.AddRange(added.Variants),
                        Outdated = entity.Outdated.AddRange(added.Outdated),
                        Misspellings = entity.Misspellings.AddRange(added.Misspellings),
                    });
                }
            }

            foreach (var added in pack.WrongAdditionsOrEmpty)
            {
                if (byId.GetValueOrDefault(added.DescriptionId) is DescriptionFact description)
                {
                    Put(description with { Wrong = description.Wrong.AddRange(added.Wrong.Where(w => !description.Wrong.Any(d => string.Equals(d.Phrase, w.Phrase, StringComparison.OrdinalIgnoreCase)))) });
                }
            }
        }

        return [.. order.Select(id => byId[id])];
    }
}
