using NkContentLint.CodeRules;
using NkContentLint.Configuration;
using NkContentLint.CustomRules;
using NkContentLint.Running;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.CodeRules;

/// <summary>docs/examples/rules/LongSentenceAnalyzer.cs (HOUSE100), compiled as a user's rule file is, on samples/.</summary>
public sealed class ExampleCodeRuleTests
{
    private static readonly string ExamplePath = RepositoryPaths.Combine("docs", "examples", "rules", "LongSentenceAnalyzer.cs");

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public void TheExampleCompilesAndFlagsTheSamplesLongSentencesOnly()
    {
        using var compiler = new RoslynCodeRuleCompiler();
        var compilation = compiler.Compile([new RuleSourceFile("docs/examples/rules/LongSentenceAnalyzer.cs", File.ReadAllText(ExamplePath))], Token);
        Assert.Empty(compilation.Errors);
        var analyzer = Assert.Single(compilation.Analyzers);

        var root = RepositoryPaths.Root;
        var result = LintRunner.Run(new LintRequest(["samples"], root, LintConfiguration.CreateDefault(root), compilation.Analyzers), Token);

        var findings = result.Diagnostics.Where(d => d.Id == "HOUSE100").ToList();
        Assert.NotEmpty(findings);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "NK0002" or "NK0005");
        foreach (var finding in findings)
        {
            var words = int.Parse(finding.Message.Split(' ')[2]);
            Assert.True(words > 40, finding.ToString());
        }

        // Not fired: a sentence of exactly 40 words, code, and a long heading-free list of short sentences.
        var forty = string.Join(' ', Enumerable.Repeat("word", 39)) + " end.";
        Assert.Empty(AnalyzerVerifier.Run(analyzer, $"{forty}\n\n```\n{forty} {forty}\n```\n\nShort one. Another short one.\n"));
        Assert.Single(AnalyzerVerifier.Run(analyzer, $"{forty[..^1]} more.\n"));
    }
}
