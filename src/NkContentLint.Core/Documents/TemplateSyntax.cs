using Microsoft.CodeAnalysis.Text;

namespace NkContentLint.Documents;

/// <summary>
/// Finds static-site template syntax that is not prose: Hugo shortcodes (<c>{{&lt; &gt;}}</c>,
/// <c>{{% %}}</c>) and Liquid/Go-template tags and outputs (<c>{% %}</c>, <c>{{ }}</c>).
/// </summary>
/// <remarks>
/// The matches of <c>\{\{&lt;[\s\S]*?&gt;\}\}|\{\{%[\s\S]*?%\}\}|\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}</c>, found by
/// hand: at each <c>{</c> the first opener that has a closer after it wins, with the nearest closer. Each
/// closer's next position is remembered, so thousands of unclosed <c>{{</c> stay linear. (A NonBacktracking
/// regex did this before; building it cost a one-article run about 130 JIT-compiled methods at start-up.
/// A test compares the two on generated text.)
/// </remarks>
public static class TemplateSyntax
{
    public static IReadOnlyList<TextSpan> Find(string text)
    {
        var i = text.IndexOf('{');
        if (i < 0)
        {
            return [];
        }

        var spans = new List<TextSpan>();
        Closer shortcode = new(">}}"), percentShortcode = new("%}}"), tag = new("%}"), output = new("}}");
        while (i >= 0)
        {
            var end = -1;
            if (StartsWith(text, i, "{{<"))
            {
                end = shortcode.EndAfter(text, i + 3);
            }

            if (end < 0 && StartsWith(text, i, "{{%"))
            {
                end = percentShortcode.EndAfter(text, i + 3);
            }

            if (end < 0 && StartsWith(text, i, "{%"))
            {
                end = tag.EndAfter(text, i + 2);
            }

            if (end < 0 && StartsWith(text, i, "{{"))
            {
                end = output.EndAfter(text, i + 2);
            }

            if (end >= 0)
            {
                spans.Add(TextSpan.FromBounds(i, end));
                i = end < text.Length ? text.IndexOf('{', end) : -1;
            }
            else
            {
                i = i + 1 < text.Length ? text.IndexOf('{', i + 1) : -1;
            }
        }

        return spans;
    }

    private static bool StartsWith(string text, int index, string value) =>
        text.AsSpan(index).StartsWith(value, StringComparison.Ordinal);

    /// <summary>The nearest occurrence of a closer at or after a position; positions asked only grow, so each part of the text is searched once.</summary>
    private sealed class Closer(string value)
    {
        private int next = -2; // -2: not searched yet; -1: none after the last search's start

        /// <summary>The end of the first occurrence starting at or after <paramref name="from"/>, or -1.</summary>
        public int EndAfter(string text, int from)
        {
            if (next == -1)
            {
                return -1;
            }

            if (next < from)
            {
                next = from <= text.Length ? text.IndexOf(value, from, StringComparison.Ordinal) : -1;
            }

            return next < 0 ? -1 : next + value.Length;
        }
    }
}
