using System.Collections.Immutable;
using Microsoft.Extensions.FileSystemGlobbing;
using NkContentLint.Configuration;

namespace NkContentLint.Discovery;

/// <summary>A file to lint: its absolute path and the path every report prints (relative, forward slashes).</summary>
public sealed record DiscoveredFile(string FullPath, string DisplayPath);

/// <summary>What the inputs expanded to; <see cref="Missing"/> are named paths that do not exist.</summary>
public sealed record DiscoveryResult(ImmutableArray<DiscoveredFile> Files, ImmutableArray<DiscoveredFile> Missing);

/// <summary>
/// Expands the command line's files, folders and globs into the articles to lint. Folders are
/// walked for the configuration's include globs; <c>.git</c>, <c>node_modules</c>, <c>bin</c>,
/// <c>obj</c>, hidden folders and whatever <c>.gitignore</c> files ignore are skipped. A file named
/// explicitly is always linted.
/// </summary>
public static class FileDiscovery
{
    private static readonly HashSet<string> SkippedDirectoryNames = new(StringComparer.Ordinal) { ".git", "node_modules", "bin", "obj" };

    private static readonly EnumerationOptions Enumeration = new()
    {
        IgnoreInaccessible = true,
        AttributesToSkip = 0,
        RecurseSubdirectories = false,
        ReturnSpecialDirectories = false,
    };

    public static DiscoveryResult Discover(IReadOnlyList<string> inputs, string workingDirectory, LintConfiguration configuration)
    {
        workingDirectory = Path.GetFullPath(workingDirectory);
        var found = new Dictionary<string, DiscoveredFile>(StringComparer.Ordinal);
        var missing = ImmutableArray.CreateBuilder<DiscoveredFile>();
        void Add(string fullPath) => found.TryAdd(fullPath, new DiscoveredFile(fullPath, DisplayPath(workingDirectory, fullPath)));

        foreach (var input in inputs.Count == 0 ? ["."] : inputs)
        {
            var fullPath = Path.GetFullPath(input, workingDirectory);
            if (File.Exists(fullPath))
            {
                Add(fullPath);
            }
            else if (Directory.Exists(fullPath))
            {
                Walk(fullPath, configuration.IsIncluded, Add);
            }
            else if (input.IndexOfAny(['*', '?', '[', '{']) >= 0)
            {
                var matcher = new Matcher(StringComparison.Ordinal);
                matcher.AddInclude(input.Replace('\\', '/'));
                matcher.AddExcludePatterns(configuration.Exclude);
                Walk(workingDirectory, path => matcher.Match(workingDirectory, path).HasMatches, Add);
            }
            else
            {
                missing.Add(new DiscoveredFile(fullPath, DisplayPath(workingDirectory, fullPath)));
            }
        }

        var files = found.Values.OrderBy(f => f.DisplayPath, StringComparer.Ordinal).ToImmutableArray();
        return new DiscoveryResult(files, missing.ToImmutable());
    }

    public static string DisplayPath(string workingDirectory, string fullPath) =>
        Path.GetRelativePath(workingDirectory, fullPath).Replace('\\', '/');

    private static void Walk(string root, Func<string, bool> include, Action<string> add)
    {
        var ignores = AncestorIgnores(root);
        WalkDirectory(new DirectoryInfo(root), ignores, include, add);
    }

    private static void WalkDirectory(DirectoryInfo directory, List<GitIgnore> ignores, Func<string, bool> include, Action<string> add)
    {
        var own = GitIgnore.Load(directory.FullName);
        if (own is not null)
        {
            ignores = [.. ignores, own];
        }

        foreach (var entry in directory.EnumerateFileSystemInfos("*", Enumeration))
        {
            if (entry is DirectoryInfo sub)
            {
                // Hidden folders (.github, .vscode) hold tooling, not articles; symlinked folders could loop.
                if (SkippedDirectoryNames.Contains(sub.Name) || sub.Name.StartsWith('.') || sub.LinkTarget is not null
                    || IsIgnored(ignores, sub.FullName, isDirectory: true))
                {
                    continue;
                }

                WalkDirectory(sub, ignores, include, add);
            }
            else if (include(entry.FullName) && !IsIgnored(ignores, entry.FullName, isDirectory: false))
            {
                add(entry.FullName);
            }
        }
    }

    private static bool IsIgnored(List<GitIgnore> ignores, string path, bool isDirectory)
    {
        // Deeper .gitignore files take precedence, and within one file the last match wins.
        for (var i = ignores.Count - 1; i >= 0; i--)
        {
            if (ignores[i].Match(path, isDirectory) is { } ignored)
            {
                return ignored;
            }
        }

        return false;
    }

    /// <summary>The .gitignore files between the repository root (the folder holding .git) and <paramref name="root"/>.</summary>
    private static List<GitIgnore> AncestorIgnores(string root)
    {
        var chain = new List<string>();
        for (var dir = new DirectoryInfo(root).Parent; dir is not null; dir = dir.Parent)
        {
            chain.Add(dir.FullName);
            if (Directory.Exists(Path.Combine(dir.FullName, ".git")) || File.Exists(Path.Combine(dir.FullName, ".git")))
            {
                chain.Reverse();
                return chain.Select(GitIgnore.Load).OfType<GitIgnore>().ToList();
            }
        }

        return [];
    }
}
