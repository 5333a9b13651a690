using NkContentLint.Discovery;

namespace NkContentLint.Fixing;

/// <summary>
/// Writes a file so that readers see either the old or the new content, never half of it: a
/// temporary file in the same folder, flushed, then renamed over the target. A symbolic link is
/// followed and its target replaced (the link stays); the target's Unix permissions, and its owner
/// and group where permitted, are kept. What is not a regular file (a FIFO, <c>/dev/null</c>, a
/// device) is written directly: renaming over it would replace it with a regular file.
/// </summary>
internal static class AtomicFile
{
    public static void Write(string path, byte[] bytes) => Write(path, stream => stream.Write(bytes));

    /// <summary>Streams the new content (a report written as it is produced, never held whole in memory).</summary>
    public static void Write(string path, Action<Stream> write)
    {
        var target = ResolveLinks(Path.GetFullPath(path));
        var status = FileStatus.Get(target);
        if (status is { Kind: FileKind.Directory } || Directory.Exists(target))
        {
            throw new IOException($"'{path}' is a folder");
        }

        if (status is { Kind: not (FileKind.Regular or FileKind.Missing) })
        {
            using var direct = new FileStream(target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
            write(direct);
            return;
        }

        var directory = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            if (!OperatingSystem.IsWindows() && File.Exists(target))
            {
                File.SetUnixFileMode(temp, File.GetUnixFileMode(target));
                if (status is { Kind: FileKind.Regular } existing && FileStatus.Get(temp) is { } created
                    && (created.OwnerId != existing.OwnerId || created.GroupId != existing.GroupId))
                {
                    // Only root may give a file away; otherwise the new file is the writer's, as with any editor.
                    FileStatus.TrySetOwner(temp, existing.OwnerId, existing.GroupId);
                    File.SetUnixFileMode(temp, File.GetUnixFileMode(target));
                }
            }

            File.Move(temp, target, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    /// <summary>
    /// Why <c>--fix</c> must not replace <paramref name="path"/>, or null when it may: a read-only
    /// file is the owner's decision, and replacing a file with other hard links would split them.
    /// </summary>
    public static string? WhyNotReplaceable(string path)
    {
        var target = ResolveLinks(Path.GetFullPath(path));
        if (FileStatus.Get(target) is { Kind: FileKind.Regular, LinkCount: > 1 } status)
        {
            return $"the file has {status.LinkCount} hard links, and writing it would split them";
        }

        if (!File.Exists(target))
        {
            return null;
        }

        // Read-only: its owner may not write it (even when root could), or this user may not.
        var readOnly = OperatingSystem.IsWindows()
            ? File.GetAttributes(target).HasFlag(FileAttributes.ReadOnly)
            : !File.GetUnixFileMode(target).HasFlag(UnixFileMode.UserWrite) || FileStatus.CanWrite(target) == false;
        return readOnly ? "the file is read-only" : null;
    }

    /// <summary>The file a chain of symbolic links ends at (the path itself when it is not a link).</summary>
    public static string ResolveLinks(string fullPath)
    {
        try
        {
            return File.ResolveLinkTarget(fullPath, returnFinalTarget: true)?.FullName ?? fullPath;
        }
        catch (IOException)
        {
            // A loop of links: write through none of them; the write then fails with the OS's message.
            return fullPath;
        }
    }
}
