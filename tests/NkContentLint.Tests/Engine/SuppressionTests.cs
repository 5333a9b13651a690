using NkContentLint.Rules.Structure;
using NkContentLint.Suppressions;
using NkContentLint.Tests.Testing;
using NkContentLint.Documents;
using Xunit;

namespace NkContentLint.Tests.Engine;

public sealed class SuppressionTests
{
    private static readonly DuplicateHeadingAnalyzer Analyzer = new();

    [Fact]
    public void DirectivesAreParsedWithIdsAndReason()
    {
        var document = ContentDocument.Parse("a.md", "<!-- nkcontentlint-disable-next-line NK1001, nk1002 -- quoted from the source below -->\nText\n");
        var directive = Assert.Single(SuppressionParser.Parse(document));
        Assert.Equal(SuppressionKind.DisableNextLine, directive.Kind);
        Assert.Equal(["NK1001", "NK1002"], directive.RuleIds);
        Assert.Equal("quoted from the source below", directive.Reason);
    }

    [Fact]
    public void DirectivesInsideCodeAreIgnored()
    {
        var document = ContentDocument.Parse("a.md", "```\n<!-- nkcontentlint-disable-file -->\n```\n\n`<!-- nkcontentlint-disable -->`\n");
        Assert.Empty(SuppressionParser.Parse(document));
    }

    [Fact]
    public void DisableAndEnableBracketARegion() => AnalyzerVerifier.Verify(Analyzer, """
        ## A
        <!-- nkcontentlint-disable NK3001 -->
        ## A
        <!-- nkcontentlint-enable NK3001 -->
        ## {|NK3001:A|}
        """);

    [Fact]
    public void DisableWithoutIdsCoversEveryRule() => AnalyzerVerifier.Verify(Analyzer, """
        ## A
        <!-- nkcontentlint-disable -->
        ## A
        """);

    [Fact]
    public void DisableForAnotherRuleDoesNotSuppress() => AnalyzerVerifier.Verify(Analyzer, """
        ## A
        <!-- nkcontentlint-disable NK1001 -->
        ## {|NK3001:A|}
        """);

    [Fact]
    public void DisableLineCoversItsOwnLine() => AnalyzerVerifier.Verify(Analyzer, """
        ## A
        ## A <!-- nkcontentlint-disable-line NK3001 -->
        """);

    [Fact]
    public void DisableNextLineCoversOnlyTheNextLine() => AnalyzerVerifier.Verify(Analyzer, """
        ## A
        <!-- nkcontentlint-disable-next-line -->
        ## A
        ## {|NK3001:A|}
        """);

    [Fact]
    public void DisableFileCoversEverything() => AnalyzerVerifier.Verify(Analyzer, """
        ## A
        ## A

        <!-- nkcontentlint-disable-file NK3001 -->
        """);

    [Fact]
    public void UnusedSuppressionsAreReportedAndUsedOnesAreNot()
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", """
            ## A
            <!-- nkcontentlint-disable-next-line NK3001 -- repeated on purpose -->
            ## A
            <!-- nkcontentlint-disable-next-line NK3001 -->
            ## B
            <!-- nkcontentlint-disable-next-line NK9999 -->
            ## C
            """);

        var result = Lint.Run(["a.md"], temp.Path);

        var suppressed = Assert.Single(result.Diagnostics, d => d.IsSuppressed);
        Assert.Equal("repeated on purpose", suppressed.Suppression!.Justification);
        Assert.Collection(
            result.Reported,
            stale =>
            {
                Assert.Equal(("NK0003", 4), (stale.Id, stale.Location.StartLine));
                Assert.Equal("'nkcontentlint-disable-next-line NK3001' suppresses nothing; remove it", stale.Message);
            },
            unknown =>
            {
                Assert.Equal(("NK0003", 6), (unknown.Id, unknown.Location.StartLine));
                Assert.Contains("NK9999, which is not a known rule", unknown.Message);
            });
    }
}
