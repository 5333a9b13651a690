using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NkContentLint.Cli;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Hardening;

/// <summary>
/// Issue 12's fuzz test: mutated samples and corpus texts (bit flips, splices, truncation, control,
/// escape and bidi characters, upper-case magnitude suffixes such as 6K, hostile file names), linted
/// by the real CLI in batches. Every run must exit 0 or 1 with no NK0002 and no "internal error",
/// write valid JSON and SARIF, show no raw control character in text output, and <c>--fix</c> must
/// be idempotent. The seed is fixed, so a failure reproduces; the failing batch is kept on disk.
/// </summary>
/// <remarks>
/// CI runs <see cref="DefaultInputs"/> inputs. The long run (docs/fuzzing.md):
/// <c>NKCONTENTLINT_FUZZ_INPUTS=100000 dotnet test tests/NkContentLint.Tests --filter FullyQualifiedName~HardeningFuzzTests</c>,
/// optionally with <c>NKCONTENTLINT_FUZZ_SEED</c>; it prints its figures.
/// </remarks>
public sealed class HardeningFuzzTests
{
    public const int DefaultInputs = 3000;

    private const int BatchSize = 300;

    private static readonly string[] Suffixes = ["6K", "1.5K followers", "$5K", "12K users", "3M", "2B", "4.2BN", "7KM", "10K+", "5KB", "9MB", "1.1Bn", "8KK"];

    private static readonly string[] Hostile =
    [
        "\u001b[31m", "\u001b]0;title\u0007", "\u001b[8m", "\u0000", "\u0007", "\u0008", "\u000b", "\u000c", "\r", "\u0085", "\u009b",
        "\u202e", "\u202a", "\u2066", "\u2069", "\u200e", "\u061c", "\u200b", "\u00ad", "\ufeff", "\ufffd", "\ud800", "\udc00",
        "<!-- nkcontentlint-disable NK9999 -->", "<!-- nkcontentlint-disable -->", "<!-- nkcontentlint-enable -->", "<!-- nkcontentlint-disable-next-line NK1001 NK0000",
        "```", "~~~", "    ", "> ", "- ", "1. ", "| a | b |\n|---|---|\n", "[x]: http://", "](", "![", "<div>", "&amp;#8217;", "%20", "â€™", "Ã©",
        "\n---\ntitle: x\n---\n", "[^1]", "[^1]: ", "$$", "\\", "**", "__", "`", "<", "&#0;", "&#x110000;", "99999999999999999999999999%", "1e308 users",
    ];

    [Fact]
    public void MutatedArticlesNeverCrashHangOrCorruptAReport()
    {
        var inputs = int.TryParse(Environment.GetEnvironmentVariable("NKCONTENTLINT_FUZZ_INPUTS"), out var n) ? n : DefaultInputs;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("NKCONTENTLINT_FUZZ_SEED"), out var s) ? s : 12;
        var random = new Random(seed);
        var seeds = LoadSeeds();
        var watch = Stopwatch.StartNew();
        var findings = 0;
        var fixedFiles = 0;
        for (var done = 0; done < inputs; done += BatchSize)
        {
            using var temp = new TempDirectory();
            var count = Math.Min(BatchSize, inputs - done);
            for (var i = 0; i < count; i++)
            {
                temp.WriteBytes(Path.Combine("articles", FileName(random, done + i)), Mutate(random, seeds));
            }

            var (batchFindings, batchFixed) = CheckBatch(Path.Combine(temp.Path, "articles"), $"seed {seed}, inputs {done}..{done + count - 1}");
            findings += batchFindings;
            fixedFiles += batchFixed;
        }

        var figures = $"fuzz: {inputs} inputs, seed {seed}, {watch.Elapsed.TotalSeconds:F1} s ({inputs / watch.Elapsed.TotalSeconds:F0} inputs/s), {findings} findings, {fixedFiles} files fixed by --fix, 0 failures";
        TestContext.Current.TestOutputHelper?.WriteLine(figures);
        File.WriteAllText(Path.Combine(Path.GetTempPath(), $"nkcontentlint-fuzz-figures-{seed}-{inputs}.txt"), figures + "\n");
    }

    private static (int Findings, int Fixed) CheckBatch(string folder, string batch)
    {
        var (exit, text, error) = Run(folder, ["--format", "text", "--format", "json:../report.json", "--format", "sarif:../report.sarif", "--no-color"]);

        // On a failure only, the batch is copied where it survives the cleanup, and the message says where.
        void Check(bool condition, string what)
        {
            if (!condition)
            {
                Assert.Fail($"{what} ({batch}; kept in {Keep(folder)})");
            }
        }

        Check(exit is 0 or 1, $"exit {exit}: {error}");
        Check(!error.Contains("internal error", StringComparison.Ordinal), error);
        var raw = text.FirstOrDefault(c => (c < 0x20 && c is not '\n' and not '\t') || (c >= 0x7F && c <= 0x9F) || c is '\u202e' or '\u202a' or '\u2066');
        Check(raw == '\0', $"raw control character U+{(int)raw:X4} in text output");

        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "..", "report.json")));
        var diagnostics = json.RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        var crash = diagnostics.FirstOrDefault(d => d.GetProperty("ruleId").GetString() == "NK0002");
        Check(crash.ValueKind == JsonValueKind.Undefined, $"NK0002 {crash}");
        Check(Directory.GetFiles(folder).Length == json.RootElement.GetProperty("summary").GetProperty("filesChecked").GetInt32(), "files checked");

        using var sarif = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "..", "report.sarif")));
        Check(sarif.RootElement.GetProperty("version").GetString() == "2.1.0", "SARIF version");
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Check(diagnostics.Count == results.Count, "SARIF results and JSON diagnostics differ");
        foreach (var result in results)
        {
            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            Check(Uri.TryCreate(location.GetProperty("artifactLocation").GetProperty("uri").GetString(), UriKind.RelativeOrAbsolute, out _), "SARIF uri");
            Check(location.GetProperty("region").GetProperty("startLine").GetInt32() >= 1, "SARIF startLine");
        }

        // --fix reaches a fixed point in one run: a second run changes nothing.
        var before = Hashes(folder);
        var (fixExit, _, fixError) = Run(folder, ["--fix", "--quiet"]);
        Check(fixExit is 0 or 1, $"--fix exit {fixExit}: {fixError}");
        var afterFirst = Hashes(folder);
        var (againExit, again, againError) = Run(folder, ["--fix"]);
        Check(againExit is 0 or 1, $"second --fix exit {againExit}: {againError}");
        Check(again.Contains("Nothing to fix", StringComparison.Ordinal), $"second --fix: {again}");
        var changed = afterFirst.Where(h => !Hashes(folder).Contains(h)).ToList();
        Check(changed.Count == 0, $"a second --fix changed {changed.Count} files");
        return (diagnostics.Count, afterFirst.Count(h => !before.Contains(h)));
    }

    private static (int ExitCode, string Out, string Error) Run(string folder, string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(output, error, () => Stream.Null, folder, false, false, _ => null);
        var exit = CliApplication.Run(args, console);
        return (exit, output.ToString(), error.ToString());
    }

    private static HashSet<string> Hashes(string folder) =>
        Directory.GetFiles(folder).Select(f => Path.GetFileName(f) + ":" + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))).ToHashSet();

    /// <summary>Copies a failing batch where it survives the test's cleanup, and says where.</summary>
    private static string Keep(string folder)
    {
        var kept = Path.Combine(Path.GetTempPath(), "nkcontentlint-fuzz-failure-" + Path.GetFileName(Path.GetDirectoryName(folder)));
        Directory.CreateDirectory(kept);
        foreach (var file in Directory.GetFiles(folder))
        {
            File.Copy(file, Path.Combine(kept, Path.GetFileName(file)), overwrite: true);
        }

        return kept;
    }

    /// <summary>Whole articles (the samples and the real corpus pages), then the labelled corpus texts.</summary>
    private static (List<byte[]> Articles, List<byte[]> Texts) LoadSeeds()
    {
        var articles = Directory.GetFiles(RepositoryPaths.Combine("samples"), "*.md")
            .Concat(Directory.GetFiles(RepositoryPaths.Combine("tests", "corpora"), "*.md", SearchOption.AllDirectories))
            .Where(f => Path.GetFileName(f) is not ("README.md" or "LABELLING.md"))
            .Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        var seeds = new List<byte[]>();
        foreach (var corpus in Directory.GetFiles(RepositoryPaths.Combine("tests", "corpora"), "labelled.jsonl", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(corpus).Where(l => l.Length > 0))
            {
                using var item = JsonDocument.Parse(line);
                seeds.Add(Encoding.UTF8.GetBytes(item.RootElement.GetProperty("text").GetString()!));
            }
        }

        return (articles, seeds);
    }

    private static string FileName(Random random, int index)
    {
        var twist = random.Next(12) switch
        {
            0 => "\u001b[31m",
            1 => "back\\slash",
            2 => " sp ace,colon:%25",
            3 => "\u202e",
            _ => string.Empty,
        };
        return $"f{index:D6}{twist}.md";
    }

    private static byte[] Mutate(Random random, (List<byte[]> Articles, List<byte[]> Texts) all)
    {
        var seeds = all.Texts;
        // An article: a sample, or several corpus texts joined as paragraphs, headings and list items.
        var bytes = new List<byte>();
        if (random.Next(4) == 0)
        {
            bytes.AddRange(all.Articles[random.Next(all.Articles.Count)]);
        }
        else
        {
            var parts = random.Next(1, 16);
            bytes.AddRange("# Title\n\n"u8.ToArray());
            for (var i = 0; i < parts; i++)
            {
                var prefix = random.Next(6) switch { 0 => "## Section\n\n", 1 => "- ", 2 => "> ", 3 => "1. ", _ => string.Empty };
                bytes.AddRange(Encoding.UTF8.GetBytes(prefix));
                bytes.AddRange(seeds[random.Next(seeds.Count)]);
                bytes.AddRange("\n\n"u8.ToArray());
            }
        }

        var mutations = random.Next(0, 5);
        for (var m = 0; m < mutations && bytes.Count > 0; m++)
        {
            var at = random.Next(bytes.Count + 1);
            switch (random.Next(7))
            {
                case 0: // bit flips
                    for (var k = random.Next(1, 4); k > 0; k--)
                    {
                        var i = random.Next(bytes.Count);
                        bytes[i] ^= (byte)(1 << random.Next(8));
                    }

                    break;
                case 1: // splice in a piece of another seed
                    var other = seeds[random.Next(seeds.Count)];
                    var from = random.Next(other.Length);
                    bytes.InsertRange(at, other.Skip(from).Take(random.Next(1, 400)));
                    break;
                case 2: // truncate
                    bytes.RemoveRange(at, bytes.Count - at);
                    break;
                case 3: // control, escape, bidi and Markdown debris
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(Hostile[random.Next(Hostile.Length)]));
                    break;
                case 4: // an upper-case magnitude suffix (6K, $5K, 1.5K followers)
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes($" {Suffixes[random.Next(Suffixes.Length)]} "));
                    break;
                case 5: // CRLF or a BOM
                    if (random.Next(2) == 0)
                    {
                        var crlf = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes.ToArray()).Replace("\n", "\r\n", StringComparison.Ordinal));
                        bytes = [.. crlf];
                    }
                    else
                    {
                        bytes.InsertRange(0, new byte[] { 0xEF, 0xBB, 0xBF });
                    }

                    break;
                default: // a random byte run
                    var run = new byte[random.Next(1, 16)];
                    random.NextBytes(run);
                    bytes.InsertRange(at, run);
                    break;
            }
        }

        return [.. bytes];
    }
}
