using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.CodeAnalysis.Text;
using NkContentLint.Analysis;
using NkContentLint.Diagnostics;
using NkContentLint.Documents;
using NkContentLint.Fixing;

namespace NkContentLint.Rules.Encoding;

/// <summary>
/// NK4006: text that went through a URL, a CMS or a JSON export and came out still escaped:
/// <list type="bullet">
/// <item>URL-encoding in prose (<c>DPRK%20Today</c>): a <c>%XX</c> that encodes a space or ASCII
/// punctuation, or a run of them that is UTF-8 (<c>%E2%80%99</c>). A percentage (<c>20%</c>,
/// <c>50%-60%</c>) has no two hex digits after it; URLs and paths are left alone.</item>
/// <item>Double-escaped HTML entities (<c>&amp;amp;#8217;</c>, <c>&amp;amp;amp;</c>). A single
/// correct entity (<c>&amp;amp;</c>, <c>&amp;#8217;</c>) is fine.</item>
/// <item>Literal escape sequences (<c>\u2019</c>, <c>\u{1F600}</c>, <c>\U0001F600</c>), except in
/// double-quoted YAML front matter values, where YAML decodes them.</item>
/// </list>
/// The safe fix writes what was meant (<c>%20</c> → space, <c>&amp;amp;#8217;</c> → <c>’</c>),
/// keeping Markdown-significant characters escaped (<c>&amp;amp;amp;</c> → <c>&amp;amp;</c>).
/// Reads <see cref="ContentDocument.ProseAndFrontMatterText"/>: code, autolinks and link
/// destinations are not prose.
/// </summary>
public sealed class EscapingDebrisAnalyzer : ContentAnalyzer
{
    public static readonly DiagnosticDescriptor Rule = new(
        "NK4006",
        "Escaping debris",
        "{0} '{1}' in prose, where {2} was meant",
        RuleCategories.Encoding,
        DiagnosticSeverity.Warning,
        "URL-encoding (%20), double-escaped HTML entities (&amp;#8217;) and literal escape sequences (\\u2019) are left over "
        + "when text passes through a URL, a CMS or a JSON export without being decoded: readers see the debris instead of the character.");

    private static readonly SearchValues<char> Candidates = SearchValues.Create("%&\\");

    // Characters that would change how Markdown renders if written bare; they stay escaped in a fix.
    private static readonly SearchValues<char> MarkdownSignificant = SearchValues.Create("\\`*_[]|#");

    // Characters that would change how YAML reads a front matter value; a fix there is not certain.
    private static readonly SearchValues<char> YamlSignificant = SearchValues.Create("\"'\\#:{}[],&*!|>%@`");

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(c => new Scanner(c).Run());

    private sealed class Scanner(DocumentAnalysisContext context)
    {
        private readonly ContentDocument document = context.Document;
        private readonly string text = context.Document.ProseAndFrontMatterText;
        private readonly int frontMatterEnd = context.Document.FrontMatterSpan is { } frontMatter ? frontMatter.End : 0;

        // The whitespace-delimited token last classified as a URL or path (so a long token is read once).
        private int tokenStart = -1;
        private int tokenEnd = -1;
        private bool tokenIsAddress;

        public void Run()
        {
            var span = text.AsSpan();
            var i = 0;
            while (i < span.Length)
            {
                var next = span[i..].IndexOfAny(Candidates);
                if (next < 0)
                {
                    break;
                }

                var pos = i + next;
                i = text[pos] switch
                {
                    '%' => CheckPercent(pos),
                    '&' => CheckEntity(pos),
                    _ => CheckEscape(pos),
                };
            }
        }

        // --- URL-encoding ------------------------------------------------------------------------

        private int CheckPercent(int pos)
        {
            if (!IsHexPair(pos + 1))
            {
                return pos + 1; // a percentage: 20%, 50%-60%, 100%.
            }

            var end = pos;
            while (end < text.Length && text[end] == '%' && IsHexPair(end + 1))
            {
                end += 3;
            }

            if (IsInAddress(pos))
            {
                return end;
            }

            var bytes = new byte[(end - pos) / 3];
            for (var k = 0; k < bytes.Length; k++)
            {
                bytes[k] = (byte)((HexValue(text[pos + (3 * k) + 1]) << 4) | HexValue(text[pos + (3 * k) + 2]));
            }

            // Split the run into what each %XX (or UTF-8 sequence of them) stands for; report each
            // stretch of debris, leaving %XX that decode to letters, digits or invalid UTF-8 alone.
            var groupStart = -1;
            var decoded = new StringBuilder();
            var k2 = 0;
            while (k2 < bytes.Length)
            {
                var consumed = 1;
                string? unit = null;
                if (bytes[k2] < 0x80)
                {
                    if (IsCommonlyUrlEncoded(bytes[k2]))
                    {
                        unit = ((char)bytes[k2]).ToString();
                    }
                }
                else if (Rune.DecodeFromUtf8(bytes.AsSpan(k2), out var rune, out consumed) == OperationStatus.Done)
                {
                    unit = rune.ToString();
                }
                else
                {
                    consumed = 1;
                }

                var offset = pos + (3 * k2);
                if (unit is null)
                {
                    Flush(offset);
                }
                else
                {
                    if (groupStart < 0)
                    {
                        groupStart = offset;
                    }

                    decoded.Append(unit);
                }

                k2 += consumed;
            }

            Flush(end);
            return end;

            void Flush(int groupEnd)
            {
                if (groupStart >= 0)
                {
                    Report(TextSpan.FromBounds(groupStart, groupEnd), "URL-encoding", decoded.ToString(), replacementIfSignificant: null);
                }

                groupStart = -1;
                decoded.Clear();
            }
        }

        private bool IsHexPair(int pos) => pos + 1 < text.Length && char.IsAsciiHexDigit(text[pos]) && char.IsAsciiHexDigit(text[pos + 1]);

        private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

        // Space and ASCII punctuation are what URL-encoding turns into %XX; an encoded letter or
        // digit (%41) is too unusual in prose to be sure it is debris.
        private static bool IsCommonlyUrlEncoded(byte b) => b == 0x20 || (b is > 0x20 and < 0x7F && !char.IsAsciiLetterOrDigit((char)b));

        /// <summary>Whether the token around <paramref name="pos"/> is a URL or a path written out in prose.</summary>
        private bool IsInAddress(int pos)
        {
            if (pos >= tokenStart && pos < tokenEnd)
            {
                return tokenIsAddress;
            }

            var start = pos;
            while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
            {
                start--;
            }

            var end = pos;
            while (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            var token = text.AsSpan(start, end - start);
            tokenStart = start;
            tokenEnd = end;
            tokenIsAddress = token.Contains("://", StringComparison.Ordinal)
                || token.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
                || token.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
                || token.Contains('/')
                || (token.Contains('?') && token.Contains('='))
                || IsWindowsPath(token);
            return tokenIsAddress;
        }

        private static bool IsWindowsPath(ReadOnlySpan<char> token) =>
            token.StartsWith(@"\\", StringComparison.Ordinal)
            || (token.Length >= 3 && char.IsAsciiLetter(token[0]) && token[1] == ':' && token[2] == '\\');

        // --- HTML entities -----------------------------------------------------------------------

        private int CheckEntity(int pos)
        {
            var j = pos + 1;
            var levels = 0;
            while (text.AsSpan(j).StartsWith("amp;", StringComparison.Ordinal))
            {
                j += 4;
                levels++;
            }

            if (levels == 0)
            {
                return pos + 1; // &#8217; or a bare &: fine.
            }

            int end;
            string body;
            string meant;
            if (TryReadEntityBody(j, out var bodyEnd, out var bodyMeant))
            {
                end = bodyEnd;
                body = text[j..bodyEnd];
                meant = bodyMeant;
            }
            else if (levels >= 2)
            {
                // &amp;amp; : the last amp; is the entity that was escaped again.
                end = j;
                body = "amp;";
                meant = "&";
                levels--;
            }
            else
            {
                return j; // a single, correct &amp;
            }

            var what = levels == 1 ? "Double-escaped HTML entity" : $"HTML entity escaped {levels + 1} times";
            Report(TextSpan.FromBounds(pos, end), what, meant, replacementIfSignificant: "&" + body);
            return end;
        }

        /// <summary>A named (<c>quot;</c>) or numeric (<c>#8217;</c>, <c>#x2019;</c>) entity body at <paramref name="pos"/>.</summary>
        private bool TryReadEntityBody(int pos, out int end, out string meant)
        {
            end = pos;
            meant = "";
            var span = text.AsSpan(pos);
            var semicolon = span[..Math.Min(span.Length, 33)].IndexOf(';');
            if (semicolon < 2)
            {
                return false;
            }

            var body = span[..semicolon];
            int codePoint;
            if (body[0] == '#')
            {
                var hex = body[1] is 'x' or 'X';
                var digits = body[(hex ? 2 : 1)..];
                if (digits.Length is 0 or > 7
                    || !int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out codePoint)
                    || !Rune.IsValid(codePoint) || codePoint == 0)
                {
                    return false;
                }

                meant = char.ConvertFromUtf32(codePoint);
            }
            else
            {
                if (!char.IsAsciiLetter(body[0]) || body.ContainsAnyExcept(AsciiLettersAndDigits))
                {
                    return false;
                }

                var entity = string.Concat("&", body, ";");
                meant = WebUtility.HtmlDecode(entity);
                if (meant == entity)
                {
                    return false; // not an entity HTML knows
                }
            }

            end = pos + semicolon + 1;
            return true;
        }

        private static readonly SearchValues<char> AsciiLettersAndDigits =
            SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");

        // --- Literal escape sequences ------------------------------------------------------------

        private int CheckEscape(int pos)
        {
            if (pos + 1 >= text.Length || text[pos + 1] is not ('u' or 'U') || IsEscapedBackslash(pos))
            {
                return pos + 1;
            }

            if (!TryReadEscape(pos, out var end, out var codePoint))
            {
                return pos + 2;
            }

            // \uD83D\uDE00: a surrogate pair written as two escapes is one character.
            if (codePoint is >= 0xD800 and <= 0xDBFF && TryReadEscape(end, out var lowEnd, out var low) && low is >= 0xDC00 and <= 0xDFFF)
            {
                codePoint = char.ConvertToUtf32((char)codePoint, (char)low);
                end = lowEnd;
            }

            if (IsInDoubleQuotedYaml(pos) || IsInAddress(pos))
            {
                return end;
            }

            if (Rune.IsValid(codePoint))
            {
                Report(TextSpan.FromBounds(pos, end), "Literal escape sequence", char.ConvertFromUtf32(codePoint), replacementIfSignificant: null);
            }
            else
            {
                Report(TextSpan.FromBounds(pos, end), "Literal escape sequence", meant: null, replacementIfSignificant: null, codePoint);
            }

            return end;
        }

        /// <summary><c>\uXXXX</c>, <c>\u{X…}</c> (1–6 hex digits) or <c>\UXXXXXXXX</c> at <paramref name="pos"/>.</summary>
        private bool TryReadEscape(int pos, out int end, out int codePoint)
        {
            end = pos;
            codePoint = 0;
            var span = text.AsSpan(pos);
            if (span.Length < 3 || span[0] != '\\')
            {
                return false;
            }

            ReadOnlySpan<char> digits;
            if (span[1] == 'u' && span[2] == '{')
            {
                var close = span[3..Math.Min(span.Length, 10)].IndexOf('}');
                if (close < 1)
                {
                    return false;
                }

                digits = span.Slice(3, close);
                end = pos + 3 + close + 1;
            }
            else
            {
                var count = span[1] == 'u' ? 4 : 8;
                if (span.Length < 2 + count)
                {
                    return false;
                }

                digits = span.Slice(2, count);
                end = pos + 2 + count;
            }

            return !digits.ContainsAnyExcept(HexDigits)
                && int.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out codePoint)
                && codePoint is >= 0 and <= 0x10FFFF;
        }

        private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789ABCDEFabcdef");

        // \\u2019 in Markdown is an escaped backslash followed by "u2019": written on purpose.
        private bool IsEscapedBackslash(int pos)
        {
            var source = document.Text;
            var count = 0;
            while (pos - count - 1 >= 0 && source[pos - count - 1] == '\\')
            {
                count++;
            }

            return count % 2 == 1;
        }

        // In a double-quoted YAML scalar, \u2019 is an escape that YAML itself decodes. The prose
        // view keeps only front matter values, so the value is the first text on its line.
        private bool IsInDoubleQuotedYaml(int pos)
        {
            if (pos >= frontMatterEnd)
            {
                return false;
            }

            var line = document.Lines.GetLineIndex(pos);
            var lineStart = document.Lines.GetLineStart(line);
            var value = text.AsSpan(lineStart, pos - lineStart).TrimStart();
            return value.Length > 0 && value[0] == '"';
        }

        // --- Reporting ---------------------------------------------------------------------------

        private void Report(TextSpan span, string what, string? meant, string? replacementIfSignificant, int codePoint = -1)
        {
            var flagged = text.Substring(span.Start, span.Length);
            var inFrontMatter = span.Start < frontMatterEnd;
            var replacement = meant is null ? null : Replacement(meant, replacementIfSignificant, inFrontMatter);
            var properties = replacement is null
                ? null
                : FixProperties.Replace(replacement, $"Replace '{flagged}' with {Describe(replacement)}", FixSafety.Safe);
            var description = meant is null ? $"U+{codePoint:X4} (a lone surrogate, which is not a character)" : Describe(meant);
            context.ReportDiagnostic(Diagnostic.Create(Rule, document.GetLocation(span), relatedLocations: null, properties, what, flagged, description));
        }

        /// <summary>
        /// What the fix writes: the character itself where that is certain to read as meant, an
        /// escaped form where the bare character would be Markdown (or, for entities, the single
        /// entity), and nothing (no fix) for invisible characters or unsafe front matter values.
        /// </summary>
        private static string? Replacement(string meant, string? singleEntity, bool inFrontMatter)
        {
            var printable = IsPrintable(meant);
            if (singleEntity is not null && (!printable || meant is "&" or "<" or ">"))
            {
                return singleEntity; // &amp;amp; → &amp;, &amp;nbsp; → &nbsp;
            }

            if (!printable)
            {
                return null;
            }

            if (inFrontMatter)
            {
                return meant.AsSpan().ContainsAny(YamlSignificant) ? singleEntity : meant;
            }

            if (!meant.AsSpan().ContainsAny(MarkdownSignificant) && !meant.AsSpan().ContainsAny("&<>"))
            {
                return meant;
            }

            var escaped = new StringBuilder(meant.Length * 2);
            foreach (var c in meant)
            {
                _ = c switch
                {
                    '&' => escaped.Append("&amp;"),
                    '<' => escaped.Append("&lt;"),
                    '>' => escaped.Append("&gt;"),
                    _ when MarkdownSignificant.Contains(c) => escaped.Append('\\').Append(c),
                    _ => escaped.Append(c),
                };
            }

            return escaped.ToString();
        }

        private static bool IsPrintable(string value)
        {
            foreach (var rune in value.EnumerateRunes())
            {
                if (rune.Value != ' ' && Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format
                    or UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                    or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
                {
                    return false;
                }
            }

            return true;
        }

        private static string Describe(string value)
        {
            if (value.Length > 0 && value.AsSpan().IndexOfAnyExcept(' ') < 0)
            {
                return value.Length == 1 ? "a space" : $"{value.Length} spaces";
            }

            if (!IsPrintable(value))
            {
                return $"{CodePoints(value, all: true)} (an invisible or control character)";
            }

            var nonAscii = CodePoints(value, all: false);
            return nonAscii.Length == 0 ? $"'{value}'" : $"'{value}' ({nonAscii})";
        }

        private static string CodePoints(string value, bool all) =>
            string.Join(' ', value.EnumerateRunes().Where(r => all || r.Value > 0x7F).Select(r => $"U+{r.Value:X4}"));
    }
}
