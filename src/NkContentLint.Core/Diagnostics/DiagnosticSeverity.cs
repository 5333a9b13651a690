namespace NkContentLint.Diagnostics;

/// <summary>How serious a finding is. Ordered, so <c>severity &gt;= failOn</c> decides the exit code.</summary>
public enum DiagnosticSeverity
{
    /// <summary>The rule is off: nothing is reported.</summary>
    None = 0,
    Info = 1,
    Warning = 2,
    Error = 3,
}

internal static class DiagnosticSeverityNames
{
    /// <summary>The names used in configuration, text output and <c>--fail-on</c>.</summary>
    public static string ToConfigName(this DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "none",
    };

    /// <summary>SARIF 2.1.0 <c>level</c> values.</summary>
    public static string ToSarifLevel(this DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "note",
        _ => "none",
    };

    public static bool TryParse(string? text, out DiagnosticSeverity severity)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "error": severity = DiagnosticSeverity.Error; return true;
            case "warning": severity = DiagnosticSeverity.Warning; return true;
            case "info": severity = DiagnosticSeverity.Info; return true;
            case "none": severity = DiagnosticSeverity.None; return true;
            default: severity = DiagnosticSeverity.None; return false;
        }
    }

    public const string AllowedValues = "error, warning, info, none";
}
