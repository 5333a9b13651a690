using System.Security.Cryptography;
using System.Text;
using NkContentLint.Diagnostics;
using NkContentLint.Documents;

namespace NkContentLint.Analysis;

/// <summary>
/// A finding's identity without line numbers: rule, file, the flagged text and its line's content
/// (whitespace-trimmed). Baselines and SARIF's partialFingerprints use it so findings keep their
/// identity when unrelated lines are added above them.
/// </summary>
internal static class Fingerprints
{
    private const int LongLine = 4096;
    private const int Context = 256;

    public static Diagnostic Attach(Diagnostic diagnostic, ContentDocument document)
    {
        if (diagnostic.Location.Path != document.Path)
        {
            return diagnostic;
        }

        var span = diagnostic.Location.Span;
        var line = document.Lines.GetLineIndex(span.Start);
        var lineStart = document.Lines.GetLineStart(line);
        var lineEnd = document.Lines.GetLineEnd(line, document.Text);
        if (lineEnd - lineStart > LongLine)
        {
            // A whole article on one line: hashing the line for every finding would be quadratic, so a
            // long line contributes only the text around the finding.
            lineStart = Math.Max(lineStart, span.Start - Context);
            lineEnd = Math.Min(lineEnd, span.End + Context);
        }

        var lineText = document.Text.AsSpan(lineStart, lineEnd - lineStart).Trim();
        var flagged = document.Text.AsSpan(span.Start, Math.Min(span.Length, document.Text.Length - span.Start));
        return diagnostic.WithFingerprint(Hash($"{diagnostic.Id}\n{document.Path}\n{flagged}\n{lineText}"));
    }

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16));
}
