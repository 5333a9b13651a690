using System.Collections.Immutable;
using NkContentLint.Analysis;
using NkContentLint.Diagnostics;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Engine;

public sealed class AnalyzerDriverTests
{
    private static readonly DiagnosticDescriptor TestRule = new("NK3999", "Test rule", "Found {0}", "Structure", DiagnosticSeverity.Warning, "For tests.");

    [Fact]
    public void AThrowingRuleBecomesNk0002AndOtherRulesStillRun()
    {
        var diagnostics = AnalyzerVerifier.Run(new ThrowingAnalyzer(), "# A\n# A\n")
            .Concat(AnalyzerVerifier.Run(new NkContentLint.Rules.Structure.DuplicateHeadingAnalyzer(), "# A\n# A\n"))
            .ToList();

        var failure = Assert.Single(diagnostics, d => d.Id == "NK0002");
        Assert.Equal("Rule ThrowingAnalyzer failed on this file and was skipped for it: InvalidOperationException: boom", failure.Message);
        Assert.Single(diagnostics, d => d.Id == "NK3001");
    }

    [Fact]
    public void ReportingAnUndeclaredIdIsAnInternalError()
    {
        var diagnostic = Assert.Single(AnalyzerVerifier.Run(new UndeclaredIdAnalyzer(), "text\n"));
        Assert.Equal("NK0002", diagnostic.Id);
        Assert.Contains("not in its SupportedDiagnostics", diagnostic.Message);
    }

    [Fact]
    public void CorpusEndActionsRunAfterEveryDocumentWithSharedState()
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", "# One\n");
        temp.Write("b.md", "# Two\n");
        var result = NkContentLint.Running.LintRunner.Run(
            new(["."], temp.Path, NkContentLint.Configuration.LintConfiguration.CreateDefault(temp.Path), [new CorpusCountingAnalyzer()]),
            TestContext.Current.CancellationToken);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("Found 2 documents", diagnostic.Message);
        Assert.Equal("b.md", diagnostic.Location.Path);
    }

    private sealed class ThrowingAnalyzer : ContentAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [TestRule];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterDocumentAction(_ => throw new InvalidOperationException("boom"));
    }

    private sealed class UndeclaredIdAnalyzer : ContentAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [TestRule];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterDocumentAction(c => c.ReportDiagnostic(Diagnostic.Create(EngineDiagnostics.FileUnreadable, Location.ForFile(c.Document.Path), "x")));
    }

    private sealed class CorpusCountingAnalyzer : ContentAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [TestRule];

        public override void Initialize(AnalysisContext context) => context.RegisterCorpusStartAction(start =>
        {
            var paths = new System.Collections.Concurrent.ConcurrentBag<string>();
            start.RegisterDocumentAction(c => paths.Add(c.Document.Path));
            start.RegisterCorpusEndAction(end => end.ReportDiagnostic(Diagnostic.Create(
                TestRule, Location.ForFile(paths.OrderBy(p => p, StringComparer.Ordinal).Last()), $"{paths.Count} documents")));
        });
    }
}
