using System.Text.Json;
using NkContentLint.Configuration;
using NkContentLint.Facts;
using NkContentLint.Rules;
using NkContentLint.Tests.Cli;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Facts;

public sealed class FactPackTests
{
    private static string Examples(string group) => RepositoryPaths.Combine("tests", "NkContentLint.Tests", "Facts", "Examples", group);

    private static IReadOnlyList<ConfigurationError> CSharpErrors(string file) =>
        FactPackLoader.TryParse(File.ReadAllText(file), Path.GetFileName(file)).Errors;

    /// <summary>ajv's verdict on each file, against rules/facts/fact-pack.schema.json.</summary>
    private static Dictionary<string, bool> SchemaVerdicts(IEnumerable<string> files)
    {
        ExternalTools.RequireNodeModule("ajv");
        ExternalTools.RequireNodeModule("js-yaml");
        var script = RepositoryPaths.Combine("tests", "NkContentLint.Tests", "Facts", "validate-with-schema.mjs");
        var schema = RepositoryPaths.Combine("rules", "facts", "fact-pack.schema.json");
        var result = ExternalTools.Run("node", [script, schema, .. files], environment: new Dictionary<string, string?> { ["NODE_PATH"] = ExternalTools.NodeModules });
        Assert.True(result.ExitCode == 0, result.Error);
        return result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .ToDictionary(e => e.GetProperty("file").GetString()!, e => e.GetProperty("valid").GetBoolean());
    }

    /// <summary>
    /// The JSON Schema (what editors see) and the C# validator (what the tool enforces) agree: both
    /// accept the valid examples, both reject the malformed ones; packs wrong only in meaning
    /// (duplicate ids, unknown references, empty ranges, colliding names) pass the schema, which
    /// cannot express them, and are rejected by the tool.
    /// </summary>
    [Fact]
    public void JsonSchemaAndValidatorAgreeOnExamplePacks()
    {
        var valid = Directory.GetFiles(Examples("valid"), "*.yaml");
        var invalidShape = Directory.GetFiles(Examples("invalid-schema"), "*.yaml");
        var invalidMeaning = Directory.GetFiles(Examples("invalid-meaning"), "*.yaml");
        var schema = SchemaVerdicts([.. valid, .. invalidShape, .. invalidMeaning]);

        Assert.All(valid, f => Assert.True(schema[f] && CSharpErrors(f).Count == 0, $"{Path.GetFileName(f)}: schema {schema[f]}, validator [{string.Join("; ", CSharpErrors(f))}]"));
        Assert.All(invalidShape, f => Assert.True(!schema[f] && CSharpErrors(f).Count > 0, $"{Path.GetFileName(f)}: schema {schema[f]}, validator errors {CSharpErrors(f).Count}"));
        Assert.All(invalidMeaning, f => Assert.True(schema[f] && CSharpErrors(f).Count > 0, $"{Path.GetFileName(f)}: schema {schema[f]}, validator errors {CSharpErrors(f).Count}"));
        Assert.NotEmpty(valid);
        Assert.True(invalidShape.Length >= 5 && invalidMeaning.Length >= 4);
    }

    [Fact]
    public void TheDefaultPackPassesTheSchemaAndTheValidator()
    {
        var path = RepositoryPaths.Combine("rules", "facts", "north-korea.yaml");
        Assert.Empty(CSharpErrors(path));
        Assert.True(SchemaVerdicts([path])[path]);
        Assert.True(BuiltInFacts.DefaultPack.AllFacts.Count() >= 40);
    }

    [Fact]
    public void EveryDefaultFactHasASourceWithAnAbsoluteUrl() =>
        Assert.All(BuiltInFacts.DefaultPack.AllFacts, f => Assert.Contains(f.Sources, s => Uri.IsWellFormedUriString(s.Url, UriKind.Absolute)));

    [Theory]
    [InlineData("missing-sources.yaml", 3, 5, "a fact needs at least one source")]
    [InlineData("unknown-unit.yaml", 9, 11, "unit 'bananas' is not one of")]
    [InlineData("bad-date.yaml", 5, 68, "date '9 September 1948' must be YYYY, YYYY-MM or YYYY-MM-DD")]
    [InlineData("bad-since.yaml", 5, 104, "since 'July 2017' must be YYYY, YYYY-MM or YYYY-MM-DD")]
    [InlineData("unknown-key.yaml", 3, 49, "unknown key 'aliases' in an entity")]
    [InlineData("relative-url.yaml", 3, 76, "url 'example.org/page' is not an absolute URL")]
    public void ShapeErrorsHaveTheirPosition(string file, int line, int column, string message)
    {
        var error = Assert.Single(CSharpErrors(Path.Combine(Examples("invalid-schema"), file)), e => e.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("duplicate-id.yaml", "duplicate fact id 'nk'")]
    [InlineData("unknown-subject.yaml", "refers to unknown entity 'south-korea'")]
    [InlineData("empty-range.yaml", "the range is empty")]
    [InlineData("colliding-names.yaml", "would flag the accepted name 'Kim Il Sung'")]
    [InlineData("colliding-names.yaml", "the name 'Kim Il Sung' of 'other' is also a name of 'kim-il-sung'")]
    [InlineData("misplaced-gap.yaml", "'q' has the cue 'Handys … im Umlauf' with a gap (…); only an event's cue may have one")]
    [InlineData("misplaced-gap.yaml", "'e' has the cue '… eingeführt' with a gap (…) at its start or end")]
    public void MeaningErrorsAreReported(string file, string message) =>
        Assert.Contains(CSharpErrors(Path.Combine(Examples("invalid-meaning"), file)), e => e.Message.Contains(message, StringComparison.Ordinal));

    [Fact]
    public void MalformedYamlIsAnErrorWithAPosition()
    {
        var error = Assert.Single(FactPackLoader.TryParse("pack: { id: x\nentities: [", "broken.yaml").Errors);
        Assert.StartsWith("invalid YAML", error.Message);
        Assert.Equal("broken.yaml", error.File);
    }

    [Fact]
    public void ConfiguredPacksAreAddedOrReplaceTheDefault()
    {
        using var temp = new TempDirectory();
        File.Copy(Path.Combine(Examples("valid"), "minimal.yaml"), Path.Combine(temp.Path, "house.yaml"));
        var added = ConfigurationLoader.Parse("facts: { packs: [house.yaml] }", temp.Path, null, BuiltInAnalyzers.AllDescriptors(), "c.yaml");
        var replaced = ConfigurationLoader.Parse("facts: { packs: [house.yaml], default: false }", temp.Path, null, BuiltInAnalyzers.AllDescriptors(), "c.yaml");

        Assert.Equal(["north-korea", "minimal"], ConfiguredFactPacks.PacksFor(added, temp.Path, BuiltInFacts.DefaultPack).Select(p => p.Id));
        Assert.Equal(["minimal"], ConfiguredFactPacks.PacksFor(replaced, temp.Path, BuiltInFacts.DefaultPack).Select(p => p.Id));
        Assert.Contains("'packs' must name at least one pack",
            Assert.Single(Assert.Throws<ConfigurationException>(() => ConfigurationLoader.Parse("facts: { default: false }", temp.Path, null, BuiltInAnalyzers.AllDescriptors(), "c.yaml")).Errors).Message);
    }

    [Fact]
    public void ABadConfiguredPackStopsTheRunWithExit2AndItsPosition()
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", "# Fine\n");
        File.Copy(Path.Combine(Examples("invalid-meaning"), "duplicate-id.yaml"), Path.Combine(temp.Path, "house.yaml"));
        temp.Write(".nkcontentlint.yaml", "facts: { packs: [house.yaml] }\n");

        var (exit, output, error) = CliRunner.Run(temp.Path, []);
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("house.yaml(4,5): error: duplicate fact id 'nk'", error);
    }

    [Fact]
    public void FactsCommandsValidateListAndShow()
    {
        using var temp = new TempDirectory();
        var (ok, okOut, _) = CliRunner.Run(temp.Path, ["facts", "validate"]);
        Assert.Equal(0, ok);
        Assert.Matches(@"north-korea\.yaml: OK, \d+ facts \(pack north-korea ", okOut);

        File.Copy(Path.Combine(Examples("invalid-schema"), "unknown-unit.yaml"), Path.Combine(temp.Path, "bad.yaml"));
        var (bad, _, badError) = CliRunner.Run(temp.Path, ["facts", "validate", "bad.yaml"]);
        Assert.Equal(2, bad);
        Assert.Contains("bad.yaml(9,11): error: unit 'bananas'", badError);

        var (listed, listOut, _) = CliRunner.Run(temp.Path, ["facts", "list"]);
        Assert.Equal(0, listed);
        Assert.Contains("koryolink-launch", listOut);

        var (shown, showOut, _) = CliRunner.Run(temp.Path, ["facts", "show", "koryolink-launch"]);
        Assert.Equal(0, shown);
        Assert.Contains("2008-12-15", showOut);
        Assert.Contains("source: ", showOut);

        // A description that glosses its subject's name shows the meanings NK2003 checks a gloss against.
        var (described, describedOut, _) = CliRunner.Run(temp.Path, ["facts", "show", "kwangmyong-definition"]);
        Assert.Equal(0, described);
        Assert.Contains("the name means: Bright Light, Bright", describedOut);

        Assert.Equal(2, CliRunner.Run(temp.Path, ["facts", "show", "no-such-fact"]).ExitCode);
    }
}

public sealed class MalformedInputTests
{
    /// <summary>
    /// Every truncation of a real fact pack and configuration either loads or fails with located
    /// errors: never another exception (YamlDotNet throws InvalidOperationException on some
    /// truncated input, which once escaped as an internal error).
    /// </summary>
    [Fact]
    public void EveryTruncationFailsCleanly()
    {
        var pack = File.ReadAllText(RepositoryPaths.Combine("tests", "NkContentLint.Tests", "Facts", "Examples", "valid", "every-kind.yaml"));
        for (var length = 0; length <= pack.Length; length++)
        {
            var (_, errors) = FactPackLoader.TryParse(pack[..length], "p.yaml");
            Assert.All(errors, e => Assert.True(e.Line >= 1 && e.Column >= 1, $"bad position in '{e}'"));
        }

        var config = """
            include: ["**/*.md"]
            rules:
              NK3001: { severity: error, siblings_only: true }
            overrides:
              - files: ["drafts/**"]
                rules: { NK1001: none }
            facts: { default: true }
            """;
        for (var length = 0; length <= config.Length; length++)
        {
            try
            {
                ConfigurationLoader.Parse(config[..length], "/p", null, BuiltInAnalyzers.AllDescriptors(), "c.yaml");
            }
            catch (ConfigurationException ex)
            {
                Assert.All(ex.Errors, e => Assert.True(e.Line >= 1 && e.Column >= 1));
            }
        }
    }
}
