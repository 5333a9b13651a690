using System.Collections.Immutable;
using NkContentLint.Analysis;
using NkContentLint.Diagnostics;

namespace NkContentLint.Rules.Encoding;

/// <summary>
/// NK4002: U+FFFD in the text: a character was already lost by an earlier conversion. No fix is
/// possible, but the context often tells what was there (<c>it�s</c> had an apostrophe). A U+FFFD
/// that is part of mojibake NK4001 reports (<c>Ñ�Ð¸</c>) is left to NK4001. Also the legacy converters' U+FFFD: a
/// '?' that a GBK or Big5 conversion wrote into Chinese text for a character it could not map
/// (<see cref="ChineseConversionQuestionMarks"/>).
/// </summary>
public sealed class ReplacementCharacterAnalyzer : ContentAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "NK4002",
        "Replacement character",
        "{0}: a character was lost when this text was converted{1}",
        RuleCategories.Encoding,
        DiagnosticSeverity.Error,
        "U+FFFD (�) is what a converter writes when it cannot read a character, and a '?' inside Chinese text is what a GBK or Big5 conversion writes. The original character is gone, so it must be restored by hand from the source.");

    private static readonly string[] ApostropheSuffixes = ["s", "t", "d", "m", "ll", "re", "ve"];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private const string ReplacementCharacter = "U+FFFD replacement character";

    private static void Analyze(DocumentAnalysisContext context)
    {
        var text = context.Document.ProseAndFrontMatterText;
        foreach (var lost in ChineseConversionQuestionMarks.Find(text))
        {
            var debris = lost.PinyinDebris is { } pinyin ? $"; '{pinyin})' after it is what is left of a pinyin gloss" : string.Empty;
            context.ReportDiagnostic(Diagnostic.Create(
                Rule,
                context.Document.GetLocation(lost.Span),
                $"'?' inside Chinese text ('{lost.Shown}')",
                $" between GBK or Big5 and Unicode, which writes '?' for what it cannot map{debris}; restore it from the source"));
        }

        // Replacement characters the decoder inserted for invalid bytes are NK4003's, not this rule's.
        var fromInvalidBytes = context.Document.Decoded.InvalidBytes.Select(b => b.CharOffset).ToHashSet();
        var first = text.IndexOf('\uFFFD');
        if (first < 0)
        {
            return;
        }

        // A U+FFFD inside mojibake (Ð¸Ñ�Ð¸: a byte lost while the text was misread) is explained by NK4001's finding there.
        var mojibake = MojibakeDetector.Find(text).Select(m => m.Span).Where(s => text.AsSpan(s.Start, s.Length).Contains('\uFFFD')).ToList();
        var next = 0; // spans are in text order, and so are the U+FFFDs: one sweep
        for (var at = first; at >= 0; at = text.IndexOf('\uFFFD', at + 1))
        {
            while (next < mojibake.Count && mojibake[next].End <= at)
            {
                next++;
            }

            var explained = next < mojibake.Count && mojibake[next].Start <= at;
            if (!fromInvalidBytes.Contains(at) && !explained)
            {
                context.ReportDiagnostic(Diagnostic.Create(Rule, context.Document.GetLocation(new(at, 1)), ReplacementCharacter, Guess(text, at)));
            }
        }
    }

    /// <summary>What the lost character probably was, from its neighbours; empty when unclear.</summary>
    internal static string Guess(string text, int at)
    {
        var before = at > 0 ? text[at - 1] : ' ';
        var after = text.AsSpan(at + 1);
        var suffixLength = 0;
        while (suffixLength < after.Length && char.IsLetter(after[suffixLength]))
        {
            suffixLength++;
        }

        if (char.IsLetter(before) && ApostropheSuffixes.Contains(after[..suffixLength].ToString().ToLowerInvariant()))
        {
            return "; here it was probably an apostrophe (’)";
        }

        if (before == ' ' && after.Length > 0 && after[0] == ' ')
        {
            return "; here it was probably a dash (– or —)";
        }

        if ((before == ' ' || at == 0) && after.Length > 0 && char.IsLetterOrDigit(after[0]))
        {
            return "; here it was probably an opening quotation mark";
        }

        if (char.IsLetterOrDigit(before) && (after.Length == 0 || after[0] is ' ' or '.' or ',' or ';' or ':' or '\n' or '\r'))
        {
            return "; here it was probably a closing quotation mark";
        }

        return string.Empty;
    }
}
