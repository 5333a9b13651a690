using NkContentLint.Configuration;
using NkContentLint.Discovery;
using NkContentLint.Facts;

namespace NkContentLint.Rules;

/// <summary>
/// The embedded default fact pack (rules/facts/north-korea.yaml) and the packs a configuration
/// adds, loaded and validated together into the index the fact rules use.
/// </summary>
public static class BuiltInFacts
{
    public const string DefaultPackPath = "rules/facts/north-korea.yaml";
    private const string ResourceName = "NkContentLint.Rules.facts.north-korea.yaml";

    private static readonly Lazy<FactPack> Default = new(() =>
    {
        using var stream = typeof(BuiltInFacts).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream);
        return FactPackLoader.Parse(reader.ReadToEnd(), $"(built-in) {DefaultPackPath}");
    });

    /// <summary>The default pack: parsed once, and validated by the tests at build time.</summary>
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
                packs.Add(FactPackLoader.Load(path, display));
            }
            catch (ConfigurationException ex)
            {
                errors.AddRange(ex.Errors);
            }
        }

        if (errors.Count == 0)
        {
            errors.AddRange(FactPackValidator.ValidateSet(packs).Where(e => packs.Count > 1));
        }

        if (errors.Count > 0)
        {
            throw new ConfigurationException(errors);
        }

        return packs;
    }

    public static FactIndex IndexFor(LintConfiguration configuration, string workingDirectory) =>
        new(PacksFor(configuration, workingDirectory));
}
