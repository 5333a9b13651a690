using System.Text;
using System.Text.Json;
using NkContentLint.Analysis;
using NkContentLint.Diagnostics;
using NkContentLint.Running;

namespace NkContentLint.Baselines;

/// <summary>One recorded finding: matched by rule, file and fingerprint; the message is for readers.</summary>
internal sealed record BaselineEntry(string RuleId, string Path, string Fingerprint, int Count, string Message);

/// <summary>A baseline file could not be read: the run stops (exit 2) with its location.</summary>
internal sealed class BaselineException(string message) : Exception(message);

/// <summary>What applying a baseline did.</summary>
internal sealed record BaselineOutcome(LintResult Result, int Matched, int Stale);

/// <summary>
/// Today's findings, recorded so that only new ones are reported (docs/baseline.md). Findings match by
/// rule, file and fingerprint (the flagged text and its line's content, never the line number), so
/// they keep matching when lines move; several identical findings are counted. The file is JSON,
/// sorted, one finding per entry, with no timestamps, so it diffs and merges well.
/// </summary>
internal sealed class Baseline
{
    public const int FormatVersion = 1;

    /// <summary>The suppression kind SARIF uses for findings a baseline accepts.</summary>
    public const string SuppressionKind = "external";

    private Baseline(IReadOnlyList<BaselineEntry> entries)
    {
        Entries = entries;
    }

    public IReadOnlyList<BaselineEntry> Entries { get; }

    /// <summary>The baseline of a run: every unsuppressed finding.</summary>
    public static Baseline From(LintResult result) =>
        new(result.Reported
            .GroupBy(d => (d.Id, d.Location.Path, Fingerprint: Fingerprints.Of(d)))
            .Select(g => new BaselineEntry(g.Key.Id, g.Key.Path, g.Key.Fingerprint, g.Count(), g.First().Message))
            .OrderBy(e => e.Path, StringComparer.Ordinal)
            .ThenBy(e => e.RuleId, StringComparer.Ordinal)
            .ThenBy(e => e.Fingerprint, StringComparer.Ordinal)
            .ToList());

    public void Write(Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteNumber("version", FormatVersion);
        json.WriteString("tool", "nkcontentlint");
        json.WriteStartArray("findings");
        foreach (var entry in Entries)
        {
            json.WriteStartObject();
            json.WriteString("path", entry.Path);
            json.WriteString("ruleId", entry.RuleId);
            json.WriteString("fingerprint", entry.Fingerprint);
            if (entry.Count != 1)
            {
                json.WriteNumber("count", entry.Count);
            }

            json.WriteString("message", entry.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        stream.Write("\n"u8);
    }

    public byte[] ToBytes()
    {
        using var buffer = new MemoryStream();
        Write(buffer);
        return buffer.ToArray();
    }

    public static Baseline Load(string path, string displayPath)
    {
        byte[] bytes;
        try
        {
            bytes = Text.BoundedRead.ReadFile(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new BaselineException($"{displayPath}(1,1): error: cannot read the baseline: {ex.Message}");
        }

        return Parse(bytes, displayPath);
    }

    public static Baseline Parse(ReadOnlySpan<byte> bytes, string displayPath)
    {
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number)
            {
                throw new BaselineException($"{displayPath}(1,1): error: not an nkcontentlint baseline (no \"version\")");
            }

            if (!version.TryGetInt32(out var versionNumber) || versionNumber != FormatVersion)
            {
                throw new BaselineException($"{displayPath}(1,1): error: baseline version {version.GetRawText()} is not supported (expected {FormatVersion}); write it again with --write-baseline");
            }

            var entries = new List<BaselineEntry>();
            if (root.TryGetProperty("findings", out var findings))
            {
                if (findings.ValueKind != JsonValueKind.Array)
                {
                    throw new BaselineException($"{displayPath}(1,1): error: \"findings\" must be a list");
                }

                foreach (var item in findings.EnumerateArray())
                {
                    var number = entries.Count + 1;
                    if (item.ValueKind != JsonValueKind.Object)
                    {
                        throw new BaselineException($"{displayPath}(1,1): error: finding {number} must be an object");
                    }

                    string Text(string name, bool required)
                    {
                        if (item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
                        {
                            return value.GetString()!;
                        }

                        return required || value.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Null)
                            ? throw new BaselineException($"{displayPath}(1,1): error: finding {number} has no \"{name}\" string")
                            : string.Empty;
                    }

                    var count = 1;
                    if (item.TryGetProperty("count", out var c) && (c.ValueKind != JsonValueKind.Number || !c.TryGetInt32(out count) || count < 1))
                    {
                        throw new BaselineException($"{displayPath}(1,1): error: finding {number} has \"count\": {c.GetRawText()}; it must be a whole number from 1 to {int.MaxValue}");
                    }

                    entries.Add(new BaselineEntry(Text("ruleId", true), Text("path", true), Text("fingerprint", true), count, Text("message", false)));
                }
            }

            return new Baseline(entries);
        }
        catch (JsonException ex)
        {
            var line = (ex.LineNumber ?? 0) + 1;
            var column = (ex.BytePositionInLine ?? 0) + 1;
            throw new BaselineException($"{displayPath}({line},{column}): error: the baseline is not valid JSON: {FirstSentence(ex.Message)}");
        }
    }

    /// <summary>
    /// Marks the findings the baseline records as suppressed (kind <c>external</c>), so reports
    /// count only new ones and SARIF still lists the accepted ones. Each entry matches at most
    /// <see cref="BaselineEntry.Count"/> findings.
    /// </summary>
    public BaselineOutcome Apply(LintResult result, string justification)
    {
        var remaining = new Dictionary<(string, string, string), int>();
        foreach (var entry in Entries)
        {
            var key = (entry.RuleId, entry.Path, entry.Fingerprint);
            remaining[key] = remaining.GetValueOrDefault(key) + entry.Count;
        }

        var matched = 0;
        var diagnostics = new List<Diagnostic>(result.Diagnostics.Length);
        foreach (var diagnostic in result.Diagnostics)
        {
            var key = (diagnostic.Id, diagnostic.Location.Path, Fingerprints.Of(diagnostic));
            if (!diagnostic.IsSuppressed && remaining.TryGetValue(key, out var left) && left > 0)
            {
                remaining[key] = left - 1;
                matched++;
                diagnostics.Add(diagnostic.WithSuppression(new SuppressionInfo(SuppressionKind, justification, null)));
            }
            else
            {
                diagnostics.Add(diagnostic);
            }
        }

        return new BaselineOutcome(result.WithDiagnostics(diagnostics), matched, remaining.Values.Sum());
    }

    private static string FirstSentence(string message)
    {
        var builder = new StringBuilder(message);
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return cut > 0 ? builder.ToString(0, cut).TrimEnd() : message;
    }
}
