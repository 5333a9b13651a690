using System.Collections.Immutable;
using System.Text;
using NkContentLint.Analysis;
using NkContentLint.Configuration;
using NkContentLint.Diagnostics;
using NkContentLint.Documents;
using NkContentLint.Facts;
using NkContentLint.Suppressions;
using Xunit;

namespace NkContentLint.Tests.Testing;

/// <summary>
/// Runs one analyzer over Markdown with inline markup and compares IDs and spans exactly, both
/// ways: every marked finding must be reported and nothing unmarked may be.
/// </summary>
public static class AnalyzerVerifier
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
