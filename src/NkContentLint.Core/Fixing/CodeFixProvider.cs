using System.Collections.Immutable;
using NkContentLint.Diagnostics;

namespace NkContentLint.Fixing;

/// <summary>
/// Turns a finding into a fix, as Roslyn's CodeFixProvider does. A provider works from the
/// diagnostic alone (its span and <see cref="Diagnostic.Properties"/>), so fixes can be computed
/// after analysis without keeping documents alive.
/// </summary>
public abstract class CodeFixProvider
{
    public abstract ImmutableArray<string> FixableDiagnosticIds { get; }

    public abstract CodeFix? GetFix(Diagnostic diagnostic);
}

/// <summary>
/// The property keys an analyzer sets to offer the common fix "replace the flagged span with this
/// text"; <see cref="ReplacementFixProvider"/> turns them into a <see cref="CodeFix"/>.
/// </summary>
public static class FixProperties
{
    public const string Replacement = "fix.replacement";
    public const string Title = "fix.title";

    /// <summary>"safe" or "suggestion"; absent means safe.</summary>
    public const string Safety = "fix.safety";

    public static ImmutableDictionary<string, string> Replace(string replacement, string title, FixSafety safety = FixSafety.Safe) =>
        ImmutableDictionary<string, string>.Empty
            .Add(Replacement, replacement)
            .Add(Title, title)
            .Add(Safety, safety == FixSafety.Safe ? "safe" : "suggestion");
}

/// <summary>The fix every rule that sets <see cref="FixProperties"/> gets: replace its span.</summary>
public sealed class ReplacementFixProvider(IEnumerable<string> fixableIds) : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [.. fixableIds];

    public override CodeFix? GetFix(Diagnostic diagnostic)
    {
        if (!diagnostic.Properties.TryGetValue(FixProperties.Replacement, out var replacement))
        {
            return null;
        }

        var safety = diagnostic.Properties.GetValueOrDefault(FixProperties.Safety) == "suggestion" ? FixSafety.Suggestion : FixSafety.Safe;
        var title = diagnostic.Properties.GetValueOrDefault(FixProperties.Title) ?? $"Replace with '{replacement}'";
        return CodeFix.Replace(diagnostic.Location.Span, replacement, title, safety);
    }
}
