using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NkContentLint.Analysis;
using NkContentLint.Configuration;
using NkContentLint.Diagnostics;

namespace NkContentLint.LanguageServer;

/// <summary>How the server is started: by <c>nkcontentlint lsp</c>, or by tests with their own analyzers.</summary>
public sealed record LanguageServerOptions
{
    /// <summary>The analyzers to run; null means the built-in rules.</summary>
    public IReadOnlyList<ContentAnalyzer>? Analyzers { get; init; }

    /// <summary>The configuration file (<c>--config</c>); else the client's <c>configFile</c> option, else the nearest one.</summary>
    public string? ConfigFile { get; init; }

    /// <summary>Quiet time after the last edit before re-linting; the client's <c>debounceMs</c> option overrides it.</summary>
    public int DebounceMilliseconds { get; init; } = 150;

    /// <summary>The folder used when the client names no workspace.</summary>
    public string WorkingDirectory { get; init; } = Environment.CurrentDirectory;
}

/// <summary>
/// The language server: LSP over JSON-RPC on two streams, written on System.Text.Json. Requests are
/// handled in order on one loop; linting runs under one lock, on the loop (open, code action, hover)
/// or on the debounce worker (edits). Logs go to the log writer (stderr) and to the client as
/// <c>window/logMessage</c>; nothing but protocol messages is written to the output stream.
/// </summary>
public sealed class LanguageServer
{
    private const string FixAllCommand = "nkcontentlint.fixAll";

    private readonly JsonRpcConnection connection;
    private readonly TextWriter log;
    private readonly LanguageServerOptions options;
    private readonly object gate = new();
    private readonly Dictionary<string, OpenDocument> open = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> uris = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> published = new(StringComparer.Ordinal);
    private readonly HashSet<string> settingsProblemUris = new(StringComparer.Ordinal);
    private readonly HashSet<string> dirty = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode?>> pendingRequests = new();
    private readonly SemaphoreSlim editSignal = new(0);
    private readonly CancellationTokenSource stopping = new();
    private Dictionary<string, List<Diagnostic>> findings = new(StringComparer.Ordinal);
    private WorkspaceLinter? linter;
    private CodeActions? codeActions;
    private int debounce;
    private long dueAt;
    private int nextRequestId;
    private bool shutdownRequested;
    private bool watchSupported;
    private volatile string trace = "off";

    public LanguageServer(Stream input, Stream output, TextWriter log, LanguageServerOptions? options = null)
    {
        connection = new JsonRpcConnection(input, output);
        this.log = log;
        this.options = options ?? new LanguageServerOptions();
        debounce = this.options.DebounceMilliseconds;
    }

    /// <summary>Serves until <c>exit</c> or the end of the input; returns the process exit code (0 after <c>shutdown</c>).</summary>
    public async Task<int> RunAsync()
    {
        var worker = Task.Run(DebounceLoopAsync);
        try
        {
            while (true)
            {
                JsonNode? message;
                try
                {
                    message = await connection.ReadAsync(stopping.Token).ConfigureAwait(false);
                }
                catch (JsonException ex)
                {
                    Log(1, $"A message that is not JSON was ignored: {ex.Message}");
                    await SendAsync(Protocol.Error(null, -32700, "Parse error: " + ex.Message)).ConfigureAwait(false);
                    continue;
                }

                if (message is null)
                {
                    return shutdownRequested ? 0 : 1;
                }

                if (message is JsonObject obj && (string?)obj["method"] == "exit")
                {
                    return shutdownRequested ? 0 : 1;
                }

                await DispatchAsync(message).ConfigureAwait(false);
            }
        }
        finally
        {
            await stopping.CancelAsync().ConfigureAwait(false);
            editSignal.Release();
            try
            {
                await worker.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    private async Task DispatchAsync(JsonNode message)
    {
        var method = (string?)message["method"];
        var id = message["id"];
        if (method is null)
        {
            // A response to one of our requests (workspace/applyEdit, client/registerCapability).
            if (id is not null && int.TryParse(id.ToString(), out var responseId) && pendingRequests.TryRemove(responseId, out var waiting))
            {
                waiting.TrySetResult(message);
            }

            return;
        }

        var parameters = message["params"];
        try
        {
            if (id is null)
            {
                HandleNotification(method, parameters);
            }
            else if (method == "workspace/executeCommand")
            {
                // It waits for the client's answer to workspace/applyEdit, which this loop must go on reading.
                _ = Task.Run(() => ExecuteCommandAsync(id, parameters));
            }
            else
            {
                var (result, error) = HandleRequest(method, parameters);
                await SendAsync(error is null ? Protocol.Result(id, result) : Protocol.Error(id, error.Value.Code, error.Value.Message)).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Log(1, $"{method} failed: {ex.GetType().Name}: {ex.Message}");
            if (id is not null)
            {
                await SendAsync(Protocol.Error(id, -32603, $"{method} failed: {ex.GetType().Name}: {ex.Message}")).ConfigureAwait(false);
            }
        }

        await FlushOutboxAsync().ConfigureAwait(false);
    }

    private (JsonNode? Result, (int Code, string Message)? Error) HandleRequest(string method, JsonNode? parameters)
    {
        if (linter is null && method != "initialize")
        {
            return (null, (-32002, "The server is not initialized"));
        }

        return method switch
        {
            "initialize" => (Initialize(parameters), null),
            "shutdown" => (Shutdown(), null),
            "textDocument/codeAction" => (CodeAction(parameters), null),
            "textDocument/hover" => (Hover(parameters), null),
            _ => (null, (-32601, $"Method not found: {method}")),
        };
    }

    private void HandleNotification(string method, JsonNode? parameters)
    {
        if (linter is null)
        {
            return;
        }

        switch (method)
        {
            case "initialized":
                Initialized();
                break;
            case "textDocument/didOpen":
                DidOpen(parameters);
                break;
            case "textDocument/didChange":
                DidChange(parameters);
                break;
            case "textDocument/didClose":
                DidClose(parameters);
                break;
            case "textDocument/didSave":
                DidSave(parameters);
                break;
            case "workspace/didChangeWatchedFiles":
                DidChangeWatchedFiles(parameters);
                break;
            case "$/setTrace":
                trace = (string?)parameters?["value"] ?? "off";
                break;
        }
    }

    private JsonNode Initialize(JsonNode? parameters)
    {
        var rootPath = Protocol.PathOf((string?)parameters?["workspaceFolders"]?[0]?["uri"])
            ?? Protocol.PathOf((string?)parameters?["rootUri"])
            ?? (string?)parameters?["rootPath"]
            ?? options.WorkingDirectory;
        var init = parameters?["initializationOptions"];
        var configFile = options.ConfigFile ?? NonEmpty((string?)init?["configFile"]);
        if (init?["debounceMs"] is JsonValue value && value.TryGetValue<int>(out var ms) && ms >= 0)
        {
            debounce = ms;
        }

        watchSupported = (bool?)parameters?["capabilities"]?["workspace"]?["didChangeWatchedFiles"]?["dynamicRegistration"] ?? false;
        trace = (string?)parameters?["trace"] ?? "off";
        lock (gate)
        {
            linter = new WorkspaceLinter(rootPath, options.Analyzers, configFile);
            codeActions = new CodeActions();
            QueueSettingsProblems();
        }

        Log(3, $"nkcontentlint {ToolVersion} language server: workspace {linter.Root}, configuration {linter.Configuration.FilePath ?? "(defaults)"}, facts {linter.Facts.Version ?? "(none)"}");
        return new JsonObject
        {
            ["capabilities"] = new JsonObject
            {
                ["textDocumentSync"] = new JsonObject { ["openClose"] = true, ["change"] = 2, ["save"] = new JsonObject { ["includeText"] = false } },
                ["codeActionProvider"] = new JsonObject { ["codeActionKinds"] = new JsonArray("quickfix", CodeActions.FixAllKind) },
                ["hoverProvider"] = true,
                ["executeCommandProvider"] = new JsonObject { ["commands"] = new JsonArray(FixAllCommand) },
            },
            ["serverInfo"] = new JsonObject { ["name"] = "nkcontentlint", ["version"] = ToolVersion },
        };
    }

    private static string ToolVersion =>
        typeof(LanguageServer).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    private void Initialized()
    {
        if (watchSupported)
        {
            var watchers = new JsonArray(
                Watcher("**/*.md"), Watcher("**/*.markdown"), Watcher("**/.nkcontentlint.{yaml,yml,json}"), Watcher("**/*.{yaml,yml}"));
            _ = RequestAsync("client/registerCapability", new JsonObject
            {
                ["registrations"] = new JsonArray(new JsonObject
                {
                    ["id"] = "nkcontentlint-watch",
                    ["method"] = "workspace/didChangeWatchedFiles",
                    ["registerOptions"] = new JsonObject { ["watchers"] = watchers },
                }),
            });
        }

        // Findings for the whole workspace, so cross-file NK2004 sees every article from the start.
        lock (gate)
        {
            var clock = Stopwatch.StartNew();
            var files = linter!.DiscoverWorkspace();
            LintAndPublish(files);
            Log(3, $"Linted {files.Count} workspace article(s) in {clock.ElapsedMilliseconds} ms ({linter.LastPass})");
        }
    }

    private static JsonObject Watcher(string glob) => new() { ["globPattern"] = glob };

    private JsonNode? Shutdown()
    {
        shutdownRequested = true;
        return null;
    }

    private void DidOpen(JsonNode? parameters)
    {
        var item = parameters?["textDocument"];
        var uri = (string?)item?["uri"];
        if (uri is null)
        {
            return;
        }

        lock (gate)
        {
            var path = PathFor(uri);
            open[uri] = new OpenDocument(uri, path, (int?)item?["version"] ?? 0, new StringBuilder((string?)item?["text"] ?? string.Empty));
            uris[path] = uri;
            linter!.SetText(path, open[uri].Text.ToString());
            dirty.Remove(uri);
            LintAndPublish([path]);
        }
    }

    private void DidChange(JsonNode? parameters)
    {
        var uri = (string?)parameters?["textDocument"]?["uri"];
        lock (gate)
        {
            if (uri is null || !open.TryGetValue(uri, out var document))
            {
                return;
            }

            document.Version = (int?)parameters?["textDocument"]?["version"] ?? document.Version + 1;
            foreach (var change in parameters?["contentChanges"]?.AsArray() ?? [])
            {
                var text = (string?)change?["text"] ?? string.Empty;
                if (change?["range"] is { } range)
                {
                    var span = Protocol.ReadRange(range);
                    var start = OffsetOf(document.Text, span.Start);
                    var end = Math.Max(start, OffsetOf(document.Text, span.End));
                    document.Text.Remove(start, end - start).Insert(start, text);
                }
                else
                {
                    document.Text.Clear().Append(text);
                }
            }

            linter!.SetText(document.Path, document.Text.ToString());
            dirty.Add(uri);
            Interlocked.Exchange(ref dueAt, Environment.TickCount64 + debounce);
            if (debounce == 0)
            {
                // No quiet time wanted: lint on this thread, without a hop to the worker.
                FlushEditsFor(uri);
                return;
            }
        }

        editSignal.Release();
    }

    private void DidClose(JsonNode? parameters)
    {
        var uri = (string?)parameters?["textDocument"]?["uri"];
        lock (gate)
        {
            if (uri is null || !open.Remove(uri, out var document))
            {
                return;
            }

            dirty.Remove(uri);
            var keep = File.Exists(document.Path) && document.Path.StartsWith(linter!.Root, StringComparison.Ordinal) && linter.Configuration.IsIncluded(document.Path);
            linter!.Close(document.Path, keep);
            if (keep)
            {
                LintAndPublish([document.Path]);
            }
            else
            {
                Publish(uri, null, []);
                LintAndPublish([]);
            }
        }
    }

    private void DidSave(JsonNode? parameters)
    {
        // Clients without file watching still reload settings when one is saved in the editor.
        var path = Protocol.PathOf((string?)parameters?["textDocument"]?["uri"]);
        if (path is not null && IsSettingsFile(path))
        {
            lock (gate)
            {
                ReloadSettings();
            }
        }
    }

    private void DidChangeWatchedFiles(JsonNode? parameters)
    {
        lock (gate)
        {
            var reload = false;
            var changed = new List<string>();
            foreach (var change in parameters?["changes"]?.AsArray() ?? [])
            {
                var path = Protocol.PathOf((string?)change?["uri"]);
                if (path is null)
                {
                    continue;
                }

                if (IsSettingsFile(path))
                {
                    reload = true;
                }
                else if (path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase))
                {
                    var deleted = (int?)change?["type"] == 3;
                    var known = linter!.Contains(path);
                    linter.FileChanged(path, deleted);
                    if (deleted && known && !linter.Contains(path) && uris.Remove(path, out var goneUri))
                    {
                        Publish(goneUri, null, []);
                    }

                    if (linter.Contains(path))
                    {
                        changed.Add(path);
                    }
                }
            }

            if (reload)
            {
                ReloadSettings();
            }
            else if (changed.Count > 0)
            {
                LintAndPublish(changed);
            }
        }
    }

    private bool IsSettingsFile(string path) =>
        ConfigurationLoader.FileNames.Contains(Path.GetFileName(path), StringComparer.Ordinal)
        || linter!.SettingsFiles.Contains(path, StringComparer.Ordinal);

    /// <summary>Under the gate.</summary>
    private void ReloadSettings()
    {
        var clock = Stopwatch.StartNew();
        linter!.ReloadSettings();
        QueueSettingsProblems();
        linter.DiscoverWorkspace();
        LintAndPublish(linter.ArticlePaths.ToList());
        Log(3, $"Reloaded the configuration ({linter.Configuration.FilePath ?? "defaults"}) and fact packs ({linter.Facts.Version ?? "none"}) in {clock.ElapsedMilliseconds} ms"
            + (linter.SettingsProblems.Count > 0 ? $"; {linter.SettingsProblems.Count} problem(s), the last good settings stay in force" : string.Empty));
    }

    /// <summary>Publishes the configuration and fact-pack problems on their files (under the gate).</summary>
    private void QueueSettingsProblems()
    {
        var now = linter!.SettingsProblems.GroupBy(p => p.FullPath, StringComparer.Ordinal).ToList();
        var stale = settingsProblemUris.ToHashSet(StringComparer.Ordinal);
        settingsProblemUris.Clear();
        foreach (var group in now)
        {
            var uri = Protocol.UriFor(group.Key);
            stale.Remove(uri);
            settingsProblemUris.Add(uri);
            var diagnostics = group.Select(p =>
            {
                var position = new Microsoft.CodeAnalysis.Text.LinePosition(Math.Max(0, p.Error.Line - 1), Math.Max(0, p.Error.Column - 1));
                return (JsonNode)new JsonObject
                {
                    ["range"] = Protocol.Range(new(position, position)),
                    ["severity"] = 1,
                    ["source"] = Protocol.Source,
                    ["message"] = p.Error.Message + (p.Error.File != linter.DisplayPath(group.Key) ? $" ({p.Error.File})" : string.Empty),
                };
            });
            Publish(uri, null, Protocol.Array(diagnostics), force: true);
        }

        foreach (var uri in stale)
        {
            Publish(uri, null, [], force: true);
        }
    }

    private async Task DebounceLoopAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            await editSignal.WaitAsync(stopping.Token).ConfigureAwait(false);
            while (true)
            {
                var wait = Interlocked.Read(ref dueAt) - Environment.TickCount64;
                if (wait <= 0)
                {
                    break;
                }

                await Task.Delay(TimeSpan.FromMilliseconds(wait), stopping.Token).ConfigureAwait(false);
            }

            try
            {
                FlushEdits();
                await FlushOutboxAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
            {
                Log(1, $"Linting failed: {ex.GetType().Name}: {ex.Message}");
            }
        }
    }

    /// <summary>Lints the edited documents now, if any edit is waiting for the debounce.</summary>
    private void FlushEdits()
    {
        lock (gate)
        {
            if (dirty.Count == 0)
            {
                return;
            }

            var paths = dirty.Where(open.ContainsKey).Select(u => open[u].Path).ToList();
            dirty.Clear();
            LintAndPublish(paths);
        }
    }

    /// <summary>Lints the workspace and publishes what changed; <paramref name="changed"/> are always published (under the gate).</summary>
    private void LintAndPublish(IReadOnlyCollection<string> changed)
    {
        var previous = findings;
        findings = linter!.Lint(stopping.Token);
        if (trace != "off")
        {
            // $/logTrace: the client shows it in its trace output when the user turned tracing on.
            lock (outbox)
            {
                outbox.Add(Protocol.Notification("$/logTrace", new JsonObject { ["message"] = "lint pass: " + linter.LastPass }));
            }
        }

        var always = changed.ToHashSet(StringComparer.Ordinal);
        foreach (var (path, diagnostics) in findings)
        {
            // Most articles' findings do not move when another one is edited: those are not converted or sent again.
            if (!always.Contains(path) && previous.TryGetValue(path, out var before) && WorkspaceLinter.SameFindings(before, diagnostics))
            {
                continue;
            }

            var uri = uris.TryGetValue(path, out var known) ? known : uris[path] = Protocol.UriFor(path);
            var version = open.TryGetValue(uri, out var document) ? document.Version : (int?)null;
            Publish(uri, version, Protocol.Array(diagnostics.Select(ToLsp)), force: always.Contains(path));
        }
    }

    internal JsonObject ToLsp(Diagnostic diagnostic)
    {
        var result = new JsonObject
        {
            ["range"] = Protocol.Range(diagnostic.Location.LineSpan),
            ["severity"] = Protocol.Severity(diagnostic.Severity),
            ["code"] = diagnostic.Id,
            ["codeDescription"] = new JsonObject { ["href"] = diagnostic.Descriptor.HelpLinkUri },
            ["source"] = Protocol.Source,
            ["message"] = diagnostic.Message,
        };
        if (!diagnostic.RelatedLocations.IsEmpty)
        {
            result["relatedInformation"] = Protocol.Array(diagnostic.RelatedLocations.Select(r => (JsonNode)new JsonObject
            {
                ["location"] = new JsonObject
                {
                    ["uri"] = UriForDisplay(r.Location.Path),
                    ["range"] = Protocol.Range(r.Location.LineSpan),
                },
                ["message"] = r.Message,
            }));
        }

        if (codeActions!.IsUnnecessary(diagnostic))
        {
            result["tags"] = new JsonArray(1);
        }

        return result;
    }

    private string UriForDisplay(string displayPath)
    {
        var full = linter!.FullPathOf(displayPath) ?? Path.GetFullPath(displayPath, linter.Root);
        return uris.TryGetValue(full, out var uri) ? uri : Protocol.UriFor(full);
    }

    private readonly List<JsonNode> outbox = [];

    private void Publish(string uri, int? version, JsonArray diagnostics, bool force = false)
    {
        var key = diagnostics.ToJsonString();
        if (!force && published.TryGetValue(uri, out var last) && last == key)
        {
            return;
        }

        published[uri] = key;
        var parameters = new JsonObject { ["uri"] = uri };
        if (version is not null)
        {
            parameters["version"] = version;
        }

        parameters["diagnostics"] = diagnostics;
        lock (outbox)
        {
            outbox.Add(Protocol.Notification("textDocument/publishDiagnostics", parameters));
        }
    }

    private async Task FlushOutboxAsync()
    {
        List<JsonNode> messages;
        lock (outbox)
        {
            messages = [.. outbox];
            outbox.Clear();
        }

        foreach (var message in messages)
        {
            await SendAsync(message).ConfigureAwait(false);
        }
    }

    private JsonNode CodeAction(JsonNode? parameters)
    {
        var uri = (string?)parameters?["textDocument"]?["uri"] ?? string.Empty;
        var range = Protocol.ReadRange(parameters?["range"]);
        var only = parameters?["context"]?["only"]?.AsArray().Select(k => (string?)k).OfType<string>().ToList();
        lock (gate)
        {
            FlushEditsFor(uri);
            if (!open.TryGetValue(uri, out var document) || linter!.GetDocument(document.Path) is not { } content)
            {
                return new JsonArray();
            }

            var diagnostics = findings.GetValueOrDefault(document.Path) ?? [];
            return codeActions!.For(uri, content, diagnostics, range, only, ToLsp);
        }
    }

    private JsonNode? Hover(JsonNode? parameters)
    {
        var uri = (string?)parameters?["textDocument"]?["uri"] ?? string.Empty;
        var position = Protocol.ReadPosition(parameters?["position"]);
        lock (gate)
        {
            FlushEditsFor(uri);
            var path = open.TryGetValue(uri, out var document) ? document.Path : Protocol.PathOf(uri);
            var diagnostics = path is null ? [] : findings.GetValueOrDefault(path) ?? [];
            return Hovers.For(diagnostics, position, linter!.Facts);
        }
    }

    private void FlushEditsFor(string uri)
    {
        if (dirty.Contains(uri))
        {
            var paths = dirty.Where(open.ContainsKey).Select(u => open[u].Path).ToList();
            dirty.Clear();
            LintAndPublish(paths);
        }
    }

    private async Task ExecuteCommandAsync(JsonNode id, JsonNode? parameters)
    {
        try
        {
            var command = (string?)parameters?["command"];
            if (command != FixAllCommand)
            {
                await SendAsync(Protocol.Error(id, -32601, $"Unknown command: {command}")).ConfigureAwait(false);
                return;
            }

            var uri = (string?)parameters?["arguments"]?[0] ?? string.Empty;
            JsonObject? edit;
            lock (gate)
            {
                FlushEditsFor(uri);
                edit = open.TryGetValue(uri, out var document) && linter!.GetDocument(document.Path) is { } content
                    ? codeActions!.FixAllEdit(uri, content, findings.GetValueOrDefault(document.Path) ?? [])
                    : null;
            }

            await FlushOutboxAsync().ConfigureAwait(false);
            var applied = false;
            if (edit is not null)
            {
                var response = await RequestAsync("workspace/applyEdit", new JsonObject { ["label"] = "Fix all safe nkcontentlint problems", ["edit"] = edit }).ConfigureAwait(false);
                applied = (bool?)response?["result"]?["applied"] ?? false;
            }

            await SendAsync(Protocol.Result(id, new JsonObject { ["applied"] = applied })).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Log(1, $"workspace/executeCommand failed: {ex.GetType().Name}: {ex.Message}");
            await SendAsync(Protocol.Error(id, -32603, ex.Message)).ConfigureAwait(false);
        }
    }

    private async Task<JsonNode?> RequestAsync(string method, JsonNode parameters)
    {
        var requestId = Interlocked.Increment(ref nextRequestId);
        var waiting = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        pendingRequests[requestId] = waiting;
        await SendAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = requestId, ["method"] = method, ["params"] = parameters }).ConfigureAwait(false);
        var done = await Task.WhenAny(waiting.Task, Task.Delay(TimeSpan.FromSeconds(30), stopping.Token)).ConfigureAwait(false);
        pendingRequests.TryRemove(requestId, out _);
        return done == waiting.Task ? await waiting.Task.ConfigureAwait(false) : null;
    }

    private Task SendAsync(JsonNode message) => connection.WriteAsync(message, CancellationToken.None);

    /// <summary>Logs to stderr and to the client (<c>window/logMessage</c>; type 1 error … 4 log).</summary>
    private void Log(int type, string message)
    {
        lock (log)
        {
            log.WriteLine($"nkcontentlint lsp: {message}");
            log.Flush();
        }

        lock (outbox)
        {
            outbox.Add(Protocol.Notification("window/logMessage", new JsonObject { ["type"] = type, ["message"] = message }));
        }
    }

    private string PathFor(string uri) =>
        Protocol.PathOf(uri) ?? Path.Combine(linter!.Root, ".untitled", string.Concat(uri.Select(c => char.IsLetterOrDigit(c) || c is '-' or '.' ? c : '_')) + ".md");

    private static int OffsetOf(StringBuilder text, Microsoft.CodeAnalysis.Text.LinePosition position)
    {
        var line = 0;
        var i = 0;
        while (line < position.Line && i < text.Length)
        {
            var c = text[i++];
            if (c == '\r')
            {
                if (i < text.Length && text[i] == '\n')
                {
                    i++;
                }

                line++;
            }
            else if (c == '\n')
            {
                line++;
            }
        }

        var end = i;
        while (end < text.Length && text[end] is not '\r' and not '\n')
        {
            end++;
        }

        return Math.Min(end, i + position.Character);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private sealed class OpenDocument(string uri, string path, int version, StringBuilder text)
    {
        public string Uri { get; } = uri;

        public string Path { get; } = path;

        public int Version { get; set; } = version;

        public StringBuilder Text { get; } = text;
    }
}
