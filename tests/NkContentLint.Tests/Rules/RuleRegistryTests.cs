using System.Text.RegularExpressions;
using NkContentLint.Diagnostics;
using NkContentLint.Rules;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules;

/// <summary>Keeps IDs, their ranges, the release ledger and the doc pages in agreement.</summary>
public sealed class RuleRegistryTests
{
    public static TheoryData<string> RuleIds() => [.. BuiltInAnalyzers.AllDescriptors().Select(d => d.Id)];

    private static DiagnosticDescriptor Descriptor(string id) => BuiltInAnalyzers.AllDescriptors().Single(d => d.Id == id);

    [Fact]
    public void IdsAreUnique()
    {
        var ids = BuiltInAnalyzers.AllDescriptors().Select(d => d.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void IdIsInTheRangeOfItsCategory(string id)
    {
        var ranges = File.ReadAllLines(RepositoryPaths.Combine("src", "NkContentLint.Rules", "DiagnosticCategoryAndIdRanges.txt"))
            .Select(l => Regex.Match(l, @"^(\w+): NK(\d{4})-NK(\d{4})$"))
            .Where(m => m.Success)
            .ToDictionary(m => m.Groups[1].Value, m => (int.Parse(m.Groups[2].Value), int.Parse(m.Groups[3].Value)));
        var descriptor = Descriptor(id);
        var (low, high) = ranges[descriptor.Category];
        var number = int.Parse(id[2..]);
        Assert.InRange(number, low, high);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void LedgerRecordsCategoryAndSeverity(string id)
    {
        var ledger = File.ReadAllText(RepositoryPaths.Combine("src", "NkContentLint.Rules", "AnalyzerReleases.Shipped.md"))
            + File.ReadAllText(RepositoryPaths.Combine("src", "NkContentLint.Rules", "AnalyzerReleases.Unshipped.md"));
        var descriptor = Descriptor(id);
        Assert.Matches(new Regex($@"^{id} \| {descriptor.Category} \| {descriptor.DefaultSeverity} \|", RegexOptions.Multiline), ledger);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void EveryRuleHasADocPageWithExamplesAndAHelpLinkToIt(string id)
    {
        var page = RepositoryPaths.Combine("docs", "rules", id + ".md");
        Assert.True(File.Exists(page), $"docs/rules/{id}.md is missing");
        var text = File.ReadAllText(page);
        Assert.StartsWith($"# {id}: ", text);
        Assert.Equal(HelpLinks.BaseUrl + id + ".md", Descriptor(id).HelpLinkUri);
        if (Descriptor(id).Category != EngineDiagnostics.Category)
        {
            Assert.Contains("## Examples that fire", text);
            Assert.Contains("## Examples that do not fire", text);
        }
    }

    [Fact]
    public void EveryDocPageBelongsToARule()
    {
        var ids = BuiltInAnalyzers.AllDescriptors().Select(d => d.Id).ToHashSet();
        var pages = Directory.GetFiles(RepositoryPaths.Combine("docs", "rules"), "NK*.md").Select(Path.GetFileNameWithoutExtension);
        Assert.All(pages, page => Assert.Contains(page!, ids));
    }
}
