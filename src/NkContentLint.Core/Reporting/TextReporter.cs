using NkContentLint.Diagnostics;
using NkContentLint.Running;

namespace NkContentLint.Reporting;

/// <summary>
/// One line per finding in the compiler's form that editors and problem matchers parse:
/// <c>path(line,col): warning NK1001: message</c>; then the summary line.
/// </summary>
internal static class TextReporter
{
    public static void Write(TextWriter writer, LintResult result, bool color, bool summary = true)
    {
        foreach (var diagnostic in result.Reported)
        {
            writer.WriteLine(FormatLine(diagnostic, color));
        }

        if (summary)
        {
            writer.WriteLine(SummaryFormatter.Format(result));
        }
    }

    public static string FormatLine(Diagnostic diagnostic, bool color = false)
    {
        var severity = diagnostic.Severity.ToConfigName();
        if (color)
        {
            var code = diagnostic.Severity switch
            {
                DiagnosticSeverity.Error => "31",
                DiagnosticSeverity.Warning => "33",
                _ => "36",
            };
            severity = $"\u001b[{code}m{severity}\u001b[0m";
        }

        var location = diagnostic.Location;
        return $"{DisplayText.Escape(location.Path)}({location.StartLine},{location.StartColumn}): {severity} {diagnostic.Id}: {DisplayText.Escape(diagnostic.Message)}";
    }
}
