using System.Collections.Immutable;
using Microsoft.Extensions.FileSystemGlobbing;
using NkContentLint.Configuration;

namespace NkContentLint.Discovery;

/// <summary>A file to lint: its absolute path and the path every report prints (relative, forward slashes).</summary>
internal sealed record DiscoveredFile(string FullPath, string DisplayPath)
{
    /// <summary>Why the file cannot be opened at all (a name that is not valid UTF-8), reported as NK0001.</summary>
    public string? Problem { get; init; }
}

/// <summary>A folder that could not be entered or listed, and why.</summary>
internal sealed record UnreadableFolder(DiscoveredFile Folder, string Reason);

/// <summary>
/// What the inputs expanded to; <see cref="Missing"/> are named paths that do not exist,
/// <see cref="Unreadable"/> folders that could not be listed, <see cref="Unmatched"/> the folders
/// and globs (as given) that matched no file.
/// </summary>
internal sealed record DiscoveryResult(ImmutableArray<DiscoveredFile> Files, ImmutableArray<DiscoveredFile> Missing)
{
    public ImmutableArray<UnreadableFolder> Unreadable { get; init; } = [];

    public ImmutableArray<string> Unmatched { get; init; } = [];
}

/// <summary>
/// Expands the command line's files, folders and globs into the articles to lint. Folders are
/// walked for the configuration's include globs; <c>.git</c>, <c>node_modules</c>, <c>bin</c>,
/// <c>obj</c>, hidden folders and whatever <c>.gitignore</c> files ignore are skipped. A file named
/// explicitly is always linted.
/// </summary>
internal static class FileDiscovery
{
    private static readonly HashSet<string> SkippedDirectoryNames = new(StringComparer.Ordinal) { ".git", "node_modules", "bin", "obj" };

    private static readonly EnumerationOptions Enumeration = new()
    {
        // A folder that cannot be listed is reported (NK0001), never silently skipped.
        IgnoreInaccessible = false,
        AttributesToSkip = 0,
        RecurseSubdirectories = false,
        ReturnSpecialDirectories = false,
    };

    public static DiscoveryResult Discover(IReadOnlyList<string> inputs, string workingDirectory, LintConfiguration configuration)
    {
        workingDirectory = Path.GetFullPath(workingDirectory);
        var found = new Dictionary<string, DiscoveredFile>(StringComparer.Ordinal);
        var missing = ImmutableArray.CreateBuilder<DiscoveredFile>();
        var unreadable = new Dictionary<string, UnreadableFolder>(StringComparer.Ordinal);
        var unmatched = ImmutableArray.CreateBuilder<string>();
        var hits = 0;
        var walk = new WalkState(
            path =>
            {
                hits++;
                found.TryAdd(path, Describe(workingDirectory, path));
            },
            (path, reason) =>
            {
                hits++;
                unreadable.TryAdd(path, new UnreadableFolder(new DiscoveredFile(path, DisplayPath(workingDirectory, path)), reason));
            });

        foreach (var input in inputs.Count == 0 ? ["."] : inputs)
        {
            var fullPath = Path.GetFullPath(input, workingDirectory);
            var before = hits;
            if (File.Exists(fullPath))
            {
                // Named explicitly: always read, even a FIFO (so <(cmd) works) or a device, up to the size limit.
                walk.Add(fullPath);
                continue;
            }

            if (Directory.Exists(fullPath))
            {
                Walk(fullPath, IncludedIn(configuration, fullPath), walk);
            }
            else if (input.IndexOfAny(['*', '?', '[', '{']) >= 0)
            {
                var matcher = new Matcher(StringComparison.Ordinal);
                matcher.AddInclude(input.Replace(Path.DirectorySeparatorChar, '/'));
                matcher.AddExcludePatterns(configuration.Exclude);
                Walk(workingDirectory, path => matcher.Match(workingDirectory, path).HasMatches, walk);
            }
            else if (Describe(workingDirectory, fullPath) is { Problem: not null } unopenable)
            {
                // Named with bytes that are not UTF-8: it exists, but the runtime cannot open it.
                found.TryAdd(fullPath, unopenable);
                continue;
            }
            else
            {
                missing.Add(new DiscoveredFile(fullPath, DisplayPath(workingDirectory, fullPath)));
                continue;
            }

            if (hits == before)
            {
                unmatched.Add(input);
            }
        }

        var files = found.Values.OrderBy(f => f.DisplayPath, StringComparer.Ordinal).ToImmutableArray();
        return new DiscoveryResult(files, missing.ToImmutable())
        {
            Unreadable = [.. unreadable.Values.OrderBy(u => u.Folder.DisplayPath, StringComparer.Ordinal)],
            Unmatched = unmatched.ToImmutable(),
        };
    }

    /// <summary>
    /// The path every report prints: relative to the working directory, with directory separators as
    /// '/'. On Unix a backslash is part of a file's name and is kept.
    /// </summary>
    public static string DisplayPath(string workingDirectory, string fullPath)
    {
        var relative = Path.GetRelativePath(workingDirectory, fullPath);
        return Path.DirectorySeparatorChar == '/' ? relative : relative.Replace(Path.DirectorySeparatorChar, '/');
    }

    /// <summary>
    /// A file as reports name it. A name that is not valid UTF-8 reaches .NET with U+FFFD in place of
    /// the bad bytes and cannot be opened under that name: it is named with the bytes escaped
    /// (<c>\xff</c>) and reported instead of linted.
    /// </summary>
    private static DiscoveredFile Describe(string workingDirectory, string fullPath)
    {
        var display = DisplayPath(workingDirectory, fullPath);
        var name = Path.GetFileName(fullPath);
        if (!name.Contains('\uFFFD', StringComparison.Ordinal) || File.Exists(fullPath))
        {
            return new DiscoveredFile(fullPath, display);
        }

        var strict = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true);
        var directory = Path.GetDirectoryName(fullPath)!;
        var raw = Directory.Exists(directory)
            ? FileStatus.RawNames(directory)?.FirstOrDefault(bytes => System.Text.Encoding.UTF8.GetString(bytes) == name && !IsValidUtf8(strict, bytes))
            : null;
        if (raw is null)
        {
            return new DiscoveredFile(fullPath, display);
        }

        var escaped = EscapeInvalidUtf8(raw);
        display = display[..^name.Length] + escaped;
        return new DiscoveredFile(fullPath, display)
        {
            Problem = $"The file name is not valid UTF-8 ({escaped}), so it cannot be opened; rename it",
        };
    }

    private static bool IsValidUtf8(System.Text.UTF8Encoding strict, byte[] bytes)
    {
        try
        {
            strict.GetString(bytes);
            return true;
        }
        catch (System.Text.DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>The name with each byte that is not part of valid UTF-8 written as <c>\xNN</c>.</summary>
    private static string EscapeInvalidUtf8(byte[] bytes)
    {
        var builder = new System.Text.StringBuilder();
        var i = 0;
        while (i < bytes.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes.AsSpan(i), out var rune, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                builder.Append(rune.ToString());
            }
            else
            {
                for (var k = 0; k < Math.Max(1, consumed); k++)
                {
                    builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\x{bytes[i + k]:x2}");
                }

                consumed = Math.Max(1, consumed);
            }

            i += consumed;
        }

        return builder.ToString();
    }

    private sealed record WalkState(Action<string> Add, Action<string, string> Unreadable);

    /// <summary>
    /// Which files of a named folder the configuration includes. Its globs are relative to its base directory; a folder
    /// outside that directory (an absolute path elsewhere, "../other") would give every path a leading "../" that no glob
    /// matches, and nothing would be linted, so there they are matched relative to the named folder itself.
    /// </summary>
    private static Func<string, bool> IncludedIn(LintConfiguration configuration, string folder)
    {
        var fromBase = Path.GetRelativePath(configuration.BaseDirectory, folder);
        var outside = fromBase == ".." || fromBase.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal) || Path.IsPathRooted(fromBase);
        return outside ? path => configuration.IsIncludedRelative(Path.GetRelativePath(folder, path)) : configuration.IsIncluded;
    }

    private static void Walk(string root, Func<string, bool> include, WalkState state)
    {
        var ignores = AncestorIgnores(root);
        WalkDirectory(new DirectoryInfo(root), ignores, include, state);
    }

    private static void WalkDirectory(DirectoryInfo directory, List<GitIgnore> ignores, Func<string, bool> include, WalkState state)
    {
        List<FileSystemInfo> entries;
        try
        {
            entries = [.. directory.EnumerateFileSystemInfos("*", Enumeration)];
            var own = GitIgnore.Load(directory.FullName);
            if (own is not null)
            {
                ignores = [.. ignores, own];
            }
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or IOException)
        {
            state.Unreadable(directory.FullName, ex.Message);
            return;
        }

        foreach (var entry in entries)
        {
            if (entry is DirectoryInfo sub)
            {
                // Hidden folders (.github, .vscode) hold tooling, not articles; symlinked folders could loop.
                if (SkippedDirectoryNames.Contains(sub.Name) || sub.Name.StartsWith('.') || sub.LinkTarget is not null
                    || IsIgnored(ignores, sub.FullName, isDirectory: true))
                {
                    continue;
                }

                WalkDirectory(sub, ignores, include, state);
            }
            else if (include(entry.FullName) && !IsIgnored(ignores, entry.FullName, isDirectory: false)
                && FileStatus.Get(entry.FullName) is not { Kind: FileKind.Fifo or FileKind.Socket or FileKind.CharacterDevice or FileKind.BlockDevice })
            {
                // A walk or glob reads regular files only: opening a FIFO waits for a writer forever,
                // and a device (or a link to one) may never end.
                state.Add(entry.FullName);
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
