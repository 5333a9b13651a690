using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;

namespace NkContentLint.Documents;

/// <summary>
/// Finds static-site template syntax that is not prose: Hugo shortcodes (<c>{{&lt; &gt;}}</c>,
/// <c>{{% %}}</c>) and Liquid/Go-template tags and outputs (<c>{% %}</c>, <c>{{ }}</c>).
/// </summary>
public static partial class TemplateSyntax
{
    // NonBacktracking keeps this linear on hostile input (thousands of unclosed "{{").
    [GeneratedRegex(@"\{\{<[\s\S]*?>\}\}|\{\{%[\s\S]*?%\}\}|\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}", RegexOptions.NonBacktracking)]
    private static partial Regex TemplatePattern();

    public static IReadOnlyList<TextSpan> Find(string text)
    {
        if (!text.Contains('{'))
        {
            return [];
        }

        var spans = new List<TextSpan>();
        foreach (var match in TemplatePattern().EnumerateMatches(text))
        {
            spans.Add(new TextSpan(match.Index, match.Length));
        }

        return spans;
    }
}
