using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.CodeAnalysis.Text;
using NkContentLint.Fixing;
using NkContentLint.Rules.Encoding;
using NkContentLint.Tests.Quality;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Encoding;

/// <summary>
/// NK4001 against the labelled corpus (tests/corpora/encoding): recall on mojibake, false-positive
/// rate on clean multilingual text, and how often the fix restores the original exactly. Figures
/// are printed for the tuning part and the held-out fifth separately.
/// </summary>
public sealed class MojibakeQualityTests
{
    private static readonly MojibakeAnalyzer Analyzer = new();

    [Fact]
    public void RecallAndFalsePositiveRateMeetTheBar()
    {
        var items = LabelledCorpus.Load("encoding");
        var report = new List<string>();
        (Rate Recall, Rate FalsePositives, Rate Repairs) all = default;
        foreach (var (name, subset) in new[] { ("tune", items.Where(i => !LabelledCorpus.IsHeldOut(i)).ToList()), ("heldout", items.Where(LabelledCorpus.IsHeldOut).ToList()), ("all", items.ToList()) })
        {
            var figures = Measure(subset, report);
            if (name == "tune")
            {
                foreach (var line in report.Distinct())
                {
                    TestContext.Current.TestOutputHelper?.WriteLine(line);
                }
            }

            TestContext.Current.TestOutputHelper?.WriteLine($"NK4001 {name}: recall {figures.Recall}, false-positive rate {figures.FalsePositives}, exact repairs {figures.Repairs}");
            all = figures;
        }

        Assert.True(all.Recall.Value >= 0.97 && all.FalsePositives.Value <= 0.01, $"recall {all.Recall}, false-positive rate {all.FalsePositives}\n{string.Join("\n", report.Distinct().Take(40))}");
    }

    private static (Rate Recall, Rate FalsePositives, Rate Repairs) Measure(IReadOnlyList<JsonElement> items, List<string> report)
    {
        int corrupted = 0, detected = 0, clean = 0, falsePositives = 0, repaired = 0;
        foreach (var item in items)
        {
            var text = item.GetProperty("text").GetString()!;
            var findings = AnalyzerVerifier.Run(Analyzer, text);
            if (item.GetProperty("label").GetString() == "mojibake")
            {
                corrupted++;
                if (findings.Count > 0)
                {
                    detected++;
                    var fixedText = SourceText.From(text).WithChanges(findings.SelectMany(d => new ReplacementFixProvider(["NK4001"]).GetFix(d)!.Changes)).ToString();
                    if (fixedText == item.GetProperty("repaired").GetString())
                    {
                        repaired++;
                    }
                    else
                    {
                        report.Add($"imperfect repair {item.GetProperty("id")}: {fixedText}");
                    }
                }
                else
                {
                    report.Add($"missed {item.GetProperty("id")} ({item.GetProperty("encoding")}, {item.GetProperty("layers")}): {text}");
                }
            }
            else
            {
                clean++;
                if (findings.Count > 0)
                {
                    falsePositives++;
                    report.Add($"false positive {item.GetProperty("id")}: {findings[0].Message}");
                }
            }
        }

        return (new Rate(detected, corrupted), new Rate(falsePositives, clean), new Rate(repaired, detected));
    }
}
