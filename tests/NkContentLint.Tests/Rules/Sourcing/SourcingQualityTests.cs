using System.Globalization;
using System.Text;
using System.Text.Json;
using NkContentLint.Analysis;
using NkContentLint.Configuration;
using NkContentLint.Documents;
using NkContentLint.Rules.Sourcing;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Sourcing;

/// <summary>
/// Precision and recall of NK1001, NK1002 and NK1003 on the labelled corpus tests/corpora/sourcing/
/// (labelling guide: LABELLING.md). Each item is linted as a one-item Markdown document; a prediction
/// matches a label when their spans overlap (README.md, "Scoring"). The figures are printed per split
/// (tune, heldout) and the thresholds are asserted on the whole set.
/// </summary>
public sealed class SourcingQualityTests(ITestOutputHelper output)
{
    private const double MinimumPrecision = 0.92;
    private const double MinimumRecall = 0.95;

    public static TheoryData<string> Rules() => ["NK1001", "NK1002", "NK1003"];

    [Theory]
    [MemberData(nameof(Rules))]
    public void PrecisionAndRecallMeetTheBar(string ruleId)
    {
        var items = LoadCorpus();
        ContentAnalyzer analyzer = ruleId switch
        {
            "NK1001" => new UnsourcedStatisticAnalyzer(),
            "NK1002" => new VagueAttributionAnalyzer(),
            _ => new UnsourcedRankingAnalyzer(),
        };
        var scores = new Dictionary<string, Score>(StringComparer.Ordinal) { ["tune"] = new(), ["heldout"] = new(), ["all"] = new() };
        var errors = new StringBuilder();
        foreach (var item in items)
        {
            var labels = (ruleId switch { "NK1001" => item.Nk1001, "NK1002" => item.Nk1002, _ => item.Nk1003 })
                .Select(label => (Start: item.Text.IndexOf(label, StringComparison.Ordinal), label.Length))
                .ToList();
            var predictions = Lint(analyzer, item.Text);
            var score = new Score();
            foreach (var (start, length) in labels)
            {
                if (predictions.Any(p => Overlaps(p, (start, length))))
                {
                    score.TruePositives++;
                }
                else
                {
                    score.FalseNegatives++;
                    errors.AppendLine(CultureInfo.InvariantCulture, $"  missed   {item.Id} ({item.Split}): '{item.Text.Substring(start, length)}' in: {item.Text}");
                }
            }

            foreach (var prediction in predictions.Where(p => !labels.Any(l => Overlaps(p, l))))
            {
                score.FalsePositives++;
                errors.AppendLine(CultureInfo.InvariantCulture, $"  spurious {item.Id} ({item.Split}): '{item.Text.Substring(prediction.Start, prediction.Length)}' in: {item.Text}");
            }

            scores[item.Split].Add(score);
            scores["all"].Add(score);
        }

        var report = new StringBuilder();
        foreach (var (split, score) in scores)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"{ruleId} {split,-7}: {score}");
        }

        report.Append(errors);
        output.WriteLine(report.ToString());
        TestContext.Current.SendDiagnosticMessage(report.ToString());
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, $"sourcing-quality-{ruleId}.txt"), report.ToString());

        var all = scores["all"];
        Assert.True(
            all.Precision >= MinimumPrecision && all.Recall >= MinimumRecall,
            $"{ruleId} is below the bar (precision >= {MinimumPrecision}, recall >= {MinimumRecall}):\n{report}");
    }

    [Fact]
    public void TheCorpusIsWhatTheLabellingGuideDescribes()
    {
        var items = LoadCorpus();
        Assert.True(items.Count >= 200, $"{items.Count} items");
        Assert.Equal(items.Count, items.Select(i => i.Id).Distinct().Count());
        Assert.All(items, item =>
        {
            Assert.Equal(int.Parse(item.Id[4..], CultureInfo.InvariantCulture) % 5 == 0 ? "heldout" : "tune", item.Split);
            Assert.All(item.Nk1001.Concat(item.Nk1002).Concat(item.Nk1003), label => Assert.Contains(label, item.Text, StringComparison.Ordinal));
        });
        Assert.InRange(items.Count(i => i.Split == "heldout") / (double)items.Count, 0.18, 0.22);
    }

    private static List<(int Start, int Length)> Lint(ContentAnalyzer analyzer, string text)
    {
        var document = ContentDocument.Parse("item.md", text);
        var session = new AnalyzerDriver([analyzer]).StartCorpus(TestContext.Current.CancellationToken);
        var diagnostics = session.Analyze(document, RuleSettings.Default);
        Assert.DoesNotContain(diagnostics, d => d.Id == "NK0002");
        return [.. diagnostics.Select(d => (d.Location.Span.Start, d.Location.Span.Length))];
    }

    private static bool Overlaps((int Start, int Length) a, (int Start, int Length) b) =>
        a.Start < b.Start + b.Length && b.Start < a.Start + a.Length;

    private static List<CorpusItem> LoadCorpus()
    {
        var path = RepositoryPaths.Combine("tests", "corpora", "sourcing", "labelled.jsonl");
        var items = new List<CorpusItem>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            items.Add(new CorpusItem(
                root.GetProperty("id").GetString()!,
                root.GetProperty("text").GetString()!,
                [.. root.GetProperty("nk1001").EnumerateArray().Select(e => e.GetString()!)],
                [.. root.GetProperty("nk1002").EnumerateArray().Select(e => e.GetString()!)],
                [.. root.GetProperty("nk1003").EnumerateArray().Select(e => e.GetString()!)],
                root.GetProperty("split").GetString()!));
        }

        return items;
    }

    private sealed record CorpusItem(string Id, string Text, List<string> Nk1001, List<string> Nk1002, List<string> Nk1003, string Split);

    private sealed class Score
    {
        public int TruePositives { get; set; }

        public int FalsePositives { get; set; }

        public int FalseNegatives { get; set; }

        public double Precision => TruePositives + FalsePositives == 0 ? 1 : TruePositives / (double)(TruePositives + FalsePositives);

        public double Recall => TruePositives + FalseNegatives == 0 ? 1 : TruePositives / (double)(TruePositives + FalseNegatives);

        public void Add(Score other)
        {
            TruePositives += other.TruePositives;
            FalsePositives += other.FalsePositives;
            FalseNegatives += other.FalseNegatives;
        }

        public override string ToString() => string.Create(
            CultureInfo.InvariantCulture,
            $"precision {Precision:F3}, recall {Recall:F3} (TP {TruePositives}, FP {FalsePositives}, FN {FalseNegatives})");
    }
}
