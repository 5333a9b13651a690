using Microsoft.CodeAnalysis.Text;

namespace NkContentLint.Documents;

/// <summary>How a piece of prose points to its source.</summary>
public enum CitationKind
{
    /// <summary><c>[text](https://…)</c>.</summary>
    InlineLink,

    /// <summary><c>[text][label]</c>, <c>[text][]</c> or <c>[label]</c>, resolved or not (a missing definition is a broken link, not a missing citation).</summary>
    ReferenceLink,

    /// <summary><c>&lt;https://…&gt;</c> or a bare URL that GitHub Flavored Markdown links.</summary>
    Autolink,

    /// <summary><c>[^1]</c>, with or without its definition.</summary>
    FootnoteReference,

    /// <summary>A bracketed reference number as pasted from Wikipedia, <c>[12]</c>.</summary>
    NumberedReference,

    /// <summary>A parenthetical author–year citation: <c>(Williams, 2016)</c>, <c>(ITU, 2020, p. 14)</c>.</summary>
    AuthorYear,
}

/// <summary>A citation in the prose, at its source span. <see cref="Target"/> is the URL or label when there is one.</summary>
public sealed record Citation(CitationKind Kind, TextSpan Span, string? Target);
