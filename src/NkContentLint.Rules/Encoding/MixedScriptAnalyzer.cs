using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using NkContentLint.Analysis;
using NkContentLint.Diagnostics;
using NkContentLint.Documents;
using NkContentLint.Fixing;
using NkContentLint.Text;

namespace NkContentLint.Rules.Encoding;

/// <summary>
/// NK4004: letters of two scripts mixed where one was meant.
/// <list type="bullet">
/// <item>A letter of another script inside a Latin word (Cyrillic <c>а</c> in <c>Fаcebook</c>: a
/// homoglyph or an OCR slip), or a Latin letter inside a Cyrillic word. Every Cyrillic letter in
/// a Latin word counts; a letter of another script counts when Unicode's confusables data says it
/// passes for a Latin letter (Greek <c>ο</c>, Armenian <c>օ</c>), so Greek symbols glued to
/// Latin letters (<c>μm</c>, <c>kΩ</c>, <c>Δt</c>) do not. When the word has exactly one such
/// letter and it stands for exactly one ASCII letter, the safe fix puts that letter back.</item>
/// <item>A lone Cyrillic word of at most three letters between two Latin words on a line of
/// English (<c>Twitter и YouTube</c>): a keyboard-layout slip or a pasted fragment. Not when it
/// is quoted, in parentheses or guillemets, emphasised, or on a line with Russian of its own.</item>
/// </list>
/// Reads <see cref="ContentDocument.ProseAndFrontMatterText"/>, so code, URLs and HTML are skipped.
/// Letters of other scripts that look like no Latin letter (Hangul, Han, Arabic) never fire.
/// </summary>
public sealed class MixedScriptAnalyzer : ContentAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "NK4004",
        "Mixed script",
        "{0} '{1}' ({2}) in {3}: {4}",
        RuleCategories.Encoding,
        DiagnosticSeverity.Warning,
        "A letter of another script inside a word (Cyrillic 'а' in 'Fаcebook') looks right but is a different character: "
        + "searches, spell-checkers, links and screen readers miss the word, and it is what homoglyph attacks and OCR slips look like. "
        + "A lone short Cyrillic word in an English sentence ('Twitter и YouTube') is a keyboard-layout slip or a pasted fragment.");

    private const int MaxLoneWordLetters = 3;
    private const int MaxQuotedWordLength = 40;

    /// <summary>
    /// From this many Latin words with look-alike letters on one line, the line is one finding: a paragraph typed in
    /// homoglyphs (a disguise, or a scrape) is one problem to a writer, not a finding per word.
    /// </summary>
    private const int WordsForALineOfLookAlikes = 3;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(c => new Scanner(c).Run());

    /// <summary>One pass over one document's prose; holds the per-line state of the lone-word check.</summary>
    private sealed class Scanner(DocumentAnalysisContext context)
    {
        private readonly ContentDocument document = context.Document;
        private readonly string text = context.Document.ProseAndFrontMatterText;
        private readonly int frontMatterEnd = context.Document.FrontMatterSpan is { } frontMatter ? frontMatter.End : 0;

        // The enclosure state (quotes, parentheses, guillemets) of the line being read, up to enclosureScanned.
        private int enclosureLine = -1;
        private int enclosureScanned;
        private Enclosure enclosure;

        // Whether the line reads as English with no Russian of its own (computed once per line, on demand).
        private int statsLine = -1;
        private bool statsLineIsEnglish;

        // The Latin words with look-alike letters on the line being read, reported when the scan leaves the line.
        private readonly List<TextSpan> lookAlikeWords = [];
        private int lookAlikeLine = -1;

        public void Run()
        {
            var span = text.AsSpan();
            var i = 0;
            while (i < span.Length)
            {
                // Jump over ASCII: every finding involves a non-Latin letter, which is never ASCII.
                var next = span[i..].IndexOfAnyExceptInRange('\u0000', '\u007F');
                if (next < 0)
                {
                    break;
                }

                var pos = i + next;
                if (Rune.DecodeFromUtf16(span[pos..], out var rune, out var length) != OperationStatus.Done || !IsTrigger(rune))
                {
                    i = pos + Math.Max(length, 1);
                    continue;
                }

                var start = WordStart(pos);
                var end = WordEnd(pos);
                AnalyzeWord(start, end);
                i = end;
            }

            FlushLookAlikeWords();
        }

        private static bool IsTrigger(Rune rune) =>
            UnicodeScripts.Classify(rune) == LetterScript.Cyrillic || Confusables.TryGetLatin(rune, out _);

        /// <summary>Letters of the scripts that can pass for each other, and the marks that follow them.</summary>
        private static bool IsWordRune(Rune rune) => UnicodeScripts.Classify(rune) switch
        {
            LetterScript.Latin or LetterScript.Cyrillic or LetterScript.Greek => true,
            LetterScript.Other => Confusables.TryGetLatin(rune, out _),
            _ => UnicodeScripts.IsMark(rune),
        };

        private int WordStart(int pos)
        {
            var span = text.AsSpan();
            while (pos > 0 && Rune.DecodeLastFromUtf16(span[..pos], out var rune, out var length) == OperationStatus.Done && IsWordRune(rune))
            {
                pos -= length;
            }

            return pos;
        }

        private int WordEnd(int pos)
        {
            var span = text.AsSpan();
            while (pos < span.Length && Rune.DecodeFromUtf16(span[pos..], out var rune, out var length) == OperationStatus.Done && IsWordRune(rune))
            {
                pos += length;
            }

            return pos;
        }

        private void AnalyzeWord(int start, int end)
        {
            var counts = CountScripts(start, end);
            if (counts.Latin == 0)
            {
                if (counts.Cyrillic is > 0 and <= MaxLoneWordLetters && counts.Cyrillic == counts.Letters)
                {
                    CheckLoneWord(start, end);
                }

                return;
            }

            // A word whose Cyrillic letters all pass for Latin ones reads as Latin, however few Latin letters it keeps:
            // "gоеѕ" is "goes" typed with three homoglyphs, not a Cyrillic word with a stray "g".
            if (counts.Latin >= counts.Letters - counts.Latin || (counts.Cyrillic == counts.Letters - counts.Latin && AllPassForLatin(start, end)))
            {
                var line = document.Lines.GetLineIndex(start);
                if (line != lookAlikeLine)
                {
                    FlushLookAlikeWords();
                    lookAlikeLine = line;
                }

                lookAlikeWords.Add(TextSpan.FromBounds(start, end));
            }
            else if (counts.Cyrillic > counts.Latin && counts.Cyrillic >= counts.Letters - counts.Latin - counts.Cyrillic)
            {
                ReportLatinLettersInCyrillicWord(start, end);
            }
        }

        /// <summary>Whether every Cyrillic letter of the word looks like one ASCII letter (Unicode's confusables data).</summary>
        private bool AllPassForLatin(int start, int end)
        {
            foreach (var (rune, _) in Runes(start, end))
            {
                if (UnicodeScripts.Classify(rune) == LetterScript.Cyrillic && !(Confusables.TryGetLatin(rune, out var latin) && latin.Length == 1))
                {
                    return false;
                }
            }

            return true;
        }

        private ScriptCounts CountScripts(int start, int end)
        {
            var counts = default(ScriptCounts);
            foreach (var (rune, _) in Runes(start, end))
            {
                var script = UnicodeScripts.Classify(rune);
                if (script == LetterScript.None)
                {
                    continue;
                }

                counts.Letters++;
                if (script == LetterScript.Latin)
                {
                    counts.Latin++;
                }
                else if (script == LetterScript.Cyrillic)
                {
                    counts.Cyrillic++;
                }
            }

            return counts;
        }

        /// <summary>A letter that does not belong in a Latin word: any Cyrillic letter, or another script's Latin look-alike.</summary>
        private static bool IsForeignInLatinWord(Rune rune) =>
            UnicodeScripts.Classify(rune) == LetterScript.Cyrillic
            || (UnicodeScripts.Classify(rune) is LetterScript.Greek or LetterScript.Other && Confusables.TryGetLatin(rune, out _));

        /// <summary>The look-alike words of the line just left: one finding for the line from three words on, else one per run.</summary>
        private void FlushLookAlikeWords()
        {
            if (lookAlikeWords.Count >= WordsForALineOfLookAlikes)
            {
                ReportLineOfLookAlikes();
            }
            else
            {
                foreach (var word in lookAlikeWords)
                {
                    ReportForeignLettersInLatinWord(word.Start, word.End);
                }
            }

            lookAlikeWords.Clear();
        }

        /// <summary>
        /// A line with many Latin words typed with look-alike letters: one finding from its first such word to its last,
        /// naming the letters and the first words. The fix, offered only when each letter stands for one ASCII letter,
        /// puts every one of them back and leaves the rest of the span as it is.
        /// </summary>
        private void ReportLineOfLookAlikes()
        {
            var span = TextSpan.FromBounds(lookAlikeWords[0].Start, lookAlikeWords[^1].End);
            var letters = new List<Rune>();
            var allCyrillic = true;
            var fixable = true;
            var replacement = new StringBuilder(span.Length);
            var copied = span.Start;
            foreach (var word in lookAlikeWords)
            {
                foreach (var (rune, offset) in Runes(word.Start, word.End))
                {
                    if (!IsForeignInLatinWord(rune))
                    {
                        continue;
                    }

                    allCyrillic &= UnicodeScripts.Classify(rune) == LetterScript.Cyrillic;
                    if (!letters.Contains(rune))
                    {
                        letters.Add(rune);
                    }

                    // The rest of the span is copied from the source, not the prose view, which blanks code and links.
                    if (Confusables.TryGetLatin(rune, out var latin) && latin.Length == 1)
                    {
                        replacement.Append(document.Text, copied, offset - copied).Append(latin);
                        copied = offset + rune.Utf16SequenceLength;
                    }
                    else
                    {
                        fixable = false;
                    }
                }
            }

            replacement.Append(document.Text, copied, span.End - copied);
            var shown = string.Join(", ", lookAlikeWords.Take(3).Select(w => $"'{Quote(w.Start, w.End)}'"));
            var properties = fixable
                ? FixProperties.Replace(replacement.ToString(), $"Replace the look-alike letters of {lookAlikeWords.Count} words with Latin ones", FixSafety.Suggestion)
                : null;
            context.ReportDiagnostic(Diagnostic.Create(
                Rule,
                document.GetLocation(span),
                relatedLocations: null,
                properties,
                allCyrillic ? "Cyrillic letters" : "Letters of other scripts",
                string.Concat(letters.Select(r => r.ToString())),
                string.Join(' ', letters.Select(r => $"U+{r.Value:X4}")),
                $"{lookAlikeWords.Count} Latin words on one line ({shown}, …)",
                "a line typed with look-alike letters is a homoglyph disguise or a damaged scrape, and searches, spell-checkers, links and screen readers miss every such word"));
        }

        /// <summary>Cyrillic letters and confusables of other scripts in a Latin word, one finding per run.</summary>
        private void ReportForeignLettersInLatinWord(int start, int end)
        {
            var runs = FindRuns(start, end, IsForeignInLatinWord);
            var foreignLetters = runs.Sum(r => r.Letters);
            foreach (var run in runs)
            {
                var first = Rune.GetRuneAt(text, run.Span.Start);
                var script = UnicodeScripts.Classify(first);
                var what = script == LetterScript.Other ? "Letter of another script" : UnicodeScripts.Name(script) + " letter";
                string reason;
                ImmutableDictionary<string, string>? properties = null;
                if (foreignLetters == 1 && run.Span.Length == first.Utf16SequenceLength
                    && Confusables.TryGetLatin(first, out var latin) && latin.Length == 1)
                {
                    reason = $"it looks like Latin '{latin}' but is a different character, so searches, spell-checkers and links miss the word";
                    properties = FixProperties.Replace(latin, $"Replace {UnicodeScripts.Name(script)} '{first}' (U+{first.Value:X4}) with Latin '{latin}'", FixSafety.Safe);
                }
                else
                {
                    reason = "a letter of another script inside a word is a homoglyph or an OCR slip, and searches, spell-checkers and links miss the word";
                }

                Report(run, run.Letters == 1 ? what : what + "s", $"the Latin word '{Quote(start, end)}'", reason, properties);
            }
        }

        private void ReportLatinLettersInCyrillicWord(int start, int end)
        {
            var runs = FindRuns(start, end, rune => UnicodeScripts.Classify(rune) == LetterScript.Latin);
            foreach (var run in runs)
            {
                Report(
                    run,
                    run.Letters == 1 ? "Latin letter" : "Latin letters",
                    $"the Cyrillic word '{Quote(start, end)}'",
                    "a letter of another script inside a word is a homoglyph or an OCR slip, and searches, spell-checkers and links miss the word",
                    properties: null);
            }
        }

        /// <summary>Maximal runs of letters that <paramref name="isForeign"/> picks, each with the marks that follow it.</summary>
        private List<Run> FindRuns(int start, int end, Func<Rune, bool> isForeign)
        {
            var runs = new List<Run>();
            var runStart = -1;
            var runEnd = -1;
            var letters = 0;
            foreach (var (rune, offset) in Runes(start, end))
            {
                var length = rune.Utf16SequenceLength;
                if (runStart >= 0 && offset == runEnd && UnicodeScripts.IsMark(rune))
                {
                    runEnd += length;
                }
                else if (isForeign(rune))
                {
                    if (runStart < 0 || offset != runEnd)
                    {
                        Flush();
                        runStart = offset;
                    }

                    runEnd = offset + length;
                    letters++;
                }
            }

            Flush();
            return runs;

            void Flush()
            {
                if (runStart >= 0)
                {
                    runs.Add(new Run(TextSpan.FromBounds(runStart, runEnd), letters));
                }

                runStart = -1;
                letters = 0;
            }
        }

        /// <summary>The lone-word check: a Cyrillic word of at most three letters between Latin words on a line of English.</summary>
        private void CheckLoneWord(int start, int end)
        {
            var line = document.Lines.GetLineIndex(start);
            var lineStart = document.Lines.GetLineStart(line);
            var lineEnd = document.Lines.GetLineEnd(line, text);
            if (PreviousWord(start, lineStart) is not { } previous || !IsLatinWord(previous)
                || NextWord(end, lineEnd) is not { } next || !IsLatinWord(next)
                || IsMarkedAsMention(start, end)
                || IsEnclosed(line, lineStart, start)
                || !LineIsEnglish(line, lineStart, lineEnd))
            {
                return;
            }

            var word = text[start..end];
            var reason = "a lone Russian word where an English one belongs is a keyboard-layout slip or a pasted fragment";
            if (LooksLikeLatin(word) is { } latin)
            {
                reason += $" (it looks like Latin '{latin}')";
            }

            Report(
                new Run(TextSpan.FromBounds(start, end), 0),
                "Cyrillic word",
                $"English text, between '{text[previous.Start..previous.End]}' and '{text[next.Start..next.End]}'",
                reason,
                properties: null);
        }

        /// <summary>The word before <paramref name="pos"/> on the line, if only spaces and sentence punctuation separate them.</summary>
        private TextSpan? PreviousWord(int pos, int lineStart)
        {
            var span = text.AsSpan();
            while (pos > lineStart)
            {
                if (Rune.DecodeLastFromUtf16(span[lineStart..pos], out var rune, out var length) != OperationStatus.Done)
                {
                    return null;
                }

                if (IsWordRune(rune))
                {
                    return TextSpan.FromBounds(Math.Max(WordStart(pos), lineStart), pos);
                }

                if (!IsGap(rune) || !IsGapInSource(pos - length))
                {
                    return null;
                }

                pos -= length;
            }

            return null;
        }

        private TextSpan? NextWord(int pos, int lineEnd)
        {
            var span = text.AsSpan();
            while (pos < lineEnd)
            {
                if (Rune.DecodeFromUtf16(span[pos..lineEnd], out var rune, out var length) != OperationStatus.Done)
                {
                    return null;
                }

                if (IsWordRune(rune))
                {
                    return TextSpan.FromBounds(pos, Math.Min(WordEnd(pos), lineEnd));
                }

                if (!IsGap(rune) || !IsGapInSource(pos))
                {
                    return null;
                }

                pos += length;
            }

            return null;
        }

        // What may separate the lone word from its neighbours: spaces and sentence punctuation, not
        // quotes, brackets or digits (a year or a figure is not an English word).
        private static bool IsGap(Rune rune) =>
            Rune.IsWhiteSpace(rune) || rune.Value is ',' or ';' or ':' or '.' or '!' or '?' or '-' or '/' or '&' or '+' or '–' or '—';

        // A table cell border is blanked in the prose view but separates cells, not words of a sentence.
        private bool IsGapInSource(int pos) => document.Text[pos] != '|';

        private bool IsLatinWord(TextSpan word)
        {
            var counts = CountScripts(word.Start, word.End);
            return counts.Latin > 0 && counts.Latin >= counts.Letters - counts.Latin;
        }

        // Emphasis or code markers right around the word (blanked in the prose view): *и*, _и_.
        private bool IsMarkedAsMention(int start, int end)
        {
            var source = document.Text;
            return (start > 0 && source[start - 1] is '*' or '_' or '`' or '\'')
                || (end < source.Length && source[end] is '*' or '_' or '`' or '\'');
        }

        private bool IsEnclosed(int line, int lineStart, int pos)
        {
            if (line != enclosureLine)
            {
                enclosureLine = line;
                enclosureScanned = lineStart;
                enclosure = default;

                // The quotes around a YAML value are syntax, not quotation: title: "Twitter и YouTube".
                if (lineStart < frontMatterEnd)
                {
                    var valueStart = text.AsSpan(lineStart, pos - lineStart).IndexOfAnyExcept(' ', '\t');
                    if (valueStart >= 0 && text[lineStart + valueStart] is '"' or '\'')
                    {
                        enclosureScanned = lineStart + valueStart + 1;
                    }
                }
            }

            for (; enclosureScanned < pos; enclosureScanned++)
            {
                var next = enclosureScanned + 1 < text.Length ? text[enclosureScanned + 1] : ' ';
                enclosure.Read(text[enclosureScanned], next);
            }

            return enclosure.IsOpen;
        }

        private bool LineIsEnglish(int line, int lineStart, int lineEnd)
        {
            if (line == statsLine)
            {
                return statsLineIsEnglish;
            }

            var latinWords = 0;
            var cyrillicWords = 0;
            var longCyrillicWord = false;
            var pos = lineStart;
            var span = text.AsSpan();
            while (pos < lineEnd)
            {
                if (Rune.DecodeFromUtf16(span[pos..lineEnd], out var rune, out var length) != OperationStatus.Done || !IsWordRune(rune))
                {
                    pos += Math.Max(length, 1);
                    continue;
                }

                var end = Math.Min(WordEnd(pos), lineEnd);
                var counts = CountScripts(pos, end);
                if (counts.Latin > 0 && counts.Latin >= counts.Letters - counts.Latin)
                {
                    latinWords++;
                }
                else if (counts.Cyrillic > 0)
                {
                    cyrillicWords++;
                    longCyrillicWord |= counts.Cyrillic > MaxLoneWordLetters;
                }

                pos = end;
            }

            statsLine = line;
            statsLineIsEnglish = !longCyrillicWord && latinWords > cyrillicWords;
            return statsLineIsEnglish;
        }

        private static string? LooksLikeLatin(string word)
        {
            var latin = new StringBuilder(word.Length);
            foreach (var rune in word.EnumerateRunes())
            {
                if (!Confusables.TryGetLatin(rune, out var letters) || letters.Length != 1)
                {
                    return null;
                }

                latin.Append(letters);
            }

            return latin.ToString();
        }

        private void Report(Run run, string what, string where, string reason, ImmutableDictionary<string, string>? properties)
        {
            var flagged = text.Substring(run.Span.Start, run.Span.Length);
            var codePoints = string.Join(' ', flagged.EnumerateRunes().Select(r => $"U+{r.Value:X4}"));
            context.ReportDiagnostic(Diagnostic.Create(
                Rule,
                document.GetLocation(run.Span),
                relatedLocations: null,
                properties,
                what,
                flagged,
                codePoints,
                where,
                reason));
        }

        private string Quote(int start, int end) =>
            end - start <= MaxQuotedWordLength ? text[start..end] : string.Concat(text.AsSpan(start, MaxQuotedWordLength), "…");

        private RuneEnumerator Runes(int start, int end) => new(text, start, end);
    }

    /// <summary>The runes of a stretch of text with their offsets, without allocating.</summary>
    private struct RuneEnumerator(string text, int start, int end)
    {
        private int next = start;

        public (Rune Rune, int Offset) Current { get; private set; }

        public readonly RuneEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            while (next < end)
            {
                var offset = next;
                var status = Rune.DecodeFromUtf16(text.AsSpan(offset, end - offset), out var rune, out var length);
                next += Math.Max(length, 1);
                if (status == OperationStatus.Done)
                {
                    Current = (rune, offset);
                    return true;
                }
            }

            return false;
        }
    }

    private record struct ScriptCounts(int Letters, int Latin, int Cyrillic);

    private readonly record struct Run(TextSpan Span, int Letters);

    /// <summary>
    /// Whether a position on a line is inside quotes, parentheses, brackets or guillemets: a
    /// quoted or glossed Russian word (<c>«и»</c>, <c>(и)</c>, <c>“и”</c>) is a mention, not a slip.
    /// </summary>
    private struct Enclosure
    {
        private int brackets;
        private int guillemets;
        private int singleQuotes;
        private bool doubleQuote;

        public readonly bool IsOpen => brackets > 0 || guillemets > 0 || singleQuotes > 0 || doubleQuote;

        public void Read(char c, char next)
        {
            switch (c)
            {
                case '(' or '[' or '{':
                    brackets++;
                    break;
                case ')' or ']' or '}':
                    brackets = Math.Max(0, brackets - 1);
                    break;
                case '«' or '‹':
                    guillemets++;
                    break;
                case '»' or '›':
                    guillemets = Math.Max(0, guillemets - 1);
                    break;
                case '"':
                    doubleQuote = !doubleQuote;
                    break;
                case '“' or '„':
                    // “ opens in English and closes a German „…“ quote.
                    doubleQuote = c == '„' || !doubleQuote;
                    break;
                case '”':
                    doubleQuote = false;
                    break;
                case '‘':
                    singleQuotes++;
                    break;
                case '’' when !char.IsLetter(next):
                    // Not an apostrophe (don’t, Korea’s): a closing quote.
                    singleQuotes = Math.Max(0, singleQuotes - 1);
                    break;
            }
        }
    }
}
