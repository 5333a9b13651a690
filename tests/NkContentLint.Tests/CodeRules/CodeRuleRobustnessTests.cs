using NkContentLint.Analysis;
using NkContentLint.CodeRules;
using NkContentLint.Configuration;
using NkContentLint.Diagnostics;
using NkContentLint.Running;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.CodeRules;

/// <summary>A code rule that throws or hangs costs the run that rule's findings, nothing else.</summary>
public sealed class CodeRuleRobustnessTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public void AThrowingCodeRuleIsNk0002ForEachFileAndTheRunGoesOn()
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", "Pyongyang\n");
        temp.Write("b.md", "Pyongyang again\n");
        using var compiler = new RoslynCodeRuleCompiler();
        var rules = compiler.Compile([CodeRuleSources.Pyongyang(), CodeRuleSources.Throwing()], Token).Analyzers;

        var result = Lint(temp.Path, rules);

        Assert.Equal(
            ["a.md HOUSE001", "a.md NK0002", "b.md HOUSE001", "b.md NK0002"],
            result.Diagnostics.Select(d => $"{d.Location.Path} {d.Id}"));
        Assert.All(result.Diagnostics.Where(d => d.Id == "NK0002"), d =>
            Assert.Equal("Rule ThrowingAnalyzer failed on this file and was skipped for it: InvalidOperationException: house rule bug", d.Message));
    }

    [Fact]
    public void ACodeRuleThatIgnoresItsTokenPastItsBudgetIsNk0005AndItsFindingsAreDropped()
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", "Pyongyang\n");
        var stop = Path.Combine(temp.Path, "stop");
        using var compiler = new RoslynCodeRuleCompiler();
        var rules = compiler.Compile([CodeRuleSources.Pyongyang(), CodeRuleSources.Hanging(stop)], Token).Analyzers;
        try
        {
            // Generous for the rule that finishes (the machine may be busy); the other never does.
            var result = Lint(temp.Path, rules, TimeSpan.FromSeconds(2));

            // HANGING's own finding (reported before it hangs) is dropped; the other rule's stays.
            Assert.Equal(["HOUSE001", "NK0005"], result.Diagnostics.Select(d => d.Id).Order(StringComparer.Ordinal));
            var late = result.Diagnostics.Single(d => d.Id == "NK0005");
            Assert.Equal(DiagnosticSeverity.Error, late.Severity);
            Assert.Equal("a.md", late.Location.Path);
            Assert.Equal(
                "Rule HangingAnalyzer was still running after its time budget of 2 s on this file: its findings for the file were dropped and it is not run again in this run",
                late.Message);
        }
        finally
        {
            File.WriteAllText(stop, "");
        }
    }

    [Fact]
    public void ACodeRuleThatFinishesWithinItsBudgetIsNotNk0005()
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", "Pyongyang\n");
        temp.Write("b.md", "Pyongyang\n");
        using var compiler = new RoslynCodeRuleCompiler();
        var rules = compiler.Compile([CodeRuleSources.Slowish()], Token).Analyzers;

        var result = Lint(temp.Path, rules, TimeSpan.FromSeconds(5));

        Assert.Equal(["a.md HOUSE004", "b.md HOUSE004"], result.Diagnostics.Select(d => $"{d.Location.Path} {d.Id}"));
    }

    [Fact]
    public void AfterItsBudgetRunsOutARuleIsNotRunOnTheRemainingFiles()
    {
        using var temp = new TempDirectory();
        for (var i = 0; i < 4; i++)
        {
            temp.Write($"{i}.md", "Pyongyang\n");
        }

        var stop = Path.Combine(temp.Path, "stop");
        using var compiler = new RoslynCodeRuleCompiler();
        var rules = compiler.Compile([CodeRuleSources.Hanging(stop)], Token).Analyzers;
        try
        {
            // One file at a time: the first file's timeout disables the rule for the next three.
            var started = DateTime.UtcNow;
            var result = LintRunner.Run(
                new LintRequest(["."], temp.Path, LintConfiguration.CreateDefault(temp.Path), rules) { RuleTimeBudget = TimeSpan.FromMilliseconds(200), MaxDegreeOfParallelism = 1 },
                Token);

            Assert.Equal(["0.md NK0005"], result.Diagnostics.Select(d => $"{d.Location.Path} {d.Id}"));
        }
        finally
        {
            File.WriteAllText(stop, "");
        }
    }

    [Fact]
    public void ACodeRuleWhoseInitializeThrowsIsOneNk0002AndIsLeftOut()
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", "Pyongyang\n");
        temp.Write("b.md", "Pyongyang\n");
        var source = new NkContentLint.CustomRules.RuleSourceFile("rules/BadInit.cs", """
            namespace House;

            public sealed class BadInitAnalyzer : ContentAnalyzer
            {
                public static readonly DiagnosticDescriptor Rule = new("HOUSE006", "Bad init", "never", "House", DiagnosticSeverity.Warning, "For tests.");

                public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

                public override void Initialize(AnalysisContext context) => throw new NotSupportedException("no init");
            }
            """);
        using var compiler = new RoslynCodeRuleCompiler();
        var rules = compiler.Compile([CodeRuleSources.Pyongyang(), source], Token).Analyzers;

        var result = Lint(temp.Path, rules);

        Assert.Equal([". NK0002", "a.md HOUSE001", "b.md HOUSE001"], result.Diagnostics.Select(d => $"{d.Location.Path} {d.Id}"));
        Assert.Equal("Rule BadInitAnalyzer failed on this file and was skipped for it: NotSupportedException: no init", result.Diagnostics[0].Message);
    }

    [Fact]
    public void ACorpusEndActionPastItsBudgetIsNk0005AtTheProjectFolder()
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", "Pyongyang\n");
        var stop = Path.Combine(temp.Path, "stop");
        var source = new NkContentLint.CustomRules.RuleSourceFile("rules/SlowEnd.cs", $$"""
            namespace House;

            public sealed class SlowEndAnalyzer : ContentAnalyzer
            {
                public static readonly DiagnosticDescriptor Rule = new("HOUSE007", "Slow end", "Seen {0}", "House", DiagnosticSeverity.Warning, "For tests.");

                public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

                public override void Initialize(AnalysisContext context) => context.RegisterCorpusStartAction(start =>
                {
                    start.RegisterDocumentAction(_ => { });
                    start.RegisterCorpusEndAction(_ =>
                    {
                        while (!System.IO.File.Exists(@"{{stop}}"))
                        {
                            Thread.Sleep(5);
                        }
                    });
                });
            }
            """);
        using var compiler = new RoslynCodeRuleCompiler();
        var rules = compiler.Compile([source], Token).Analyzers;
        try
        {
            var result = Lint(temp.Path, rules, TimeSpan.FromMilliseconds(200));

            Assert.Equal([". NK0005"], result.Diagnostics.Select(d => $"{d.Location.Path} {d.Id}"));
        }
        finally
        {
            File.WriteAllText(stop, "");
        }
    }

    [Fact]
    public void BuiltInRulesRunInlineWithoutABudget()
    {
        var options = new AnalyzerDriverOptions();
        Assert.False(options.IsBudgeted(new NkContentLint.Rules.Structure.DuplicateHeadingAnalyzer()));
        Assert.Equal(TimeSpan.FromSeconds(10), options.RuleTimeBudget);
    }

    [Fact]
    public void TheCodeRuleSeesACancellationTokenThatTheBudgetCancels()
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", "text\n");
        var marker = Path.Combine(temp.Path, "cancelled");
        var source = new NkContentLint.CustomRules.RuleSourceFile("rules/Cooperative.cs", $$"""
            namespace House;

            public sealed class CooperativeAnalyzer : ContentAnalyzer
            {
                public static readonly DiagnosticDescriptor Rule = new("HOUSE005", "Cooperative", "never", "House", DiagnosticSeverity.Warning, "For tests.");

                public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

                public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(c =>
                {
                    // Waits on the token: returns as soon as the driver gives up on it.
                    c.CancellationToken.WaitHandle.WaitOne(TimeSpan.FromMinutes(1));
                    System.IO.File.WriteAllText(@"{{marker}}", c.CancellationToken.IsCancellationRequested.ToString());
                });
            }
            """);
        using var compiler = new RoslynCodeRuleCompiler();
        var rules = compiler.Compile([source], Token).Analyzers;
        var result = LintRunner.Run(
            new LintRequest([Path.Combine(temp.Path, "a.md")], temp.Path, LintConfiguration.CreateDefault(temp.Path), rules) { RuleTimeBudget = TimeSpan.FromMilliseconds(200) },
            Token);

        Assert.Equal(["NK0005"], result.Diagnostics.Select(d => d.Id));
        for (var i = 0; i < 200 && !File.Exists(marker); i++)
        {
            Thread.Sleep(10);
        }

        Assert.Equal("True", File.ReadAllText(marker));
    }

    private static LintResult Lint(string folder, IReadOnlyList<ContentAnalyzer> rules, TimeSpan? budget = null) =>
        LintRunner.Run(
            new LintRequest(["."], folder, LintConfiguration.CreateDefault(folder), rules) { RuleTimeBudget = budget ?? AnalyzerDriverOptions.DefaultRuleTimeBudget },
            Token);
}
