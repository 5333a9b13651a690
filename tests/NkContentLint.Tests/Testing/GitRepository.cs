using Xunit;

namespace NkContentLint.Tests.Testing;

/// <summary>A real git repository in a temporary folder, with its own identity and a main branch.</summary>
public sealed class GitRepository : IDisposable
{
    private readonly TempDirectory folder;

    public GitRepository(string? path = null)
    {
        folder = new TempDirectory();
        Path = path is null ? folder.Path : System.IO.Path.Combine(folder.Path, path);
        Directory.CreateDirectory(Path);
        Git("init", "-q", "-b", "main");
        Git("config", "user.name", "NkContentLint Tests");
        Git("config", "user.email", "tests@nkcontentlint.invalid");
        Git("config", "commit.gpgsign", "false");
        Git("config", "core.autocrlf", "false");
    }

    public string Path { get; }

    public string Write(string relativePath, string content)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    public void CommitAll(string message)
    {
        Git("add", "-A");
        Git("commit", "-q", "-m", message);
    }

    public string Git(params string[] arguments)
    {
        var (exit, output, error) = ExternalTools.Run("git", arguments, Path, new Dictionary<string, string?>
        {
            ["GIT_CONFIG_GLOBAL"] = "/dev/null",
            ["GIT_CONFIG_NOSYSTEM"] = "1",
        });
        Assert.True(exit == 0, $"git {string.Join(' ', arguments)} failed: {error}");
        return output;
    }

    public void Dispose() => folder.Dispose();
}
