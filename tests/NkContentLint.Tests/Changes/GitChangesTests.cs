using NkContentLint.Changes;
using NkContentLint.Tests.Cli;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Changes;

/// <summary>--changed-since on real temporary git repositories.</summary>
public sealed class GitChangesTests
{
    private const string Article = "# Title\n\n## Access\n\nText.\n\n## Access\n\nMore text.\n";

    private static GitRepository RepositoryWithBase()
    {
        var repo = new GitRepository();
        repo.Write("old.md", Article);
        repo.Write("moved.md", "# Moved\n\n## A\n\n## A\n");
        repo.CommitAll("base");
        repo.Git("checkout", "-q", "-b", "feature");
        return repo;
    }

    [Fact]
    public void CommittedAndUncommittedLinesCountAndAddedOrRenamedFilesAreWhole()
    {
        using var repo = RepositoryWithBase();
        repo.Write("old.md", Article + "\n## Access\n");            // committed below: line 11
        repo.Git("mv", "moved.md", "renamed.md");
        repo.Write("added.md", "# New\n");
        repo.CommitAll("feature work");
        repo.Write("old.md", "# Title changed\n" + Article[8..] + "\n## Access\n"); // uncommitted: line 1
        repo.Write("untracked.md", "# Untracked\n");

        var changes = GitChanges.Since("main", repo.Path);

        var old = changes.For(Path.Combine(repo.Path, "old.md"))!;
        Assert.False(old.WhollyChanged);
        Assert.True(old.Touches(1, 1));
        Assert.True(old.Touches(11, 11));
        Assert.False(old.Touches(3, 7));
        Assert.True(changes.For(Path.Combine(repo.Path, "renamed.md"))!.WhollyChanged);
        Assert.True(changes.For(Path.Combine(repo.Path, "added.md"))!.WhollyChanged);
        Assert.True(changes.For(Path.Combine(repo.Path, "untracked.md"))!.WhollyChanged);
        Assert.Null(changes.For(Path.Combine(repo.Path, "moved.md")));
        Assert.Equal(repo.Git("rev-parse", "main").Trim(), changes.BaseCommit);
    }

    [Fact]
    public void MergeBaseIsUsedNotTheTipOfTheReference()
    {
        using var repo = RepositoryWithBase();
        repo.Write("feature.md", "# F\n");
        repo.CommitAll("feature");
        repo.Git("checkout", "-q", "main");
        repo.Write("old.md", "# Changed on main only\n" + Article);
        repo.CommitAll("main moves on");
        repo.Git("checkout", "-q", "feature");

        var changes = GitChanges.Since("main", repo.Path);

        // Diffing against main's tip would report old.md as changed by this branch; the merge base does not.
        Assert.Null(changes.For(Path.Combine(repo.Path, "old.md")));
        Assert.NotNull(changes.For(Path.Combine(repo.Path, "feature.md")));
    }

    [Fact]
    public void CliReportsOnlyFindingsOnChangedLinesButStillReadsEveryArticle()
    {
        using var repo = RepositoryWithBase();
        repo.Write("old.md", Article + "\n## Access\n");
        repo.Write("sub dir/näme, odd.md", "# X\n\n## Y\n\n## Y\n");

        var (exit, output, error) = CliRunner.Run(repo.Path, ["--changed-since", "main", "--fail-on", "warning"]);

        Assert.Equal(1, exit);
        Assert.DoesNotContain("old.md(7,4)", output);
        Assert.Contains("old.md(11,4): warning NK3001", output);
        Assert.Contains("sub dir/näme, odd.md(5,4): warning NK3001", output);
        Assert.Contains("(3 files checked", output);
        Assert.Empty(error);
    }

    [Fact]
    public void WorksFromASubfolderOfTheRepository()
    {
        using var repo = RepositoryWithBase();
        repo.Write("docs/a.md", "# A\n\n## B\n\n## B\n");
        var (_, output, _) = CliRunner.Run(Path.Combine(repo.Path, "docs"), ["--changed-since", "main"]);
        Assert.Contains("a.md(5,4): warning NK3001", output);
    }

    [Fact]
    public void NothingChangedReportsNothing()
    {
        using var repo = RepositoryWithBase();
        var (exit, output, _) = CliRunner.Run(repo.Path, ["--changed-since", "main", "--fail-on", "warning"]);
        Assert.Equal(0, exit);
        Assert.StartsWith("No problems found (2 files checked)", output);
    }

    [Theory]
    [InlineData("no-such-branch")]
    [InlineData("--upload-pack=evil")]
    public void AnUnknownReferenceIsAUsageErrorBeforeLinting(string reference)
    {
        using var repo = RepositoryWithBase();
        var (exit, output, error) = CliRunner.Run(repo.Path, ["--changed-since=" + reference]);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("--changed-since", error);
    }

    [Fact]
    public void OutsideARepositoryIsAUsageError()
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", "# A\n");
        var (exit, _, error) = CliRunner.Run(temp.Path, ["--changed-since", "main"]);
        Assert.Equal(2, exit);
        Assert.Contains("git", error);
    }

    [Fact]
    public void UnifiedDiffHunksGiveNewSideRanges()
    {
        const string diff = "diff --git a/x.md b/x.md\n--- a/x.md\n+++ b/x.md\n@@ -3 +3 @@\n-a\n+b\n@@ -10,2 +10,0 @@\n-c\n-d\n@@ -20,0 +19,3 @@\n+e\n+f\n+g\n"
            + "diff --git a/\"q\\303\\251.md\" b/\"q\\303\\251.md\"\n--- /dev/null\n+++ \"b/q\\303\\251.md\"\n@@ -0,0 +1 @@\n+x\n";
        var files = GitChanges.ParseUnifiedDiff(diff).ToList();
        Assert.Equal("x.md", files[0].Path);
        Assert.Equal([(3, 3), (19, 21)], files[0].Lines);
        Assert.Equal("qé.md", files[1].Path);
        Assert.Equal([(1, 1)], files[1].Lines);
    }
}
