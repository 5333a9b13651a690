using System.Diagnostics;
using System.Text;
using Xunit;

namespace NkContentLint.Tests.Testing;

/// <summary>
/// Tools some tests need that are not .NET packages: npm tools that .ci/run installs under
/// <c>.tools/</c>, Debian's Chromium, git, bash. On a bare machine a test without its tool is
/// skipped; under <c>CI=true</c> it fails instead, so CI can never pass by skipping.
/// </summary>
public static class ExternalTools
{
    public static string ToolsFolder { get; } = RepositoryPaths.Combine(".tools");

    public static string NodeModules { get; } = Path.Combine(ToolsFolder, "node_modules");

    public static string SarifMultitool { get; } = Path.Combine(NodeModules, "@microsoft", "sarif-multitool-linux", "Sarif.Multitool");

    public static string? Chromium { get; } = new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome" }.FirstOrDefault(File.Exists);

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Skips the test when the tool is missing, or fails it under CI=true.</summary>
    public static void Require(bool present, string what)
    {
        if (!present && InCi)
        {
            Assert.Fail($"{what} is missing, and CI=true: .ci/run installs it; run bash .ci/run, or install it as it does.");
        }

        Assert.SkipUnless(present, $"{what} is not installed (bash .ci/run installs it)");
    }

    public static void RequireNodeModule(string name) =>
        Require(Directory.Exists(Path.Combine(NodeModules, name)) && OnPath("node"), $"npm package {name} (under .tools/node_modules) or node");

    public static void RequireChromium() => Require(Chromium is not null, "Chromium (/usr/bin/chromium, Debian package chromium; or /usr/bin/google-chrome)");

    public static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Any(dir => dir.Length > 0 && File.Exists(Path.Combine(dir, program)));

    /// <summary>Runs a program to completion and returns its exit code and output.</summary>
    public static (int ExitCode, string Out, string Error) Run(
        string program,
        IEnumerable<string> arguments,
        string? workingDirectory = null,
        IReadOnlyDictionary<string, string?>? environment = null,
        TimeSpan? timeout = null,
        string? stdin = null)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
        }

        process.StandardInput.Close();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', arguments)} did not finish in time");
        }

        process.WaitForExit();
        return (process.ExitCode, output.Result, error.Result);
    }
}
