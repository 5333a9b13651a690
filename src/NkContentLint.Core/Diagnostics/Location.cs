using Microsoft.CodeAnalysis.Text;

namespace NkContentLint.Diagnostics;

/// <summary>
/// Where a finding is: the display path (relative to the working directory, forward slashes),
/// the span in the decoded text, and its 0-based line/column span (columns in UTF-16 code units).
/// Reporters add 1 to line and column when they print.
/// </summary>
public sealed record Location(string Path, TextSpan Span, LinePositionSpan LineSpan)
{
    public int StartLine => LineSpan.Start.Line + 1;

    public int StartColumn => LineSpan.Start.Character + 1;

    public int EndLine => LineSpan.End.Line + 1;

    /// <summary>1-based, exclusive (SARIF's convention: the column after the last character).</summary>
    public int EndColumn => LineSpan.End.Character + 1;

    /// <summary>A location for a whole file (line 1, column 1) when no position makes sense.</summary>
    public static Location ForFile(string path) =>
        new(path, new TextSpan(0, 0), new LinePositionSpan(new LinePosition(0, 0), new LinePosition(0, 0)));

    public override string ToString() => $"{Path}({StartLine},{StartColumn})";
}
