using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace NkContentLint.Discovery;

/// <summary>What a path names: a regular file, a folder, or something that is not a file to read whole.</summary>
internal enum FileKind
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
internal readonly record struct FileStatus(FileKind Kind, uint LinkCount, uint OwnerId, uint GroupId)
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

    /// <summary>
    /// The names in <paramref name="directory"/> as the bytes the file system stores (no decoding),
    /// or null where unknown. Needed to name a file whose name is not valid UTF-8: the runtime
    /// decodes such a name with U+FFFD and can no longer open it.
    /// </summary>
    public static List<byte[]>? RawNames(string directory)
    {
        if (unavailable || !Environment.Is64BitProcess)
        {
            return null;
        }

        try
        {
            var handle = NativeMethods.opendir(directory);
            if (handle == IntPtr.Zero)
            {
                return null;
            }

            try
            {
                var names = new List<byte[]>();
                for (var entry = NativeMethods.readdir(handle); entry != IntPtr.Zero; entry = NativeMethods.readdir(handle))
                {
                    // struct dirent on 64-bit Linux: d_ino (8), d_off (8), d_reclen (2), d_type (1), d_name.
                    var name = entry + 19;
                    var length = 0;
                    while (Marshal.ReadByte(name, length) != 0)
                    {
                        length++;
                    }

                    var bytes = new byte[length];
                    Marshal.Copy(name, bytes, 0, length);
                    names.Add(bytes);
                }

                return names;
            }
            finally
            {
                NativeMethods.closedir(handle);
            }
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Whether this process may write <paramref name="path"/> (<c>access(2)</c>); null where unknown.</summary>
    public static bool? CanWrite(string path)
    {
        if (unavailable)
        {
            return null;
        }

        try
        {
            return NativeMethods.access(path, 2) == 0;
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }
    }

    private static class NativeMethods
    {
        [DllImport("libc", SetLastError = true)]
        public static extern int access([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int mode);

        [DllImport("libc", SetLastError = true)]
        public static extern IntPtr opendir([MarshalAs(UnmanagedType.LPUTF8Str)] string path);

        [DllImport("libc", SetLastError = true)]
        public static extern IntPtr readdir(IntPtr directory);

        [DllImport("libc")]
        public static extern int closedir(IntPtr directory);

        [DllImport("libc", SetLastError = true)]
        public static extern int statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);

        [DllImport("libc", SetLastError = true)]
        public static extern int chown([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint owner, uint group);
    }
}
