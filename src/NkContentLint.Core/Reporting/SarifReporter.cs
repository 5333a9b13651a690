using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using NkContentLint.Diagnostics;
using NkContentLint.Running;

namespace NkContentLint.Reporting;

/// <summary>
/// SARIF 2.1.0, one run, per DESIGN.md's contract: rules with metadata, results with a physical
/// location relative to <c>%SRCROOT%</c> (the working directory, recorded in originalUriBaseIds),
/// related locations, suppressions with their justification, and partial fingerprints.
/// </summary>
public static class SarifReporter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    private const string SourceRoot = "%SRCROOT%";

    public static void Write(Stream stream, LintResult result, string workingDirectory)
    {
        var ruleIndex = result.Rules.Select((rule, index) => (rule.Id, index)).ToDictionary(p => p.Id, p => p.index, StringComparer.Ordinal);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        WriteTool(json, result);

        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject(SourceRoot);
        json.WriteString("uri", new Uri(Path.TrimEndingDirectorySeparator(Path.GetFullPath(workingDirectory)) + "/").AbsoluteUri);
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", true);
        json.WriteEndObject();
        json.WriteEndArray();

        json.WriteString("columnKind", "utf16CodeUnits");

        json.WriteStartArray("results");
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var diagnostic in result.Diagnostics)
        {
            // Identical findings on identical lines are told apart by their order, as GitHub does.
            var fingerprint = diagnostic.Fingerprint ?? Fingerprint(diagnostic);
            var occurrence = occurrences[fingerprint] = occurrences.GetValueOrDefault(fingerprint) + 1;
            WriteResult(json, diagnostic, ruleIndex[diagnostic.Id], $"{fingerprint}:{occurrence}");
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteTool(Utf8JsonWriter json, LintResult result)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", ToolInfo.Name);
        json.WriteString("version", ToolInfo.Version);
        json.WriteString("semanticVersion", ToolInfo.Version);
        json.WriteString("informationUri", ToolInfo.InformationUri);
        json.WriteStartArray("rules");
        foreach (var rule in result.Rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", rule.Name);
            WriteMessage(json, "shortDescription", rule.Title);
            WriteMessage(json, "fullDescription", rule.Description);
            json.WriteStartObject("help");
            json.WriteString("text", $"{rule.Description} See {rule.HelpLinkUri}");
            json.WriteEndObject();
            json.WriteString("helpUri", rule.HelpLinkUri);
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", rule.DefaultSeverity.ToSarifLevel());
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteStartArray("tags");
            json.WriteStringValue(rule.Category.ToLowerInvariant());
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Diagnostic diagnostic, int ruleIndex, string fingerprint)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Id);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", diagnostic.Severity.ToSarifLevel());
        WriteMessage(json, "message", diagnostic.Message);

        json.WriteStartArray("locations");
        json.WriteStartObject();
        WritePhysicalLocation(json, diagnostic.Location);
        json.WriteEndObject();
        json.WriteEndArray();

        if (!diagnostic.RelatedLocations.IsEmpty)
        {
            json.WriteStartArray("relatedLocations");
            var id = 1;
            foreach (var related in diagnostic.RelatedLocations)
            {
                json.WriteStartObject();
                json.WriteNumber("id", id++);
                WritePhysicalLocation(json, related.Location);
                WriteMessage(json, "message", related.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteStartObject("partialFingerprints");
        json.WriteString("nkcontentlint/v1", fingerprint);
        json.WriteEndObject();

        if (diagnostic.Suppression is { } suppression)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", suppression.Kind);
            if (suppression.Justification is not null)
            {
                json.WriteString("justification", suppression.Justification);
            }

            if (suppression.Directive is { } directive)
            {
                json.WriteStartObject("location");
                WritePhysicalLocation(json, directive);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WritePhysicalLocation(Utf8JsonWriter json, Location location)
    {
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", EscapeUri(location.Path));
        json.WriteString("uriBaseId", SourceRoot);
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", location.StartLine);
        json.WriteNumber("startColumn", location.StartColumn);
        json.WriteNumber("endLine", location.EndLine);
        json.WriteNumber("endColumn", location.EndColumn);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteMessage(Utf8JsonWriter json, string property, string text)
    {
        json.WriteStartObject(property);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    /// <summary>Relative URI reference: each path segment percent-encoded, slashes kept.</summary>
    internal static string EscapeUri(string path) =>
        string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    /// <summary>For findings the engine could not fingerprint from text (engine errors): rule, file and message.</summary>
    private static string Fingerprint(Diagnostic diagnostic)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{diagnostic.Id}\n{diagnostic.Location.Path}\n{diagnostic.Message}"));
        return Convert.ToHexStringLower(bytes.AsSpan(0, 16));
    }
}
