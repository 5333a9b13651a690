using System.Diagnostics;
using NkContentLint.Analysis;
using NkContentLint.Configuration;
using NkContentLint.Documents;
using NkContentLint.Facts;
using NkContentLint.Rules;
using NkContentLint.Text;

namespace NkContentLint.Benchmarks;

/// <summary>
/// Where a full run's per-document work goes on a real folder of Markdown: every file read, decoded and parsed, then each
/// view forced in turn and each rule run alone, on one thread, with a <see cref="Stopwatch"/> and
/// <see cref="GC.GetAllocatedBytesForCurrentThread"/> around each step (a view is charged to the step that first asks for
/// it; Markdig's parse alone, as the floor runs it, is timed on its own before the document's parse); the last of N passes over the folder is printed, so the JIT is out of it. Prints numbers; asserts nothing.
///   dotnet NkContentLint.Benchmarks.dll --steps DIR [--runs N]
/// </summary>
internal static class StepShareBenchmark
{
    public static int Run(string[] args)
    {
        var folder = args.Length > 0 ? Path.GetFullPath(args[0]) : null;
        var runs = args is [_, "--runs", var n] && int.TryParse(n, out var r) && r > 0 ? r : 3;
        if (folder is null || !Directory.Exists(folder))
        {
            Console.Error.WriteLine("usage: --steps DIR [--runs N]");
            return 2;
        }

        var configuration = LintConfiguration.CreateDefault(folder);
        var facts = ConfiguredFactPacks.IndexFor(configuration, folder, BuiltInFacts.DefaultPack);
        var analyzers = BuiltInAnalyzers.Create();
        var sessions = analyzers
            .Select(a => (Name: string.Join('/', a.SupportedDiagnostics.Select(d => d.Id).Distinct()), Session: new AnalyzerDriver([a]).StartCorpus(facts)))
            .ToList();
        var files = Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var views = new (string Name, Action<ContentDocument> Force)[]
        {
            ("sentences", d => GC.KeepAlive(d.Sentences)),
            ("languages", d => { if (d.Sentences.Length > 0) { GC.KeepAlive(d.LanguageOf(d.Sentences[0])); } }),
            ("sentence tokens", d => { foreach (var s in d.Sentences) { GC.KeepAlive(s.Tokens); } }),
            ("claims", d => GC.KeepAlive(d.Claims)),
            ("attributions", d => GC.KeepAlive(d.Attributions)),
            ("article date", d => GC.KeepAlive(d.ArticleDate)),
            ("fact index", d => GC.KeepAlive(facts.Match(d))),
        };

        var steps = new List<string> { "read, decode", "Markdig alone (floor)", "parse and views walk" };
        steps.AddRange(views.Select(v => v.Name));
        steps.AddRange(sessions.Select(s => s.Name));
        var ticks = new long[steps.Count];
        var bytes = new long[steps.Count];
        for (var run = 0; run < runs; run++)
        {
            Array.Clear(ticks);
            Array.Clear(bytes);
            foreach (var file in files)
            {
                var step = 0;
                var clock = Stopwatch.GetTimestamp();
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                void Charge()
                {
                    var now = Stopwatch.GetTimestamp();
                    var nowAllocated = GC.GetAllocatedBytesForCurrentThread();
                    ticks[step] += now - clock;
                    bytes[step] += nowAllocated - allocated;
                    step++;
                    clock = now;
                    allocated = nowAllocated;
                }

                if (!TextDecoder.TryDecode(File.ReadAllBytes(file), out var decoded))
                {
                    continue;
                }

                Charge();

                // Markdig alone with the engine's pipeline, as the floor runs it: the next step less this one is the views walk.
                GC.KeepAlive(Markdig.Markdown.Parse(decoded.Text, MarkdownParsing.Pipeline));
                Charge();

                var document = ContentDocument.Parse(Path.GetRelativePath(folder, file), decoded);
                Charge();
                foreach (var (_, force) in views)
                {
                    force(document);
                    Charge();
                }

                var settings = configuration.ResolveFor(file);
                foreach (var (_, session) in sessions)
                {
                    GC.KeepAlive(session.Analyze(document, settings));
                    Charge();
                }
            }
        }

        var total = ticks.Sum();
        Console.WriteLine($"folder: {folder}, {files.Count:N0} files, pass {runs} of {runs}: {Stopwatch.GetElapsedTime(0, total).TotalSeconds:N2} s, {bytes.Sum() / 1e6:N0} MB allocated");
        foreach (var k in Enumerable.Range(0, steps.Count).OrderByDescending(k => ticks[k]))
        {
            Console.WriteLine($"  {steps[k],-22} {100.0 * ticks[k] / total,5:N1}%  {Stopwatch.GetElapsedTime(0, ticks[k]).TotalSeconds,6:N2} s  {bytes[k] / 1e6,6:N0} MB");
        }

        return 0;
    }
}
