using System.Text.RegularExpressions;
using NkContentLint.Tests.Action;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Release;

/// <summary>
/// The release build (<c>.ci/release</c>, the same script the release workflow runs), on this
/// machine's runtime: the binary lints samples/ exactly as the dotnet tool from the package does,
/// and the Dockerfile is linted and copies only what the build produced.
/// </summary>
[Collection(ReleaseBuildCollection.Name)]
public sealed class ReleaseBuildTests
{
    /// <summary>
    /// pre-commit's <c>language: dotnet</c> packs the repository into <c>pre-commit-build</c> and runs a plain
    /// <c>dotnet tool install</c> from it with no other source, which skips prerelease packages; its clone
    /// has no tags, so without Directory.Build.targets' rule the package would be a MinVer prerelease.
    /// </summary>
    [Fact]
    public void PreCommitsBuildAndInstallOfTheToolWork()
    {
        using var temp = new TempDirectory();
        var output = Path.Combine(temp.Path, "pre-commit-build");
        var pack = ExternalTools.Run("dotnet", ["pack", "src/NkContentLint.Cli", "--configuration", "Release", "--property", $"PackageOutputPath={output}", "--nologo"], RepositoryPaths.Root, timeout: TimeSpan.FromMinutes(8));
        Assert.True(pack.ExitCode == 0, pack.Out + pack.Error);
        var package = Assert.Single(Directory.GetFiles(output, "*.nupkg"));
        Assert.Matches(@"^NkContentLint\.Cli\.\d+\.\d+\.\d+\.nupkg$", Path.GetFileName(package));

        var config = temp.Write("nuget.config", "<?xml version=\"1.0\" encoding=\"utf-8\"?><configuration><packageSources><clear /></packageSources></configuration>");
        var tools = Path.Combine(temp.Path, "tools");
        var environment = new Dictionary<string, string?> { ["NUGET_PACKAGES"] = Path.Combine(temp.Path, "packages") };
        var install = ExternalTools.Run("dotnet", ["tool", "install", "--configfile", config, "--tool-path", tools, "--add-source", output, "NkContentLint.Cli"], temp.Path, environment);
        Assert.True(install.ExitCode == 0, install.Out + install.Error);

        var version = ExternalTools.Run(Path.Combine(tools, OperatingSystem.IsWindows() ? "nkcontentlint.exe" : "nkcontentlint"), ["--version"], temp.Path);
        Assert.Equal(0, version.ExitCode);
        Assert.StartsWith("nkcontentlint ", version.Out);
    }

    [Fact]
    public void TheReleaseBinaryLintsTheSamplesExactlyAsTheDotnetTool()
    {
        var release = ReleaseBuild.Archive();
        var (exit, output, error) = ExternalTools.Run("bash", [".ci/release", "check", "--out", release.Folder, "--rid", release.Rid], RepositoryPaths.Root, timeout: TimeSpan.FromMinutes(5));
        Assert.True(exit == 0, output + error);
        Assert.Contains($"same output and exit code (1) from the {release.Rid} binary and the dotnet tool:", output);
        Assert.Contains(": OK", output); // the checksum
    }

    [Fact]
    public void ATamperedArchiveFailsTheCheck()
    {
        var release = ReleaseBuild.Archive();
        using var temp = new TempDirectory();
        foreach (var file in Directory.EnumerateFiles(release.Folder))
        {
            File.Copy(file, Path.Combine(temp.Path, Path.GetFileName(file)));
        }

        using (var stream = File.OpenWrite(Path.Combine(temp.Path, release.Name)))
        {
            stream.Seek(-100, SeekOrigin.End);
            stream.WriteByte(0x42);
        }

        var (exit, output, error) = ExternalTools.Run("bash", [".ci/release", "check", "--out", temp.Path, "--rid", release.Rid], RepositoryPaths.Root);
        Assert.NotEqual(0, exit);
        Assert.Contains($"{release.Name} does not match SHA256SUMS", error);
        Assert.DoesNotContain("same output", output);
    }

    /// <summary>A tag can be moved to other code; a commit cannot. The tag stays readable in a comment.</summary>
    [Fact]
    public void EveryThirdPartyActionIsPinnedByCommitShaWithItsTagInAComment()
    {
        var files = Directory.GetFiles(RepositoryPaths.Combine(".github", "workflows"), "*.yml").Append(RepositoryPaths.Combine("action.yml")).ToList();
        var uses = files.SelectMany(f => File.ReadLines(f).Select(line => (File: Path.GetFileName(f), Line: line)))
            .Select(x => (x.File, Match: Regex.Match(x.Line, @"^\s*(?:-\s+)?uses:\s*(\S+)(.*)$")))
            .Where(x => x.Match.Success && !x.Match.Groups[1].Value.StartsWith("./", StringComparison.Ordinal))
            .ToList();
        Assert.Contains(uses, u => u.File == "action.yml" && u.Match.Groups[1].Value.StartsWith("actions/setup-dotnet@", StringComparison.Ordinal));
        Assert.All(uses, u => Assert.Matches(@"^[\w.-]+/[\w./-]+@[0-9a-f]{40}$", u.Match.Groups[1].Value));
        Assert.All(uses, u => Assert.Matches(@"^\s+# v\d+(\.\d+){0,2}\b", u.Match.Groups[2].Value));
    }

    [Fact]
    public void TheDockerfilePassesDockerfilelintAndCopiesOnlyWhatTheBuildProduced()
    {
        ExternalTools.RequireNodeModule("dockerfilelint");
        var lint = ExternalTools.Run("node", [Path.Combine(ExternalTools.NodeModules, "dockerfilelint", "bin", "dockerfilelint"), "Dockerfile"], RepositoryPaths.Root);
        Assert.True(lint.ExitCode == 0, lint.Out + lint.Error);
        Assert.Contains("Issues: None found", lint.Out);

        var release = ReleaseBuild.Archive();
        var (exit, output, error) = ExternalTools.Run("bash", [".ci/release", "check-docker", "--out", release.Folder, "--archs", release.DockerArch], RepositoryPaths.Root);
        Assert.True(exit == 0, output + error);
        Assert.Contains($"{release.DockerArch}: artifacts/release/docker/${{TARGETARCH}}/nkcontentlint -> ", output);
        Assert.DoesNotContain("MISSING", output + error);

        // And the check does fail when the build did not produce a file the Dockerfile copies.
        var missing = ExternalTools.Run("bash", [".ci/release", "check-docker", "--out", Path.Combine(release.Folder, "nowhere"), "--archs", release.DockerArch], RepositoryPaths.Root);
        Assert.NotEqual(0, missing.ExitCode);
        Assert.Contains("MISSING", missing.Error);
    }
}

/// <summary>Tests that build src/ in Release (the release build, a pack) run one at a time: they share obj/.</summary>
[CollectionDefinition(Name)]
public sealed class ReleaseBuildCollection
{
    public const string Name = "release builds";
}
