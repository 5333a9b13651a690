using System.Diagnostics;
using System.Globalization;
using Markdig;
using NkContentLint.Configuration;
using NkContentLint.Discovery;
using NkContentLint.Documents;
using NkContentLint.Text;

namespace NkContentLint.Benchmarks;

/// <summary>
/// Side by side on a real corpus given by path (a PowerShell-Docs or tldr checkout): the Markdig parse
/// floor, nkcontentlint, rumdl and markdownlint-cli2, each as a whole process, run round-robin N times so
/// that a busy machine slows them alike; medians, ranges and ratios. Peak memory is the process's maximum
/// RSS from <c>/usr/bin/time -f %M</c> when present (else sampled VmHWM). The Markdown files are copied
/// (paths kept) into .bench/real/NAME so that no tool reads the corpus's own linter configuration: every
/// tool runs its defaults (rumdl with every rule enabled). Single-file mode times one article the same way;
/// the cache mode times nkcontentlint with --cache cold (empty folder) and warm. nkcontentlint is the build users
/// get: the CLI published once into .bench/publish as a release does (self-contained single file, ReadyToRun); each
/// --compare-cli DLL-OR-EXECUTABLE times another build of it beside it (an older commit, the JIT-only build) in the same rounds.
/// </summary>
internal static class RealCorpusBenchmark
{
    private static readonly string? Time = File.Exists("/usr/bin/time") ? "/usr/bin/time" : null;

    public static int Run(string[] args, string repoRoot)
    {
        string? corpus = null, single = null, name = null, rumdl = null;
        var compare = new List<string>();
        var publish = true;
        var runs = 5;
        var cache = false;
        var peers = true;
        for (var i = 0; i < args.Length; i++)
        {
            string? Next() => i + 1 < args.Length ? args[++i] : null;
            switch (args[i])
            {
                case "--corpus": corpus = Next(); break;
                case "--single": single = Next(); break;
                case "--name": name = Next(); break;
                case "--runs" when int.TryParse(Next(), out var n) && n > 0: runs = n; break;
                case "--cache": cache = true; break;
                case "--no-peers": peers = false; break;
                case "--rumdl": rumdl = Next(); break;
                case "--compare-cli" when Next() is { } other: compare.Add(other); break;
                case "--no-publish": publish = false; break;
                default:
                    Console.Error.WriteLine("usage: --real --corpus DIR [--name NAME] [--runs N] [--single REL-PATH] [--cache] [--no-peers] [--rumdl PATH] [--compare-cli DLL-OR-EXE]... [--no-publish]");
                    return 2;
            }
        }

        if (corpus is null || !Directory.Exists(corpus))
        {
            Console.Error.WriteLine("--real needs --corpus DIR (a checkout of PowerShell-Docs or tldr at a pinned commit)");
            return 2;
        }

        corpus = Path.GetFullPath(corpus);
        name ??= Path.GetFileName(corpus.TrimEnd('/'));
        var scratch = Path.Combine(repoRoot, ".bench");
        var mirror = Path.Combine(scratch, "real", name);
        if (Overlaps(corpus, mirror))
        {
            // The copy is deleted and made again from the corpus: the two must not be the same folder or nest.
            Console.Error.WriteLine($"--corpus {corpus} is (or holds, or lies in) the benchmark's own copy {Path.GetRelativePath(repoRoot, mirror)}: give the original checkout (or --name another copy)");
            return 2;
        }

        var (files, bytes) = Mirror(corpus, mirror);
        var commit = Git(corpus, "rev-parse", "HEAD") ?? "unknown";
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription.Trim()}, {System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription}, load average {LoadAverage()}");
        Console.WriteLine($"corpus:  {name} at {commit[..Math.Min(12, commit.Length)]}: {files:N0} Markdown files, {bytes / 1048576.0:N1} MB (copied to {Path.GetRelativePath(repoRoot, mirror)})");
        Console.WriteLine($"memory:  {(Time is null ? "sampled VmHWM (no /usr/bin/time)" : "/usr/bin/time -f %M (maximum RSS)")}; {runs} runs each, round-robin");

        var cli = PublishedCli(repoRoot, Path.Combine(scratch, "publish"), publish);
        if (cli is null)
        {
            return 2;
        }

        var self = Path.Combine(AppContext.BaseDirectory, "NkContentLint.Benchmarks.dll");
        var target = single ?? ".";
        if (single is not null && !File.Exists(Path.Combine(mirror, single)))
        {
            Console.Error.WriteLine($"--single {single}: no such Markdown file in the corpus");
            return 2;
        }

        var tools = new List<Tool>
        {
            new("Markdig parse floor", "dotnet", [self, "--floor-child", target]),
            Cli("nkcontentlint", cli, [target, "--quiet", "--format", "text", "--fail-on", "none"]),
        };
        foreach (var other in compare)
        {
            tools.Add(Cli($"nkcontentlint ({other})", Path.GetFullPath(other), [target, "--quiet", "--format", "text", "--fail-on", "none"]));
        }

        if (peers)
        {
            rumdl ??= PeerInstaller.EnsureRumdl(scratch);
            tools.Add(new($"rumdl {PeerInstaller.RumdlVersion}, all rules", rumdl, ["check", target, "--no-config", "--no-cache", "--enable", string.Join(",", RumdlRules(rumdl)), "--silent", "--fail-on", "never"]));
            var markdownlint = PeerInstaller.EnsureMarkdownlintCli2(scratch);
            tools.Add(new($"markdownlint-cli2 {PeerInstaller.MarkdownlintCli2Version}, default rules", "node", [markdownlint, single ?? "**/*.md"]));
        }

        if (cache)
        {
            var folder = Path.Combine(scratch, "cache-" + name);
            tools.Add(Cli("nkcontentlint --cache, cold", cli, [target, "--quiet", "--format", "text", "--fail-on", "none", "--cache", folder]) with { Before = () => DeleteFolder(folder) });
            tools.Add(Cli("nkcontentlint --cache, warm", cli, [target, "--quiet", "--format", "text", "--fail-on", "none", "--cache", folder]));
        }

        // One unmeasured run of each first: file cache, npm's and dotnet's own first-run work.
        foreach (var tool in tools)
        {
            tool.Before?.Invoke();
            var warmup = Measure(tool, mirror);
            Console.WriteLine($"warm-up: {tool.Name}: {warmup.Seconds:N2} s (exit {warmup.ExitCode})");
        }

        for (var run = 0; run < runs; run++)
        {
            foreach (var tool in tools)
            {
                tool.Before?.Invoke();
                tool.Samples.Add(Measure(tool, mirror));
            }
        }

        Console.WriteLine();
        Console.WriteLine($"| {(single is null ? "whole corpus" : "one file: " + single)} | wall, median (range) | peak RSS, median (range) |");
        Console.WriteLine("| --- | --- | --- |");
        foreach (var tool in tools)
        {
            var wall = tool.Samples.Select(s => s.Seconds).ToList();
            var rss = tool.Samples.Select(s => s.PeakKb / 1024.0).ToList();
            Console.WriteLine($"| {tool.Name} | {Median(wall):N2} s ({wall.Min():N2}–{wall.Max():N2}) | {Median(rss):N0} MB ({rss.Min():N0}–{rss.Max():N0}) |");
        }

        Console.WriteLine();
        var nk = tools[1];
        Console.WriteLine("ratios of medians (and of the extremes: best case–worst case for nkcontentlint):");
        foreach (var tool in tools.Where(t => t != nk))
        {
            var (median, low, high) = Ratio(tool, nk);
            Console.WriteLine(tool == tools[0]
                ? $"  nkcontentlint / {tool.Name}: {1 / median:N2}x ({1 / high:N2}–{1 / low:N2})"
                : $"  {tool.Name} / nkcontentlint: {median:N2}x ({low:N2}–{high:N2})");
        }

        if (tools.FirstOrDefault(t => t.Name.StartsWith("markdownlint-cli2", StringComparison.Ordinal)) is { } peer)
        {
            // The issue's goals are stated this way round: nkcontentlint's time as a share of markdownlint-cli2's.
            foreach (var ours in tools.Where(t => t.Name.StartsWith("nkcontentlint", StringComparison.Ordinal) && !t.Name.Contains("--cache", StringComparison.Ordinal)))
            {
                var (median, low, high) = Ratio(ours, peer);
                Console.WriteLine($"  {ours.Name}'s time / markdownlint-cli2's: {median:N2}x ({low:N2}–{high:N2}){(single is null || ours != nk ? "" : "; goal for one article: at most 0.50x")}");
            }
        }

        foreach (var tool in tools)
        {
            if (tool.Samples.Any(s => s.ExitCode is not (0 or 1)))
            {
                Console.WriteLine($"note: {tool.Name} exited {string.Join(",", tool.Samples.Select(s => s.ExitCode).Distinct())}");
            }
        }

        return 0;
    }

    /// <summary>
    /// The CLI as a release ships it: `dotnet publish` with the project's settings, for this machine's runtime,
    /// self-contained in one file (what `.ci/release build` does; ReadyToRun), into FOLDER once per benchmark run;
    /// null when the publish fails. --no-publish reuses the last one.
    /// </summary>
    private static string? PublishedCli(string repoRoot, string folder, bool publish)
    {
        var exe = Path.Combine(folder, OperatingSystem.IsWindows() ? "nkcontentlint.exe" : "nkcontentlint");
        if (publish || !File.Exists(exe))
        {
            var rid = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;
            Console.WriteLine($"publishing the CLI into {Path.GetRelativePath(repoRoot, folder)} as a release does (dotnet publish -c Release -r {rid} --self-contained, single file) ...");
            var start = new ProcessStartInfo("dotnet", ["publish", Path.Combine(repoRoot, "src", "NkContentLint.Cli"), "-c", "Release", "-r", rid, "--self-contained",
                "-p:PublishSingleFile=true", "-p:IncludeNativeLibrariesForSelfExtract=true", "-o", folder, "--nologo", "-v", "q"])
            {
                UseShellExecute = false,
            };
            using var process = Process.Start(start)!;
            process.WaitForExit();
            if (process.ExitCode != 0 || !File.Exists(exe))
            {
                Console.Error.WriteLine($"dotnet publish of the CLI failed (exit {process.ExitCode})");
                return null;
            }
        }

        Console.WriteLine($"cli:     {Path.GetRelativePath(repoRoot, exe)} (self-contained single file, {new FileInfo(exe).Length / 1048576.0:N0} MB)");
        return exe;
    }

    /// <summary>A build of the CLI: a .dll runs through dotnet (a framework-dependent build), anything else is an executable.</summary>
    private static Tool Cli(string name, string path, string[] arguments) =>
        path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
            ? new(name, "dotnet", [path, .. arguments])
            : new(name, path, arguments);

    /// <summary>The floor: discovery, read, decode and Markdig parse (the engine's pipeline) of every file, in parallel like the runner; no rule.</summary>
    public static int RunFloorChild(string[] args)
    {
        var directory = Directory.GetCurrentDirectory();
        var configuration = LintConfiguration.CreateDefault(directory);
        var discovery = FileDiscovery.Discover([args.Length > 0 ? args[0] : "."], directory, configuration);
        long blocks = 0;
        Parallel.ForEach(discovery.Files, file =>
        {
            TextDecoder.TryDecode(File.ReadAllBytes(file.FullPath), out var decoded);
            // Markdig alone, with the engine's pipeline: the views and rules are what the floor leaves out.
            Interlocked.Add(ref blocks, Markdown.Parse(decoded.Text, MarkdownParsing.Pipeline).Count);
        });
        Console.WriteLine($"{discovery.Files.Length} files, {blocks} top-level blocks");
        return 0;
    }

    private sealed record Tool(string Name, string FileName, string[] Arguments)
    {
        public Action? Before { get; init; }

        public List<(double Seconds, long PeakKb, int ExitCode)> Samples { get; } = [];
    }

    private static (double Seconds, long PeakKb, int ExitCode) Measure(Tool tool, string directory)
    {
        if (Time is null)
        {
            var sampled = ProcessMeter.Run(tool.FileName, tool.Arguments, directory);
            return (sampled.Elapsed.TotalSeconds, sampled.PeakBytes / 1024, sampled.ExitCode);
        }

        var report = Path.GetTempFileName();
        try
        {
            var timed = ProcessMeter.Run(Time, ["-f", "%e %M", "-o", report, tool.FileName, .. tool.Arguments], directory);
            var fields = File.ReadAllLines(report).Last(l => l.Length > 0).Split(' ');
            return (timed.Elapsed.TotalSeconds, long.Parse(fields[1], CultureInfo.InvariantCulture), timed.ExitCode);
        }
        finally
        {
            File.Delete(report);
        }
    }

    private static (double Median, double Low, double High) Ratio(Tool tool, Tool nk)
    {
        var t = tool.Samples.Select(s => s.Seconds).ToList();
        var n = nk.Samples.Select(s => s.Seconds).ToList();
        return (Median(t) / Median(n), t.Min() / n.Max(), t.Max() / n.Min());
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>Copies every *.md file (not under .git or node_modules), keeping paths; an existing copy of the same files is kept.</summary>
    private static (int Files, long Bytes) Mirror(string corpus, string mirror)
    {
        var sources = Directory.EnumerateFiles(corpus, "*.md", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/.git/", StringComparison.Ordinal) && !f.Contains("/node_modules/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
        var stamp = Path.Combine(mirror, ".mirror-of");
        var identity = $"{corpus}\n{sources.Count}\n{Git(corpus, "rev-parse", "HEAD")}";
        long bytes = 0;
        if (!File.Exists(stamp) || File.ReadAllText(stamp) != identity)
        {
            DeleteFolder(mirror);
            foreach (var source in sources)
            {
                var target = Path.Combine(mirror, Path.GetRelativePath(corpus, source));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(source, target);
            }

            File.WriteAllText(stamp, identity);
        }

        foreach (var source in sources)
        {
            bytes += new FileInfo(source).Length;
        }

        return (sources.Count, bytes);
    }

    /// <summary>Whether two folders are the same or one lies inside the other.</summary>
    private static bool Overlaps(string a, string b)
    {
        static string Folder(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)) + Path.DirectorySeparatorChar;
        var (x, y) = (Folder(a), Folder(b));
        return x.StartsWith(y, StringComparison.Ordinal) || y.StartsWith(x, StringComparison.Ordinal);
    }

    private static void DeleteFolder(string folder)
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static IEnumerable<string> RumdlRules(string rumdl)
    {
        var start = new ProcessStartInfo(rumdl, ["rule"]) { RedirectStandardOutput = true, UseShellExecute = false };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return output.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("MD", StringComparison.Ordinal)).Select(l => l.Split(' ')[0]);
    }

    private static string? Git(string directory, params string[] args)
    {
        try
        {
            var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in args)
            {
                start.ArgumentList.Add(a);
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
