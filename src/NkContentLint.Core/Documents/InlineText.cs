using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.CodeAnalysis.Text;

namespace NkContentLint.Documents;

/// <summary>Helpers that read Markdig inline trees the way a reader sees them.</summary>
internal static class InlineText
{
    /// <summary>Rendered plain text: literals, code and link text kept, markup dropped, whitespace collapsed.</summary>
    public static string Render(ContainerInline? container)
    {
        if (container is null)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        Append(container, builder);
        return CollapseWhitespace(builder.ToString());
    }

    /// <summary>The source span covered by a container's children, or null when it has none.</summary>
    public static TextSpan? SpanOf(ContainerInline? container)
    {
        if (container?.FirstChild is null)
        {
            return null;
        }

        int start = int.MaxValue, end = -1;
        foreach (var child in container)
        {
            if (child.Span.IsEmpty || child.Span.Start < 0)
            {
                continue;
            }

            start = Math.Min(start, child.Span.Start);
            end = Math.Max(end, child.Span.End + 1);
        }

        return end < 0 ? null : TextSpan.FromBounds(start, end);
    }

    private static void Append(Inline inline, StringBuilder builder)
    {
        switch (inline)
        {
            case LiteralInline literal:
                builder.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case HtmlEntityInline entity:
                builder.Append(entity.Transcoded.AsSpan());
                break;
            case AutolinkInline autolink:
                builder.Append(autolink.Url);
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case HtmlInline:
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, builder);
                }

                break;
        }
    }

    /// <summary>The text with each run of whitespace one space and none at either end.</summary>
    internal static string CollapseWhitespace(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
