using System.Collections.Immutable;
using NkContentLint.Configuration;
using NkContentLint.Diagnostics;
using NkContentLint.Rules;
using NkContentLint.Rules.Sourcing;
using Xunit;

namespace NkContentLint.Tests.Engine;

/// <summary>RuleOption&lt;T&gt;: declared on the descriptor, validated, documented and read typed from that one declaration.</summary>
public sealed class TypedRuleOptionTests
{
    private static readonly RuleOption<Depth> DepthOption = new("depth", Depth.Sentence, "How far to look.");
    private static readonly RuleOption<int> Limit = new("limit", 3, "At most this many.");
    private static readonly RuleOption<ImmutableArray<string>> Words = new("words", ImmutableArray<string>.Empty, "Extra words.");
    private static readonly DiagnosticDescriptor Rule = new("HOUSE1", "Test", "Test", "House", DiagnosticSeverity.Warning, "For tests.", [DepthOption, Limit, Words]);

    private enum Depth
    {
        Sentence,
        WholeParagraph,
    }

    private static RuleSettings Settings(string yaml) =>
        ConfigurationLoader.Parse(yaml, "/project", "/project/.nkcontentlint.yaml", [Rule], ".nkcontentlint.yaml").ResolveFor("/project/a.md");

    [Fact]
    public void AnEnumOptionIsAClosedSetOfSnakeCaseStrings()
    {
        Assert.Equal(RuleOptionKind.String, DepthOption.Kind);
        Assert.Equal(["sentence", "whole_paragraph"], DepthOption.AllowedValues);
        Assert.Equal("sentence", DepthOption.DefaultValue);
    }

    [Fact]
    public void ConfiguredValuesAreReadTypedAndDefaultsApplyOtherwise()
    {
        var configured = Settings("rules:\n  HOUSE1:\n    depth: whole_paragraph\n    limit: 7\n    words: [a, b]\n");
        Assert.Equal(Depth.WholeParagraph, configured.GetOption(Rule, DepthOption));
        Assert.Equal(7, configured.GetOption(Rule, Limit));
        Assert.Equal(["a", "b"], configured.GetOption(Rule, Words));

        var defaults = Settings("");
        Assert.Equal(Depth.Sentence, defaults.GetOption(Rule, DepthOption));
        Assert.Equal(3, defaults.GetOption(Rule, Limit));
        Assert.Empty(defaults.GetOption(Rule, Words));
    }

    [Theory]
    [InlineData("depth: paragraph", "option 'depth' must be one of sentence, whole_paragraph, not 'paragraph'")]
    [InlineData("depth: WholeParagraph", "option 'depth' must be one of sentence, whole_paragraph, not 'WholeParagraph'")]
    [InlineData("limit: many", "limit")]
    public void AValueOutsideTheDeclarationIsALocatedError(string line, string message)
    {
        var error = Assert.Single(Assert.Throws<ConfigurationException>(() => Settings("rules:\n  HOUSE1:\n    " + line + "\n")).Errors);
        Assert.Equal(3, error.Line);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void AnOptionTheRuleDoesNotDeclareCannotBeRead()
    {
        var other = new RuleOption<bool>("other", false, "Not declared by HOUSE1.");
        Assert.Throws<ArgumentException>(() => Settings("").GetOption(Rule, other));
    }

    [Fact]
    public void OnlyTheSupportedTypesCanBeOptions() =>
        Assert.Throws<NotSupportedException>(() => new RuleOption<double>("ratio", 0.5, "Not a supported type."));

    [Theory]
    [InlineData("Sentence", "sentence")]
    [InlineData("GitCommit", "git_commit")]
    [InlineData("A", "a")]
    public void EnumMembersAreWrittenInSnakeCase(string member, string expected) =>
        Assert.Equal(expected, RuleOption<bool>.SnakeCase(member));

    [Fact]
    public void Nk1001ScopeIsAnEnumOptionAndTheSchemaAndInitFileListItsValues()
    {
        Assert.Equal(["sentence", "paragraph"], UnsourcedStatisticAnalyzer.Scope.AllowedValues);
        var settings = ConfigurationLoader.Parse("rules:\n  NK1001:\n    scope: paragraph\n", "/project", "/project/.nkcontentlint.yaml", BuiltInAnalyzers.AllDescriptors(), ".nkcontentlint.yaml")
            .ResolveFor("/project/a.md");
        Assert.Equal(UnsourcedStatisticAnalyzer.CitationScope.Paragraph, settings.GetOption(UnsourcedStatisticAnalyzer.Rule, UnsourcedStatisticAnalyzer.Scope));

        var schema = ConfigurationSchema.Generate(BuiltInAnalyzers.AllDescriptors());
        Assert.Matches("\"scope\"[^}]*\"enum\": \\[\\s*\"sentence\",\\s*\"paragraph\"", schema);
        var init = ConfigurationTemplate.Configuration(BuiltInAnalyzers.AllDescriptors(), "1.0.0");
        Assert.Contains("sentence | paragraph", init);
    }
}
