using System.Diagnostics;
using System.Text;
using NkContentLint.Configuration;
using NkContentLint.Rules;
using NkContentLint.Running;

namespace NkContentLint.Benchmarks;

/// <summary>
/// Lints single large files of growing size (pure ASCII, and mixed scripts with some damage) and
/// prints time and MB/s per size: linear time shows as a flat MB/s column.
/// </summary>
internal static class ScalingBenchmark
{
    public static void Run(string scratch)
    {
        Directory.CreateDirectory(scratch);
        var analyzers = BuiltInAnalyzers.Create();
        foreach (var (name, unit) in new[] { ("ascii", AsciiUnit), ("mixed-scripts", MixedUnit) })
        {
            foreach (var megabytes in new[] { 1, 2, 5, 10 })
            {
                foreach (var oneLine in new[] { false, true })
                {
                    var path = Path.Combine(scratch, $"{name}-{megabytes}mb{(oneLine ? "-one-line" : string.Empty)}.md");
                    var bytes = Build(unit, megabytes * 1024 * 1024, oneLine);
                    File.WriteAllBytes(path, bytes);
                    var configuration = LintConfiguration.CreateDefault(scratch);
                    var request = new LintRequest([path], scratch, configuration, analyzers);
                    LintRunner.Run(request); // warm-up
                    var clock = Stopwatch.StartNew();
                    var result = LintRunner.Run(request);
                    clock.Stop();
                    var mb = bytes.Length / 1048576.0;
                    Console.WriteLine($"{name,-14} {mb,5:N1} MB {(oneLine ? "one line  " : "many lines")}: {clock.Elapsed.TotalSeconds,6:N2} s, {mb / clock.Elapsed.TotalSeconds,6:N1} MB/s, {result.Diagnostics.Length,6:N0} findings");
                    File.Delete(path);
                }
            }
        }
    }

    private const string AsciiUnit = "North Korea's intranet, Kwangmyong, opened in 2000 and has around 1,000 sites [report](https://example.org/r). ";

    private const string MixedUnit = "북한의 인트라넷 광명은 2000년에 개통되었다. Доступ к интернету ограничен. Le régime coupe l’accès — c’est ça. Größe über Straße. donâ€™t ";

    private static byte[] Build(string unit, int size, bool oneLine)
    {
        var unitBytes = Encoding.UTF8.GetByteCount(unit);
        var text = new StringBuilder(size);
        for (var written = 0; written < size; written += unitBytes)
        {
            text.Append(unit);
            if (!oneLine && (written / unitBytes) % 8 == 7)
            {
                text.Append("\n\n");
            }
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
