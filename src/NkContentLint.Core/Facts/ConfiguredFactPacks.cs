using NkContentLint.Configuration;
using NkContentLint.Discovery;

namespace NkContentLint.Facts;

/// <summary>
/// The packs a configuration puts in force: the built-in pack (given by the host, which embeds it)
/// unless <c>facts.default</c> is false, then the configured house packs, loaded and validated
/// together. Engine-side: the built-in rules see only the public pack model.
/// </summary>
internal static class ConfiguredFactPacks
{
    /// <summary>The packs in force; throws <see cref="ConfigurationException"/> with positions when any is bad.</summary>
    public static IReadOnlyList<FactPack> PacksFor(LintConfiguration configuration, string workingDirectory, FactPack builtIn)
    {
        var packs = new List<FactPack>();
        if (configuration.UseDefaultFactPack)
        {
            packs.Add(builtIn);
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

        // The built-in pack alone was validated when the tool was built (src/NkContentLint.FactPackCompiler runs the same
        // check); a set with any other pack is validated here, as the packs see each other.
        var builtInAlone = packs.Count == 1 && ReferenceEquals(packs[0], builtIn);
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

    public static FactIndex IndexFor(LintConfiguration configuration, string workingDirectory, FactPack builtIn) =>
        new(PacksFor(configuration, workingDirectory, builtIn));
}
