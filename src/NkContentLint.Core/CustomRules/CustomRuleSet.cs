using System.Collections.Immutable;
using NkContentLint.Analysis;
using NkContentLint.Diagnostics;

namespace NkContentLint.CustomRules;

/// <summary>One custom rule: its descriptor, the file that defines it (display path) and its kind (a YAML rule type, or C#).</summary>
internal sealed record CustomRule(DiagnosticDescriptor Descriptor, string SourcePath, string Kind);

/// <summary>
/// What <see cref="CustomRuleLoader"/> found: the analyzers to run beside the built-in ones, the
/// rules they report, and notes for the user (such as a C# rule skipped because code rules are not
/// allowed) that the caller shows however it shows things; the engine prints nothing.
/// </summary>
internal sealed record CustomRuleSet(ImmutableArray<ContentAnalyzer> Analyzers, ImmutableArray<CustomRule> Rules, ImmutableArray<string> Notes)
{
    public static CustomRuleSet Empty { get; } = new([], [], []);

    public IEnumerable<DiagnosticDescriptor> Descriptors => Rules.Select(r => r.Descriptor);
}

/// <summary>
/// Thrown when a custom rule file cannot be used (bad YAML, unknown key, bad regular expression, bad
/// or duplicate ID, C# compile error). The CLI prints every error as <c>file:line:col: message</c>
/// and exits with code 2 before linting anything.
/// </summary>
internal sealed class CustomRuleException(IReadOnlyList<RuleFileError> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<RuleFileError> Errors { get; } = errors;
}
