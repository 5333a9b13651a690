using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace NkContentLint.Discovery;

/// <summary>What a path names: a regular file, a folder, or something that is not a file to read whole.</summary>
public enum FileKind
{
    Missing,
    Regular,
    Directory,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
    SymbolicLink,
}

/// <summary>
/// The kind, link count, owner and group of a path, as <c>statx(2)</c> reports them. The BCL tells a
/// FIFO or a device from a regular file by none of its APIs, yet a folder walk that opens a FIFO
/// hangs and one that reads <c>/dev/zero</c> never ends, and <c>--fix</c> must keep a file's owner
/// and hard links. <c>statx</c>'s layout is the same on every Linux architecture; elsewhere
/// <see cref="Get"/> returns null and callers treat the path as a regular file (what the BCL sees).
/// </summary>
public readonly record struct FileStatus(FileKind Kind, uint LinkCount, uint OwnerId, uint GroupId)
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxBasicStats = 0x7ff;

    private static bool unavailable = !OperatingSystem.IsLinux();

    public bool IsRegular => Kind == FileKind.Regular;

    /// <summary>The status of <paramref name="path"/> (of the file a link names, unless <paramref name="followLinks"/> is false); null where unknown.</summary>
    public static FileStatus? Get(string path, bool followLinks = true)
    {
        if (unavailable)
        {
            return null;
        }

        var buffer = new byte[256];
        try
        {
            if (NativeMethods.statx(AtFdCwd, path, followLinks ? 0 : AtSymlinkNoFollow, StatxBasicStats, buffer) != 0)
            {
                return new FileStatus(FileKind.Missing, 0, 0, 0);
            }
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            unavailable = true;
            return null;
        }

        // struct statx: stx_nlink at 16, stx_uid at 20, stx_gid at 24, stx_mode (16 bits) at 28.
        var mode = BinaryPrimitives.ReadUInt16LittleEndian(buffer.AsSpan(28)) & 0xF000;
        var kind = mode switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            0xA000 => FileKind.SymbolicLink,
            _ => FileKind.CharacterDevice,
        };
        return new FileStatus(
            kind,
            BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(16)),
            BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(20)),
            BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(24)));
    }

    /// <summary>Whether <paramref name="path"/> is a regular file or a folder (true where the platform cannot tell).</summary>
    public static bool IsRegularOrUnknown(string path) => Get(path) is not { } status || status.Kind is FileKind.Regular or FileKind.Directory or FileKind.Missing;

    /// <summary>Gives <paramref name="path"/> this owner and group; false when not permitted (only root may give a file away).</summary>
    public static bool TrySetOwner(string path, uint owner, uint group)
    {
        if (unavailable)
        {
            return false;
        }

        try
        {
            return NativeMethods.chown(path, owner, group) == 0;
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    private static class NativeMethods
    {
        [DllImport("libc", SetLastError = true)]
        public static extern int statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);

        [DllImport("libc", SetLastError = true)]
        public static extern int chown([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint owner, uint group);
    }
}
