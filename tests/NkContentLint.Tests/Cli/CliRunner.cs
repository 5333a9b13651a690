using System.Text;
using NkContentLint.Cli;

namespace NkContentLint.Tests.Cli;

/// <summary>Runs the real CLI in-process with captured streams.</summary>
internal static class CliRunner
{
    public static (int ExitCode, string Out, string Error) Run(string workingDirectory, string[] args, string? stdin = null, bool terminal = false, string? noColor = null)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = new CliConsole(
            output,
            error,
            () => new MemoryStream(Encoding.UTF8.GetBytes(stdin ?? string.Empty)),
            workingDirectory,
            IsOutputTerminal: terminal,
            IsErrorTerminal: false,
            name => name == "NO_COLOR" ? noColor : null);
        var exitCode = CliApplication.Run(args, console);
        return (exitCode, output.ToString(), error.ToString());
    }
}
