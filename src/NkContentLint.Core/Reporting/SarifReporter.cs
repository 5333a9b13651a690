using System.Text.Json;
using NkContentLint.Analysis;
using NkContentLint.Diagnostics;
using NkContentLint.Running;

namespace NkContentLint.Reporting;

/// <summary>
/// SARIF 2.1.0, one run, per DESIGN.md's contract: rules with metadata, results with a physical
/// location relative to <c>%SRCROOT%</c> (the working directory, recorded in originalUriBaseIds),
/// related locations, suppressions with their justification, and partial fingerprints.
/// </summary>
internal static class SarifReporter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>The partial fingerprint GitHub code scanning matches alerts by.</summary>
    public const string LineHashKey = "primaryLocationLineHash";

    /// <summary>Diagnostic property keys a fact rule sets; SARIF copies them into the result's properties.</summary>
    public const string FactPropertyPrefix = "fact.";

    private const string SourceRoot = "%SRCROOT%";
    private const int MaxDescription = 1024;

    public static void Write(Stream stream, LintResult result, string workingDirectory) =>
        Write(stream, result, new ReportContext(workingDirectory));

    public static void Write(Stream stream, LintResult result, ReportContext context)
    {
        var ruleIndex = result.Rules.Select((rule, index) => (rule.Id, index)).ToDictionary(p => p.Id, p => p.index, StringComparer.Ordinal);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("$schema", SchemaUri);
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        WriteTool(json, result);

        var root = new Uri(Path.TrimEndingDirectorySeparator(Path.GetFullPath(context.WorkingDirectory)) + "/").AbsoluteUri;
        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject(SourceRoot);
        json.WriteString("uri", root);
        WriteMessage(json, "description", "The folder the linter ran in (the repository root in the GitHub Action); every result's path is relative to it.");
        json.WriteEndObject();
        json.WriteEndObject();

        WriteInvocation(json, result, ruleIndex, root);

        json.WriteString("columnKind", "utf16CodeUnits");

        json.WriteStartArray("results");
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var diagnostic in result.Diagnostics)
        {
            // Identical findings on identical lines are told apart by their order, as GitHub does.
            var fingerprint = Fingerprints.Of(diagnostic);
            var occurrence = occurrences[fingerprint] = occurrences.GetValueOrDefault(fingerprint) + 1;
            if (json.BytesPending > JsonReporter.FlushThreshold)
            {
                // Streamed: the buffer goes to the stream as it fills.
                json.Flush();
            }

            WriteResult(json, diagnostic, ruleIndex[diagnostic.Id], $"{fingerprint}:{occurrence}");
        }

        json.WriteEndArray();

        var properties = new List<(string, string)>();
        if (result.FactPackVersion is not null)
        {
            properties.Add(("factPackVersion", result.FactPackVersion));
        }

        if (context.ChangedSince is not null)
        {
            properties.Add(("changedSince", context.ChangedSince));
        }

        if (context.BaselinePath is not null)
        {
            properties.Add(("baseline", context.BaselinePath));
        }

        WriteProperties(json, properties);

        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteTool(Utf8JsonWriter json, LintResult result)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", ToolInfo.Name);
        json.WriteString("fullName", $"{ToolInfo.Name} {ToolInfo.Version}");
        json.WriteString("version", ToolInfo.Version);
        json.WriteString("semanticVersion", ToolInfo.Version);
        json.WriteString("informationUri", ToolInfo.InformationUri);
        WriteProperties(json, ToolInfo.Commit is null ? [] : [("commit", ToolInfo.Commit)]);
        json.WriteStartArray("rules");
        foreach (var rule in result.Rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", rule.Name);
            WriteMessage(json, "shortDescription", Truncate(rule.Title));
            WriteMessage(json, "fullDescription", Truncate(rule.Description));
            json.WriteStartObject("help");
            json.WriteString("text", $"{rule.Description} Default severity: {rule.DefaultSeverity.ToConfigName()}. Documentation, with examples that fire and that do not: {rule.HelpLinkUri}");
            json.WriteString("markdown", HelpMarkdown(rule));
            json.WriteEndObject();
            json.WriteString("helpUri", rule.HelpLinkUri);
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", rule.DefaultSeverity.ToSarifLevel());
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteStartArray("tags");
            json.WriteStringValue("nkcontentlint");
            json.WriteStringValue(rule.Category.ToLowerInvariant());
            json.WriteEndArray();
            json.WriteString("problem.severity", rule.DefaultSeverity switch
            {
                DiagnosticSeverity.Error => "error",
                DiagnosticSeverity.Warning => "warning",
                _ => "recommendation",
            });
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>
    /// One invocation: successful unless a rule crashed (NK0002); NK0001 and NK0002 findings are also
    /// tool notifications, so a reader of the log sees what the tool could not do.
    /// </summary>
    private static void WriteInvocation(Utf8JsonWriter json, LintResult result, Dictionary<string, int> ruleIndex, string root)
    {
        var engineErrors = result.Reported
            .Where(d => d.Id == EngineDiagnostics.FileUnreadable.Id || d.Id == EngineDiagnostics.AnalyzerFailed.Id)
            .ToList();
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", !engineErrors.Any(d => d.Id == EngineDiagnostics.AnalyzerFailed.Id));
        json.WriteStartObject("workingDirectory");
        json.WriteString("uri", root);
        json.WriteEndObject();
        if (engineErrors.Count > 0)
        {
            json.WriteStartArray("toolExecutionNotifications");
            foreach (var diagnostic in engineErrors)
            {
                json.WriteStartObject();
                json.WriteString("level", diagnostic.Severity.ToSarifLevel());
                WriteMessage(json, "message", diagnostic.Message);
                json.WriteStartArray("locations");
                json.WriteStartObject();
                WritePhysicalLocation(json, diagnostic.Location);
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteStartObject("associatedRule");
                json.WriteString("id", diagnostic.Id);
                json.WriteNumber("index", ruleIndex[diagnostic.Id]);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndArray();
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

        // Computed here, not left to upload-sarif, so uploads through the API match the same alerts.
        // The hash is of the finding's text and line content, not its line number: it survives moves.
        json.WriteStartObject("partialFingerprints");
        json.WriteString(LineHashKey, fingerprint);
        json.WriteString("nkcontentlint/v1", fingerprint);
        json.WriteEndObject();

        if (diagnostic.Suppression is { } suppression)
        {
            json.WriteStartArray("suppressions");
            json.WriteStartObject();
            json.WriteString("kind", suppression.Kind);
            json.WriteString("status", "accepted");
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

        WriteProperties(json, diagnostic.Properties
            .Where(p => p.Key.StartsWith(FactPropertyPrefix, StringComparison.Ordinal))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => (p.Key, p.Value))
            .ToList());

        json.WriteEndObject();
    }

    /// <summary>A SARIF property bag of strings; nothing is written when there are none.</summary>
    private static void WriteProperties(Utf8JsonWriter json, IReadOnlyList<(string Name, string Value)> properties)
    {
        if (properties.Count == 0)
        {
            return;
        }

        json.WriteStartObject("properties");
        foreach (var (name, value) in properties)
        {
            json.WriteString(name, value);
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

    private static string HelpMarkdown(DiagnosticDescriptor rule) =>
        $"**{rule.Id}: {rule.Title}** ({rule.Category}, default severity `{rule.DefaultSeverity.ToConfigName()}`)\n\n{rule.Description}\n\n"
        + $"See [{rule.Id}]({rule.HelpLinkUri}) for examples that fire and that do not, options, and how to fix or suppress it "
        + $"(`<!-- nkcontentlint-disable-next-line {rule.Id} -- reason -->`).";

    private static string Truncate(string text) => text.Length <= MaxDescription ? text : text[..(MaxDescription - 1)] + "…";

    /// <summary>Relative URI reference: each path segment percent-encoded, slashes kept.</summary>
    internal static string EscapeUri(string path) =>
        string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}
