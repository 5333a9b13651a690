using NkContentLint.Configuration;
using NkContentLint.Diagnostics;
using NkContentLint.Rules;
using NkContentLint.Rules.Structure;
using Xunit;

namespace NkContentLint.Tests.Engine;

public sealed class ConfigurationTests
{
    private static LintConfiguration Parse(string text, string file = ".nkcontentlint.yaml") =>
        ConfigurationLoader.Parse(text, "/project", "/project/" + file, BuiltInAnalyzers.AllDescriptors(), file);

    private static ConfigurationError SingleError(string text, string file = ".nkcontentlint.yaml") =>
        Assert.Single(Assert.Throws<ConfigurationException>(() => Parse(text, file)).Errors);

    [Fact]
    public void AStringOptionWithAClosedSetOfValuesRejectsOthers()
    {
        var rule = new DiagnosticDescriptor(
            "NK1999", "Test", "Test", "Sourcing", DiagnosticSeverity.Warning, "For tests.",
            [new RuleOption("scope", RuleOptionKind.String, "sentence", "Where a citation counts.") { AllowedValues = ["sentence", "paragraph"] }]);
        var errors = Assert.Throws<ConfigurationException>(() =>
            ConfigurationLoader.Parse("rules:\n  NK1999:\n    scope: section\n", "/project", "/project/.nkcontentlint.yaml", [rule], ".nkcontentlint.yaml")).Errors;
        var error = Assert.Single(errors);
        Assert.Equal((3, 12), (error.Line, error.Column));
        Assert.Contains("option 'scope' must be one of sentence, paragraph, not 'section'", error.Message);

        var valid = ConfigurationLoader.Parse("rules:\n  NK1999:\n    scope: paragraph\n", "/project", "/project/.nkcontentlint.yaml", [rule], ".nkcontentlint.yaml");
        Assert.Equal("paragraph", valid.ResolveFor("/project/a.md").GetOption<string>(rule, "scope"));
    }

    [Fact]
    public void EmptyFileMeansDefaults()
    {
        var configuration = Parse("");
        Assert.Equal(LintConfiguration.DefaultInclude, configuration.Include);
        Assert.Equal(DiagnosticSeverity.Warning, configuration.ResolveFor("/project/a.md").GetSeverity(DuplicateHeadingAnalyzer.Rule));
    }

    [Fact]
    public void SeveritiesOptionsAndOverridesResolvePerFile()
    {
        var configuration = Parse("""
            rules:
              NK3001:
                severity: error
                siblings_only: true
            overrides:
              - files: ["drafts/**"]
                rules:
                  NK3001: none
              - files: published/**
                rules:
                  nk3001: { siblings_only: false }
            """);

        var article = configuration.ResolveFor("/project/a.md");
        Assert.Equal(DiagnosticSeverity.Error, article.GetSeverity(DuplicateHeadingAnalyzer.Rule));
        Assert.True(article.GetOption<bool>(DuplicateHeadingAnalyzer.Rule, "siblings_only"));

        Assert.False(configuration.ResolveFor("/project/drafts/x/b.md").IsEnabled(DuplicateHeadingAnalyzer.Rule));

        var published = configuration.ResolveFor("/project/published/c.md");
        Assert.Equal(DiagnosticSeverity.Error, published.GetSeverity(DuplicateHeadingAnalyzer.Rule));
        Assert.False(published.GetOption<bool>(DuplicateHeadingAnalyzer.Rule, "siblings_only"));
    }

    [Fact]
    public void JsonConfigurationIsAccepted()
    {
        var configuration = Parse("""{ "exclude": ["old/**"], "rules": { "NK3001": "info" } }""", ".nkcontentlint.json");
        Assert.Equal(["old/**"], configuration.Exclude);
        Assert.Equal(DiagnosticSeverity.Info, configuration.ResolveFor("/project/a.md").GetSeverity(DuplicateHeadingAnalyzer.Rule));
    }

    [Fact]
    public void IncludeAndExcludeDecideWhatAFolderWalkLints()
    {
        var configuration = Parse("include: ['**/*.md']\nexclude: ['drafts/**']");
        Assert.True(configuration.IsIncluded("/project/a/b.md"));
        Assert.False(configuration.IsIncluded("/project/drafts/b.md"));
        Assert.False(configuration.IsIncluded("/project/a/b.markdown"));
    }

    [Fact]
    public void MalformedYamlReportsLineAndColumn()
    {
        var error = SingleError("rules:\n  NK3001: [warning\n");
        Assert.Equal(".nkcontentlint.yaml", error.File);
        Assert.Equal(3, error.Line);
        Assert.StartsWith("invalid YAML", error.Message);
    }

    [Fact]
    public void UnknownRuleIdIsAnErrorAtItsKey()
    {
        var error = SingleError("rules:\n  NK3001: warning\n  NK9999: error\n");
        Assert.Equal((3, 3), (error.Line, error.Column));
        Assert.Contains("unknown rule ID 'NK9999'", error.Message);
    }

    [Fact]
    public void UnknownOptionIsAnErrorThatListsTheKnownOnes()
    {
        var error = SingleError("rules:\n  NK3001:\n    sibling_only: true\n");
        Assert.Equal((3, 5), (error.Line, error.Column));
        Assert.Contains("unknown option 'sibling_only' for NK3001 (known: severity, siblings_only)", error.Message);
    }

    [Fact]
    public void OptionOfTheWrongTypeIsAnError()
    {
        var error = SingleError("rules:\n  NK3001:\n    siblings_only: sometimes\n");
        Assert.Contains("must be true or false", error.Message);
    }

    [Fact]
    public void InvalidSeverityIsAnError()
    {
        var error = SingleError("rules:\n  NK3001: fatal\n");
        Assert.Equal((2, 11), (error.Line, error.Column));
        Assert.Contains("invalid severity 'fatal'", error.Message);
    }

    [Fact]
    public void UnknownTopLevelKeyIsAnError()
    {
        Assert.Contains("unknown key 'rule'", SingleError("rule:\n  NK3001: error\n").Message);
    }

    [Fact]
    public void OverrideWithoutFilesIsAnError()
    {
        Assert.Contains("needs 'files'", SingleError("overrides:\n  - rules: { NK3001: none }\n").Message);
    }

    [Fact]
    public void AllErrorsAreReportedAtOnce()
    {
        var exception = Assert.Throws<ConfigurationException>(() => Parse("rules:\n  NK9998: error\n  NK9999: error\n"));
        Assert.Equal(2, exception.Errors.Count);
    }

    [Fact]
    public void TheNearestConfigurationFileIsFound()
    {
        using var temp = new Testing.TempDirectory();
        temp.Write(".nkcontentlint.yml", "rules: {}");
        Directory.CreateDirectory(Path.Combine(temp.Path, "a", "b"));
        Assert.Equal(Path.Combine(temp.Path, ".nkcontentlint.yml"), ConfigurationLoader.Find(Path.Combine(temp.Path, "a", "b")));
    }
}
