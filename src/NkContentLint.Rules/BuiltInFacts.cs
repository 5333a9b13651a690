using NkContentLint.Configuration;
using NkContentLint.Discovery;
using NkContentLint.Facts;
using NkContentLint.Rules.Facts;

namespace NkContentLint.Rules;

/// <summary>
/// The embedded default fact pack (rules/facts/north-korea.yaml, compiled at build time) and the packs a
/// configuration adds, loaded and validated together into the index the fact rules use.
/// </summary>
public static class BuiltInFacts
{
    public const string DefaultPackPath = "rules/facts/north-korea.yaml";
    private const string ResourceName = "NkContentLint.Rules.facts.north-korea.factpack";

    private static readonly Lazy<FactPack> Default = new(() =>
    {
        // Parsed and validated from the YAML at build time (src/NkContentLint.FactPackCompiler); read here without YAML.
        using var stream = typeof(BuiltInFacts).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        return CompiledFactPack.Read(stream);
    });

    /// <summary>The default pack: parsed and validated from its YAML when the tool is built, read once per process.</summary>
    public static FactPack DefaultPack => Default.Value;

    /// <summary>The packs a configuration puts in force; throws <see cref="ConfigurationException"/> with positions when any is bad.</summary>
    public static IReadOnlyList<FactPack> PacksFor(LintConfiguration configuration, string workingDirectory)
    {
        var packs = new List<FactPack>();
        if (configuration.UseDefaultFactPack)
        {
            packs.Add(DefaultPack);
        }

        var errors = new List<ConfigurationError>();
        foreach (var path in configuration.FactPacks)
        {
            var display = FileDiscovery.DisplayPath(workingDirectory, path);
            if (!File.Exists(path))
            {
                errors.Add(new ConfigurationError(configuration.FilePath is null ? display : FileDiscovery.DisplayPath(workingDirectory, configuration.FilePath), 1, 1, $"fact pack '{display}' not found"));
                continue;
            }

            try
            {
                packs.Add(FactPackLoader.Load(path, display, deferReferences: true));
            }
            catch (ConfigurationException ex)
            {
                errors.AddRange(ex.Errors);
            }
        }

        // The built-in pack alone was validated when the tool was built (src/NkContentLint.FactPackCompiler, the same
        // check); a set with any other pack is validated here, as the packs see each other.
        var builtInAlone = packs.Count == 1 && ReferenceEquals(packs[0], DefaultPack);
        if (errors.Count == 0 && !builtInAlone)
        {
            errors.AddRange(FactPackValidator.ValidateSet(packs));
            errors.AddRange(UnknownExtends(packs));
        }

        if (errors.Count > 0)
        {
            throw new ConfigurationException(errors);
        }

        return packs;
    }

    /// <summary>A pack that extends a pack not in force: "extends 'north-korea', which is not in force (facts.default is false)".</summary>
    public static IEnumerable<ConfigurationError> UnknownExtends(IReadOnlyList<FactPack> packs) =>
        packs.SelectMany((pack, i) => pack.ExtendsOrEmpty
            .Where(id => !packs.Take(i).Any(p => p.Id == id))
            .Select(id => new ConfigurationError(pack.File, 1, 1,
                $"pack '{pack.Id}' extends '{id}', which is not in force before it (in force: {string.Join(", ", packs.Take(i).Select(p => p.Id).DefaultIfEmpty("none"))}; the built-in pack is 'north-korea', used unless facts.default is false)")));

    public static FactIndex IndexFor(LintConfiguration configuration, string workingDirectory) =>
        new(PacksFor(configuration, workingDirectory));
}
