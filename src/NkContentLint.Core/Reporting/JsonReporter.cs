using System.Text.Json;
using NkContentLint.Diagnostics;
using NkContentLint.Running;

namespace NkContentLint.Reporting;

/// <summary>
/// The JSON report, schema version 1 (docs/formats/json.md, docs/formats/report.schema.json).
/// Additive changes keep the version; anything else bumps it.
/// </summary>
internal static class JsonReporter
{
    public const int SchemaVersion = 1;

    /// <summary>Bytes the JSON writers buffer before passing them on to their stream.</summary>
    internal const int FlushThreshold = 64 * 1024;

    public static void Write(Stream stream, LintResult result)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteNumber("schemaVersion", SchemaVersion);
        json.WriteStartObject("tool");
        json.WriteString("name", ToolInfo.Name);
        json.WriteString("version", ToolInfo.Version);
        json.WriteEndObject();

        json.WriteStartObject("summary");
        json.WriteNumber("filesChecked", result.FilesChecked);
        json.WriteNumber("errors", result.Count(DiagnosticSeverity.Error));
        json.WriteNumber("warnings", result.Count(DiagnosticSeverity.Warning));
        json.WriteNumber("infos", result.Count(DiagnosticSeverity.Info));
        json.WriteNumber("suppressed", result.Diagnostics.Count(d => d.IsSuppressed));
        json.WriteEndObject();

        json.WriteStartArray("diagnostics");
        foreach (var diagnostic in result.Diagnostics)
        {
            // Streamed: the writer's buffer goes to the stream as it fills, so a large report is never whole in memory.
            if (json.BytesPending > FlushThreshold)
            {
                json.Flush();
            }

            json.WriteStartObject();
            json.WriteString("ruleId", diagnostic.Id);
            json.WriteString("severity", diagnostic.Severity.ToConfigName());
            json.WriteString("message", diagnostic.Message);
            WriteLocation(json, diagnostic.Location);
            json.WriteString("helpUri", diagnostic.Descriptor.HelpLinkUri);
            if (!diagnostic.RelatedLocations.IsEmpty)
            {
                json.WriteStartArray("related");
                foreach (var related in diagnostic.RelatedLocations)
                {
                    json.WriteStartObject();
                    WriteLocation(json, related.Location);
                    json.WriteString("message", related.Message);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            if (diagnostic.Suppression is { } suppression)
            {
                json.WriteStartObject("suppression");
                json.WriteString("kind", suppression.Kind);
                if (suppression.Justification is not null)
                {
                    json.WriteString("justification", suppression.Justification);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter json, Location location)
    {
        json.WriteString("path", location.Path);
        json.WriteNumber("line", location.StartLine);
        json.WriteNumber("column", location.StartColumn);
        json.WriteNumber("endLine", location.EndLine);
        json.WriteNumber("endColumn", location.EndColumn);
    }
}
