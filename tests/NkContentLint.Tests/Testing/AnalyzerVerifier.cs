using System.Collections.Immutable;
using System.Text;
using NkContentLint.Analysis;
using NkContentLint.Configuration;
using NkContentLint.Diagnostics;
using NkContentLint.Documents;
using NkContentLint.Facts;
using NkContentLint.Fixing;
using NkContentLint.Suppressions;
using NkContentLint.Text;
using Xunit;

namespace NkContentLint.Tests.Testing;

/// <summary>
/// Runs one analyzer over Markdown with inline markup and compares IDs and spans exactly, both
/// ways: every marked finding must be reported and nothing unmarked may be.
/// </summary>
internal static class AnalyzerVerifier
{
    public static IReadOnlyList<Diagnostic> Verify(ContentAnalyzer analyzer, string markup, RuleSettings? settings = null, FactIndex? facts = null)
    {
        var (text, expected) = DiagnosticMarkup.Parse(markup);
        var actual = Run(analyzer, text, settings, facts: facts);

        var actualSet = actual.Select(d => new ExpectedDiagnostic(d.Id, d.Location.Span)).ToList();
        var missing = expected.Except(actualSet).ToList();
        var extra = actualSet.Except(expected).ToList();
        if (missing.Count > 0 || extra.Count > 0)
        {
            var message = new StringBuilder();
            foreach (var m in missing)
            {
                message.AppendLine($"missing: {m.Id} at [{m.Span.Start}..{m.Span.End}) '{text.Substring(m.Span.Start, m.Span.Length)}'");
            }

            foreach (var e in extra)
            {
                var diagnostic = actual.First(d => d.Id == e.Id && d.Location.Span == e.Span);
                message.AppendLine($"unexpected: {diagnostic} at [{e.Span.Start}..{e.Span.End}) '{text.Substring(e.Span.Start, e.Span.Length)}'");
            }

            message.AppendLine("actual markup:").AppendLine(Render(text, actualSet));
            Assert.Fail(message.ToString());
        }

        return actual;
    }

    /// <summary>An expected finding of <paramref name="id"/>, to say what else it must carry (<see cref="DiagnosticResult.WithArguments"/>).</summary>
    public static DiagnosticResult Diagnostic(string id) => new(id, []);

    /// <summary>
    /// <see cref="Verify(ContentAnalyzer, string, RuleSettings?, FactIndex?)"/>, and then the marked findings, in
    /// text order, one for one against <paramref name="first"/> and <paramref name="rest"/>: the same ID, and the
    /// message the rule's format makes of the expected arguments.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Verify(ContentAnalyzer analyzer, string markup, DiagnosticResult first, params DiagnosticResult[] rest)
    {
        var actual = Verify(analyzer, markup);
        DiagnosticResult[] expected = [first, .. rest];
        Assert.True(expected.Length == actual.Count, $"{actual.Count} findings marked, {expected.Length} expected results given");
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i].Id, actual[i].Id);
            Assert.Equal(expected[i].ExpectedMessage(actual[i].Descriptor), actual[i].Message);
        }

        return actual;
    }

    /// <summary>
    /// Roslyn's VerifyCodeFix: the marked findings of <paramref name="before"/> are reported (as
    /// <see cref="Verify(ContentAnalyzer, string, RuleSettings?, FactIndex?)"/>), each offers a fix of
    /// <paramref name="safety"/>, and applying the fixes as <c>--fix</c> does (with
    /// <c>--fix-suggestions</c> for suggestions), pass after pass until none is left, gives exactly
    /// <paramref name="after"/>, on which the rule offers no further fix.
    /// </summary>
    public static void VerifyFix(ContentAnalyzer analyzer, string before, string after, FixSafety safety, RuleSettings? settings = null, FactIndex? facts = null)
    {
        var providers = FixProvidersFor(analyzer);
        var diagnostics = Verify(analyzer, before, settings, facts);
        Assert.NotEmpty(diagnostics);
        foreach (var diagnostic in diagnostics)
        {
            var fix = providers.Select(p => p.GetFix(diagnostic)).FirstOrDefault(f => f is not null);
            Assert.True(fix is not null, $"no fix offered for {diagnostic}");
            Assert.Equal(safety, fix.Safety);
        }

        var text = DiagnosticMarkup.Parse(before).Text;
        for (var pass = 0; ; pass++)
        {
            var fixes = Run(analyzer, text, settings, facts: facts).Select(d => providers.Select(p => p.GetFix(d)).FirstOrDefault(f => f is not null)).OfType<CodeFix>().ToList();
            if (fixes.Count == 0)
            {
                break;
            }

            Assert.True(pass < 10, "the fixes did not converge in 10 passes");
            var bytes = new UTF8Encoding(false).GetBytes(text);
            Assert.True(TextDecoder.TryDecode(bytes, out var decoded));
            var outcome = FixApplier.Apply(bytes, decoded, fixes);
            Assert.True(outcome.Applied > 0, "fixes were offered but none could be applied");
            Assert.True(TextDecoder.TryDecode(outcome.Bytes, out var fixedText));
            text = fixedText.Text;
        }

        Assert.Equal(after, text);
    }

    private static IReadOnlyList<CodeFixProvider> FixProvidersFor(ContentAnalyzer analyzer) =>
        [.. NkContentLint.Rules.BuiltInAnalyzers.CreateFixProviders(), new ReplacementFixProvider(analyzer.SupportedDiagnostics.Select(d => d.Id))];

    /// <summary>The analyzer's unsuppressed findings on <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<Diagnostic> Run(ContentAnalyzer analyzer, string text, RuleSettings? settings = null, string path = "test.md", FactIndex? facts = null)
    {
        var document = ContentDocument.Parse(path, text);
        var session = new AnalyzerDriver([analyzer]).StartCorpus(facts ?? FactIndex.Empty);
        var raw = session.Analyze(document, settings ?? RuleSettings.Default);
        raw.AddRange(session.Complete());
        var filter = SuppressionFilter.For(document);
        return raw.Select(d => filter?.Apply(d) ?? d).Where(d => !d.IsSuppressed).OrderBy(d => d.Location.Span.Start).ToList();
    }

    /// <summary>Settings with one rule's options set, for option tests.</summary>
    public static RuleSettings WithOptions(DiagnosticDescriptor rule, params (string Name, object Value)[] options) =>
        RuleSettings.Default.With(new Dictionary<string, RuleConfiguration>
        {
            [rule.Id] = new(null, options.ToImmutableDictionary(o => o.Name, o => o.Value)),
        });

    private static string Render(string text, IEnumerable<ExpectedDiagnostic> diagnostics)
    {
        var builder = new StringBuilder(text);
        foreach (var d in diagnostics.OrderByDescending(d => d.Span.Start))
        {
            builder.Insert(d.Span.End, "|}");
            builder.Insert(d.Span.Start, "{|" + d.Id + ":");
        }

        return builder.ToString();
    }
}
