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
public sealed record RuleOption(string Name, RuleOptionKind Kind, object DefaultValue, string Description);
