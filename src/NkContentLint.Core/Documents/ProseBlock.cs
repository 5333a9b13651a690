using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace NkContentLint.Documents;

/// <summary>What kind of Markdown element a run of prose comes from.</summary>
public enum ProseBlockKind
{
    /// <summary>A paragraph (also one inside a list item, block quote or footnote definition).</summary>
    Paragraph,

    /// <summary>An ATX or setext heading.</summary>
    Heading,

    /// <summary>The content of one cell of a pipe table.</summary>
    TableCell,

    /// <summary>The alt text of an image; it is a block of its own, not part of the paragraph around it.</summary>
    ImageAlt,
}

/// <summary>The Markdown containers a prose block is nested in.</summary>
[Flags]
public enum ProseContainers
{
    None = 0,
    BlockQuote = 1,
    ListItem = 2,
    Table = 4,

    /// <summary>A footnote definition (<c>[^1]: …</c>): the text of a citation, not a claim.</summary>
    FootnoteDefinition = 8,
}

/// <summary>
/// One block of prose: a paragraph, heading, table cell or image alt text. Its sentences are in
/// <see cref="ContentDocument.Sentences"/>; spans are offsets into <see cref="ContentDocument.Text"/>.
/// </summary>
public sealed class ProseBlock
{
    // Most blocks quote, title and exclude nothing: their three span lists are one shared null, not three array
    // fields, and the kind, containers and flags are bytes (a markup-dense 50 MB article has 300,000 blocks: 48
    // bytes each, not 72).
    private readonly InnerSpans? inner;
    private readonly byte kind;
    private readonly byte containers;

    internal ProseBlock(
        ProseBlockKind kind,
        TextSpan span,
        ProseContainers containers,
        ImmutableArray<TextSpan> quotations,
        ImmutableArray<TextSpan> titles,
        bool isQuotedPassage,
        ImmutableArray<TextSpan> excluded,
        TableCellPosition? cell,
        bool isFollowedByListOrTable)
    {
        Cell = cell;
        IsFollowedByListOrTable = isFollowedByListOrTable;
        this.kind = checked((byte)kind);
        Span = span;
        this.containers = checked((byte)containers);
        inner = quotations.IsDefaultOrEmpty && titles.IsDefaultOrEmpty && excluded.IsDefaultOrEmpty
            ? null
            : new InnerSpans(Empty(quotations), Empty(titles), Empty(excluded));
        IsQuotedPassage = isQuotedPassage;
    }

    public ProseBlockKind Kind => (ProseBlockKind)kind;

    /// <summary>For a table cell, where it sits in its table (for image alt text, the cell holding the image); else null.</summary>
    public TableCellPosition? Cell { get; }

    /// <summary>
    /// True when the next block in the same container is a list or a table (for image alt text, the block
    /// after the one holding the image): a count that ends the paragraph may be the count of those items.
    /// </summary>
    public bool IsFollowedByListOrTable { get; }

    /// <summary>The block's source span (for a heading, with its markers; for alt text, the alt text only).</summary>
    public TextSpan Span { get; }

    public ProseContainers Containers => (ProseContainers)containers;

    /// <summary>True inside a footnote definition, whose text is a citation rather than a claim.</summary>
    public bool IsFootnoteDefinition => (Containers & ProseContainers.FootnoteDefinition) != 0;

    /// <summary>
    /// Text between double quotation marks (<c>"…"</c>, <c>“…”</c>, <c>«…»</c>, <c>「…」</c>), marks
    /// included, outermost only. Words in a quotation are someone else's, not the author's claims.
    /// </summary>
    public ImmutableArray<TextSpan> Quotations => inner?.Quotations ?? [];

    /// <summary>Italic text that reads like the title of a work (<c>*Digital 2024: North Korea*</c>).</summary>
    public ImmutableArray<TextSpan> Titles => inner?.Titles ?? [];

    /// <summary>
    /// True when the block is a paragraph of a block quote that is one quotation from start to end: a
    /// passage quoted for the reader, whose figures are presented as they are, not someone's quoted words
    /// inside the author's sentence.
    /// </summary>
    public bool IsQuotedPassage { get; }

    /// <summary>Parts of <see cref="Span"/> that belong to another block (an image's alt text inside a paragraph).</summary>
    internal ImmutableArray<TextSpan> Excluded => inner?.Excluded ?? [];

    private static ImmutableArray<TextSpan> Empty(ImmutableArray<TextSpan> spans) => spans.IsDefault ? [] : spans;

    private sealed record InnerSpans(ImmutableArray<TextSpan> Quotations, ImmutableArray<TextSpan> Titles, ImmutableArray<TextSpan> Excluded);
}
