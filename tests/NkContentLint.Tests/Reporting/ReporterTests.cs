using System.Text.Json;
using NkContentLint.Reporting;
using NkContentLint.Running;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Reporting;

public sealed class ReporterTests
{
    private static LintResult SampleResult(TempDirectory temp)
    {
        temp.Write("docs/a b.md", "# Title\n\n## Access\n\n## Access\n<!-- nkcontentlint-disable-next-line NK3001 -- kept on purpose -->\n## Access\n");
        temp.Write("docs/clean.md", "# Clean\n");
        return Lint.Run(["docs"], temp.Path);
    }

    [Fact]
    public void TextLinesUseTheCompilerForm()
    {
        using var temp = new TempDirectory();
        var writer = new StringWriter();
        TextReporter.Write(writer, SampleResult(temp), color: false);

        var lines = writer.ToString().TrimEnd().Split('\n');
        Assert.Equal("docs/a b.md(5,4): warning NK3001: Duplicate heading 'Access': the same text is already a heading on line 3", lines[0]);
        Assert.Equal("1 warning in 1 file (2 files checked, 1 suppressed)", lines[1]);
    }

    [Fact]
    public void SummaryCountsEachSeverityInWords()
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", "# A\n# A\n# A\n<!-- nkcontentlint-disable-next-line NK3001 -->\n\n");
        temp.WriteBytes("b.md", [0, 1, 2]);
        Assert.Equal("1 error, 2 warnings and 1 info message in 2 files (2 files checked)", SummaryFormatter.Format(Lint.Run(["."], temp.Path)));
        Assert.Equal("No problems found (0 files checked)", SummaryFormatter.Format(new LintResult([], [], [])));
    }

    [Theory]
    [InlineData(1, "file", "1 file")]
    [InlineData(0, "file", "0 files")]
    [InlineData(3, "info message", "3 info messages")]
    [InlineData(1, "fix", "1 fix")]
    [InlineData(2, "fix", "2 fixes")]
    [InlineData(12, "finding", "12 findings")]
    public void QuantityWritesTheCountAndTheNounPluralUnlessOne(int count, string noun, string expected) =>
        Assert.Equal(expected, Quantity.Of(count, noun));

    [Fact]
    public void ColourWrapsOnlyTheSeverity()
    {
        using var temp = new TempDirectory();
        var line = TextReporter.FormatLine(SampleResult(temp).Reported.First(), color: true);
        Assert.Contains("\u001b[33mwarning\u001b[0m NK3001", line);
    }

    [Fact]
    public void JsonReportFollowsSchemaVersion1()
    {
        using var temp = new TempDirectory();
        using var stream = new MemoryStream();
        JsonReporter.Write(stream, SampleResult(temp));
        using var json = JsonDocument.Parse(stream.ToArray());
        var root = json.RootElement;

        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("nkcontentlint", root.GetProperty("tool").GetProperty("name").GetString());
        Assert.Equal(2, root.GetProperty("summary").GetProperty("filesChecked").GetInt32());
        Assert.Equal(1, root.GetProperty("summary").GetProperty("warnings").GetInt32());
        Assert.Equal(1, root.GetProperty("summary").GetProperty("suppressed").GetInt32());
        var first = root.GetProperty("diagnostics")[0];
        Assert.Equal("NK3001", first.GetProperty("ruleId").GetString());
        Assert.Equal("docs/a b.md", first.GetProperty("path").GetString());
        Assert.Equal((5, 4, 5, 10), (first.GetProperty("line").GetInt32(), first.GetProperty("column").GetInt32(), first.GetProperty("endLine").GetInt32(), first.GetProperty("endColumn").GetInt32()));
        Assert.Equal(3, first.GetProperty("related")[0].GetProperty("line").GetInt32());
        Assert.Equal("kept on purpose", root.GetProperty("diagnostics")[1].GetProperty("suppression").GetProperty("justification").GetString());
    }

    [Fact]
    public void SarifHasTheContractFields()
    {
        using var temp = new TempDirectory();
        using var stream = new MemoryStream();
        SarifReporter.Write(stream, SampleResult(temp), temp.Path);
        SarifValidator.AssertValid(stream.ToArray(), temp.Path, "contract");
        using var json = JsonDocument.Parse(stream.ToArray());
        var root = json.RootElement;

        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Equal(SarifReporter.SchemaUri, root.GetProperty("$schema").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();
        var nk3001 = rules.Single(r => r.GetProperty("id").GetString() == "NK3001");
        Assert.Equal("DuplicateHeading", nk3001.GetProperty("name").GetString());
        Assert.Equal("Duplicate heading", nk3001.GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.EndsWith("docs/rules/NK3001.md", nk3001.GetProperty("helpUri").GetString());
        Assert.Equal("warning", nk3001.GetProperty("defaultConfiguration").GetProperty("level").GetString());

        Assert.Equal(new Uri(temp.Path + "/").AbsoluteUri, run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString());
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(2, results.Count);
        var result = results[0];
        Assert.Equal("NK3001", result.GetProperty("ruleId").GetString());
        Assert.Equal("warning", result.GetProperty("level").GetString());
        var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("docs/a%20b.md", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        var region = location.GetProperty("region");
        Assert.Equal((5, 4, 5, 10), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()));
        Assert.Equal(3, result.GetProperty("relatedLocations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.NotEmpty(result.GetProperty("partialFingerprints").EnumerateObject());
        Assert.Equal("kept on purpose", results[1].GetProperty("suppressions")[0].GetProperty("justification").GetString());
    }

    [Fact]
    public void SarifFingerprintsSurviveLinesMoving()
    {
        using var first = new TempDirectory();
        first.Write("a.md", "## Access\n## Access\n");
        using var second = new TempDirectory();
        second.Write("a.md", "Intro paragraph.\n\n## Access\n## Access\n");

        Assert.Equal(Fingerprints(first), Fingerprints(second));
    }

    private static List<string> Fingerprints(TempDirectory temp)
    {
        using var stream = new MemoryStream();
        SarifReporter.Write(stream, Lint.Run(["."], temp.Path), temp.Path);
        using var json = JsonDocument.Parse(stream.ToArray());
        return json.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("partialFingerprints").ToString()).ToList();
    }
}
