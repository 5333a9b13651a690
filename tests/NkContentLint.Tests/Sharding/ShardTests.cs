using NkContentLint.Facts;
using NkContentLint.Running;
using NkContentLint.Tests.Cli;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Sharding;

/// <summary>
/// <c>--shard k/n --format shard:FILE</c> and <c>nkcontentlint merge</c>, through the real CLI: the merged
/// result is the unsharded run's, byte for byte, in every format, with cross-file NK2004 findings whose two
/// figures lie in different shards and suppressions of them written in a third.
/// </summary>
public sealed class ShardTests
{
    /// <summary>
    /// Articles stating Koryolink's 2018 subscribers as 3.8 or 6 million (both within the pack's range, so
    /// only NK2004 compares them), one suppressing the cross-file finding on its line, one with an unused
    /// suppression, plus articles with findings of other families.
    /// </summary>
    internal static TempDirectory CrossFileCorpus(int articles = 14)
    {
        var temp = new TempDirectory();
        for (var i = 0; i < articles; i++)
        {
            var figure = i % 3 == 0 ? "6 million" : "3.8 million";
            var suppress = i == 5 ? "<!-- nkcontentlint-disable-next-line NK2004 -- quoted from the operator's report -->\n" : string.Empty;
            var unused = i == 8 ? "<!-- nkcontentlint-disable-next-line NK4001 -- nothing to suppress here -->\n" : string.Empty;
            temp.Write(
                $"docs/part{i % 4}/article-{i:D2}.md",
                $"# Article {i}\n\nNorth Korea's mobile network keeps growing.\n\n{suppress}{unused}In 2018 Koryolink had {figure} subscribers.\n");
        }

        temp.Write("docs/encoding.md", "# Encoding\n\nThe cafÃ© in Pyongyang.\n");
        temp.Write("docs/heading.md", "# Same\n\n## Same\n\n## Same\n");
        return temp;
    }

    private static string Cli(string directory, params string[] args)
    {
        var (exit, output, error) = CliRunner.Run(directory, args);
        return $"exit {exit}\n{output}\n{error}";
    }

    private static void AssertMergedEqualsUnsharded(string directory, int count, string[] paths, params string[] extra)
    {
        var unsharded = Cli(directory, [.. paths, "--format", "json:full.json", "--format", "sarif:full.sarif", "--format", "text", .. extra]);
        var shardFiles = new List<string>();
        for (var k = 1; k <= count; k++)
        {
            var file = Path.Combine(Path.GetTempPath(), $"nkcontentlint-shard-{Guid.NewGuid():N}-{k}.json");
            shardFiles.Add(file);
            var (exit, _, error) = CliRunner.Run(directory, [.. paths, "--shard", $"{k}/{count}", "--format", $"shard:{file}", "--quiet", .. extra.Where(e => e.StartsWith("--no-cross-file", StringComparison.Ordinal))]);
            Assert.True(exit == 0, error);
        }

        try
        {
            // The shards are given in another order than written: the merge does not depend on it.
            shardFiles.Reverse();
            var merged = Cli(directory, ["merge", .. shardFiles, "--format", "json:merged.json", "--format", "sarif:merged.sarif", "--format", "text", .. extra]);
            Assert.Equal(unsharded, merged);
            Assert.Equal(File.ReadAllText(Path.Combine(directory, "full.json")), File.ReadAllText(Path.Combine(directory, "merged.json")));
            Assert.Equal(File.ReadAllText(Path.Combine(directory, "full.sarif")), File.ReadAllText(Path.Combine(directory, "merged.sarif")));
        }
        finally
        {
            shardFiles.ForEach(File.Delete);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void ShardedAndMergedEqualsAnUnshardedRunOnTheSamples(int count)
    {
        using var temp = new TempDirectory();
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Combine("samples"), "*", SearchOption.AllDirectories))
        {
            temp.WriteBytes(Path.GetRelativePath(RepositoryPaths.Combine("samples"), file), File.ReadAllBytes(file));
        }

        AssertMergedEqualsUnsharded(temp.Path, count, ["."]);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    public void ShardedAndMergedEqualsAnUnshardedRunWithCrossFileFindingsAndTheirSuppressions(int count)
    {
        using var temp = CrossFileCorpus();
        var result = LintRunner.Run(
            new LintRequest(["docs"], temp.Path, NkContentLint.Configuration.LintConfiguration.CreateDefault(temp.Path), NkContentLint.Rules.BuiltInAnalyzers.Create()) { Facts = ConfiguredFactPacks.IndexFor(NkContentLint.Configuration.LintConfiguration.CreateDefault(temp.Path), temp.Path, NkContentLint.Rules.BuiltInFacts.DefaultPack) },
            TestContext.Current.CancellationToken);

        // The corpus is what the test needs: cross-file findings whose figures lie in different shards, one of
        // them suppressed by a directive in its own article, and an unused suppression (NK0003).
        var crossFile = result.Diagnostics.Where(d => d.Id == "NK2004" && d.RelatedLocations[0].Location.Path != d.Location.Path).ToList();
        Assert.True(crossFile.Count >= 5, string.Join("\n", result.Diagnostics));
        Assert.Contains(crossFile, d => ShardSpec.PartOf(d.Location.Path, count) != ShardSpec.PartOf(d.RelatedLocations[0].Location.Path, count));
        Assert.Contains(crossFile, d => d.IsSuppressed);
        Assert.Contains(result.Diagnostics, d => d.Id == "NK0003");

        AssertMergedEqualsUnsharded(temp.Path, count, ["docs"]);
        AssertMergedEqualsUnsharded(temp.Path, count, ["docs"], "--fail-on", "warning");
        AssertMergedEqualsUnsharded(temp.Path, count, ["docs"], "--no-cross-file");
    }

    [Fact]
    public void TheMergeAppliesTheBaselineOnce()
    {
        using var temp = CrossFileCorpus();
        Assert.Equal(0, CliRunner.Run(temp.Path, ["docs", "--write-baseline", "baseline.json", "--quiet"]).ExitCode);
        // Sorted last, so the figures stated before it keep their cross-file findings (and fingerprints).
        temp.Write("docs/zz-new.md", "# New\n\nIn 2018 Koryolink had 6 million subscribers.\n");
        AssertMergedEqualsUnsharded(temp.Path, 3, ["docs"], "--baseline", "baseline.json", "--fail-on", "warning");
        var (exit, output, _) = CliRunner.Run(temp.Path, ["docs", "--baseline", "baseline.json", "--fail-on", "warning", "--quiet"]);
        Assert.Equal(1, exit);
        Assert.Contains("docs/zz-new.md", output);
        Assert.DoesNotContain("article-", output);
    }

    [Fact]
    public void EveryArticleFallsInExactlyOneShardAndThePartOfAPathIsTheSameEverywhere()
    {
        var paths = Enumerable.Range(0, 500).Select(i => $"docs/{i % 7}/article-{i}.md").ToList();
        foreach (var count in new[] { 1, 2, 3, 8, 31 })
        {
            foreach (var path in paths)
            {
                Assert.Single(Enumerable.Range(1, count), k => new ShardSpec(k, count).Contains(path));
            }

            // Spread: no part is empty when there are many more paths than parts.
            Assert.All(Enumerable.Range(1, count), k => Assert.Contains(paths, p => new ShardSpec(k, count).Contains(p)));
        }

        // Pinned: SHA-256 of the '/'-separated path, first 8 bytes big-endian, modulo n. A change here would
        // split a CI matrix differently on machines running different builds.
        Assert.Equal(
            [.. new[] { "docs/a.md", "docs/b.md", "README.md", "a/b/c/d.md" }.Select(p => ShardSpec.PartOf(p, 4))],
            new[] { "docs\\a.md", "docs\\b.md", "README.md", "a\\b\\c\\d.md" }.Select(p => ShardSpec.PartOf(p, 4)).ToArray());
        // Computed outside .NET (Python's hashlib) for these paths and n = 7.
        string[] pinned = ["docs/a.md", "docs/b.md", "README.md", "a/b/c/d.md", "reference/7.5/Microsoft.PowerShell.Core/About/about_Splatting.md", "pages/common/tar.md"];
        Assert.Equal(ExpectedPartsOfSeven, string.Join(",", pinned.Select(p => ShardSpec.PartOf(p, 7))));
    }

    private const string ExpectedPartsOfSeven = "6,5,1,1,7,1";

    [Theory]
    [InlineData("0/3")]
    [InlineData("4/3")]
    [InlineData("1/0")]
    [InlineData("a/b")]
    [InlineData("3")]
    public void ABadShardIsAUsageError(string shard)
    {
        using var temp = CrossFileCorpus(2);
        var (exit, _, error) = CliRunner.Run(temp.Path, ["docs", "--shard", shard, "--format", "shard:s.json"]);
        Assert.Equal(2, exit);
        Assert.Contains("--shard takes k/n", error);
    }

    [Theory]
    [InlineData("--shard", "1/2")]
    [InlineData("--format", "shard:s.json", "--baseline", "b.json")]
    [InlineData("--format", "shard:s.json", "--changed-since", "HEAD")]
    [InlineData("--format", "shard:s.json", "--fix")]
    [InlineData("--format", "shard:s.json", "--format", "sarif:r.sarif")]
    [InlineData("--format", "shard")]
    public void ShardRunsRejectWhatBelongsToTheMerge(params string[] args)
    {
        using var temp = CrossFileCorpus(2);
        var (exit, _, error) = CliRunner.Run(temp.Path, ["docs", .. args]);
        Assert.Equal(2, exit);
        Assert.Contains("shard", error);
        Assert.False(File.Exists(Path.Combine(temp.Path, "s.json")));
    }

    [Fact]
    public void TheMergeRefusesAnIncompleteOrMixedSetOfShards()
    {
        using var temp = CrossFileCorpus(6);
        foreach (var k in new[] { 1, 2, 3 })
        {
            Assert.Equal(0, CliRunner.Run(temp.Path, ["docs", "--shard", $"{k}/3", "--format", $"shard:s{k}.json"]).ExitCode);
        }

        Assert.Equal(0, CliRunner.Run(temp.Path, ["docs", "--shard", "1/2", "--format", "shard:other.json"]).ExitCode);
        Assert.Equal(0, CliRunner.Run(temp.Path, ["docs", "--shard", "3/3", "--no-cross-file", "--format", "shard:nocross.json"]).ExitCode);

        var missing = CliRunner.Run(temp.Path, ["merge", "s1.json", "s2.json"]);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("missing shard 3/3", missing.Error);

        var twice = CliRunner.Run(temp.Path, ["merge", "s1.json", "s2.json", "s2.json", "s3.json"]);
        Assert.Equal(2, twice.ExitCode);
        Assert.Contains("given twice", twice.Error);

        var mixed = CliRunner.Run(temp.Path, ["merge", "s1.json", "s2.json", "other.json"]);
        Assert.Equal(2, mixed.ExitCode);
        Assert.Contains("split in 2", mixed.Error);

        var configuration = CliRunner.Run(temp.Path, ["merge", "s1.json", "s2.json", "nocross.json"]);
        Assert.Equal(2, configuration.ExitCode);
        Assert.Contains("nocross.json: made with another", configuration.Error);

        temp.Write("not-a-shard.json", "{\"runs\": []}");
        var foreign = CliRunner.Run(temp.Path, ["merge", "not-a-shard.json"]);
        Assert.Equal(2, foreign.ExitCode);
        Assert.Contains("not a shard file", foreign.Error);

        Assert.Equal(1, CliRunner.Run(temp.Path, ["merge", "s1.json", "s2.json", "s3.json", "--fail-on", "warning", "--quiet"]).ExitCode);
    }

    [Fact]
    public void ShardFilesFollowTheirJsonSchema()
    {
        ExternalTools.RequireNodeModule("ajv");
        ExternalTools.RequireNodeModule("js-yaml");
        using var temp = CrossFileCorpus();
        var files = new List<string>();
        foreach (var k in new[] { 1, 2 })
        {
            Assert.Equal(0, CliRunner.Run(temp.Path, ["docs", "--shard", $"{k}/2", "--format", $"shard:s{k}.json"]).ExitCode);
            files.Add(Path.Combine(temp.Path, $"s{k}.json"));
        }

        var text = string.Concat(files.Select(File.ReadAllText));
        Assert.Contains("\"kind\":\"NK2004/figures/1\"", text);
        Assert.Contains("\"kind\":\"DisableNextLine\"", text);

        // A record without its interval, and a file of another version, must not pass.
        var broken = Path.Combine(temp.Path, "broken.json");
        var withFigures = File.ReadAllText(files.First(f => File.ReadAllText(f).Contains("NK2004/figures/1", StringComparison.Ordinal)));
        File.WriteAllText(broken, System.Text.RegularExpressions.Regex.Replace(withFigures, "\"low\":[^,]*,", string.Empty));
        var other = Path.Combine(temp.Path, "other.json");
        File.WriteAllText(other, File.ReadAllText(files[0]).Replace("\"version\":1", "\"version\":2", StringComparison.Ordinal));

        var script = RepositoryPaths.Combine("tests", "NkContentLint.Tests", "Release", "validate-config.mjs");
        var result = ExternalTools.Run(
            "node",
            [script, RepositoryPaths.Combine("docs", "formats", "shard.schema.json"), .. files, broken, other],
            environment: new Dictionary<string, string?> { ["NODE_PATH"] = ExternalTools.NodeModules });
        Assert.True(result.ExitCode == 0, result.Error);
        var verdicts = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal([true, true, false, false], verdicts.Select(v => v.GetProperty("valid").GetBoolean()));
    }

    [Fact]
    public void ADamagedCorpusRecordIsNk0002OnItsArticleNotACrash()
    {
        using var temp = CrossFileCorpus(6);
        Assert.Equal(0, CliRunner.Run(temp.Path, ["docs", "--format", "shard:s.json"]).ExitCode);
        var shard = Path.Combine(temp.Path, "s.json");
        var text = File.ReadAllText(shard);
        var damaged = System.Text.RegularExpressions.Regex.Replace(text, "\"lines\":\\[[0-9,]*\\],\"sentence\"", "\"lines\":[1],\"sentence\"");
        Assert.NotEqual(text, damaged);
        File.WriteAllText(shard, damaged);

        var (exit, output, error) = CliRunner.Run(temp.Path, ["merge", "s.json", "--format", "text"]);
        Assert.True(exit == 1, error);
        Assert.DoesNotContain("internal error", error);
        Assert.Contains("error NK0002", output);
        Assert.Contains("an NK2004 record's lines must be", output);
    }
}
