using NkContentLint.Rules.Facts;
using static NkContentLint.Tests.Testing.DefaultPackVerifier;
using Xunit;

namespace NkContentLint.Tests.Rules.Facts;

/// <summary>
/// The fact-rule error classes the blind14, blind15 and blind16 splits (tests/corpora/real) showed after their one unseen
/// score, each fixed as a class and checked with the default pack: a case that must fire beside one that must not.
/// </summary>
public sealed class FactsBlind16ClassTests
{
    /// <summary>
    /// A gloss of a name says what the name means: "Korean for X", "meaning X", "literally X", a translation in brackets
    /// right after the name. Kwangmyong means 'Bright Light' or 'Bright' (kwangmyong-definition's <c>means</c>), so
    /// 'bright star' (which is Kwangmyongsong, the satellite) and 'walled garden' (a right description of the network,
    /// but not what its name means) are wrong glosses of it.
    /// </summary>
    [Fact]
    public void AGlossOfANameThatNoSourcedMeaningAllowsIsAWrongDescription()
    {
        var diagnostics = Verify(new WrongDescriptionOrDateAnalyzer(), """
            Kwangmyong, which is Korean for “{|NK2003:bright star|},” is North Korea’s officially sanctioned intranet.

            The North Korean name for their internet system is “Kwangmyong,” meaning “{|NK2003:walled garden|}.”

            A search page on the Kwangmyong ( {|NK2003:Bright Star|} ) national intranet.

            Uriminzokkiri, which means “{|NK2003:Our Country|},” posts videos.

            Kwangmyong — which translates to “{|NK2003:bright star|}” — is the country’s intranet.

            Kwangmyong (광명, meaning “bright light” or “{|NK2003:bright star|}”) is the national intranet.
            """);
        Assert.Equal(6, diagnostics.Count);
        Assert.StartsWith("Kwangmyong does not mean 'bright star': the name means 'Bright Light' or 'Bright'", diagnostics[0].Message);
    }

    /// <summary>
    /// Glosses the sourced meanings allow, the satellite's own gloss, "walled garden" as a description, and brackets or
    /// clauses after the name that are no gloss at all.
    /// </summary>
    [Fact]
    public void ARightGlossAndADescriptionAreNoWrongGloss() => Verify(new WrongDescriptionOrDateAnalyzer(), """
        Kwangmyong (lit. 'Bright Light') is a North Korean "walled garden" national intranet.

        Kwangmyong, which means “brightness,” opened in 2000.

        Kwangmyongsong (Bright Star) is the satellite, and Kwangmyongsong-3 means Bright Star-3.

        Kwangmyong, a “walled garden” intranet, is closed to the world.

        Kwangmyong (North Korea) is an intranet, and Kwangmyong, meaning that users stay inside, is closed.

        Uriminzokkiri, which roughly translates to “among our own people,” and Uriminzokkiri (Our Nation) are one site.

        The website, Uriminzokkiri (meaning “our [Korean] people, together”), is based in China.
        """);

    /// <summary>
    /// Once a page has glossed a name wrongly, the wrong gloss written as a name before a word of what the thing is ("the
    /// Bright Star private intranet") is the translation in place of the name. Without the wrong gloss on the page, or
    /// before another word (the satellite), it is not.
    /// </summary>
    [Fact]
    public void AWrongGlossUsedInPlaceOfTheNameIsWrongToo() => Verify(new WrongDescriptionOrDateAnalyzer(), """
        They see something called the Kwangmyong, which is Korean for “{|NK2003:Bright Star|}.”

        That did not touch the Kwangmyong, the {|NK2003:Bright Star|} private intranet that most North Koreans know.

        The Bright Star satellite was launched, and a bright star network of stars shone.
        """);

    [Fact]
    public void AGlossUsedAsANameNeedsAWrongGlossOnThePage() => Verify(new WrongDescriptionOrDateAnalyzer(), """
        Kwangmyong, which means 'Bright Light', is the intranet.

        The Bright Star private intranet is a name some use.
        """);

    /// <summary>
    /// A syllable with another initial is another person ("Premier Kim Yong Il"), unless the words right before the name
    /// give the role only the leader holds: "the North Korean dictator Kim Yong Un" is Kim Jong Un misspelt. A number-two
    /// leader is another person still.
    /// </summary>
    [Fact]
    public void ALeadersRoleBeforeANameMakesAnotherSyllableANearMiss() => Verify(new MisspelledNameAnalyzer(), """
        Your client: the North Korean dictator {|NK2002:Kim Yong Un|}.

        Leader {|NK2002:Kim Yong Un|} visited the factory.

        Premier Kim Yong Un and Kim Yong Il met No. 2 leader Kim Yong Un and deputy leader Kim Yong Un.
        """);

    /// <summary>
    /// A share that restates a figure, set off by commas, stands between the figure and the cue after both: "around five
    /// million people, or 19% of the population, owning mobile phones" counts mobile phones, and in June 2024 (7.51
    /// million) the figure was right only years before. The same words with the 2024 figures, or a cue past a full
    /// stop, do not fire.
    /// </summary>
    [Fact]
    public void AFigureRestatedByAShareTakesTheCueAfterTheShare()
    {
        Verify(new StaleFigureAnalyzer(), """
            ---
            date: 2024-06-04
            ---

            With {|NK2005:around five million people|}, or 19% of the population, owning mobile phones, delivery is growing in North Korea.
            """);
        Verify(new StaleFigureAnalyzer(), """
            ---
            date: 2024-06-04
            ---

            With around seven million people, or 28% of the population, owning mobile phones, delivery is growing in North Korea.

            With around five million people, or a fifth of the town. Owning mobile phones is common.
            """);
    }

    /// <summary>
    /// The arrival of mobile phones in the country, said in other words ("the use of mobile phones was opened up in 2009"),
    /// is the first mobile service (Sunnet, November 2002); as an event of the whole country only a listed wrong date fires.
    /// </summary>
    [Fact]
    public void TheUseOfMobilePhonesOpenedUpIsTheFirstMobileService() => Verify(new WrongDescriptionOrDateAnalyzer(), """
        North Korea has a games industry. Not long after the use of mobile phones was opened up in {|NK2003:2009|}, handsets came with games.

        In North Korea mobile phones became available in 2002, and the use of mobile phones was opened up to foreigners in 2013.
        """);

    /// <summary>
    /// An organisation's many-word name is held against text through its brand, a word too short to be distinctive
    /// alone that is itself one of its names: "Orascon Telecom" is "Orascom Telecom" one letter off. A lone "Orascon", a
    /// possessive or plural brand, another word of the name changed, and names with no brand word are not near misses.
    /// </summary>
    [Fact]
    public void AnOrganisationsNameOneLetterOffInItsBrandIsANearMiss()
    {
        var diagnostics = Verify(new MisspelledNameAnalyzer(), """
            # Egypt’s {|NK2002:Orascon Telecom|} links North Korea and Egypt

            Orascom Telecom and Orascom Telecom Holding own most of Koryolink; Orascon alone is left.

            Orascom's Telecom unit, Orascoms Telecom, Orascom Telecoms and the Ministry of Post and Telecommunications are not misspelt.
            """);
        Assert.Equal("'Orascon Telecom' looks like a misspelling of 'Orascom Telecom'", diagnostics[0].Message);
    }
}
