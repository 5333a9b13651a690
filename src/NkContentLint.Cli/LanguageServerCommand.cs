using System.CommandLine;
using NkContentLint.LanguageServer;

namespace NkContentLint.Cli;

/// <summary><c>nkcontentlint lsp</c>: starts the language server on stdin/stdout; everything else is in NkContentLint.LanguageServer.</summary>
internal static class LanguageServerCommand
{
    public static Command Build(CliConsole console)
    {
        var command = new Command("lsp", "Run the language server (LSP over stdin/stdout) for editors: findings as you type, fixes, hovers.");
        var stdio = new Option<bool>("--stdio") { Description = "Talk over stdin/stdout (the only transport; accepted because editors pass it)." };
        var config = new Option<string?>("--config", "-c") { Description = "Configuration file (default: the client's configFile option, else the nearest .nkcontentlint.yaml)." };
        command.Options.Add(stdio);
        command.Options.Add(config);
        command.SetAction(parseResult => LanguageServerHost.RunOnStandardStreams(
            console.Error,
            new LanguageServerOptions
            {
                ConfigFile = parseResult.GetValue(config) is { } path ? Path.GetFullPath(path, console.WorkingDirectory) : null,
                WorkingDirectory = console.WorkingDirectory,
            }));
        return command;
    }
}
