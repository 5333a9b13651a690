using System.Text;

namespace NkContentLint.Reporting;

/// <summary>
/// Text from articles and file names made safe for a terminal or a CI log: control characters
/// (C0, DEL, C1 — so an ANSI or OSC escape sequence cannot recolour the output, retitle the
/// terminal or hide text) become <c>\x1b</c>, and bidirectional controls become <c>\u202e</c>, so
/// they cannot reorder the line. Tabs and everything else, backslashes included, are kept.
/// </summary>
internal static class DisplayText
{
    /// <param name="keepLineBreaks">Keep CR and LF (for formats with their own escape for them).</param>
    public static string Escape(string text, bool keepLineBreaks = false)
    {
        bool NeedsEscape(char c) => DisplayText.NeedsEscape(c) && !(keepLineBreaks && c is '\r' or '\n');
        var i = 0;
        while (i < text.Length && !NeedsEscape(text[i]))
        {
            i++;
        }

        if (i == text.Length)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16).Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (!NeedsEscape(c))
            {
                builder.Append(c);
            }
            else if (c <= 0xFF)
            {
                builder.Append("\\x").Append(((int)c).ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    private static bool NeedsEscape(char c) =>
        (c < 0x20 && c != '\t') || (c >= 0x7F && c <= 0x9F)
        || c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');
}
