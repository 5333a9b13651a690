using NkContentLint.Rules.Facts;
using static NkContentLint.Tests.Testing.DefaultPackVerifier;
using Xunit;

namespace NkContentLint.Tests.Rules.Facts;

/// <summary>
/// The fact-rule error classes the tenth blind split (tests/corpora/real/blind10) showed after its one unseen score,
/// each fixed as a class and checked with the default pack: a case that must fire beside one that must not.
/// </summary>
public sealed class FactsBlind10ClassTests
{
    /// <summary>
    /// Of two figures with a year each in one clause, each takes the year written next to it: "over two million by
    /// 2013" is about 2013, though "2011" ends closer to where the figure's words begin. A figure its own year never
    /// allows still fires.
    /// </summary>
    [Fact]
    public void EachFigureTakesTheYearNextToIt() => Verify(new ContradictingFigureAnalyzer(), """
        Mobile subscribers in North Korea grew to one million by 2011 and over two million by 2013.

        Mobile subscribers in North Korea grew to one million by 2011 and {|NK2001:over nine million|} by 2013.
        """);

    /// <summary>
    /// A date after "since" starts a period: what was released in it was released then or later ("Since the summer
    /// of 2012, North Korea has released … the Arirang", unveiled in August 2013). An event before the period's start still fires.
    /// </summary>
    [Fact]
    public void ADateThatStartsAPeriodIsALowerBound() => Verify(new WrongDescriptionOrDateAnalyzer(), """
        Since the summer of 2012, North Korea has released the Arirang smartphone.

        Since the summer of {|NK2003:2014|}, North Korea has released the Arirang smartphone.

        In {|NK2003:2012|}, North Korea released the Arirang smartphone.
        """);

    /// <summary>
    /// A description that once held is wrong only in an article dated after it stopped holding: "the only authorized
    /// provider" for Koryolink in a 2023 article (Kangsong Net ran beside it by June 2017). The same words in a 2012
    /// article, or in an article with no date, are not judged.
    /// </summary>
    [Fact]
    public void ADescriptionThatOnceHeldIsWrongOnlyAfterItStopped()
    {
        var found = Verify(new WrongDescriptionOrDateAnalyzer(), """
            ---
            date: 2023-11-26
            ---

            The state-owned company, Koryolink, remains the {|NK2003:only authorized provider|} in the country.
            """);

        // The message and the fact properties name the source that dates the change, not the fact's first source.
        Assert.Contains("at the article's date 2023-11-26 (front matter)", found[0].Message);
        Assert.Contains("dailynk.com", found[0].Properties["fact.sourceUrl"]);
        Verify(new WrongDescriptionOrDateAnalyzer(), """
            ---
            date: 2012-03-01
            ---

            The state-owned company, Koryolink, remains the only authorized provider in the country.
            """);
        Verify(new WrongDescriptionOrDateAnalyzer(), """
            The state-owned company, Koryolink, remains the only authorized provider in the country.
            """);
    }

    /// <summary>
    /// A name set apart by a preposition before it is not what the sentence describes: "Before Koryolink, the only
    /// cellular service was Sunnet" describes Sunnet. The apposition itself still describes the name.
    /// </summary>
    [Fact]
    public void ANameSetApartByAPrepositionIsNotDescribed() => Verify(new WrongDescriptionOrDateAnalyzer(), """
        ---
        date: 2024-05-10
        ---

        Before Koryolink, the only cellular network was Sunnet.

        Unlike Koryolink, the only mobile operator then, Sunnet was Thai.

        Koryolink, the {|NK2003:only mobile operator|}, sells SIM cards.
        """);
}
