using System.Collections.Immutable;
using System.Text.Json;
using NkContentLint.Analysis;
using NkContentLint.CustomRules;
using NkContentLint.CustomRules.Declarative;
using NkContentLint.Diagnostics;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.CustomRules;

/// <summary>Bad rule files give located errors (file:line:col), never a stack trace; the loader's folders, notes and duplicate IDs.</summary>
public sealed class RuleFileValidationTests
{
    private const string Valid = "id: HOUSE001\ntype: existence\nmessage: \"{match}\"\nhelp_uri: https://example.org/h\ntokens: [very]\n";

    private static string Error(string yaml)
    {
        var reader = new DeclarativeRuleReader("house/rule.yml");
        Assert.Null(reader.Read(yaml));
        return string.Join("\n", reader.Errors);
    }

    [Theory]
    [InlineData("id: HOUSE001\ntype: [existence\n", "house/rule.yml:3:1:", "invalid YAML")]
    [InlineData("", "house/rule.yml:1:1:", "the rule file is empty")]
    [InlineData("- a list\n", "house/rule.yml:1:1:", "must be a mapping")]
    [InlineData(Valid + "tokenz: [x]\n", "house/rule.yml:6:1:", "unknown key 'tokenz' in an existence rule")]
    [InlineData(Valid + "swap: { a: b }\n", "house/rule.yml:6:1:", "unknown key 'swap'")]
    [InlineData("id: HOUSE001\ntype: existance\nmessage: m\nhelp_uri: https://example.org/h\n", "house/rule.yml:2:7:", "unknown rule type 'existance'")]
    [InlineData("id: house-1\ntype: existence\nmessage: m\nhelp_uri: https://example.org/h\ntokens: [x]\n", "house/rule.yml:1:5:", "must be capital letters and digits")]
    [InlineData("id: NK9001\ntype: existence\nmessage: m\nhelp_uri: https://example.org/h\ntokens: [x]\n", "house/rule.yml:1:5:", "reserved for the built-in rules")]
    [InlineData("id: HOUSE001\ntype: existence\nmessage: m\ntokens: [x]\n", "house/rule.yml:1:1:", "needs 'help_uri'")]
    [InlineData("id: HOUSE001\ntype: existence\nmessage: m\nhelp_uri: docs/house.md\ntokens: [x]\n", "house/rule.yml:4:11:", "absolute http or https")]
    [InlineData("id: HOUSE001\ntype: existence\nmessage: m\nhelp_uri: https://example.org/h\nregex: true\ntokens: ['(unclosed']\n", "house/rule.yml:6:10:", "invalid regular expression '(unclosed'")]
    [InlineData("id: HOUSE001\ntype: existence\nmessage: \"{replacement}\"\nhelp_uri: https://example.org/h\ntokens: [x]\n", "house/rule.yml:3:10:", "unknown placeholder '{replacement}'")]
    [InlineData("id: HOUSE001\ntype: occurrence\nmessage: m\nhelp_uri: https://example.org/h\ntokens: [x]\nmax: many\n", "house/rule.yml:6:6:", "'max' must be a whole number")]
    [InlineData("id: HOUSE001\ntype: occurrence\nmessage: m\nhelp_uri: https://example.org/h\ntokens: [x]\n", "house/rule.yml:1:1:", "needs 'max'")]
    [InlineData("id: HOUSE001\ntype: existence\nmessage: m\nhelp_uri: https://example.org/h\ntokens: [x]\nignore_case: sometimes\n", "house/rule.yml:6:14:", "'ignore_case' must be true or false")]
    [InlineData("id: HOUSE001\ntype: existence\nmessage: m\nhelp_uri: https://example.org/h\ntokens: [x]\nscope: [prose, code]\n", "house/rule.yml:6:16:", "unknown scope 'code'")]
    [InlineData("id: HOUSE001\ntype: existence\nmessage: m\nhelp_uri: https://example.org/h\ntokens: [x]\nseverity: none\n", "house/rule.yml:6:11:", "severity must be error, warning or info")]
    [InlineData("id: HOUSE001\ntype: substitution\nmessage: m\nhelp_uri: https://example.org/h\nswap: [a, b]\n", "house/rule.yml:5:7:", "'swap' must be a mapping")]
    [InlineData("id: HOUSE001\ntype: consistency\nmessage: m\nhelp_uri: https://example.org/h\nvariants: [[a], [b, c]]\n", "house/rule.yml:5:12:", "at least two spellings")]
    [InlineData("id: HOUSE001\ntype: capitalization\nmessage: m\nhelp_uri: https://example.org/h\nstyle: shouting\n", "house/rule.yml:5:8:", "'style' must be one of sentence, title")]
    [InlineData("id: HOUSE001\ntype: capitalization\nmessage: m\nhelp_uri: https://example.org/h\nstyle: title\nscope: prose\n", "house/rule.yml:6:8:", "checks headings only")]
    [InlineData("id: HOUSE001\ntype: conditional\nmessage: m\nhelp_uri: https://example.org/h\nregex: true\nfirst: [a]\nsecond: ['($1']\n", "house/rule.yml:7:9:", "invalid regular expression '($1'")]
    public void BadRuleFilesGiveLocatedErrors(string yaml, string location, string message)
    {
        var errors = Error(yaml);
        Assert.Contains(location, errors);
        Assert.Contains(message, errors);
    }

    [Fact]
    public void AValidRuleBuildsADescriptorWithItsHelpLink()
    {
        var rule = new DeclarativeRuleReader("r.yml").Read(Valid + "title: Filler word\nseverity: info\n");
        Assert.NotNull(rule);
        Assert.Equal("HOUSE001", rule.Descriptor.Id);
        Assert.Equal("https://example.org/h", rule.Descriptor.HelpLinkUri);
        Assert.Equal(DiagnosticSeverity.Info, rule.Descriptor.DefaultSeverity);
        Assert.Equal("Filler word", rule.Descriptor.Title);
        Assert.Equal("Custom", rule.Descriptor.Category);
    }

    [Fact]
    public void TwoRulesWithOneIdStopTheRunNamingBothFiles()
    {
        using var temp = new TempDirectory();
        temp.Write("house/a.yml", Valid);
        temp.Write("house/b.yaml", Valid);
        var ex = Assert.Throws<CustomRuleException>(() => CustomRuleLoader.Load([Path.Combine(temp.Path, "house")], null, temp.Path, TestContext.Current.CancellationToken));
        var error = Assert.Single(ex.Errors);
        Assert.Equal("house/b.yaml:1:1: rule ID HOUSE001 is defined twice: in house/a.yml and house/b.yaml; each rule needs its own ID", error.ToString());
    }

    [Fact]
    public void EveryBadFileIsReportedAtOnceAndOtherFilesAreIgnored()
    {
        using var temp = new TempDirectory();
        temp.Write("house/a.yml", "id: A1\n");
        temp.Write("house/b.yml", "id: B1\ntype: nope\n");
        temp.Write("house/notes.md", "not a rule");
        temp.Write("house/.nkcontentlint.yaml", "custom_rules: { paths: [.] }\n");
        var ex = Assert.Throws<CustomRuleException>(() => CustomRuleLoader.Load([Path.Combine(temp.Path, "house")], null, temp.Path, TestContext.Current.CancellationToken));
        Assert.Contains(ex.Errors, e => e.Path == "house/a.yml");
        Assert.Contains(ex.Errors, e => e.Path == "house/b.yml" && e.Line == 2);
        Assert.DoesNotContain(ex.Errors, e => e.Path.EndsWith(".md", StringComparison.Ordinal) || e.Path.EndsWith(".nkcontentlint.yaml", StringComparison.Ordinal));
    }

    [Fact]
    public void CodeRuleFilesAreSkippedWithANoteWhenNoCompilerIsGiven()
    {
        using var temp = new TempDirectory();
        temp.Write("house/a.yml", Valid);
        temp.Write("house/Rule.cs", "class X {}");
        var set = CustomRuleLoader.Load([Path.Combine(temp.Path, "house")], null, temp.Path, TestContext.Current.CancellationToken);
        Assert.Equal(["HOUSE001"], set.Rules.Select(r => r.Descriptor.Id));
        Assert.Equal(["code rule house/Rule.cs skipped: pass --allow-code-rules"], set.Notes);
    }

    [Fact]
    public void CodeRuleFilesGoToTheCompilerAndItsRulesAreCheckedLikeOthers()
    {
        using var temp = new TempDirectory();
        temp.Write("house/a.yml", Valid);
        temp.Write("house/Rule.cs", "// a C# rule");
        var compiler = new FakeCompiler([new FakeAnalyzer("HOUSE001"), new FakeAnalyzer("NK9000")]);
        var ex = Assert.Throws<CustomRuleException>(() => CustomRuleLoader.Load([Path.Combine(temp.Path, "house")], compiler, temp.Path, TestContext.Current.CancellationToken));
        Assert.Equal(["house/Rule.cs"], compiler.Seen.Select(f => f.Path));
        Assert.Contains(ex.Errors, e => e.Message.Contains("'NK9000' starts with NK", StringComparison.Ordinal));
        Assert.Contains(ex.Errors, e => e.Message.Contains("in house/a.yml and house/Rule.cs", StringComparison.Ordinal));

        var ok = CustomRuleLoader.Load([Path.Combine(temp.Path, "house")], new FakeCompiler([new FakeAnalyzer("HOUSE100")]), temp.Path, TestContext.Current.CancellationToken);
        Assert.Equal([("HOUSE001", "existence"), ("HOUSE100", "C#")], ok.Rules.Select(r => (r.Descriptor.Id, r.Kind)));
        Assert.Empty(ok.Notes);
    }

    [Fact]
    public void TheExampleRulesAndTheReaderAgreeWithTheRuleSchema()
    {
        ExternalTools.RequireNodeModule("ajv");
        ExternalTools.RequireNodeModule("js-yaml");
        using var temp = new TempDirectory();
        var bad = new[]
        {
            temp.Write("unknown-key.yml", Valid + "tokenz: [x]\n"),
            temp.Write("nk-id.yml", Valid.Replace("HOUSE001", "NK9001", StringComparison.Ordinal)),
            temp.Write("no-help.yml", "id: HOUSE001\ntype: existence\nmessage: m\ntokens: [x]\n"),
            temp.Write("wrong-type-key.yml", Valid + "swap: { a: b }\n"),
            temp.Write("bad-max.yml", "id: HOUSE001\ntype: occurrence\nmessage: m\nhelp_uri: https://example.org/h\ntokens: [x]\nmax: many\n"),
        };
        var examples = Directory.GetFiles(RepositoryPaths.Combine("docs", "examples", "rules"), "*.yml").Order(StringComparer.Ordinal).ToArray();
        var script = RepositoryPaths.Combine("tests", "NkContentLint.Tests", "Release", "validate-config.mjs");
        var result = ExternalTools.Run(
            "node",
            [script, RepositoryPaths.Combine("docs", "custom-rule.schema.json"), .. examples, .. bad],
            environment: new Dictionary<string, string?> { ["NODE_PATH"] = ExternalTools.NodeModules });
        Assert.True(result.ExitCode == 0, result.Error);
        var verdicts = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .ToDictionary(e => e.GetProperty("file").GetString()!, e => e.GetProperty("valid").GetBoolean());
        Assert.Equal(6, examples.Length);
        Assert.All(examples, file => Assert.True(verdicts[file], file + " should match the schema"));
        Assert.All(bad, file => Assert.False(verdicts[file], file + " should not match the schema"));

        // The tool agrees with the schema on every one of them.
        Assert.All(examples, file => Assert.NotNull(new DeclarativeRuleReader(file).Read(File.ReadAllText(file))));
        Assert.All(bad, file => Assert.Null(new DeclarativeRuleReader(file).Read(File.ReadAllText(file))));
    }

    private sealed class FakeCompiler(ImmutableArray<ContentAnalyzer> analyzers) : ICodeRuleCompiler
    {
        public List<RuleSourceFile> Seen { get; } = [];

        public CodeRuleCompilation Compile(IReadOnlyList<RuleSourceFile> files, CancellationToken cancellationToken)
        {
            Seen.AddRange(files);
            return new CodeRuleCompilation(analyzers, [], FromCache: false);
        }
    }

    private sealed class FakeAnalyzer(string id) : ContentAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            [new DiagnosticDescriptor(id, "Fake", "{0}", "Custom", DiagnosticSeverity.Warning, "A fake code rule.", helpLinkUri: "https://example.org/fake")];

        public override void Initialize(AnalysisContext context)
        {
        }
    }
}
