using System.Collections.Immutable;
using NkContentLint.Configuration;
using NkContentLint.Yaml;
using YamlDotNet.RepresentationModel;

namespace NkContentLint.Facts;

/// <summary>
/// Reads a fact pack (YAML, rules/facts/*.yaml; format in rules/facts/README.md, JSON Schema in
/// rules/facts/fact-pack.schema.json) into the model, then runs <see cref="FactPackValidator"/>.
/// Every problem comes back with file:line:col; any problem stops the run (exit 2).
/// </summary>
public static partial class FactPackLoader
{
    [System.Text.RegularExpressions.GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial System.Text.RegularExpressions.Regex IdShape();

    internal static readonly string[] Units = ["people", "percent", "addresses", "websites", "sites", "domains", "subscribers", "followers", "hours", "records", "users", "channels", "years"];
    internal static readonly string[] Confidences = ["high", "medium", "low"];
    internal static readonly string[] EntityKinds = ["person", "country", "organisation", "network", "platform", "product", "account"];

    /// <param name="deferReferences">True when the pack is loaded to be used with others (a configuration's packs): references to their facts are checked with the set.</param>
    internal static FactPack Load(string path, string displayPath, bool deferReferences = false)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException([new ConfigurationError(displayPath, 1, 1, $"cannot read fact pack: {ex.Message}")]);
        }

        return Parse(text, displayPath, deferReferences);
    }

    /// <summary>Parses and validates; throws <see cref="ConfigurationException"/> listing every problem.</summary>
    public static FactPack Parse(string text, string displayPath, bool deferReferences = false)
    {
        var (pack, errors) = TryParse(text, displayPath, deferReferences);
        if (errors.Count > 0)
        {
            throw new ConfigurationException(errors);
        }

        return pack!;
    }

    /// <summary>Parses and validates without throwing (for <c>facts validate</c>).</summary>
    internal static (FactPack? Pack, IReadOnlyList<ConfigurationError> Errors) TryParse(string text, string displayPath, bool deferReferences = false)
    {
        var reader = new Reader(new YamlNodeReader(displayPath));
        var root = reader.Yaml.Parse(text);
        if (root is null)
        {
            if (reader.Yaml.Errors.Count == 0)
            {
                reader.Yaml.Errors.Add(new ConfigurationError(displayPath, 1, 1, "the fact pack is empty"));
            }

            return (null, reader.Yaml.Errors);
        }

        var pack = reader.ReadPack(root);
        if (pack is not null)
        {
            // A pack that extends another refers to its facts: those references are checked with the packs it is used with.
            reader.Yaml.Errors.AddRange(FactPackValidator.ValidateSet([pack], checkReferences: !deferReferences && !pack.IsExtension));
        }

        return (reader.Yaml.Errors.Count == 0 ? pack : null, reader.Yaml.Errors);
    }

    private sealed class Reader(YamlNodeReader yaml)
    {
        public YamlNodeReader Yaml { get; } = yaml;

        public FactPack? ReadPack(YamlNode root)
        {
            var mapping = Yaml.Mapping(root, "a fact pack");
            if (mapping is null)
            {
                return null;
            }

            var top = Yaml.Fields(mapping, "a fact pack", "pack", "extends", "entities", "quantities", "events", "descriptions", "names", "wrong", "overrides");
            var header = Yaml.Mapping(top.GetValueOrDefault("pack"), "'pack'");
            if (header is null)
            {
                Yaml.Error(root, "a fact pack needs a 'pack' header with id, version and title");
                return null;
            }

            var info = Yaml.Fields(header, "'pack'", "id", "version", "title", "description", "compiled_from");
            var id = Required(info, "id", header, "pack");
            var version = Required(info, "version", header, "pack");
            var title = Required(info, "title", header, "pack");
            return new FactPack(
                id ?? "", version ?? "", title ?? "", Yaml.File,
                [.. Yaml.Sequence(top.GetValueOrDefault("entities"), "'entities'").Select(ReadEntity).OfType<EntityFact>()],
                [.. Yaml.Sequence(top.GetValueOrDefault("quantities"), "'quantities'").Select(ReadQuantity).OfType<QuantityFact>()],
                [.. Yaml.Sequence(top.GetValueOrDefault("events"), "'events'").Select(ReadEvent).OfType<EventFact>()],
                [.. Yaml.Sequence(top.GetValueOrDefault("descriptions"), "'descriptions'").Select(n => ReadDescription(n)).OfType<DescriptionFact>()],
                Yaml.StringList(top.GetValueOrDefault("extends"), "extends"),
                [.. Yaml.Sequence(top.GetValueOrDefault("names"), "'names'").Select(ReadNameAddition).OfType<NameAddition>()],
                [.. Yaml.Sequence(top.GetValueOrDefault("wrong"), "'wrong'").Select(ReadWrongAddition).OfType<WrongAddition>()],
                [.. Yaml.Sequence(top.GetValueOrDefault("overrides"), "'overrides'").Select(ReadOverride).OfType<FactOverride>()]);
        }

        /// <summary><c>names: [{entity: koryolink, variants: [...], outdated: [...], misspellings: [...]}]</c>.</summary>
        private NameAddition? ReadNameAddition(YamlNode node)
        {
            if (Yaml.Mapping(node, "a names entry") is not { } mapping)
            {
                return null;
            }

            var fields = Yaml.Fields(mapping, "a names entry", "entity", "variants", "outdated", "misspellings");
            var entity = Required(fields, "entity", mapping, "names");
            return entity is null ? null : new NameAddition(entity,
                Yaml.StringList(fields.GetValueOrDefault("variants"), "variants"),
                Yaml.StringList(fields.GetValueOrDefault("outdated"), "outdated"),
                Yaml.StringList(fields.GetValueOrDefault("misspellings"), "misspellings"),
                Position(mapping));
        }

        /// <summary><c>wrong: [{description: kwangmyong-definition, phrases: [{phrase, why}]}]</c>.</summary>
        private WrongAddition? ReadWrongAddition(YamlNode node)
        {
            if (Yaml.Mapping(node, "a wrong entry") is not { } mapping)
            {
                return null;
            }

            var fields = Yaml.Fields(mapping, "a wrong entry", "description", "phrases");
            var description = Required(fields, "description", mapping, "wrong");
            var phrases = ReadWrongPhrases(fields.GetValueOrDefault("phrases"), description ?? "wrong");
            if (phrases.IsEmpty && fields.ContainsKey("description"))
            {
                Yaml.Error(mapping, $"'wrong' entry for '{description}' needs 'phrases' (a list of {{phrase, why}})");
            }

            return description is null ? null : new WrongAddition(description, phrases, Position(mapping));
        }

        /// <summary>
        /// <c>overrides: [{id: …, reason: "…", …}]</c>: a whole fact replacing another pack's fact of the
        /// same id; its kind is read from its fields. A missing reason is an error (exit 2).
        /// </summary>
        private FactOverride? ReadOverride(YamlNode node)
        {
            if (Yaml.Mapping(node, "an override") is not { } mapping)
            {
                return null;
            }

            var keys = mapping.Children.Keys.Select(YamlNodeReader.Key).ToHashSet(StringComparer.Ordinal);
            Fact? fact = keys.Contains("series") ? ReadQuantity(node, ["reason"])
                : keys.Contains("event") ? ReadEvent(node, ["reason"])
                : keys.Contains("is") ? ReadDescription(node, ["reason"])
                : keys.Contains("name") ? ReadEntity(node, ["reason"])
                : null;
            var reasonNode = mapping.Children.FirstOrDefault(c => YamlNodeReader.Key(c.Key) == "reason").Value;
            var reason = Yaml.String(reasonNode, "reason");
            var id = mapping.Children.FirstOrDefault(c => YamlNodeReader.Key(c.Key) == "id").Value is YamlScalarNode idNode ? idNode.Value : null;
            if (string.IsNullOrWhiteSpace(reason))
            {
                Yaml.Error(reasonNode ?? mapping, $"the override of '{id ?? "?"}' needs a reason: say why the house pack replaces this fact (reason: \"…\")");
            }

            if (fact is null && keys.Count > 0)
            {
                Yaml.Error(mapping, $"the override of '{id ?? "?"}' is not a whole fact: give every field of the fact it replaces (an entity has name, a quantity series, an event event, a description is)");
            }

            return fact is null || string.IsNullOrWhiteSpace(reason) ? null : new FactOverride(fact, reason, Position(mapping));
        }

        private EntityFact? ReadEntity(YamlNode node) => ReadEntity(node, []);

        private EntityFact? ReadEntity(YamlNode node, string[] extra)
        {
            if (Common(node, "entity", ["kind", "name", "variants", "outdated", "misspellings", .. extra]) is not var (fields, id, sources, confidence, note, position, mapping))
            {
                return null;
            }

            var kind = Required(fields, "kind", mapping, id);
            if (kind is not null && !EntityKinds.Contains(kind))
            {
                Yaml.Error(fields["kind"], $"kind '{kind}' is not one of {string.Join(", ", EntityKinds)}");
            }

            return new EntityFact(id, sources, confidence, note, position,
                kind ?? "",
                Required(fields, "name", mapping, id) ?? "",
                Yaml.StringList(fields.GetValueOrDefault("variants"), "variants"),
                Yaml.StringList(fields.GetValueOrDefault("outdated"), "outdated"),
                Yaml.StringList(fields.GetValueOrDefault("misspellings"), "misspellings"));
        }

        private QuantityFact? ReadQuantity(YamlNode node) => ReadQuantity(node, []);

        private QuantityFact? ReadQuantity(YamlNode node, string[] extra)
        {
            if (Common(node, "quantity", ["subject", "measure", "cues", "unit", "percent_of", "series", "confusions", .. extra]) is not var (fields, id, sources, confidence, note, position, mapping))
            {
                return null;
            }

            var unit = Required(fields, "unit", mapping, id);
            if (unit is not null && !Units.Contains(unit))
            {
                Yaml.Error(fields["unit"], $"unit '{unit}' is not one of {string.Join(", ", Units)}");
            }

            var series = Yaml.Sequence(fields.GetValueOrDefault("series"), "series").Select(ReadPoint).OfType<SeriesPoint>().ToImmutableArray();
            if (series.IsEmpty)
            {
                Yaml.Error(mapping, $"quantity '{id}' needs a non-empty 'series'");
            }

            var confusions = ImmutableArray.CreateBuilder<Confusion>();
            foreach (var item in Yaml.Sequence(fields.GetValueOrDefault("confusions"), "confusions"))
            {
                if (Yaml.Mapping(item, "a confusion") is { } c)
                {
                    var cf = Yaml.Fields(c, "a confusion", "value", "is", "fact");
                    var value = Yaml.Number(cf.GetValueOrDefault("value"), "value");
                    var what = Required(cf, "is", c, id);
                    if (value is not null && what is not null)
                    {
                        confusions.Add(new Confusion(value.Value, what, Yaml.String(cf.GetValueOrDefault("fact"), "fact")));
                    }
                    else if (value is null && !cf.ContainsKey("value"))
                    {
                        Yaml.Error(c, "a confusion needs 'value'");
                    }
                }
            }

            return new QuantityFact(id, sources, confidence, note, position,
                Required(fields, "subject", mapping, id) ?? "",
                Required(fields, "measure", mapping, id) ?? "",
                RequiredList(fields, "cues", mapping, id),
                unit ?? "",
                Yaml.String(fields.GetValueOrDefault("percent_of"), "percent_of"),
                series,
                confusions.ToImmutable());
        }

        private SeriesPoint? ReadPoint(YamlNode node)
        {
            if (Yaml.Mapping(node, "a series point") is not { } mapping)
            {
                return null;
            }

            var fields = Yaml.Fields(mapping, "a series point", "as_of", "value", "min", "max", "wording", "sources");
            var asOf = Required(fields, "as_of", mapping, "series point");
            if (asOf is not null && !FactDates.IsValid(asOf))
            {
                Yaml.Error(fields["as_of"], $"as_of '{asOf}' must be YYYY, YYYY-MM or YYYY-MM-DD");
                asOf = null;
            }

            var value = Yaml.Number(fields.GetValueOrDefault("value"), "value");
            var min = Yaml.Number(fields.GetValueOrDefault("min"), "min");
            var max = Yaml.Number(fields.GetValueOrDefault("max"), "max");
            if (value is null && min is null && max is null)
            {
                Yaml.Error(mapping, "a series point needs 'value', 'min' or 'max'");
            }

            return asOf is null ? null : new SeriesPoint(asOf, value, min, max, Yaml.String(fields.GetValueOrDefault("wording"), "wording"),
                ReadSources(fields.GetValueOrDefault("sources"), mapping, required: false), Position(mapping));
        }

        private EventFact? ReadEvent(YamlNode node) => ReadEvent(node, []);

        private EventFact? ReadEvent(YamlNode node, string[] extra)
        {
            if (Common(node, "event", ["subject", "event", "cues", "date", "accept", "wrong", .. extra]) is not var (fields, id, sources, confidence, note, position, mapping))
            {
                return null;
            }

            var date = Required(fields, "date", mapping, id);
            if (date is not null && !FactDates.IsValid(date))
            {
                Yaml.Error(fields["date"], $"date '{date}' must be YYYY, YYYY-MM or YYYY-MM-DD");
            }

            var accept = Yaml.StringList(fields.GetValueOrDefault("accept"), "accept");
            var wrong = Yaml.StringList(fields.GetValueOrDefault("wrong"), "wrong");
            foreach (var bad in accept.Concat(wrong).Where(d => !FactDates.IsValid(d)))
            {
                Yaml.Error(mapping, $"'{id}': '{bad}' in accept/wrong must be YYYY, YYYY-MM or YYYY-MM-DD");
            }

            return new EventFact(id, sources, confidence, note, position,
                Required(fields, "subject", mapping, id) ?? "",
                Required(fields, "event", mapping, id) ?? "",
                RequiredList(fields, "cues", mapping, id),
                date ?? "",
                accept,
                wrong);
        }

        private DescriptionFact? ReadDescription(YamlNode node, string[]? extra = null)
        {
            if (Common(node, "description", ["subject", "is", "wrong", "means", .. extra ?? []]) is not var (fields, id, sources, confidence, note, position, mapping))
            {
                return null;
            }

            return new DescriptionFact(id, sources, confidence, note, position,
                Required(fields, "subject", mapping, id) ?? "",
                Required(fields, "is", mapping, id) ?? "",
                ReadWrongPhrases(fields.GetValueOrDefault("wrong"), id))
            {
                Means = Yaml.StringList(fields.GetValueOrDefault("means"), "means"),
            };
        }

        private ImmutableArray<WrongDescription> ReadWrongPhrases(YamlNode? node, string owner)
        {
            var wrong = ImmutableArray.CreateBuilder<WrongDescription>();
            foreach (var item in Yaml.Sequence(node, "wrong"))
            {
                if (Yaml.Mapping(item, "a wrong description") is { } w)
                {
                    var wf = Yaml.Fields(w, "a wrong description", "phrase", "why", "since");
                    var phrase = Required(wf, "phrase", w, owner);
                    var why = Required(wf, "why", w, owner);
                    var since = Yaml.String(wf.GetValueOrDefault("since"), "since");
                    if (since is not null && !FactDates.IsValid(since))
                    {
                        Yaml.Error(wf["since"], $"since '{since}' must be YYYY, YYYY-MM or YYYY-MM-DD");
                        since = null;
                    }

                    if (phrase is not null && why is not null)
                    {
                        wrong.Add(new WrongDescription(phrase, why) { Since = since });
                    }
                }
            }

            return wrong.ToImmutable();
        }

        /// <summary>The fields every fact has; null when the node is not a usable fact.</summary>
        private (Dictionary<string, YamlNode>, string, ImmutableArray<FactSource>, string, string?, PackPosition, YamlMappingNode)? Common(YamlNode node, string kind, string[] specific)
        {
            if (Yaml.Mapping(node, $"an {kind}") is not { } mapping)
            {
                return null;
            }

            var fields = Yaml.Fields(mapping, $"an {kind}", ["id", "sources", "confidence", "note", .. specific]);
            var id = Required(fields, "id", mapping, kind);
            if (id is null)
            {
                return null;
            }

            if (!IdShape().IsMatch(id))
            {
                Yaml.Error(fields["id"], $"id '{id}' must be lowercase letters, digits and hyphens");
            }

            var confidence = Required(fields, "confidence", mapping, id) ?? "low";
            if (!Confidences.Contains(confidence))
            {
                Yaml.Error(fields["confidence"], $"confidence '{confidence}' must be high, medium or low");
            }

            return (fields, id, ReadSources(fields.GetValueOrDefault("sources"), mapping, required: true), confidence,
                Yaml.String(fields.GetValueOrDefault("note"), "note"), Position(mapping), mapping);
        }

        private ImmutableArray<FactSource> ReadSources(YamlNode? node, YamlNode owner, bool required)
        {
            var sources = ImmutableArray.CreateBuilder<FactSource>();
            foreach (var item in Yaml.Sequence(node, "sources"))
            {
                if (Yaml.Mapping(item, "a source") is not { } mapping)
                {
                    continue;
                }

                var fields = Yaml.Fields(mapping, "a source", "title", "url", "date", "quote", "title_captured");
                var title = Required(fields, "title", mapping, "source");
                var url = Required(fields, "url", mapping, "source");
                if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out _))
                {
                    Yaml.Error(fields["url"], $"url '{url}' is not an absolute URL");
                }

                var date = Yaml.String(fields.GetValueOrDefault("date"), "date");
                if (date is not null && !FactDates.IsValid(date))
                {
                    Yaml.Error(fields["date"], $"date '{date}' must be YYYY, YYYY-MM or YYYY-MM-DD");
                }

                var captured = Yaml.String(fields.GetValueOrDefault("title_captured"), "title_captured") != "false";
                if (title is not null && url is not null)
                {
                    sources.Add(new FactSource(title, url, date, Yaml.String(fields.GetValueOrDefault("quote"), "quote"), captured));
                }
            }

            if (required && sources.Count == 0)
            {
                Yaml.Error(owner, "a fact needs at least one source with a title and a url");
            }

            return sources.ToImmutable();
        }

        private string? Required(Dictionary<string, YamlNode> fields, string key, YamlNode owner, string ownerName)
        {
            if (!fields.TryGetValue(key, out var node))
            {
                Yaml.Error(owner, $"'{ownerName}' needs '{key}'");
                return null;
            }

            return Yaml.String(node, key);
        }

        private ImmutableArray<string> RequiredList(Dictionary<string, YamlNode> fields, string key, YamlNode owner, string ownerName)
        {
            var list = Yaml.StringList(fields.GetValueOrDefault(key), key);
            if (list.IsEmpty)
            {
                Yaml.Error(owner, $"'{ownerName}' needs a non-empty '{key}' list");
            }

            return list;
        }

        private PackPosition Position(YamlNode node) => new(Yaml.File, (int)node.Start.Line, (int)node.Start.Column);
    }
}
