using System.Text;
using NkContentLint.Running;
using NkContentLint.Tests.Cli;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Hardening;

/// <summary>
/// Issue 12 row 13: nesting deeper than the parser's guard is NK0001 from a linear pre-scan, not
/// after the parser's quadratic work (75 s for 3,000 levels). Time and memory are measured by the
/// benchmark (docs/benchmarks.md), never asserted here.
/// </summary>
public sealed class PathologicalInputTests
{
    private static string NestedList(int levels, string indent = "  ", string marker = "- ")
    {
        var builder = new StringBuilder();
        for (var i = 0; i < levels; i++)
        {
            builder.Insert(builder.Length, indent, i).Append(marker).Append("item\n");
        }

        return builder.ToString();
    }

    [Fact]
    public void AThreeThousandLevelListIsNK0001FromTheNestingGuard()
    {
        using var temp = new TempDirectory();
        temp.Write("deep.md", NestedList(3000));
        temp.Write("fine.md", "# Title\n\n## Access\n\n## Access\n");

        var (exit, output, _) = CliRunner.Run(temp.Path, []);

        Assert.Equal(1, exit);
        Assert.Contains("deep.md(1,1): error NK0001: Markdown is nested more than 128 levels deep (line 65), deeper than the parser accepts; the file was not linted", output);
        Assert.Contains("fine.md(5,4): warning NK3001", output);
    }

    [Theory]
    [InlineData(63, "  ", "- ")]
    [InlineData(63, "   ", "1. ")]
    [InlineData(40, "  ", "* ")]
    public void NestingTheParserAcceptsIsNotFlagged(int levels, string indent, string marker)
    {
        var text = NestedList(levels, indent, marker);
        Assert.Null(NestingGuard.FindTooDeep(text));
        using var temp = new TempDirectory();
        temp.Write("a.md", text);
        Assert.Equal("No problems found (1 file checked)", CliRunner.Run(temp.Path, []).Out.Trim());
    }

    [Theory]
    [InlineData(65, "  ", "- ", 65)]
    [InlineData(80, "   ", "1) ", 65)]
    public void EveryListStyleNestedTooDeepIsFound(int levels, string indent, string marker, int line)
    {
        Assert.Equal(line, NestingGuard.FindTooDeep(NestedList(levels, indent, marker)));
    }

    [Fact]
    public void QuotesAndListsTogetherCountAndCodeDoesNot()
    {
        var quoted = new StringBuilder();
        for (var i = 0; i < 200; i++)
        {
            quoted.Insert(quoted.Length, "> ", i).Append("- x\n");
        }

        Assert.NotNull(NestingGuard.FindTooDeep(quoted.ToString()));
        Assert.Null(NestingGuard.FindTooDeep("```\n" + NestedList(300) + "```\n"));
        Assert.Null(NestingGuard.FindTooDeep(NestedList(300, indent: "    ", marker: "- ").Replace("- item", "item", StringComparison.Ordinal)));
    }
}
