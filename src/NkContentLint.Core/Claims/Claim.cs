using Microsoft.CodeAnalysis.Text;
using NkContentLint.Documents;

namespace NkContentLint.Claims;

/// <summary>What a claim quantifies.</summary>
public enum ClaimKind
{
    /// <summary>A number of things: <c>16,000 followers</c>, <c>2 million</c>, <c>a few thousand</c>, <c>hundreds of new sites</c>.</summary>
    Count,

    /// <summary>An amount with a currency or unit of measure: <c>$400 million</c>, <c>300 euros</c>, <c>1 Mbit/s</c>, <c>9 hours and 31 minutes</c>.</summary>
    Amount,

    /// <summary><c>0.1%</c>, <c>20 percent</c>, <c>70 per cent</c>. <see cref="Claim.Value"/> is in percent (20, not 0.2).</summary>
    Percentage,

    /// <summary><c>half</c>, <c>a third</c>, <c>three quarters</c>. <see cref="Claim.Value"/> is a proportion (0.75).</summary>
    Fraction,

    /// <summary><c>one in five North Koreans</c>, <c>3 in 10</c>. <see cref="Claim.Value"/> is a proportion (0.2).</summary>
    Ratio,

    /// <summary><c>23 per 100 inhabitants</c>, <c>40 tweets a day</c>, <c>5 percent a year</c>; <see cref="Claim.Per"/> says per what.</summary>
    Rate,

    /// <summary><c>the world's least connected country</c>, <c>second-largest</c>, <c>179th out of 180 countries</c>. <see cref="Claim.Value"/> is the position (1 for a superlative).</summary>
    Rank,

    /// <summary><c>tenfold</c>, <c>10x</c>. <see cref="Claim.Value"/> is the factor.</summary>
    Multiplier,
}

/// <summary>How exactly a claim states its value: the approximation or bound written before (or after) the number.</summary>
public enum Approximation
{
    /// <summary>No qualifier, or only emphasis (<c>just</c>, <c>only</c>).</summary>
    Exact,

    /// <summary><c>about</c>, <c>around</c>, <c>roughly</c>, <c>some</c>, <c>an estimated</c>, <c>or so</c>.</summary>
    About,

    /// <summary><c>nearly</c>, <c>almost</c>, <c>close to</c>, <c>just under</c>.</summary>
    Nearly,

    /// <summary><c>more than</c>, <c>over</c>, <c>in excess of</c>, <c>2k+</c>.</summary>
    MoreThan,

    /// <summary><c>at least</c>, <c>or more</c>.</summary>
    AtLeast,

    /// <summary><c>fewer than</c>, <c>less than</c>, <c>under</c>, <c>below</c>.</summary>
    FewerThan,

    /// <summary><c>at most</c>.</summary>
    AtMost,

    /// <summary><c>up to</c>, <c>as many as</c>.</summary>
    UpTo,
}

/// <summary>
/// A quantitative claim in the prose: a statistic, parsed. <see cref="Span"/> is the number expression
/// with its multiplier and unit or counted noun (<c>2 million regular users</c>, <c>$400 million</c>,
/// <c>20 percent</c>), without the approximation in front (<c>about</c>), which is in
/// <see cref="Approximation"/> and <see cref="ApproximationSpan"/>. Values are plain numbers: a range or
/// an indefinite magnitude has <see cref="Low"/> and <see cref="High"/> and no single <see cref="Value"/>.
/// </summary>
public sealed record Claim
{
    // Backing fields rather than auto-properties only so the document can point them at its one string per value
    // (ShareStrings): a long article states "internet users" as a counted noun tens of thousands of times.
    private string text = "";
    private string? unit;
    private string? countedNoun;
    private string? per;

    // The optional values are a plain field and a bit, not nullable fields (a double? takes 16 bytes, a TextSpan? 12),
    // and the enums are bytes: 120 bytes a claim, not 152 (a markup-dense 50 MB article has 196,000 claims).
    private double value;
    private double outOf;
    private TextSpan approximationSpan;
    private TextSpan quotation;
    private byte kind;
    private byte approximation;
    private Has has;

    /// <summary>The number expression in the source.</summary>
    public required TextSpan Span { get; init; }

    /// <summary>The expression as a reader sees it (markup removed, whitespace collapsed): <c>2 million regular users</c>.</summary>
    public required string Text { get => text; init => text = value; }

    public required ClaimKind Kind { get => (ClaimKind)kind; init => kind = checked((byte)value); }

    /// <summary>The stated value when it is one number; null for a range (<c>1,000 to 5,500</c>) or an indefinite magnitude (<c>a few thousand</c>).</summary>
    public double? Value { get => (has & Has.Value) != 0 ? value : null; init => Set(ref this.value, Has.Value, value); }

    /// <summary>Lower end of the value: the value itself, a range's lower end, or an indefinite magnitude's plausible floor.</summary>
    public required double Low { get; init; }

    /// <summary>Upper end of the value (equal to <see cref="Low"/> for a single value).</summary>
    public required double High { get; init; }

    /// <summary>True for a stated range: <c>between 6.5 and 7 million</c>, <c>4-5 million</c>.</summary>
    public bool IsRange { get => (has & Has.Range) != 0; init => Flag(Has.Range, value); }

    /// <summary>True for magnitudes without a number: <c>a few thousand</c>, <c>several million</c>, <c>hundreds of</c>, <c>millions of</c>.</summary>
    public bool IsIndefinite { get => (has & Has.Indefinite) != 0; init => Flag(Has.Indefinite, value); }

    /// <summary>
    /// The unit, normalised: <c>percent</c>, <c>percentage points</c>, an ISO currency code (<c>USD</c>,
    /// <c>EUR</c>, <c>KRW</c>), a unit of measure (<c>Mbit/s</c>, <c>hours</c>, <c>minutes</c>), <c>times</c>,
    /// or a rate base (<c>per 100 inhabitants</c>). Null for plain counts.
    /// </summary>
    public string? Unit { get => unit; init => unit = value; }

    /// <summary>What is counted, as written, up to its head noun: <c>followers</c>, <c>internet users</c>, <c>North Koreans</c>; for a percentage or fraction, the whole it is a part of (<c>households</c> in <c>20 percent of households</c>).</summary>
    public string? CountedNoun { get => countedNoun; init => countedNoun = value; }

    /// <summary>For rates over time, the period: <c>day</c> in <c>40 tweets a day</c>, <c>year</c> in <c>5 percent a year</c>.</summary>
    public string? Per { get => per; init => per = value; }

    /// <summary>For a rank against a total, the total: 180 in <c>179th out of 180 countries</c>.</summary>
    public double? OutOf { get => (has & Has.OutOf) != 0 ? outOf : null; init => Set(ref outOf, Has.OutOf, value); }

    public Approximation Approximation { get => (Approximation)approximation; init => approximation = checked((byte)value); }

    /// <summary>Where the approximation or bound is written (<c>more than</c>), when there is one.</summary>
    public TextSpan? ApproximationSpan { get => (has & Has.ApproximationSpan) != 0 ? approximationSpan : null; init => Set(ref approximationSpan, Has.ApproximationSpan, value); }

    /// <summary>The sentence the claim is stated in.</summary>
    public required Sentence Sentence { get; init; }

    /// <summary>The quotation the claim is inside (someone else's words), if any.</summary>
    public TextSpan? Quotation { get => (has & Has.Quotation) != 0 ? quotation : null; init => Set(ref quotation, Has.Quotation, value); }

    public bool IsQuoted => Quotation is not null;

    /// <summary>Points the claim's strings at the document's one string per value, before the claims are published.</summary>
    internal void ShareStrings(DocumentStrings strings)
    {
        text = strings.Share(text)!;
        unit = strings.Share(unit);
        countedNoun = strings.Share(countedNoun);
        per = strings.Share(per);
    }

    private void Flag(Has bit, bool on) => has = on ? has | bit : has & ~bit;

    private void Set<T>(ref T field, Has bit, T? value)
        where T : struct
    {
        field = value ?? default;
        Flag(bit, value is not null);
    }

    public override string ToString() => $"{Kind} '{Text}' [{Low}..{High}]{(Unit is null ? "" : " " + Unit)}{(CountedNoun is null ? "" : " of " + CountedNoun)}";

    [Flags]
    private enum Has : byte
    {
        Value = 1,
        OutOf = 2,
        ApproximationSpan = 4,
        Quotation = 8,
        Range = 16,
        Indefinite = 32,
    }
}
