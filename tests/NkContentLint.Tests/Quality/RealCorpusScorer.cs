using System.Globalization;
using System.Text;
using System.Text.Json;
using NkContentLint.Diagnostics;

namespace NkContentLint.Tests.Quality;

/// <summary>
/// Scores findings against a real-article set in the evaluation scorer's format (a folder of *.md
/// with gold.json and clean-lines.json, labelled by LABELLING.md), the way the shared
/// <c>score.py --strict-family --min-level warning</c> does: findings map to families by ID prefix,
/// match gold items one to one by file, family and line ±1 (nearest line first, must before should;
/// on the gold item's own line the finding must sit in the gold text's sentence, within a few
/// characters); an unmatched finding is a false positive unless it lies on a gold item of its own
/// family; any finding on a clean line is a false positive.
/// </summary>
public static class RealCorpusScorer
{
    /// <summary>Characters a finding may sit outside its gold sentence on the same line.</summary>
    private const int Slack = 12;

    private static readonly string[] Families = ["structure", "encoding", "sourcing", "facts"];

    public static string? FamilyOf(string ruleId) => ruleId.Length >= 3 && ruleId.StartsWith("NK", StringComparison.Ordinal)
        ? ruleId[2] switch { '1' => "sourcing", '2' => "facts", '3' => "structure", '4' => "encoding", _ => null }
        : null;

    public static RealCorpusScore Score(string setDirectory, IEnumerable<Diagnostic> diagnostics, DiagnosticSeverity minimum = DiagnosticSeverity.Warning)
    {
        var gold = LoadGold(setDirectory);
        var clean = LoadClean(setDirectory);
        var lines = new Dictionary<string, string[]>(StringComparer.Ordinal);
        string Line(string file, int number)
        {
            if (!lines.TryGetValue(file, out var all))
            {
                all = File.ReadAllText(Path.Combine(setDirectory, file)).Split('\n');
                lines[file] = all;
            }

            return number > 0 && number <= all.Length ? all[number - 1] : string.Empty;
        }

        var results = diagnostics
            .Where(d => d.Severity >= minimum && FamilyOf(d.Id) is not null)
            .Select(d => new Result(Path.GetFileName(d.Location.Path), FamilyOf(d.Id)!, d.Location.StartLine, d.Location.StartColumn - 1,
                d.Location.EndLine == d.Location.StartLine ? d.Location.EndColumn - 1 : int.MaxValue, d.Id, d.Message))
            .ToList();

        int? Near(Result r, GoldItem g)
        {
            if (g.File != r.File)
            {
                return null;
            }

            var distance = Math.Abs(g.Line - r.Line);
            if (distance > 1)
            {
                return null;
            }

            if (distance == 0 && GoldSentence(Line(g.File, g.Line), g.Text) is var (start, end))
            {
                var rEnd = Math.Max(Math.Min(r.EndColumn, Line(r.File, r.Line).Length), r.Column + 1);
                if (rEnd <= start - Slack || r.Column >= end + Slack)
                {
                    return null;
                }
            }

            return distance;
        }

        var pairs = new List<(int Distance, int Rank, int Result, int Gold)>();
        for (var ri = 0; ri < results.Count; ri++)
        {
            if (clean.Contains((results[ri].File, results[ri].Line)))
            {
                continue;
            }

            for (var gi = 0; gi < gold.Count; gi++)
            {
                if (gold[gi].Family == results[ri].Family && Near(results[ri], gold[gi]) is { } d)
                {
                    pairs.Add((d, gold[gi].Must ? 0 : 1, ri, gi));
                }
            }
        }

        var resultUsed = new HashSet<int>();
        var goldUsed = new HashSet<int>();
        foreach (var (_, _, ri, gi) in pairs.OrderBy(p => p.Distance).ThenBy(p => p.Rank).ThenBy(p => p.Result).ThenBy(p => p.Gold))
        {
            if (!resultUsed.Contains(ri) && !goldUsed.Contains(gi))
            {
                resultUsed.Add(ri);
                goldUsed.Add(gi);
            }
        }

        var families = Families.ToDictionary(f => f, _ => new FamilyScore(), StringComparer.Ordinal);
        var report = new StringBuilder();
        for (var ri = 0; ri < results.Count; ri++)
        {
            var r = results[ri];
            var score = families[r.Family];
            if (resultUsed.Contains(ri))
            {
                score.TruePositives++;
            }
            else if (clean.Contains((r.File, r.Line)))
            {
                score.FalsePositives++;
                report.AppendLine(CultureInfo.InvariantCulture, $"  CLEAN-FP {r.Id} {r.File}:{r.Line}: {Truncate(r.Message)}");
            }
            else if (!gold.Any(g => g.Family == r.Family && Near(r, g) is not null))
            {
                score.FalsePositives++;
                report.AppendLine(CultureInfo.InvariantCulture, $"  FP       {r.Id} {r.File}:{r.Line}: {Truncate(r.Message)}");
            }
        }

        for (var gi = 0; gi < gold.Count; gi++)
        {
            var g = gold[gi];
            var score = families[g.Family];
            if (g.Must)
            {
                score.Must++;
                if (goldUsed.Contains(gi))
                {
                    score.MustFound++;
                }
                else
                {
                    report.AppendLine(CultureInfo.InvariantCulture, $"  MISS [must] {g.Family} {g.File}:{g.Line}: '{Truncate(g.Text)}'");
                }
            }
        }

        return new RealCorpusScore(families, report.ToString());
    }

    /// <summary>The sentence of the line that holds the gold text (real articles keep a paragraph on one line).</summary>
    private static (int Start, int End)? GoldSentence(string line, string text)
    {
        var i = line.IndexOf(text, StringComparison.Ordinal);
        if (i < 0)
        {
            return null;
        }

        var j = i + text.Length;
        string[] stops = [". ", "? ", "! "];
        var start = stops.Select(p => line.LastIndexOf(p, Math.Max(i - 1, 0), StringComparison.Ordinal) + 2).Max();
        var ends = stops.Select(p => line.IndexOf(p, j, StringComparison.Ordinal)).Where(k => k >= 0).Select(k => k + 1).ToList();
        return (Math.Max(start, 0), ends.Count > 0 ? ends.Min() : line.Length);
    }

    private static string Truncate(string text) => text.Length > 90 ? text[..90] : text;

    private static List<GoldItem> LoadGold(string directory)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "gold.json")));
        return [.. json.RootElement.EnumerateArray().Select(g => new GoldItem(
            g.GetProperty("file").GetString()!,
            g.GetProperty("line").GetInt32(),
            g.GetProperty("family").GetString()!,
            g.GetProperty("text").GetString()!,
            g.GetProperty("certainty").GetString() == "must"))];
    }

    private static HashSet<(string File, int Line)> LoadClean(string directory)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "clean-lines.json")));
        return [.. json.RootElement.EnumerateObject().SelectMany(f => f.Value.EnumerateArray().Select(e => (f.Name, e.GetProperty("line").GetInt32())))];
    }

    private sealed record GoldItem(string File, int Line, string Family, string Text, bool Must);

    private sealed record Result(string File, string Family, int Line, int Column, int EndColumn, string Id, string Message);
}

/// <summary>One family's counts on a real set.</summary>
public sealed class FamilyScore
{
    public int TruePositives { get; set; }

    public int FalsePositives { get; set; }

    public int Must { get; set; }

    public int MustFound { get; set; }

    public double Precision => TruePositives + FalsePositives == 0 ? 1 : TruePositives / (double)(TruePositives + FalsePositives);

    public double MustRecall => Must == 0 ? 1 : MustFound / (double)Must;

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"must-recall {MustRecall:F2} ({MustFound}/{Must}), precision {Precision:F2} (TP {TruePositives}, FP {FalsePositives})");
}

/// <summary>Every family's score on a set, and the misses and false positives behind them.</summary>
public sealed record RealCorpusScore(IReadOnlyDictionary<string, FamilyScore> Families, string Details);
