using Humanizer;
using NkContentLint.Diagnostics;
using NkContentLint.Running;

namespace NkContentLint.Reporting;

/// <summary>The one-line summary after a text report: "3 warnings and 1 error in 2 files (41 files checked)".</summary>
internal static class SummaryFormatter
{
    public static string Format(LintResult result)
    {
        var reported = result.Reported.ToList();
        var suppressed = result.Diagnostics.Length - reported.Count;
        var suppressedPart = suppressed > 0 ? $", {suppressed} suppressed" : string.Empty;
        var checkedPart = $"({Quantity.Of(result.FilesChecked, "file")} checked)";
        if (reported.Count == 0)
        {
            return $"No problems found {checkedPart[..^1]}{suppressedPart})";
        }

        var parts = new List<string>();
        foreach (var (severity, noun) in new[] { (DiagnosticSeverity.Error, "error"), (DiagnosticSeverity.Warning, "warning"), (DiagnosticSeverity.Info, "info message") })
        {
            var count = reported.Count(d => d.Severity == severity);
            if (count > 0)
            {
                parts.Add(Quantity.Of(count, noun));
            }
        }

        var files = reported.Select(d => d.Location.Path).Distinct(StringComparer.Ordinal).Count();
        return $"{parts.Humanize("and")} in {Quantity.Of(files, "file")} {checkedPart[..^1]}{suppressedPart})";
    }
}
