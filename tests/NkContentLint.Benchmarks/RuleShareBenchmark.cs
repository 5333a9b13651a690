using System.Diagnostics;
using NkContentLint.Analysis;
using NkContentLint.Configuration;
using NkContentLint.Facts;
using NkContentLint.Rules;
using NkContentLint.Running;

namespace NkContentLint.Benchmarks;

/// <summary>
/// What share of a run the encoding rules (NK4xxx) take on a real folder of Markdown: the folder
/// is linted in-process with every rule, with every rule but the encoding ones, and with the
/// encoding rules alone, alternating, best of N runs each after a warm-up. The share is
/// (all − without encoding) / all. Prints numbers; asserts nothing.
///   dotnet run -c Release --project tests/NkContentLint.Benchmarks -- --rule-share DIR [--runs N]
/// </summary>
internal static class RuleShareBenchmark
{
    public static void Run(string folder, int runs)
    {
        var all = BuiltInAnalyzers.Create();
        var encoding = all.Where(IsEncoding).ToList();
        var others = all.Where(a => !IsEncoding(a)).ToList();
        var configuration = LintConfiguration.CreateDefault(folder);
        var facts = ConfiguredFactPacks.IndexFor(configuration, folder, BuiltInFacts.DefaultPack);
        var sets = new (string Name, IReadOnlyList<ContentAnalyzer> Analyzers)[]
        {
            ("all rules", all), ("without NK4xxx", others), ("NK4xxx only", encoding), ("prose view only", [new ProseViewOnly()]),
        };
        var best = sets.ToDictionary(s => s.Name, _ => double.MaxValue);
        var files = 0;
        foreach (var (_, analyzers) in sets)
        {
            LintRunner.Run(new LintRequest([folder], folder, configuration, [.. analyzers]) { Facts = facts }); // warm-up
        }

        for (var run = 0; run < runs; run++)
        {
            foreach (var (name, analyzers) in sets)
            {
                GC.Collect();
                var clock = Stopwatch.StartNew();
                var result = LintRunner.Run(new LintRequest([folder], folder, configuration, [.. analyzers]) { Facts = facts });
                clock.Stop();
                files = result.FilesChecked;
                best[name] = Math.Min(best[name], clock.Elapsed.TotalSeconds);
            }
        }

        Console.WriteLine($"folder: {folder}, {files:N0} files, best of {runs} runs each");
        foreach (var (name, _) in sets)
        {
            Console.WriteLine($"  {name,-16} {best[name],7:N2} s");
        }

        // Reading, decoding and parsing are paid once whatever the rules; the encoding rules' own cost is
        // what they add on top of building the prose view they read.
        var own = best["NK4xxx only"] - best["prose view only"];
        Console.WriteLine($"encoding rules' own time: {own:N2} s = {own / best["all rules"]:P1} of a full run (NK4xxx only − prose view only); all − without NK4xxx: {(best["all rules"] - best["without NK4xxx"]) / best["all rules"]:P1}");
    }

    /// <summary>Builds the view the encoding rules read, and reports nothing: the shared cost.</summary>
    private sealed class ProseViewOnly : ContentAnalyzer
    {
        private static readonly NkContentLint.Diagnostics.DiagnosticDescriptor Rule = new(
            "NK9999", "Benchmark baseline", "{0}", "Benchmark", NkContentLint.Diagnostics.DiagnosticSeverity.Info, "Reads the prose view; reports nothing.");

        public override System.Collections.Immutable.ImmutableArray<NkContentLint.Diagnostics.DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(c => GC.KeepAlive(c.Document.ProseAndFrontMatterText));
    }

    private static bool IsEncoding(ContentAnalyzer analyzer) => analyzer.SupportedDiagnostics.All(d => d.Id.StartsWith("NK4", StringComparison.Ordinal));
}
