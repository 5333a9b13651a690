using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.CodeAnalysis.Text;

namespace NkContentLint.Documents;

/// <summary>
/// One walk over the syntax tree that collects what the prose-oriented rules need: the prose view
/// (a copy of the text, same length, with everything that is not prose blanked to spaces), the
/// spans of code (blocks and inline), and the spans of HTML comments.
/// </summary>
internal sealed class ProseViewBuilder
{
    private readonly string text;
    private readonly char[] prose;
    private readonly List<TextSpan> code = [];
    private readonly List<TextSpan> comments = [];

    private ProseViewBuilder(string text)
    {
        this.text = text;
        prose = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            prose[i] = c is '\n' or '\r' ? c : ' ';
        }
    }

    public static (string Prose, IReadOnlyList<TextSpan> Code, IReadOnlyList<TextSpan> Comments) Build(
        string text, MarkdownDocument syntax, IReadOnlyList<TextSpan> templateSpans)
    {
        var builder = new ProseViewBuilder(text);
        builder.VisitBlocks(syntax);
        foreach (var span in templateSpans)
        {
            builder.Blank(span);
        }

        return (new string(builder.prose), builder.code, builder.comments);
    }

    private void VisitBlocks(ContainerBlock container)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case Markdig.Extensions.Yaml.YamlFrontMatterBlock:
                    // Front matter is metadata, not code and not (yet) prose.
                    break;
                case CodeBlock codeBlock:
                    code.Add(ToSpan(codeBlock.Span));
                    break;
                case HtmlBlock html:
                    if (html.Type == HtmlBlockType.Comment)
                    {
                        comments.Add(ToSpan(html.Span));
                    }

                    break;
                case LeafBlock leaf when leaf.Inline is not null:
                    VisitInlines(leaf.Inline);
                    break;
                case ContainerBlock nested:
                    VisitBlocks(nested);
                    break;
            }
        }
    }

    private void VisitInlines(ContainerInline container)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline or HtmlEntityInline:
                    Copy(inline.Span);
                    break;
                case CodeInline:
                    code.Add(ToSpan(inline.Span));
                    break;
                case HtmlInline html when html.Tag.StartsWith("<!--", StringComparison.Ordinal):
                    comments.Add(ToSpan(inline.Span));
                    break;
                case AutolinkInline or HtmlInline or FootnoteLink:
                    break;
                case LinkInline { IsAutoLink: true }:
                    // A bare URL the autolink extension recognised: an address, not prose.
                    break;
                case ContainerInline nested:
                    // Emphasis, link text and image alt text are prose; link destinations are not part of the children.
                    VisitInlines(nested);
                    break;
            }
        }
    }

    private void Copy(SourceSpan span)
    {
        if (span.IsEmpty || span.Start < 0)
        {
            return;
        }

        var end = Math.Min(span.End + 1, text.Length);
        text.AsSpan(span.Start, end - span.Start).CopyTo(prose.AsSpan(span.Start));
    }

    private void Blank(TextSpan span)
    {
        for (var i = span.Start; i < span.End && i < prose.Length; i++)
        {
            if (prose[i] is not ('\n' or '\r'))
            {
                prose[i] = ' ';
            }
        }
    }

    private TextSpan ToSpan(SourceSpan span) =>
        span.IsEmpty || span.Start < 0
            ? new TextSpan(Math.Max(span.Start, 0), 0)
            : TextSpan.FromBounds(span.Start, Math.Min(span.End + 1, text.Length));
}
