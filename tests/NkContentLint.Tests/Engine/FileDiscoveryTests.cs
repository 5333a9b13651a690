using NkContentLint.Configuration;
using NkContentLint.Discovery;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Engine;

public sealed class FileDiscoveryTests
{
    private static List<string> Discover(TempDirectory temp, params string[] inputs) =>
        FileDiscovery.Discover(inputs, temp.Path, LintConfiguration.CreateDefault(temp.Path)).Files.Select(f => f.DisplayPath).ToList();

    [Fact]
    public void DefaultsToMarkdownUnderTheWorkingDirectorySkippingToolingFolders()
    {
        using var temp = new TempDirectory();
        foreach (var path in new[] { "a.md", "b.markdown", "c.txt", "docs/d.md", "node_modules/x/e.md", "bin/f.md", "obj/g.md", ".git/h.md", ".github/i.md" })
        {
            temp.Write(path, "# x\n");
        }

        Assert.Equal(["a.md", "b.markdown", "docs/d.md"], Discover(temp));
    }

    /// <summary>
    /// A folder outside the working directory, named by an absolute path or with "../", is walked with the include globs
    /// matched from that folder: relative to the working directory every path would start with "../" and match no glob.
    /// </summary>
    [Fact]
    public void AFolderOutsideTheWorkingDirectoryIsWalked()
    {
        using var temp = new TempDirectory();
        foreach (var path in new[] { "elsewhere/a.md", "elsewhere/docs/b.md", "elsewhere/c.txt", "elsewhere/node_modules/d.md" })
        {
            temp.Write(path, "# x\n");
        }

        var workingDirectory = Path.Combine(temp.Path, "work");
        Directory.CreateDirectory(workingDirectory);
        var configuration = LintConfiguration.CreateDefault(workingDirectory);
        foreach (var input in new[] { Path.Combine(temp.Path, "elsewhere"), "../elsewhere" })
        {
            var files = FileDiscovery.Discover([input], workingDirectory, configuration).Files.Select(f => f.DisplayPath).ToList();
            Assert.Equal(["../elsewhere/a.md", "../elsewhere/docs/b.md"], files);
        }
    }

    [Fact]
    public void GitignoreIsHonouredIncludingNegationAndNestedFiles()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(temp.Path, ".git"));
        temp.Write(".gitignore", "build/\n*.draft.md\n!keep.draft.md\n/root-only.md\n");
        temp.Write("docs/.gitignore", "private/\n");
        foreach (var path in new[] { "a.md", "build/b.md", "x.draft.md", "keep.draft.md", "root-only.md", "docs/root-only.md", "docs/private/c.md", "docs/d.md" })
        {
            temp.Write(path, "# x\n");
        }

        Assert.Equal(["a.md", "docs/d.md", "docs/root-only.md", "keep.draft.md"], Discover(temp));
    }

    [Fact]
    public void GitignoreAboveTheWalkedFolderApplies()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(temp.Path, ".git"));
        temp.Write(".gitignore", "generated/\n");
        temp.Write("site/generated/a.md", "# x\n");
        temp.Write("site/b.md", "# x\n");

        Assert.Equal(["site/b.md"], Discover(temp, "site"));
    }

    [Fact]
    public void GlobsAndExplicitFilesAreAccepted()
    {
        using var temp = new TempDirectory();
        temp.Write("drafts/a.md", "# x\n");
        temp.Write("drafts/deep/b.md", "# x\n");
        temp.Write("published/c.md", "# x\n");
        temp.Write("notes.txt", "# x\n");

        Assert.Equal(["drafts/a.md", "drafts/deep/b.md"], Discover(temp, "drafts/**/*.md"));
        Assert.Equal(["notes.txt"], Discover(temp, "notes.txt"));
    }

    [Fact]
    public void DuplicatesAreRemovedAndOrderIsByPath()
    {
        using var temp = new TempDirectory();
        temp.Write("b.md", "# x\n");
        temp.Write("a.md", "# x\n");
        Assert.Equal(["a.md", "b.md"], Discover(temp, "b.md", ".", "a.md"));
    }

    [Fact]
    public void MissingNamedPathsAreReportedNotThrown()
    {
        using var temp = new TempDirectory();
        var result = FileDiscovery.Discover(["nope.md"], temp.Path, LintConfiguration.CreateDefault(temp.Path));
        Assert.Empty(result.Files);
        Assert.Equal("nope.md", Assert.Single(result.Missing).DisplayPath);
    }
}
