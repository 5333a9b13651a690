using System.Collections.Immutable;
using System.Globalization;
using NkContentLint.Configuration;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NkContentLint.Yaml;

/// <summary>
/// Reads YamlDotNet's node model into typed values and collects every problem with its file,
/// line and column, so a bad configuration or fact pack is reported all at once and precisely.
/// </summary>
internal sealed class YamlNodeReader(string file, string format = "YAML")
{
    public string File { get; } = file;

    /// <summary>The name syntax errors use: "YAML", or "JSON" for a .json file (read by the YAML parser, which accepts JSON).</summary>
    public string Format { get; } = format;

    public List<ConfigurationError> Errors { get; } = [];

    /// <summary>Parses <paramref name="text"/>; on a syntax error records it and returns null.</summary>
    public YamlNode? Parse(string text)
    {
        var stream = new YamlStream();
        var parser = new PositionTrackingParser(new Parser(new StringReader(text)));
        try
        {
            stream.Load(parser);
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet's scanner fails this way on some truncated input; report where parsing stopped.
            var at = parser.LastEnd;
            Errors.Add(new ConfigurationError(File, (int)at.Line, (int)at.Column, $"invalid {Format}: the document is incomplete or malformed after this point ({ex.Message})"));
            return null;
        }
        catch (YamlException ex)
        {
            var inner = ex;
            while (inner.InnerException is YamlException deeper)
            {
                inner = deeper;
            }

            Errors.Add(new ConfigurationError(File, (int)ex.Start.Line, (int)ex.Start.Column, $"invalid {Format}: {inner.Message}"));
            return null;
        }

        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
    }

    /// <summary>Remembers where the last parsed event ended, for errors the parser reports without a position.</summary>
    private sealed class PositionTrackingParser(IParser inner) : IParser
    {
        public Mark LastEnd { get; private set; } = new(0, 1, 1);

        public YamlDotNet.Core.Events.ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            var moved = inner.MoveNext();
            if (moved && inner.Current is { } current)
            {
                LastEnd = current.End;
            }

            return moved;
        }
    }

    public void Error(YamlNode node, string message) =>
        Errors.Add(new ConfigurationError(File, (int)node.Start.Line, (int)node.Start.Column, message));

    public static string Key(YamlNode node) => (node as YamlScalarNode)?.Value ?? string.Empty;

    public YamlMappingNode? Mapping(YamlNode? node, string what)
    {
        if (node is YamlMappingNode mapping)
        {
            return mapping;
        }

        if (node is not null)
        {
            Error(node, $"{what} must be a mapping");
        }

        return null;
    }

    public IEnumerable<YamlNode> Sequence(YamlNode? node, string what)
    {
        if (node is YamlSequenceNode sequence)
        {
            return sequence.Children;
        }

        if (node is not null && !(node is YamlScalarNode { Value: null or "" }))
        {
            Error(node, $"{what} must be a list");
        }

        return [];
    }

    public string? String(YamlNode? node, string what)
    {
        if (node is YamlScalarNode { Value: { Length: > 0 } value })
        {
            return value;
        }

        if (node is not null && node is not YamlScalarNode { Value: null or "" })
        {
            Error(node, $"{what} must be a string");
        }

        return null;
    }

    public double? Number(YamlNode? node, string what)
    {
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode scalar && double.TryParse(scalar.Value?.Replace("_", string.Empty), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(node, $"{what} must be a number");
        return null;
    }

    public ImmutableArray<string> StringList(YamlNode? node, string what)
    {
        if (node is null)
        {
            return [];
        }

        if (node is YamlScalarNode { Value: { Length: > 0 } single })
        {
            return [single];
        }

        var items = ImmutableArray.CreateBuilder<string>();
        foreach (var item in Sequence(node, what))
        {
            if (item is YamlScalarNode { Value: { Length: > 0 } value })
            {
                items.Add(value);
            }
            else
            {
                Error(item, $"'{what}' entries must be non-empty strings");
            }
        }

        return items.ToImmutable();
    }

    /// <summary>The mapping's values by key; unknown keys are errors that name the allowed ones.</summary>
    public Dictionary<string, YamlNode> Fields(YamlMappingNode mapping, string what, params string[] allowed)
    {
        var fields = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = Key(keyNode);
            if (Array.IndexOf(allowed, key) < 0)
            {
                Error(keyNode, $"unknown key '{key}' in {what}; expected {string.Join(", ", allowed)}");
                continue;
            }

            fields[key] = value;
        }

        return fields;
    }
}
