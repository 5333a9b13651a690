using System.Globalization;
using System.Text;
using NkContentLint.Diagnostics;
using NkContentLint.Running;

namespace NkContentLint.Reporting;

/// <summary>
/// <c>--format markdown</c>: a GitHub-flavoured Markdown summary for <c>$GITHUB_STEP_SUMMARY</c> or a pull
/// request comment: the verdict (the same as the exit code), totals, a table per rule with its doc
/// link, the files with most findings, what the annotations could not show, and every finding in a
/// collapsed list. Stays well under GitHub's 1 MiB per step summary.
/// </summary>
internal static class MarkdownSummaryReporter
{
    /// <summary>Findings listed in the collapsed detail table at most (the rest are in the log and SARIF).</summary>
    public const int MaxListed = 300;

    public const int TopFiles = 10;

    public static void Write(TextWriter writer, LintResult result, ReportContext context, bool annotations = true)
    {
        var reported = result.Reported.ToList();
        var fails = result.Fails(context.FailOn);
        var md = new StringBuilder();
        md.Append("## ").Append(fails ? "❌" : "✅").Append(" NkContentLint: ").Append(fails ? "failed" : "passed").Append('\n').Append('\n');

        var threshold = context.FailOn == DiagnosticSeverity.None
            ? "`--fail-on none`: findings never fail the run"
            : $"the run fails on a finding at or above `{context.FailOn.ToConfigName()}` (`--fail-on {context.FailOn.ToConfigName()}`)";
        var atOrAbove = context.FailOn == DiagnosticSeverity.None ? 0 : reported.Count(d => d.Severity >= context.FailOn);
        md.Append(fails
                ? $"**{Quantity.Of(atOrAbove, "finding")} at or above `{context.FailOn.ToConfigName()}`**: {threshold}."
                : $"No finding at or above the failing level: {threshold}.")
            .Append('\n').Append('\n');

        md.Append("| errors | warnings | notes | suppressed | files with findings | files checked |\n");
        md.Append("| ---: | ---: | ---: | ---: | ---: | ---: |\n");
        md.Append(CultureInfo.InvariantCulture, $"| {result.Count(DiagnosticSeverity.Error)} | {result.Count(DiagnosticSeverity.Warning)} | {result.Count(DiagnosticSeverity.Info)} | {result.Diagnostics.Length - reported.Count} | {reported.Select(d => d.Location.Path).Distinct().Count()} | {result.FilesChecked} |\n\n");

        var scope = new List<string>();
        if (context.ChangedSince is not null)
        {
            scope.Add($"Only findings on lines changed since {Code(context.ChangedSince)} are reported; every article was still read for cross-file checks.");
        }

        if (context.BaselinePath is not null)
        {
            var accepted = result.Diagnostics.Count(d => d.Suppression?.Kind == Baselines.Baseline.SuppressionKind);
            scope.Add($"{Quantity.Of(accepted, "finding")} recorded in the baseline {Code(context.BaselinePath)} {(accepted == 1 ? "is" : "are")} not counted.");
        }

        if (result.FactPackVersion is not null)
        {
            scope.Add($"Facts checked against fact pack {Code(result.FactPackVersion)}.");
        }

        if (annotations)
        {
            var shown = GitHubReporter.Displayed(result);
            if (shown < reported.Count)
            {
                scope.Add($"⚠️ GitHub shows at most {GitHubReporter.MaxPerLevel} error, {GitHubReporter.MaxPerLevel} warning and {GitHubReporter.MaxPerLevel} notice annotations per step ({GitHubReporter.MaxPerJob} per job): "
                    + $"**{reported.Count - shown} of {reported.Count} findings are not shown as annotations** (the most severe are). They are all listed below, in the step's log and in the SARIF report.");
            }
        }

        foreach (var line in scope)
        {
            md.Append("> ").Append(line).Append('\n').Append('>').Append('\n');
        }

        if (scope.Count > 0)
        {
            md.Length -= 2;
            md.Append('\n');
        }

        if (reported.Count == 0)
        {
            md.Append("No problems found.\n");
            writer.Write(md.ToString());
            return;
        }

        md.Append("### Findings by rule\n\n| rule | title | severity | count |\n| --- | --- | --- | ---: |\n");
        foreach (var group in reported.GroupBy(d => d.Id).OrderByDescending(g => g.Max(d => d.Severity)).ThenByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            var descriptor = group.First().Descriptor;
            var severities = string.Join(", ", group.Select(d => d.Severity).Distinct().OrderDescending().Select(s => s.ToConfigName()));
            md.Append(CultureInfo.InvariantCulture, $"| [{group.Key}]({descriptor.HelpLinkUri}) | {Cell(descriptor.Title)} | {severities} | {group.Count()} |\n");
        }

        md.Append("\n### Files with most findings\n\n| file | errors | warnings | notes | total |\n| --- | ---: | ---: | ---: | ---: |\n");
        foreach (var file in reported.GroupBy(d => d.Location.Path).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(TopFiles))
        {
            md.Append(CultureInfo.InvariantCulture, $"| {Code(file.Key)} | {file.Count(d => d.Severity == DiagnosticSeverity.Error)} | {file.Count(d => d.Severity == DiagnosticSeverity.Warning)} | {file.Count(d => d.Severity == DiagnosticSeverity.Info)} | {file.Count()} |\n");
        }

        md.Append("\n<details><summary>All findings</summary>\n\n| location | severity | rule | message |\n| --- | --- | --- | --- |\n");
        foreach (var diagnostic in reported.OrderByDescending(d => d.Severity).ThenBy(d => d.Location.Path, StringComparer.Ordinal).ThenBy(d => d.Location.Span.Start).Take(MaxListed))
        {
            var location = diagnostic.Location;
            md.Append(CultureInfo.InvariantCulture, $"| {Code($"{location.Path}:{location.StartLine}:{location.StartColumn}")} | {diagnostic.Severity.ToConfigName()} | {diagnostic.Id} | {Cell(diagnostic.Message)} |\n");
        }

        if (reported.Count > MaxListed)
        {
            md.Append(CultureInfo.InvariantCulture, $"\n…and {reported.Count - MaxListed} more (see the SARIF or JSON report).\n");
        }

        md.Append("\n</details>\n");
        writer.Write(md.ToString());
    }

    /// <summary>Text in a table cell: no pipes, no line breaks, no HTML.</summary>
    internal static string Cell(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '|' => "\\|",
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '\r' or '\n' => " ",
                '*' or '_' or '`' or '[' or ']' or '\\' => "\\" + c,
                _ when char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format => $"U+{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>A code span that survives backticks and pipes in the text.</summary>
    internal static string Code(string text)
    {
        var clean = DisplayText.Escape(text.Replace('\n', ' ').Replace('\r', ' ')).Replace("|", "\\|", StringComparison.Ordinal);
        var fence = clean.Contains('`') ? "`` " : "`";
        return fence + clean + (fence.Length > 1 ? " ``" : "`");
    }
}
