using NkContentLint.Configuration;
using NkContentLint.Facts;
using NkContentLint.Rules;
using NkContentLint.Rules.Facts;
using NkContentLint.Tests.Cli;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Facts;

/// <summary>
/// House packs that extend the built-in pack: facts about its entities, added names and wrong
/// phrases, overrides with a reason, and collisions explained by <c>facts validate</c>.
/// </summary>
public sealed class HousePackTests
{
    private static string Example(string group, string file) => RepositoryPaths.Combine("tests", "NkContentLint.Tests", "Facts", "Examples", group, file);

    private static FactIndex IndexWithHousePack(out TempDirectory temp)
    {
        temp = new TempDirectory();
        File.Copy(Example("valid", "house-extends.yaml"), Path.Combine(temp.Path, "house.yaml"));
        var configuration = ConfigurationLoader.Parse("facts: { packs: [house.yaml] }", temp.Path, null, BuiltInAnalyzers.AllDescriptors(), "c.yaml");
        return ConfiguredFactPacks.IndexFor(configuration, temp.Path, BuiltInFacts.DefaultPack);
    }

    [Fact]
    public void AHousePackAddsFactsNamesAndWrongPhrasesToBuiltInEntities()
    {
        var facts = IndexWithHousePack(out var temp);
        using (temp)
        {
            AnalyzerVerifier.Verify(new ContradictingFigureAnalyzer(), "In 2013 Koryolink had {|NK2001:40 shops|} in Pyongyang.\n", facts: facts);
            AnalyzerVerifier.Verify(new ContradictingFigureAnalyzer(), "In 2013 Koryolink had 11 shops in Pyongyang.\n", facts: facts);
            AnalyzerVerifier.Verify(new MisspelledNameAnalyzer(), "{|NK2002:Koryolinc|} sells phones; Koryolink is the operator.\n", facts: facts);
            AnalyzerVerifier.Verify(new WrongDescriptionOrDateAnalyzer(), "Kwangmyong, the {|NK2003:texting service|}, is popular.\n", facts: facts);
            AnalyzerVerifier.Verify(new WrongDescriptionOrDateAnalyzer(), "Kwangmyong, the national intranet, has a texting service.\n", facts: facts);

            // Built-in names and phrases are still there.
            AnalyzerVerifier.Verify(new WrongDescriptionOrDateAnalyzer(), "Koryolink, a {|NK2003:4g network|}, is popular.\n", facts: facts);
        }
    }

    [Fact]
    public void AnOverrideReplacesTheBuiltInFactOfItsId()
    {
        var facts = IndexWithHousePack(out var temp);
        using (temp)
        {
            var replaced = Assert.IsType<QuantityFact>(facts.Find("uriminzokkiri-youtube-subscribers"));
            Assert.Equal(20000, replaced.Series.Single().High);
            Assert.Equal(18000, Assert.IsType<QuantityFact>(BuiltInFacts.DefaultPack.AllFacts.Single(f => f.Id == "uriminzokkiri-youtube-subscribers")).Series.Single().Low);
            Assert.Single(facts.Quantities, q => q.Id == "uriminzokkiri-youtube-subscribers");
        }
    }

    [Fact]
    public void FactsValidateAcceptsAnExtendingPackAndChecksItWithTheBuiltInOne()
    {
        using var temp = new TempDirectory();
        File.Copy(Example("valid", "house-extends.yaml"), Path.Combine(temp.Path, "house.yaml"));
        var (exit, output, error) = CliRunner.Run(temp.Path, ["facts", "validate", "house.yaml"]);
        Assert.True(exit == 0, error);
        Assert.Contains("house.yaml: OK", output);

        temp.Write(".nkcontentlint.yaml", "facts: { packs: [house.yaml] }\n");
        var (listed, listOut, _) = CliRunner.Run(temp.Path, ["facts", "show", "koryolink"]);
        Assert.Equal(0, listed);
        Assert.Contains("Koryolinc", listOut);
    }

    [Fact]
    public void AnOverrideWithoutAReasonIsAnExit2ErrorWithItsPosition()
    {
        using var temp = new TempDirectory();
        File.Copy(Example("invalid-schema", "override-without-reason.yaml"), Path.Combine(temp.Path, "house.yaml"));
        var (exit, _, error) = CliRunner.Run(temp.Path, ["facts", "validate", "house.yaml"]);
        Assert.Equal(2, exit);
        Assert.Contains("house.yaml(7,5): error: the override of 'uriminzokkiri-youtube-subscribers' needs a reason", error);

        temp.Write("a.md", "# Fine\n");
        temp.Write(".nkcontentlint.yaml", "facts: { packs: [house.yaml] }\n");
        var (lint, lintOut, lintError) = CliRunner.Run(temp.Path, []);
        Assert.Equal(2, lint);
        Assert.Empty(lintOut);
        Assert.Contains("needs a reason", lintError);
    }

    [Fact]
    public void ACollisionWithABuiltInIdIsExplained()
    {
        using var temp = new TempDirectory();
        temp.Write("house.yaml", """
            pack: { id: house, version: "1", title: House }
            extends: [north-korea]
            events:
              - id: koryolink-launch
                subject: koryolink
                event: launched
                cues: [launched]
                date: "2008-12-15"
                sources: [{ title: Example, url: "https://example.org/a" }]
                confidence: high
            overrides:
              - id: no-such-fact
                reason: Testing.
                subject: koryolink
                event: launched
                cues: [launched]
                date: "2008-12-15"
                sources: [{ title: Example, url: "https://example.org/a" }]
                confidence: high
            names:
              - { entity: kwangmyong-definition, misspellings: [Kwangmyongg] }
            """);
        var (exit, _, error) = CliRunner.Run(temp.Path, ["facts", "validate", "house.yaml"]);
        Assert.Equal(2, exit);
        Assert.Contains("duplicate fact id 'koryolink-launch': pack 'north-korea' already defines it", error);
        Assert.Contains("move this one under 'overrides:' with a reason", error);
        Assert.Contains("the override of 'no-such-fact' replaces nothing", error);
        Assert.Contains("'names' refers to unknown entity 'kwangmyong-definition' ('kwangmyong-definition' is a description, not an entity)", error);
    }

    [Fact]
    public void ExtendingAPackThatIsNotInForceIsAnError()
    {
        using var temp = new TempDirectory();
        File.Copy(Example("valid", "house-extends.yaml"), Path.Combine(temp.Path, "house.yaml"));
        var configuration = ConfigurationLoader.Parse("facts: { packs: [house.yaml], default: false }", temp.Path, null, BuiltInAnalyzers.AllDescriptors(), "c.yaml");
        var errors = Assert.Throws<ConfigurationException>(() => ConfiguredFactPacks.PacksFor(configuration, temp.Path, BuiltInFacts.DefaultPack)).Errors;
        Assert.Contains(errors, e => e.Message.Contains("extends 'north-korea', which is not in force", StringComparison.Ordinal));
    }

    [Fact]
    public void AStandalonePackThatUsesBuiltInEntitiesIsToldToExtend()
    {
        var (_, errors) = FactPackLoader.TryParse("""
            pack: { id: house, version: "1", title: House }
            quantities:
              - id: house-shops
                subject: koryolink
                measure: shops
                cues: [shops]
                unit: sites
                series: [{ as_of: "2013", min: 10, max: 12 }]
                sources: [{ title: Example, url: "https://example.org/a" }]
                confidence: low
            """, "house.yaml");
        Assert.Contains(errors, e => e.Message.Contains("refers to unknown entity 'koryolink' (a house pack that uses the built-in pack's entities declares 'extends: [north-korea]')", StringComparison.Ordinal));
    }
}
