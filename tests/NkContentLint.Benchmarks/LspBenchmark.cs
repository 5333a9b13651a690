using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NkContentLint.Benchmarks;

/// <summary>
/// Re-lint latency of the language server as an editor sees it: the real <c>nkcontentlint lsp</c>
/// process over its stdio, a generated workspace (so the cross-file NK2004 pass runs over every
/// article), one ~10 KB article open, and small edits. Each figure is the time from writing a
/// <c>didChange</c> to reading the <c>publishDiagnostics</c> for that version, with the debounce set
/// to 0 (so it is excluded). Prints numbers; asserts nothing.
///   dotnet run -c Release --project tests/NkContentLint.Benchmarks -- --lsp [--files 100] [--size 10] [--edits 50] [--warmup 20]
/// </summary>
internal static class LspBenchmark
{
    public static int Run(string[] args, string repoRoot)
    {
        int files = 100, size = 10, edits = 50, warmup = 20;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length && int.TryParse(args[i + 1], out var v) && v > 0 ? v : -1;
            switch (args[i])
            {
                case "--files" when value > 0: files = value; i++; break;
                case "--size" when value > 0: size = value; i++; break;
                case "--edits" when value > 0: edits = value; i++; break;
                case "--warmup" when value > 0: warmup = value; i++; break;
                default:
                    Console.Error.WriteLine("usage: --lsp [--files N (workspace articles, default 100)] [--size KB (default 10)] [--edits N (default 50)] [--warmup N (default 20)]");
                    return 2;
            }
        }

        var workspace = Path.Combine(repoRoot, ".bench", $"lsp-{files}x{size}k");
        if (Directory.Exists(workspace))
        {
            Directory.Delete(workspace, recursive: true);
        }

        var (count, bytes) = CorpusGenerator.Generate(workspace, files, size, seed: 42);
        var target = Directory.EnumerateFiles(workspace, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        var text = File.ReadAllText(target);
        var load = File.Exists("/proc/loadavg") ? $", load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}" : string.Empty;
        Console.WriteLine($"machine:   {Environment.ProcessorCount} cores{load}, {RuntimeInformation.OSDescription.Trim()}, {RuntimeInformation.FrameworkDescription}");
        Console.WriteLine($"workspace: {count} articles, {bytes / 1024.0 / 1024.0:N1} MB; open article {Path.GetFileName(target)}, {Encoding.UTF8.GetByteCount(text) / 1024.0:N1} KB");

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workspace,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "nkcontentlint.dll"), "lsp", "--stdio" })
        {
            start.ArgumentList.Add(argument);
        }

        using var server = Process.Start(start)!;
        server.ErrorDataReceived += (_, _) => { };
        server.BeginErrorReadLine();
        var client = new Client(server.StandardInput.BaseStream, server.StandardOutput.BaseStream);
        var uri = new Uri(target).AbsoluteUri;

        var clock = Stopwatch.StartNew();
        client.Send(new JsonObject
        {
            ["id"] = 1,
            ["method"] = "initialize",
            ["params"] = new JsonObject { ["rootUri"] = new Uri(workspace).AbsoluteUri, ["capabilities"] = new JsonObject(), ["initializationOptions"] = new JsonObject { ["debounceMs"] = 0 } },
        });
        client.WaitFor(m => (int?)m["id"] == 1 && m["method"] is null);
        client.Send(new JsonObject { ["method"] = "initialized", ["params"] = new JsonObject() });
        client.WaitFor(m => (string?)m["method"] == "window/logMessage" && ((string?)m["params"]?["message"])?.StartsWith("Linted ", StringComparison.Ordinal) == true);
        Console.WriteLine($"start:     initialize + lint of the whole workspace {clock.Elapsed.TotalMilliseconds:N0} ms (process start and JIT included)");

        client.Send(new JsonObject
        {
            ["method"] = "textDocument/didOpen",
            ["params"] = new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "markdown", ["version"] = 1, ["text"] = text } },
        });
        var opened = client.WaitFor(m => IsPublish(m, uri, 1));

        // Edits at prose lines spread over the article: insert a word, then take it out again.
        var lines = text.Split('\n');
        var prose = Enumerable.Range(0, lines.Length).Where(i => lines[i].Length > 20 && char.IsLetter(lines[i][0])).ToArray();
        var version = 1;
        var samples = new List<double>();
        var cpuBefore = TimeSpan.Zero;
        JsonNode? last = opened;
        for (var i = 0; i < warmup + edits; i++)
        {
            var line = prose[(i / 2 * 7) % prose.Length];
            var column = lines[line].Length;
            var insert = i % 2 == 0;
            var range = new JsonObject
            {
                ["start"] = new JsonObject { ["line"] = line, ["character"] = column },
                ["end"] = new JsonObject { ["line"] = line, ["character"] = insert ? column : column + 6 },
            };
            version++;
            if (i == warmup)
            {
                server.Refresh();
                cpuBefore = server.TotalProcessorTime;
            }

            var sent = Stopwatch.GetTimestamp();
            client.Send(new JsonObject
            {
                ["method"] = "textDocument/didChange",
                ["params"] = new JsonObject
                {
                    ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version },
                    ["contentChanges"] = new JsonArray(new JsonObject { ["range"] = range, ["text"] = insert ? " today" : string.Empty }),
                },
            });
            var v = version;
            last = client.WaitFor(m => IsPublish(m, uri, v));
            if (i >= warmup)
            {
                samples.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
            }
        }

        server.Refresh();
        var cpuPerEdit = (server.TotalProcessorTime - cpuBefore).TotalMilliseconds / edits;
        samples.Sort();
        double Percentile(double p) => samples[(int)Math.Min(samples.Count - 1, Math.Round(p * (samples.Count - 1)))];
        var findings = last!["params"]!["diagnostics"]!.AsArray();
        Console.WriteLine($"re-lint:   didChange -> publishDiagnostics over {samples.Count} edits after {warmup} warm-up: median {Percentile(0.5):N1} ms, p90 {Percentile(0.9):N1} ms, min {samples[0]:N1} ms, max {samples[^1]:N1} ms (debounce 0)");
        Console.WriteLine($"           server CPU time per edit (all its threads, GC included): {cpuPerEdit:N1} ms; unlike wall time it does not grow when other processes compete for the cores");
        Console.WriteLine($"findings:  {findings.Count} on the open article, {findings.Count(d => (string?)d!["code"] == "NK2004")} of them NK2004");

        // The engine's share, in this process: WorkspaceLinter.Lint after an edit (no protocol, no JSON).
        var linter = new NkContentLint.LanguageServer.WorkspaceLinter(workspace);
        linter.DiscoverWorkspace();
        linter.Lint();
        var inProcess = new List<double>();
        var local = new List<double>();
        var edited = text;
        for (var i = 0; i < warmup + edits; i++)
        {
            edited = i % 2 == 0 ? edited.Replace("\n\n", " today\n\n", StringComparison.Ordinal) : text;
            var t0 = Stopwatch.GetTimestamp();
            linter.SetText(target, edited);
            linter.Lint();
            if (i >= warmup)
            {
                inProcess.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
            }
        }

        inProcess.Sort();
        var unchanged = new List<double>();
        for (var i = 0; i < edits; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            linter.Lint();
            unchanged.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
        }

        unchanged.Sort();
        var lastPass = linter.LastPass;
        var parseOnly = new List<double>();
        for (var i = 0; i < edits; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            var doc = NkContentLint.Documents.ContentDocument.Parse("x.md", text + i);
            _ = doc.Claims;
            _ = doc.Sentences;
            parseOnly.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
        }

        parseOnly.Sort();
        Console.WriteLine($"engine:    WorkspaceLinter.Lint after an edit, in-process: median {inProcess[inProcess.Count / 2]:N1} ms, min {inProcess[0]:N1} ms");
        Console.WriteLine($"           of which: a pass with nothing changed {unchanged[unchanged.Count / 2]:N1} ms; parsing the article with its claims {parseOnly[parseOnly.Count / 2]:N1} ms");
        Console.WriteLine($"           the last unchanged pass: {lastPass}");


        client.Send(new JsonObject { ["id"] = 2, ["method"] = "shutdown" });
        client.WaitFor(m => (int?)m["id"] == 2 && m["method"] is null);
        client.Send(new JsonObject { ["method"] = "exit" });
        server.WaitForExit(10_000);
        Directory.Delete(workspace, recursive: true);
        return 0;
    }

    private static bool IsPublish(JsonNode message, string uri, int version) =>
        (string?)message["method"] == "textDocument/publishDiagnostics" && (string?)message["params"]?["uri"] == uri && (int?)message["params"]?["version"] == version;

    /// <summary>Just enough of an LSP client: framing, and waiting for a message (server requests are answered with null).</summary>
    private sealed class Client(Stream input, Stream output)
    {
        public void Send(JsonObject message)
        {
            message["jsonrpc"] = "2.0";
            var body = JsonSerializer.SerializeToUtf8Bytes(message);
            input.Write(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
            input.Write(body);
            input.Flush();
        }

        public JsonNode WaitFor(Func<JsonNode, bool> match)
        {
            while (true)
            {
                var message = Read() ?? throw new InvalidOperationException("the server closed its output");
                if (message["method"] is not null && message["id"] is not null)
                {
                    Send(new JsonObject { ["id"] = message["id"]!.DeepClone(), ["result"] = null });
                }

                if (match(message))
                {
                    return message;
                }
            }
        }

        private JsonNode? Read()
        {
            var length = -1;
            var line = new StringBuilder();
            while (true)
            {
                var b = output.ReadByte();
                if (b < 0)
                {
                    return null;
                }

                if (b != '\n')
                {
                    line.Append((char)b);
                    continue;
                }

                var header = line.ToString().TrimEnd('\r');
                line.Clear();
                if (header.Length == 0)
                {
                    break;
                }

                if (header.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                {
                    length = int.Parse(header["Content-Length:".Length..].Trim(), CultureInfo.InvariantCulture);
                }
            }

            var body = new byte[length];
            output.ReadExactly(body);
            return JsonNode.Parse(body);
        }
    }
}
