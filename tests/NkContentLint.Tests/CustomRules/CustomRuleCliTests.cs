using System.Text.Json;
using NkContentLint.Tests.Action;
using NkContentLint.Tests.Cli;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.CustomRules;

/// <summary>
/// Custom rules through the real CLI: their IDs in configuration, suppressions, --fail-on, baselines,
/// every output format, fixes, <c>nkcontentlint rules</c>, exit 2 for bad rule files, and the action.
/// </summary>
public sealed class CustomRuleCliTests
{
    private const string Filler = """
        id: HOUSE001
        type: existence
        title: Filler word
        severity: warning
        message: "Cut '{match}'."
        help_uri: https://example.org/house#filler
        ignore_case: true
        tokens: [very]
        """;

    private const string Swap = """
        id: HOUSE002
        type: substitution
        message: "Write '{replacement}' instead of '{match}'."
        help_uri: https://example.org/house#names
        swap: { N. Korea: North Korea }
        """;

    private const string Article = "# Networks\n\nThe network is very small in N. Korea.\n";

    private static TempDirectory Project(string configuration = "custom_rules: { paths: [house] }\n", string article = Article)
    {
        var temp = new TempDirectory();
        temp.Write(".nkcontentlint.yaml", configuration);
        temp.Write("house/filler.yml", Filler);
        temp.Write("house/swap.yaml", Swap);
        temp.Write("docs/a.md", article);
        return temp;
    }

    [Fact]
    public void CustomRulesReportBesideBuiltInOnesAndTakeConfiguredSeverities()
    {
        using var temp = Project("custom_rules: { paths: [house] }\nrules:\n  house001: error\n  HOUSE002: { severity: info }\n");
        var (exit, output, error) = CliRunner.Run(temp.Path, ["docs/", "--no-color"]);
        Assert.True(exit == 1, output + error);
        Assert.Contains("docs/a.md(3,16): error HOUSE001: Cut 'very'.", output);
        Assert.Contains("docs/a.md(3,30): info HOUSE002: Write 'North Korea' instead of 'N. Korea'.", output);

        var off = CliRunner.Run(temp.Path, ["docs/", "--no-color", "--config", temp.Write("off.yaml", "custom_rules: { paths: [house] }\nrules: { HOUSE001: none, HOUSE002: none }\n")]);
        Assert.Equal(0, off.ExitCode);
        Assert.DoesNotContain("HOUSE", off.Out);
    }

    [Fact]
    public void AnUnknownCustomIdInConfigurationIsALocatedErrorWithExit2()
    {
        using var temp = Project("custom_rules: { paths: [house] }\nrules:\n  HOUSE999: error\n");
        var (exit, _, error) = CliRunner.Run(temp.Path, ["docs/"]);
        Assert.Equal(2, exit);
        Assert.Contains(".nkcontentlint.yaml(3,3): error: unknown rule ID 'HOUSE999'; no custom rule has this ID", error);

        var missing = CliRunner.Run(temp.Path, ["docs/", "--config", temp.Write("missing.yaml", "custom_rules:\n  paths: [nowhere]\n")]);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("missing.yaml(2,11): error: custom rule folder 'nowhere' not found", missing.Error);

        var wrongShape = CliRunner.Run(temp.Path, ["docs/", "--config", temp.Write("shape.yaml", "custom_rules: [house]\n")]);
        Assert.Equal(2, wrongShape.ExitCode);
        Assert.Contains("shape.yaml(1,15): error: 'custom_rules' must be a mapping with 'paths'", wrongShape.Error);

        var nul = CliRunner.Run(temp.Path, ["docs/", "--config", temp.Write("nul.yaml", "custom_rules: { paths: [\"a\\0b\"] }\n")]);
        Assert.Equal(2, nul.ExitCode);
        Assert.DoesNotContain("internal error", nul.Error);
    }

    [Fact]
    public void BadRuleFilesStopTheRunWithLocatedErrorsAndNoStackTrace()
    {
        using var temp = Project();
        temp.Write("house/bad.yml", "id: HOUSE003\ntype: existence\nmessage: m\nhelp_uri: https://example.org/h\nregex: true\ntokens: ['(a']\n");
        temp.Write("house/dup.yml", Filler);
        var (exit, output, error) = CliRunner.Run(temp.Path, ["docs/"]);
        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, output);
        Assert.Contains("house/bad.yml:6:10: invalid regular expression '(a'", error);
        Assert.Contains("rule ID HOUSE001 is defined twice: in house/dup.yml and house/filler.yml", error);
        Assert.DoesNotContain("   at ", error);
        Assert.DoesNotContain("internal error", error);
    }

    [Fact]
    public void SuppressionsNameCustomIdsAndUnknownOnesAreNK0003()
    {
        using var temp = Project(article: """
            # Networks

            <!-- nkcontentlint-disable-next-line HOUSE001 -- quoted from the source -->
            The network is very small.

            <!-- nkcontentlint-disable-next-line HOUSE777 -->
            Another line.
            """);
        var (_, output, error) = CliRunner.Run(temp.Path, ["docs/", "--no-color", "--format", "sarif"]);
        using var sarif = JsonDocument.Parse(output);
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        var suppressed = Assert.Single(results, r => r.GetProperty("ruleId").GetString() == "HOUSE001");
        Assert.Equal("quoted from the source", suppressed.GetProperty("suppressions")[0].GetProperty("justification").GetString());
        var unknown = Assert.Single(results, r => r.GetProperty("ruleId").GetString() == "NK0003");
        Assert.Contains("HOUSE777, which is not a known rule", unknown.GetProperty("message").GetProperty("text").GetString());
        Assert.True(error.Length == 0 || !error.Contains("error", StringComparison.Ordinal), error);
    }

    [Fact]
    public void FailOnCountsCustomFindingsBySeverity()
    {
        using var temp = Project();
        Assert.Equal(0, CliRunner.Run(temp.Path, ["docs/", "--fail-on", "error"]).ExitCode);
        Assert.Equal(1, CliRunner.Run(temp.Path, ["docs/", "--fail-on", "warning"]).ExitCode);
    }

    [Fact]
    public void BaselinesRecordAndHideCustomFindings()
    {
        using var temp = Project();
        var write = CliRunner.Run(temp.Path, ["docs/", "--write-baseline", "baseline.json", "--fail-on", "warning"]);
        Assert.Contains("HOUSE001", File.ReadAllText(Path.Combine(temp.Path, "baseline.json")));
        Assert.Equal(0, write.ExitCode);
        var (exit, output, _) = CliRunner.Run(temp.Path, ["docs/", "--baseline", "baseline.json", "--fail-on", "warning", "--no-color"]);
        Assert.Equal(0, exit);
        Assert.DoesNotContain("HOUSE00", output);

        File.AppendAllText(Path.Combine(temp.Path, "docs", "a.md"), "\nA very new problem.\n");
        var after = CliRunner.Run(temp.Path, ["docs/", "--baseline", "baseline.json", "--fail-on", "warning", "--no-color"]);
        Assert.Equal(1, after.ExitCode);
        Assert.Contains("docs/a.md(5,3): warning HOUSE001", after.Out);
    }

    [Fact]
    public void EveryFormatCarriesCustomRulesWithTheirHelpLinks()
    {
        using var temp = Project();
        var (exit, output, error) = CliRunner.Run(temp.Path,
        [
            "docs/", "--format", "json:r.json", "--format", "sarif:r.sarif", "--format", "html:r.html",
            "--format", "markdown:r.md", "--format", "github",
        ]);
        Assert.True(exit == 0, output + error);
        Assert.Contains(output.Split('\n'), l => l.StartsWith("::warning file=docs/a.md,line=3,col=16,", StringComparison.Ordinal) && l.Contains("title=HOUSE001", StringComparison.Ordinal));

        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(temp.Path, "r.json")));
        Assert.Contains(json.RootElement.GetProperty("diagnostics").EnumerateArray(), d => d.GetProperty("ruleId").GetString() == "HOUSE002" && d.GetProperty("helpUri").GetString() == "https://example.org/house#names");

        using var sarif = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(temp.Path, "r.sarif")));
        var rule = sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .Single(r => r.GetProperty("id").GetString() == "HOUSE001");
        Assert.Equal("https://example.org/house#filler", rule.GetProperty("helpUri").GetString());
        Assert.Equal("FillerWord", rule.GetProperty("name").GetString());

        var html = File.ReadAllText(Path.Combine(temp.Path, "r.html"));
        Assert.Contains("data-filter=\"rule\" value=\"HOUSE001\"", html);
        Assert.Contains("<a href=\"https://example.org/house#filler\">HOUSE001</a>", html);
        Assert.Contains("HOUSE002", File.ReadAllText(Path.Combine(temp.Path, "r.md")));
    }

    [Fact]
    public void CustomSarifPassesTheValidator()
    {
        using var temp = Project();
        CliRunner.Run(temp.Path, ["docs/", "--format", "sarif:r.sarif"]);
        SarifValidator.AssertValid(Path.Combine(temp.Path, "r.sarif"));
    }

    [Fact]
    public void FixSuggestionsApplyASubstitutionAndPlainFixDoesNot()
    {
        using var temp = Project();
        CliRunner.Run(temp.Path, ["docs/", "--fix"]);
        Assert.Equal(Article, File.ReadAllText(Path.Combine(temp.Path, "docs", "a.md")));
        var (exit, output, error) = CliRunner.Run(temp.Path, ["docs/", "--fix-suggestions"]);
        Assert.True(exit == 0, output + error);
        Assert.Equal("# Networks\n\nThe network is very small in North Korea.\n", File.ReadAllText(Path.Combine(temp.Path, "docs", "a.md")));
    }

    [Fact]
    public void RulesCommandListsCustomRulesWithTheirFiles()
    {
        using var temp = Project();
        temp.Write("house/Extra.cs", "// a C# rule");
        var (exit, output, error) = CliRunner.Run(temp.Path, ["rules"]);
        Assert.Equal(0, exit);
        Assert.Contains("NK3001   warning  Structure  Duplicate heading", output);
        Assert.Contains("HOUSE001 warning  Custom     Filler word\n", output);
        Assert.Contains("https://example.org/house#filler\n", output);
        Assert.Contains("existence rule from house/filler.yml", output);
        Assert.Contains("substitution rule from house/swap.yaml", output);
        Assert.Contains("nkcontentlint: code rule house/Extra.cs skipped: pass --allow-code-rules", error);
    }

    [Fact]
    public void ACodeRuleWithoutPermissionIsANoteOnStandardErrorNotAFailure()
    {
        using var temp = Project();
        temp.Write("house/Extra.cs", "// a C# rule");
        var (exit, output, error) = CliRunner.Run(temp.Path, ["docs/"]);
        Assert.Equal(0, exit);
        Assert.Contains("HOUSE001", output);
        Assert.Contains("code rule house/Extra.cs skipped: pass --allow-code-rules", error);
        Assert.DoesNotContain("skipped", CliRunner.Run(temp.Path, ["docs/", "--quiet"]).Error);
    }

    [Fact]
    public void TheActionRunsCustomRulesThroughTheConfigurationFile()
    {
        using var temp = new TempDirectory();
        var workspace = Path.Combine(temp.Path, "workspace");
        temp.Write("workspace/lint.yaml", "custom_rules: { paths: [.github/house-rules] }\n");
        temp.Write("workspace/.github/house-rules/filler.yml", Filler);
        temp.Write("workspace/docs/a.md", Article);

        var run = ActionRunner.Run(workspace, new Dictionary<string, string> { ["config"] = "lint.yaml", ["paths"] = "docs", ["fail-on"] = "warning" });

        Assert.True(run.ExitCode == 1, run.Out + run.Error);
        Assert.Contains(run.Out.Split('\n'), l => l.StartsWith("::warning file=docs/a.md,line=3,col=16,", StringComparison.Ordinal) && l.Contains("title=HOUSE001", StringComparison.Ordinal));
        Assert.Equal(("0", "1"), (run.Outputs["errors"], run.Outputs["warnings"]));
        Assert.Contains("HOUSE001", run.Summary);
    }
}
