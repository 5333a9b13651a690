using Microsoft.CodeAnalysis.Text;
using NkContentLint.Diagnostics;
using NkContentLint.Reporting;
using NkContentLint.Running;
using NkContentLint.Tests.Cli;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Reporting;

public sealed class GitHubReporterTests
{
    private static readonly DiagnosticDescriptor Rule = new("NK3001", "Duplicate heading", "{0}", "Structure", DiagnosticSeverity.Warning, "Duplicate headings.");

    private static Diagnostic At(string path, int line, string message, DiagnosticSeverity severity = DiagnosticSeverity.Warning) =>
        Diagnostic.Create(Rule, new Location(path, new TextSpan(0, 1), new LinePositionSpan(new LinePosition(line - 1, 2), new LinePosition(line - 1, 8))), message).WithSeverity(severity);

    [Fact]
    public void AWorkflowCommandPerFindingWithFileLinesColumnsAndTitle()
    {
        var command = GitHubReporter.FormatCommand(At("docs/a.md", 5, "Duplicate heading 'Access'"));
        Assert.Equal(
            "::warning file=docs/a.md,line=5,col=3,endLine=5,endColumn=9,title=NK3001 Duplicate heading::Duplicate heading 'Access' (" + Rule.HelpLinkUri + ")",
            command);
    }

    [Fact]
    public void CommandsAreEscapedAsGitHubDocuments()
    {
        var command = GitHubReporter.FormatCommand(At("dir,odd/a:b%.md", 1, "100% sure\r\nline two: a, b"));
        Assert.StartsWith("::warning file=dir%2Codd/a%3Ab%25.md,line=1,", command);
        Assert.Contains("::100%25 sure%0D%0Aline two: a, b (", command);
        Assert.DoesNotContain('\n', command);
        Assert.Equal("a%3Ab%2Cc%25%0A", GitHubReporter.EscapeProperty("a:b,c%\n"));
    }

    [Fact]
    public void MostSevereFirstAndSeveritiesMapToErrorWarningNotice()
    {
        var result = new LintResult(
            [At("a.md", 1, "w"), At("b.md", 1, "n", DiagnosticSeverity.Info), At("c.md", 1, "e", DiagnosticSeverity.Error)],
            ["a.md", "b.md", "c.md"],
            [Rule]);
        var writer = new StringWriter();
        GitHubReporter.Write(writer, result);
        var lines = writer.ToString().TrimEnd('\n').Split('\n');
        Assert.StartsWith("::error file=c.md", lines[0]);
        Assert.StartsWith("::warning file=a.md", lines[1]);
        Assert.StartsWith("::notice file=b.md", lines[2]);
    }

    [Fact]
    public void SummarySaysWhenAnnotationsWereNotShownAndGivesTheVerdict()
    {
        var findings = Enumerable.Range(1, 14).Select(i => At("a.md", i, $"finding {i}")).ToList();
        var result = new LintResult([.. findings], ["a.md", "b.md"], [Rule]);
        var writer = new StringWriter();
        MarkdownSummaryReporter.Write(writer, result, new ReportContext("/") { FailOn = DiagnosticSeverity.Warning });
        var summary = writer.ToString();

        Assert.StartsWith("## ❌ NkContentLint: failed\n", summary);
        Assert.Contains("**14 findings at or above `warning`**", summary);
        Assert.Contains("| 0 | 14 | 0 | 0 | 1 | 2 |", summary);
        Assert.Contains("**4 of 14 findings are not shown as annotations**", summary);
        Assert.Contains($"| [NK3001]({Rule.HelpLinkUri}) | Duplicate heading | warning | 14 |", summary);
        Assert.Contains("| `a.md` | 0 | 14 | 0 | 14 |", summary);

        var passing = new StringWriter();
        MarkdownSummaryReporter.Write(passing, result, new ReportContext("/"));
        Assert.StartsWith("## ✅ NkContentLint: passed\n", passing.ToString());
    }

    [Fact]
    public void SummaryTableCellsCannotBreakTheTableOrInjectHtml()
    {
        Assert.Equal("a \\| b &lt;script&gt; \\*x\\* U+202E", MarkdownSummaryReporter.Cell("a | b <script> *x* \u202E"));
        Assert.Equal("`` a`b ``", MarkdownSummaryReporter.Code("a`b"));
    }

    [Fact]
    public void OneRunWritesSeveralFormats()
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", "# T\n\n## A\n\n## A\n");
        var (exit, output, error) = CliRunner.Run(temp.Path, ["--format", "github", "--format", "sarif:out/r.sarif", "--format", "html:out/r.html", "--format", "markdown:out/summary.md", "-f", "json:out/r.json"]);

        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.StartsWith("::warning file=a.md,line=5,col=4,endLine=5,endColumn=5,title=NK3001 Duplicate heading::", output);
        Assert.EndsWith("1 warning in 1 file (1 file checked)\n", output.ReplaceLineEndings("\n"));
        foreach (var file in new[] { "r.sarif", "r.html", "summary.md", "r.json" })
        {
            Assert.True(File.Exists(Path.Combine(temp.Path, "out", file)), file);
        }

        SarifValidator.AssertValid(Path.Combine(temp.Path, "out", "r.sarif"));
    }

    [Theory]
    [InlineData("--format", "json", "--format", "sarif")]
    [InlineData("--format", "json:a.json", "--format", "sarif:b.sarif", "-o", "c.txt")]
    [InlineData("--format", "pdf:x.pdf")]
    [InlineData("--format", "sarif:")]
    public void AmbiguousOrUnknownFormatsAreUsageErrors(params string[] args)
    {
        using var temp = new TempDirectory();
        var (exit, _, error) = CliRunner.Run(temp.Path, args);
        Assert.Equal(2, exit);
        Assert.NotEmpty(error);
    }

    [Fact]
    public void OutputStillGoesWithASingleFormat()
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", "# T\n");
        var (exit, _, _) = CliRunner.Run(temp.Path, ["--format", "github", "--format", "sarif:r.sarif", "-o", "annotations.txt"]);
        Assert.Equal(0, exit);
        Assert.True(File.Exists(Path.Combine(temp.Path, "annotations.txt")));
        Assert.True(File.Exists(Path.Combine(temp.Path, "r.sarif")));
    }
}
