using NkContentLint.Configuration;
using NkContentLint.Discovery;
using NkContentLint.Reporting;

namespace NkContentLint.Cli;

/// <summary>
/// Checks of the command line that need the file system: a mistyped subcommand, a report file that
/// names a folder, inputs that matched no file. Each is a usage error (exit 2) before anything is
/// linted or written.
/// </summary>
internal static class InputChecks
{
    private static readonly string[] Subcommands = ["rules", "facts", "init"];

    /// <summary>
    /// <c>nkcontentlint rule</c>: a bare word that is no file and is close to a subcommand is a typo,
    /// not an article to report as missing.
    /// </summary>
    public static void CheckForMistypedSubcommand(IReadOnlyList<string> paths, string workingDirectory)
    {
        if (paths.Count == 0)
        {
            return;
        }

        var word = paths[0];
        if (word.Length == 0 || word.IndexOfAny(['/', '\\', '.', '*', '?', '[', '{']) >= 0
            || Path.Exists(Path.GetFullPath(word, workingDirectory)))
        {
            return;
        }

        var closest = Subcommands.Select(c => (Command: c, Distance: EditDistance(word.ToLowerInvariant(), c))).MinBy(c => c.Distance);
        if (closest.Distance <= 2)
        {
            throw new UsageException($"nkcontentlint: '{DisplayText.Escape(word)}' is not a command or a file; did you mean '{closest.Command}'? (Run 'nkcontentlint --help' for usage.)");
        }
    }

    /// <summary>A glob on the command line that the matcher cannot use is a usage error, not a crash.</summary>
    public static void CheckGlobs(IReadOnlyList<string> paths, string workingDirectory)
    {
        foreach (var input in paths)
        {
            if (input.IndexOfAny(['*', '?', '[', '{']) >= 0 && !Path.Exists(Path.GetFullPath(input, workingDirectory)) && Globs.Problem(input) is { } problem)
            {
                throw new UsageException($"nkcontentlint: {DisplayText.Escape(problem)}");
            }
        }
    }

    /// <summary>A report or baseline file that is an existing folder cannot be written: say so before linting.</summary>
    public static void CheckOutputFile(string option, string? path, string workingDirectory)
    {
        if (path is not null && Directory.Exists(Path.GetFullPath(path, workingDirectory)))
        {
            throw new UsageException($"nkcontentlint: {option}: '{DisplayText.Escape(path)}' is a folder; name a file to write");
        }
    }

    /// <summary>Every folder and glob named (or the default <c>.</c>) must match a file, unless <c>--allow-no-files</c>.</summary>
    public static void CheckEveryInputMatched(DiscoveryResult discovery, IReadOnlyList<string> paths, LintConfiguration configuration, string workingDirectory)
    {
        if (discovery.Unmatched.IsEmpty)
        {
            return;
        }

        var lines = new List<string>();
        foreach (var input in discovery.Unmatched)
        {
            var full = Path.GetFullPath(input, workingDirectory);
            var name = paths.Count == 0 ? "the current folder" : $"'{DisplayText.Escape(input)}'";
            if (!Directory.Exists(full))
            {
                lines.Add($"nkcontentlint: {name} matched no file");
                continue;
            }

            var globs = string.Join(", ", configuration.Include);
            var source = configuration.FilePath is null ? "the default include globs" : $"the include globs of {DisplayText.Escape(FileDiscovery.DisplayPath(workingDirectory, configuration.FilePath))}";
            var line = $"nkcontentlint: {name} has no file matching {source} ({globs})";
            var baseDirectory = Path.TrimEndingDirectorySeparator(configuration.BaseDirectory);
            if (!(full + Path.DirectorySeparatorChar).StartsWith(baseDirectory + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                line += $"; they are relative to the configuration's folder {DisplayText.Escape(FileDiscovery.DisplayPath(workingDirectory, baseDirectory))}, which does not contain it";
            }

            lines.Add(line);
        }

        lines.Add("Nothing was linted. Name the files to lint, or pass --allow-no-files when checking nothing is expected.");
        throw new UsageException(string.Join(Environment.NewLine, lines));
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
