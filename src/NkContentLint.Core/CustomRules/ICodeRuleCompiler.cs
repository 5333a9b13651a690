using System.Collections.Immutable;
using NkContentLint.Analysis;

namespace NkContentLint.CustomRules;

/// <summary>A custom rule file as read from disk: its path as the user gave it and its text.</summary>
internal sealed record RuleSourceFile(string Path, string Text);

/// <summary>
/// A located problem in a custom rule file (YAML or C#). Any such error stops the run with exit 2,
/// as a malformed configuration does; lines and columns are 1-based.
/// </summary>
internal sealed record RuleFileError(string Path, int Line, int Column, string Message)
{
    public override string ToString() => $"{Path}:{Line}:{Column}: {Message}";
}

/// <summary>The analyzers compiled from C# rule files, or the errors that stopped compilation.</summary>
internal sealed record CodeRuleCompilation(ImmutableArray<ContentAnalyzer> Analyzers, ImmutableArray<RuleFileError> Errors, bool FromCache);

/// <summary>
/// Compiles C# rule files into analyzers. Core only declares it: the implementation lives in its own
/// assembly so the C# compiler is loaded only when a code rule is present and code rules are allowed
/// (<c>--allow-code-rules</c>); a file in the linted tree never enables them.
/// </summary>
internal interface ICodeRuleCompiler
{
    CodeRuleCompilation Compile(IReadOnlyList<RuleSourceFile> files, CancellationToken cancellationToken);
}
