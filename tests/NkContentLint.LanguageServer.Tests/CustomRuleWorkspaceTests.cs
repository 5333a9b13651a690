using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.LanguageServer.Tests;

/// <summary>The language server loads the configuration's declarative custom rules, and shows a bad rule file as a settings problem.</summary>
public sealed class CustomRuleWorkspaceTests
{
    private const string Rule = "id: HOUSE001\ntype: existence\nmessage: \"Cut '{match}'.\"\nhelp_uri: https://example.org/h\ntokens: [very]\n";

    [Fact]
    public void CustomRulesReportInTheEditorAndTheirIdsAreValidConfiguration()
    {
        using var temp = new TempDirectory();
        temp.Write(".nkcontentlint.yaml", "custom_rules: { paths: [house] }\nrules: { HOUSE001: error }\n");
        temp.Write("house/filler.yml", Rule);
        var linter = new WorkspaceLinter(temp.Path);
        Assert.Empty(linter.SettingsProblems);
        Assert.Equal("https://example.org/h", linter.Rules["HOUSE001"].HelpLinkUri);

        var article = Path.Combine(temp.Path, "a.md");
        linter.SetText(article, "A very small network.\n");
        var finding = Assert.Single(linter.Lint(TestContext.Current.CancellationToken)[article], d => d.Id == "HOUSE001");
        Assert.Equal(NkContentLint.Diagnostics.DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal("Cut 'very'.", finding.Message);
    }

    [Fact]
    public void ABadRuleFileIsASettingsProblemOnThatFile()
    {
        using var temp = new TempDirectory();
        temp.Write(".nkcontentlint.yaml", "custom_rules: { paths: [house] }\n");
        temp.Write("house/filler.yml", Rule.Replace("HOUSE001", "NK9001", StringComparison.Ordinal));
        var linter = new WorkspaceLinter(temp.Path);
        var problem = Assert.Single(linter.SettingsProblems);
        Assert.Equal(Path.Combine(temp.Path, "house", "filler.yml"), problem.FullPath);
        Assert.Equal((1, 5), (problem.Error.Line, problem.Error.Column));
        Assert.Contains("reserved for the built-in rules", problem.Error.Message);
    }
}
