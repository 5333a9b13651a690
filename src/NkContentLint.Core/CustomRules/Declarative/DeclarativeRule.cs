using System.Collections.Immutable;
using System.Text.RegularExpressions;
using NkContentLint.Diagnostics;
using NkContentLint.Fixing;

namespace NkContentLint.CustomRules.Declarative;

/// <summary>The declarative rule types, after Vale's (existence, substitution, consistency, occurrence, capitalization, conditional).</summary>
internal enum DeclarativeRuleType
{
    Existence,
    Substitution,
    Consistency,
    Occurrence,
    Capitalization,
    Conditional,
}

/// <summary>Where in an article a declarative rule looks. Code, URLs and link destinations are never in any scope.</summary>
[Flags]
internal enum RuleScope
{
    None = 0,

    /// <summary>Paragraphs (outside list items), table cells and image alt text.</summary>
    Prose = 1,
    Headings = 2,

    /// <summary>The text of links (<c>[this](…)</c>), not their destinations.</summary>
    Links = 4,

    /// <summary>Paragraphs inside list items.</summary>
    ListItems = 8,

    /// <summary>The values of the YAML front matter (title, description, …).</summary>
    FrontMatter = 16,
}

/// <summary>What an occurrence rule counts in: at most <c>max</c> per unit.</summary>
internal enum OccurrenceUnit
{
    Sentence,
    Paragraph,
    Article,
}

/// <summary>The style a capitalization rule wants for headings.</summary>
internal enum CapitalizationStyle
{
    Sentence,
    Title,
}

internal static class DeclarativeRuleNames
{
    public static string ToConfigName(this DeclarativeRuleType type) => type.ToString().ToLowerInvariant();

    public static readonly ImmutableArray<(string Name, RuleScope Scope)> Scopes =
    [
        ("prose", RuleScope.Prose),
        ("headings", RuleScope.Headings),
        ("links", RuleScope.Links),
        ("list_items", RuleScope.ListItems),
        ("front_matter", RuleScope.FrontMatter),
    ];
}

/// <summary>One phrase a rule looks for, compiled once; <see cref="Source"/> is the phrase as written in the rule file.</summary>
internal sealed record RulePattern(string Source, Regex Regex);

/// <summary>
/// A declarative rule as read from its YAML file (see docs/rules-authoring.md). Every pattern is
/// compiled when the file is read, so a bad regular expression is an error with its position.
/// </summary>
internal sealed record DeclarativeRule(DiagnosticDescriptor Descriptor, DeclarativeRuleType Type, string Message, RuleScope Scope)
{
    /// <summary>existence, occurrence: the phrases; conditional: the phrases that need <see cref="Second"/>.</summary>
    public ImmutableArray<RulePattern> Tokens { get; init; } = [];

    /// <summary>substitution: each phrase to replace and its replacement.</summary>
    public ImmutableArray<(RulePattern Pattern, string Replacement)> Swaps { get; init; } = [];

    /// <summary>consistency: groups of spellings; an article uses one of each group.</summary>
    public ImmutableArray<ImmutableArray<RulePattern>> VariantGroups { get; init; } = [];

    /// <summary>substitution and consistency: how sure the replacement is (null: no fix offered).</summary>
    public FixSafety? Fix { get; init; }

    public int Max { get; init; }

    public OccurrenceUnit Per { get; init; }

    public CapitalizationStyle Style { get; init; }

    /// <summary>capitalization: words and phrases kept as written; conditional: matches that need nothing.</summary>
    public ImmutableArray<string> Exceptions { get; init; } = [];

    /// <summary>conditional: what must appear (its <c>$1</c>… stand for the first pattern's groups).</summary>
    public ImmutableArray<string> Second { get; init; } = [];

    /// <summary>conditional: true when the second pattern must come before the first (a definition before use).</summary>
    public bool SecondBefore { get; init; } = true;

    public bool IgnoreCase { get; init; }

    public bool WordBoundaries { get; init; } = true;

    public bool IsRegex { get; init; }
}
