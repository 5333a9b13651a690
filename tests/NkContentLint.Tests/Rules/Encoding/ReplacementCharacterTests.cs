using NkContentLint.Rules.Encoding;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Encoding;

public sealed class ReplacementCharacterTests
{
    private static readonly ReplacementCharacterAnalyzer Analyzer = new();

    private static IReadOnlyList<NkContentLint.Diagnostics.Diagnostic> Verify(string markup) => AnalyzerVerifier.Verify(Analyzer, markup);

    [Fact]
    public void ApostropheGuess()
    {
        var diagnostic = Assert.Single(Verify("Because it{|NK4002:\uFFFD|}s closed.\n"));
        Assert.EndsWith("here it was probably an apostrophe (’)", diagnostic.Message);
    }

    [Fact]
    public void DashGuess() => Assert.EndsWith("a dash (– or —)", Assert.Single(Verify("2016 {|NK4002:\uFFFD|} 2017\n")).Message);

    [Fact]
    public void QuotationMarkGuesses()
    {
        var diagnostics = Verify("He said {|NK4002:\uFFFD|}closed{|NK4002:\uFFFD|}.\n");
        Assert.EndsWith("an opening quotation mark", diagnostics[0].Message);
        Assert.EndsWith("a closing quotation mark", diagnostics[1].Message);
    }

    [Fact]
    public void NoGuessWhenTheContextIsUnclear() =>
        Assert.Equal("U+FFFD replacement character: a character was lost when this text was converted", Assert.Single(Verify("x{|NK4002:\uFFFD|}y\n")).Message);

    [Fact]
    public void HeadingsTablesAndFrontMatterAreChecked() => Verify("""
        ---
        title: It{|NK4002:�|}s here
        ---

        ## Koryolink{|NK4002:�|}s network

        | a | b{|NK4002:�|} |
        |---|---|
        """);

    [Fact]
    public void CodeAndCommentsAreNotChecked() => Verify("""
        `it�s` and <!-- it�s -->

        ```
        it�s
        ```
        """);

    [Fact]
    public void TextWithoutReplacementCharactersDoesNotFire() => Verify("It’s “quoted” — and 광명, Доступ, ½.\n");

    [Fact]
    public void ReplacementsForInvalidBytesAreLeftToNk4003()
    {
        using var temp = new TempDirectory();
        temp.WriteBytes("a.md", [.. "Russia"u8, 0x92, .. "s\n"u8]);
        var result = Lint.Run(["a.md"], temp.Path);
        Assert.Equal("NK4003", Assert.Single(result.Diagnostics).Id);
    }
}
