using System.Text;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Engine;

public sealed class LintRunnerTests
{
    [Fact]
    public void BinaryUnreadableAndMissingFilesAreDiagnosticsAndTheRunGoesOn()
    {
        using var temp = new TempDirectory();
        temp.Write("a-good.md", "## A\n## A\n");
        temp.WriteBytes("b-binary.md", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A]);
        // A dangling symbolic link: listed by the folder walk, unreadable when opened (works as root too).
        File.CreateSymbolicLink(Path.Combine(temp.Path, "c-dangling.md"), Path.Combine(temp.Path, "nowhere.md"));
        temp.WriteBytes("d-legacy.md", [.. Encoding.ASCII.GetBytes("## B\n## B\nRussia"), 0x92, (byte)'s']);

        var result = Lint.Run([".", "e-missing.md"], temp.Path);

        Assert.Equal(
            [
                "a-good.md:2:NK3001",
                "b-binary.md:1:NK0001",
                "c-dangling.md:1:NK0001",
                "d-legacy.md:2:NK3001",
                "d-legacy.md:3:NK4003",
                "e-missing.md:1:NK0001",
            ],
            result.Diagnostics.Select(d => $"{d.Location.Path}:{d.Location.StartLine}:{d.Id}"));
        Assert.Contains("binary", result.Diagnostics[1].Message);
        Assert.Contains("Could not read", result.Diagnostics[2].Message);
        Assert.Equal("No such file or directory", result.Diagnostics[5].Message);
    }

    [Fact]
    public void OversizedFilesAreReportedInsteadOfRead()
    {
        using var temp = new TempDirectory();
        temp.Write("big.md", new string('x', 2000));
        var request = new NkContentLint.Running.LintRequest(
            ["big.md"], temp.Path, NkContentLint.Configuration.LintConfiguration.CreateDefault(temp.Path), NkContentLint.Rules.BuiltInAnalyzers.Create())
        { MaxFileBytes = 1000 };

        var diagnostic = Assert.Single(NkContentLint.Running.LintRunner.Run(request, TestContext.Current.CancellationToken).Diagnostics);
        Assert.Equal("NK0001", diagnostic.Id);
        Assert.Contains("over the 1,000-byte limit", diagnostic.Message);
    }

    [Fact]
    public void OutputOrderIsDeterministicAcrossRuns()
    {
        using var temp = new TempDirectory();
        for (var i = 0; i < 40; i++)
        {
            temp.Write($"f{i:D2}/a.md", "# A\n## B\n## B\n# A\n");
        }

        var first = Lint.Run(["."], temp.Path).Diagnostics.Select(d => d.ToString()).ToList();
        var second = Lint.Run(["."], temp.Path).Diagnostics.Select(d => d.ToString()).ToList();
        Assert.Equal(80, first.Count);
        Assert.Equal(first, second);
        Assert.Equal(first.OrderBy(s => s, StringComparer.Ordinal), first);
    }

    [Fact]
    public void StandardInputIsLintedUnderTheGivenName()
    {
        using var temp = new TempDirectory();
        var request = new NkContentLint.Running.LintRequest(
            ["-"], temp.Path, NkContentLint.Configuration.LintConfiguration.CreateDefault(temp.Path), NkContentLint.Rules.BuiltInAnalyzers.Create())
        {
            StandardInput = Encoding.UTF8.GetBytes("# A\n# A\n"),
            StandardInputPath = "drafts/new.md",
        };

        var result = NkContentLint.Running.LintRunner.Run(request, TestContext.Current.CancellationToken);
        Assert.Equal(["drafts/new.md"], result.Files);
        Assert.Equal("drafts/new.md", Assert.Single(result.Diagnostics).Location.Path);
    }
}
