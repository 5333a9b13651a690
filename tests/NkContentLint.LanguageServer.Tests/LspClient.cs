using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace NkContentLint.LanguageServer.Tests;

/// <summary>
/// A minimal LSP client for tests: frames messages on the server's stdin, reads its stdout strictly
/// (anything that is not a framed message fails the test: the server must never print to stdout),
/// answers the server's requests, and records every message both ways for failure reports.
/// </summary>
public sealed class LspClient : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly Stream input;
    private readonly Stream output;
    private readonly Process? process;
    private readonly Task reader;
    private readonly List<JsonNode> received = [];
    private readonly StringBuilder transcript = new();
    private readonly StringBuilder stderr = new();
    private readonly SemaphoreSlim arrived = new(0);
    private Exception? readerFailure;

    private LspClient(Stream toServer, Stream fromServer, Process? process)
    {
        input = toServer;
        output = fromServer;
        this.process = process;
        reader = Task.Run(ReadLoopAsync);
    }

    /// <summary>How to answer <c>workspace/applyEdit</c>: record the edit and say it was applied.</summary>
    public List<JsonNode> AppliedEdits { get; } = [];

    public string Transcript
    {
        get
        {
            lock (transcript)
            {
                return transcript + (stderr.Length > 0 ? "\n--- server stderr ---\n" + stderr : string.Empty);
            }
        }
    }

    public string ServerLog
    {
        get
        {
            lock (transcript)
            {
                return stderr.ToString();
            }
        }
    }

    /// <summary>Starts the real <c>nkcontentlint lsp --stdio</c> from the test output folder.</summary>
    public static LspClient StartProcess(string workingDirectory, params string[] extraArguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "nkcontentlint.dll"));
        start.ArgumentList.Add("lsp");
        start.ArgumentList.Add("--stdio");
        foreach (var argument in extraArguments)
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        var client = new LspClient(process.StandardInput.BaseStream, process.StandardOutput.BaseStream, process);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (client.transcript)
                {
                    client.stderr.AppendLine(e.Data);
                }
            }
        };
        process.BeginErrorReadLine();
        return client;
    }

    /// <summary>A client on streams connected to an in-process server (tests that plug in their own analyzers).</summary>
    public static LspClient Connect(Stream toServer, Stream fromServer) => new(toServer, fromServer, null);

    public async Task SendAsync(JsonNode message)
    {
        message["jsonrpc"] = "2.0";
        var body = JsonSerializer.SerializeToUtf8Bytes(message);
        lock (transcript)
        {
            transcript.Append("--> ").AppendLine(message.ToJsonString());
        }

        await input.WriteAsync(Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"));
        await input.WriteAsync(body);
        await input.FlushAsync();
    }

    /// <summary>Writes raw bytes (malformed input tests).</summary>
    public async Task SendRawAsync(byte[] bytes)
    {
        lock (transcript)
        {
            transcript.Append("--> (raw) ").AppendLine(Encoding.UTF8.GetString(bytes));
        }

        await input.WriteAsync(bytes);
        await input.FlushAsync();
    }

    public Task NotifyAsync(string method, JsonNode? parameters) =>
        SendAsync(new JsonObject { ["method"] = method, ["params"] = parameters });

    private int nextId;

    public async Task<JsonNode> RequestAsync(string method, JsonNode? parameters)
    {
        var id = Interlocked.Increment(ref nextId);
        await SendAsync(new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters });
        return await WaitForAsync(m => m["method"] is null && (int?)m["id"] == id, $"the response to {method} (id {id})");
    }

    /// <summary>The next message (after those already consumed) that matches; earlier non-matching ones stay unconsumed.</summary>
    public async Task<JsonNode> WaitForAsync(Func<JsonNode, bool> match, string what, TimeSpan? timeout = null, Func<string>? explain = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? Timeout);
        while (true)
        {
            lock (received)
            {
                for (var i = 0; i < received.Count; i++)
                {
                    if (match(received[i]))
                    {
                        var found = received[i];
                        received.RemoveAt(i);
                        return found;
                    }
                }
            }

            if (readerFailure is not null)
            {
                Assert.Fail($"Reading the server's output failed while waiting for {what}: {readerFailure.Message}\n{Transcript}");
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || (reader.IsCompleted && !await arrived.WaitAsync(0)))
            {
                Assert.Fail($"No {what} from the server{(explain?.Invoke() is { Length: > 0 } why ? "\nClosest: " + why : string.Empty)}\n--- transcript ---\n{Transcript}");
            }

            await arrived.WaitAsync(left < TimeSpan.FromMilliseconds(200) ? left : TimeSpan.FromMilliseconds(200));
        }
    }

    public Task<JsonNode> WaitForDiagnosticsAsync(string uri, Func<JsonArray, bool>? until = null) =>
        WaitForAsync(
            m => (string?)m["method"] == "textDocument/publishDiagnostics" && (string?)m["params"]?["uri"] == uri
                && (until is null || until(m["params"]!["diagnostics"]!.AsArray())),
            $"publishDiagnostics for {uri}");

    /// <summary>Sends shutdown and exit, and returns the process's exit code.</summary>
    public async Task<int> ShutdownAsync()
    {
        var response = await RequestAsync("shutdown", null);
        Assert.Null(response["error"]);
        await NotifyAsync("exit", null);
        if (process is null)
        {
            return 0;
        }

        using var cancel = new CancellationTokenSource(Timeout);
        await process.WaitForExitAsync(cancel.Token);
        return process.ExitCode;
    }

    /// <summary>Waits for the server process to end and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(CancellationToken cancellationToken)
    {
        Assert.NotNull(process);
        await process.WaitForExitAsync(cancellationToken);
        return process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (process is not null)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            await process.WaitForExitAsync();
            process.Dispose();
        }
    }

    private async Task ReadLoopAsync()
    {
        try
        {
            while (true)
            {
                var length = -1;
                while (true)
                {
                    var line = await ReadLineAsync();
                    if (line is null)
                    {
                        return;
                    }

                    if (line.Length == 0)
                    {
                        break;
                    }

                    var colon = line.IndexOf(':', StringComparison.Ordinal);
                    var name = colon > 0 ? line[..colon] : line;
                    if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
                    {
                        length = int.Parse(line[(colon + 1)..].Trim(), CultureInfo.InvariantCulture);
                    }
                    else if (!name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
                    {
                        throw new InvalidDataException($"the server wrote something that is not an LSP header to stdout: '{line}'");
                    }
                }

                if (length < 0)
                {
                    throw new InvalidDataException("a message without Content-Length");
                }

                var body = new byte[length];
                await output.ReadExactlyAsync(body);
                var message = JsonNode.Parse(body)!;
                lock (transcript)
                {
                    transcript.Append("<-- ").AppendLine(message.ToJsonString());
                }

                if (message["method"] is not null && message["id"] is not null)
                {
                    await AnswerAsync(message);
                }

                lock (received)
                {
                    received.Add(message);
                }

                arrived.Release();
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            readerFailure = ex;
            arrived.Release();
        }
    }

    private async Task AnswerAsync(JsonNode request)
    {
        JsonNode? result = null;
        if ((string?)request["method"] == "workspace/applyEdit")
        {
            lock (AppliedEdits)
            {
                AppliedEdits.Add(request["params"]!["edit"]!.DeepClone());
            }

            result = new JsonObject { ["applied"] = true };
        }

        await SendAsync(new JsonObject { ["id"] = request["id"]!.DeepClone(), ["result"] = result });
    }

    private readonly byte[] one = new byte[1];

    private async Task<string?> ReadLineAsync()
    {
        var line = new StringBuilder();
        while (true)
        {
            if (await output.ReadAsync(one) == 0)
            {
                if (line.Length > 0)
                {
                    throw new InvalidDataException($"the server's stdout ended inside a header: '{line}'");
                }

                return null;
            }

            if (one[0] == '\n')
            {
                var text = line.ToString();
                if (!text.EndsWith('\r'))
                {
                    throw new InvalidDataException($"a header line not ended by CRLF: '{text}'");
                }

                return text[..^1];
            }

            line.Append((char)one[0]);
        }
    }
}
