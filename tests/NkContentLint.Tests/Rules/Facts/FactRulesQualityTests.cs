using System.Text.Json;
using Microsoft.CodeAnalysis.Text;
using NkContentLint.Analysis;
using NkContentLint.Configuration;
using NkContentLint.Documents;
using NkContentLint.Facts;
using NkContentLint.Rules;
using NkContentLint.Rules.Facts;
using NkContentLint.Tests.Quality;
using Xunit;

namespace NkContentLint.Tests.Rules.Facts;

/// <summary>
/// NK2001–NK2003 with the default fact pack against the labelled corpus (tests/corpora/facts): a
/// prediction counts when it has the labelled rule and overlaps the labelled span. Precision and
/// recall are printed for the tuning part and the held-out fifth separately.
/// </summary>
public sealed class FactRulesQualityTests
{
    private static readonly string[] Rules = ["NK2001", "NK2002", "NK2003"];

    [Fact]
    public void PrecisionAndRecallMeetTheBar()
    {
        var items = LabelledCorpus.Load("facts");
        var facts = new FactIndex([BuiltInFacts.DefaultPack]);
        var driver = new AnalyzerDriver([new ContradictingFigureAnalyzer(), new MisspelledNameAnalyzer(), new WrongDescriptionOrDateAnalyzer()]);
        var report = new List<string>();
        (Rate Precision, Rate Recall) all = default;
        foreach (var (name, subset) in new[] { ("tune", items.Where(i => !LabelledCorpus.IsHeldOut(i)).ToList()), ("heldout", items.Where(LabelledCorpus.IsHeldOut).ToList()), ("all", items.ToList()) })
        {
            int predicted = 0, correct = 0, expectedTotal = 0, found = 0;
            foreach (var item in subset)
            {
                var (text, offset) = Article(item);
                var session = driver.StartCorpus(facts, TestContext.Current.CancellationToken);
                var actual = session.Analyze(ContentDocument.Parse("item.md", text), RuleSettings.Default)
                    .Where(d => Rules.Contains(d.Id))
                    .Select(d => (d.Id, Span: new TextSpan(d.Location.Span.Start - offset, d.Location.Span.Length)))
                    .ToList();
                var itemText = item.GetProperty("text").GetString()!;
                var expected = item.GetProperty("expected").EnumerateArray()
                    .Where(e => Rules.Contains(e.GetProperty("rule").GetString()))
                    .Select(e => (Id: e.GetProperty("rule").GetString()!, Span: SpanOf(itemText, e.GetProperty("span").GetString()!)))
                    .ToList();

                predicted += actual.Count;
                expectedTotal += expected.Count;
                foreach (var a in actual)
                {
                    if (expected.Any(e => e.Id == a.Id && e.Span.OverlapsWith(a.Span)))
                    {
                        correct++;
                    }
                    else if (name == "tune")
                    {
                        report.Add($"false positive {item.GetProperty("id")} {a.Id} '{itemText.Substring(a.Span.Start, a.Span.Length)}': {itemText}");
                    }
                }

                foreach (var e in expected)
                {
                    if (actual.Any(a => a.Id == e.Id && a.Span.OverlapsWith(e.Span)))
                    {
                        found++;
                    }
                    else if (name == "tune")
                    {
                        report.Add($"missed {item.GetProperty("id")} {e.Id} '{itemText.Substring(e.Span.Start, e.Span.Length)}': {itemText}");
                    }
                }
            }

            all = (new Rate(correct, predicted), new Rate(found, expectedTotal));
            if (name == "tune")
            {
                foreach (var line in report)
                {
                    TestContext.Current.TestOutputHelper?.WriteLine(line);
                }
            }

            TestContext.Current.TestOutputHelper?.WriteLine($"NK2001-NK2003 {name}: precision {all.Precision}, recall {all.Recall}");
        }

        Assert.True(all.Precision.Value >= 0.9 && all.Recall.Value >= 0.85, $"precision {all.Precision}, recall {all.Recall}\n{string.Join("\n", report.Take(40))}");
    }

    /// <summary>The item as an article: front matter with its date when it has one; returns the offset of the item's text.</summary>
    private static (string Text, int Offset) Article(JsonElement item)
    {
        var text = item.GetProperty("text").GetString()!;
        if (item.TryGetProperty("date", out var date) && date.ValueKind == JsonValueKind.String)
        {
            var header = $"---\ndate: {date.GetString()}\n---\n\n";
            return (header + text + "\n", header.Length);
        }

        return (text + "\n", 0);
    }

    private static TextSpan SpanOf(string text, string span)
    {
        var at = text.IndexOf(span, StringComparison.Ordinal);
        return at < 0 ? throw new InvalidOperationException($"label '{span}' is not in '{text}'") : new TextSpan(at, span.Length);
    }
}
