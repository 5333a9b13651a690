using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Action;

/// <summary>
/// The action used from a released ref: its steps, run as a runner runs them, download the release
/// archive for the runner from the <c>release-base-url</c> input (here a <c>python3 -m http.server</c>
/// on 127.0.0.1 serving a release built by <c>.ci/release build</c>), verify it against SHA256SUMS,
/// cache it and run it, with no .NET set up: a <c>dotnet</c> first on PATH fails the step if called.
/// </summary>
[Collection(NkContentLint.Tests.Release.ReleaseBuildCollection.Name)]
public sealed class ActionReleaseDownloadTests
{
    private const string Article = "# A\n\n## B\n\n## B\n\ndonâ€™t\n";

    [Fact]
    public void AReleasedRefDownloadsVerifiesCachesAndRunsTheBinaryWithoutDotnet()
    {
        var release = ReleaseBuild.Archive();
        using var temp = new TempDirectory();
        using var server = ReleaseServer.Start(temp, "v1", release);
        var workspace = Path.Combine(temp.Path, "workspace");
        temp.Write("workspace/docs/a.md", Article);
        var environment = NoDotnet(temp, new() { ["GITHUB_ACTION_REF"] = "v1" });

        var watch = Stopwatch.StartNew();
        var first = ActionRunner.Run(workspace, new Dictionary<string, string> { ["release-base-url"] = server.BaseUrl, ["sarif-file"] = "r.sarif" }, environment);
        var firstSeconds = watch.Elapsed.TotalSeconds;

        Assert.True(first.ExitCode == 1, $"exit {first.ExitCode}\n{first.Out}\n{first.Error}");
        Assert.DoesNotContain("dotnet was called", first.Out + first.Error);
        Assert.Equal(["actions/cache", "actions/cache"], first.SkippedUses.Select(u => u.Split('@')[0]));
        Assert.Equal(["actions/setup-dotnet"], first.UsesNotRun.Select(u => u.Split('@')[0]));
        Assert.Contains($"NkContentLint v1 for {release.Rid}: {server.BaseUrl}/v1/{release.Name}", first.Out);
        Assert.Contains($"GET /v1/{release.Name} ", server.Log);
        Assert.Equal(("1", "1", "1"), (first.Outputs["errors"], first.Outputs["warnings"], first.Outputs["files"]));
        Assert.StartsWith("::error file=docs/a.md,line=7,", first.Out.Split('\n').First(l => l.StartsWith("::", StringComparison.Ordinal)));
        SarifValidator.AssertValid(Path.Combine(workspace, "r.sarif"));

        // The cache (restored by actions/cache on a later run) holds the verified binary: no second download.
        var downloads = Regex.Matches(server.Log, $"GET /v1/{Regex.Escape(release.Name)} ").Count;
        watch.Restart();
        var second = ActionRunner.Run(workspace, new Dictionary<string, string> { ["release-base-url"] = server.BaseUrl }, environment);
        var secondSeconds = watch.Elapsed.TotalSeconds;
        Assert.Equal(1, second.ExitCode);
        Assert.Contains("Using the cached download", second.Out);
        Assert.Equal(downloads, Regex.Matches(server.Log, $"GET /v1/{Regex.Escape(release.Name)} ").Count);
        TestContext.Current.TestOutputHelper?.WriteLine($"action with the downloaded binary: {firstSeconds:F2} s (download, verify, extract, lint); from the cache: {secondSeconds:F2} s");
    }

    [Fact]
    public void AnArchiveThatDoesNotMatchItsChecksumIsNotRun()
    {
        var release = ReleaseBuild.Archive();
        using var temp = new TempDirectory();
        using var server = ReleaseServer.Start(temp, "v1.0.0", release, tamper: true);
        var workspace = Path.Combine(temp.Path, "workspace");
        temp.Write("workspace/a.md", Article);

        var run = ActionRunner.Run(workspace, new Dictionary<string, string> { ["release-base-url"] = server.BaseUrl, ["version"] = "v1.0.0" }, NoDotnet(temp, []));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"::error title=NkContentLint::{server.BaseUrl}/v1.0.0/{release.Name} has SHA-256 ", run.Out);
        Assert.DoesNotContain("a.md", run.Out);
        Assert.Equal(string.Empty, run.Outputs["files"]);
    }

    [Fact]
    public void AReleasedRefWithoutAReleaseFailsAndSaysWhy()
    {
        using var temp = new TempDirectory();
        using var server = ReleaseServer.Start(temp, "v9.9.9", null);
        var workspace = Path.Combine(temp.Path, "workspace");
        temp.Write("workspace/a.md", Article);

        var run = ActionRunner.Run(workspace, new Dictionary<string, string> { ["release-base-url"] = server.BaseUrl }, NoDotnet(temp, new() { ["GITHUB_ACTION_REF"] = "v2" }));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"cannot download {server.BaseUrl}/v2/SHA256SUMS: is v2 released?", run.Out);
    }

    [Fact]
    public void ARunnerWithoutAReleaseBinaryBuildsFromSourceInstead()
    {
        using var temp = new TempDirectory();
        var workspace = Path.Combine(temp.Path, "workspace");
        temp.Write("workspace/a.md", Article);

        // Nothing listens on port 9 (discard): the step must not try to download.
        var run = ActionRunner.Run(
            workspace,
            new Dictionary<string, string> { ["release-base-url"] = "http://127.0.0.1:9" },
            new Dictionary<string, string> { ["GITHUB_ACTION_REF"] = "v1", ["RUNNER_OS"] = "macOS", ["RUNNER_ARCH"] = "X64" });

        Assert.True(run.ExitCode == 1, $"exit {run.ExitCode}\n{run.Out}\n{run.Error}");
        Assert.Contains("::notice title=NkContentLint::no release binary for macOS X64", run.Out);
        Assert.Equal(["actions/cache", "actions/setup-dotnet", "actions/cache"], run.SkippedUses.Select(u => u.Split('@')[0]));
        Assert.Empty(run.UsesNotRun);
        Assert.Equal(("1", "1"), (run.Outputs["errors"], run.Outputs["warnings"]));
    }

    /// <summary>The runner's environment with a <c>dotnet</c> first on PATH that fails loudly if anything calls it.</summary>
    private static Dictionary<string, string> NoDotnet(TempDirectory temp, Dictionary<string, string> environment)
    {
        var shim = temp.Write("no-dotnet/dotnet", "#!/bin/sh\necho 'dotnet was called, but the action must not need .NET' >&2\nexit 97\n");
        File.SetUnixFileMode(shim, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        environment["PATH"] = Path.GetDirectoryName(shim) + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        environment["DOTNET_ROOT"] = Path.Combine(temp.Path, "no-dotnet-root");
        return environment;
    }
}

/// <summary>A release archive for this machine, from <c>artifacts/release</c> or built with <c>.ci/release build</c>.</summary>
public sealed record ReleaseBuild(string Rid, string Name, string Path)
{
    private static readonly Lazy<ReleaseBuild> Built = new(Build);

    public static ReleaseBuild Archive()
    {
        ExternalTools.Require(ExternalTools.OnPath("python3") && ExternalTools.OnPath("curl"), "python3 and curl");
        Assert.SkipUnless(OperatingSystem.IsLinux() && System.Runtime.InteropServices.RuntimeInformation.OSArchitecture is System.Runtime.InteropServices.Architecture.X64 or System.Runtime.InteropServices.Architecture.Arm64, "the simulated runner is Linux");
        return Built.Value;
    }

    /// <summary>The folder holding the archive (and SHA256SUMS, VERSION, the .nupkg and the container layout).</summary>
    public string Folder => System.IO.Path.GetDirectoryName(Path)!;

    /// <summary>The container architecture of <see cref="Rid"/>.</summary>
    public string DockerArch => Rid.EndsWith("arm64", StringComparison.Ordinal) ? "arm64" : "amd64";

    private static ReleaseBuild Build()
    {
        var rid = System.Runtime.InteropServices.RuntimeInformation.OSArchitecture == System.Runtime.InteropServices.Architecture.Arm64 ? "linux-arm64" : "linux-x64";
        var name = $"nkcontentlint-{rid}.tar.gz";
        // .ci/release build leaves its output in artifacts/release, this test in artifacts/test-release:
        // use one that is newer than everything the tool is built from, else build this one runtime.
        var inputs = new[] { "src", "rules" }.SelectMany(d => Directory.EnumerateFiles(RepositoryPaths.Combine(d), "*", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{System.IO.Path.DirectorySeparatorChar}bin{System.IO.Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{System.IO.Path.DirectorySeparatorChar}obj{System.IO.Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Concat(Directory.EnumerateFiles(RepositoryPaths.Root, "Directory.*"))
            .Append(RepositoryPaths.Combine(".ci", "release"));
        var newestInput = inputs.Max(File.GetLastWriteTimeUtc);
        foreach (var candidate in new[] { "release", "test-release" })
        {
            var archive = RepositoryPaths.Combine("artifacts", candidate, name);
            if (File.Exists(archive) && File.GetLastWriteTimeUtc(archive) > newestInput && File.Exists(RepositoryPaths.Combine("artifacts", candidate, "SHA256SUMS")))
            {
                return new ReleaseBuild(rid, name, archive);
            }
        }

        var folder = RepositoryPaths.Combine("artifacts", "test-release");
        var (exit, output, error) = ExternalTools.Run("bash", [".ci/release", "build", "--rids", rid, "--out", folder], RepositoryPaths.Root, timeout: TimeSpan.FromMinutes(8));
        Assert.True(exit == 0, $".ci/release build failed:\n{output}\n{error}");
        return new ReleaseBuild(rid, name, System.IO.Path.Combine(folder, name));
    }
}

/// <summary><c>python3 -m http.server</c> on 127.0.0.1 serving BASE/TAG/{archive, SHA256SUMS}.</summary>
public sealed class ReleaseServer : IDisposable
{
    private readonly Process process;
    private readonly System.Text.StringBuilder log = new();

    private ReleaseServer(Process process, int port)
    {
        this.process = process;
        BaseUrl = $"http://127.0.0.1:{port}";
    }

    public string BaseUrl { get; }

    /// <summary>The server's request log (one line per request, "GET /path HTTP/1.1" 200 …).</summary>
    public string Log
    {
        get
        {
            lock (log)
            {
                return log.ToString();
            }
        }
    }

    public static ReleaseServer Start(TempDirectory temp, string tag, ReleaseBuild? release, bool tamper = false)
    {
        ExternalTools.Require(ExternalTools.OnPath("python3") && ExternalTools.OnPath("curl"), "python3 and curl");
        var root = System.IO.Path.Combine(temp.Path, "releases");
        Directory.CreateDirectory(System.IO.Path.Combine(root, tag));
        if (release is not null)
        {
            var served = System.IO.Path.Combine(root, tag, release.Name);
            File.Copy(release.Path, served);
            var sha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(served)));
            File.WriteAllText(System.IO.Path.Combine(root, tag, "SHA256SUMS"), $"{sha}  {release.Name}\n");
            if (tamper)
            {
                using var stream = File.OpenWrite(served);
                stream.Seek(-100, SeekOrigin.End);
                stream.WriteByte(0x42);
            }
        }

        var start = new ProcessStartInfo("python3", ["-u", "-m", "http.server", "0", "--bind", "127.0.0.1", "--directory", root])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start)!;
        var port = new TaskCompletionSource<int>();
        ReleaseServer? server = null;
        var pending = new System.Text.StringBuilder();
        void OnLine(string? line)
        {
            if (line is null)
            {
                return;
            }

            var serving = Regex.Match(line, @"port (\d+)");
            if (serving.Success)
            {
                port.TrySetResult(int.Parse(serving.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            }

            var target = server?.log ?? pending;
            lock (target)
            {
                target.AppendLine(line);
            }
        }

        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!port.Task.Wait(TimeSpan.FromSeconds(20)))
        {
            process.Kill();
            Assert.Fail("python3 -m http.server did not start");
        }

        server = new ReleaseServer(process, port.Task.Result);
        lock (pending)
        {
            server.log.Append(pending);
        }

        return server;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill();
        }

        process.WaitForExit();
        process.Dispose();
    }
}
