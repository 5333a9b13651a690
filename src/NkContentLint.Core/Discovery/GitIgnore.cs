using System.Text;
using System.Text.RegularExpressions;

namespace NkContentLint.Discovery;

/// <summary>
/// The rules of one <c>.gitignore</c> file, with git's semantics for the common cases: comments,
/// negation (<c>!</c>), directory-only patterns (trailing <c>/</c>), anchoring (a <c>/</c> inside the
/// pattern), <c>*</c>, <c>?</c>, <c>[...]</c> and <c>**</c>. The last matching rule wins.
/// </summary>
internal sealed class GitIgnore
{
    private readonly string baseDirectory;
    private readonly List<(Regex Pattern, bool Negated, bool DirectoryOnly)> rules;

    private GitIgnore(string baseDirectory, List<(Regex, bool, bool)> rules)
    {
        this.baseDirectory = baseDirectory;
        this.rules = rules;
    }

    public static GitIgnore? Load(string directory)
    {
        var path = Path.Combine(directory, ".gitignore");
        // Only a regular file: a FIFO named .gitignore would stop the walk waiting for a writer.
        if (!File.Exists(path) || FileStatus.Get(path) is { IsRegular: false })
        {
            return null;
        }

        try
        {
            return Parse(directory, Text.BoundedRead.ReadFileText(path).Split('\n'));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public static GitIgnore Parse(string directory, IEnumerable<string> lines)
    {
        var rules = new List<(Regex, bool, bool)>();
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd();
            if (line.EndsWith('\\'))
            {
                line += " ";
            }

            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var negated = line.StartsWith('!');
            if (negated)
            {
                line = line[1..];
            }
            else if (line.StartsWith("\\!", StringComparison.Ordinal) || line.StartsWith("\\#", StringComparison.Ordinal))
            {
                line = line[1..];
            }

            var directoryOnly = line.EndsWith('/');
            line = line.TrimEnd('/');
            if (line.Length == 0)
            {
                continue;
            }

            var anchored = line.Contains('/');
            line = line.TrimStart('/');
            var regex = new StringBuilder("^");
            if (!anchored)
            {
                regex.Append("(?:.*/)?");
            }

            regex.Append(GlobToRegex(line)).Append('$');
            try
            {
                rules.Add((new Regex(regex.ToString(), RegexOptions.CultureInvariant), negated, directoryOnly));
            }
            catch (ArgumentException)
            {
                // A pattern git cannot match either ("[z-a]", "[]"): it ignores nothing, as in git.
            }
        }

        return new GitIgnore(Path.GetFullPath(directory), rules);
    }

    /// <summary>True = ignored, false = explicitly re-included, null = no rule matched.</summary>
    public bool? Match(string fullPath, bool isDirectory)
    {
        var relative = Path.GetRelativePath(baseDirectory, fullPath).Replace('\\', '/');
        if (relative.StartsWith("..", StringComparison.Ordinal))
        {
            return null;
        }

        bool? result = null;
        foreach (var (pattern, negated, directoryOnly) in rules)
        {
            if (directoryOnly && !isDirectory)
            {
                continue;
            }

            if (pattern.IsMatch(relative))
            {
                result = !negated;
            }
        }

        return result;
    }

    private static string GlobToRegex(string glob)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            switch (c)
            {
                case '*' when i + 1 < glob.Length && glob[i + 1] == '*':
                    var leadingSlash = i + 2 < glob.Length && glob[i + 2] == '/';
                    builder.Append(leadingSlash ? "(?:.*/)?" : ".*");
                    i += leadingSlash ? 2 : 1;
                    break;
                case '*':
                    builder.Append("[^/]*");
                    break;
                case '?':
                    builder.Append("[^/]");
                    break;
                case '[':
                    var close = glob.IndexOf(']', i + 1);
                    if (close < 0)
                    {
                        builder.Append("\\[");
                        break;
                    }

                    var set = glob[(i + 1)..close].Replace("\\", "\\\\");
                    builder.Append('[').Append(set.StartsWith('!') ? "^" + set[1..] : set).Append(']');
                    i = close;
                    break;
                case '\\' when i + 1 < glob.Length:
                    builder.Append(Regex.Escape(glob[++i].ToString()));
                    break;
                default:
                    builder.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        return builder.ToString();
    }
}
