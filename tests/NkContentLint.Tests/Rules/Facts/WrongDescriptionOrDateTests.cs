using NkContentLint.Rules.Facts;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Facts;

public sealed class WrongDescriptionOrDateTests
{
    private static readonly WrongDescriptionOrDateAnalyzer Analyzer = new();

    private static IReadOnlyList<NkContentLint.Diagnostics.Diagnostic> Verify(string markup) =>
        AnalyzerVerifier.Verify(Analyzer, markup, facts: TestFacts.Index);

    [Fact]
    public void AppositiveWrongDescriptionFires()
    {
        var diagnostic = Assert.Single(Verify("Kwangmyong, the state-run {|NK2003:messaging service|}, is popular.\n"));
        Assert.Equal("Kwangmyong is not a messaging service: it is North Korea's national intranet; email is one service on it (Kwangmyong source, https://example.org/kwangmyong)", diagnostic.Message);
    }

    [Fact]
    public void CopularWrongDescriptionFires() => Verify("Kwangmyong is a {|NK2003:social network|}.\n");

    [Fact]
    public void DescriptionBeforeTheNameFires() => Verify("The {|NK2003:messaging service|} Kwangmyong is popular.\n");

    [Fact]
    public void WrongYearNextToTheEventFires()
    {
        var diagnostic = Assert.Single(Verify("North Korea, founded in {|NK2003:1945|}, is small.\n"));
        Assert.Equal("North Korea was founded on 9 September 1948, not 1945 (Founding source, https://example.org/founding)", diagnostic.Message);
    }

    [Fact]
    public void DatesReadWithOnForADayAndInForAMonth()
    {
        Assert.StartsWith("Koryolink launched on 15 December 2008, not 2010", Assert.Single(Verify("Koryolink went live in {|NK2003:2010|}.\n")).Message);
        Assert.StartsWith("North Korea blocked Facebook in April 2016, not 2017", Assert.Single(Verify("North Korea blocked Facebook in {|NK2003:2017|}.\n")).Message);
    }

    [Fact]
    public void AnEventOfTheCountryFiresOnlyOnAListedWrongDate() => Verify("""
        North Korea blocked Facebook in {|NK2003:2017|}.

        North Korea blocked Facebook again in 2019, reports said.
        """);

    [Fact]
    public void ADateCountedFromTheEventOrInAnotherClauseIsNotItsDate() => Verify("""
        Koryolink was blamed on 19 December 2009, three days before it launched.

        The network numbers years from the birth of Koryolink, making 2010 its second year.

        Subscribers of Koryolink, launched in {|NK2003:2011|}, still cannot call abroad.
        """);

    [Fact]
    public void WrongFullDateFires() => Verify("Koryolink launched on {|NK2003:15 December 2009|}.\n");

    [Fact]
    public void RightYearOrDateDoesNotFire() => Verify("North Korea was founded in 1948. Koryolink launched on December 15, 2008. Koryolink went live in 2008.\n");

    [Fact]
    public void DescriptionsOfOtherThingsDoNotFire() => Verify("Kwangmyong offers email, and Koryolink runs a messaging service.\n");

    [Fact]
    public void DatesFarFromTheCueDoNotFire() => Verify("North Korea was founded long before its many reforms of the economy and of the state in 1998.\n");

    [Fact]
    public void EventsOfOtherSubjectsDoNotFire() => Verify("South Korea was founded in 1948 and Samsung launched in 1938.\n");

    [Fact]
    public void NegatedDescriptionsDoNotFire() => Verify("Kwangmyong is not a messaging service.\n");

    [Fact]
    public void QuotedClaimsDoNotFire() => Verify("A blog called it \"Kwangmyong, the messaging service\".\n");
}
