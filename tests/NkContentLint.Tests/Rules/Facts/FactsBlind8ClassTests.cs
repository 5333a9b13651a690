using NkContentLint.Rules.Facts;
using static NkContentLint.Tests.Testing.DefaultPackVerifier;
using Xunit;

namespace NkContentLint.Tests.Rules.Facts;

/// <summary>
/// The fact-rule error classes the eighth blind split (tests/corpora/real/blind8) showed, each fixed as a
/// class and checked with the default pack: a case that must fire beside one that must not.
/// </summary>
public sealed class FactsBlind8ClassTests
{
    /// <summary>
    /// Things for or against the country ("pro-North Korea websites") or kept outside it ("websites overseas") are
    /// someone else's: their count is not the country's count of the same things.
    /// </summary>
    [Fact]
    public void ThingsSidingWithTheCountryOrAbroadAreNotItsOwn() => Verify(new ContradictingFigureAnalyzer(), """
        The intranet holds a total of {|NK2001:76 websites|}.

        The National Police Agency is monitoring a total of 76 pro-North Korea websites.

        The agency watches a total of 76 anti-Pyongyang websites.

        The agency watches a total of 76 websites overseas, most of them in Japan.

        The agency watches a total of 76 websites hosted abroad.
        """);

    /// <summary>
    /// Judged at the article's date, a figure right only early in a long stretch between two dated figures is stale:
    /// 19,200 to 20,000 subscribers in March 2009 and 100,000 in December do not make 20,000 right in the 12 months
    /// before an article of August 2010 (blind5, dated). A figure inside the stretch's later part still agrees.
    /// </summary>
    [Fact]
    public void AFigureRightOnlyEarlyInALongStretchIsStale() => Verify(new StaleFigureAnalyzer(), """
        ---
        date: 2010-08-27
        ---

        {|NK2005:Around 20,000 North Koreans|} have access to cell phones, but most cannot reach the Internet.

        Some 150,000 North Koreans have access to cell phones.
        """);

    /// <summary>
    /// Only the low side is narrowed: followers rose fast and then levelled off, so between two sparse points the
    /// count can be above the straight line (11,000 followers in January 2011, between about 9,000 in August 2010
    /// and 11,000 in January 2013).
    /// </summary>
    [Fact]
    public void AFigureAboveTheStraightLineBetweenTwoPointsIsNotWrong() => Verify(new ContradictingFigureAnalyzer(), """
        ---
        date: 2011-01-08
        ---

        The hacked account ranted to its 11,000 followers on Twitter about nuclear spending by @uriminzok.
        """);

    /// <summary>"Last year", like "a year later", dates a figure relative to the article: not judged at the article's own date.</summary>
    [Fact]
    public void AFigureDatedLastYearIsNotStale() => Verify(new StaleFigureAnalyzer(), """
        ---
        date: 2013-04-30
        ---

        Mobile subscriptions reached one million in February last year.

        Mobile subscriptions reached {|NK2005:one million|} in February.
        """);
}
