namespace NkContentLint.Cli;

/// <summary>
/// Everything the CLI touches outside itself: streams, working directory, terminal facts and the
/// environment. Tests pass their own to run the CLI in-process.
/// </summary>
public sealed record CliConsole(
    TextWriter Out,
    TextWriter Error,
    Func<Stream> OpenStandardInput,
    string WorkingDirectory,
    bool IsOutputTerminal,
    bool IsErrorTerminal,
    Func<string, string?> GetEnvironmentVariable)
{
    public static CliConsole FromProcess() => new(
        Console.Out,
        Console.Error,
        Console.OpenStandardInput,
        Directory.GetCurrentDirectory(),
        !Console.IsOutputRedirected,
        !Console.IsErrorRedirected,
        Environment.GetEnvironmentVariable);

    /// <summary>Colour only on a terminal, and never with NO_COLOR set (https://no-color.org).</summary>
    public bool ColorAllowed => IsOutputTerminal && string.IsNullOrEmpty(GetEnvironmentVariable("NO_COLOR"));

    /// <summary>Progress only on an interactive terminal, never in CI.</summary>
    public bool ProgressAllowed => IsErrorTerminal && string.IsNullOrEmpty(GetEnvironmentVariable("CI"));
}
