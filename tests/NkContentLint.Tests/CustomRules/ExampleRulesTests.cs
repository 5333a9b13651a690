using System.Text.RegularExpressions;
using NkContentLint.Tests.Cli;
using NkContentLint.Tests.Testing;
using NkContentLint.Text;
using Xunit;

namespace NkContentLint.Tests.CustomRules;

/// <summary>
/// The example house rules in docs/examples/rules/, run by the CLI with the configuration kept there:
/// on the sample articles (where they must find exactly what is listed, and nothing in URLs or code),
/// and on an article that gives every example something to find and something it must leave alone.
/// </summary>
public sealed partial class ExampleRulesTests
{
    private static readonly string Config = RepositoryPaths.Combine("docs", "examples", "rules", ".nkcontentlint.yaml");

    [GeneratedRegex(@"^(?<path>[^(\n]+)\((?<line>\d+),(?<col>\d+)\): \w+ (?<id>HOUSE\d+): ", RegexOptions.Multiline)]
    private static partial Regex Finding();

    private static List<string> HouseFindings(string output) =>
        [.. Finding().Matches(output).Select(m => $"{m.Groups["path"].Value}({m.Groups["line"].Value},{m.Groups["col"].Value}) {m.Groups["id"].Value}")];

    [Fact]
    public void OnTheSamplesTheExamplesFindExactlyTheseAndNothingInUrlsOrCode()
    {
        var articles = Directory.GetFiles(RepositoryPaths.Combine("samples"), "*.md")
            .Where(f => !f.EndsWith("README.md", StringComparison.Ordinal))
            .Select(f => "samples/" + Path.GetFileName(f))
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(5, articles.Length);
        var (_, output, error) = CliRunner.Run(RepositoryPaths.Root, ["--config", Config, "--no-color", .. articles]);
        Assert.DoesNotContain("error:", error);

        Assert.Equal(
            [
                "samples/internet-access-overview.md(51,8) HOUSE001",   // "## Who actually uses the global internet"
                "samples/kwangmyong-intranet.md(43,96) HOUSE001",       // "a very small number"
                "samples/social-media-accounts.md(57,30) HOUSE006",     // "DPRK Today" with no "(DPRK)" before it
            ],
            HouseFindings(output));

        // "cellphone" is only in a URL of mobile-networks-draft.md, and every heading is in sentence case
        // once the proper nouns listed as exceptions are: neither may fire.
        Assert.Contains("koryolink-cellphone-service", File.ReadAllText(RepositoryPaths.Combine("samples", "mobile-networks-draft.md")));
        Assert.DoesNotContain("HOUSE002", output);
        Assert.DoesNotContain("HOUSE005", output);
    }

    [Fact]
    public void WithCodeRulesAllowedTheCSharpExampleRunsBesideTheYamlOnesFromTheCommandLine()
    {
        var articles = Directory.GetFiles(RepositoryPaths.Combine("samples"), "*-*.md")
            .Select(f => "samples/" + Path.GetFileName(f))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var (_, output, error) = CliRunner.Run(RepositoryPaths.Root, ["--config", Config, "--no-color", "--allow-code-rules", .. articles]);
        Assert.DoesNotContain("skipped", error);

        Assert.Equal(
            [
                "samples/internet-access-overview.md(43,3) HOUSE100",   // a sentence of 44 words
                "samples/internet-access-overview.md(51,8) HOUSE001",
                "samples/kwangmyong-intranet.md(43,96) HOUSE001",
                "samples/social-media-accounts.md(57,30) HOUSE006",
            ],
            HouseFindings(output));
    }

    [Fact]
    public void EveryExampleFiresWhereExpectedAndNotElsewhere()
    {
        const string markup = """
            ---
            title: Networks in North Korea
            ---

            # {|HOUSE005:Phones In North Korea|}

            The {|HOUSE006:DPRK|} runs one network. The Democratic People's Republic of Korea (DPRK) says so.

            It is {|HOUSE001:actually|} {|HOUSE001:very|} small, as [a report](https://example.org/very/actually) says.

            Users in {|HOUSE002:N. Korea|} buy a {|HOUSE002:cellphone|}; `cellphone` is code.

            Koryolink serves Pyongyang; later it serves {|HOUSE003:Pyeongyang|} and {|HOUSE003:Koryo Link|}.

            North Korea, North Korean users and the {|HOUSE004:DPRK|} are three in one sentence.

            ## Who uses Koryolink in Pyongyang

            The Korean Central News Agency (KCNA) is defined before KCNA is used.

            ```
            The DPRK, a very N. Korea cellphone.
            ```
            """;
        var (text, expected) = DiagnosticMarkup.Parse(markup);
        using var temp = new TempDirectory();
        temp.Write("article.md", text);
        var (_, output, error) = CliRunner.Run(temp.Path, ["--config", Config, "--no-color", "article.md"]);
        Assert.DoesNotContain("error:", error);

        var lines = LineMap.Create(text);
        var wanted = expected
            .Select(e => (Position: lines.GetPosition(e.Span.Start), e.Id))
            .Select(e => $"article.md({e.Position.Line + 1},{e.Position.Character + 1}) {e.Id}")
            .ToList();
        Assert.Equal(wanted, HouseFindings(output));
        Assert.Contains("Write 'mobile phone' instead of 'cellphone'.", output);
        Assert.Contains("This article first writes 'Pyongyang'; keep to it instead of 'Pyeongyang'.", output);
        Assert.Contains("Headings use sentence case: 'Phones in North Korea', not 'Phones In North Korea'.", output);
    }

    [Fact]
    public void TheExamplesAreNotPartOfTheTool()
    {
        var (_, output, _) = CliRunner.Run(RepositoryPaths.Combine("samples"), ["rules", "--config", RepositoryPaths.Combine(".nkcontentlint.yaml")]);
        Assert.DoesNotContain("HOUSE", output);
        var (_, withExamples, _) = CliRunner.Run(RepositoryPaths.Root, ["rules", "--config", Config]);
        Assert.Equal(6, Regex.Matches(withExamples, @"rule from docs/examples/rules/house-[a-z-]+\.yml").Count);
    }
}
