using System.Collections.Immutable;

namespace NkContentLint.Diagnostics;

public enum RuleOptionKind
{
    Boolean,
    Integer,
    String,
    StringList,
}

/// <summary>
/// An option a rule accepts in configuration (<c>rules: { NK3001: { siblings_only: true } }</c>).
/// Declared with the rule's descriptor so the configuration can be validated before linting.
/// </summary>
public sealed record RuleOption(string Name, RuleOptionKind Kind, object DefaultValue, string Description)
{
    /// <summary>
    /// For a <see cref="RuleOptionKind.String"/> option with a closed set of values (such as
    /// <c>scope: sentence|paragraph</c>): the values configuration may use. Empty means any string.
    /// </summary>
    public ImmutableArray<string> AllowedValues { get; init; } = [];
}
