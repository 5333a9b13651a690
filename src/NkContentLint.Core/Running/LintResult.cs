using System.Collections.Immutable;
using NkContentLint.Diagnostics;

namespace NkContentLint.Running;

/// <summary>
/// The outcome of a run: every finding in deterministic order (path, then position, then ID),
/// suppressed ones included (marked) so SARIF can list them.
/// </summary>
internal sealed record LintResult(
    ImmutableArray<Diagnostic> Diagnostics,
    ImmutableArray<string> Files,
    ImmutableArray<DiagnosticDescriptor> Rules)
{
    public int FilesChecked => Files.Length;

    /// <summary>
    /// The version of the fact pack the fact rules checked against, when one was loaded; reporters
    /// record it (SARIF <c>runs[].properties.factPackVersion</c>) and omit it when null.
    /// </summary>
    public string? FactPackVersion { get; init; }

    /// <summary>
    /// The folders and globs named on the command line (or the default <c>.</c>) that matched no file:
    /// a run that checks nothing must not pass silently.
    /// </summary>
    public ImmutableArray<string> UnmatchedInputs { get; init; } = [];

    /// <summary>How the content cache served this run (null: no cache).</summary>
    public CacheStatistics? Cache { get; init; }

    /// <summary>The same run with a different set of findings (baseline and changed-lines filters).</summary>
    public LintResult WithDiagnostics(IEnumerable<Diagnostic> diagnostics) => this with { Diagnostics = [.. diagnostics] };

    public IEnumerable<Diagnostic> Reported => Diagnostics.Where(d => !d.IsSuppressed);

    public int Count(DiagnosticSeverity severity) => Reported.Count(d => d.Severity == severity);

    /// <summary>Whether any unsuppressed finding is at or above <paramref name="failOn"/> (none: never).</summary>
    public bool Fails(DiagnosticSeverity failOn) =>
        failOn != DiagnosticSeverity.None && Reported.Any(d => d.Severity >= failOn);
}

/// <summary>Articles taken from the content cache (hits) and analysed (misses); a note when the cache could not be used.</summary>
internal sealed record CacheStatistics(int Hits, int Misses, string? Note);
