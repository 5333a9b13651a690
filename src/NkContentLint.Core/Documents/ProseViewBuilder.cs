using System.Collections.Immutable;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.CodeAnalysis.Text;

namespace NkContentLint.Documents;

/// <summary>A leaf block of prose as the tree walk found it, before sentences are split.</summary>
/// <remarks>
/// It holds no Markdig object: what later views need of the tree (where a table cell sits, whether a
/// list or table follows the block) is read during the walk, so the tree can be dropped after it.
/// </remarks>
internal sealed record ProseBlockSource(
    ProseBlockKind Kind,
    TextSpan Span,
    ProseContainers Containers,
    IReadOnlyList<TextSpan> Excluded,
    IReadOnlyList<TextSpan> Italics,
    TableCellPosition? Cell,
    bool IsFollowedByListOrTable);

/// <summary>Everything the one tree walk collects; the Markdig tree is not needed after it.</summary>
internal sealed record ProseView(
    string Prose,
    IReadOnlyList<TextSpan> Code,
    IReadOnlyList<TextSpan> Comments,
    IReadOnlyList<ProseBlockSource> Blocks,
    IReadOnlyList<Citation> Citations,
    ImmutableArray<Heading> Headings,
    ImmutableArray<Link> Links,
    TextSpan? FrontMatter,
    DocumentStrings Strings);

/// <summary>
/// One walk over the syntax tree that collects what every rule needs of the markup: the prose view
/// (a copy of the text, same length, with everything that is not prose blanked to spaces), the
/// spans of code (blocks and inline) and of HTML comments, the blocks of prose, the citations
/// (links, autolinks, footnote references, also the ones Markdig leaves as literal text because
/// their definition is missing), the headings, the links and the front matter's span. Nothing it
/// returns refers to the tree, so the document drops the tree once this walk is done.
/// </summary>
internal sealed class ProseViewBuilder
{
    private readonly string text;
    /// <summary>
    /// The prose view, written in place: the walk blanks and copies into the string it returns, so a large article
    /// never holds a second copy of it while the tree is alive (issue 12: a char[] then <c>new string</c> was text
    /// plus two copies plus the tree at the parse's peak). The string escapes only when the walk is done.
    /// </summary>
    private readonly string proseString;
    private readonly Memory<char> proseMemory;
    private readonly List<TextSpan> code = [];
    private readonly List<TextSpan> comments = [];
    private readonly List<ProseBlockSource> blocks = [];
    private readonly List<Citation> citations = [];
    private readonly DocumentStrings strings;
    private readonly ImmutableArray<Heading>.Builder headings = ImmutableArray.CreateBuilder<Heading>();
    private readonly ImmutableArray<Link>.Builder links = ImmutableArray.CreateBuilder<Link>();
    private Table? currentTable;
    private int currentTableIndex = -1;
    private int tableCount;
    private List<TextSpan> excluded = [];
    private List<TextSpan> italics = [];
    private List<(TextSpan Span, IReadOnlyList<TextSpan> Italics)> images = [];
    private bool visitedAny;
    private TextSpan? frontMatter;

    private ProseViewBuilder(string text)
    {
        this.text = text;
        strings = new DocumentStrings(DocumentStrings.ExpectedCount(text.Length));
        // Blanks everywhere, then the line breaks put back: both vectorised (a loop over every character was 0.6% of a
        // whole-corpus run's CPU).
        proseString = string.Create(text.Length, text, static (chars, source) =>
        {
            chars.Fill(' ');
            var from = 0;
            while (source.AsSpan(from).IndexOfAny('\n', '\r') is var next and >= 0)
            {
                from += next;
                chars[from] = source[from];
                from++;
            }
        });
        proseMemory = System.Runtime.InteropServices.MemoryMarshal.AsMemory(proseString.AsMemory());
    }

    private Span<char> prose => proseMemory.Span;

    public static ProseView Build(string text, MarkdownDocument syntax, IReadOnlyList<TextSpan> templateSpans)
    {
        var builder = Start(text);
        builder.Visit(syntax);
        return builder.Finish(templateSpans);
    }

    /// <summary>A walk over <paramref name="text"/> whose syntax comes in one or more parts (<see cref="Visit"/>).</summary>
    public static ProseViewBuilder Start(string text) => new(text);

    /// <summary>
    /// Walks one syntax tree into the views: the whole document's, or one part's (see <see cref="MarkdownParts"/>),
    /// its spans already moved to offsets in the whole text, parts visited in text order. The tree is not kept.
    /// </summary>
    public void Visit(MarkdownDocument syntax)
    {
        if (!visitedAny)
        {
            visitedAny = true;
            frontMatter = syntax.Count > 0 && syntax[0] is YamlFrontMatterBlock yaml ? ToSpan(yaml.Span) : null;
        }

        VisitBlocks(syntax, ProseContainers.None);
    }

    /// <summary>What needs every part: template syntax blanked, literal references found over the whole prose view, citations sorted.</summary>
    public ProseView Finish(IReadOnlyList<TextSpan> templateSpans)
    {
        foreach (var span in templateSpans)
        {
            Blank(span);
        }

        FindLiteralReferences();
        citations.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return new ProseView(
            proseString, code, comments, blocks, citations,
            headings.ToImmutable(), links.ToImmutable(), frontMatter, strings);
    }

    private void VisitBlocks(ContainerBlock container, ProseContainers containers)
    {
        for (var index = 0; index < container.Count; index++)
        {
            var block = container[index];
            switch (block)
            {
                case YamlFrontMatterBlock:
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
                    VisitLeaf(leaf, containers, index + 1 < container.Count && container[index + 1] is ListBlock or Table);
                    break;
                case Table table:
                    {
                        var (outer, outerIndex) = (currentTable, currentTableIndex);
                        (currentTable, currentTableIndex) = (table, tableCount++);
                        VisitBlocks(table, containers | ProseContainers.Table);
                        (currentTable, currentTableIndex) = (outer, outerIndex);
                        break;
                    }

                case ContainerBlock nested:
                    VisitBlocks(nested, containers | nested switch
                    {
                        QuoteBlock => ProseContainers.BlockQuote,
                        ListItemBlock => ProseContainers.ListItem,
                        Table => ProseContainers.Table,
                        Footnote => ProseContainers.FootnoteDefinition,
                        _ => ProseContainers.None,
                    });
                    break;
            }
        }
    }

    /// <summary>The leaf's italics that overlap none of its excluded spans; an empty list without a query when it has none.</summary>
    private List<TextSpan> ItalicsOutsideExcluded()
    {
        var kept = new List<TextSpan>(italics.Count);
        foreach (var italic in italics)
        {
            if (!Overlaps(excluded, italic))
            {
                kept.Add(italic);
            }
        }

        return kept;
    }

    private void VisitLeaf(LeafBlock leaf, ProseContainers containers, bool followedByListOrTable)
    {
        if (leaf is HeadingBlock heading && InlineText.SpanOf(heading.Inline) is { } headingSpan)
        {
            headings.Add(new Heading(heading.Level, InlineText.Render(heading.Inline), headingSpan, heading.IsSetext));
        }

        excluded = [];
        italics.Clear(); // never kept: the block keeps a filtered copy (a new list per leaf was 1% of a run's allocations)
        images = [];
        VisitInlines(leaf.Inline!);
        var span = ToSpan(leaf.Span);
        if (span.IsEmpty)
        {
            return;
        }

        BlankBareUrls(span);

        var kind = leaf is HeadingBlock ? ProseBlockKind.Heading
            : (containers & ProseContainers.Table) != 0 ? ProseBlockKind.TableCell
            : ProseBlockKind.Paragraph;
        var cell = CellOf(leaf);
        blocks.Add(new ProseBlockSource(kind, span, containers, excluded, ItalicsOutsideExcluded(), cell, followedByListOrTable));
        foreach (var (alt, altItalics) in images)
        {
            blocks.Add(new ProseBlockSource(ProseBlockKind.ImageAlt, alt, containers, [], altItalics, cell, followedByListOrTable));
        }
    }

    /// <summary>Where a leaf sits in a pipe table (a cell's paragraph), with the start of its column's header text.</summary>
    private TableCellPosition? CellOf(LeafBlock leaf)
    {
        if (leaf.Parent is not TableCell cell || cell.Parent is not TableRow row || row.Parent is not Table table || !ReferenceEquals(table, currentTable))
        {
            return null;
        }

        var column = row.IndexOf(cell);
        string? header = null;
        if (table.Count > 0 && table[0] is TableRow headerRow && column >= 0 && column < headerRow.Count
            && headerRow[column] is TableCell headerCell && headerCell.Count > 0 && headerCell[0] is ParagraphBlock paragraph
            && paragraph.Inline?.FirstChild is LiteralInline literal)
        {
            header = strings.Share(literal.Content.AsSpan());
        }

        return new TableCellPosition(currentTableIndex, table.IndexOf(row), column, header);
    }

    /// <summary>
    /// Bare URLs (<c>https://…</c>, <c>www.…</c>) in a block's prose are addresses, not prose, and
    /// count as autolink citations. Found with one linear scan per block instead of Markdig's
    /// autolink extension, which is quadratic on a paragraph full of URLs (295 KB took over a second).
    /// Only characters still in the prose view count, so URLs in code or link destinations are skipped.
    /// </summary>
    private static readonly System.Buffers.SearchValues<char> UrlStarts = System.Buffers.SearchValues.Create("hHwW");

    private void BlankBareUrls(TextSpan block)
    {
        var view = prose.Slice(block.Start, Math.Min(block.Length, prose.Length - block.Start));
        var offset = 0;
        while (offset < view.Length)
        {
            // One forward pass: jump to the next 'h' or 'w' and test the prefixes there.
            var next = view[offset..].IndexOfAny(UrlStarts);
            if (next < 0)
            {
                return;
            }

            var start = offset + next;
            var isUrl = view[start..].StartsWith("http://", StringComparison.OrdinalIgnoreCase)
                || view[start..].StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                || view[start..].StartsWith("www.", StringComparison.OrdinalIgnoreCase);
            if (!isUrl || (start > 0 && char.IsLetterOrDigit(view[start - 1])))
            {
                offset = start + 1;
                continue;
            }

            var end = start;
            while (end < view.Length && !char.IsWhiteSpace(view[end]) && view[end] is not ('<' or '>' or '"'))
            {
                end++;
            }

            // Trailing sentence punctuation and a closing bracket belong to the sentence, not the URL.
            while (end > start && view[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '\'' or '*' or '_')
            {
                end--;
            }

            var url = TextSpan.FromBounds(block.Start + start, block.Start + end);
            citations.Add(new Citation(CitationKind.Autolink, url, strings.Share(view[start..end])));
            Blank(url);
            offset = Math.Max(end, start + 4);
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
                case AutolinkInline autolink:
                    if (!autolink.IsEmail)
                    {
                        citations.Add(new Citation(CitationKind.Autolink, ToSpan(inline.Span), strings.Share(autolink.Url)));
                    }

                    break;
                case FootnoteLink footnote:
                    if (!footnote.IsBackLink && !inline.Span.IsEmpty)
                    {
                        citations.Add(new Citation(CitationKind.FootnoteReference, ToSpan(inline.Span), strings.Share(footnote.Footnote?.Label)));
                    }

                    break;
                case HtmlInline:
                    break;
                case LinkInline { IsImage: true } image:
                    {
                        AddLink(image);
                        // Alt text is prose, but a block of its own: it is not part of the sentence around it.
                        var outerItalics = italics;
                        italics = [];
                        VisitInlines(image);
                        var alt = InlineText.SpanOf(image);
                        if (alt is { } altSpan)
                        {
                            excluded.Add(altSpan);
                            images.Add((altSpan, italics));
                        }

                        italics = outerItalics;
                        break;
                    }

                case LinkInline link:
                    AddLink(link);
                    if (!string.IsNullOrWhiteSpace(link.Url) && !link.Url.StartsWith('#'))
                    {
                        var kind = link.Reference is not null || link.IsShortcut || link.LocalLabel != LocalLabel.None
                            ? CitationKind.ReferenceLink
                            : CitationKind.InlineLink;
                        citations.Add(new Citation(kind, ToSpan(inline.Span), strings.Share(link.Url)));
                    }

                    VisitInlines(link);
                    break;
                case EmphasisInline emphasis:
                    if (emphasis.DelimiterCount == 1 && InlineText.SpanOf(emphasis) is { } italic)
                    {
                        italics.Add(italic);
                    }

                    VisitInlines(emphasis);
                    break;
                case ContainerInline nested:
                    // Link text and unresolved link brackets: their literals are prose.
                    VisitInlines(nested);
                    break;
            }
        }
    }

    private void AddLink(LinkInline link)
    {
        TextSpan? content = link.FirstChild is { } first && link.LastChild is { } last && first.Span.Start >= 0 && last.Span.End >= first.Span.Start
            ? TextSpan.FromBounds(first.Span.Start, Math.Min(text.Length, last.Span.End + 1))
            : null;
        var isReference = link.Reference is not null || link.IsShortcut || link.LocalLabel != LocalLabel.None;
        links.Add(new Link(ToSpan(link.Span), content, strings.Share(link.Url), link.IsImage, isReference));
    }

    /// <summary>
    /// Citations Markdig leaves as literal text because their definition is elsewhere or missing:
    /// <c>[^1]</c>, <c>[text][label]</c>, <c>[text][]</c>, and bracketed reference numbers <c>[12]</c>.
    /// Their markers are blanked like resolved ones. One pass, each look-ahead bounded.
    /// </summary>
    private void FindLiteralReferences()
    {
        var prose = this.prose;
        var n = prose.Length;
        var lastOpen = -1;
        for (var i = 0; i < n; i++)
        {
            // Only brackets start anything here: the characters between them are skipped at once.
            var next = prose[i..].IndexOfAny('[', ']');
            if (next < 0)
            {
                break;
            }

            i += next;
            var c = prose[i];
            if (c == '[')
            {
                if (i + 1 < n && prose[i + 1] == '^' && FindClose(i + 2, 64, allowSpace: false) is var close && close > i + 2)
                {
                    citations.Add(new Citation(CitationKind.FootnoteReference, TextSpan.FromBounds(i, close + 1), strings.Share(text.AsSpan((i + 2)..close))));
                    Blank(TextSpan.FromBounds(i, close + 1));
                    i = close;
                    continue;
                }

                if (FindClose(i + 1, 8, allowSpace: false) is var numberClose && numberClose > i + 1 && AllDigits(i + 1, numberClose)
                    && (numberClose + 1 >= n || prose[numberClose + 1] is not ('(' or '[' or ':')))
                {
                    citations.Add(new Citation(CitationKind.NumberedReference, TextSpan.FromBounds(i, numberClose + 1), strings.Share(text.AsSpan((i + 1)..numberClose))));
                    Blank(TextSpan.FromBounds(i, numberClose + 1));
                    i = numberClose;
                    continue;
                }

                lastOpen = i;
                continue;
            }

            if (c == ']' && i + 1 < n && prose[i + 1] == '[' && FindClose(i + 2, 100, allowSpace: true) is var labelClose && labelClose >= i + 2)
            {
                citations.Add(new Citation(CitationKind.ReferenceLink, TextSpan.FromBounds(i, labelClose + 1), strings.Share(text.AsSpan((i + 2)..labelClose))));
                Blank(TextSpan.FromBounds(i, labelClose + 1));
                if (lastOpen >= 0 && i - lastOpen < 300)
                {
                    prose[lastOpen] = ' ';
                }

                lastOpen = -1;
                i = labelClose;
            }
        }
    }

    private int FindClose(int from, int max, bool allowSpace)
    {
        var prose = this.prose;
        for (var k = from; k < prose.Length && k < from + max; k++)
        {
            var c = prose[k];
            if (c == ']')
            {
                return k;
            }

            if (c is '[' or '\n' or '\r' || (!allowSpace && c == ' ') || (c == ' ' && !char.IsWhiteSpace(text[k])))
            {
                return -1;
            }
        }

        return -1;
    }

    private bool AllDigits(int from, int to)
    {
        var prose = this.prose;
        for (var k = from; k < to; k++)
        {
            if (!char.IsDigit(prose[k]))
            {
                return false;
            }
        }

        return to > from;
    }

    private static bool Overlaps(List<TextSpan> spans, TextSpan span) => spans.Any(s => s.OverlapsWith(span));

    private void Copy(SourceSpan span)
    {
        if (span.IsEmpty || span.Start < 0)
        {
            return;
        }

        var end = Math.Min(span.End + 1, text.Length);
        text.AsSpan(span.Start, end - span.Start).CopyTo(prose[span.Start..]);
    }

    private void Blank(TextSpan span)
    {
        var prose = this.prose;
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
