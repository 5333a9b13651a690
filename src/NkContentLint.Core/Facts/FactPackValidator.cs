using NkContentLint.Configuration;

namespace NkContentLint.Facts;

/// <summary>
/// Checks a pack beyond its shape: unique ids, references to existing facts, non-empty ranges,
/// and names that do not collide (an alias used by two entities, or a misspelling that is an
/// accepted name or its whole-word prefix, which would flag correct text).
/// </summary>
internal static class FactPackValidator
{
    public static IReadOnlyList<ConfigurationError> Validate(FactPack pack) => ValidateSet([pack]);

    /// <summary>
    /// Checks packs that are used together (default plus project packs) as one set. With
    /// <paramref name="checkReferences"/> false (a house pack read on its own, which refers to the
    /// pack it extends), references to facts outside the set are not reported.
    /// </summary>
    public static IReadOnlyList<ConfigurationError> ValidateSet(IReadOnlyList<FactPack> packs, bool checkReferences = true)
    {
        var errors = new List<ConfigurationError>();
        void Error(PackPosition at, string message) => errors.Add(new ConfigurationError(at.File, at.Line, at.Column, message));

        var own = new Dictionary<string, (Fact Fact, FactPack Pack)>(StringComparer.Ordinal);
        foreach (var pack in packs)
        {
            foreach (var fact in pack.AllFacts)
            {
                if (!own.TryAdd(fact.Id, (fact, pack)))
                {
                    var first = own[fact.Id];
                    Error(fact.Position, first.Pack == pack
                        ? $"duplicate fact id '{fact.Id}' (first defined at {first.Fact.Position})"
                        : $"duplicate fact id '{fact.Id}': pack '{first.Pack.Id}' already defines it at {first.Fact.Position}. "
                            + $"To replace that fact, move this one under 'overrides:' with a reason; to add names or wrong phrases to it, use 'names:' or 'wrong:'; to add a new fact, give it another id");
                }
            }

            foreach (var replacement in pack.OverridesOrEmpty)
            {
                if (!own.TryGetValue(replacement.Fact.Id, out var original) || original.Pack == pack)
                {
                    if (checkReferences)
                    {
                        Error(replacement.Position, $"the override of '{replacement.Fact.Id}' replaces nothing: no earlier pack defines a fact with that id (to add a new fact, list it under its kind)");
                    }
                }
                else if (original.Fact.GetType() != replacement.Fact.GetType())
                {
                    Error(replacement.Position, $"the override of '{replacement.Fact.Id}' is a {KindOf(replacement.Fact)}, but pack '{original.Pack.Id}' defines it as a {KindOf(original.Fact)} at {original.Fact.Position}");
                }
                else
                {
                    own[replacement.Fact.Id] = (replacement.Fact, pack);
                }
            }

            foreach (var added in pack.NameAdditionsOrEmpty.Where(a => checkReferences && own.GetValueOrDefault(a.EntityId).Fact is not EntityFact))
            {
                Error(added.Position, $"'names' refers to unknown entity '{added.EntityId}'" + (own.ContainsKey(added.EntityId) ? $" ('{added.EntityId}' is a {KindOf(own[added.EntityId].Fact)}, not an entity)" : string.Empty));
            }

            foreach (var added in pack.WrongAdditionsOrEmpty.Where(a => checkReferences && own.GetValueOrDefault(a.DescriptionId).Fact is not DescriptionFact))
            {
                Error(added.Position, $"'wrong' refers to unknown description '{added.DescriptionId}'" + (own.ContainsKey(added.DescriptionId) ? $" ('{added.DescriptionId}' is a {KindOf(own[added.DescriptionId].Fact)}, not a description)" : string.Empty));
            }
        }

        // The facts as the rules will see them: overrides applied, names and wrong phrases added.
        var facts = FactPackSet.Resolve(packs).ToList();
        var byId = facts.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var entities = facts.OfType<EntityFact>().ToDictionary(e => e.Id, StringComparer.Ordinal);
        void RequireEntity(Fact fact, string subject)
        {
            if (checkReferences && !entities.ContainsKey(subject))
            {
                Error(fact.Position, $"'{fact.Id}' refers to unknown entity '{subject}'" + (packs.Count == 1 ? " (a house pack that uses the built-in pack's entities declares 'extends: [north-korea]')" : string.Empty));
            }
        }

        foreach (var quantity in facts.OfType<QuantityFact>())
        {
            RequireEntity(quantity, quantity.Subject);
            foreach (var cue in quantity.Cues.Where(c => c.Contains(CueVariants.Gap)))
            {
                Error(quantity.Position, $"'{quantity.Id}' has the cue '{cue}' with a gap (…); only an event's cue may have one");
            }

            if (checkReferences && quantity.PercentOf is { } baseId && byId.GetValueOrDefault(baseId) is not QuantityFact)
            {
                Error(quantity.Position, $"'{quantity.Id}' has percent_of '{baseId}', which is not a quantity");
            }

            foreach (var confusion in quantity.Confusions.Where(c => checkReferences && c.FactId is not null && !byId.ContainsKey(c.FactId)))
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
            foreach (var cue in fact.Cues.Where(c => c.Contains(CueVariants.Gap) && c.Split(CueVariants.Gap).Any(part => part.Trim().Length == 0)))
            {
                Error(fact.Position, $"'{fact.Id}' has the cue '{cue}' with a gap (…) at its start or end or two gaps together; a gap stands between words");
            }

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

    private static string KindOf(Fact fact) => fact switch
    {
        EntityFact => "entity",
        QuantityFact => "quantity",
        EventFact => "event",
        _ => "description",
    };

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
