using System.Diagnostics;
using System.Globalization;
using NkContentLint.CodeRules;
using NkContentLint.CustomRules;

namespace NkContentLint.Benchmarks;

/// <summary>
/// What a code rule costs to compile, first run and cached, on docs/examples/rules/LongSentenceAnalyzer.cs.
/// A CLI run compiles once in a fresh process, so the main figures come from child processes of this
/// benchmark, each timing one Compile call: cold with no cache, and cold with the compiled assembly on
/// disk (the --cache case); then in-process figures for a warm compiler and the memory cache. Prints
/// numbers; asserts nothing.
///   dotnet run -c Release --project tests/NkContentLint.Benchmarks -- --code-rules [--runs 5]
/// </summary>
internal static class CodeRuleBenchmark
{
    public static int Run(string[] args, string repoRoot)
    {
        var runs = args is ["--runs", var n] && int.TryParse(n, out var r) && r > 0 ? r : 5;
        var example = Path.Combine(repoRoot, "docs", "examples", "rules", "LongSentenceAnalyzer.cs");
        var cache = Path.Combine(repoRoot, ".bench", "code-rule-cache");
        if (Directory.Exists(cache))
        {
            Directory.Delete(cache, recursive: true);
        }

        Console.WriteLine($"rule: docs/examples/rules/LongSentenceAnalyzer.cs ({new FileInfo(example).Length} bytes); {runs} runs each, median (min-max) ms");
        var cold = Enumerable.Range(0, runs).Select(i => Child(example, null, $"cold {i}")).ToList();
        Child(example, cache, "fill the disk cache");
        var disk = Enumerable.Range(0, runs).Select(_ => Child(example, cache, string.Empty)).ToList();
        Print("fresh process, compile (no cache)", cold.Select(c => c.Compile));
        Print("  plus process start and exit", cold.Select(c => c.Process - c.Compile));
        Print("fresh process, from the disk cache", disk.Select(c => c.Compile));

        // In one process: a compiler that has compiled before (Roslyn loaded and jitted), then the memory cache.
        var text = File.ReadAllText(example);
        using var compiler = new RoslynCodeRuleCompiler();
        compiler.Compile([new RuleSourceFile("warmup.cs", text)], CancellationToken.None);
        var warm = new List<double>();
        var memory = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var file = new RuleSourceFile("example.cs", text + $"\n// run {i}\n");
            warm.Add(Time(() => compiler.Compile([file], CancellationToken.None)));
            memory.Add(Time(() => compiler.Compile([file], CancellationToken.None)));
        }

        Print("same process, warm compiler, new text", warm);
        Print("same process, memory cache hit", memory);
        Console.WriteLine($"compilations run in-process: {compiler.CompilationCount} (1 warm-up + {runs})");

        // Running it: the built-in rules on samples/, alone and with the example code rule (on its own
        // thread per article, under the time budget).
        var samples = Path.Combine(repoRoot, "samples");
        var configuration = NkContentLint.Configuration.LintConfiguration.CreateDefault(repoRoot);
        var codeRule = compiler.Compile([new RuleSourceFile("example.cs", text)], CancellationToken.None).Analyzers;
        double Lint(IReadOnlyList<NkContentLint.Analysis.ContentAnalyzer> analyzers) => Time(() =>
            NkContentLint.Running.LintRunner.Run(new NkContentLint.Running.LintRequest([samples], repoRoot, configuration, analyzers)));
        Lint(NkContentLint.Rules.BuiltInAnalyzers.Create());
        Lint([.. NkContentLint.Rules.BuiltInAnalyzers.Create(), .. codeRule]);
        var builtIn = new List<double>();
        var withCode = new List<double>();
        for (var i = 0; i < runs * 4; i++)
        {
            builtIn.Add(Lint(NkContentLint.Rules.BuiltInAnalyzers.Create()));
            withCode.Add(Lint([.. NkContentLint.Rules.BuiltInAnalyzers.Create(), .. codeRule]));
        }

        Print("lint samples/, built-in rules", builtIn);
        Print("lint samples/, built-in rules + HOUSE100", withCode);
        return 0;
    }

    /// <summary>The child: one Compile in a fresh process; prints its milliseconds.</summary>
    public static int RunChild(string[] args)
    {
        var started = Stopwatch.GetTimestamp();
        var cache = args.Length > 1 && args[1].Length > 0 ? args[1] : null;
        using var compiler = new RoslynCodeRuleCompiler(cache);
        var compilation = compiler.Compile([new RuleSourceFile("LongSentenceAnalyzer.cs", File.ReadAllText(args[0]))], CancellationToken.None);
        var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (!compilation.Errors.IsEmpty || compilation.Analyzers.Length != 1)
        {
            Console.Error.WriteLine(string.Join('\n', compilation.Errors));
            return 1;
        }

        Console.WriteLine($"{ms.ToString("0.0", CultureInfo.InvariantCulture)} {compilation.FromCache}");
        return 0;
    }

    private static (double Compile, double Process) Child(string example, string? cache, string label)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        if (!Environment.ProcessPath!.EndsWith("NkContentLint.Benchmarks", StringComparison.Ordinal))
        {
            start.ArgumentList.Add(typeof(CodeRuleBenchmark).Assembly.Location);
        }

        foreach (var argument in new[] { "--code-rules-child", example, cache ?? string.Empty })
        {
            start.ArgumentList.Add(argument);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        var total = watch.Elapsed.TotalMilliseconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"child ({label}) failed: {error}");
        }

        var parts = output.Trim().Split(' ');
        if (cache is not null && label.Length == 0 && parts[1] != "True")
        {
            throw new InvalidOperationException("the disk cache was not used");
        }

        return (double.Parse(parts[0], CultureInfo.InvariantCulture), total);
    }

    private static double Time(Action action)
    {
        var started = Stopwatch.GetTimestamp();
        action();
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    private static void Print(string label, IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        Console.WriteLine($"{label,-42} {sorted[sorted.Count / 2],8:0.0} ({sorted[0]:0.0}-{sorted[^1]:0.0})");
    }
}
