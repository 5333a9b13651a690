using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using NkContentLint.Analysis;
using NkContentLint.Diagnostics;
using NkContentLint.Fixing;

namespace NkContentLint.Rules.Encoding;

/// <summary>
/// NK4001: UTF-8 text read with the wrong legacy code page (<c>donâ€™t</c>, <c>countryÔÇÖs</c>,
/// <c>rÃ©gime</c>, <c>РџСЂРёРІРµС‚</c>), also when it lost bytes or hides behind HTML entities.
/// The message names the code page and shows the repair; the fix applies it, safely only when
/// the repair is certain.
/// </summary>
public sealed class MojibakeAnalyzer : ContentAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "NK4001",
        "Mojibake",
        "'{0}' looks like {1}; did you mean '{2}'?",
        RuleCategories.Encoding,
        DiagnosticSeverity.Error,
        "Text that was saved as UTF-8 and then read with a legacy code page (Windows-1252, Latin-1, MacRoman, CP850, CP437, Windows-1250, Latin-2, Windows-1251, -1253, -1256, -874) turns every accented letter, curly quote, dash, emoji or non-Latin letter into two to four wrong characters. When the repair is certain the fix is safe; when bytes were lost on the way it is a suggestion.");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    /// <summary>What happened to the text, as the message says it: "UTF-8 read as CP850".</summary>
    public static string Describe(Mojibake found)
    {
        if (found.Kind == MojibakeKind.Windows1251ReadAsWindows1252)
        {
            return "Windows-1251 text read as Windows-1252";
        }

        if (found.Kind == MojibakeKind.MacRomanReadAsWindows1252)
        {
            return "MacRoman text read as Windows-1252";
        }

        var what = $"UTF-8 read as {found.CodePage.DisplayName}";
        if (found.Layers > 1)
        {
            what += $", {found.Layers} times over";
        }

        if (found.FromEntities)
        {
            what += " and written as HTML entities";
        }

        if (found.Lossy)
        {
            what += ", with bytes lost";
        }

        return what;
    }

    private static void Analyze(DocumentAnalysisContext context)
    {
        var text = context.Document.ProseAndFrontMatterText;
        var detected = MojibakeDetector.Find(text).ToList();
        detected.AddRange(LoneThaiLeadBytes.Find(text).Where(lone => !detected.Any(d => d.Span.OverlapsWith(lone.Span))));
        detected.AddRange(DaggerClosingQuotes.Find(text).Where(dagger => !detected.Any(d => d.Span.OverlapsWith(dagger.Span))));
        detected.AddRange(MacRomanPunctuation.Find(text).Where(mac => !detected.Any(d => d.Span.OverlapsWith(mac.Span))));
        var document = context.Document;
        foreach (var line in detected.OrderBy(d => d.Span.Start).GroupBy(d => document.Lines.GetLineIndex(d.Span.Start)))
        {
            var onLine = line.ToList();
            if (onLine.Count == 1)
            {
                var found = onLine[0];
                var (word, repairedWord) = DamagedWord(text, found);
                context.ReportDiagnostic(Diagnostic.Create(
                    Rule,
                    document.GetLocation(found.Span),
                    relatedLocations: null,
                    FixProperties.Replace(found.Repaired, $"Replace with '{found.Repaired}'", found.Certain ? FixSafety.Safe : FixSafety.Suggestion),
                    word,
                    Describe(found),
                    repairedWord));
            }
            else
            {
                ReportLine(context, text, onLine);
            }
        }
    }

    /// <summary>
    /// Several damaged words on one line: one finding from the first to the last (a writer has one problem to fix
    /// there, and a paragraph of mojibake would otherwise bury the report), naming the first word and how many more
    /// there are. The fix repairs every one of them and leaves the text between as it is; it is safe only when
    /// every repair is.
    /// </summary>
    private static void ReportLine(DocumentAnalysisContext context, string text, List<Mojibake> onLine)
    {
        var source = context.Document.Text;
        var span = TextSpan.FromBounds(onLine[0].Span.Start, onLine.Max(f => f.Span.End));
        var replacement = new StringBuilder(span.Length);
        var copied = span.Start;
        foreach (var found in onLine.Where(f => f.Span.Start >= copied))
        {
            // The text between is copied from the source, not the prose view, which blanks code and links.
            replacement.Append(source, copied, found.Span.Start - copied).Append(found.Repaired);
            copied = found.Span.End;
        }

        replacement.Append(source, copied, span.End - copied);
        var (word, repairedWord) = DamagedWord(text, onLine[0]);
        var others = onLine.Skip(1).Select(f => $"'{DamagedWord(text, f).Word}'").ToList();
        var more = others.Count == 1
            ? $", as does {others[0]} later on this line"
            : $", as do {others.Count} more words later on this line ({string.Join(", ", others.Take(3))}{(others.Count > 3 ? ", …" : string.Empty)})";
        var safety = onLine.All(f => f.Certain) ? FixSafety.Safe : FixSafety.Suggestion;
        context.ReportDiagnostic(Diagnostic.Create(
            Rule,
            context.Document.GetLocation(span),
            relatedLocations: null,
            FixProperties.Replace(replacement.ToString(), $"Repair the {onLine.Count} damaged words on this line", safety),
            word,
            Describe(onLine[0]) + more,
            repairedWord));
    }

    /// <summary>The damaged word as the message shows it, and the same word repaired.</summary>
    private static (string Word, string Repaired) DamagedWord(string text, Mojibake found)
    {
        var (wordStart, wordEnd) = MojibakeDetector.WordAround(text, found.Span.Start);
        wordEnd = Math.Max(wordEnd, found.Span.End);
        (wordStart, wordEnd) = TrimAsciiPunctuation(text, wordStart, wordEnd, found.Span);
        var word = text[wordStart..wordEnd].TrimEnd(' ');
        var repairedWord = text[wordStart..found.Span.Start] + found.Repaired + text[found.Span.End..wordEnd];
        return (word, repairedWord);
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
