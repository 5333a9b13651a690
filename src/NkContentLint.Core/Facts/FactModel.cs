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
public sealed record WrongDescription(string Phrase, string Why);

/// <summary>What a thing is, and the common wrong descriptions of it.</summary>
public sealed record DescriptionFact(
    string Id, ImmutableArray<FactSource> Sources, string Confidence, string? Note, PackPosition Position,
    string Subject, string Is, ImmutableArray<WrongDescription> Wrong)
    : Fact(Id, Sources, Confidence, Note, Position);

/// <summary>One fact pack file: identity and version, and its four kinds of fact.</summary>
public sealed record FactPack(
    string Id,
    string Version,
    string Title,
    string File,
    ImmutableArray<EntityFact> Entities,
    ImmutableArray<QuantityFact> Quantities,
    ImmutableArray<EventFact> Events,
    ImmutableArray<DescriptionFact> Descriptions)
{
    public IEnumerable<Fact> AllFacts => [.. Entities, .. Quantities, .. Events, .. Descriptions];
}
