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
    public void UnitActionsSeeEveryUnitInDocumentOrder()
    {
        var log = new List<string>();
        AnalyzerVerifier.Run(new UnitLoggingAnalyzer("a", log), "# Title\n\nFirst [link](https://example.org) here. 5 million users.\n\n> ## Quoted\n\nLast one.\n");
        Assert.Equal(
            ["a heading Title", "a sentence First link here.", "a link https://example.org", "a sentence 5 million users.", "a claim 5 million users", "a heading Quoted", "a sentence Last one."],
            log.Where(e => !e.Contains("sentence Title", StringComparison.Ordinal) && !e.Contains("sentence Quoted", StringComparison.Ordinal)));
        Assert.Contains("a sentence Title", log);
    }

    [Fact]
    public void EveryAnalyzerIsServedByOneSharedWalk()
    {
        var log = new List<string>();
        var driver = new AnalyzerDriver([new UnitLoggingAnalyzer("a", log), new UnitLoggingAnalyzer("b", log)]);
        var session = driver.StartCorpus(TestContext.Current.CancellationToken);
        session.Analyze(NkContentLint.Documents.ContentDocument.Parse("t.md", "One. Two.\n"), NkContentLint.Configuration.RuleSettings.Default);

        // Interleaved, sentence by sentence: one walk calls both analyzers, not one walk each.
        Assert.Equal(["a sentence One.", "b sentence One.", "a sentence Two.", "b sentence Two."], log);
    }

    [Fact]
    public void PhraseActionsSeeProseMatchesInDocumentOrderRightAfterTheirSentence()
    {
        var log = new List<string>();
        AnalyzerVerifier.Run(
            new PhraseLoggingAnalyzer(log),
            "# The Hermit Kingdom\n\nCalled the hermit kingdom. Not `the hermit kingdom` in code, nor [a link](https://hermit-kingdom.example). Hermitage.\n\nStill the HERMIT kingdom.\n");
        Assert.Equal(
            ["sentence The Hermit Kingdom", "phrase hermit kingdom as 'Hermit Kingdom'",
             "sentence Called the hermit kingdom.", "phrase hermit kingdom as 'hermit kingdom'",
             "sentence Not in code, nor a link.", "sentence Hermitage.",
             "sentence Still the HERMIT kingdom.", "phrase hermit kingdom as 'HERMIT kingdom'"],
            log);
    }

    [Fact]
    public void DocumentStartStateIsPerDocumentAndTheEndActionSeesItAll()
    {
        var diagnostics = AnalyzerVerifier.Run(new SentenceCountingAnalyzer(), "One. Two.\n\nThree.\n")
            .Concat(AnalyzerVerifier.Run(new SentenceCountingAnalyzer(), "Only one.\n"))
            .Select(d => d.Message)
            .ToList();
        Assert.Equal(["Found 3 sentences", "Found 1 sentences"], diagnostics);
    }

    [Fact]
    public void AUnitActionThatThrowsIsOneNk0002AndTheAnalyzerStopsForThatDocument()
    {
        var log = new List<string>();
        var driver = new AnalyzerDriver([new ThrowingSentenceAnalyzer(log), new UnitLoggingAnalyzer("b", log)]);
        var diagnostics = driver.StartCorpus(TestContext.Current.CancellationToken).Analyze(NkContentLint.Documents.ContentDocument.Parse("t.md", "One. Two. Three.\n"), NkContentLint.Configuration.RuleSettings.Default);

        var failure = Assert.Single(diagnostics);
        Assert.Equal("NK0002", failure.Id);
        Assert.Contains("ThrowingSentenceAnalyzer", failure.Message);
        Assert.Equal(["throwing One.", "b sentence One.", "b sentence Two.", "b sentence Three."], log);
    }

    [Fact]
    public void AViewIsComputedOncePerDocumentAndArgument()
    {
        var calls = 0;
        var view = new NkContentLint.Documents.DocumentView<string, object>((d, argument) =>
        {
            Interlocked.Increment(ref calls);
            return argument + d.Path;
        });
        var document = NkContentLint.Documents.ContentDocument.Parse("t.md", "Text.\n");
        Parallel.For(0, 16, _ => document.GetView(view, "x"));
        Assert.Equal("xt.md", document.GetView(view, "x"));
        Assert.Equal(1, calls);
        Assert.Equal("yt.md", document.GetView(view, "y"));
        Assert.Equal(2, calls);
        Assert.Equal("xt.md", NkContentLint.Documents.ContentDocument.Parse("t.md", "Text.\n").GetView(view, "x"));
        Assert.Equal(3, calls);
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

    private sealed class PhraseLoggingAnalyzer(List<string> log) : ContentAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [TestRule];

        public override void Initialize(AnalysisContext context)
        {
            context.RegisterSentenceAction(s => log.Add($"sentence {s.Sentence.Text}"));
            context.RegisterPhraseAction(["hermit kingdom", "hermit"], p => log.Add($"phrase {p.Phrase} as '{p.Written}'"));
        }
    }

    private sealed class UnitLoggingAnalyzer(string name, List<string> log) : ContentAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [TestRule];

        public override void Initialize(AnalysisContext context)
        {
            context.RegisterSentenceAction(c => log.Add($"{name} sentence {c.Sentence.Text}"));
            context.RegisterHeadingAction(c => log.Add($"{name} heading {c.Heading.Text}"));
            context.RegisterClaimAction(c => log.Add($"{name} claim {c.Claim.Text}"));
            context.RegisterLinkAction(c => log.Add($"{name} link {c.Link.Url}"));
        }
    }

    private sealed class SentenceCountingAnalyzer : ContentAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [TestRule];

        public override void Initialize(AnalysisContext context) => context.RegisterDocumentStartAction(start =>
        {
            var count = 0;
            start.RegisterSentenceAction(_ => count++);
            start.RegisterDocumentEndAction(end => end.ReportDiagnostic(Diagnostic.Create(TestRule, Location.ForFile(end.Document.Path), $"{count} sentences")));
        });
    }

    private sealed class ThrowingSentenceAnalyzer(List<string> log) : ContentAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [TestRule];

        public override void Initialize(AnalysisContext context) => context.RegisterSentenceAction(c =>
        {
            log.Add($"throwing {c.Sentence.Text}");
            throw new InvalidOperationException("boom");
        });
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
