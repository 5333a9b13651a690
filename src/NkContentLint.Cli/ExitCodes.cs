namespace NkContentLint.Cli;

/// <summary>The exit-code contract of DESIGN.md.</summary>
public static class ExitCodes
{
    /// <summary>No finding at or above --fail-on.</summary>
    public const int Success = 0;

    /// <summary>At least one finding at or above --fail-on.</summary>
    public const int Findings = 1;

    /// <summary>Usage, configuration or fact-pack error; nothing was linted.</summary>
    public const int UsageError = 2;
}
