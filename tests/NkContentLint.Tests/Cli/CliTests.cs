using System.Text.Json;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Cli;

public sealed class CliTests
{
    private const string Duplicate = "# Title\n\n## Access\n\n## Access\n";

    [Fact]
    public void CleanRunExitsZeroWithASummary()
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", "# Fine\n");
        var (exit, output, _) = CliRunner.Run(temp.Path, []);
        Assert.Equal(0, exit);
        Assert.Equal("No problems found (1 file checked)", output.Trim());
    }

    [Fact]
    public void WarningsDoNotFailByDefaultButDoWithFailOnWarning()
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", Duplicate);

        var (exit, output, _) = CliRunner.Run(temp.Path, ["a.md"]);
        Assert.Equal(0, exit);
        Assert.StartsWith("a.md(5,4): warning NK3001: ", output);

        Assert.Equal(1, CliRunner.Run(temp.Path, ["a.md", "--fail-on", "warning"]).ExitCode);
        Assert.Equal(0, CliRunner.Run(temp.Path, ["a.md", "--fail-on", "none"]).ExitCode);
    }

    [Fact]
    public void ErrorsFailTheRunAndOtherFilesAreStillLinted()
    {
        using var temp = new TempDirectory();
        temp.WriteBytes("a-binary.md", [0, 1, 2, 3]);
        temp.Write("b.md", Duplicate);
        var (exit, output, _) = CliRunner.Run(temp.Path, []);
        Assert.Equal(1, exit);
        Assert.Contains("a-binary.md(1,1): error NK0001: ", output);
        Assert.Contains("b.md(5,4): warning NK3001: ", output);
    }

    [Fact]
    public void MalformedConfigurationStopsTheRunWithExit2AndALocation()
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", Duplicate);
        temp.Write(".nkcontentlint.yaml", "rules:\n  NK3001:\n    siblings_only: maybe\n");
        var (exit, output, error) = CliRunner.Run(temp.Path, []);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Equal(".nkcontentlint.yaml(3,20): error: option 'siblings_only' must be true or false", error.Trim());
    }

    [Fact]
    public void ExplicitConfigurationIsUsedAndAMissingOneIsExit2()
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", Duplicate);
        temp.Write("conf/strict.yaml", "rules:\n  NK3001: error\n");
        Assert.Equal(1, CliRunner.Run(temp.Path, ["a.md", "--config", "conf/strict.yaml"]).ExitCode);

        var (exit, _, error) = CliRunner.Run(temp.Path, ["a.md", "-c", "conf/none.yaml"]);
        Assert.Equal(2, exit);
        Assert.Contains("conf/none.yaml(1,1): error: configuration file not found", error);
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--fail-on", "fatal")]
    [InlineData("--no-such-option")]
    public void UsageErrorsExitWith2(params string[] args)
    {
        using var temp = new TempDirectory();
        var (exit, _, error) = CliRunner.Run(temp.Path, args);
        Assert.Equal(2, exit);
        Assert.Contains("nkcontentlint --help", error);
    }

    [Fact]
    public void SarifOutputIsValidJsonWithTheFindings()
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", Duplicate);
        var (exit, output, error) = CliRunner.Run(temp.Path, ["--format", "sarif"]);
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("NK3001", json.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("ruleId").GetString());
        SarifValidator.AssertValid(System.Text.Encoding.UTF8.GetBytes(output), temp.Path, "stdout");
        Assert.Contains("1 warning in 1 file", error);
    }

    [Fact]
    public void OutputFileReceivesTheReport()
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", Duplicate);
        var (exit, output, _) = CliRunner.Run(temp.Path, ["-f", "json", "-o", "out/report.json"]);
        Assert.Equal(0, exit);
        Assert.Contains("1 warning in 1 file", output);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(temp.Path, "out", "report.json")));
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("warnings").GetInt32());
    }

    [Fact]
    public void QuietPrintsFindingsOnly()
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", Duplicate);
        var (_, output, _) = CliRunner.Run(temp.Path, ["-q"]);
        Assert.Single(output.Trim().Split('\n'));
    }

    [Fact]
    public void StandardInputIsLintedWithTheGivenName()
    {
        using var temp = new TempDirectory();
        var (exit, output, _) = CliRunner.Run(temp.Path, ["-", "--stdin-filename", "drafts/new.md"], stdin: Duplicate);
        Assert.Equal(0, exit);
        Assert.StartsWith("drafts/new.md(5,4): warning NK3001", output);
    }

    [Fact]
    public void ColourOnlyOnATerminalAndNeverWithNoColor()
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", Duplicate);
        Assert.Contains("\u001b[33m", CliRunner.Run(temp.Path, [], terminal: true).Out);
        Assert.DoesNotContain("\u001b[", CliRunner.Run(temp.Path, [], terminal: false).Out);
        Assert.DoesNotContain("\u001b[", CliRunner.Run(temp.Path, [], terminal: true, noColor: "1").Out);
        Assert.DoesNotContain("\u001b[", CliRunner.Run(temp.Path, ["--no-color"], terminal: true).Out);
    }

    [Fact]
    public void VersionPrintsNameAndVersion()
    {
        using var temp = new TempDirectory();
        var (exit, output, _) = CliRunner.Run(temp.Path, ["--version"]);
        Assert.Equal(0, exit);
        Assert.Matches(@"^nkcontentlint \d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?\ncommit: ([0-9a-f]{40}|unknown \(built outside git\))\nfacts: north-korea \S+ \(built-in\)\s*$", output);
    }

    [Fact]
    public void RulesListsEveryRuleWithItsDocLink()
    {
        using var temp = new TempDirectory();
        var (exit, output, _) = CliRunner.Run(temp.Path, ["rules"]);
        Assert.Equal(0, exit);
        foreach (var descriptor in NkContentLint.Rules.BuiltInAnalyzers.AllDescriptors())
        {
            Assert.Contains($"{descriptor.Id,-7} {descriptor.DefaultSeverity.ToString().ToLowerInvariant(),-8}", output);
            Assert.Contains(descriptor.HelpLinkUri, output);
        }
    }

    [Fact]
    public void HelpDescribesTheOptions()
    {
        using var temp = new TempDirectory();
        var (exit, output, _) = CliRunner.Run(temp.Path, ["--help"]);
        Assert.Equal(0, exit);
        foreach (var option in new[] { "--config", "--format", "--output", "--fail-on", "--quiet", "--no-color", "--stdin-filename", "--version" })
        {
            Assert.Contains(option, output);
        }
    }
}

public sealed class CliFixTests
{
    [Fact]
    public void FixRewritesFilesAndReportsWhatRemains()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("a.md", "## A\n## A\ndonâ€™t\n");
        var (exit, output, _) = CliRunner.Run(temp.Path, ["--fix"]);
        Assert.Equal(0, exit);
        Assert.Equal("## A\n## A\ndon’t\n", File.ReadAllText(path));
        Assert.Contains("Fixed 1 problem in 1 file", output);
        Assert.Contains("a.md(2,4): warning NK3001", output);
    }

    [Fact]
    public void DryRunPrintsAUnifiedDiffAndWritesNothing()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("a.md", "Title\n\ndonâ€™t\n");
        var (exit, output, error) = CliRunner.Run(temp.Path, ["--fix", "--dry-run"]);
        Assert.Equal(0, exit);
        Assert.Equal("--- a/a.md\n+++ b/a.md\n@@ -1,3 +1,3 @@\n Title\n \n-donâ€™t\n+don’t\n", output);
        Assert.Contains("Would fix 1 problem in 1 file", error);
        Assert.Equal("Title\n\ndonâ€™t\n", File.ReadAllText(path));
    }

    [Fact]
    public void ExitCodeReflectsWhatRemainsAfterFixing()
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", "donâ€™t and it\uFFFDs\n");
        var (exit, output, _) = CliRunner.Run(temp.Path, ["--fix"]);
        Assert.Equal(1, exit);
        Assert.Contains("NK4002", output);
        Assert.DoesNotContain("NK4001", output);
    }

    [Theory]
    [InlineData("--dry-run")]
    [InlineData("--fix", "-")]
    public void FixOptionMisuseIsAUsageError(params string[] args)
    {
        using var temp = new TempDirectory();
        Assert.Equal(2, CliRunner.Run(temp.Path, args).ExitCode);
    }
}
