using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;

namespace NkContentLint.Documents;

/// <summary>
/// The spans of the values in YAML front matter (<c>title: …</c>, <c>- item</c>), without keys,
/// fences or comment lines. Enough for text checks; not a YAML parser.
/// </summary>
internal static partial class FrontMatterValues
{
    [GeneratedRegex(@"^[ \t]*(?:-[ \t]+)?(?:[^\s:#][^:#]*?:(?:[ \t]+|$)|-[ \t]+)")]
    private static partial Regex KeyOrItemPrefix();

    /// <summary>The value spans of the front matter <paramref name="block"/>, read with the text's own line map <paramref name="lines"/>.</summary>
    public static IReadOnlyList<TextSpan> Find(string text, TextSpan? block, Text.LineMap lines)
    {
        if (block is not { } span)
        {
            return [];
        }

        var spans = new List<TextSpan>();
        var firstLine = lines.GetLineIndex(span.Start) + 1;
        var lastLine = lines.GetLineIndex(Math.Min(span.End - 1, text.Length - 1)) - 1;
        for (var line = firstLine; line <= lastLine; line++)
        {
            var start = lines.GetLineStart(line);
            var end = lines.GetLineEnd(line, text);
            var lineText = text[start..end];
            if (lineText.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var prefix = KeyOrItemPrefix().Match(lineText);
            var valueStart = start + (prefix.Success ? prefix.Length : 0);
            if (valueStart < end)
            {
                spans.Add(TextSpan.FromBounds(valueStart, end));
            }
        }

        return spans;
    }
}
