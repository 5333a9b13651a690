using Microsoft.CodeAnalysis.Text;

namespace NkContentLint.Documents;

/// <summary>
/// A heading as a reader sees it: its level, its rendered plain text (markup removed, whitespace
/// collapsed, so <c>## *Why*</c> reads "Why") and the span of that text in the source.
/// </summary>
public sealed record Heading(int Level, string Text, TextSpan ContentSpan, bool IsSetext);
