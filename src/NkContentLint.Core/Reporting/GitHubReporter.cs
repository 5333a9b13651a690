using System.Text;
using NkContentLint.Diagnostics;
using NkContentLint.Running;

namespace NkContentLint.Reporting;

/// <summary>
/// <c>--format github</c>: one workflow command per finding, which GitHub turns into an annotation on
/// the file and lines (<c>::warning file=a.md,line=3,col=5,endLine=3,endColumn=9,title=NK3001 Duplicate heading::message</c>).
/// GitHub shows only <see cref="MaxPerLevel"/> error and warning annotations per step, so the most
/// severe come first; the rest still appear in the log, and the Markdown summary says how many were
/// not shown (docs/formats/github.md).
/// </summary>
internal static class GitHubReporter
{
    /// <summary>Annotations of one level GitHub displays per step (errors, warnings, notices each).</summary>
    public const int MaxPerLevel = 10;

    /// <summary>Annotations GitHub displays per job.</summary>
    public const int MaxPerJob = 50;

    public static void Write(TextWriter writer, LintResult result)
    {
        foreach (var diagnostic in Ordered(result))
        {
            writer.Write(FormatCommand(diagnostic));
            writer.Write('\n');
        }
    }

    /// <summary>Most severe first, then by path and position, so the shown annotations are the ones that matter.</summary>
    public static IEnumerable<Diagnostic> Ordered(LintResult result) =>
        result.Reported.OrderByDescending(d => d.Severity).ThenBy(d => d.Location.Path, StringComparer.Ordinal).ThenBy(d => d.Location.Span.Start);

    /// <summary>How many of the run's annotations GitHub will display (per level and per job).</summary>
    public static int Displayed(LintResult result)
    {
        var shown = 0;
        foreach (var severity in new[] { DiagnosticSeverity.Error, DiagnosticSeverity.Warning, DiagnosticSeverity.Info })
        {
            shown += Math.Min(MaxPerLevel, result.Count(severity));
        }

        return Math.Min(MaxPerJob, shown);
    }

    public static string FormatCommand(Diagnostic diagnostic)
    {
        var command = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "notice",
        };
        var location = diagnostic.Location;
        var builder = new StringBuilder("::").Append(command).Append(' ');
        builder.Append("file=").Append(EscapeProperty(location.Path));
        builder.Append(",line=").Append(location.StartLine);
        builder.Append(",col=").Append(location.StartColumn);
        builder.Append(",endLine=").Append(location.EndLine);
        builder.Append(",endColumn=").Append(location.EndColumn);
        builder.Append(",title=").Append(EscapeProperty($"{diagnostic.Id} {diagnostic.Descriptor.Title}"));
        builder.Append("::").Append(EscapeData($"{diagnostic.Message} ({diagnostic.Descriptor.HelpLinkUri})"));
        return builder.ToString();
    }

    /// <summary>
    /// The escaping GitHub's toolkit applies to a command's message (%, CR, LF), after other control
    /// and bidi characters are shown escaped (<see cref="DisplayText"/>): the log renders ANSI codes.
    /// </summary>
    public static string EscapeData(string text) =>
        DisplayText.Escape(text, keepLineBreaks: true)
            .Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>The escaping of a property value: the data escapes plus ':' and ','.</summary>
    public static string EscapeProperty(string text) =>
        EscapeData(text)
            .Replace(":", "%3A", StringComparison.Ordinal)
            .Replace(",", "%2C", StringComparison.Ordinal);
}
