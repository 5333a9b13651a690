using NkContentLint.Rules.Facts;
using static NkContentLint.Tests.Testing.DefaultPackVerifier;
using Xunit;

namespace NkContentLint.Tests.Rules.Facts;

/// <summary>
/// The fact-rule error classes the blind17 split (tests/corpora/real) showed after its one unseen score, each fixed as a
/// class and checked with the default pack: a case that must fire beside one that must not.
/// </summary>
public sealed class FactsBlind17ClassTests
{
    /// <summary>
    /// A count of a named other organisation's customers, users or members ("thousands of Interpark customers", a South
    /// Korean online shop's) is that organisation's, not the country's mobile subscribers.
    /// </summary>
    [Theory]
    [InlineData("NK2005")]
    [InlineData("NK2001")]
    public void AnotherOrganisationsCustomersAreNotTheCountrysSubscribers(string rule) => Verify(rule == "NK2005" ? new StaleFigureAnalyzer() : new ContradictingFigureAnalyzer(), """
        ---
        date: 2016-08-01
        ---

        After the attack was reported, thousands of Interpark customers threatened to sue for damages.

        The breach touched 2 million Naver users in the South.
        """);

    /// <summary>
    /// The same figures, owned by an operator the pack knows (the mention decides: Koryolink's customers are the
    /// country's subscribers) or counted as the country's people, are still judged.
    /// </summary>
    [Fact]
    public void AKnownOperatorsOrTheCountrysSubscribersAreStillJudged() => Verify(new StaleFigureAnalyzer(), """
        ---
        date: 2016-08-01
        ---

        After the launch, {|NK2005:thousands of Koryolink customers|} made calls.

        There are now {|NK2005:2 million North Korean subscribers|}.

        There are now {|NK2005:thousands of North Korean subscribers|}.
        """);

    /// <summary>
    /// A name with a possessive apostrophe written with the apostrophe moved ("Peoples'") is misspelt, as the listed
    /// apostrophe-free form ("Democratic Peoples Republic of Korea") is.
    /// </summary>
    [Fact]
    public void ANameWithItsApostropheMovedIsMisspelt()
    {
        var diagnostics = Verify(new MisspelledNameAnalyzer(), """
            North Korea, or to use its official name, the {|NK2002:Democratic Peoples' Republic of Korea|}, is isolated.

            The {|NK2002:Democratic Peoples’ Republic of Korea|}'s media are controlled.

            The {|NK2002:Democratic Peoples Republic of Korea|} is listed.
            """);
        Assert.Contains("'Democratic Peoples' Republic of Korea' is a misspelling of 'Democratic People's Republic of Korea'", diagnostics[0].Message);
    }

    /// <summary>The right spelling, with either apostrophe, and its possessive, are no misspelling.</summary>
    [Fact]
    public void TheRightApostropheIsNoMisspelling() => Verify(new MisspelledNameAnalyzer(), """
        The Democratic People's Republic of Korea is isolated.

        The Democratic People’s Republic of Korea's media are controlled.

        The DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA is its name in capitals.
        """);
}
