using System.Runtime.CompilerServices;
using NkContentLint.Analysis;
using NkContentLint.CodeRules;
using NkContentLint.Configuration;
using NkContentLint.CustomRules;

namespace NkContentLint.Cli;

/// <summary>
/// The CLI's side of code rules: they run only with <c>--allow-code-rules</c>, a switch that only the
/// person running the tool can give (no file in the linted tree or its configuration turns it on).
/// </summary>
internal static class CodeRuleSupport
{
    /// <summary>
    /// The compiler, for a run with code rules allowed. Kept out of line and called only then, so that a run
    /// without the switch does not even load NkContentLint.CodeRules; the C# compiler itself loads only
    /// when a file is compiled.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    /// <param name="cacheDirectory"><c>--cache DIR</c>: compiled rule assemblies are kept in DIR/code-rules, beside the content cache's DIR/articles.</param>
    public static ICodeRuleCompiler CreateCompiler(string? cacheDirectory = null) => new RoslynCodeRuleCompiler(cacheDirectory);
}
