using System.Collections.Immutable;
using System.Globalization;
using NkContentLint.Analysis;
using NkContentLint.Diagnostics;
using NkContentLint.Text;

namespace NkContentLint.Rules.Encoding;

/// <summary>
/// NK4003: bytes that are not valid UTF-8, reported at each byte everywhere in the file (code too).
/// When every bad byte is a single Windows-1252 character and the rest of the file is plain ASCII,
/// the whole file is Windows-1252: the message says so and the fix converts the file to UTF-8.
/// </summary>
public sealed class InvalidUtf8Analyzer : ContentAnalyzer
{
    /// <summary>Property holding the code page the whole file can be converted from.</summary>
    public const string TranscodeFromProperty = "fix.transcodeFrom";

    public static readonly DiagnosticDescriptor Rule = new(
        "NK4003",
        "Invalid UTF-8",
        "{0} not valid UTF-8{1}",
        RuleCategories.Encoding,
        DiagnosticSeverity.Error,
        "The file contains bytes that are not UTF-8, usually because it was saved in a legacy encoding such as Windows-1252. Editors, git diffs and the published page will show them as �.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        var document = context.Document;
        var invalid = document.Decoded.InvalidBytes;
        if (invalid.IsEmpty)
        {
            return;
        }

        var windows1252 = IsWholeFileWindows1252(document.Text, document.Decoded);
        var properties = windows1252
            ? ImmutableDictionary<string, string>.Empty.Add(TranscodeFromProperty, LegacyCodePage.Windows1252.CodePage.ToString(CultureInfo.InvariantCulture))
            : null;
        foreach (var sequence in invalid)
        {
            var bytes = string.Join(" ", sequence.Bytes.Select(b => $"0x{b:X2}"));
            var subject = sequence.Bytes.Length == 1 ? $"Byte {bytes} is" : $"Bytes {bytes} are";
            var explanation = windows1252
                ? $"; the file looks like Windows-1252, where it is '{LegacyCodePage.Windows1252.Characters[sequence.Bytes[0]]}'. The fix converts the file to UTF-8"
                : string.Empty;
            context.ReportDiagnostic(Diagnostic.Create(
                Rule, document.GetLocation(new(sequence.CharOffset, 1)), relatedLocations: null, properties, subject, explanation));
        }
    }

    /// <summary>
    /// Confident only when nothing else in the file is non-ASCII (so no valid UTF-8 would be double
    /// decoded) and every bad byte is a character Windows-1252 defines.
    /// </summary>
    private static bool IsWholeFileWindows1252(string text, DecodedText decoded)
    {
        if (decoded.Encoding != SourceEncoding.Utf8 || decoded.InvalidBytes.Any(s => s.Bytes.Length != 1 || s.Bytes[0] is 0x81 or 0x8D or 0x8F or 0x90 or 0x9D))
        {
            return false;
        }

        var replacements = decoded.InvalidBytes.Select(s => s.CharOffset).ToHashSet();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] >= 0x80 && !replacements.Contains(i))
            {
                return false;
            }
        }

        return true;
    }
}
