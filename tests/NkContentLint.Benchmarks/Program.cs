using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using NkContentLint.Benchmarks;
using NkContentLint.Configuration;
using NkContentLint.Facts;
using NkContentLint.Rules;
using NkContentLint.Running;

// End-to-end benchmark: generate a deterministic corpus, lint it in-process and as the CLI
// process, optionally time a peer linter on the same files. Prints numbers; asserts nothing.
//   dotnet run -c Release --project tests/NkContentLint.Benchmarks -- --files 5000 --size 8 [--peer markdownlint-cli2]
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
if (args.Length > 0 && args[0] == "--code-rules-child")
{
    return CodeRuleBenchmark.RunChild(args[1..]);
}

if (args.Length > 0 && args[0] == "--code-rules")
{
    // Compiling a C# code rule: first run and cached (CodeRuleBenchmark.cs).
    return CodeRuleBenchmark.Run(args[1..], FindRepositoryRoot());
}

if (args.Length > 0 && args[0] == "--floor-child")
{
    return RealCorpusBenchmark.RunFloorChild(args[1..]);
}

if (args.Length > 0 && args[0] == "--real")
{
    // Side by side on a real corpus given by path: floor, nkcontentlint, rumdl, markdownlint-cli2 (RealCorpusBenchmark.cs).
    return RealCorpusBenchmark.Run(args[1..], FindRepositoryRoot());
}

if (args.Length > 0 && args[0] == "--steps")
{
    // Each view's and each rule's share of the per-document work on a folder (StepShareBenchmark.cs).
    return StepShareBenchmark.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "--lsp")
{
    // The language server's re-lint latency (LspBenchmark.cs).
    return LspBenchmark.Run(args[1..], FindRepositoryRoot());
}

var options = BenchmarkOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: --files N (default 1000) --size KB (default 8) --seed S (default 42) [--peer markdownlint-cli2] [--generated-facts N] [--keep]\n       --scaling   (single 1-10 MB files, ASCII and mixed scripts)\n       --large [10,20,40,50] [--keep]   (peak RSS of the CLI on one large article, synthetic and real prose; .bench/large)\n       --rule-share DIR [--runs N]   (the encoding rules' share of a run on DIR)\n       --real --corpus DIR [--name NAME] [--runs N] [--single REL-PATH] [--cache] [--no-peers] [--compare-cli DLL-OR-EXE]...   (side by side with rumdl and markdownlint-cli2 on a real corpus)");
    return 2;
}

var repoRoot = FindRepositoryRoot();
var scratch = Path.Combine(repoRoot, ".bench");
if (options.RuleShare is not null)
{
    Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription.Trim()}, {RuntimeInformation.FrameworkDescription}");
    RuleShareBenchmark.Run(Path.GetFullPath(options.RuleShare), options.Runs);
    return 0;
}

if (options.LargeSizes is not null)
{
    Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription.Trim()}, {RuntimeInformation.FrameworkDescription}");
    LargeFileBenchmark.Run(repoRoot, Path.Combine(scratch, "large"), options.LargeSizes, options.Keep);
    return 0;
}

if (options.Scaling)
{
    Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription.Trim()}, {RuntimeInformation.FrameworkDescription}");
    ScalingBenchmark.Run(Path.Combine(scratch, "scaling"));
    return 0;
}

var corpus = Path.Combine(scratch, $"corpus-{options.Files}x{options.SizeKb}k-s{options.Seed}");
if (Directory.Exists(corpus))
{
    Directory.Delete(corpus, recursive: true);
}

var (files, bytes) = CorpusGenerator.Generate(corpus, options.Files, options.SizeKb, options.Seed);
var megabytes = bytes / 1024.0 / 1024.0;
Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription.Trim()}, {RuntimeInformation.FrameworkDescription}");
Console.WriteLine($"corpus:  {files:N0} files, {megabytes:N1} MB (seed {options.Seed}, ~{options.SizeKb} KB each) in {Path.GetRelativePath(repoRoot, corpus)}");

// In-process: the engine alone at steady state, after one full warm-up run (JIT and file cache).
var analyzers = BuiltInAnalyzers.Create();
var configuration = LintConfiguration.CreateDefault(corpus);
var facts = ConfiguredFactPacks.IndexFor(configuration, corpus, BuiltInFacts.DefaultPack);
LintRunner.Run(new LintRequest([corpus], corpus, configuration, analyzers) { Facts = facts });
GC.Collect();
var clock = Stopwatch.StartNew();
var result = LintRunner.Run(new LintRequest([corpus], corpus, configuration, analyzers) { Facts = facts });
clock.Stop();
var seconds = clock.Elapsed.TotalSeconds;
Console.WriteLine($"engine (warm, in-process): {seconds:N2} s, {result.FilesChecked / seconds:N0} files/s, {megabytes / seconds:N1} MB/s, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MB, {result.Diagnostics.Length:N0} findings");

// The CLI as a user runs it: process start-up, discovery and report included.
var cliDll = Path.Combine(AppContext.BaseDirectory, "nkcontentlint.dll");
var cli = ProcessMeter.Run("dotnet", [cliDll, ".", "--quiet", "--format", "text"], corpus);
Console.WriteLine($"cli (cold process):        {cli.Elapsed.TotalSeconds:N2} s, {files / cli.Elapsed.TotalSeconds:N0} files/s, {megabytes / cli.Elapsed.TotalSeconds:N1} MB/s, peak RSS {cli.PeakBytes / 1048576.0:N0} MB (exit {cli.ExitCode})");

// The machine-readable reports are streamed: their peak memory should stay within 1.1x of text's.
foreach (var format in new[] { "json", "sarif", "html" })
{
    var report = Path.Combine(scratch, $"report.{format}");
    var run = ProcessMeter.Run("dotnet", [cliDll, ".", "--quiet", "--format", $"{format}:{report}"], corpus);
    Console.WriteLine($"cli --format {format,-5}:       {run.Elapsed.TotalSeconds:N2} s, peak RSS {run.PeakBytes / 1048576.0:N0} MB = {(double)run.PeakBytes / cli.PeakBytes:N2}x text, report {new FileInfo(report).Length / 1048576.0:N1} MB (exit {run.ExitCode})");
    File.Delete(report);
}

if (options.GeneratedFacts > 0)
{
    FactPackScaleBenchmark.Run(corpus, scratch, options.GeneratedFacts);
}

if (options.Peer == "markdownlint-cli2")
{
    var peerBin = PeerInstaller.EnsureMarkdownlintCli2(scratch);
    var peer = ProcessMeter.Run("node", [peerBin, "**/*.md"], corpus);
    Console.WriteLine($"peer:    markdownlint-cli2 {PeerInstaller.MarkdownlintCli2Version}: {peer.Elapsed.TotalSeconds:N2} s, {files / peer.Elapsed.TotalSeconds:N0} files/s, peak RSS {peer.PeakBytes / 1048576.0:N0} MB (exit {peer.ExitCode})");
    Console.WriteLine($"ratio:   markdownlint-cli2 time / nkcontentlint cli time = {peer.Elapsed.TotalSeconds / cli.Elapsed.TotalSeconds:N1}x");
}
else if (options.Peer is not null)
{
    Console.Error.WriteLine($"unknown peer '{options.Peer}'; supported: markdownlint-cli2");
    return 2;
}

if (!options.Keep)
{
    Directory.Delete(corpus, recursive: true);
}

return 0;

static string FindRepositoryRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "NkContentLint.sln")))
        {
            return dir.FullName;
        }
    }

    return Directory.GetCurrentDirectory();
}

internal sealed record BenchmarkOptions(int Files, int SizeKb, int Seed, string? Peer, bool Keep, bool Scaling, int GeneratedFacts)
{
    public string? RuleShare { get; init; }

    public int Runs { get; init; } = 3;

    public IReadOnlyList<int>? LargeSizes { get; init; }

    public static BenchmarkOptions? Parse(string[] args)
    {
        int files = 1000, size = 8, seed = 42;
        string? peer = null;
        var keep = false;
        var scaling = false;
        var generatedFacts = 0;
        string? ruleShare = null;
        var runs = 3;
        IReadOnlyList<int>? largeSizes = null;
        for (var i = 0; i < args.Length; i++)
        {
            string? Next() => i + 1 < args.Length ? args[++i] : null;
            switch (args[i])
            {
                case "--files" when int.TryParse(Next(), out var f) && f > 0: files = f; break;
                case "--size" when int.TryParse(Next(), out var s) && s > 0: size = s; break;
                case "--seed" when int.TryParse(Next(), out var r): seed = r; break;
                case "--peer": peer = Next(); break;
                case "--keep": keep = true; break;
                case "--scaling": scaling = true; break;
                case "--generated-facts" when int.TryParse(Next(), out var g) && g >= 4: generatedFacts = g; break;
                case "--rule-share" when Next() is { } folder && Directory.Exists(folder): ruleShare = folder; break;
                case "--large":
                    largeSizes = i + 1 < args.Length && !args[i + 1].StartsWith('-') ? LargeFileBenchmark.ParseSizes(Next()) : [10, 20, 40, 50];
                    if (largeSizes is null)
                    {
                        return null;
                    }

                    break;
                case "--runs" when int.TryParse(Next(), out var n) && n > 0: runs = n; break;
                default: return null;
            }
        }

        return new BenchmarkOptions(files, size, seed, peer, keep, scaling, generatedFacts) { RuleShare = ruleShare, Runs = runs, LargeSizes = largeSizes };
    }
}
