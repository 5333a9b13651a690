using NkContentLint.Fixing;
using NkContentLint.Rules.Encoding;
using NkContentLint.Rules.Facts;
using NkContentLint.Rules.Structure;
using NkContentLint.Tests.Rules.Facts;
using Xunit;
using Xunit.Sdk;

namespace NkContentLint.Tests.Testing;

/// <summary>The Roslyn-style verifier helpers pass on what a rule does and fail on anything else.</summary>
public sealed class VerifierTests
{
    private const string Duplicate = "## Sources\n\n## {|NK3001:Sources|}\n";

    [Fact]
    public void WithArgumentsPassesOnTheRulesOwnArguments() =>
        AnalyzerVerifier.Verify(new DuplicateHeadingAnalyzer(), Duplicate, AnalyzerVerifier.Diagnostic("NK3001").WithArguments("Sources", 1));

    [Theory]
    [InlineData("Sources", 3)]
    [InlineData("sources", 1)]
    public void WithArgumentsFailsOnOtherArguments(string text, int line) =>
        Assert.ThrowsAny<XunitException>(() =>
            AnalyzerVerifier.Verify(new DuplicateHeadingAnalyzer(), Duplicate, AnalyzerVerifier.Diagnostic("NK3001").WithArguments(text, line)));

    [Fact]
    public void ExpectedResultsMustMatchTheMarkedFindingsOneForOne() =>
        Assert.ThrowsAny<XunitException>(() => AnalyzerVerifier.Verify(
            new DuplicateHeadingAnalyzer(),
            Duplicate,
            AnalyzerVerifier.Diagnostic("NK3001").WithArguments("Sources", 1),
            AnalyzerVerifier.Diagnostic("NK3001").WithArguments("Sources", 1)));

    [Fact]
    public void VerifyFixAppliesSuggestionsAsFixSuggestionsDoes() =>
        AnalyzerVerifier.VerifyFix(new MisspelledNameAnalyzer(), "{|NK2002:Kim Jong Unn|} spoke.\n", "Kim Jong Un spoke.\n", FixSafety.Suggestion, facts: TestFacts.Index);

    [Fact]
    public void VerifyFixFailsOnTheWrongSafety() =>
        Assert.ThrowsAny<XunitException>(() =>
            AnalyzerVerifier.VerifyFix(new MisspelledNameAnalyzer(), "{|NK2002:Kim Jong Unn|} spoke.\n", "Kim Jong Un spoke.\n", FixSafety.Safe, facts: TestFacts.Index));

    [Fact]
    public void VerifyFixFailsOnTheWrongResult() =>
        Assert.ThrowsAny<XunitException>(() =>
            AnalyzerVerifier.VerifyFix(new EscapingDebrisAnalyzer(), "DPRK{|NK4006:%20|}Today", "DPRK%20Today", FixSafety.Safe));

    [Fact]
    public void VerifyFixFailsWhenAFindingOffersNoFix() =>
        Assert.ThrowsAny<XunitException>(() =>
            AnalyzerVerifier.VerifyFix(new DuplicateHeadingAnalyzer(), Duplicate, "## Sources\n\n## Sources\n", FixSafety.Safe));

    [Fact]
    public void VerifyFixRepairsEscapingDebris() =>
        AnalyzerVerifier.VerifyFix(new EscapingDebrisAnalyzer(), "DPRK{|NK4006:%20|}Today and Korea{|NK4006:%E2%80%99|}s", "DPRK Today and Korea’s", FixSafety.Safe);
}
