using System.Collections.Immutable;
using System.IO.Pipes;
using System.Text;
using System.Text.Json.Nodes;
using NkContentLint.Analysis;
using NkContentLint.Diagnostics;
using NkContentLint.Documents;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.LanguageServer.Tests;

/// <summary>Bad input and failing rules: the server reports them and keeps serving.</summary>
public sealed class ServerRobustnessTests
{
    [Fact]
    public async Task AnExceptionInARuleIsNk0002OnTheDocumentAndTheOtherRulesStillReport()
    {
        using var workspace = new TempDirectory();
        var analyzers = NkContentLint.Rules.BuiltInAnalyzers.Create().Add(new ThrowingAnalyzer());
        await using var session = InProcess.Start(workspace.Path, analyzers);
        var client = session.Client;
        await Initialize(client, workspace.Path);
        var uri = new Uri(Path.Combine(workspace.Path, "a.md")).AbsoluteUri;
        await client.NotifyAsync("textDocument/didOpen", Open(uri, "# Title\n\n## Access\n\n## Access\n"));

        var diagnostics = (await client.WaitForDiagnosticsAsync(uri))["params"]!["diagnostics"]!.AsArray();
        var failure = Assert.Single(diagnostics, d => (string?)d!["code"] == "NK0002");
        Assert.Equal("Rule ThrowingAnalyzer failed on this file and was skipped for it: InvalidOperationException: planted failure", (string?)failure!["message"]);
        Assert.Equal(1, (int?)failure["severity"]);
        Assert.Contains(diagnostics, d => (string?)d!["code"] == "NK3001");

        // The server is alive: a hover on the heading still answers.
        var hover = await client.RequestAsync("textDocument/hover", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = uri },
            ["position"] = new JsonObject { ["line"] = 4, ["character"] = 4 },
        });
        Assert.Contains("NK3001", (string?)hover["result"]!["contents"]!["value"]);
    }

    [Fact]
    public async Task ABodyThatIsNotJsonIsAnsweredWithAParseErrorAndTheServerGoesOn()
    {
        using var workspace = new TempDirectory();
        await using var client = LspClient.StartProcess(workspace.Path);
        await client.SendRawAsync(Encoding.ASCII.GetBytes("Content-Length: 9\r\n\r\n{not json"));
        var error = await client.WaitForAsync(m => m["error"] is not null, "a parse error");
        Assert.Equal(-32700, (int?)error["error"]!["code"]);

        await Initialize(client, workspace.Path);
        var uri = new Uri(Path.Combine(workspace.Path, "a.md")).AbsoluteUri;
        await client.NotifyAsync("textDocument/didOpen", Open(uri, "Kin Jong-un spoke.\n"));
        var diagnostics = (await client.WaitForDiagnosticsAsync(uri))["params"]!["diagnostics"]!.AsArray();
        Assert.Equal("NK2002", (string?)Assert.Single(diagnostics)!["code"]);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task ExitWithoutShutdownEndsWithCode1AndLogsGoToStderrNotStdout()
    {
        using var workspace = new TempDirectory();
        await using var client = LspClient.StartProcess(workspace.Path);
        await Initialize(client, workspace.Path);
        await client.NotifyAsync("exit", null);
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        Assert.Equal(1, await client.WaitForExitAsync(cancel.Token));

        // The strict reader would have failed on anything unframed on stdout; the log went to stderr.
        Assert.Contains("nkcontentlint lsp: ", client.ServerLog);
    }

    [Fact]
    public async Task RequestsBeforeInitializeAreRefusedNotCrashed()
    {
        using var workspace = new TempDirectory();
        await using var client = LspClient.StartProcess(workspace.Path);
        var response = await client.RequestAsync("textDocument/hover", new JsonObject());
        Assert.Equal(-32002, (int?)response["error"]!["code"]);
        await Initialize(client, workspace.Path);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task AnUntitledBufferIsLintedAndClosingItClearsItsFindings()
    {
        using var workspace = new TempDirectory();
        await using var client = LspClient.StartProcess(workspace.Path);
        await Initialize(client, workspace.Path);
        const string uri = "untitled:Untitled-1";
        await client.NotifyAsync("textDocument/didOpen", Open(uri, "Kin Jong-un spoke.\n"));
        var diagnostics = (await client.WaitForDiagnosticsAsync(uri, d => d.Count > 0))["params"]!["diagnostics"]!.AsArray();
        Assert.Equal("NK2002", (string?)Assert.Single(diagnostics)!["code"]);

        await client.NotifyAsync("textDocument/didClose", new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = uri } });
        await client.WaitForDiagnosticsAsync(uri, d => d.Count == 0);
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Theory]
    [InlineData("# Title\n\nKin Jong-un spoke.\n", 2, "<!-- nkcontentlint-disable-next-line NK2002 -- TODO: say why this is right -->\nKin Jong-un spoke.")]
    [InlineData("# Title\n\nA first line,\nthen Kin Jong-un spoke.\n", 3, "then Kin Jong-un spoke. <!-- nkcontentlint-disable-line NK2002 -- TODO: say why this is right -->")]
    [InlineData("# Title\r\n\r\n  Kin Jong-un spoke.\r\n", 2, "  <!-- nkcontentlint-disable-next-line NK2002 -- TODO: say why this is right -->\r\n  Kin Jong-un spoke.")]
    public void SuppressionsGoOnTheirOwnLineBeforeABlockAndAtTheLineEndInsideAParagraph(string text, int line, string expectedLines)
    {
        var document = ContentDocument.Parse("a.md", text);
        var start = text.IndexOf("Kin", StringComparison.Ordinal);
        var diagnostic = Diagnostic.Create(
            new DiagnosticDescriptor("NK2002", "Misspelled name", "{0}", "Facts", DiagnosticSeverity.Warning, "A name."),
            document.GetLocation(new Microsoft.CodeAnalysis.Text.TextSpan(start, 11)),
            "Kin Jong-un");
        Assert.Equal(line, diagnostic.Location.LineSpan.Start.Line);

        var change = CodeActions.Suppress(document, diagnostic);
        var fixedText = text[..change.Span.Start] + change.NewText + text[change.Span.End..];
        Assert.Contains(expectedLines, fixedText);

        // The directive really suppresses the finding.
        var again = ContentDocument.Parse("a.md", fixedText);
        var directive = Assert.Single(NkContentLint.Suppressions.SuppressionParser.Parse(again));
        Assert.True(directive.Covers("NK2002"));
        Assert.Equal("TODO: say why this is right", directive.Reason);
    }

    internal static Task Initialize(LspClient client, string root) => client.RequestAsync("initialize", new JsonObject
    {
        ["processId"] = null,
        ["rootUri"] = new Uri(root).AbsoluteUri,
        ["capabilities"] = new JsonObject(),
        ["initializationOptions"] = new JsonObject { ["debounceMs"] = 0 },
    }).ContinueWith(async t =>
    {
        Assert.NotNull((await t)["result"]);
        await client.NotifyAsync("initialized", new JsonObject());
    }).Unwrap();

    internal static JsonObject Open(string uri, string text) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "markdown", ["version"] = 1, ["text"] = text },
    };

    private sealed class ThrowingAnalyzer : ContentAnalyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("NK9999", "Always fails", "{0}", "Test", DiagnosticSeverity.Warning, "A rule that throws.");

        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

        public override void Initialize(AnalysisContext context) =>
            context.RegisterDocumentAction(_ => throw new InvalidOperationException("planted failure"));
    }

    /// <summary>A server in this process on anonymous pipes, for tests that plug in their own analyzers.</summary>
    private sealed class InProcess : IAsyncDisposable
    {
        private readonly AnonymousPipeServerStream toServer = new(PipeDirection.Out);
        private readonly AnonymousPipeServerStream fromServer = new(PipeDirection.In);
        private readonly Task<int> running;

        private InProcess(string root, IReadOnlyList<ContentAnalyzer> analyzers)
        {
            var serverIn = new AnonymousPipeClientStream(PipeDirection.In, toServer.ClientSafePipeHandle);
            var serverOut = new AnonymousPipeClientStream(PipeDirection.Out, fromServer.ClientSafePipeHandle);
            var server = new LanguageServer(serverIn, serverOut, TextWriter.Null, new LanguageServerOptions { Analyzers = analyzers, WorkingDirectory = root });
            running = Task.Run(server.RunAsync);
            Client = LspClient.Connect(toServer, fromServer);
        }

        public LspClient Client { get; }

        public static InProcess Start(string root, IReadOnlyList<ContentAnalyzer> analyzers) => new(root, analyzers);

        public async ValueTask DisposeAsync()
        {
            await Client.ShutdownAsync();
            Assert.Equal(0, await running.WaitAsync(TimeSpan.FromSeconds(30)));
            toServer.Dispose();
            fromServer.Dispose();
        }
    }
}
