using NkContentLint.Configuration;
using NkContentLint.Rules;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Facts;

/// <summary><c>facts: { article_date: git }</c>: an article whose text gives no date is dated by its file's last commit.</summary>
public sealed class ArticleDateFromGitTests
{
    private static LintConfiguration Configuration(string directory, string yaml) =>
        ConfigurationLoader.Parse(yaml, directory, null, BuiltInAnalyzers.AllDescriptors(), ".nkcontentlint.yaml");

    private static GitRepository RepositoryWithAnUndatedArticle()
    {
        var repository = new GitRepository();
        repository.Write("a.md", "Koryolink has 2 million subscribers.\n");
        repository.Write("b.md", "---\ndate: 2013-06-01\n---\n\nKoryolink has 2 million subscribers.\n");
        repository.Git("add", "-A");
        var (exit, _, error) = ExternalTools.Run("git", ["commit", "-q", "-m", "articles"], repository.Path, new Dictionary<string, string?>
        {
            ["GIT_CONFIG_GLOBAL"] = "/dev/null",
            ["GIT_CONFIG_NOSYSTEM"] = "1",
            ["GIT_COMMITTER_DATE"] = "2024-06-01T12:00:00Z",
            ["GIT_AUTHOR_DATE"] = "2024-06-01T12:00:00Z",
        });
        Assert.True(exit == 0, error);
        return repository;
    }

    [Fact]
    public void WithTheOptionTheLastCommitDatesAnArticleWhoseTextGivesNoDate()
    {
        using var repository = RepositoryWithAnUndatedArticle();
        var result = Lint.Run([repository.Path], repository.Path, Configuration(repository.Path, "facts: { article_date: git }"));
        var stale = Assert.Single(result.Reported, d => d.Id is "NK2001" or "NK2005");
        Assert.Equal("NK2005", stale.Id);
        Assert.EndsWith("a.md", stale.Location.Path);
        Assert.Contains("not at the article's date 2024-06-01 (the file's last commit)", stale.Message);
    }

    [Fact]
    public void WithoutTheOptionTheCommitDateIsNotUsed()
    {
        using var repository = RepositoryWithAnUndatedArticle();
        var result = Lint.Run([repository.Path], repository.Path, Configuration(repository.Path, "facts: { article_date: content }"));
        Assert.DoesNotContain(result.Reported, d => d.Id is "NK2001" or "NK2005");
        Assert.False(LintConfiguration.CreateDefault(repository.Path).ArticleDateFromGit);
    }

    [Fact]
    public void AnUnknownValueIsAConfigurationError()
    {
        using var temp = new TempDirectory();
        var error = Assert.Single(Assert.Throws<ConfigurationException>(() => Configuration(temp.Path, "facts:\n  article_date: mtime\n")).Errors);
        Assert.Equal((2, 17), (error.Line, error.Column));
        Assert.Contains("'article_date' must be content", error.Message);
    }
}
