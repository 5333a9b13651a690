using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace NkContentLint.Attributions;

/// <summary>Whether an attribution names who said it.</summary>
public enum AttributionSource
{
    /// <summary>The attribution names its source in words: <c>according to the ITU</c>, <c>38 North reported</c>.</summary>
    Named,

    /// <summary>The attribution names no one: <c>experts say</c>, <c>it has been reported</c>, <c>is estimated at</c>.</summary>
    Vague,
}

/// <summary>
/// An attribution in a sentence: words that present a claim as coming from someone. A vague one with
/// <see cref="UnlessNamed"/> leaves the source out rather than claiming one (<c>according to estimates</c>,
/// <c>reportedly</c>), so a source named elsewhere in the same sentence makes it fine. A named one with
/// <see cref="ReferenceTo"/> names its source by pointing back to one named earlier: the head noun it
/// refers with (<c>report</c> in <c>the report said</c>), or an empty string for a pronoun (<c>he told</c>).
/// </summary>
public sealed record Attribution(TextSpan Span, AttributionSource Source, bool UnlessNamed, string Form, string? ReferenceTo = null)
{
    public bool IsReference => ReferenceTo is not null;
}

/// <summary>What a sentence says about where its claims come from: whether it names a source in words, its vague attributions (merged where they overlap), and every attribution found.</summary>
public sealed record SentenceAttributions(bool NamesASource, ImmutableArray<Attribution> Vague, ImmutableArray<Attribution> All)
{
    /// <summary>A sentence that attributes nothing: most sentences, so one shared instance (a 50 MB article has 440,000).</summary>
    public static SentenceAttributions None { get; } = new(false, [], []);
}
