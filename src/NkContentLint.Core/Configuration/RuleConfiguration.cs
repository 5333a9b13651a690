using System.Collections.Immutable;
using NkContentLint.Diagnostics;

namespace NkContentLint.Configuration;

/// <summary>What one configuration layer says about one rule: a severity and/or option values.</summary>
internal sealed record RuleConfiguration(DiagnosticSeverity? Severity, ImmutableDictionary<string, object> Options)
{
    public static RuleConfiguration Empty { get; } = new(null, ImmutableDictionary<string, object>.Empty);
}
