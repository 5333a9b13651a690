using System.Collections.Immutable;
using System.Globalization;
using NkContentLint.Diagnostics;
using NkContentLint.Yaml;
using YamlDotNet.RepresentationModel;

namespace NkContentLint.Configuration;

/// <summary>
/// Finds and reads <c>.nkcontentlint.yaml</c> / <c>.yml</c> / <c>.json</c> (JSON is read as YAML, so both
/// get the same line:column errors; a JSON file may have <c>//</c> and <c>/* */</c> comments, as editors' JSONC does). Validates rule IDs, severities and options against the rules
/// that exist, so a typo stops the run instead of silently doing nothing.
/// </summary>
internal static class ConfigurationLoader
{
    public static readonly ImmutableArray<string> FileNames = [".nkcontentlint.yaml", ".nkcontentlint.yml", ".nkcontentlint.json"];

    /// <summary>The nearest configuration file in <paramref name="directory"/> or above, or null.</summary>
    public static string? Find(string directory)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(directory)); dir is not null; dir = dir.Parent)
        {
            foreach (var name in FileNames)
            {
                var candidate = Path.Combine(dir.FullName, name);
                if (File.Exists(candidate) && Discovery.FileStatus.Get(candidate) is not { IsRegular: false })
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    public static LintConfiguration Load(string path, IReadOnlyCollection<DiagnosticDescriptor> knownRules, string displayPath)
    {
        string text;
        try
        {
            text = Text.BoundedRead.ReadFileText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException([new ConfigurationError(displayPath, 1, 1, $"cannot read configuration file: {ex.Message}")]);
        }

        return Parse(text, Path.GetDirectoryName(Path.GetFullPath(path))!, path, knownRules, displayPath);
    }

    public static LintConfiguration Parse(
        string text, string baseDirectory, string? filePath, IReadOnlyCollection<DiagnosticDescriptor> knownRules, string displayPath)
    {
        var isJson = (filePath ?? displayPath).EndsWith(".json", StringComparison.OrdinalIgnoreCase);
        var yaml = new YamlNodeReader(displayPath, isJson ? "JSON" : "YAML");
        var reader = new Reader(yaml, knownRules.ToDictionary(d => d.Id, StringComparer.Ordinal));
        var root = yaml.Parse(isJson ? JsonComments.Blank(text) : text);
        if (yaml.Errors.Count > 0)
        {
            throw new ConfigurationException(yaml.Errors);
        }

        if (root is null or YamlScalarNode { Value: null or "" })
        {
            return new LintConfiguration(baseDirectory, filePath);
        }

        var configuration = reader.ReadRoot(root, baseDirectory, filePath);
        if (yaml.Errors.Count > 0)
        {
            throw new ConfigurationException(yaml.Errors);
        }

        return configuration;
    }

    /// <summary>
    /// Only the <c>custom_rules</c> section of a configuration file: the folders to load rules from
    /// (full paths, relative to the file). Read before the rest, because the rest is validated against
    /// every rule, the custom ones included. Problems in the section are errors here; the file's other
    /// problems are left to <see cref="Load"/>.
    /// </summary>
    public static ImmutableArray<string> ReadCustomRulePaths(string path, string displayPath)
    {
        string text;
        try
        {
            text = Text.BoundedRead.ReadFileText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException([new ConfigurationError(displayPath, 1, 1, $"cannot read configuration file: {ex.Message}")]);
        }

        var isJson = path.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
        var yaml = new YamlNodeReader(displayPath, isJson ? "JSON" : "YAML");
        var root = yaml.Parse(isJson ? JsonComments.Blank(text) : text);
        if (yaml.Errors.Count > 0)
        {
            throw new ConfigurationException(yaml.Errors);
        }

        ImmutableArray<string> paths = [];
        if (root is YamlMappingNode mapping)
        {
            foreach (var (keyNode, value) in mapping.Children)
            {
                if (YamlNodeReader.Key(keyNode) == "custom_rules")
                {
                    paths = ReadCustomRules(yaml, value, Path.GetDirectoryName(Path.GetFullPath(path))!);
                }
            }
        }

        if (yaml.Errors.Count > 0)
        {
            throw new ConfigurationException(yaml.Errors);
        }

        return paths;
    }

    /// <summary><c>custom_rules: { paths: [folders] }</c>, each folder relative to the configuration file and checked to exist.</summary>
    private static ImmutableArray<string> ReadCustomRules(YamlNodeReader yaml, YamlNode node, string baseDirectory)
    {
        if (node is not YamlMappingNode mapping)
        {
            yaml.Error(node, "'custom_rules' must be a mapping with 'paths' (a list of folders of rule files)");
            return [];
        }

        var result = ImmutableArray.CreateBuilder<string>();
        foreach (var (keyNode, value) in mapping.Children)
        {
            if (YamlNodeReader.Key(keyNode) != "paths")
            {
                yaml.Error(keyNode, $"unknown key '{YamlNodeReader.Key(keyNode)}' in custom_rules; expected paths");
                continue;
            }

            IEnumerable<YamlNode> items = value is YamlSequenceNode sequence ? sequence.Children : [value];
            foreach (var item in items)
            {
                if (item is not YamlScalarNode { Value: { Length: > 0 } relative })
                {
                    yaml.Error(item, "'paths' entries must be folder names (strings)");
                    continue;
                }

                string full;
                try
                {
                    full = Path.GetFullPath(relative, baseDirectory);
                }
                catch (ArgumentException)
                {
                    yaml.Error(item, $"'{relative}' is not a usable folder name");
                    continue;
                }

                if (!Directory.Exists(full) && !File.Exists(full))
                {
                    yaml.Error(item, $"custom rule folder '{relative}' not found (paths are relative to the configuration file)");
                    continue;
                }

                result.Add(full);
            }
        }

        return result.ToImmutable();
    }

    private sealed class Reader(YamlNodeReader yaml, Dictionary<string, DiagnosticDescriptor> knownRules)
    {

        public LintConfiguration ReadRoot(YamlNode root, string baseDirectory, string? filePath)
        {
            if (root is not YamlMappingNode mapping)
            {
                Error(root, "the configuration must be a mapping (keys such as include, exclude, rules, overrides)");
                return new LintConfiguration(baseDirectory, filePath);
            }

            ImmutableArray<string>? include = null, exclude = null, factPacks = null;
            var useDefaultFacts = true;
            var articleDateFromGit = false;
            ImmutableDictionary<string, RuleConfiguration>? rules = null;
            ImmutableArray<string>? customRulePaths = null;
            var overrides = ImmutableArray.CreateBuilder<ConfigurationOverride>();
            foreach (var (keyNode, value) in mapping.Children)
            {
                switch (Key(keyNode))
                {
                    case "include": include = ReadGlobs(value, "include"); break;
                    case "exclude": exclude = ReadGlobs(value, "exclude"); break;
                    case "rules": rules = ReadRules(value); break;
                    case "overrides": ReadOverrides(value, overrides); break;
                    case "facts": (factPacks, useDefaultFacts, articleDateFromGit) = ReadFacts(value, baseDirectory); break;
                    case "custom_rules": customRulePaths = ReadCustomRules(yaml, value, baseDirectory); break;
                    case "$schema": break; // editors' schema reference in a JSON configuration
                    case var other:
                        Error(keyNode, $"unknown key '{other}'; expected include, exclude, rules, overrides, facts or custom_rules");
                        break;
                }
            }

            return new LintConfiguration(baseDirectory, filePath, include, exclude, rules, overrides.ToImmutable(), factPacks, useDefaultFacts, articleDateFromGit, customRulePaths);
        }

        /// <summary><c>facts: { packs: [paths], default: true|false, article_date: content|git }</c>; pack paths are relative to the configuration file.</summary>
        private (ImmutableArray<string>? Packs, bool UseDefault, bool ArticleDateFromGit) ReadFacts(YamlNode node, string baseDirectory)
        {
            if (node is not YamlMappingNode mapping)
            {
                Error(node, "'facts' must be a mapping with 'packs' (a list of fact pack files) and 'default' (true or false)");
                return (null, true, false);
            }

            ImmutableArray<string>? packs = null;
            var useDefault = true;
            var fromGit = false;
            foreach (var (keyNode, value) in mapping.Children)
            {
                switch (Key(keyNode))
                {
                    case "packs":
                        packs = ReadStringList(value, "packs")?.Select(p => Path.GetFullPath(p, baseDirectory)).ToImmutableArray();
                        break;
                    case "default" when value is YamlScalarNode { Value: "true" or "false" } flag:
                        useDefault = flag.Value == "true";
                        break;
                    case "default":
                        Error(value, "'default' must be true or false");
                        break;
                    case "article_date" when value is YamlScalarNode { Value: "git" or "content" } how:
                        fromGit = how.Value == "git";
                        break;
                    case "article_date":
                        Error(value, "'article_date' must be content (front matter, else a dateline or byline; the default) or git (else the file's last commit date)");
                        break;
                    case var other:
                        Error(keyNode, $"unknown key '{other}' in facts; expected packs, default or article_date");
                        break;
                }
            }

            if (!useDefault && (packs is null || packs.Value.IsEmpty))
            {
                Error(mapping, "'default: false' replaces the built-in fact pack, so 'packs' must name at least one pack");
            }

            return (packs, useDefault, fromGit);
        }

        private void ReadOverrides(YamlNode node, ImmutableArray<ConfigurationOverride>.Builder overrides)
        {
            if (node is not YamlSequenceNode sequence)
            {
                Error(node, "'overrides' must be a list of { files, rules } entries");
                return;
            }

            foreach (var item in sequence)
            {
                if (item is not YamlMappingNode entry)
                {
                    Error(item, "each override must be a mapping with 'files' and 'rules'");
                    continue;
                }

                ImmutableArray<string>? files = null;
                ImmutableDictionary<string, RuleConfiguration>? rules = null;
                foreach (var (keyNode, value) in entry.Children)
                {
                    switch (Key(keyNode))
                    {
                        case "files": files = ReadGlobs(value, "files"); break;
                        case "rules": rules = ReadRules(value); break;
                        case var other: Error(keyNode, $"unknown key '{other}' in override; expected files or rules"); break;
                    }
                }

                if (files is null || files.Value.IsEmpty)
                {
                    Error(entry, "an override needs 'files': one or more globs");
                    continue;
                }

                overrides.Add(new ConfigurationOverride(files.Value, rules ?? ImmutableDictionary<string, RuleConfiguration>.Empty));
            }
        }

        private ImmutableDictionary<string, RuleConfiguration> ReadRules(YamlNode node)
        {
            var result = ImmutableDictionary.CreateBuilder<string, RuleConfiguration>(StringComparer.Ordinal);
            if (node is not YamlMappingNode mapping)
            {
                Error(node, "'rules' must map rule IDs to a severity or to a mapping of options");
                return result.ToImmutable();
            }

            foreach (var (keyNode, value) in mapping.Children)
            {
                var id = Key(keyNode).ToUpperInvariant();
                if (!knownRules.TryGetValue(id, out var descriptor))
                {
                    var hint = id.StartsWith("NK", StringComparison.Ordinal) || CustomRules.CustomRuleIds.Problem(id) is not null
                        ? "run 'nkcontentlint rules' to list them"
                        : "no custom rule has this ID (custom_rules: { paths: [...] } names the folders rules load from); run 'nkcontentlint rules' to list them";
                    Error(keyNode, $"unknown rule ID '{Key(keyNode)}'; {hint}");
                    continue;
                }

                if (value is YamlScalarNode { Value: "true" })
                {
                    // markdownlint style: "on, with the default severity".
                    result[id] = RuleConfiguration.Empty;
                    continue;
                }

                if (value is YamlScalarNode scalar)
                {
                    if (TryReadSeverity(scalar, out var severity))
                    {
                        result[id] = RuleConfiguration.Empty with { Severity = severity };
                    }

                    continue;
                }

                if (value is not YamlMappingNode ruleMapping)
                {
                    Error(value, $"{id} must be a severity ({DiagnosticSeverityNames.AllowedValues}) or a mapping of options");
                    continue;
                }

                DiagnosticSeverity? ruleSeverity = null;
                var options = ImmutableDictionary.CreateBuilder<string, object>(StringComparer.Ordinal);
                foreach (var (optionKey, optionValue) in ruleMapping.Children)
                {
                    var name = Key(optionKey);
                    if (name == "severity")
                    {
                        if (optionValue is YamlScalarNode s && TryReadSeverity(s, out var severity))
                        {
                            ruleSeverity = severity;
                        }
                        else if (optionValue is not YamlScalarNode)
                        {
                            Error(optionValue, $"severity must be one of {DiagnosticSeverityNames.AllowedValues}");
                        }

                        continue;
                    }

                    var declared = descriptor.Options.FirstOrDefault(o => o.Name == name);
                    if (declared is null)
                    {
                        var known = "known: " + string.Join(", ", descriptor.Options.Select(o => o.Name).Prepend("severity"));
                        Error(optionKey, $"unknown option '{name}' for {id} ({known})");
                        continue;
                    }

                    if (TryReadOption(optionValue, declared, out var parsed))
                    {
                        options[name] = parsed;
                    }
                }

                result[id] = new RuleConfiguration(ruleSeverity, options.ToImmutable());
            }

            return result.ToImmutable();
        }

        private bool TryReadSeverity(YamlScalarNode scalar, out DiagnosticSeverity severity)
        {
            // markdownlint users write true/false; accept them as "on with the default" / "off".
            switch (scalar.Value)
            {
                case "false":
                    severity = DiagnosticSeverity.None;
                    return true;
            }

            if (DiagnosticSeverityNames.TryParse(scalar.Value, out severity))
            {
                return true;
            }

            Error(scalar, $"invalid severity '{scalar.Value}'; expected one of {DiagnosticSeverityNames.AllowedValues}");
            return false;
        }

        private bool TryReadOption(YamlNode node, RuleOption option, out object value)
        {
            value = option.DefaultValue;
            switch (option.Kind)
            {
                case RuleOptionKind.Boolean when node is YamlScalarNode { Value: "true" or "false" } b:
                    value = b.Value == "true";
                    return true;
                case RuleOptionKind.Integer when node is YamlScalarNode i && int.TryParse(i.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n):
                    value = n;
                    return true;
                case RuleOptionKind.String when node is YamlScalarNode s && s.Value is not null:
                    if (!option.AllowedValues.IsDefaultOrEmpty && !option.AllowedValues.Contains(s.Value, StringComparer.Ordinal))
                    {
                        Error(node, $"option '{option.Name}' must be one of {string.Join(", ", option.AllowedValues)}, not '{s.Value}'");
                        return false;
                    }

                    value = s.Value;
                    return true;
                case RuleOptionKind.StringList:
                    var list = ReadStringList(node, option.Name);
                    if (list is not null)
                    {
                        value = list.Value;
                        return true;
                    }

                    return false;
            }

            var expected = option.Kind switch
            {
                RuleOptionKind.Boolean => "true or false",
                RuleOptionKind.Integer => "a whole number",
                _ => "a string",
            };
            Error(node, $"option '{option.Name}' must be {expected}");
            return false;
        }

        private ImmutableArray<string>? ReadStringList(YamlNode node, string what) => yaml.StringList(node, what);

        /// <summary>A list of globs, each checked where it is written (a glob the matcher rejects would crash the run later).</summary>
        private ImmutableArray<string>? ReadGlobs(YamlNode node, string what)
        {
            var globs = ReadStringList(node, what);
            IEnumerable<YamlNode> items = node is YamlSequenceNode sequence ? sequence.Children : [node];
            foreach (var item in items)
            {
                if (item is YamlScalarNode { Value: { Length: > 0 } glob } && Discovery.Globs.Problem(glob) is { } problem)
                {
                    Error(item, problem);
                }
            }

            return globs;
        }

        private static string Key(YamlNode node) => YamlNodeReader.Key(node);

        private void Error(YamlNode node, string message) => yaml.Error(node, message);
    }
}
