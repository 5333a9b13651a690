using System.Collections.Immutable;
using System.Text.Json;
using Microsoft.CodeAnalysis.Text;
using NkContentLint.Analysis;
using NkContentLint.Diagnostics;
using NkContentLint.Suppressions;

namespace NkContentLint.Running;

/// <summary>
/// What one article contributes to a run, before suppressions are applied: its findings (severities and
/// fingerprints set), its suppression directives, and the records its corpus actions kept (NK2004's
/// figures). It is all a run needs of an article it does not analyse again, which is what a content cache
/// stores and what a shard file carries.
/// </summary>
internal sealed record ArticleOutcome(string Path, ImmutableArray<Diagnostic> Diagnostics, SuppressionFilter? Suppressions, IReadOnlyList<CorpusRecord> Records);

/// <summary>
/// Article outcomes as JSON (docs/shard-format.md, "article"): written by the content cache and in shard
/// files, read back exactly (messages are not formatted again).
/// </summary>
internal static class ArticleOutcomeJson
{
    public static void Write(Utf8JsonWriter writer, ArticleOutcome outcome)
    {
        writer.WriteStartObject();
        writer.WriteString("path", outcome.Path);
        writer.WriteStartArray("diagnostics");
        foreach (var diagnostic in outcome.Diagnostics)
        {
            WriteDiagnostic(writer, diagnostic);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("suppressions");
        foreach (var (directive, location) in outcome.Suppressions?.Saved ?? [])
        {
            writer.WriteStartObject();
            writer.WriteString("kind", directive.Kind.ToString());
            writer.WriteStartArray("rules");
            foreach (var id in directive.RuleIds)
            {
                writer.WriteStringValue(id);
            }

            writer.WriteEndArray();
            if (directive.Reason is not null)
            {
                writer.WriteString("reason", directive.Reason);
            }

            writer.WriteNumber("start", directive.Span.Start);
            writer.WriteNumber("length", directive.Span.Length);
            writer.WriteNumber("startLine", directive.StartLine);
            writer.WriteNumber("endLine", directive.EndLine);
            writer.WritePropertyName("location");
            WriteLocation(writer, location);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("records");
        foreach (var record in outcome.Records)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", record.Kind);
            writer.WritePropertyName("data");
            writer.WriteRawValue(record.Json);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>
    /// The outcome saved in <paramref name="element"/>; throws <see cref="FormatException"/> when it is
    /// malformed or names a rule not in <paramref name="descriptors"/>.
    /// </summary>
    public static ArticleOutcome Read(JsonElement element, IReadOnlyDictionary<string, DiagnosticDescriptor> descriptors)
    {
        try
        {
            var path = element.GetProperty("path").GetString() ?? throw new FormatException("an article without a path");
            var diagnostics = element.GetProperty("diagnostics").EnumerateArray().Select(d => ReadDiagnostic(d, descriptors)).ToImmutableArray();
            var saved = element.GetProperty("suppressions").EnumerateArray().Select(s => (
                new SuppressionDirective(
                    Enum.Parse<SuppressionKind>(s.GetProperty("kind").GetString()!),
                    [.. s.GetProperty("rules").EnumerateArray().Select(r => r.GetString()!)],
                    s.TryGetProperty("reason", out var reason) ? reason.GetString() : null,
                    new TextSpan(s.GetProperty("start").GetInt32(), s.GetProperty("length").GetInt32()),
                    s.GetProperty("startLine").GetInt32(),
                    s.GetProperty("endLine").GetInt32()),
                ReadLocation(s.GetProperty("location")))).ToList();
            var records = element.GetProperty("records").EnumerateArray()
                .Select(r => new CorpusRecord(r.GetProperty("kind").GetString()!, r.GetProperty("data").GetRawText())).ToList();
            return new ArticleOutcome(path, diagnostics, saved.Count == 0 ? null : SuppressionFilter.Restore(path, saved), records);
        }
        catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException or ArgumentException or JsonException or NullReferenceException)
        {
            throw new FormatException($"a malformed article entry: {ex.Message}", ex);
        }
    }

    public static void WriteDiagnostic(Utf8JsonWriter writer, Diagnostic diagnostic)
    {
        writer.WriteStartObject();
        writer.WriteString("id", diagnostic.Id);
        writer.WriteString("severity", diagnostic.Severity.ToConfigName());
        writer.WriteString("message", diagnostic.Message);
        writer.WritePropertyName("location");
        WriteLocation(writer, diagnostic.Location);
        if (diagnostic.Fingerprint is not null)
        {
            writer.WriteString("fingerprint", diagnostic.Fingerprint);
        }

        if (!diagnostic.RelatedLocations.IsEmpty)
        {
            writer.WriteStartArray("related");
            foreach (var related in diagnostic.RelatedLocations)
            {
                writer.WriteStartObject();
                writer.WriteString("message", related.Message);
                writer.WritePropertyName("location");
                WriteLocation(writer, related.Location);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        if (!diagnostic.Properties.IsEmpty)
        {
            writer.WriteStartObject("properties");
            foreach (var (key, value) in diagnostic.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                writer.WriteString(key, value);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    public static Diagnostic ReadDiagnostic(JsonElement element, IReadOnlyDictionary<string, DiagnosticDescriptor> descriptors)
    {
        var id = element.GetProperty("id").GetString()!;
        if (!descriptors.TryGetValue(id, out var descriptor))
        {
            throw new FormatException($"a finding of rule {id}, which is not in force in this run");
        }

        if (!DiagnosticSeverityNames.TryParse(element.GetProperty("severity").GetString(), out var severity))
        {
            throw new FormatException($"a finding of rule {id} with an unknown severity");
        }

        var related = element.TryGetProperty("related", out var list)
            ? list.EnumerateArray().Select(r => new RelatedLocation(ReadLocation(r.GetProperty("location")), r.GetProperty("message").GetString()!)).ToList()
            : [];
        var properties = element.TryGetProperty("properties", out var props)
            ? props.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal)
            : new Dictionary<string, string>();
        return Diagnostic.Restore(
            descriptor,
            ReadLocation(element.GetProperty("location")),
            severity,
            element.GetProperty("message").GetString()!,
            related,
            properties,
            element.TryGetProperty("fingerprint", out var fingerprint) ? fingerprint.GetString() : null);
    }

    /// <summary><c>{"path": …, "span": [start, length], "lines": [startLine, startColumn, endLine, endColumn]}</c>, 0-based.</summary>
    public static void WriteLocation(Utf8JsonWriter writer, Location location)
    {
        writer.WriteStartObject();
        writer.WriteString("path", location.Path);
        writer.WriteStartArray("span");
        writer.WriteNumberValue(location.Span.Start);
        writer.WriteNumberValue(location.Span.Length);
        writer.WriteEndArray();
        writer.WriteStartArray("lines");
        writer.WriteNumberValue(location.LineSpan.Start.Line);
        writer.WriteNumberValue(location.LineSpan.Start.Character);
        writer.WriteNumberValue(location.LineSpan.End.Line);
        writer.WriteNumberValue(location.LineSpan.End.Character);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static Location ReadLocation(JsonElement element)
    {
        var span = element.GetProperty("span");
        var lines = element.GetProperty("lines");
        return new Location(
            element.GetProperty("path").GetString()!,
            new TextSpan(span[0].GetInt32(), span[1].GetInt32()),
            new LinePositionSpan(new LinePosition(lines[0].GetInt32(), lines[1].GetInt32()), new LinePosition(lines[2].GetInt32(), lines[3].GetInt32())));
    }
}
