using NkContentLint.Facts;

namespace NkContentLint.Rules;

/// <summary>
/// The embedded default fact pack (rules/facts/north-korea.yaml). The engine loads the packs a
/// configuration adds and validates them with this one (<c>ConfiguredFactPacks</c> in Core).
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
}
