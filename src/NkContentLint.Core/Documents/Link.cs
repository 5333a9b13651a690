using Microsoft.CodeAnalysis.Text;

namespace NkContentLint.Documents;

/// <summary>
/// A Markdown link or image as the document's one markup pass found it (<c>[text](url)</c>,
/// <c>[text][label]</c>, <c>![alt](src)</c>), in document order. Autolinks and bare URLs are
/// <see cref="Citation"/>s, not links.
/// </summary>
/// <param name="Span">The whole link, brackets and destination included.</param>
/// <param name="ContentSpan">The link text (an image's alt text) between its brackets, or null when it has none.</param>
/// <param name="Url">The destination, resolved through its reference definition; null or empty when there is none.</param>
/// <param name="IsImage">True for <c>![alt](src)</c>.</param>
/// <param name="IsReference">True for a reference link (<c>[text][label]</c>, <c>[text][]</c>, <c>[label]</c>).</param>
public sealed record Link(TextSpan Span, TextSpan? ContentSpan, string? Url, bool IsImage, bool IsReference);

/// <summary>
/// Where a block of prose sits in a pipe table: which table of the document (counted from 0), which
/// row (0 is the header row) and which column.
/// </summary>
/// <param name="Table">The table's index among the document's tables, in document order.</param>
/// <param name="Row">The row's index in its table: 0 is the header row, 1 the first row under the delimiter row.</param>
/// <param name="Column">The cell's index in its row.</param>
/// <param name="ColumnHeader">The plain text the header cell of this column starts with (its first run of literal text), or null.</param>
public sealed record TableCellPosition(int Table, int Row, int Column, string? ColumnHeader)
{
    /// <summary>True for a cell of the header row.</summary>
    public bool IsHeader => Row == 0;
}
