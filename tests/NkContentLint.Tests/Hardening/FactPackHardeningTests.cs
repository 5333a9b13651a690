using NkContentLint.Tests.Cli;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Hardening;

/// <summary>Issue 12 row 16: figures and sources that no fact can have are rejected by <c>facts validate</c>, with a location.</summary>
public sealed class FactPackHardeningTests
{
    private static readonly string Valid = File.ReadAllText(RepositoryPaths.Combine("tests", "NkContentLint.Tests", "Facts", "Examples", "valid", "every-kind.yaml"));

    [Theory]
    [InlineData("min: 1000, max: 20000", "min: 30000, max: 20000", "p.yaml(23,9): error: 'users' as of 2014: the range is empty or does not contain the value")]
    [InlineData("min: 1000, max: 20000", "min: -5, max: 20000", "p.yaml(23,9): error: 'users' as of 2014: a count or share cannot be negative")]
    [InlineData("url: \"https://example.org/u\" }] }", "url: \"javascript:alert(1)\" }] }", "p.yaml(24,9): error: source 'Example' has the url 'javascript:alert(1)'; a source must be an http or https address")]
    [InlineData("url: \"https://example.org/nk\"", "url: \"file:///etc/passwd\"", "error: source 'Example' has the url 'file:///etc/passwd'; a source must be an http or https address")]
    public void FactsValidateRejectsImpossibleFiguresAndSources(string valid, string broken, string message)
    {
        Assert.Contains(valid, Valid);
        using var temp = new TempDirectory();
        temp.Write("p.yaml", Valid.Replace(valid, broken, StringComparison.Ordinal));

        var (exit, _, error) = CliRunner.Run(temp.Path, ["facts", "validate", "p.yaml"]);

        Assert.Equal(2, exit);
        Assert.Contains(message, error);
    }

    [Fact]
    public void TheUnbrokenPackStillValidates()
    {
        using var temp = new TempDirectory();
        temp.Write("p.yaml", Valid);
        Assert.Equal(0, CliRunner.Run(temp.Path, ["facts", "validate", "p.yaml"]).ExitCode);
    }
}
