using NkContentLint.Tests.Cli;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Hardening;

/// <summary>
/// Issue 12's rows on output, arguments, configuration, baselines and suppressions. Each test failed
/// before its fix; none may see "internal error".
/// </summary>
public sealed class InputAbuseTests
{
    private const string Duplicate = "# Title\n\n## Access\n\n## Access\n";

    // Row 9: escape sequences in article text and file names are shown escaped.
    [Theory]
    [InlineData("text")]
    [InlineData("github")]
    [InlineData("markdown")]
    public void ControlCharactersInTextAndNamesAreShownEscaped(string format)
    {
        using var temp = new TempDirectory();
        const string Osc = "\u001b]0;pwned\u0007";
        temp.Write($"a{Osc}.md", $"# Title\n\n## Access \u001b[8mhidden\u001b[0m \u202Eevil\n\n## Access \u001b[8mhidden\u001b[0m \u202Eevil\n");

        var (_, output, error) = CliRunner.Run(temp.Path, ["--format", format]);

        Assert.DoesNotContain('\u001b', output + error);
        Assert.DoesNotContain('\u0007', output + error);
        Assert.DoesNotContain('\u202E', output + error);
        Assert.Contains("\\x1b]0;pwned\\x07.md", output);
        if (format != "markdown")
        {
            Assert.Contains("\\x1b8mhidden\\x1b0m \\u202eevil", output);
        }
    }

    // Row 10: a run that matches nothing is exit 2 unless --allow-no-files.
    [Theory]
    [InlineData("drafts/**/*.md", "'drafts/**/*.md' matched no file")]
    [InlineData("empty", "'empty' has no file matching the default include globs (**/*.md, **/*.markdown)")]
    public void AFolderOrGlobThatMatchesNothingIsExit2(string input, string message)
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", Duplicate);
        Directory.CreateDirectory(Path.Combine(temp.Path, "empty"));

        var (exit, output, error) = CliRunner.Run(temp.Path, [input]);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains($"nkcontentlint: {message}", error);

        var (allowed, allowedOutput, _) = CliRunner.Run(temp.Path, [input, "--allow-no-files"]);
        Assert.Equal(0, allowed);
        Assert.Contains("(0 files checked)", allowedOutput);
    }

    [Fact]
    public void AMissingFileNamedExplicitlyStaysNK0001()
    {
        using var temp = new TempDirectory();
        var (exit, output, _) = CliRunner.Run(temp.Path, ["gone.md"]);
        Assert.Equal(1, exit);
        Assert.StartsWith("gone.md(1,1): error NK0001: No such file or directory", output);
    }

    [Fact]
    public void StdinFilenameWithoutADashIsExit2()
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", Duplicate);
        var (exit, _, error) = CliRunner.Run(temp.Path, ["a.md", "--stdin-filename", "draft.md"]);
        Assert.Equal(2, exit);
        Assert.Contains("--stdin-filename names the article read from standard input: add - to the paths", error);
    }

    [Fact]
    public void AConfigurationWhoseFolderDoesNotHoldTheFilesIsExit2SayingSo()
    {
        using var temp = new TempDirectory();
        temp.Write("articles/a.md", Duplicate);
        temp.Write("conf/lint.yaml", "include: [\"articles/**/*.md\"]\n");

        var (exit, _, error) = CliRunner.Run(Path.Combine(temp.Path, "articles"), ["--config", "../conf/lint.yaml"]);

        Assert.Equal(2, exit);
        Assert.Contains("nkcontentlint: the current folder has no file matching the include globs of ../conf/lint.yaml (articles/**/*.md); they are relative to the configuration's folder ../conf, which does not contain it", error);
    }

    // Row 11: a mistyped subcommand is exit 2 with "did you mean"; an existing path is linted.
    [Theory]
    [InlineData(new[] { "rule" }, "rules")]
    [InlineData(new[] { "fact", "list" }, "facts")]
    [InlineData(new[] { "Facts", "validate" }, "facts")]
    [InlineData(new[] { "inti" }, "init")]
    public void AMistypedSubcommandIsExit2WithDidYouMean(string[] args, string command)
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", Duplicate);
        var (exit, output, error) = CliRunner.Run(temp.Path, args);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains($"is not a command or a file; did you mean '{command}'?", error);
    }

    [Fact]
    public void AnExistingFileNamedLikeASubcommandIsLinted()
    {
        using var temp = new TempDirectory();
        temp.Write("rule", Duplicate);
        var (exit, output, _) = CliRunner.Run(temp.Path, ["rule"]);
        Assert.Equal(0, exit);
        Assert.StartsWith("rule(5,4): warning NK3001", output);
    }

    // Row 14: bad globs, baseline counts and output folders are located errors, exit 2.
    [Theory]
    [InlineData("include: [\"**/../../**\"]\n", ".nkcontentlint.yaml(1,11): error: '**/../../**' is not a glob that can be matched")]
    [InlineData("exclude:\n  - archive/**\n  - \"**/../x\"\n", ".nkcontentlint.yaml(3,5): error: '**/../x' is not a glob that can be matched")]
    [InlineData("overrides:\n  - files: [\"a/**/../**\"]\n    rules: { NK3001: none }\n", ".nkcontentlint.yaml(2,13): error: 'a/**/../**' is not a glob that can be matched")]
    public void AGlobTheMatcherRejectsIsALocatedConfigurationError(string yaml, string message)
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", Duplicate);
        temp.Write(".nkcontentlint.yaml", yaml);
        var (exit, _, error) = CliRunner.Run(temp.Path, []);
        Assert.Equal(2, exit);
        Assert.StartsWith(message, error);
        Assert.DoesNotContain("internal error", error);
    }

    [Fact]
    public void AGlobArgumentTheMatcherRejectsIsExit2()
    {
        using var temp = new TempDirectory();
        var (exit, _, error) = CliRunner.Run(temp.Path, ["**/../x*.md"]);
        Assert.Equal(2, exit);
        Assert.StartsWith("nkcontentlint: '**/../x*.md' is not a glob that can be matched", error);
    }

    [Theory]
    [InlineData("1e30")]
    [InlineData("-5")]
    [InlineData("0")]
    [InlineData("\"3\"")]
    [InlineData("2.5")]
    public void ABaselineCountThatIsNotAPositiveWholeNumberIsALocatedError(string count)
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", Duplicate);
        temp.Write("b.json", $$"""{"version": 1, "findings": [{"ruleId": "NK3001", "path": "a.md", "fingerprint": "x", "count": {{count}}}]}""");
        var (exit, _, error) = CliRunner.Run(temp.Path, ["--baseline", "b.json"]);
        Assert.Equal(2, exit);
        Assert.StartsWith($"b.json(1,1): error: finding 1 has \"count\": {count}; it must be a whole number", error);
    }

    [Theory]
    [InlineData("""{"version": 1e30}""", "baseline version 1e30 is not supported")]
    [InlineData("""{"version": 1, "findings": {}}""", "\"findings\" must be a list")]
    [InlineData("""{"version": 1, "findings": [3]}""", "finding 1 must be an object")]
    [InlineData("""{"version": 1, "findings": [{"ruleId": "NK3001", "path": "a.md", "fingerprint": "x", "message": 3}]}""", "finding 1 has no \"message\" string")]
    public void AMalformedBaselineIsALocatedError(string json, string message)
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", Duplicate);
        temp.Write("b.json", json);
        var (exit, _, error) = CliRunner.Run(temp.Path, ["--baseline", "b.json"]);
        Assert.Equal(2, exit);
        Assert.Contains($"b.json(1,1): error: {message}", error);
    }

    [Theory]
    [InlineData("--output", "out")]
    [InlineData("--format", "json:out")]
    [InlineData("--write-baseline", "out")]
    public void AReportFileThatIsAFolderIsExit2BeforeLinting(string option, string value)
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", Duplicate);
        Directory.CreateDirectory(Path.Combine(temp.Path, "out"));
        var args = option == "--output" ? new[] { "--format", "json", option, value } : [option, value];

        var (exit, output, error) = CliRunner.Run(temp.Path, args);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("'out' is a folder; name a file to write", error);
    }

    // Row 15: NK0003 for an unknown ID beside a valid one, and for a disable never closed.
    [Fact]
    public void AnUnknownRuleBesideAKnownOneIsNK0003()
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", "# Title\n\n## Access\n\n<!-- nkcontentlint-disable-next-line NK3001 NK9999 -->\n## Access\n");
        var (_, output, _) = CliRunner.Run(temp.Path, ["--fail-on", "none"]);
        Assert.Contains("a.md(5,1): info NK0003: 'nkcontentlint-disable-next-line' names NK9999, which is not a known rule; fix or remove it", output);
        Assert.DoesNotContain("NK3001", output.Replace("NK3001 NK9999", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void ADisableNeverClosedIsNK0003AndAClosedOneIsNot()
    {
        using var temp = new TempDirectory();
        temp.Write("open.md", "# Title\n\n## Access\n\n<!-- nkcontentlint-disable NK3001 -->\n## Access\n");
        temp.Write("closed.md", "# Title\n\n## Access\n\n<!-- nkcontentlint-disable NK3001 -->\n## Access\n<!-- nkcontentlint-enable -->\n");

        var (_, output, _) = CliRunner.Run(temp.Path, []);

        Assert.Contains("open.md(5,1): info NK0003: 'nkcontentlint-disable NK3001' is never closed by an nkcontentlint-enable, so it runs to the end of the file; close it, or use nkcontentlint-disable-file", output);
        Assert.DoesNotContain("closed.md", output);
    }

    // "internal error" from input: a .gitignore pattern that is no valid bracket expression.
    [Theory]
    [InlineData("[z-a]")]
    [InlineData("[]")]
    [InlineData("*?[]")]
    [InlineData("[a-\\]")]
    public void AGitignorePatternThatCannotMatchIgnoresNothing(string pattern)
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", Duplicate);
        temp.Write(".gitignore", pattern + "\n");
        var (exit, output, error) = CliRunner.Run(temp.Path, []);
        Assert.Equal(0, exit);
        Assert.DoesNotContain("internal error", error);
        Assert.StartsWith("a.md(5,4): warning NK3001", output);
    }
}
