using System.Runtime.CompilerServices;
using NkContentLint.Analysis;
using NkContentLint.CodeRules;
using NkContentLint.Configuration;
using NkContentLint.CustomRules;

namespace NkContentLint.Cli;

/// <summary>
/// Where the code rules (C# analyzers) of a run come from: the <c>.cs</c> files of the configuration's
/// custom rule folders. Null asks the configuration; tests pass their own files.
/// </summary>
internal delegate IReadOnlyList<RuleSourceFile> CodeRuleSource(LintConfiguration configuration, string workingDirectory);

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
    public static ICodeRuleCompiler CreateCompiler() => new RoslynCodeRuleCompiler();

    /// <summary>
    /// The analyzers compiled from <paramref name="files"/>, or none (with a note on standard error for each
    /// file) when code rules are not allowed. Compile errors stop the run with exit 2, each as file:line:col.
    /// </summary>
    public static IReadOnlyList<ContentAnalyzer> Load(IReadOnlyList<RuleSourceFile> files, ICodeRuleCompiler? compiler, CliConsole console)
    {
        if (files.Count == 0)
        {
            return [];
        }

        if (compiler is null)
        {
            foreach (var file in files)
            {
                console.Error.WriteLine($"nkcontentlint: code rule {file.Path} skipped: pass --allow-code-rules to compile and run it");
            }

            return [];
        }

        var compilation = compiler.Compile(files, CancellationToken.None);
        if (!compilation.Errors.IsEmpty)
        {
            throw new UsageException(string.Join(Environment.NewLine, compilation.Errors.Select(e => e.ToString())));
        }

        return compilation.Analyzers;
    }
}
