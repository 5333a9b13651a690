using System.Collections.Immutable;
using System.Text;

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
/// Declared with the rule's descriptor so the configuration can be validated, and its JSON Schema and
/// <c>init</c> file written, before linting: the CLI knows no rule's options. Declare options as
/// <see cref="RuleOption{T}"/> and read them with <c>context.GetOption(Rule, option)</c>.
/// </summary>
public record RuleOption(string Name, RuleOptionKind Kind, object DefaultValue, string Description)
{
    /// <summary>
    /// For a <see cref="RuleOptionKind.String"/> option with a closed set of values (such as
    /// <c>scope: sentence|paragraph</c>): the values configuration may use. Empty means any string.
    /// </summary>
    public ImmutableArray<string> AllowedValues { get; init; } = [];
}

/// <summary>
/// A typed rule option: <typeparamref name="T"/> is <see cref="bool"/>, <see cref="int"/>,
/// <see cref="string"/>, <see cref="ImmutableArray{T}"/> of strings, or an enum for a closed set of
/// values (written in configuration in snake_case: <c>CitationScope.Paragraph</c> is <c>paragraph</c>,
/// <c>AsOfDate.GitCommit</c> would be <c>git_commit</c>). Validation, the schema and the init file are
/// generated from this declaration; a rule reads the value as <typeparamref name="T"/>, never by casting.
/// </summary>
public sealed record RuleOption<T> : RuleOption
{
    public RuleOption(string name, T defaultValue, string description)
        : base(name, KindOf(), ToConfigured(defaultValue), description)
    {
        Default = defaultValue;
        if (typeof(T).IsEnum)
        {
            AllowedValues = [.. Enum.GetNames(typeof(T)).Select(SnakeCase)];
        }
    }

    /// <summary>The value when configuration does not set one.</summary>
    public T Default { get; }

    /// <summary>The typed value of a configured (validated) value.</summary>
    public T FromConfigured(object value)
    {
        if (typeof(T).IsEnum)
        {
            var name = (string)value;
            foreach (var member in Enum.GetNames(typeof(T)))
            {
                if (SnakeCase(member) == name)
                {
                    return (T)Enum.Parse(typeof(T), member);
                }
            }

            throw new ArgumentException($"option '{Name}' has no value '{name}'", nameof(value));
        }

        return (T)value;
    }

    /// <summary><c>CitationScope.Paragraph</c> → <c>paragraph</c>, <c>GitCommit</c> → <c>git_commit</c>.</summary>
    public static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }

    private static RuleOptionKind KindOf() =>
        typeof(T) == typeof(bool) ? RuleOptionKind.Boolean
        : typeof(T) == typeof(int) ? RuleOptionKind.Integer
        : typeof(T) == typeof(string) || typeof(T).IsEnum ? RuleOptionKind.String
        : typeof(T) == typeof(ImmutableArray<string>) ? RuleOptionKind.StringList
        : throw new NotSupportedException($"a rule option is a bool, int, string, ImmutableArray<string> or an enum, not {typeof(T).Name}");

    private static object ToConfigured(T value) =>
        value is Enum member ? SnakeCase(member.ToString()) : value ?? throw new ArgumentNullException(nameof(value));
}
