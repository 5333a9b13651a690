using System.Text.Json;
using Microsoft.CodeAnalysis.Text;
using NkContentLint.Diagnostics;
using NkContentLint.Fixing;
using NkContentLint.Rules.Encoding;
using NkContentLint.Tests.Quality;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Encoding;

/// <summary>
/// NK4001 against the real-text corpus (tests/corpora/encoding-real): recall on real strings
/// damaged through every supported code-page path, false-positive rate on clean multilingual
/// text (hard look-alikes included), and how often the fixes restore the original exactly.
/// The thresholds are issue 11's: on the held-out fifth recall ≥ 0.97 and a false-positive
/// rate ≤ 0.01; on the whole clean set ≤ 0.005. Items are strings, not Markdown documents (some
/// hold brackets, backticks or link-definition syntax that Markdown would take out of the prose),
/// so the detector behind NK4001 is run on each string as it is; the analyzer tests cover what
/// Markdown leaves to it.
/// </summary>
public sealed class RealTextMojibakeQualityTests
{
    private static readonly MojibakeAnalyzer Analyzer = new();
    private static readonly IReadOnlyList<JsonElement> Items = LabelledCorpus.Load("encoding-real");

    [Fact]
    public void HeldOutRecallAndFalsePositiveRateMeetTheBar()
    {
        var tune = Measure(Items.Where(i => !LabelledCorpus.IsHeldOut(i)));
        var heldOut = Measure(Items.Where(LabelledCorpus.IsHeldOut));
        var all = Measure(Items);
        Print("tune", tune);
        Print("heldout", heldOut);
        Print("all", all);
        foreach (var path in Items.Where(i => i.GetProperty("label").GetString() == "mojibake").GroupBy(i => i.GetProperty("path").GetString()).OrderBy(g => g.Key))
        {
            TestContext.Current.TestOutputHelper?.WriteLine($"  {path.Key}: recall {Measure(path).Recall}");
        }

        foreach (var kind in Items.Where(i => i.GetProperty("label").GetString() == "clean").GroupBy(i => i.GetProperty("kind").GetString()).OrderBy(g => g.Key))
        {
            TestContext.Current.TestOutputHelper?.WriteLine($"  clean {kind.Key}: false-positive rate {Measure(kind).FalsePositives}");
        }

        foreach (var line in tune.Report.Take(60))
        {
            TestContext.Current.TestOutputHelper?.WriteLine(line);
        }

        Assert.True(
            heldOut.Recall.Value >= 0.97 && heldOut.FalsePositives.Value <= 0.01 && all.FalsePositives.Value <= 0.005,
            // Only figures: the held-out items' misses stay unseen, so nobody tunes on them by reading a failure.
            $"held out: recall {heldOut.Recall}, false-positive rate {heldOut.FalsePositives}; whole clean set: false-positive rate {all.FalsePositives}; see the tune split's misses in the output");
    }

    [Fact]
    public void SafeFixesOnlyWriteWhatWasMeant()
    {
        // A safe fix is applied by --fix without review: what it writes, with the unchanged ASCII
        // letter or digit on each side, must be in the text the writer meant. Where bytes were lost the
        // guess is only a suggestion.
        var wrong = new List<string>();
        var safeFixes = 0;
        foreach (var item in Items.Where(i => i.GetProperty("label").GetString() == "mojibake" && i.GetProperty("repaired").ValueKind == JsonValueKind.String))
        {
            var text = item.GetProperty("text").GetString()!;
            var expected = item.GetProperty("repaired").GetString()!;
            foreach (var found in MojibakeDetector.Find(text).Where(f => f.Certain))
            {
                safeFixes++;
                var left = found.Span.Start > 0 && char.IsAsciiLetterOrDigit(text[found.Span.Start - 1]) ? text[found.Span.Start - 1].ToString() : string.Empty;
                var right = found.Span.End < text.Length && char.IsAsciiLetterOrDigit(text[found.Span.End]) ? text[found.Span.End].ToString() : string.Empty;
                if (!expected.Contains(left + found.Repaired + right, StringComparison.Ordinal))
                {
                    wrong.Add($"{item.GetProperty("id")} ({item.GetProperty("path")}): '{text.Substring(found.Span.Start, found.Span.Length)}' → '{found.Repaired}' in {text}");
                }
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{safeFixes} safe fixes, {wrong.Count} wrong");
        Assert.True(safeFixes > 0, "no safe fix at all");
        Assert.True(wrong.Count == 0, $"{wrong.Count} safe fixes that write something else than was meant:\n{string.Join("\n", wrong.Take(30))}");
    }

    [Fact]
    public void ReplacementCharactersAndEntitiesNk4001ExplainsAreNotReportedAgain()
    {
        var others = new (ContentAnalyzerAndId, string Path)[]
        {
            (new(new ReplacementCharacterAnalyzer(), "NK4002"), "fffd"),
            (new(new EscapingDebrisAnalyzer(), "NK4006"), "entities"),
        };
        var doubled = new List<string>();
        var checkedItems = 0;
        foreach (var item in Items.Where(i => i.GetProperty("label").GetString() == "mojibake"))
        {
            var text = item.GetProperty("text").GetString()!;
            var path = item.GetProperty("path").GetString()!;
            foreach (var (other, pathPart) in others)
            {
                if (!path.Contains(pathPart, StringComparison.Ordinal) && !(pathPart == "fffd" && text.Contains('\uFFFD', StringComparison.Ordinal)))
                {
                    continue;
                }

                var mojibake = AnalyzerVerifier.Run(Analyzer, text);
                if (mojibake.Count == 0)
                {
                    continue;
                }

                checkedItems++;
                foreach (var finding in AnalyzerVerifier.Run(other.Analyzer, text))
                {
                    if (mojibake.Any(m => m.Location.Span.Contains(finding.Location.Span.Start)))
                    {
                        doubled.Add($"{item.GetProperty("id")}: {other.Id} also reports '{text.Substring(finding.Location.Span.Start, finding.Location.Span.Length)}' in {text}");
                    }
                }
            }
        }

        Assert.True(checkedItems > 0, "no damaged item with U+FFFD or entities was detected");
        Assert.True(doubled.Count == 0, string.Join("\n", doubled.Take(20)));
    }

    [Theory]
    [InlineData("sourcing")]
    [InlineData("facts")]
    public void TheProjectsOtherCorporaHaveNoMojibake(string corpus)
    {
        // Hand-written English prose about North Korea's internet, with its quotes, dashes and names.
        var items = LabelledCorpus.Load(corpus);
        var found = items.Select(i => i.GetProperty("text").GetString()!).SelectMany(t => AnalyzerVerifier.Run(Analyzer, t).Select(d => $"{d.Message} in {t}")).ToList();
        Assert.True(items.Count > 100, $"only {items.Count} items in {corpus}");
        Assert.True(found.Count == 0, string.Join("\n", found.Take(10)));
    }

    private static void Print(string name, Figures figures) =>
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"NK4001 real text, {name}: recall {figures.Recall}, false-positive rate {figures.FalsePositives}, exact repairs {figures.Repairs} (damage that lost no bytes), safe fixes {figures.Safe}");

    private static Figures Measure(IEnumerable<JsonElement> items)
    {
        int damaged = 0, detected = 0, clean = 0, falsePositives = 0, repairable = 0, repaired = 0, safe = 0;
        var report = new List<string>();
        foreach (var item in items)
        {
            var text = item.GetProperty("text").GetString()!;
            var findings = MojibakeDetector.Find(text).ToList();
            if (item.GetProperty("label").GetString() == "mojibake")
            {
                damaged++;
                if (findings.Count == 0)
                {
                    report.Add($"missed {item.GetProperty("id")} ({item.GetProperty("path")}): {text}");
                    continue;
                }

                detected++;
                if (findings.All(d => d.Certain))
                {
                    safe++;
                }

                var expected = item.GetProperty("repaired").GetString();
                if (!item.GetProperty("lossy").GetBoolean() && expected is not null)
                {
                    repairable++;
                    var fixedText = Apply(text, findings);
                    if (fixedText == expected)
                    {
                        repaired++;
                    }
                    else
                    {
                        report.Add($"imperfect repair {item.GetProperty("id")} ({item.GetProperty("path")}): {text} → {fixedText}");
                    }
                }
            }
            else
            {
                clean++;
                if (findings.Count > 0)
                {
                    falsePositives++;
                    report.Add($"false positive {item.GetProperty("id")} ({item.GetProperty("lang")}): '{text.Substring(findings[0].Span.Start, findings[0].Span.Length)}' → '{findings[0].Repaired}' ({findings[0].CodePage})");
                }
            }
        }

        return new Figures(new Rate(detected, damaged), new Rate(falsePositives, clean), new Rate(repaired, repairable), new Rate(safe, detected), report);
    }

    private static string Apply(string text, IEnumerable<Mojibake> findings)
    {
        var changes = findings.Select(f => new TextChange(f.Span, f.Repaired))
            .GroupBy(c => c.Span.Start).Select(g => g.First()).OrderBy(c => c.Span.Start).ToList();
        var kept = new List<TextChange>();
        foreach (var change in changes)
        {
            if (kept.Count == 0 || kept[^1].Span.End <= change.Span.Start)
            {
                kept.Add(change);
            }
        }

        return SourceText.From(text).WithChanges(kept).ToString();
    }

    private sealed record Figures(Rate Recall, Rate FalsePositives, Rate Repairs, Rate Safe, List<string> Report);

    private sealed record ContentAnalyzerAndId(NkContentLint.Analysis.ContentAnalyzer Analyzer, string Id);
}
