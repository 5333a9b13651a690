using NkContentLint.Caching;
using NkContentLint.Configuration;
using NkContentLint.Facts;
using NkContentLint.Rules;
using NkContentLint.Running;
using NkContentLint.Tests.Cli;
using NkContentLint.Tests.CodeRules;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Sharding;

/// <summary>
/// <c>--cache DIR</c>: an unchanged article is not analysed again, its cross-file figures still count, and
/// any change of content, configuration, tool build, fact pack or rule file makes the cache miss.
/// </summary>
public sealed class ContentCacheTests
{
    private const int Articles = 8;

    /// <summary>The cross-file corpus (8 figure articles and 2 others) under docs/.</summary>
    private static TempDirectory Corpus() => ShardTests.CrossFileCorpus(Articles);

    private static (string Report, string Error) Lint(TempDirectory temp, params string[] extra)
    {
        var (exit, output, error) = CliRunner.Run(temp.Path, ["docs", "--format", "json", .. extra]);
        return ($"exit {exit}\n{output}", error);
    }

    private static string Reused(string error) =>
        error.Split('\n').Single(l => l.StartsWith("Cache: ", StringComparison.Ordinal)).Split(" reused")[0]["Cache: ".Length..];

    [Fact]
    public void AWarmRunReusesEveryArticleAndReportsExactlyWhatAnUncachedRunReports()
    {
        using var temp = Corpus();
        var (uncached, _) = Lint(temp);
        Assert.Contains("NK2004", uncached);

        var (cold, coldError) = Lint(temp, "--cache", ".cache");
        var (warm, warmError) = Lint(temp, "--cache", ".cache");

        Assert.Equal(uncached, cold);
        Assert.Equal(uncached, warm);
        Assert.Equal("0 of 10 articles", Reused(coldError));
        Assert.Equal("10 of 10 articles", Reused(warmError));
        Assert.True(Directory.EnumerateFiles(Path.Combine(temp.Path, ".cache", "articles"), "*.json", SearchOption.AllDirectories).Count() == 10);
    }

    [Fact]
    public void AChangedArticleIsAnalysedAgainAndTheCrossFileFindingsFollowIt()
    {
        using var temp = Corpus();
        Lint(temp, "--cache", ".cache");
        // article-00 stated 6 million, against the others' 3.8 million: now it agrees with them.
        var path = Path.Combine(temp.Path, "docs", "part0", "article-00.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("6 million", "3.8 million", StringComparison.Ordinal));

        var (uncached, _) = Lint(temp);
        var (cached, error) = Lint(temp, "--cache", ".cache");

        Assert.Equal(uncached, cached);
        Assert.Equal("9 of 10 articles", Reused(error));
    }

    [Fact]
    public void AChangedConfigurationMakesEveryArticleMiss()
    {
        using var temp = Corpus();
        Lint(temp, "--cache", ".cache");
        temp.Write(".nkcontentlint.yaml", "rules:\n  NK3001: error\n");

        var (uncached, _) = Lint(temp);
        var (cached, error) = Lint(temp, "--cache", ".cache");
        Assert.Equal(uncached, cached);
        Assert.Equal("0 of 10 articles", Reused(error));
        Assert.Equal("10 of 10 articles", Reused(Lint(temp, "--cache", ".cache").Error));

        // A command-line switch that changes a rule's options is configuration too.
        var (noCross, noCrossError) = Lint(temp, "--cache", ".cache", "--no-cross-file");
        Assert.Equal("0 of 10 articles", Reused(noCrossError));
        Assert.Equal(Lint(temp, "--no-cross-file").Report, noCross);
    }

    [Fact]
    public void AChangedFactPackMakesEveryArticleMiss()
    {
        using var temp = Corpus();
        File.Copy(RepositoryPaths.Combine("tests", "NkContentLint.Tests", "Facts", "Examples", "valid", "house-extends.yaml"), Path.Combine(temp.Path, "house.yaml"));
        temp.Write(".nkcontentlint.yaml", "facts: { packs: [house.yaml] }\n");
        Lint(temp, "--cache", ".cache");
        Assert.Equal("10 of 10 articles", Reused(Lint(temp, "--cache", ".cache").Error));

        File.AppendAllText(Path.Combine(temp.Path, "house.yaml"), "# reviewed again\n");
        var (cached, error) = Lint(temp, "--cache", ".cache");
        Assert.Equal("0 of 10 articles", Reused(error));
        Assert.Equal(Lint(temp).Report, cached);
    }

    private static string Rule(string token) =>
        $"id: HOUSE001\ntype: existence\ntitle: Avoided word\nseverity: warning\nmessage: \"Avoid '{{match}}'.\"\nhelp_uri: https://example.org/house\ntokens: [{token}]\n";

    [Fact]
    public void AChangedCustomRuleFileMakesEveryArticleMiss()
    {
        using var temp = Corpus();
        temp.Write(".nkcontentlint.yaml", "custom_rules: { paths: [house] }\n");
        temp.Write("house/growing.yml", Rule("growing"));
        var (first, _) = Lint(temp, "--cache", ".cache");
        Assert.Contains("HOUSE001", first);
        Assert.Equal("10 of 10 articles", Reused(Lint(temp, "--cache", ".cache").Error));

        temp.Write("house/growing.yml", Rule("keeps"));
        var (cached, error) = Lint(temp, "--cache", ".cache");
        Assert.Equal("0 of 10 articles", Reused(error));
        Assert.Equal(Lint(temp).Report, cached);
        Assert.Contains("Avoid \\u0027keeps\\u0027", cached);
    }

    [Fact]
    public void ACodeRuleFileIsPartOfTheKeyAndItsCompiledAssemblyIsKeptInTheSameFolder()
    {
        using var temp = Corpus();
        var rule = CodeRuleSources.Pyongyang();
        temp.Write(rule.Path, rule.Text);
        temp.Write(".nkcontentlint.yaml", $"custom_rules: {{ paths: [{Path.GetDirectoryName(rule.Path)!.Replace('\\', '/')}] }}\n");
        Lint(temp, "--cache", ".cache", "--allow-code-rules");
        Assert.Equal("10 of 10 articles", Reused(Lint(temp, "--cache", ".cache", "--allow-code-rules").Error));
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(temp.Path, ".cache", "code-rules"), "*", SearchOption.AllDirectories));

        // Without the switch the code rule does not run: other findings, another key.
        Assert.Equal("0 of 10 articles", Reused(Lint(temp, "--cache", ".cache").Error));

        temp.Write(rule.Path, rule.Text + "\n// edited\n");
        Assert.Equal("0 of 10 articles", Reused(Lint(temp, "--cache", ".cache", "--allow-code-rules").Error));
    }

    [Fact]
    public void AnotherToolBuildMakesEveryArticleMiss()
    {
        using var temp = Corpus();
        var configuration = LintConfiguration.CreateDefault(temp.Path);
        var analyzers = BuiltInAnalyzers.Create();
        var facts = ConfiguredFactPacks.IndexFor(configuration, temp.Path, BuiltInFacts.DefaultPack);
        LintResult Run(string tool) => LintRunner.Run(
            new LintRequest(["docs"], temp.Path, configuration, analyzers)
            {
                Facts = facts,
                Cache = new ContentCache(Path.Combine(temp.Path, ".cache"), RunIdentity.Compute(configuration, analyzers, tool, [])),
            },
            TestContext.Current.CancellationToken);

        Assert.Equal(new CacheStatistics(0, 10, null), Run("nkcontentlint 1.0.0").Cache);
        Assert.Equal(new CacheStatistics(10, 0, null), Run("nkcontentlint 1.0.0").Cache);
        Assert.Equal(new CacheStatistics(0, 10, null), Run("nkcontentlint 1.0.1").Cache);

        // The real identity names the version and the build of the engine and rule assemblies.
        var identity = RunIdentity.ToolIdentity(analyzers);
        Assert.Contains(NkContentLint.Reporting.ToolInfo.Version, identity);
        Assert.Contains("NkContentLint.Rules:", identity);
        Assert.Contains("NkContentLint.Core:", identity);
    }

    [Fact]
    public void TheKeyCoversPathContentAndCommitDate()
    {
        var cache = new ContentCache(Path.GetTempPath(), "run");
        var key = cache.KeyFor("docs/a.md", null, "text"u8);
        Assert.Equal(key, cache.KeyFor("docs/a.md", null, "text"u8));
        Assert.NotEqual(key, cache.KeyFor("docs/b.md", null, "text"u8));
        Assert.NotEqual(key, cache.KeyFor("docs/a.md", null, "text!"u8));
        Assert.NotEqual(key, cache.KeyFor("docs/a.md", "2024-1-2", "text"u8));
        Assert.NotEqual(key, new ContentCache(Path.GetTempPath(), "another run").KeyFor("docs/a.md", null, "text"u8));
    }

    [Fact]
    public void ADamagedEntryIsAMissNotAWrongResult()
    {
        using var temp = Corpus();
        var (uncached, _) = Lint(temp);
        Lint(temp, "--cache", ".cache");
        foreach (var (entry, i) in Directory.EnumerateFiles(Path.Combine(temp.Path, ".cache", "articles"), "*.json", SearchOption.AllDirectories).Select((e, i) => (e, i)))
        {
            File.WriteAllText(entry, i % 2 == 0 ? "{ not json" : "{\"format\":\"nkcontentlint-cache/1\",\"key\":\"x\",\"article\":{}}");
        }

        var (cached, error) = Lint(temp, "--cache", ".cache");
        Assert.Equal(uncached, cached);
        Assert.Equal("0 of 10 articles", Reused(error));
        Assert.Equal("10 of 10 articles", Reused(Lint(temp, "--cache", ".cache").Error));
    }

    [Fact]
    public void FixRunsDoNotUseTheCache()
    {
        using var temp = Corpus();
        var (exit, _, error) = CliRunner.Run(temp.Path, ["docs", "--fix", "--cache", ".cache"]);
        Assert.True(exit is 0 or 1, error);
        Assert.DoesNotContain("Cache:", error);
        Assert.Contains("café", File.ReadAllText(Path.Combine(temp.Path, "docs", "encoding.md")));
    }
}
