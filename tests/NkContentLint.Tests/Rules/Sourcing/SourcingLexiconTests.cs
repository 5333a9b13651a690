using NkContentLint.Configuration;
using NkContentLint.Rules;
using NkContentLint.Rules.Sourcing;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Sourcing;

/// <summary>The phrase lists in rules/sourcing/ load, are embedded, and are extended by configuration.</summary>
public sealed class SourcingLexiconTests
{
    [Theory]
    [InlineData("vague-attributions.txt")]
    [InlineData("source-names.txt")]
    public void EveryDataFileParsesAndIsEmbedded(string file)
    {
        var text = File.ReadAllText(RepositoryPaths.Combine("rules", "sourcing", file));
        var sections = SourcingLexicon.Parse(text, file);
        Assert.NotEmpty(sections);
        Assert.All(sections, s => Assert.NotEmpty(s.Value));

        var embedded = SourcingLexicon.ReadResource(typeof(SourcingLexicon).Assembly, "NkContentLint.Rules.Sourcing." + file);
        Assert.Equal(text.ReplaceLineEndings(), embedded.ReplaceLineEndings());
    }

    [Fact]
    public void EveryKnownSectionHasEntries()
    {
        var lexicon = SourcingLexicon.Default;
        Assert.NotEmpty(lexicon.AlwaysVague);
        Assert.NotEmpty(lexicon.VagueUnlessNamed);
        Assert.Contains("experts", lexicon.UnnamedSources);
        Assert.Contains("reported", lexicon.ReportingVerbs);
        Assert.Contains("shows", lexicon.EvidenceVerbs);
        Assert.Contains("estimated", lexicon.AgentlessPassives);
        Assert.Contains("reportedly", lexicon.Hedges);
        Assert.Contains("Western", lexicon.NotNames);
        Assert.Contains(lexicon.KnownSources, p => p.SequenceEqual(["38", "north"]));
    }

    [Theory]
    [InlineData("[always-vague]\nexperts say\n[no-such-section]\nx\n", "unknown section [no-such-section]")]
    [InlineData("experts say\n", "outside any [section]")]
    public void MalformedDataIsRejectedWithItsLine(string text, string message)
    {
        var error = Assert.Throws<InvalidDataException>(() => SourcingLexicon.Parse(text, "bad.txt"));
        Assert.Contains(message, error.Message);
        Assert.StartsWith("bad.txt(", error.Message);
    }

    [Fact]
    public void ExtraPhrasesAreAddedWithoutChangingTheDefault()
    {
        var extended = SourcingLexicon.Default.WithExtraPhrases(["Insiders  reveal"]);
        Assert.Contains(extended.AlwaysVague, p => p.SequenceEqual(["insiders", "reveal"]));
        Assert.DoesNotContain(SourcingLexicon.Default.AlwaysVague, p => p.SequenceEqual(["insiders", "reveal"]));
    }

    [Fact]
    public void OptionsAreReadAndValidatedFromAConfigurationFile()
    {
        var configuration = ConfigurationLoader.Parse(
            "rules:\n  NK1001:\n    scope: paragraph\n  NK1002:\n    extra_phrases: [\"insiders reveal\", \"it is common knowledge\"]\n",
            "/project",
            "/project/.nkcontentlint.yaml",
            BuiltInAnalyzers.AllDescriptors(),
            ".nkcontentlint.yaml");
        var settings = configuration.ResolveFor("/project/a.md");
        Assert.Equal("paragraph", settings.GetOption<string>(UnsourcedStatisticAnalyzer.Rule, UnsourcedStatisticAnalyzer.ScopeOption));
        Assert.Equal(
            ["insiders reveal", "it is common knowledge"],
            settings.GetOption<System.Collections.Immutable.ImmutableArray<string>>(VagueAttributionAnalyzer.Rule, VagueAttributionAnalyzer.ExtraPhrasesOption));

        var error = Assert.Single(Assert.Throws<ConfigurationException>(() => ConfigurationLoader.Parse(
            "rules:\n  NK1001:\n    scope: document\n", "/project", "/project/.nkcontentlint.yaml", BuiltInAnalyzers.AllDescriptors(), ".nkcontentlint.yaml")).Errors);
        Assert.Equal(".nkcontentlint.yaml(3,12): error: option 'scope' must be one of sentence, paragraph, not 'document'", error.ToString());
    }

    [Fact]
    public void TheCleanSampleHasNoSourcingFindingsWithEitherScope()
    {
        var root = RepositoryPaths.Root;
        foreach (var scope in new[] { "sentence", "paragraph" })
        {
            var configuration = ConfigurationLoader.Parse(
                $"rules:\n  NK1001:\n    scope: {scope}\n", root, Path.Combine(root, ".nkcontentlint.yaml"), BuiltInAnalyzers.AllDescriptors(), ".nkcontentlint.yaml");
            var result = Lint.Run(["samples/internet-access-overview.md"], root, configuration);
            Assert.Empty(result.Diagnostics);
        }
    }
}
