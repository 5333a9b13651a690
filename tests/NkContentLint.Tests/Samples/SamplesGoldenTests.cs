using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Samples;

/// <summary>
/// The samples' planted problems, end to end: the linter's findings on samples/ (with the
/// repository's own configuration) must equal the golden list, both ways.
/// </summary>
public sealed class SamplesGoldenTests
{
    [Fact]
    public void FindingsOnSamplesMatchTheGoldenList()
    {
        var root = RepositoryPaths.Root;
        var result = Lint.Run(["samples"], root, Lint.RepositoryConfiguration());

        var actual = result.Reported.Select(d => $"{d.Location.Path}:{d.Location.StartLine}:{d.Id}").ToList();
        var expected = File.ReadAllLines(RepositoryPaths.Combine("tests", "NkContentLint.Tests", "Samples", "expected-findings.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToList();

        var missing = expected.Except(actual).ToList();
        var unexpected = actual.Except(expected).ToList();
        Assert.True(
            missing.Count == 0 && unexpected.Count == 0,
            $"missing: [{string.Join(", ", missing)}]\nunexpected: [{string.Join(", ", unexpected)}]\nactual list:\n{string.Join("\n", actual)}");
        // Same lines, same number of times (one line can hold two findings of one rule).
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheCleanSampleHasNoFindingAtAll()
    {
        var root = RepositoryPaths.Root;
        var result = Lint.Run(["samples/internet-access-overview.md"], root);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(1, result.FilesChecked);
    }

    [Fact]
    public void SamplesReadmeIsExcludedByTheRepositoryConfiguration()
    {
        var root = RepositoryPaths.Root;
        var result = Lint.Run(["samples"], root, Lint.RepositoryConfiguration());

        Assert.DoesNotContain("samples/README.md", result.Files);
        Assert.Contains("samples/legacy-import-cp1252.md", result.Files);
        Assert.Equal(5, result.FilesChecked);
    }
}
