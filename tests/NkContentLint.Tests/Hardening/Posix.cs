using NkContentLint.Discovery;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Hardening;

/// <summary>File-system fixtures the BCL cannot make (FIFOs, hard links, owners), and the CLI run as another user.</summary>
internal static class Posix
{
    public static bool IsRoot => Environment.UserName == "root";

    public static void MakeFifo(string path) => Must("mkfifo", path);

    public static void HardLink(string target, string link) => Must("ln", target, link);

    public static void Chown(string path, string owner) => Must("chown", owner, path);

    public static void Chmod(string path, string mode) => Must("chmod", mode, path);

    public static FileStatus Status(string path, bool followLinks = true) =>
        FileStatus.Get(path, followLinks) ?? throw new InvalidOperationException("statx is unavailable");

    /// <summary>
    /// The built CLI as a separate process, as an unprivileged user (nobody, via setpriv) when the
    /// tests run as root: root reads every folder, so permission faults need another user.
    /// </summary>
    public static (int ExitCode, string Out, string Error) RunCliUnprivileged(string workingDirectory, params string[] args)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "nkcontentlint.dll");
        var command = IsRoot
            ? new List<string> { "--reuid=65534", "--regid=65534", "--clear-groups", "dotnet", cli }
            : ["exec", cli];
        command.AddRange(args);
        return ExternalTools.Run(
            IsRoot ? "setpriv" : "dotnet",
            command,
            workingDirectory,
            new Dictionary<string, string?> { ["HOME"] = Path.GetTempPath(), ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["CI"] = null },
            TimeSpan.FromMinutes(1));
    }

    private static void Must(string program, params string[] args)
    {
        var (exit, _, error) = ExternalTools.Run(program, args);
        Assert.True(exit == 0, $"{program} {string.Join(' ', args)}: {error}");
    }
}
