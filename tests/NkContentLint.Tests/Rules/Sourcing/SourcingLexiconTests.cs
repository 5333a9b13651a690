using NkContentLint.Attributions;
using NkContentLint.Claims;
using NkContentLint.Configuration;
using NkContentLint.Rules;
using NkContentLint.Rules.Sourcing;
using NkContentLint.Tests.Testing;
using NkContentLint.Text;
using Xunit;

namespace NkContentLint.Tests.Rules.Sourcing;

/// <summary>The word lists in rules/sourcing/ and rules/claims/ load, are embedded, and are extended by configuration.</summary>
public sealed class SourcingLexiconTests
{
    [Theory]
    [InlineData("sourcing", "vague-attributions.txt", "NkContentLint.Attributions.")]
    [InlineData("sourcing", "source-names.txt", "NkContentLint.Attributions.")]
    [InlineData("sourcing", "attribution-grammar.txt", "NkContentLint.Attributions.")]
    [InlineData("claims", "claim-words.txt", "NkContentLint.Claims.")]
    public void EveryDataFileParsesAndIsEmbedded(string folder, string file, string resourcePrefix)
    {
        var text = File.ReadAllText(RepositoryPaths.Combine("rules", folder, file));
        var known = folder == "claims" ? ClaimLexicon.KnownSections
            : file == "attribution-grammar.txt" ? AttributionLexicon.GrammarSections : AttributionLexicon.PhraseSections;
        var lists = WordLists.Parse(text, file, known);
        Assert.NotEmpty(lists.Sections);
        Assert.All(lists.Sections, s => Assert.NotEmpty(lists.Entries(s)));

        var embedded = WordLists.ReadResource(typeof(WordLists).Assembly, resourcePrefix + file);
        Assert.Equal(text.ReplaceLineEndings(), embedded.ReplaceLineEndings());
    }

    [Fact]
    public void EveryDeclaredSectionIsInItsFile()
    {
        var grammar = AttributionLexicon.ReadData(AttributionLexicon.GrammarResource);
        Assert.Equal(AttributionLexicon.GrammarSections.Order(), grammar.Sections.Order());
        var claims = WordLists.FromResource(typeof(WordLists).Assembly, ClaimLexicon.ResourceName, ClaimLexicon.KnownSections);
        Assert.Equal(ClaimLexicon.KnownSections.Order(), claims.Sections.Order());
        Assert.Contains(ClaimLexicon.Approximations, a => a.Words.SequenceEqual(["a", "little", "more", "than"]) && a.Kind == NkContentLint.Claims.Approximation.MoreThan);
        Assert.Equal((3.0, 9.0), ClaimLexicon.Indefinites["several"]);
        Assert.Equal(1_000_000, ClaimLexicon.PluralMagnitudes["millions"]);
    }

    [Fact]
    public void EveryKnownSectionHasEntries()
    {
        var lexicon = AttributionLexicon.Default;
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
        var error = Assert.Throws<InvalidDataException>(() => WordLists.Parse(text, "bad.txt", AttributionLexicon.PhraseSections));
        Assert.Contains(message, error.Message);
        Assert.StartsWith("bad.txt(", error.Message);
    }

    [Fact]
    public void ExtraPhrasesAreAddedWithoutChangingTheDefault()
    {
        var extended = AttributionLexicon.Default.WithExtraPhrases(["Insiders  reveal"]);
        Assert.Contains(extended.AlwaysVague, p => p.SequenceEqual(["insiders", "reveal"]));
        Assert.DoesNotContain(AttributionLexicon.Default.AlwaysVague, p => p.SequenceEqual(["insiders", "reveal"]));
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
