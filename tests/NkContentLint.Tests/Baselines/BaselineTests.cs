using System.Text;
using System.Text.Json;
using NkContentLint.Baselines;
using NkContentLint.Tests.Cli;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Baselines;

public sealed class BaselineTests
{
    private const string Backlog = "# Title\n\n## Access\n\n## Access\n\ndonâ€™t\n";

    [Fact]
    public void WriteThenReadRoundTripsAndTheBaselinedRunIsClean()
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", Backlog);

        var (writeExit, _, writeError) = CliRunner.Run(temp.Path, ["--write-baseline", "nk-baseline.json"]);
        Assert.Equal(0, writeExit);
        Assert.Contains("Wrote 2 findings to the baseline nk-baseline.json", writeError);

        var bytes = File.ReadAllBytes(Path.Combine(temp.Path, "nk-baseline.json"));
        var baseline = Baseline.Parse(bytes, "nk-baseline.json");
        Assert.Equal(["NK3001", "NK4001"], baseline.Entries.Select(e => e.RuleId));
        Assert.Equal(bytes, baseline.ToBytes());

        var (exit, output, _) = CliRunner.Run(temp.Path, ["--baseline", "nk-baseline.json", "--fail-on", "warning"]);
        Assert.Equal(0, exit);
        Assert.Equal("No problems found (1 file checked, 2 suppressed)", output.Trim());
    }

    [Fact]
    public void MatchingSurvivesLinesMovingAndUnrelatedEditsButNotANewFinding()
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", Backlog);
        Assert.Equal(0, CliRunner.Run(temp.Path, ["--write-baseline", "b.json", "-q"]).ExitCode);

        temp.Write("a.md", "# Title\n\nA new intro paragraph.\n\nAnd another one.\n\n## Access\n\nEdited text.\n\n## Access\n\ndonâ€™t\n\n## Other\n\n## Other\n");
        var (exit, output, _) = CliRunner.Run(temp.Path, ["--baseline", "b.json", "--fail-on", "warning"]);

        Assert.Equal(1, exit);
        var lines = output.Trim().Split('\n');
        Assert.Equal("a.md(17,4): warning NK3001: Duplicate heading 'Other': the same text is already a heading on line 15", lines[0]);
        Assert.Equal("1 warning in 1 file (1 file checked, 2 suppressed)", lines[1]);
    }

    [Fact]
    public void IdenticalFindingsAreCountedNotMatchedWithoutLimit()
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", "## A\n\n## A\n");
        CliRunner.Run(temp.Path, ["--write-baseline", "b.json", "-q"]);
        temp.Write("a.md", "## A\n\n## A\n\n## A\n");

        var (_, output, _) = CliRunner.Run(temp.Path, ["--baseline", "b.json"]);
        Assert.StartsWith("a.md(5,4): warning NK3001", output);
        Assert.Contains("1 warning in 1 file (1 file checked, 1 suppressed)", output);
    }

    [Fact]
    public void TheFileIsSortedDiffFriendlyAndHasNoLineNumbersOrTimestamps()
    {
        using var temp = new TempDirectory();
        temp.Write("z.md", "## Z\n## Z\n");
        temp.Write("a.md", Backlog);
        CliRunner.Run(temp.Path, ["--write-baseline", "b.json", "-q"]);
        var text = File.ReadAllText(Path.Combine(temp.Path, "b.json"));

        using var json = JsonDocument.Parse(text);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(1, json.RootElement.GetProperty("version").GetInt32());
        Assert.Equal(["a.md", "a.md", "z.md"], findings.Select(f => f.GetProperty("path").GetString()));
        Assert.All(findings, f => Assert.False(f.TryGetProperty("line", out _)));
        Assert.EndsWith("}\n", text);
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Matches(text, "^      \"ruleId\": ", System.Text.RegularExpressions.RegexOptions.Multiline).Count);
    }

    [Fact]
    public void SarifListsBaselinedFindingsAsExternalSuppressions()
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", Backlog);
        CliRunner.Run(temp.Path, ["--write-baseline", "b.json", "-q"]);
        var (_, _, _) = CliRunner.Run(temp.Path, ["--baseline", "b.json", "-f", "sarif:out.sarif", "-q"]);

        var path = Path.Combine(temp.Path, "out.sarif");
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        var run = json.RootElement.GetProperty("runs")[0];
        var suppression = run.GetProperty("results")[0].GetProperty("suppressions")[0];
        Assert.Equal("external", suppression.GetProperty("kind").GetString());
        Assert.Equal("recorded in the baseline b.json", suppression.GetProperty("justification").GetString());
        Assert.Equal("b.json", run.GetProperty("properties").GetProperty("baseline").GetString());
        SarifValidator.AssertValid(path);
    }

    [Theory]
    [InlineData("{ not json", "b.json(1,3): error: the baseline is not valid JSON")]
    [InlineData("{\"version\": 9, \"findings\": []}", "b.json(1,1): error: baseline version 9 is not supported")]
    [InlineData("[]", "b.json(1,1): error: not an nkcontentlint baseline")]
    public void ABadBaselineStopsTheRunWithExit2(string content, string expected)
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", Backlog);
        temp.Write("b.json", content);
        var (exit, output, error) = CliRunner.Run(temp.Path, ["--baseline", "b.json"]);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.StartsWith(expected, error);
    }

    [Fact]
    public void AMissingBaselineIsExit2()
    {
        using var temp = new TempDirectory();
        var (exit, _, error) = CliRunner.Run(temp.Path, ["--baseline", "none.json"]);
        Assert.Equal(2, exit);
        Assert.StartsWith("none.json(1,1): error: cannot read the baseline", error);
    }

    [Fact]
    public void TheDocumentedExampleParses()
    {
        var doc = File.ReadAllText(RepositoryPaths.Combine("docs", "baseline.md"));
        var start = doc.IndexOf("```json\n", StringComparison.Ordinal) + 8;
        var example = doc[start..doc.IndexOf("```", start, StringComparison.Ordinal)];
        var baseline = Baseline.Parse(Encoding.UTF8.GetBytes(example), "docs/baseline.md");
        Assert.NotEmpty(baseline.Entries);
    }
}
