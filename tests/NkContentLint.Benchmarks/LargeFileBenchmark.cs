using System.Globalization;
using System.Text;

namespace NkContentLint.Benchmarks;

/// <summary>
/// Peak memory (VmHWM, the maximum RSS <c>/usr/bin/time -f %M</c> reports) and wall time of the
/// CLI linting one large article, against issue 12's bound: at most 10x the file plus a fixed
/// base, the base being the same process linting a tiny file. Two kinds of article: synthetic
/// (<see cref="CorpusGenerator"/>'s article shape grown to N MB) and real prose (the real corpus
/// pages in <c>tests/corpora/real/</c> concatenated, over and over, so figures, names and sentences
/// are those of real articles). Prints numbers; asserts nothing.
/// </summary>
internal static class LargeFileBenchmark
{
    public static void Run(string repoRoot, string scratch, IReadOnlyList<int> megabytes, bool keep)
    {
        Directory.CreateDirectory(scratch);
        var cliDll = Path.Combine(AppContext.BaseDirectory, "nkcontentlint.dll");
        var tiny = Path.Combine(scratch, "tiny.md");
        File.WriteAllText(tiny, "# A heading\n\nOne sentence of prose.\n");
        var baseRuns = Enumerable.Range(0, 3).Select(_ => Measure(cliDll, tiny, scratch)).ToList();
        var basePeak = baseRuns.Min(r => r.PeakBytes);
        Console.WriteLine($"base (tiny file):             {baseRuns.Min(r => r.Elapsed.TotalSeconds),7:N2} s, peak RSS {basePeak / 1024,9:N0} KB (best of 3)");

        var files = new List<(string Name, string Path)>();
        foreach (var size in megabytes)
        {
            var path = Path.Combine(scratch, $"synthetic-{size}mb.md");
            File.WriteAllBytes(path, Synthetic(size * 1_000_000L));
            files.Add(($"synthetic {size} MB", path));
        }

        var real = Path.Combine(scratch, $"real-prose-{megabytes.Max()}mb.md");
        File.WriteAllBytes(real, RealProse(repoRoot, megabytes.Max() * 1_000_000L));
        files.Add(($"real prose {megabytes.Max()} MB", real));

        foreach (var (name, path) in files)
        {
            var length = new FileInfo(path).Length;
            var run = Measure(cliDll, path, scratch);
            var bound = basePeak + (10 * length);
            Console.WriteLine(
                $"{name + ":",-29} {run.Elapsed.TotalSeconds,7:N2} s, peak RSS {run.PeakBytes / 1024,9:N0} KB; "
                + $"(peak - base) / file = {(double)(run.PeakBytes - basePeak) / length,5:N1}x; bound 10x + base = {bound / 1024:N0} KB: "
                + (run.PeakBytes <= bound ? "within" : $"over by {(run.PeakBytes - bound) / 1024:N0} KB") + $" (exit {run.ExitCode})");
            if (!keep)
            {
                File.Delete(path);
            }
        }
    }

    private static (TimeSpan Elapsed, long PeakBytes, int ExitCode) Measure(string cliDll, string path, string workingDirectory) =>
        ProcessMeter.Run("dotnet", [cliDll, path, "--quiet", "--format", "text"], workingDirectory);

    /// <summary>One synthetic article of about <paramref name="bytes"/> bytes (seed 42).</summary>
    public static byte[] Synthetic(long bytes) => Encoding.UTF8.GetBytes(CorpusGenerator.Article(new Random(42), 0, checked((int)bytes)));

    /// <summary>
    /// The real corpus pages (every <c>.md</c> under <c>tests/corpora/real/</c> but the guides,
    /// in ordinal path order) joined by blank lines and repeated until the text reaches
    /// <paramref name="bytes"/> bytes of UTF-8.
    /// </summary>
    public static byte[] RealProse(string repoRoot, long bytes)
    {
        var folder = Path.Combine(repoRoot, "tests", "corpora", "real");
        var pages = Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories)
            .Where(p => Path.GetDirectoryName(p) != folder)
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => File.ReadAllText(p).TrimEnd() + "\n\n")
            .ToList();
        if (pages.Count == 0)
        {
            throw new InvalidOperationException($"no real corpus pages under {folder}");
        }

        using var output = new MemoryStream(checked((int)bytes) + 65536);
        for (var copy = 0; output.Length < bytes; copy++)
        {
            foreach (var page in pages)
            {
                var encoded = Encoding.UTF8.GetBytes(page);
                output.Write(encoded);
                if (output.Length >= bytes)
                {
                    break;
                }
            }
        }

        return output.ToArray();
    }

    public static IReadOnlyList<int>? ParseSizes(string? text) =>
        text?.Split(',').Select(s => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 && n <= 60 ? n : -1).ToList() is { } sizes && sizes.All(s => s > 0)
            ? sizes
            : null;
}
