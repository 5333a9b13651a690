using NkContentLint.Facts;
using NkContentLint.Rules.Facts;

namespace NkContentLint.Rules;

/// <summary>
/// The embedded default fact pack (rules/facts/north-korea.yaml, compiled at build time). The engine loads
/// the packs a configuration adds and validates them with this one (<c>ConfiguredFactPacks</c> in Core).
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
}
