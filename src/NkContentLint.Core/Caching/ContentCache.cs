using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NkContentLint.Diagnostics;
using NkContentLint.Running;

namespace NkContentLint.Caching;

/// <summary>
/// The content cache of <c>--cache DIR</c>: each article's outcome (<see cref="ArticleOutcome"/>: findings,
/// suppression directives, corpus records) stored under a key made of the <see cref="RunIdentity"/>, the
/// article's path, its bytes and, when the configuration dates articles from git, its commit date. An
/// article whose key is found is not parsed or analysed; its corpus records still reach the corpus
/// actions, so cross-file findings are the same as without the cache. Entries live in
/// <c>DIR/articles/</c> (the code-rule compiler keeps its assemblies beside them in <c>DIR/code-rules/</c>);
/// a damaged or unreadable entry is a miss. Thread-safe.
/// </summary>
internal sealed class ContentCache
{
    private const string Format = "nkcontentlint-cache/1";
    private readonly string folder;
    private readonly string runIdentity;
    private int hits;
    private int misses;

    public ContentCache(string directory, string runIdentity)
    {
        Directory = Path.GetFullPath(directory);
        folder = Path.Combine(Directory, "articles");
        this.runIdentity = runIdentity;
    }

    /// <summary>The cache folder (<c>--cache DIR</c>).</summary>
    public string Directory { get; }

    public int Hits => Volatile.Read(ref hits);

    public int Misses => Volatile.Read(ref misses);

    /// <summary>The key of one article: run identity, path, commit date (or none) and content.</summary>
    public string KeyFor(string displayPath, string? commitDate, ReadOnlySpan<byte> content)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{runIdentity}\n{displayPath}\n{commitDate ?? "-"}\n{content.Length}\n"));
        hash.AppendData(content);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The stored outcome for <paramref name="key"/>, or null (a miss).</summary>
    public ArticleOutcome? TryGet(string key, string displayPath, IReadOnlyDictionary<string, DiagnosticDescriptor> descriptors)
    {
        var path = EntryPath(key);
        try
        {
            if (File.Exists(path))
            {
                using var json = JsonDocument.Parse(File.ReadAllBytes(path));
                if (json.RootElement.GetProperty("format").GetString() == Format
                    && json.RootElement.GetProperty("key").GetString() == key
                    && ArticleOutcomeJson.Read(json.RootElement.GetProperty("article"), descriptors) is { } outcome
                    && outcome.Path == displayPath)
                {
                    Interlocked.Increment(ref hits);
                    return outcome;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException or FormatException or KeyNotFoundException or InvalidOperationException)
        {
            // A damaged entry, or one another process is writing: analysed again and rewritten.
        }

        Interlocked.Increment(ref misses);
        return null;
    }

    /// <summary>Stores an outcome (atomically: a reader sees the old entry, the new one, or none). A write that fails is ignored.</summary>
    public void Put(string key, ArticleOutcome outcome)
    {
        var path = EntryPath(key);
        var temporary = $"{path}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp";
        try
        {
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            using (var writer = new Utf8JsonWriter(stream))
            {
                writer.WriteStartObject();
                writer.WriteString("format", Format);
                writer.WriteString("key", key);
                writer.WritePropertyName("article");
                ArticleOutcomeJson.Write(writer, outcome);
                writer.WriteEndObject();
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written only makes the next run slower.
            try
            {
                File.Delete(temporary);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
            }
        }
    }

    private string EntryPath(string key) => Path.Combine(folder, key[..2], key + ".json");
}
