using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.CodeAnalysis.Text;
using NkContentLint.Diagnostics;
using NkContentLint.Reporting;
using NkContentLint.Running;
using NkContentLint.Tests.Cli;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Reporting;

/// <summary>The SARIF GitHub code scanning ingests: every file these tests produce passes the multitool.</summary>
public sealed class SarifCodeScanningTests
{
    internal static readonly DiagnosticDescriptor FactRule = new(
        "NK2001", "Contradicts a canonical figure", "{0}", "Facts", DiagnosticSeverity.Error, "A figure differs from the canonical fact set.");

    internal static Diagnostic FactFinding(string path = "facts.md") => Diagnostic.Create(
        FactRule,
        new Location(path, new TextSpan(10, 11), new LinePositionSpan(new LinePosition(2, 4), new LinePosition(2, 15))),
        relatedLocations: null,
        properties: new Dictionary<string, string>
        {
            [FactProperties.Id] = "koryolink-launch",
            [FactProperties.Canonical] = "Koryolink launched on 15 December 2008",
            [FactProperties.AsOf] = "2008-12-15",
            [FactProperties.SourceTitle] = "Computerwoche: North Korea launches 3G cellular service",
            [FactProperties.SourceUrl] = "http://www.computerwoche.de/a/north-korea-launches-3g-cellular-service,1881939",
            ["fix.replacement"] = "internal",
        },
        "Koryolink launched in 2008, not 2009");

    private static JsonElement Run(byte[] sarif) => JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0];

    private static byte[] Sarif(LintResult result, string folder)
    {
        using var stream = new MemoryStream();
        SarifReporter.Write(stream, result, folder);
        return stream.ToArray();
    }

    [Fact]
    public void RulesCarryTheMetadataCodeScanningShows()
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", "## A\n## A\n");
        var sarif = Sarif(Lint.Run(["."], temp.Path), temp.Path);
        SarifValidator.AssertValid(sarif, temp.Path, "rules");

        foreach (var rule in Run(sarif).GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray())
        {
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("fullDescription").GetProperty("text").GetString()));
            Assert.True(rule.GetProperty("fullDescription").GetProperty("text").GetString()!.Length <= 1024);
            Assert.Contains(rule.GetProperty("helpUri").GetString()!, rule.GetProperty("help").GetProperty("markdown").GetString());
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("help").GetProperty("text").GetString()));
            Assert.Contains("nkcontentlint", rule.GetProperty("properties").GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
            Assert.True(rule.GetProperty("defaultConfiguration").TryGetProperty("level", out _));
        }
    }

    [Fact]
    public void PrimaryLocationLineHashIsComputedAndSurvivesLinesMoving()
    {
        static List<string> Hashes(string text)
        {
            using var temp = new TempDirectory();
            temp.Write("a.md", text);
            var sarif = Sarif(Lint.Run(["."], temp.Path), temp.Path);
            SarifValidator.AssertValid(sarif, temp.Path, "hashes");
            return [.. Run(sarif).GetProperty("results").EnumerateArray().Select(r => r.GetProperty("partialFingerprints").GetProperty("primaryLocationLineHash").GetString()!)];
        }

        var before = Hashes("## A\n## A\n## A\n");
        var after = Hashes("Intro.\n\nMore intro.\n\n## A\n## A\n\n## A\n");
        Assert.Equal(before, after);
        Assert.Equal(2, before.Distinct().Count());
        Assert.All(before, h => Assert.Matches("^[0-9a-f]{32}:[0-9]+$", h));
    }

    [Fact]
    public void EngineErrorsAreToolNotificationsAndARuleCrashMarksTheInvocationFailed()
    {
        using var temp = new TempDirectory();
        temp.WriteBytes("binary.md", [0, 1, 2]);
        var sarif = Sarif(Lint.Run(["."], temp.Path), temp.Path);
        SarifValidator.AssertValid(sarif, temp.Path, "notifications");

        var invocation = Run(sarif).GetProperty("invocations")[0];
        Assert.True(invocation.GetProperty("executionSuccessful").GetBoolean());
        var notification = invocation.GetProperty("toolExecutionNotifications")[0];
        Assert.Equal("error", notification.GetProperty("level").GetString());
        Assert.Equal("NK0001", notification.GetProperty("associatedRule").GetProperty("id").GetString());
        Assert.Equal("binary.md", notification.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());

        var crash = Diagnostic.Create(EngineDiagnostics.AnalyzerFailed, Location.ForFile("a.md"), "NK3001", "boom");
        var crashed = Sarif(new LintResult([crash], ["a.md"], [.. EngineDiagnostics.All]), temp.Path);
        SarifValidator.AssertValid(crashed, temp.Path, "crash");
        Assert.False(Run(crashed).GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean());
    }

    [Fact]
    public void FactPackVersionAndFactPropertiesAreRecordedOnlyWhenPresent()
    {
        using var temp = new TempDirectory();
        var rules = EngineDiagnostics.All.Append(FactRule).ToImmutableArray();
        var withPack = Sarif(new LintResult([FactFinding()], ["facts.md"], rules) { FactPackVersion = "2024.05.1" }, temp.Path);
        SarifValidator.AssertValid(withPack, temp.Path, "facts");
        var run = Run(withPack);
        Assert.Equal("2024.05.1", run.GetProperty("properties").GetProperty("factPackVersion").GetString());
        var properties = run.GetProperty("results")[0].GetProperty("properties");
        Assert.Equal("koryolink-launch", properties.GetProperty("fact.id").GetString());
        Assert.Equal("2008-12-15", properties.GetProperty("fact.asOf").GetString());
        Assert.False(properties.TryGetProperty("fix.replacement", out _));

        var withoutPack = Sarif(new LintResult([], ["facts.md"], rules), temp.Path);
        SarifValidator.AssertValid(withoutPack, temp.Path, "nofacts");
        Assert.False(Run(withoutPack).TryGetProperty("properties", out _));
    }

    [Fact]
    public void TheSamplesReportPassesGitHubsIngestionRules()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "samples.sarif");
        var (exit, _, _) = CliRunner.Run(RepositoryPaths.Root, ["samples", "--format", "sarif:" + output, "-q"]);
        Assert.Equal(1, exit);
        SarifValidator.AssertValid(output);

        var run = Run(File.ReadAllBytes(output));
        Assert.Equal(new Uri(RepositoryPaths.Root + "/").AbsoluteUri, run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString());
        Assert.All(run.GetProperty("results").EnumerateArray(), r =>
            Assert.StartsWith("samples/", r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()));
        Assert.Contains(run.GetProperty("results").EnumerateArray(), r => r.TryGetProperty("relatedLocations", out _));
    }

    [Fact]
    public void AnEmptyRunIsValidToo()
    {
        using var temp = new TempDirectory();
        temp.Write("clean.md", "# Clean\n");
        var sarif = Sarif(Lint.Run(["."], temp.Path), temp.Path);
        SarifValidator.AssertValid(sarif, temp.Path, "empty");
        Assert.Empty(Run(sarif).GetProperty("results").EnumerateArray());
    }
}
