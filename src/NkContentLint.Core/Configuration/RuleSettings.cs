using System.Collections.Immutable;
using NkContentLint.Diagnostics;

namespace NkContentLint.Configuration;

/// <summary>
/// The settings in force for one document: the base configuration with every matching override
/// applied in order. Unconfigured rules use their descriptor's defaults.
/// </summary>
internal sealed class RuleSettings
{
    public static RuleSettings Default { get; } = new(ImmutableDictionary<string, RuleConfiguration>.Empty);

    private readonly ImmutableDictionary<string, RuleConfiguration> rules;

    public RuleSettings(ImmutableDictionary<string, RuleConfiguration> rules)
    {
        this.rules = rules;
    }

    public DiagnosticSeverity GetSeverity(DiagnosticDescriptor descriptor) =>
        rules.TryGetValue(descriptor.Id, out var rule) && rule.Severity is { } severity ? severity : descriptor.DefaultSeverity;

    public bool IsEnabled(DiagnosticDescriptor descriptor) => GetSeverity(descriptor) != DiagnosticSeverity.None;

    public T GetOption<T>(DiagnosticDescriptor descriptor, string name)
    {
        var declared = descriptor.Options.FirstOrDefault(o => o.Name == name)
            ?? throw new ArgumentException($"{descriptor.Id} declares no option '{name}'.", nameof(name));
        var value = rules.TryGetValue(descriptor.Id, out var rule) && rule.Options.TryGetValue(name, out var configured)
            ? configured
            : declared.DefaultValue;
        return (T)value;
    }

    /// <summary>A typed option's value for this document, or its declared default.</summary>
    public T GetOption<T>(DiagnosticDescriptor descriptor, RuleOption<T> option)
    {
        if (!descriptor.Options.Contains(option))
        {
            throw new ArgumentException($"{descriptor.Id} does not declare option '{option.Name}'.", nameof(option));
        }

        return rules.TryGetValue(descriptor.Id, out var rule) && rule.Options.TryGetValue(option.Name, out var configured)
            ? option.FromConfigured(configured)
            : option.Default;
    }

    /// <summary>This layer with <paramref name="overlay"/> on top (severity and each option replace).</summary>
    public RuleSettings With(IReadOnlyDictionary<string, RuleConfiguration> overlay)
    {
        var builder = rules.ToBuilder();
        foreach (var (id, top) in overlay)
        {
            var merged = builder.TryGetValue(id, out var bottom)
                ? new RuleConfiguration(top.Severity ?? bottom.Severity, bottom.Options.SetItems(top.Options))
                : top;
            builder[id] = merged;
        }

        return new RuleSettings(builder.ToImmutable());
    }
}
