using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;

namespace NkContentLint.Fixing;

/// <summary>
/// How sure a fix is (DESIGN.md's fix tiers). <c>--fix</c> applies <see cref="Safe"/> fixes only;
/// <c>--fix-suggestions</c> applies both.
/// </summary>
public enum FixSafety
{
    /// <summary>The repair is certain (reversing mojibake, removing a zero-width space).</summary>
    Safe,

    /// <summary>Plausible but needs a human (replacing a figure with the canonical one).</summary>
    Suggestion,
}

/// <summary>
/// A repair for one finding: text changes in the decoded text's coordinates, or, for a file that
/// is really in a legacy encoding, a transcoding of the whole file to UTF-8.
/// </summary>
public sealed record CodeFix(string Title, ImmutableArray<TextChange> Changes, FixSafety Safety)
{
    /// <summary>When set, the fix re-decodes the file's original bytes from this code page and writes UTF-8.</summary>
    public int? TranscodeFromCodePage { get; init; }

    public static CodeFix Replace(TextSpan span, string replacement, string title, FixSafety safety) =>
        new(title, [new TextChange(span, replacement)], safety);

    public static CodeFix Transcode(int codePage, string title) =>
        new(title, [], FixSafety.Safe) { TranscodeFromCodePage = codePage };
}
