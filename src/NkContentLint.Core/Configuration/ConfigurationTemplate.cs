using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using NkContentLint.Diagnostics;

namespace NkContentLint.Configuration;

/// <summary>
/// The commented <c>.nkcontentlint.yaml</c> that <c>nkcontentlint init</c> writes: every rule with its
/// default severity and options (so the file changes nothing until edited), the schema reference for
/// editors, and a house fact pack next to it.
/// </summary>
internal static class ConfigurationTemplate
{
    public const string HouseFactPackPath = "facts/house-facts.yaml";

    public const string FactPackSchemaUrl = "https://raw.githubusercontent.com/nkcontentlint/NkContentLint/main/rules/facts/fact-pack.schema.json";

    public static string Configuration(IEnumerable<DiagnosticDescriptor> rules, string toolVersion)
    {
        var text = new StringBuilder();
        text.Append("# yaml-language-server: $schema=").Append(ConfigurationSchema.PublishedUrl).Append('\n');
        text.Append("# NkContentLint configuration, written by `nkcontentlint init` (").Append(toolVersion).Append(").\n");
        text.Append("# Every value below is the default, so this file changes nothing until you edit it: change what\n");
        text.Append("# your house style needs and delete the rest. Reference:\n");
        text.Append("# https://github.com/nkcontentlint/NkContentLint#configuration\n\n");

        text.Append("# The files a folder walk picks up, and those never linted (globs relative to this file).\n");
        text.Append("include: [\"**/*.md\", \"**/*.markdown\"]\n");
        text.Append("exclude: []\n\n");

        text.Append("# Each rule's severity: error, warning, info or none (off). Rules with options take a mapping.\n");
        text.Append("rules:\n");
        foreach (var descriptor in rules.DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            text.Append("  # ").Append(descriptor.Id).Append(' ').Append(descriptor.Title).Append(": ").Append(descriptor.HelpLinkUri).Append('\n');
            if (descriptor.Options.IsEmpty)
            {
                text.Append("  ").Append(descriptor.Id).Append(": ").Append(descriptor.DefaultSeverity.ToConfigName()).Append('\n');
                continue;
            }

            text.Append("  ").Append(descriptor.Id).Append(":\n");
            text.Append("    severity: ").Append(descriptor.DefaultSeverity.ToConfigName()).Append('\n');
            foreach (var option in descriptor.Options)
            {
                text.Append("    # ").Append(option.Description);
                if (!option.AllowedValues.IsDefaultOrEmpty)
                {
                    text.Append(" (").Append(string.Join(" | ", option.AllowedValues)).Append(')');
                }

                text.Append('\n');
                text.Append("    ").Append(option.Name).Append(": ").Append(Value(option)).Append('\n');
            }
        }

        text.Append('\n');
        text.Append("# Settings for some files, applied in order to those that match, for example:\n");
        text.Append("# overrides:\n");
        text.Append("#   - files: [\"drafts/**\"]\n");
        text.Append("#     rules:\n");
        text.Append("#       NK1001: info\n\n");

        text.Append("# The fact packs the fact rules (NK2xxx) check against: the built-in pack (default: true)\n");
        text.Append("# and your own, relative to this file. ").Append(HouseFactPackPath).Append(" is a stub to fill in.\n");
        text.Append("facts:\n");
        text.Append("  packs: [").Append(Quote(HouseFactPackPath)).Append("]\n");
        text.Append("  default: true\n");
        return text.ToString();
    }

    /// <summary>A house fact pack with one placeholder entity, valid against the fact pack schema and validator.</summary>
    public static string HouseFactPack() =>
        "# yaml-language-server: $schema=" + FactPackSchemaUrl + "\n"
        + "# Your house facts, checked by the fact rules together with the built-in pack. The format and the\n"
        + "# rules of the house (never invent a figure; every fact has a source) are in\n"
        + "# https://github.com/nkcontentlint/NkContentLint/blob/main/rules/facts/README.md\n"
        + "# Replace the example entity with your own; `nkcontentlint facts validate` checks the file.\n"
        + "pack:\n"
        + "  id: house\n"
        + "  version: \"1\"\n"
        + "  title: House facts\n"
        + "entities:\n"
        + "  - id: example-newsroom\n"
        + "    kind: organisation\n"
        + "    name: Example Newsroom\n"
        + "    sources:\n"
        + "      - title: House style guide\n"
        + "        url: https://example.org/style-guide\n"
        + "    confidence: high\n";

    internal static IEnumerable<string> Strings(object? value) => value switch
    {
        ImmutableArray<string> { IsDefault: true } => [],
        IEnumerable<string> strings => strings,
        _ => [],
    };

    private static string Value(RuleOption option) => option.Kind switch
    {
        RuleOptionKind.Boolean => option.DefaultValue is true ? "true" : "false",
        RuleOptionKind.Integer => Convert.ToString(option.DefaultValue, CultureInfo.InvariantCulture) ?? "0",
        RuleOptionKind.StringList => "[" + string.Join(", ", Strings(option.DefaultValue).Select(Quote)) + "]",
        _ => Quote(option.DefaultValue?.ToString() ?? string.Empty),
    };

    /// <summary>A YAML double-quoted scalar (JSON string syntax, which YAML accepts).</summary>
    private static string Quote(string value) => System.Text.Json.JsonSerializer.Serialize(value, QuoteOptions);

    private static readonly System.Text.Json.JsonSerializerOptions QuoteOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
