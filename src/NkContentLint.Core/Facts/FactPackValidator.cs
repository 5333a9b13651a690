using NkContentLint.Configuration;

namespace NkContentLint.Facts;

/// <summary>
/// Checks a pack beyond its shape: unique ids, references to existing facts, non-empty ranges,
/// and names that do not collide (an alias used by two entities, or a misspelling that is an
/// accepted name or its whole-word prefix, which would flag correct text).
/// </summary>
public static class FactPackValidator
{
    public static IReadOnlyList<ConfigurationError> Validate(FactPack pack) => ValidateSet([pack]);

    /// <summary>Checks packs that are used together (default plus project packs) as one set.</summary>
    public static IReadOnlyList<ConfigurationError> ValidateSet(IReadOnlyList<FactPack> packs)
    {
        var errors = new List<ConfigurationError>();
        void Error(PackPosition at, string message) => errors.Add(new ConfigurationError(at.File, at.Line, at.Column, message));

        var facts = packs.SelectMany(p => p.AllFacts).ToList();
        var byId = new Dictionary<string, Fact>(StringComparer.Ordinal);
        foreach (var fact in facts)
        {
            if (!byId.TryAdd(fact.Id, fact))
            {
                Error(fact.Position, $"duplicate fact id '{fact.Id}' (first defined at {byId[fact.Id].Position})");
            }
        }

        var entities = facts.OfType<EntityFact>().DistinctBy(e => e.Id).ToDictionary(e => e.Id, StringComparer.Ordinal);
        void RequireEntity(Fact fact, string subject)
        {
            if (!entities.ContainsKey(subject))
            {
                Error(fact.Position, $"'{fact.Id}' refers to unknown entity '{subject}'");
            }
        }

        foreach (var quantity in facts.OfType<QuantityFact>())
        {
            RequireEntity(quantity, quantity.Subject);
            if (quantity.PercentOf is { } baseId && byId.GetValueOrDefault(baseId) is not QuantityFact)
            {
                Error(quantity.Position, $"'{quantity.Id}' has percent_of '{baseId}', which is not a quantity");
            }

            foreach (var confusion in quantity.Confusions.Where(c => c.FactId is not null && !byId.ContainsKey(c.FactId)))
            {
                Error(quantity.Position, $"'{quantity.Id}' has a confusion pointing to unknown fact '{confusion.FactId}'");
            }

            foreach (var point in quantity.Series)
            {
                if (new[] { point.Value, point.Min, point.Max }.Any(n => n < 0))
                {
                    Error(point.Position, $"'{quantity.Id}' as of {point.AsOf}: a count or share cannot be negative");
                }
                else if (point.Low > point.High || (point.Value is { } v && (v < point.Low || v > point.High)))
                {
                    Error(point.Position, $"'{quantity.Id}' as of {point.AsOf}: the range is empty or does not contain the value");
                }

                CheckSources(point.Sources, point.Position);
            }

            foreach (var duplicate in quantity.Series.GroupBy(p => p.AsOf).Where(g => g.Count() > 1))
            {
                Error(duplicate.Last().Position, $"'{quantity.Id}' has two series points as of {duplicate.Key}");
            }
        }

        foreach (var fact in facts.OfType<EventFact>())
        {
            RequireEntity(fact, fact.Subject);
            if (fact.Wrong.Contains(fact.Date) || fact.Wrong.Any(w => fact.Accept.Contains(w)))
            {
                Error(fact.Position, $"'{fact.Id}' lists its own date or an accepted date as wrong");
            }
        }

        foreach (var fact in facts.OfType<DescriptionFact>())
        {
            RequireEntity(fact, fact.Subject);
        }

        foreach (var fact in facts)
        {
            CheckSources(fact.Sources, fact.Position);
        }

        CheckNames(facts.OfType<EntityFact>().ToList(), Error);
        return errors;

        // A source is a web page a reader can open: http or https (not javascript:, file: or data:).
        void CheckSources(IEnumerable<FactSource> sources, PackPosition at)
        {
            foreach (var source in sources)
            {
                if (!Uri.TryCreate(source.Url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                {
                    Error(at, $"source '{source.Title}' has the url '{source.Url}'; a source must be an http or https address");
                }
            }
        }
    }

    private static void CheckNames(List<EntityFact> entities, Action<PackPosition, string> error)
    {
        var owner = new Dictionary<string, EntityFact>(StringComparer.OrdinalIgnoreCase);
        foreach (var entity in entities)
        {
            foreach (var name in entity.AcceptedNames.Concat(entity.Misspellings).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                if (owner.TryGetValue(name, out var other) && other != entity)
                {
                    error(entity.Position, $"the name '{name}' of '{entity.Id}' is also a name of '{other.Id}'");
                }

                owner.TryAdd(name, entity);
            }
        }

        // Every accepted name and each of its whole-word prefixes ("kim", "kim il" for "Kim Il Sung"),
        // in one table: a misspelling found there would flag correct text. Linear in the names.
        var taken = new Dictionary<string, (string Name, EntityFact Entity)>(StringComparer.OrdinalIgnoreCase);
        foreach (var entity in entities)
        {
            foreach (var name in entity.AcceptedNames)
            {
                var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                for (var length = 1; length <= words.Length; length++)
                {
                    taken.TryAdd(string.Join(' ', words[..length]), (name, entity));
                }
            }
        }

        foreach (var entity in entities)
        {
            foreach (var misspelling in entity.Misspellings)
            {
                if (taken.TryGetValue(string.Join(' ', misspelling.Split(' ', StringSplitOptions.RemoveEmptyEntries)), out var clash))
                {
                    error(entity.Position, $"misspelling '{misspelling}' of '{entity.Id}' would flag the accepted name '{clash.Name}' of '{clash.Entity.Id}'");
                }
            }
        }
    }
}
