using System.Text;
using System.Text.Json;
using NkContentLint.Diagnostics;

namespace NkContentLint.Configuration;

/// <summary>
/// The JSON Schema of <c>.nkcontentlint.yaml</c> / <c>.json</c>, generated from the rules' descriptors
/// and their declared options, so editors complete and check what the loader accepts. Rule IDs outside
/// <c>NK</c> (custom rules) are allowed by pattern with any options. Published as
/// <c>docs/configuration.schema.json</c>; a test keeps that file equal to this output.
/// </summary>
internal static class ConfigurationSchema
{
    public const string PublishedUrl = "https://raw.githubusercontent.com/nkcontentlint/NkContentLint/main/docs/configuration.schema.json";

    /// <summary>Custom rule IDs: letters then digits, not starting with NK (those are the built-in family).</summary>
    /// <summary>A custom rule's ID in configuration (any case: IDs are read in capitals), see <see cref="CustomRules.CustomRuleIds"/>.</summary>
    public const string CustomRuleIdPattern = "^(?![Nn][Kk])[A-Za-z][A-Za-z0-9]*[0-9]+$";

    public static string Generate(IEnumerable<DiagnosticDescriptor> rules)
    {
        var descriptors = rules.DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "http://json-schema.org/draft-07/schema#");
            json.WriteString("$id", PublishedUrl);
            json.WriteString("title", "NkContentLint configuration");
            json.WriteString("description", "The .nkcontentlint.yaml (or .yml, or .json) file. Generated from the rules' descriptors by `nkcontentlint init --print-schema`; every key is optional.");
            json.WriteString("type", "object");
            json.WriteBoolean("additionalProperties", false);
            json.WriteStartObject("properties");
            json.WriteStartObject("$schema");
            json.WriteString("description", "This schema's URL, for editors of a JSON configuration.");
            json.WriteString("type", "string");
            json.WriteEndObject();
            Globs(json, "include", "Globs (relative to this file) that folder walks pick up. Default: **/*.md and **/*.markdown.");
            Globs(json, "exclude", "Globs (relative to this file) that are never linted.");
            json.WriteStartObject("rules");
            json.WriteString("$ref", "#/definitions/rules");
            json.WriteEndObject();
            Overrides(json);
            Facts(json);
            CustomRules(json);
            json.WriteEndObject();

            json.WriteStartObject("definitions");
            Severity(json);
            Rules(json, descriptors);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    private static void Globs(Utf8JsonWriter json, string name, string description)
    {
        json.WriteStartObject(name);
        json.WriteString("description", description);
        json.WriteString("type", "array");
        json.WriteStartObject("items");
        json.WriteString("type", "string");
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Overrides(Utf8JsonWriter json)
    {
        json.WriteStartObject("overrides");
        json.WriteString("description", "Applied in order to the files that match their globs.");
        json.WriteString("type", "array");
        json.WriteStartObject("items");
        json.WriteString("type", "object");
        json.WriteBoolean("additionalProperties", false);
        json.WriteStartArray("required");
        json.WriteStringValue("files");
        json.WriteEndArray();
        json.WriteStartObject("properties");
        json.WriteStartObject("files");
        json.WriteString("description", "Globs (relative to this file) of the files this override applies to.");
        json.WriteString("type", "array");
        json.WriteNumber("minItems", 1);
        json.WriteStartObject("items");
        json.WriteString("type", "string");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartObject("rules");
        json.WriteString("$ref", "#/definitions/rules");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>Opens a top-level section that takes only the keys listed: the caller writes them, then closes both objects.</summary>
    private static void StartSection(Utf8JsonWriter json, string name, string description)
    {
        json.WriteStartObject(name);
        json.WriteString("description", description);
        json.WriteString("type", "object");
        json.WriteBoolean("additionalProperties", false);
        json.WriteStartObject("properties");
    }

    private static void Facts(Utf8JsonWriter json)
    {
        StartSection(json, "facts", "Fact packs the fact rules (NK2xxx) check against.");
        Globs(json, "packs", "Fact pack files, relative to this file.");
        json.WriteStartObject("default");
        json.WriteString("description", "Also use the built-in fact pack (false: only the packs listed).");
        json.WriteString("type", "boolean");
        json.WriteBoolean("default", true);
        json.WriteEndObject();
        json.WriteStartObject("article_date");
        json.WriteString("description", "Where an article's date comes from: content (front matter, else a dateline or byline) or git (else the file's last commit).");
        json.WriteStartArray("enum");
        json.WriteStringValue("content");
        json.WriteStringValue("git");
        json.WriteEndArray();
        json.WriteString("default", "content");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void CustomRules(Utf8JsonWriter json)
    {
        StartSection(json, "custom_rules", "Folders of custom rules (one YAML rule per file, see docs/rules-authoring.md), loaded before the rest of this file is checked.");
        Globs(json, "paths", "Folders of rule files, relative to this file.");
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Severity(Utf8JsonWriter json)
    {
        json.WriteStartObject("severity");
        json.WriteString("description", "error, warning, info or none (off); true keeps the default severity, false is none.");
        json.WriteStartArray("enum");
        foreach (var name in new[] { "error", "warning", "info", "none" })
        {
            json.WriteStringValue(name);
        }

        json.WriteBooleanValue(true);
        json.WriteBooleanValue(false);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Rules(Utf8JsonWriter json, IReadOnlyList<DiagnosticDescriptor> descriptors)
    {
        json.WriteStartObject("rules");
        json.WriteString("description", "Rule IDs mapped to a severity, or to a mapping of `severity` and the rule's options.");
        json.WriteString("type", "object");
        json.WriteStartObject("properties");
        foreach (var descriptor in descriptors)
        {
            json.WriteStartObject(descriptor.Id);
            json.WriteString("description", $"{descriptor.Title} (default: {descriptor.DefaultSeverity.ToConfigName()}). {descriptor.HelpLinkUri}");
            json.WriteStartArray("anyOf");
            json.WriteStartObject();
            json.WriteString("$ref", "#/definitions/severity");
            json.WriteEndObject();
            json.WriteStartObject();
            json.WriteString("type", "object");
            json.WriteBoolean("additionalProperties", false);
            json.WriteStartObject("properties");
            json.WriteStartObject("severity");
            json.WriteString("$ref", "#/definitions/severity");
            json.WriteEndObject();
            foreach (var option in descriptor.Options)
            {
                Option(json, option);
            }

            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteStartObject("patternProperties");
        json.WriteStartObject(CustomRuleIdPattern);
        json.WriteString("description", "A custom rule (letters and digits ending in a number, not starting with NK, such as HOUSE001): a severity, or a mapping of severity and its options.");
        json.WriteStartArray("anyOf");
        json.WriteStartObject();
        json.WriteString("$ref", "#/definitions/severity");
        json.WriteEndObject();
        json.WriteStartObject();
        json.WriteString("type", "object");
        json.WriteStartObject("properties");
        json.WriteStartObject("severity");
        json.WriteString("$ref", "#/definitions/severity");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteBoolean("additionalProperties", false);
        json.WriteEndObject();
    }

    private static void Option(Utf8JsonWriter json, RuleOption option)
    {
        json.WriteStartObject(option.Name);
        json.WriteString("description", option.Description);
        switch (option.Kind)
        {
            case RuleOptionKind.Boolean:
                json.WriteString("type", "boolean");
                json.WriteBoolean("default", option.DefaultValue is true);
                break;
            case RuleOptionKind.Integer:
                json.WriteString("type", "integer");
                json.WriteNumber("default", Convert.ToInt64(option.DefaultValue, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case RuleOptionKind.String:
                json.WriteString("type", "string");
                if (!option.AllowedValues.IsDefaultOrEmpty)
                {
                    json.WriteStartArray("enum");
                    foreach (var value in option.AllowedValues)
                    {
                        json.WriteStringValue(value);
                    }

                    json.WriteEndArray();
                }

                json.WriteString("default", option.DefaultValue?.ToString() ?? string.Empty);
                break;
            case RuleOptionKind.StringList:
                json.WriteString("type", "array");
                json.WriteStartObject("items");
                json.WriteString("type", "string");
                json.WriteEndObject();
                json.WriteStartArray("default");
                foreach (var value in ConfigurationTemplate.Strings(option.DefaultValue))
                {
                    json.WriteStringValue(value);
                }

                json.WriteEndArray();
                break;
        }

        json.WriteEndObject();
    }
}
