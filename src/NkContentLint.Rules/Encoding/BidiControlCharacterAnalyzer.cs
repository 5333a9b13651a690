using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using NkContentLint.Analysis;
using NkContentLint.Diagnostics;
using NkContentLint.Documents;
using NkContentLint.Fixing;

namespace NkContentLint.Rules.Encoding;

/// <summary>
/// NK4007: the bidirectional embedding, override and isolate controls (U+202A–U+202E,
/// U+2066–U+2069), which reorder how text is displayed without changing what it is: the Trojan
/// Source trick (CVE-2021-42574). Checked everywhere, code spans and code blocks included (it
/// reads <see cref="ContentDocument.Text"/>, not the prose view), since code is where the trick
/// does harm. A line with right-to-left (Hebrew, Arabic…) letters whose controls are balanced
/// (each embedding or override closed by U+202C, each isolate by U+2069, in order) is genuine
/// bidirectional text and is not reported; with right-to-left letters but unbalanced controls it
/// is reported without a fix; anywhere else the safe fix removes the character. This is the only
/// rule that reports these characters (NK4005, invisible characters, leaves them to it).
/// </summary>
public sealed class BidiControlCharacterAnalyzer : ContentAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "NK4007",
        "Bidirectional control character",
        "{0} {1}: a bidirectional control character can make the text display differently from what it is (Trojan Source, CVE-2021-42574){2}",
        RuleCategories.Encoding,
        DiagnosticSeverity.Error,
        "Bidirectional embedding, override and isolate controls reorder how text is displayed without changing the characters: "
        + "a link, a handle or a line of code can read one way and be another (Trojan Source, CVE-2021-42574). "
        + "Checked in code too; balanced controls on a line of right-to-left text are left alone.");

    /// <summary>The nine characters this rule reports (NK4005 must skip them).</summary>
    public static readonly SearchValues<char> Controls = SearchValues.Create("\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    private const string UnbalancedNote =
        "; the line has right-to-left text but its controls are not balanced (each embedding or override closed by U+202C, each isolate by U+2069), so it is not removed automatically";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    public static string Name(char control) => control switch
    {
        '\u202A' => "LEFT-TO-RIGHT EMBEDDING",
        '\u202B' => "RIGHT-TO-LEFT EMBEDDING",
        '\u202C' => "POP DIRECTIONAL FORMATTING",
        '\u202D' => "LEFT-TO-RIGHT OVERRIDE",
        '\u202E' => "RIGHT-TO-LEFT OVERRIDE",
        '\u2066' => "LEFT-TO-RIGHT ISOLATE",
        '\u2067' => "RIGHT-TO-LEFT ISOLATE",
        '\u2068' => "FIRST STRONG ISOLATE",
        '\u2069' => "POP DIRECTIONAL ISOLATE",
        _ => throw new ArgumentOutOfRangeException(nameof(control)),
    };

    private static void Analyze(DocumentAnalysisContext context)
    {
        var document = context.Document;
        var text = document.Text;
        var span = text.AsSpan();
        var line = -1;
        var verdict = LineVerdict.Report;
        var i = 0;
        while (i < span.Length)
        {
            var next = span[i..].IndexOfAny(Controls);
            if (next < 0)
            {
                break;
            }

            var pos = i + next;
            var lineOfPos = document.Lines.GetLineIndex(pos);
            if (lineOfPos != line)
            {
                line = lineOfPos;
                var lineStart = document.Lines.GetLineStart(line);
                verdict = Judge(span[lineStart..document.Lines.GetLineEnd(line, text)]);
            }

            if (verdict != LineVerdict.GenuineRightToLeft)
            {
                var control = text[pos];
                var code = $"U+{(int)control:X4}";
                var properties = verdict == LineVerdict.Report
                    ? FixProperties.Replace("", $"Remove {code} {Name(control)}", FixSafety.Safe)
                    : null;
                context.ReportDiagnostic(Diagnostic.Create(
                    Rule,
                    document.GetLocation(new TextSpan(pos, 1)),
                    relatedLocations: null,
                    properties,
                    code,
                    Name(control),
                    verdict == LineVerdict.Report ? "" : UnbalancedNote));
            }

            i = pos + 1;
        }
    }

    private static LineVerdict Judge(ReadOnlySpan<char> line)
    {
        if (!HasRightToLeftLetter(line))
        {
            return LineVerdict.Report;
        }

        return IsBalanced(line) ? LineVerdict.GenuineRightToLeft : LineVerdict.ReportWithoutFix;
    }

    private static bool HasRightToLeftLetter(ReadOnlySpan<char> line)
    {
        var i = 0;
        while (i < line.Length)
        {
            // Every right-to-left letter is at U+0590 or above.
            var next = line[i..].IndexOfAnyInRange('\u0590', '\uFFFF');
            if (next < 0)
            {
                return false;
            }

            i += next;
            if (Rune.DecodeFromUtf16(line[i..], out var rune, out var length) == OperationStatus.Done
                && UnicodeScripts.IsStrongRightToLeftLetter(rune))
            {
                return true;
            }

            i += Math.Max(length, 1);
        }

        return false;
    }

    /// <summary>Every embedding or override closed by PDF and every isolate by PDI, properly nested, within the line.</summary>
    private static bool IsBalanced(ReadOnlySpan<char> line)
    {
        var open = new Stack<char>();
        var i = 0;
        while (i < line.Length)
        {
            var next = line[i..].IndexOfAny(Controls);
            if (next < 0)
            {
                break;
            }

            i += next;
            switch (line[i])
            {
                case '\u202A' or '\u202B' or '\u202D' or '\u202E':
                    open.Push('\u202C');
                    break;
                case '\u2066' or '\u2067' or '\u2068':
                    open.Push('\u2069');
                    break;
                default:
                    if (open.Count == 0 || open.Pop() != line[i])
                    {
                        return false;
                    }

                    break;
            }

            i++;
        }

        return open.Count == 0;
    }

    private enum LineVerdict
    {
        /// <summary>No right-to-left letters on the line: report, and the fix removes the control.</summary>
        Report,

        /// <summary>Right-to-left letters, unbalanced controls: report without a fix.</summary>
        ReportWithoutFix,

        /// <summary>Right-to-left letters and balanced controls: genuine bidirectional text.</summary>
        GenuineRightToLeft,
    }
}
