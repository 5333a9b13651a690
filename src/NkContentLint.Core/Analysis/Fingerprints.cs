using System.Security.Cryptography;
using System.Text;
using NkContentLint.Diagnostics;
using NkContentLint.Documents;

namespace NkContentLint.Analysis;

/// <summary>
/// A finding's identity without line numbers: rule, file, the flagged text and its line's content
/// (whitespace-trimmed, at most <see cref="ContextWindow"/> characters either side of the finding,
/// so a 10 MB single-line file does not cost a line's length per finding). Baselines and SARIF's
/// partialFingerprints use it so findings keep their identity when unrelated lines move.
/// </summary>
internal static class Fingerprints
{
    private const int ContextWindow = 80;

    internal static Diagnostic Attach(Diagnostic diagnostic, ContentDocument document)
    {
        if (diagnostic.Location.Path != document.Path)
        {
            return diagnostic;
        }

        var span = diagnostic.Location.Span;
        var line = document.Lines.GetLineIndex(span.Start);
        var lineStart = Math.Max(document.Lines.GetLineStart(line), span.Start - ContextWindow);
        var lineEnd = line + 1 < document.Lines.LineCount ? document.Lines.GetLineStart(line + 1) : document.Text.Length;
        lineEnd = Math.Min(lineEnd, span.End + ContextWindow);
        var lineText = document.Text.AsSpan(lineStart, lineEnd - lineStart).Trim();
        var flagged = document.Text.AsSpan(span.Start, Math.Min(Math.Min(span.Length, ContextWindow), document.Text.Length - span.Start));
        return diagnostic.WithFingerprint(HashBits($"{diagnostic.Id}\n{document.Path}\n{flagged}\n{lineText}"));
    }

    /// <summary>
    /// The finding's identity: the engine's text fingerprint, or for findings not tied to a
    /// document's text (engine errors, corpus-end findings) a hash of rule, file and message.
    /// </summary>
    public static string Of(Diagnostic diagnostic) =>
        diagnostic.Fingerprint ?? Hash($"{diagnostic.Id}\n{diagnostic.Location.Path}\n{diagnostic.Message}");

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16));

    /// <summary><see cref="Hash"/> as its 128 bits: a finding keeps 16 bytes, not a 32-character string (issue 12: 100,000 findings).</summary>
    internal static UInt128 HashBits(string text) => System.Buffers.Binary.BinaryPrimitives.ReadUInt128BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 16));
}
