namespace NkContentLint.Text;

/// <summary>
/// Reads a whole input, but never more than a limit: <c>/dev/zero</c>, <c>/dev/urandom</c> or an
/// endless pipe on standard input would otherwise be read until memory runs out.
/// </summary>
internal static class BoundedRead
{
    /// <summary>
    /// Every byte of <paramref name="stream"/>, or null when it has more than <paramref name="limit"/>
    /// (reading stops one byte past the limit).
    /// </summary>
    public static byte[]? ReadAll(Stream stream, long limit)
    {
        long known = -1;
        try
        {
            if (stream.CanSeek)
            {
                known = stream.Length - stream.Position;
            }
        }
        catch (NotSupportedException)
        {
        }

        if (known > limit)
        {
            return null;
        }

        if (known >= 0)
        {
            // A regular file: one buffer of its size, plus a read that must find nothing more.
            var bytes = new byte[known];
            var read = 0;
            while (read < bytes.Length)
            {
                var n = stream.Read(bytes, read, bytes.Length - read);
                if (n == 0)
                {
                    return bytes[..read];
                }

                read += n;
            }

            // On the stack: a 4 KB array per file was 7% of what a run over many small files (tldr) allocated.
            Span<byte> probe = stackalloc byte[4096];
            var more = stream.Read(probe);
            if (more == 0)
            {
                return bytes;
            }

            // The file grew while being read: fall through to the general path for the rest.
            using var rest = new MemoryStream();
            rest.Write(bytes);
            rest.Write(probe[..more]);
            return CopyRest(stream, rest, limit);
        }

        using var buffer = new MemoryStream();
        return CopyRest(stream, buffer, limit);
    }

    /// <summary>Limit for the files that configure a run (configuration, baseline, .gitignore).</summary>
    public const long SettingsFileLimit = 64L * 1024 * 1024;

    /// <summary>A whole file, or an IOException saying it is over <paramref name="limit"/>.</summary>
    public static byte[] ReadFile(string path, long limit = SettingsFileLimit)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
        return ReadAll(stream, limit) ?? throw new IOException($"it is over the {limit:N0}-byte limit");
    }

    /// <summary>A whole text file (BOM-detected, UTF-8 by default), or an IOException saying it is over <paramref name="limit"/>.</summary>
    public static string ReadFileText(string path, long limit = SettingsFileLimit)
    {
        using var reader = new StreamReader(new MemoryStream(ReadFile(path, limit)), System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    private static byte[]? CopyRest(Stream stream, MemoryStream buffer, long limit)
    {
        var chunk = new byte[81920];
        while (true)
        {
            if (buffer.Length > limit)
            {
                return null;
            }

            var want = (int)Math.Min(chunk.Length, limit + 1 - buffer.Length);
            var n = stream.Read(chunk, 0, want);
            if (n == 0)
            {
                return buffer.ToArray();
            }

            buffer.Write(chunk, 0, n);
        }
    }
}
