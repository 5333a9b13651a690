using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace NkContentLint.Tests.Testing;

/// <summary>An expected finding parsed from markup: rule ID and exact span in the stripped text.</summary>
public sealed record ExpectedDiagnostic(string Id, TextSpan Span);

/// <summary>
/// Roslyn-style inline markup for expected diagnostics: <c>{|NK3001:text|}</c> marks "text" as the
/// exact span of an NK3001 finding. <see cref="Parse"/> returns the text without markup.
/// </summary>
public static class DiagnosticMarkup
{
    public static (string Text, IReadOnlyList<ExpectedDiagnostic> Expected) Parse(string markup)
    {
        var text = new StringBuilder(markup.Length);
        var expected = new List<ExpectedDiagnostic>();
        var open = new Stack<(string Id, int Start)>();
        var i = 0;
        while (i < markup.Length)
        {
            if (markup.AsSpan(i).StartsWith("{|"))
            {
                var colon = markup.IndexOf(':', i + 2);
                if (colon < 0)
                {
                    throw new FormatException($"'{{|' at {i} has no ':' after the rule ID");
                }

                open.Push((markup[(i + 2)..colon], text.Length));
                i = colon + 1;
            }
            else if (markup.AsSpan(i).StartsWith("|}") && open.Count > 0)
            {
                var (id, start) = open.Pop();
                expected.Add(new ExpectedDiagnostic(id, TextSpan.FromBounds(start, text.Length)));
                i += 2;
            }
            else
            {
                text.Append(markup[i]);
                i++;
            }
        }

        if (open.Count > 0)
        {
            throw new FormatException("unclosed '{|' in markup");
        }

        return (text.ToString(), expected);
    }
}
