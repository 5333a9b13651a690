using System.Buffers;
using System.Collections.Immutable;
using NkContentLint.Analysis;
using NkContentLint.Diagnostics;
using NkContentLint.Fixing;

namespace NkContentLint.Rules.Encoding;

/// <summary>
/// NK4005: characters that are invisible or are control codes: zero-width spaces, joiners inside
/// Latin words, a byte-order mark after the start, soft hyphens, and C0/C1 controls other than tab
/// and line breaks. The fix removes them. Bidirectional controls are NK4007's.
/// </summary>
public sealed class InvisibleCharacterAnalyzer : ContentAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "NK4005",
        "Invisible or control character",
        "Invisible character {0} in '{1}'; remove it",
        RuleCategories.Encoding,
        DiagnosticSeverity.Warning,
        "Invisible characters pasted from web pages, PDFs and word processors break search, spell-checking and copy-paste of the published text, and control characters can break renderers. Removing them changes nothing a reader sees.");

    private static readonly SearchValues<char> Candidates = SearchValues.Create(
        Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r'))
            .Concat(Enumerable.Range(0x7F, 0x21))
            .Concat([0x00AD, 0x180E, 0x200B, 0x200C, 0x200D, 0x2060, 0x2028, 0x2029, 0xFEFF])
            .Select(c => (char)c)
            .ToArray());

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        var text = context.Document.ProseAndFrontMatterText;
        var position = 0;
        while (position < text.Length)
        {
            var next = text.AsSpan(position).IndexOfAny(Candidates);
            if (next < 0)
            {
                return;
            }

            var start = position + next;
            var end = start;
            while (end < text.Length && Candidates.Contains(text[end]) && ShouldReport(text, end))
            {
                end++;
            }

            if (end == start)
            {
                position = start + 1;
                continue;
            }

            var names = string.Join(", ", text[start..end].Distinct().Select(Describe));
            context.ReportDiagnostic(Diagnostic.Create(
                Rule,
                context.Document.GetLocation(new(start, end - start)),
                relatedLocations: null,
                FixProperties.Replace(string.Empty, "Remove the invisible character"),
                names,
                VisibleWord(text, start, end)));
            position = end;
        }
    }

    private static bool ShouldReport(string text, int at)
    {
        var c = text[at];
        var before = at > 0 ? text[at - 1] : ' ';
        var after = at + 1 < text.Length ? text[at + 1] : ' ';
        return c switch
        {
            // Joiners shape Indic, Arabic and Persian text and build emoji sequences: only inside Latin words are they junk.
            '\u200C' or '\u200D' => IsLatinLetterOrDigit(before) && IsLatinLetterOrDigit(after),
            // C1 controls after Â–ô are the tail of a Latin-1 mojibake sequence, which NK4001 repairs as a whole.
            >= '\u0080' and <= '\u009F' => !FollowsUtf8LeadCharacter(text, at),
            _ => true,
        };
    }

    private static bool FollowsUtf8LeadCharacter(string text, int at)
    {
        for (var i = at - 1; i >= 0 && i >= at - 3; i--)
        {
            if (text[i] is >= '\u00C2' and <= '\u00F4')
            {
                return true;
            }

            if (text[i] is < '\u0080' or > '\u00BF')
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsLatinLetterOrDigit(char c) => char.IsAsciiLetterOrDigit(c) || c is >= '\u00C0' and <= '\u024F';

    /// <summary>The word around the characters with them removed, so the message shows what a reader sees.</summary>
    private static string VisibleWord(string text, int start, int end)
    {
        var left = start;
        while (left > 0 && !char.IsWhiteSpace(text[left - 1]) && start - left < 40)
        {
            left--;
        }

        var right = end;
        while (right < text.Length && !char.IsWhiteSpace(text[right]) && right - end < 40)
        {
            right++;
        }

        return text[left..start] + text[end..right];
    }

    private static string Describe(char c) => c switch
    {
        '\u00AD' => "U+00AD SOFT HYPHEN",
        '\u180E' => "U+180E MONGOLIAN VOWEL SEPARATOR",
        '\u200B' => "U+200B ZERO WIDTH SPACE",
        '\u200C' => "U+200C ZERO WIDTH NON-JOINER",
        '\u200D' => "U+200D ZERO WIDTH JOINER",
        '\u2060' => "U+2060 WORD JOINER",
        '\u2028' => "U+2028 LINE SEPARATOR",
        '\u2029' => "U+2029 PARAGRAPH SEPARATOR",
        '\uFEFF' => "U+FEFF BYTE ORDER MARK",
        _ => $"U+{(int)c:X4} (control character)",
    };
}
