using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NkContentLint.Diagnostics;
using NkContentLint.Fixing;
using NkContentLint.Yaml;
using YamlDotNet.RepresentationModel;

namespace NkContentLint.CustomRules.Declarative;

/// <summary>
/// Reads one declarative rule file (one rule per file, as Vale's are) into a <see cref="DeclarativeRule"/>,
/// collecting every problem at its line and column: bad YAML, unknown or missing keys, wrong types,
/// bad regular expressions, bad IDs, unknown message placeholders.
/// </summary>
internal sealed partial class DeclarativeRuleReader(string displayPath)
{
    /// <summary>How long one regular expression may run on one piece of text before the rule fails (NK0002).</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private static readonly string[] CommonKeys = ["id", "type", "severity", "message", "help_uri", "title", "description", "scope", "ignore_case", "word_boundaries", "regex"];

    private static readonly Dictionary<DeclarativeRuleType, (string[] Keys, string[] Required, string[] Placeholders)> TypeKeys = new()
    {
        [DeclarativeRuleType.Existence] = (["tokens"], ["tokens"], ["match"]),
        [DeclarativeRuleType.Substitution] = (["swap", "fix"], ["swap"], ["match", "replacement"]),
        [DeclarativeRuleType.Consistency] = (["variants", "fix"], ["variants"], ["match", "expected"]),
        [DeclarativeRuleType.Occurrence] = (["tokens", "max", "per"], ["tokens", "max"], ["match", "count", "max"]),
        [DeclarativeRuleType.Capitalization] = (["style", "exceptions", "fix"], ["style"], ["match", "expected", "style"]),
        [DeclarativeRuleType.Conditional] = (["first", "second", "order", "exceptions"], ["first", "second"], ["match"]),
    };

    private readonly YamlNodeReader yaml = new(displayPath);

    public IReadOnlyList<RuleFileError> Errors => [.. yaml.Errors.Select(e => new RuleFileError(e.File, e.Line, e.Column, e.Message))];

    [GeneratedRegex(@"\{\{|\}\}|\{([^{}]*)\}")]
    internal static partial Regex Placeholder();

    [GeneratedRegex(@"\$([0-9])")]
    internal static partial Regex GroupReference();

    /// <summary>The rule, or null when the file has errors (see <see cref="Errors"/>).</summary>
    public DeclarativeRule? Read(string text)
    {
        var root = yaml.Parse(text);
        if (root is null)
        {
            if (yaml.Errors.Count == 0)
            {
                yaml.Errors.Add(new Configuration.ConfigurationError(yaml.File, 1, 1, "the rule file is empty; it needs id, type, message and help_uri"));
            }

            return null;
        }

        if (root is not YamlMappingNode mapping)
        {
            yaml.Error(root, "a rule file must be a mapping with id, type, message, help_uri and the keys of its type");
            return null;
        }

        var all = mapping.Children.ToDictionary(p => YamlNodeReader.Key(p.Key), p => p.Value, StringComparer.Ordinal);
        var type = ReadType(all.GetValueOrDefault("type"), mapping);
        var allowed = type is { } t ? CommonKeys.Concat(TypeKeys[t].Keys).ToArray() : CommonKeys;
        var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = YamlNodeReader.Key(keyNode);
            if (Array.IndexOf(allowed, key) >= 0)
            {
                fields[key] = value;
            }
            else if (type is not null || TypeKeys.Values.All(k => Array.IndexOf(k.Keys, key) < 0))
            {
                var what = type is { } known ? Article(known) + " rule" : "a rule";
                yaml.Error(keyNode, $"unknown key '{key}' in {what}; expected {string.Join(", ", allowed)}");
            }
        }

        var id = ReadId(fields.GetValueOrDefault("id"), mapping);
        var message = Required(fields, "message", mapping);
        var helpUri = ReadHelpUri(fields.GetValueOrDefault("help_uri"), mapping);
        var severity = DiagnosticSeverity.Warning;
        if (fields.TryGetValue("severity", out var severityNode))
        {
            if (severityNode is not YamlScalarNode { Value: var name } || !DiagnosticSeverityNames.TryParse(name, out severity) || severity == DiagnosticSeverity.None)
            {
                yaml.Error(severityNode, "severity must be error, warning or info");
                severity = DiagnosticSeverity.Warning;
            }
        }

        var title = yaml.String(fields.GetValueOrDefault("title"), "title");
        var description = yaml.String(fields.GetValueOrDefault("description"), "description");
        var ignoreCase = Flag(fields, "ignore_case", false);
        var wordBoundaries = Flag(fields, "word_boundaries", true);
        var isRegex = Flag(fields, "regex", false);
        var scope = ReadScope(fields.GetValueOrDefault("scope"), type);
        if (type is not { } ruleType)
        {
            return null;
        }

        foreach (var required in TypeKeys[ruleType].Required.Where(k => !fields.ContainsKey(k)))
        {
            yaml.Error(mapping, $"{Article(ruleType)} rule needs '{required}'");
        }

        if (message is not null)
        {
            CheckPlaceholders(fields["message"], message, TypeKeys[ruleType].Placeholders);
        }

        var patterns = new PatternOptions(ignoreCase, wordBoundaries, isRegex);
        var descriptor = id is null || message is null || helpUri is null
            ? null
            : new DiagnosticDescriptor(
                id,
                title ?? $"{id} ({ruleType.ToConfigName()})",
                "{0}",
                "Custom",
                severity,
                description ?? $"{char.ToUpperInvariant(Article(ruleType)[0])}{Article(ruleType)[1..]} rule from {yaml.File}.",
                helpLinkUri: helpUri);
        var rule = new DeclarativeRule(descriptor!, ruleType, message ?? string.Empty, scope)
        {
            IgnoreCase = ignoreCase,
            WordBoundaries = wordBoundaries,
            IsRegex = isRegex,
        };
        rule = ruleType switch
        {
            DeclarativeRuleType.Existence => rule with { Tokens = Patterns(fields.GetValueOrDefault("tokens"), "tokens", patterns) },
            DeclarativeRuleType.Substitution => rule with { Swaps = Swaps(fields.GetValueOrDefault("swap"), patterns), Fix = ReadFix(fields, FixSafety.Suggestion) },
            DeclarativeRuleType.Consistency => rule with { VariantGroups = Variants(fields.GetValueOrDefault("variants"), patterns), Fix = ReadFix(fields, FixSafety.Suggestion) },
            DeclarativeRuleType.Occurrence => rule with
            {
                Tokens = Patterns(fields.GetValueOrDefault("tokens"), "tokens", patterns),
                Max = ReadMax(fields.GetValueOrDefault("max")),
                Per = Choice(fields.GetValueOrDefault("per"), "per", OccurrenceUnit.Sentence, ("sentence", OccurrenceUnit.Sentence), ("paragraph", OccurrenceUnit.Paragraph), ("article", OccurrenceUnit.Article)),
            },
            DeclarativeRuleType.Capitalization => rule with
            {
                Style = Choice(fields.GetValueOrDefault("style"), "style", CapitalizationStyle.Sentence, ("sentence", CapitalizationStyle.Sentence), ("title", CapitalizationStyle.Title)),
                Exceptions = yaml.StringList(fields.GetValueOrDefault("exceptions"), "exceptions"),
                Fix = ReadFix(fields, FixSafety.Suggestion),
            },
            _ => rule with
            {
                Tokens = Patterns(fields.GetValueOrDefault("first"), "first", patterns),
                Second = Seconds(fields.GetValueOrDefault("second"), patterns),
                SecondBefore = Choice(fields.GetValueOrDefault("order"), "order", true, ("before", true), ("anywhere", false)),
                Exceptions = yaml.StringList(fields.GetValueOrDefault("exceptions"), "exceptions"),
            },
        };
        return yaml.Errors.Count == 0 ? rule : null;
    }

    private static string Article(DeclarativeRuleType type) =>
        (type.ToConfigName()[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an " : "a ") + type.ToConfigName();

    /// <summary>How a rule's phrases become regular expressions.</summary>
    internal readonly record struct PatternOptions(bool IgnoreCase, bool WordBoundaries, bool IsRegex);

    /// <summary>
    /// A phrase as a regular expression: a literal phrase matches with any run of white space between
    /// its words (prose wraps) and either apostrophe; word boundaries keep <c>DPRK</c> out of <c>DPRKs</c>.
    /// </summary>
    internal static Regex Compile(string phrase, PatternOptions options)
    {
        var flags = RegexOptions.CultureInvariant | (options.IgnoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
        if (options.IsRegex)
        {
            // Checked alone first, so a mistake is reported in the author's pattern, not the wrapped one.
            _ = new Regex(phrase, flags, MatchTimeout);
        }

        var body = options.IsRegex ? phrase : Literal(phrase);
        if (options.WordBoundaries)
        {
            body = $@"(?<![\p{{L}}\p{{N}}_])(?:{body})(?![\p{{L}}\p{{N}}_])";
        }

        return new Regex(body, flags, MatchTimeout);
    }

    internal static string Literal(string phrase)
    {
        var builder = new StringBuilder();
        foreach (var word in phrase.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            if (builder.Length > 0)
            {
                builder.Append(@"\s+");
            }

            foreach (var c in word)
            {
                builder.Append(c is '\'' or '’' ? "['’]" : Regex.Escape(c.ToString()));
            }
        }

        return builder.ToString();
    }

    private RulePattern? Pattern(YamlNode node, string what, PatternOptions options)
    {
        if (node is not YamlScalarNode { Value: { Length: > 0 } phrase })
        {
            yaml.Error(node, $"'{what}' entries must be non-empty strings");
            return null;
        }

        try
        {
            return new RulePattern(phrase, Compile(phrase, options));
        }
        catch (ArgumentException ex)
        {
            yaml.Error(node, $"invalid regular expression '{phrase}': {ex.Message}");
            return null;
        }
    }

    private ImmutableArray<RulePattern> Patterns(YamlNode? node, string what, PatternOptions options)
    {
        if (node is null)
        {
            return [];
        }

        IEnumerable<YamlNode> items = node is YamlScalarNode ? [node] : yaml.Sequence(node, what);
        var result = ImmutableArray.CreateBuilder<RulePattern>();
        foreach (var item in items)
        {
            if (Pattern(item, what, options) is { } pattern)
            {
                result.Add(pattern);
            }
        }

        if (result.Count == 0 && yaml.Errors.Count == 0)
        {
            yaml.Error(node, $"'{what}' needs at least one phrase");
        }

        return result.ToImmutable();
    }

    private ImmutableArray<string> Seconds(YamlNode? node, PatternOptions options)
    {
        var list = yaml.StringList(node, "second");
        foreach (var phrase in list)
        {
            try
            {
                // $1… stand for the first pattern's groups: check the pattern with a stand-in.
                Compile(GroupReference().Replace(phrase, "x"), options);
            }
            catch (ArgumentException ex)
            {
                yaml.Error(node!, $"invalid regular expression '{phrase}': {ex.Message}");
            }
        }

        return list;
    }

    private ImmutableArray<(RulePattern, string)> Swaps(YamlNode? node, PatternOptions options)
    {
        if (node is null)
        {
            return [];
        }

        if (node is not YamlMappingNode mapping || mapping.Children.Count == 0)
        {
            yaml.Error(node, "'swap' must be a mapping of phrase to replacement, such as { N. Korea: North Korea }");
            return [];
        }

        var result = ImmutableArray.CreateBuilder<(RulePattern, string)>();
        foreach (var (keyNode, value) in mapping.Children)
        {
            var pattern = Pattern(keyNode, "swap", options);
            if (value is not YamlScalarNode { Value: { } replacement })
            {
                yaml.Error(value, "a replacement must be a string");
                continue;
            }

            if (pattern is not null)
            {
                result.Add((pattern, replacement));
            }
        }

        return result.ToImmutable();
    }

    private ImmutableArray<ImmutableArray<RulePattern>> Variants(YamlNode? node, PatternOptions options)
    {
        if (node is not YamlSequenceNode sequence || sequence.Children.Count == 0)
        {
            if (node is not null)
            {
                yaml.Error(node, "'variants' must be a list of spellings, or a list of such lists (one per group)");
            }

            return [];
        }

        IEnumerable<YamlNode> groups = sequence.Children.All(c => c is YamlScalarNode) ? [sequence] : sequence.Children;
        var result = ImmutableArray.CreateBuilder<ImmutableArray<RulePattern>>();
        foreach (var group in groups)
        {
            if (group is not YamlSequenceNode items || items.Children.Count < 2)
            {
                yaml.Error(group, "each group of 'variants' must list at least two spellings");
                continue;
            }

            var patterns = items.Children.Select(i => Pattern(i, "variants", options)).OfType<RulePattern>().ToImmutableArray();
            result.Add(patterns);
        }

        return result.ToImmutable();
    }

    private DeclarativeRuleType? ReadType(YamlNode? node, YamlMappingNode mapping)
    {
        var names = string.Join(", ", Enum.GetValues<DeclarativeRuleType>().Select(t => t.ToConfigName()));
        if (node is null)
        {
            yaml.Error(mapping, $"a rule needs 'type': one of {names}");
            return null;
        }

        foreach (var type in Enum.GetValues<DeclarativeRuleType>())
        {
            if (node is YamlScalarNode { Value: var value } && value == type.ToConfigName())
            {
                return type;
            }
        }

        yaml.Error(node, $"unknown rule type '{(node as YamlScalarNode)?.Value}'; expected one of {names}");
        return null;
    }

    private string? ReadId(YamlNode? node, YamlMappingNode mapping)
    {
        if (node is null)
        {
            yaml.Error(mapping, "a rule needs 'id', such as HOUSE001");
            return null;
        }

        var id = (node as YamlScalarNode)?.Value;
        if (CustomRuleIds.Problem(id) is { } problem)
        {
            yaml.Error(node, problem);
            return null;
        }

        return id;
    }

    private string? ReadHelpUri(YamlNode? node, YamlMappingNode mapping)
    {
        if (node is null)
        {
            yaml.Error(mapping, "a rule needs 'help_uri': the address of the page that explains it (SARIF and the HTML report link to it)");
            return null;
        }

        var text = (node as YamlScalarNode)?.Value;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            yaml.Error(node, $"help_uri must be an absolute http or https address, not '{text}'");
            return null;
        }

        return text;
    }

    private string? Required(Dictionary<string, YamlNode> fields, string key, YamlMappingNode mapping)
    {
        if (!fields.TryGetValue(key, out var node))
        {
            yaml.Error(mapping, $"a rule needs '{key}'");
            return null;
        }

        return yaml.String(node, key) ?? (node is YamlScalarNode ? Missing(node, key) : null);
    }

    private string? Missing(YamlNode node, string key)
    {
        yaml.Error(node, $"'{key}' must not be empty");
        return null;
    }

    private bool Flag(Dictionary<string, YamlNode> fields, string key, bool fallback)
    {
        if (!fields.TryGetValue(key, out var node))
        {
            return fallback;
        }

        if (node is YamlScalarNode { Value: "true" or "false" } b)
        {
            return b.Value == "true";
        }

        yaml.Error(node, $"'{key}' must be true or false");
        return fallback;
    }

    private FixSafety? ReadFix(Dictionary<string, YamlNode> fields, FixSafety fallback) =>
        Choice<FixSafety?>(fields.GetValueOrDefault("fix"), "fix", fallback, ("safe", FixSafety.Safe), ("suggestion", FixSafety.Suggestion), ("none", null));

    private int ReadMax(YamlNode? node)
    {
        if (node is null)
        {
            return 0;
        }

        if (node is YamlScalarNode { Value: var text } && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var max) && max >= 0)
        {
            return max;
        }

        yaml.Error(node, "'max' must be a whole number, 0 or more");
        return 0;
    }

    private T Choice<T>(YamlNode? node, string key, T fallback, params (string Name, T Value)[] choices)
    {
        if (node is null)
        {
            return fallback;
        }

        foreach (var (name, value) in choices)
        {
            if (node is YamlScalarNode { Value: var text } && text == name)
            {
                return value;
            }
        }

        yaml.Error(node, $"'{key}' must be one of {string.Join(", ", choices.Select(c => c.Name))}");
        return fallback;
    }

    private RuleScope ReadScope(YamlNode? node, DeclarativeRuleType? type)
    {
        if (type == DeclarativeRuleType.Capitalization)
        {
            if (node is not null && !(node is YamlScalarNode { Value: "headings" } || node is YamlSequenceNode { Children: [YamlScalarNode { Value: "headings" }] }))
            {
                yaml.Error(node, "a capitalization rule checks headings only: leave 'scope' out or write 'headings'");
            }

            return RuleScope.Headings;
        }

        if (node is null)
        {
            return RuleScope.Prose | RuleScope.ListItems | RuleScope.Headings;
        }

        var scope = RuleScope.None;
        IEnumerable<YamlNode> items = node is YamlScalarNode ? [node] : yaml.Sequence(node, "scope");
        foreach (var item in items)
        {
            var name = (item as YamlScalarNode)?.Value;
            var known = DeclarativeRuleNames.Scopes.FirstOrDefault(s => s.Name == name);
            if (known.Name is null)
            {
                yaml.Error(item, $"unknown scope '{name}'; expected {string.Join(", ", DeclarativeRuleNames.Scopes.Select(s => s.Name))}");
                continue;
            }

            scope |= known.Scope;
        }

        return scope;
    }

    private void CheckPlaceholders(YamlNode node, string message, string[] allowed)
    {
        foreach (Match match in Placeholder().Matches(message))
        {
            if (match.Groups[1].Success && Array.IndexOf(allowed, match.Groups[1].Value) < 0)
            {
                yaml.Error(node, $"unknown placeholder '{match.Value}' in message; this rule type offers {string.Join(", ", allowed.Select(a => "{" + a + "}"))} (write {{{{ and }}}} for braces)");
            }
        }
    }
}
