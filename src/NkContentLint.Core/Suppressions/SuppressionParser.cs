using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;
using NkContentLint.Documents;

namespace NkContentLint.Suppressions;

/// <summary>Reads suppression directives from a document's HTML comments (never from code).</summary>
internal static partial class SuppressionParser
{
    [GeneratedRegex(@"<!--\s*nkcontentlint-(?<kind>disable-next-line|disable-line|disable-file|disable|enable)(?=[\s-]|-->)(?<args>[\s\S]*?)-->")]
    private static partial Regex DirectivePattern();

    [GeneratedRegex(@"\s--\s")]
    private static partial Regex ReasonSeparator();

    public static ImmutableArray<SuppressionDirective> Parse(ContentDocument document)
    {
        if (!document.Text.Contains("nkcontentlint-", StringComparison.Ordinal))
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<SuppressionDirective>();
        foreach (var comment in document.CommentSpans)
        {
            var commentText = document.Text.Substring(comment.Start, comment.Length);
            foreach (Match match in DirectivePattern().Matches(commentText))
            {
                var span = new TextSpan(comment.Start + match.Index, match.Length);
                var (ids, reason) = SplitArguments(match.Groups["args"].Value);
                result.Add(new SuppressionDirective(
                    ParseKind(match.Groups["kind"].Value),
                    ids,
                    reason,
                    span,
                    document.Lines.GetLineIndex(span.Start),
                    document.Lines.GetLineIndex(Math.Max(span.Start, span.End - 1))));
            }
        }

        return result.ToImmutable();
    }

    private static (ImmutableArray<string> Ids, string? Reason) SplitArguments(string args)
    {
        string? reason = null;
        var separator = ReasonSeparator().Match(" " + args + " ");
        if (separator.Success)
        {
            var at = Math.Max(0, separator.Index - 1);
            reason = args[Math.Min(args.Length, at + separator.Length)..].Trim();
            args = args[..at];
            if (reason.Length == 0)
            {
                reason = null;
            }
        }

        var ids = args.Split([' ', '\t', '\r', '\n', ','], StringSplitOptions.RemoveEmptyEntries)
            .Select(id => id.ToUpperInvariant())
            .ToImmutableArray();
        return (ids, reason);
    }

    private static SuppressionKind ParseKind(string kind) => kind switch
    {
        "disable" => SuppressionKind.Disable,
        "enable" => SuppressionKind.Enable,
        "disable-line" => SuppressionKind.DisableLine,
        "disable-next-line" => SuppressionKind.DisableNextLine,
        _ => SuppressionKind.DisableFile,
    };
}
