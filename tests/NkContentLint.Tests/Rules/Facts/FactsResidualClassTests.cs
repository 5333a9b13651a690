using NkContentLint.Rules.Facts;
using static NkContentLint.Tests.Testing.DefaultPackVerifier;
using Xunit;

namespace NkContentLint.Tests.Rules.Facts;

/// <summary>
/// The fact-rule classes left after every real split (tests/corpora/real: tune, heldout, blind..blind17) had been
/// scored once unseen, pooled across the splits (facts17), each fixed as a class and checked with the default pack:
/// a case that must fire beside one that must not.
/// </summary>
public sealed class FactsResidualClassTests
{
    /// <summary>
    /// The country's first GSM network told without the word "first" or Sunnet's name ("In 2003 a GSM network was
    /// established in Pyongyang", blind7; "North Korea launched a cell phone service in 2003", tune): Sunnet was switched
    /// on in November 2002, and 2003 is the year writers give instead (first-gsm-network-2002).
    /// </summary>
    [Fact]
    public void TheFirstGsmNetworkIn2003IsAWrongYear()
    {
        var diagnostics = Verify(new WrongDescriptionOrDateAnalyzer(), """
            North Korea has had a checkered history with mobile phones. In {|NK2003:2003|} a GSM network was established in Pyongyang.

            North Korea launched a cell phone service in {|NK2003:2003|} but access was restricted in 2004.
            """);
        Assert.StartsWith("North Korea got its first cellular network (Sunnet, a 2G GSM network switched on in Rason and Pyongyang) in November 2002, not 2003", diagnostics[0].Message);
    }

    /// <summary>
    /// The right year, Koryolink's 3G service in 2008 (which "launched a cell phone service" rightly says of it), and a
    /// page that never names North Korea are not judged.
    /// </summary>
    [Fact]
    public void TheRightYearKoryolinksServiceAndAnotherCountryAreNotJudged()
    {
        Verify(new WrongDescriptionOrDateAnalyzer(), """
            North Korea's mobile history is short. In November 2002 a GSM network was established in Pyongyang and Rason.

            North Korea launched a cell phone service in 2008, run by Koryolink.
            """);
        Verify(new WrongDescriptionOrDateAnalyzer(), """
            Laos grew fast. In 2003 a GSM network was established in Vientiane.
            """);
    }

    /// <summary>
    /// An event reported as news of the article's own time, with no date of its own, is dated by the article's date:
    /// "has just launched its first official mobile phone service" in December 2008 (blind5; the first cellular
    /// network was Sunnet, November 2002), and a present-tense heading, "North Korea bans Facebook and Twitter", in
    /// November 2014 (blind8; the official block was announced in April 2016).
    /// </summary>
    [Fact]
    public void NewsOfTheArticlesOwnTimeIsDatedByTheArticle()
    {
        var diagnostics = Verify(new WrongDescriptionOrDateAnalyzer(), """
            ---
            date: 2008-12-16
            ---

            North Korea has just launched its {|NK2003:first official mobile phone service|}.
            """);
        Assert.Contains("in November 2002, not the article's date 2008-12-16 (front matter)", diagnostics[0].Message);

        Verify(new WrongDescriptionOrDateAnalyzer(), """
            ---
            date: 2014-11-06
            ---

            # North Korea {|NK2003:bans Facebook|} and Twitter in its latest internet censorship

            The country is cut off.
            """);
    }

    /// <summary>
    /// The same words with no article date, in an article of the event's own time, after "had just" (a past
    /// before the narrative's), or in the present tense outside a heading (a standing policy, not news) are not judged.
    /// </summary>
    [Fact]
    public void NewsWithoutADateOrAtTheRightTimeIsNotJudged()
    {
        Verify(new WrongDescriptionOrDateAnalyzer(), """
            North Korea has just launched its first official mobile phone service.
            """);
        Verify(new WrongDescriptionOrDateAnalyzer(), """
            ---
            date: 2002-12-01
            ---

            North Korea has just launched its first mobile phone service.
            """);
        Verify(new WrongDescriptionOrDateAnalyzer(), """
            ---
            date: 2008-12-16
            ---

            By then North Korea had just launched its first official mobile phone service.
            """);
        Verify(new WrongDescriptionOrDateAnalyzer(), """
            ---
            date: 2016-04-05
            ---

            # North Korea bans Facebook and Twitter

            The notice was posted at Koryolink.
            """);
        Verify(new WrongDescriptionOrDateAnalyzer(), """
            ---
            date: 2014-11-06
            ---

            # Censorship in North Korea

            North Korea bans Facebook and Twitter for most people, as it always has.
            """);
    }

    /// <summary>Star JV called indigenous (blind5): it is a joint venture with Thailand's Loxley Pacific.</summary>
    [Fact]
    public void StarJvIsNotIndigenous()
    {
        var diagnostics = Verify(new WrongDescriptionOrDateAnalyzer(), """
            Star Joint Venture Co., the country’s {|NK2003:indigenous Internet Service Provider|}, was established in 2009.
            """);
        Assert.StartsWith("Star Joint Venture Co. is not an indigenous internet service provider: ", diagnostics[0].Message);
    }

    /// <summary>Star JV as the sole provider, and the indigenous description denied, are right.</summary>
    [Fact]
    public void StarJvAsTheSoleProviderOrDeniedIndigenousIsRight() => Verify(new WrongDescriptionOrDateAnalyzer(), """
        Star JV, a joint venture with Thailand's Loxley Pacific, is the country's sole Internet Service Provider.

        Star JV is not an indigenous Internet Service Provider.
        """);

    /// <summary>Names misspelt further than the near-miss scan reaches, observed in real pages: 'Coriolink' (blind10), 'King Jong-un' (blind6).</summary>
    [Fact]
    public void ObservedMisspellingsAreReported() => Verify(new MisspelledNameAnalyzer(), """
        The accounting treatment of {|NK2002:Coriolink|} changed in 2015.

        Her channel was closely linked to {|NK2002:King Jong-un|}’s leadership.
        """);

    /// <summary>The right names, and words that only resemble them, are not.</summary>
    [Fact]
    public void TheRightNamesAndLookalikesAreNot() => Verify(new MisspelledNameAnalyzer(), """
        The accounting treatment of Koryolink changed in 2015; the Coriolis effect is physics.

        The King met Kim Jong-un's envoy, and Stephen King wrote about Kim Jong Un.
        """);
    /// <summary>
    /// A count with its base in brackets after it, a share's base before it and a figure of another clause after its cue
    /// (blind5, Feb 2012): "only 0.09 percent of its total population, around 20,000 people (from 23 million citizens),
    /// now have cell phones even though 400 million dollars …". The cue "phones" explains the 20,000 (right in 2009,
    /// stale in 2012), not the bracketed base, the share's base "population" is the share's, and the dollars are another
    /// clause's.
    /// </summary>
    [Fact]
    public void ACountWithItsBaseInBracketsTakesTheCueAfterThem() => Verify(new StaleFigureAnalyzer(), """
        ---
        date: 2012-02-01
        ---

        It is estimated that only 0.09 percent of its total population, {|NK2005:around 20,000 people|} (from 23 million citizens), now have cell phones even though 400 million dollars was spent.

        {|NK2005:Some 20,000 people|} (out of 24 million) now have cell phones.
        """);

    /// <summary>The same count at its own time is right, and the bracketed base is not judged as a count of phones.</summary>
    [Fact]
    public void TheBracketedBaseIsNotACountOfPhones()
    {
        Verify(new StaleFigureAnalyzer(), """
            ---
            date: 2009-04-01
            ---

            Around 20,000 people (from 23 million citizens) now have cell phones.
            """);
        Verify(new ContradictingFigureAnalyzer(), """
            ---
            date: 2012-02-01
            ---

            Around 20,000 people (from 23 million citizens) now have cell phones.
            """);
    }
    /// <summary>
    /// A ban on mobile phones "since 2004" told as still in force after Koryolink opened in December 2008 (a 2011 caption,
    /// blind6): the wrong phrase names the country itself, so it needs no other link to it.
    /// </summary>
    [Fact]
    public void APhoneBanSince2004StillInForceAfterKoryolinkIsWrong()
    {
        var diagnostics = Verify(new WrongDescriptionOrDateAnalyzer(), """
            ---
            date: 2011-04-21
            ---

            Mobile phones {|NK2003:have been banned in North Korea since 2004|}.
            """);
        Assert.StartsWith("'have been banned in North Korea since 2004' is wrong at the article's date 2011-04-21 (front matter): mobile phones were banned for citizens in 2004", diagnostics[0].Message);
    }

    /// <summary>
    /// The same words before Koryolink opened, or with no article date; the ban in the past tense; and the 2012 mourning
    /// period's temporary ban are right.
    /// </summary>
    [Fact]
    public void ThePhoneBanBeforeKoryolinkOrInThePastTenseIsRight()
    {
        Verify(new WrongDescriptionOrDateAnalyzer(), """
            ---
            date: 2007-06-01
            ---

            Mobile phones have been banned in North Korea since 2004.
            """);
        Verify(new WrongDescriptionOrDateAnalyzer(), """
            Mobile phones have been banned in North Korea since 2004.
            """);
        Verify(new WrongDescriptionOrDateAnalyzer(), """
            ---
            date: 2012-02-01
            ---

            Mobile phones were banned in North Korea in 2004. Mobile phones have been banned in North Korea during the mourning period.
            """);
    }
    /// <summary>
    /// A date that opens the sentence as its setting ("In 2008, …") dates the one clause after it however far its cue is
    /// (blind10: "In 2008, Naguib Sawiris began construction of North Korea's first telecommunications network"; the
    /// first network, Sunnet, was November 2002).
    /// </summary>
    [Fact]
    public void ADateOpeningTheSentenceDatesItsClause() => Verify(new WrongDescriptionOrDateAnalyzer(), """
        In {|NK2003:2008|}, Naguib Sawiris began construction of North Korea's first telecommunications network, among other investments.
        """);

    /// <summary>The right date opening the sentence, and a cue in another clause after the opening date's, are not judged.</summary>
    [Fact]
    public void AnOpeningDateDoesNotReachAnotherClause() => Verify(new WrongDescriptionOrDateAnalyzer(), """
        In November 2002, Loxley Pacific switched on North Korea's first telecommunications network in Rason and Pyongyang.

        In 2008, Koryolink opened its 3G network in Pyongyang, and North Korea's first telecommunications network was long gone.

        In 2008, Orascom signed a licence; North Korea's first telecommunications network was older.
        """);
}
