using NkContentLint.Diagnostics;

namespace NkContentLint.Reporting;

/// <summary>
/// What a report needs besides the findings: where paths are relative to, the verdict's threshold,
/// and which filters shaped the run, so a reader of the report can tell what it covers.
/// </summary>
internal sealed record ReportContext(string WorkingDirectory)
{
    /// <summary>The <c>--fail-on</c> level: the report's pass/fail verdict matches the exit code.</summary>
    public DiagnosticSeverity FailOn { get; init; } = DiagnosticSeverity.Error;

    /// <summary>Set with <c>--changed-since</c>: the reference and merge base the findings were limited to.</summary>
    public string? ChangedSince { get; init; }

    /// <summary>Set with <c>--baseline</c>: the baseline file's display path.</summary>
    public string? BaselinePath { get; init; }

    /// <summary>
    /// The text of an article by display path, for reports that show it (HTML). Null when it cannot
    /// be read; the default reads and decodes the file as the linter did.
    /// </summary>
    public Func<string, string?>? ReadText { get; init; }

    /// <summary>The article's text: <see cref="ReadText"/>, or the file under the working directory.</summary>
    public string? GetText(string displayPath) => ReadText is not null ? ReadText(displayPath) : ReadFile(displayPath);

    private string? ReadFile(string displayPath)
    {
        try
        {
            var path = Path.GetFullPath(displayPath, WorkingDirectory);
            var info = new FileInfo(path);

            // Only a regular file is read again: a FIFO would wait for a writer, /dev/zero never end.
            if (!info.Exists || info.Length > MaxTextBytes || Discovery.FileStatus.Get(path) is { IsRegular: false })
            {
                return null;
            }

            var bytes = Text.BoundedRead.ReadFile(path, MaxTextBytes);
            return Text.TextDecoder.TryDecode(bytes, out var decoded) ? decoded.Text : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Larger articles are summarised by their findings only.</summary>
    public const long MaxTextBytes = 4L * 1024 * 1024;
}
