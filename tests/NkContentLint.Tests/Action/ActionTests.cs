using System.Text.Json;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Action;

/// <summary>
/// The GitHub Action: workflows pass actionlint, action.yml passes action-validator's schema, and
/// the action's run: steps, run as a runner runs them, give the right outputs, summary and exit code.
/// </summary>
public sealed class ActionTests
{
    private const string Old = "# Access\n\n## History\n\nText.\n\n## History\n\nMore.\n";

    [Fact]
    public void WorkflowsPassActionlint()
    {
        ExternalTools.RequireNodeModule("actionlint");
        var workflows = Directory.GetFiles(RepositoryPaths.Combine(".github", "workflows"), "*.yml");
        Assert.Contains(workflows, w => w.EndsWith("dogfood.yml", StringComparison.Ordinal));
        const string script = """
            const { createLinter } = require(process.env.ACTIONLINT);
            const fs = require('fs');
            createLinter().then(lint => {
              let problems = 0;
              for (const file of process.argv.slice(1)) {
                for (const r of lint(fs.readFileSync(file, 'utf8'), file)) {
                  problems++;
                  console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
                }
              }
              console.log(`checked ${process.argv.length - 1} workflows, ${problems} problems`);
              process.exit(problems === 0 ? 0 : 1);
            });
            """;
        var (exit, output, error) = ExternalTools.Run(
            "node", ["-e", script, .. workflows], RepositoryPaths.Root,
            new Dictionary<string, string?> { ["ACTIONLINT"] = Path.Combine(ExternalTools.NodeModules, "actionlint") });
        Assert.True(exit == 0, output + error);
        Assert.Contains($"checked {workflows.Length} workflows, 0 problems", output);
    }

    [Fact]
    public void ActionAndWorkflowsPassActionValidator()
    {
        ExternalTools.RequireNodeModule("@action-validator/cli");
        var cli = Path.Combine(ExternalTools.NodeModules, "@action-validator", "cli", "cli.mjs");
        foreach (var file in new[] { "action.yml" }.Concat(Directory.GetFiles(RepositoryPaths.Combine(".github", "workflows"), "*.yml").Select(f => Path.GetRelativePath(RepositoryPaths.Root, f))))
        {
            var (exit, output, error) = ExternalTools.Run("node", [cli, file], RepositoryPaths.Root);
            Assert.True(exit == 0, $"{file}: {output}{error}");
        }
    }

    [Fact]
    public void PreCommitHooksPointAtTheTool()
    {
        var hooks = File.ReadAllText(RepositoryPaths.Combine(".pre-commit-hooks.yaml"));
        Assert.Contains("- id: nkcontentlint\n", hooks);
        Assert.Contains("entry: nkcontentlint\n", hooks);
        Assert.Contains("language: dotnet", hooks);
        Assert.Contains("types: [markdown]", hooks);
        var cli = File.ReadAllText(RepositoryPaths.Combine("src", "NkContentLint.Cli", "NkContentLint.Cli.csproj"));
        Assert.Contains("<ToolCommandName>nkcontentlint</ToolCommandName>", cli);
    }

    [Fact]
    public void PullRequestOnAShallowCheckoutAnnotatesOnlyChangedLines()
    {
        using var origin = new GitRepository("origin");
        origin.Write("docs/old.md", Old);
        origin.Write(".nkcontentlint.yaml", "rules:\n  NK3001: warning\n");
        origin.CommitAll("base");
        for (var i = 0; i < 40; i++)
        {
            origin.Write("docs/old.md", Old + $"\nEdit {i}.\n");
            origin.CommitAll($"main edit {i}");
        }

        origin.Git("checkout", "-q", "-b", "feature");
        origin.Write("docs/old.md", Old + "\nEdit 39.\n\n## History\n");
        origin.Write("docs/new article.md", "# New\n\n## Part\n\n## Part\n\ndonâ€™t\n");
        origin.CommitAll("feature");
        origin.Write("docs/new article.md", "# New\n\n## Part\n\n## Part\n\ndonâ€™t\n\nMore feature work.\n");
        origin.CommitAll("feature 2");

        // actions/checkout: the pull request's head, one commit deep.
        var workspace = Path.Combine(Path.GetDirectoryName(origin.Path)!, "workspace");
        var (cloned, _, cloneError) = ExternalTools.Run("git", ["clone", "-q", "--depth", "1", "--branch", "feature", new Uri(origin.Path).AbsoluteUri, workspace]);
        Assert.True(cloned == 0, cloneError);

        var run = ActionRunner.Run(
            workspace,
            new Dictionary<string, string> { ["only-changed"] = "true", ["sarif-file"] = "results.sarif", ["fail-on"] = "warning" },
            new Dictionary<string, string> { ["GITHUB_BASE_REF"] = "main", ["GITHUB_EVENT_NAME"] = "pull_request" });

        Assert.True(run.ExitCode == 1, $"exit {run.ExitCode}\n{run.Out}\n{run.Error}");
        Assert.Equal(["actions/cache", "actions/setup-dotnet", "actions/cache"], run.SkippedUses.Select(u => u.Split('@')[0]));
        Assert.Equal("1", run.Outputs["errors"]);
        Assert.Equal("2", run.Outputs["warnings"]);
        Assert.Equal("0", run.Outputs["notes"]);
        Assert.Equal("2", run.Outputs["files"]);
        Assert.Equal("results.sarif", run.Outputs["sarif-file"]);

        var annotations = run.Out.Split('\n').Where(l => l.StartsWith("::", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, annotations.Count);
        Assert.StartsWith("::error file=docs/new article.md,line=7,col=4,", annotations[0]);
        Assert.Contains(annotations, a => a.StartsWith("::warning file=docs/old.md,line=13,", StringComparison.Ordinal));
        Assert.DoesNotContain(annotations, a => a.Contains("file=docs/old.md,line=7,", StringComparison.Ordinal));

        Assert.StartsWith("## ❌ NkContentLint: failed", run.Summary);
        Assert.Contains("Only findings on lines changed since `origin/main (merge base ", run.Summary);
        Assert.Contains("| [NK3001](", run.Summary);
        Assert.Contains("| `docs/new article.md` | 1 | 1 | 0 | 2 |", run.Summary);

        SarifValidator.AssertValid(Path.Combine(workspace, "results.sarif"));
        using var sarif = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(workspace, "results.sarif")));
        Assert.Equal(3, sarif.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
    }

    [Fact]
    public void ManyFindingsPutTheMostSevereFirstAndTheSummarySaysWhatWasNotShown()
    {
        using var temp = new TempDirectory();
        var workspace = Path.Combine(temp.Path, "workspace");
        var headings = string.Concat(Enumerable.Range(0, 13).Select(_ => "## Same\n\n"));
        temp.Write("workspace/a.md", "# A\n\n" + headings + "donâ€™t\n");

        var run = ActionRunner.Run(workspace, new Dictionary<string, string> { ["html-file"] = "report.html" });

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(("1", "12", "1"), (run.Outputs["errors"], run.Outputs["warnings"], run.Outputs["files"]));
        Assert.Equal(string.Empty, run.Outputs["sarif-file"]);
        Assert.StartsWith("::error file=a.md,", run.Out.Split('\n').First(l => l.StartsWith("::", StringComparison.Ordinal)));
        Assert.Contains("**2 of 13 findings are not shown as annotations**", run.Summary);
        Assert.Contains("**1 finding at or above `error`**", run.Summary);
        Assert.True(File.Exists(Path.Combine(workspace, "report.html")));
    }

    [Fact]
    public void AnnotationsOffAndFailOnNonePass()
    {
        using var temp = new TempDirectory();
        var workspace = Path.Combine(temp.Path, "workspace");
        temp.Write("workspace/docs/a.md", "# A\n\n## B\n\n## B\n");
        temp.Write("workspace/skip/b.md", "# A\n\n## B\n\n## B\n");

        var run = ActionRunner.Run(workspace, new Dictionary<string, string> { ["annotations"] = "off", ["fail-on"] = "none", ["paths"] = "docs\n" });

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("::warning", run.Out);
        Assert.Contains("docs/a.md(5,4): warning NK3001", run.Out);
        Assert.Equal(("0", "1", "1"), (run.Outputs["errors"], run.Outputs["warnings"], run.Outputs["files"]));
        Assert.StartsWith("## ✅ NkContentLint: passed", run.Summary);
    }

    [Fact]
    public void ABadConfigurationFailsWithExit2AndSaysSoInTheSummary()
    {
        using var temp = new TempDirectory();
        var workspace = Path.Combine(temp.Path, "workspace");
        temp.Write("workspace/a.md", "# A\n");
        temp.Write("workspace/.nkcontentlint.yaml", "rules:\n  NK9999: error\n");

        var run = ActionRunner.Run(workspace, new Dictionary<string, string>());

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(".nkcontentlint.yaml(2,3): error:", run.Error);
        Assert.Contains("could not run", run.Summary);
        Assert.Equal(string.Empty, run.Outputs["errors"]);
    }

    [Fact]
    public void AllowCodeRulesBuildsFromSourceEvenAtAReleaseTag()
    {
        using var temp = new TempDirectory();
        var workspace = Path.Combine(temp.Path, "workspace");
        temp.Write("workspace/a.md", "# A\n");

        // At a release tag the action would download the single-file binary, which cannot compile code rules.
        var run = ActionRunner.Run(
            workspace,
            new Dictionary<string, string> { ["allow-code-rules"] = "true", ["release-base-url"] = "http://127.0.0.1:9/unreachable" },
            new Dictionary<string, string> { ["GITHUB_ACTION_REF"] = "v9.9.9" });

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("::notice title=NkContentLint::allow-code-rules needs the .NET build of NkContentLint: building v9.9.9 from source", run.Out);
        Assert.Equal("0", run.Outputs["errors"]);
    }

    [Fact]
    public void CodeRulesAreOffByDefault()
    {
        var action = File.ReadAllText(RepositoryPaths.Combine("action.yml"));
        Assert.Matches(@"allow-code-rules:\n(?:    .*\n|      .*\n)*?    default: ""false""", action);
    }

    [Fact]
    public void ShardJobsAndAMergeJobReportWhatOneJobReports()
    {
        using var corpus = Sharding.ShardTests.CrossFileCorpus();
        var workspace = corpus.Path;
        var whole = ActionRunner.Run(workspace, new Dictionary<string, string> { ["fail-on"] = "warning", ["paths"] = "docs", ["cache"] = "off" });
        Assert.Equal(1, whole.ExitCode);

        foreach (var k in new[] { 1, 2, 3 })
        {
            var shard = ActionRunner.Run(workspace, new Dictionary<string, string> { ["shard"] = $"{k}/3", ["paths"] = "docs" });
            Assert.True(shard.ExitCode == 0, shard.Out + shard.Error);
            Assert.Equal($"nkcontentlint-shard-{k}-of-3.json", shard.Outputs["shard-file"]);
            Assert.True(File.Exists(Path.Combine(workspace, shard.Outputs["shard-file"])));
        }

        var merged = ActionRunner.Run(workspace, new Dictionary<string, string> { ["fail-on"] = "warning", ["merge"] = "nkcontentlint-shard-*.json" });
        Assert.Equal(1, merged.ExitCode);
        // The merge job restores no content cache: it analyses nothing.
        Assert.Contains(merged.UsesNotRun, u => u.StartsWith("actions/cache", StringComparison.Ordinal));
        Assert.Equal(
            (whole.Outputs["errors"], whole.Outputs["warnings"], whole.Outputs["notes"], whole.Outputs["files"]),
            (merged.Outputs["errors"], merged.Outputs["warnings"], merged.Outputs["notes"], merged.Outputs["files"]));
        Assert.Equal(
            whole.Out.Split('\n').Where(l => l.StartsWith("::", StringComparison.Ordinal)),
            merged.Out.Split('\n').Where(l => l.StartsWith("::", StringComparison.Ordinal)));
        Assert.Contains(merged.Out.Split('\n'), l => l.StartsWith("::warning", StringComparison.Ordinal) && l.Contains("NK2004", StringComparison.Ordinal));
        Assert.Equal(whole.Summary, merged.Summary);
    }
}
