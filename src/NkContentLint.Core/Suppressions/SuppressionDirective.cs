using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace NkContentLint.Suppressions;

internal enum SuppressionKind
{
    /// <summary><c>nkcontentlint-disable</c>: from this line until a matching enable.</summary>
    Disable,

    /// <summary><c>nkcontentlint-enable</c>: ends a disable.</summary>
    Enable,

    /// <summary><c>nkcontentlint-disable-line</c>: this line only.</summary>
    DisableLine,

    /// <summary><c>nkcontentlint-disable-next-line</c>: the line after the comment.</summary>
    DisableNextLine,

    /// <summary><c>nkcontentlint-disable-file</c>: the whole file.</summary>
    DisableFile,
}

/// <summary>
/// One <c>&lt;!-- nkcontentlint-… [IDs] [-- reason] --&gt;</c> comment. No IDs means every rule.
/// Lines are 0-based: <see cref="StartLine"/> is the comment's first line, <see cref="EndLine"/> its last.
/// </summary>
internal sealed record SuppressionDirective(
    SuppressionKind Kind,
    ImmutableArray<string> RuleIds,
    string? Reason,
    TextSpan Span,
    int StartLine,
    int EndLine)
{
    public string Keyword => Kind switch
    {
        SuppressionKind.Disable => "nkcontentlint-disable",
        SuppressionKind.Enable => "nkcontentlint-enable",
        SuppressionKind.DisableLine => "nkcontentlint-disable-line",
        SuppressionKind.DisableNextLine => "nkcontentlint-disable-next-line",
        _ => "nkcontentlint-disable-file",
    };

    public bool Covers(string ruleId) => RuleIds.IsEmpty || RuleIds.Contains(ruleId);
}
