namespace NkContentLint.LanguageServer;

/// <summary>The entry point <c>nkcontentlint lsp</c> calls: serve LSP on standard input and output.</summary>
public static class LanguageServerHost
{
    public static int RunOnStandardStreams(TextWriter log, LanguageServerOptions? options = null)
    {
        // Nothing but protocol messages may reach stdout: anything written to Console.Out goes to stderr instead.
        var stdout = Console.OpenStandardOutput();
        Console.SetOut(log);
        using var stdin = new BufferedStream(Console.OpenStandardInput());
        var server = new LanguageServer(stdin, stdout, log, options);
        return server.RunAsync().GetAwaiter().GetResult();
    }
}
