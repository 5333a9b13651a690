using System.Collections.Immutable;
using NkContentLint.Analysis;
using NkContentLint.Diagnostics;
using NkContentLint.Fixing;

namespace NkContentLint.Rules.Encoding;

/// <summary>
/// NK4001: UTF-8 text read with the wrong legacy code page (<c>donâ€™t</c>, <c>countryÔÇÖs</c>,
/// <c>rÃ©gime</c>). The message names the code page and shows the repair; the fix applies it.
/// </summary>
public sealed class MojibakeAnalyzer : ContentAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "NK4001",
        "Mojibake",
        "'{0}' looks like UTF-8 read as {1}; did you mean '{2}'?",
        RuleCategories.Encoding,
        DiagnosticSeverity.Error,
        "Text that was saved as UTF-8 and then read with a legacy code page (Windows-1252, Latin-1, MacRoman, CP850, CP437) turns every accented letter, curly quote and dash into two or three wrong characters. The repair is certain, so the fix applies it.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        var text = context.Document.ProseAndFrontMatterText;
        foreach (var found in MojibakeDetector.Find(text))
        {
            var (wordStart, wordEnd) = MojibakeDetector.WordAround(text, found.Span.Start);
            (wordStart, wordEnd) = TrimAsciiPunctuation(text, wordStart, wordEnd, found.Span);
            var word = text[wordStart..wordEnd];
            var repairedWord = text[wordStart..found.Span.Start] + found.Repaired + text[found.Span.End..wordEnd];
            var codePage = found.Layers == 1 ? found.CodePage.DisplayName : $"{found.CodePage.DisplayName}, {found.Layers} times over";
            context.ReportDiagnostic(Diagnostic.Create(
                Rule,
                context.Document.GetLocation(found.Span),
                relatedLocations: null,
                FixProperties.Replace(found.Repaired, $"Replace with '{found.Repaired}'"),
                word,
                codePage,
                repairedWord));
        }
    }

    /// <summary>Drops brackets and sentence punctuation around the word for the message, never the damaged part.</summary>
    private static (int, int) TrimAsciiPunctuation(string text, int start, int end, Microsoft.CodeAnalysis.Text.TextSpan damaged)
    {
        while (start < damaged.Start && char.IsAsciiLetterOrDigit(text[start]) is false && text[start] < 0x80)
        {
            start++;
        }

        while (end > damaged.End && char.IsAsciiLetterOrDigit(text[end - 1]) is false && text[end - 1] < 0x80)
        {
            end--;
        }

        return (start, end);
    }
}
