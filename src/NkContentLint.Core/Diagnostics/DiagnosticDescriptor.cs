using System.Collections.Immutable;

namespace NkContentLint.Diagnostics;

/// <summary>
/// Everything that is fixed about a rule: declared once, next to its analyzer (as Roslyn does).
/// </summary>
public sealed class DiagnosticDescriptor
{
    public DiagnosticDescriptor(
        string id,
        string title,
        string messageFormat,
        string category,
        DiagnosticSeverity defaultSeverity,
        string description,
        IEnumerable<RuleOption>? options = null,
        string? helpLinkUri = null)
    {
        Id = id;
        Title = title;
        MessageFormat = messageFormat;
        Category = category;
        DefaultSeverity = defaultSeverity;
        Description = description;
        HelpLinkUri = helpLinkUri ?? HelpLinks.ForRule(id);
        Options = options?.ToImmutableArray() ?? ImmutableArray<RuleOption>.Empty;
    }

    /// <summary>Stable forever once shipped, e.g. <c>NK3001</c>.</summary>
    public string Id { get; }

    /// <summary>Short title, e.g. "Duplicate heading".</summary>
    public string Title { get; }

    /// <summary>Composite format string; arguments come from the analyzer.</summary>
    public string MessageFormat { get; }

    /// <summary>Rule family: Engine, Sourcing, Facts, Structure, Encoding.</summary>
    public string Category { get; }

    public DiagnosticSeverity DefaultSeverity { get; }

    /// <summary>One paragraph: what the rule finds and why it matters.</summary>
    public string Description { get; }

    /// <summary>The rule's documentation: docs/rules/ID.md for built-in rules, the rule file's <c>help_uri</c> for custom ones.</summary>
    public string HelpLinkUri { get; }

    public ImmutableArray<RuleOption> Options { get; }

    /// <summary>PascalCase name derived from the title, used as SARIF <c>rule.name</c>.</summary>
    public string Name => string.Concat(Title.Split([' ', '-', '/'], StringSplitOptions.RemoveEmptyEntries)
        .Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    public override string ToString() => Id;
}
