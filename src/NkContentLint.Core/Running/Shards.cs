using System.Buffers.Binary;
using System.Collections.Immutable;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NkContentLint.Diagnostics;
using NkContentLint.Reporting;

namespace NkContentLint.Running;

/// <summary>
/// <c>--shard k/n</c>: the k-th of n parts of a run. An article belongs to the part its display path
/// (relative to the working directory, '/' separators) hashes to, so every machine and OS splits the same
/// files the same way, and adding a file moves no other.
/// </summary>
internal sealed record ShardSpec(int Index, int Count)
{
    /// <summary><c>k/n</c> with 1 ≤ k ≤ n ≤ 10000, or null.</summary>
    public static ShardSpec? Parse(string text)
    {
        var slash = text.IndexOf('/');
        return slash > 0
            && int.TryParse(text.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out var k)
            && int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            && n is >= 1 and <= 10000 && k >= 1 && k <= n
            ? new ShardSpec(k, n)
            : null;
    }

    /// <summary>The part (1-based) an article's display path falls in: SHA-256 of its UTF-8 bytes, first 8 bytes big-endian, modulo n.</summary>
    public static int PartOf(string displayPath, int count) =>
        (int)(BinaryPrimitives.ReadUInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(displayPath.Replace('\\', '/')))) % (ulong)count) + 1;

    public bool Contains(string displayPath) => PartOf(displayPath, Count) == Index;

    public override string ToString() => $"{Index}/{Count}";
}

/// <summary>
/// One shard's share of a run (<c>--format shard:FILE</c>, docs/shard-format.md): its articles' outcomes before
/// suppressions, cross-file checks, baseline and changed-lines filters, which <c>nkcontentlint merge</c>
/// applies to all shards at once.
/// </summary>
internal sealed record ShardResult(
    ShardSpec Shard,
    string RunIdentity,
    ImmutableArray<string> Inputs,
    ImmutableArray<string> Files,
    IReadOnlyList<ArticleOutcome> Articles,
    ImmutableArray<Diagnostic> Problems,
    ImmutableArray<string> UnmatchedInputs)
{
    public string? FactPackVersion { get; init; }
}

/// <summary>A shard file that cannot be merged: its name and why.</summary>
internal sealed class ShardFileException(string message) : Exception(message);

/// <summary>Reads and writes shard files (docs/shard-format.md; format <c>nkcontentlint-shard</c>, version 1).</summary>
internal static class ShardFile
{
    public const string Format = "nkcontentlint-shard";
    public const int Version = 1;

    public static void Write(Stream stream, ShardResult shard)
    {
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false });
        writer.WriteStartObject();
        writer.WriteString("format", Format);
        writer.WriteNumber("version", Version);
        writer.WriteStartObject("tool");
        writer.WriteString("name", ToolInfo.Name);
        writer.WriteString("version", ToolInfo.Version);
        if (ToolInfo.Commit is not null)
        {
            writer.WriteString("commit", ToolInfo.Commit);
        }

        writer.WriteEndObject();
        writer.WriteString("runIdentity", shard.RunIdentity);
        writer.WriteStartObject("shard");
        writer.WriteNumber("index", shard.Shard.Index);
        writer.WriteNumber("count", shard.Shard.Count);
        writer.WriteEndObject();
        if (shard.FactPackVersion is not null)
        {
            writer.WriteString("factPackVersion", shard.FactPackVersion);
        }

        WriteStrings(writer, "inputs", shard.Inputs);
        WriteStrings(writer, "files", shard.Files);
        WriteStrings(writer, "unmatchedInputs", shard.UnmatchedInputs);
        writer.WriteStartArray("problems");
        foreach (var problem in shard.Problems)
        {
            ArticleOutcomeJson.WriteDiagnostic(writer, problem);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("articles");
        foreach (var article in shard.Articles)
        {
            ArticleOutcomeJson.Write(writer, article);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The shard in <paramref name="stream"/>; <paramref name="name"/> names it in errors.</summary>
    public static ShardResult Read(Stream stream, string name, IReadOnlyDictionary<string, DiagnosticDescriptor> descriptors)
    {
        try
        {
            using var json = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 64 });
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("format", out var format) || format.GetString() != Format)
            {
                throw new ShardFileException($"{name}: not a shard file (written by --format shard:FILE)");
            }

            var version = root.GetProperty("version").GetInt32();
            if (version != Version)
            {
                throw new ShardFileException($"{name}: shard format version {version}; this nkcontentlint reads version {Version}");
            }

            var shard = root.GetProperty("shard");
            var spec = new ShardSpec(shard.GetProperty("index").GetInt32(), shard.GetProperty("count").GetInt32());
            return new ShardResult(
                spec,
                root.GetProperty("runIdentity").GetString()!,
                ReadStrings(root, "inputs"),
                ReadStrings(root, "files"),
                [.. root.GetProperty("articles").EnumerateArray().Select(a => ArticleOutcomeJson.Read(a, descriptors))],
                [.. root.GetProperty("problems").EnumerateArray().Select(p => ArticleOutcomeJson.ReadDiagnostic(p, descriptors))],
                ReadStrings(root, "unmatchedInputs"))
            {
                FactPackVersion = root.TryGetProperty("factPackVersion", out var pack) ? pack.GetString() : null,
            };
        }
        catch (Exception ex) when (ex is JsonException or FormatException or KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            throw new ShardFileException($"{name}: a malformed shard file: {ex.Message}");
        }
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static ImmutableArray<string> ReadStrings(JsonElement root, string name) =>
        [.. root.GetProperty(name).EnumerateArray().Select(e => e.GetString()!)];
}
