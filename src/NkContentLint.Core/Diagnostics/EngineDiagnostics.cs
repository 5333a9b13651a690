namespace NkContentLint.Diagnostics;

/// <summary>The NK0xxx descriptors: problems of the run itself rather than of an article's content.</summary>
public static class EngineDiagnostics
{
    public const string Category = "Engine";

    public static readonly DiagnosticDescriptor FileUnreadable = new(
        "NK0001",
        "File could not be read",
        "{0}",
        Category,
        DiagnosticSeverity.Error,
        "The file could not be read or decoded as text (missing, permission denied, binary content). The other files are still linted.");

    public static readonly DiagnosticDescriptor AnalyzerFailed = new(
        "NK0002",
        "Internal error in a rule",
        "Rule {0} failed on this file and was skipped for it: {1}",
        Category,
        DiagnosticSeverity.Error,
        "A rule threw an exception. The run goes on without that rule's findings for this file; please report the message as a bug.");

    public static readonly DiagnosticDescriptor UnusedSuppression = new(
        "NK0003",
        "Suppression that suppresses nothing",
        "{0}",
        Category,
        DiagnosticSeverity.Info,
        "An nkcontentlint-disable comment matched no finding. Remove it, or fix the rule IDs it names, so stale suppressions do not hide future problems.");

    public static readonly DiagnosticDescriptor FixNotWritten = new(
        "NK0004",
        "Fix not written",
        "{0}",
        Category,
        DiagnosticSeverity.Error,
        "--fix found fixes for the file but did not write them: the file is read-only, has other hard links, or its folder or disk cannot take the new version. The file is unchanged and its findings are reported as they are on disk; the other files are still fixed.");

    public static readonly DiagnosticDescriptor RuleTimedOut = new(
        "NK0005",
        "Rule exceeded its time budget",
        "Rule {0} was still running after its time budget of {1} on this file: its findings for the file were dropped and it is not run again in this run",
        Category,
        DiagnosticSeverity.Error,
        "A code rule (a C# rule compiled with --allow-code-rules) ran longer than its time budget (--rule-time-budget, 10 seconds by default) on one file. The run goes on without it; a rule that ignores its CancellationToken keeps its thread busy until the process exits.");

    public static IReadOnlyList<DiagnosticDescriptor> All { get; } = [FileUnreadable, AnalyzerFailed, UnusedSuppression, FixNotWritten, RuleTimedOut];
}
