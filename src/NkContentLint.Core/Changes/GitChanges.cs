using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace NkContentLint.Changes;

/// <summary>A git command failed or the reference could not be resolved: the run stops (exit 2).</summary>
internal sealed class GitChangesException(string message) : Exception(message);

/// <summary>
/// <c>--changed-since REF</c>: the lines changed between <c>git merge-base REF HEAD</c> and the working
/// tree, uncommitted changes included. Added, renamed, copied and untracked files count as wholly
/// changed. Runs the <c>git</c> executable; no library, no network.
/// </summary>
internal static class GitChanges
{
    public static ChangedLines Since(string gitRef, string workingDirectory)
    {
        if (string.IsNullOrWhiteSpace(gitRef) || gitRef.StartsWith('-'))
        {
            throw new GitChangesException($"'{gitRef}' is not a git reference");
        }

        var prefix = Git(workingDirectory, "rev-parse", "--show-prefix").TrimEnd('\n');
        var depth = prefix.Split('/', StringSplitOptions.RemoveEmptyEntries).Length;
        var root = Path.GetFullPath(Path.Combine([workingDirectory, .. Enumerable.Repeat("..", depth)]));

        string baseCommit;
        try
        {
            baseCommit = Git(workingDirectory, "merge-base", gitRef, "HEAD").Trim();
        }
        catch (GitChangesException ex)
        {
            throw new GitChangesException(
                $"cannot find a common ancestor of '{gitRef}' and HEAD ({ex.Message}); in a shallow clone, fetch the base first (git fetch --deepen or --unshallow)");
        }

        var files = new Dictionary<string, FileChange>(StringComparer.Ordinal);
        string Full(string repoPath) => Path.GetFullPath(Path.Combine(root, repoPath));

        // Which files, and how: -z gives exact paths. A = added, R = renamed, C = copied: wholly changed.
        var status = Git(workingDirectory, "-c", "core.quotepath=off", "diff", "--no-ext-diff", "--no-textconv", "--name-status", "-z", "-M", baseCommit, "--").Split('\0');
        var whole = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < status.Length - 1;)
        {
            var code = status[i];
            if (code.Length == 0)
            {
                i++;
                continue;
            }

            if (code[0] is 'R' or 'C')
            {
                whole.Add(status[i + 2]);
                i += 3;
            }
            else
            {
                if (code[0] is 'A')
                {
                    whole.Add(status[i + 1]);
                }

                i += 2;
            }
        }

        foreach (var path in Git(workingDirectory, "ls-files", "-z", "--others", "--exclude-standard", "--full-name").Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            whole.Add(path);
        }

        foreach (var path in whole)
        {
            files[Full(path)] = new FileChange(true, []);
        }

        // Which lines: zero-context hunks of the new side.
        var diff = Git(workingDirectory, "-c", "core.quotepath=off", "diff", "--no-ext-diff", "--no-textconv", "--no-color", "-U0", "-M", baseCommit, "--");
        foreach (var (path, lines) in ParseUnifiedDiff(diff))
        {
            var full = Full(path);
            if (!files.ContainsKey(full))
            {
                files[full] = new FileChange(false, lines);
            }
        }

        return new ChangedLines(baseCommit, files);
    }

    /// <summary>The new-side line ranges of each file in a <c>git diff -U0</c>.</summary>
    internal static IEnumerable<(string Path, List<(int Start, int End)> Lines)> ParseUnifiedDiff(string diff)
    {
        string? current = null;
        var lines = new List<(int, int)>();
        foreach (var line in diff.Split('\n'))
        {
            if (line.StartsWith("+++ ", StringComparison.Ordinal))
            {
                if (current is not null)
                {
                    yield return (current, lines);
                }

                var name = Unquote(line[4..].TrimEnd('\r', '\t'));
                current = name == "/dev/null" ? null : name.StartsWith("b/", StringComparison.Ordinal) ? name[2..] : name;
                lines = [];
            }
            else if (current is not null && line.StartsWith("@@ ", StringComparison.Ordinal))
            {
                // @@ -a,b +c,d @@: d lines from c (d defaults to 1; d = 0 is a pure deletion).
                var plus = line.IndexOf(" +", StringComparison.Ordinal);
                var end = line.IndexOf(' ', plus + 2);
                var range = line[(plus + 2)..end].Split(',');
                var start = int.Parse(range[0], CultureInfo.InvariantCulture);
                var count = range.Length > 1 ? int.Parse(range[1], CultureInfo.InvariantCulture) : 1;
                if (count > 0)
                {
                    lines.Add((start, start + count - 1));
                }
            }
        }

        if (current is not null)
        {
            yield return (current, lines);
        }
    }

    /// <summary>git's C-style quoting of unusual paths: "a\tb\303\251" → a&lt;TAB&gt;bé.</summary>
    internal static string Unquote(string name)
    {
        if (name.Length < 2 || name[0] != '"' || name[^1] != '"')
        {
            return name;
        }

        var bytes = new List<byte>();
        for (var i = 1; i < name.Length - 1; i++)
        {
            var c = name[i];
            if (c != '\\')
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
                continue;
            }

            var e = name[++i];
            if (e is >= '0' and <= '7')
            {
                bytes.Add(Convert.ToByte(name.Substring(i, 3), 8));
                i += 2;
                continue;
            }

            bytes.Add(e switch
            {
                'a' => 7,
                'b' => 8,
                't' => 9,
                'n' => 10,
                'v' => 11,
                'f' => 12,
                'r' => 13,
                _ => (byte)e,
            });
        }

        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    private static string Git(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = new UTF8Encoding(false),
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        start.Environment["LC_ALL"] = "C";
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new GitChangesException("could not start git");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new GitChangesException($"could not run git: {ex.Message}");
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                var message = error.Result.Trim();
                throw new GitChangesException($"git {arguments.FirstOrDefault(a => !a.StartsWith('-') && !a.Contains('='))} failed: {(message.Length > 0 ? message : "exit code " + process.ExitCode)}");
            }

            return output;
        }
    }
}
