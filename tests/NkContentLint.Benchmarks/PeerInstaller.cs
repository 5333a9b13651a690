using System.Diagnostics;

namespace NkContentLint.Benchmarks;

/// <summary>Installs the peer linter from npm into the benchmark's scratch folder, once.</summary>
internal static class PeerInstaller
{
    /// <summary>The last markdownlint-cli2 release that runs on Node 20 (0.23 needs Node 22).</summary>
    public const string MarkdownlintCli2Version = "0.22.1";

    public static string EnsureMarkdownlintCli2(string scratch)
    {
        var prefix = Path.Combine(scratch, "peer");
        var bin = Path.Combine(prefix, "node_modules", "markdownlint-cli2", "markdownlint-cli2-bin.mjs");
        if (File.Exists(bin))
        {
            return bin;
        }

        Directory.CreateDirectory(prefix);
        Console.WriteLine($"installing markdownlint-cli2@{MarkdownlintCli2Version} into {prefix} ...");
        var install = Process.Start(new ProcessStartInfo("npm", ["install", "--prefix", prefix, "--no-audit", "--no-fund", $"markdownlint-cli2@{MarkdownlintCli2Version}"])
        {
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("could not start npm");
        install.WaitForExit();
        if (install.ExitCode != 0 || !File.Exists(bin))
        {
            throw new InvalidOperationException($"npm install of markdownlint-cli2@{MarkdownlintCli2Version} failed (exit {install.ExitCode})");
        }

        return bin;
    }

    /// <summary>rumdl, the Rust Markdown linter, as npm ships its Linux x64 binary.</summary>
    public const string RumdlVersion = "0.2.77";

    /// <summary>The rumdl binary: installed from npm (@rumdl/cli-linux-x64) into the scratch folder once.</summary>
    public static string EnsureRumdl(string scratch)
    {
        var prefix = Path.Combine(scratch, "peer");
        var bin = Path.Combine(prefix, "node_modules", "@rumdl", "cli-linux-x64", "rumdl");
        if (File.Exists(bin))
        {
            return bin;
        }

        Directory.CreateDirectory(prefix);
        Console.WriteLine($"installing @rumdl/cli-linux-x64@{RumdlVersion} into {prefix} ...");
        var install = Process.Start(new ProcessStartInfo("npm", ["install", "--prefix", prefix, "--no-audit", "--no-fund", $"@rumdl/cli-linux-x64@{RumdlVersion}"])
        {
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("could not start npm");
        install.WaitForExit();
        if (install.ExitCode != 0 || !File.Exists(bin))
        {
            throw new InvalidOperationException($"npm install of @rumdl/cli-linux-x64@{RumdlVersion} failed (exit {install.ExitCode})");
        }

        return bin;
    }
}
