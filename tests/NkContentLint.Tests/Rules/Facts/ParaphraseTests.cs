using NkContentLint.Rules.Facts;
using NkContentLint.Tests.Testing;
using static NkContentLint.Tests.Testing.DefaultPackVerifier;
using Xunit;

namespace NkContentLint.Tests.Rules.Facts;

/// <summary>
/// Issue 10's paraphrases, with the default pack: each form that must fire sits beside a close
/// form that must not.
/// </summary>
public sealed class ParaphraseTests
{
    [Fact]
    public void ANegationElsewhereInTheSentenceDoesNotHideTheDate() => Verify(new WrongDescriptionOrDateAnalyzer(), """
        Subscribers of Koryolink, launched in {|NK2003:2011|}, still cannot call abroad.

        Koryolink did not launch in 2011; it launched in 2008.

        Subscribers of Koryolink, launched in 2008, still cannot call abroad.
        """);

    [Fact]
    public void ADescriptionGivenInAppositionOrByComparison() => Verify(new WrongDescriptionOrDateAnalyzer(), """
        Kwangmyong, in effect the nation's {|NK2003:chat service|}, is slow.

        Kwangmyong works much like a {|NK2003:messaging app|} for officials.

        Kwangmyong, unlike a chat service, is a network of sites.

        Officials use a chat service on Kwangmyong.
        """);

    [Fact]
    public void AFirstOfItsKindClaimAgainstTheEarlierNetwork() => Verify(new WrongDescriptionOrDateAnalyzer(), """
        Koryolink, which brought the {|NK2003:first mobile phones|} to the North, grew fast.

        Koryolink was the first 3G network, not its first mobile network.

        Sunnet brought the first mobile phones to the North in 2002.
        """);

    [Fact]
    public void TheFirstMobileServiceDatedToItsListedWrongYear() => Verify(new WrongDescriptionOrDateAnalyzer(), """
        North Korea is poor. Cellphones were introduced in {|NK2003:2008|} through a joint venture.

        Cellphones were introduced in 2002, and the 3G network came in 2008.
        """);

    [Fact]
    public void MoreThanOneFigureOfAQuantityInASentence() => Verify(new ContradictingFigureAnalyzer(), """
        @uriminzok had 4,700 followers in August 2010 and {|NK2001:more than 130,000|} by April 2013.

        @uriminzok had 4,700 followers in August 2010 and more than 13,000 by April 2013.

        Koryolink went from 100,000 subscribers at the end of 2009 to {|NK2001:5 million|} at the end of 2010.
        """);

    [Fact]
    public void AnEventsFigureNamedByItsEvent()
    {
        var diagnostics = Verify(new ContradictingFigureAnalyzer(), """
            The 2016 leak exposed {|NK2001:some 2,800 sites|}.

            The 2016 leak exposed some 28 sites.

            The leak exposed just 28 sites, while Kwangmyong holds some 2,800 sites.

            Since the 2016 leak, Kwangmyong has been said to hold some 2,800 sites.

            A leak exposed some 2,800 sites.

            The leaked .kp zone listed {|NK2001:about 2,800 domains|}.

            The leaked .kp zone listed about 28 domains.

            The internet outage remained for six hours in the country on Wednesday.
            """);
        Assert.Contains("2016, the year of the event the sentence names ('leak')", diagnostics[0].Message);
        Assert.Contains("2016, the year of the event the sentence names ('leaked')", diagnostics[1].Message);
    }

    [Fact]
    public void ACountOfOneStatedInWords() => Verify(new ContradictingFigureAnalyzer(), """
        {|NK2001:A lone public address|} serves the whole country.

        North Korea has {|NK2001:only one IP address|}, researchers claim.

        A single block of public addresses serves the whole country.

        Each office in the country has a single public address.

        Hackers routed the attack through a single IP address in North Korea.

        A lone public address is all a home router needs.

        North Korea's entire internet runs on {|NK2001:a single IP address|}.

        North Korea's entire internet runs on a single block of addresses.
        """);

    [Fact]
    public void AnEventNamedWithoutItsYearInAnArticleOfThatTime() => Verify(new ContradictingFigureAnalyzer(), """
        ---
        date: 2016-09-22
        ---

        The leak exposed {|NK2001:some 2,800 sites|}.

        The leak exposed some 28 sites.
        """);

    [Fact]
    public void AStepTowardsAnEventIsNotTheEvent() => Verify(new WrongDescriptionOrDateAnalyzer(), """
        The .kp domain was delegated in {|NK2003:2004|} to the Korea Computer Center.

        Early contacts regarding a .kp delegation began in 2004 with the Korea Computer Center.

        Talks on the .kp delegation started in 2004, and the .kp domain was delegated in 2007.
        """);

    [Fact]
    public void TheSubjectLaunchingSomethingElseIsThatThingsLaunch() => Verify(new WrongDescriptionOrDateAnalyzer(), """
        Koryolink launched in {|NK2003:2011|} in Pyongyang.

        Koryolink was launched in {|NK2003:2009|}.

        Koryolink launched its network in {|NK2003:2009|}.

        In January 2011, Koryolink launched MMS services for the first time.

        Koryolink also launched a recharge card in 2011.

        Koryolink launched international roaming for visitors in 2013.
        """);

    [Fact]
    public void NearMissesOfDistinctiveSingleWordNamesAndAcronyms()
    {
        var diagnostics = Verify(new MisspelledNameAnalyzer(), """
            {|NK2002:Kwandmyong|} is the intranet, and {|NK2002:Urminzokkiri|} posts videos.

            # {|NK2002:Urminzokkiri|}’s You Tube Channel

            The {|NK2002:KTPC|} runs the lines, as xlarge{|NK2002:KTPC|} reports.

            Kwangmyong, Uriminzokkiri and KPTC are spelled right; Kwangmyongs and KPTC's lines are slow.

            The NCAA and NASA are not misspellings, nor is Kwangmyeong Station, nor the CNKA or ACNK.
            """);
        Assert.Equal("'Kwandmyong' looks like a misspelling of 'Kwangmyong'", diagnostics[0].Message);
        Assert.Equal("'KTPC' looks like a misspelling of 'KPTC'", diagnostics[3].Message);
    }

    [Fact]
    public void AShareThatRestatesACount() => Verify(new ContradictingFigureAnalyzer(), """
        The data suggests that {|NK2001:around 25 million people|} have access to the internet, which is only {|NK2001:1%|} of the total population.

        Only some 20,000 people have access to the internet, which is less than 0.1% of the total population.

        Around 20,000 people have access to the internet, while 99% of the population has never seen it.
        """);

    [Fact]
    public void LongSingleWordNamesTwoEditsOffAreNearMisses()
    {
        var diagnostics = Verify(new MisspelledNameAnalyzer(), """
            According to {|NK2002:Urminjokkkiri|}, the site posts videos; {|NK2002:Urminzokiri|} did too.

            Uriminzokkiri, Uriminjokkiri and Uriminzokkiri's channel are spelled right.

            Uriminchokkiri is another romanisation, and Uriminzokkiris is a plural.

            Understanding, unmistakably, urbanisation and Kwangmyongsong are other words.
            """);
        Assert.Equal("'Urminjokkkiri' looks like a misspelling of 'Uriminjokkiri'", diagnostics[0].Message);
    }

    [Fact]
    public void AListedMisspellingWithOtherSpacesOrCapitalsIsThatMisspelling()
    {
        var diagnostics = Verify(new MisspelledNameAnalyzer(), """
            {|NK2002:kim jung un|}

            The leader, {|NK2002:Kim Jung Un|}, spoke.

            kim jong un and Kim Jong-un and Kim Jong-eun are not misspellings, nor is "kim jung un" in quotes.
            """);
        Assert.Equal("'kim jung un' is a misspelling of 'Kim Jong Un'", diagnostics[0].Message);
        Assert.Equal("safe", diagnostics[0].Properties[NkContentLint.Fixing.FixProperties.Safety]);
    }

    [Fact]
    public void AListedWrongShareIsWrongInAGapOfTheSeries() => Verify(new ContradictingFigureAnalyzer(), """
        ---
        date: 2022-02-01
        ---

        The data suggests that {|NK2001:around 25 million people|} have access to the internet, which is only {|NK2001:1%|} of the total population.

        Some 20,000 people have access to the internet, which is less than 1% of the total population.

        Some 20,000 people have access to the internet, which is only 0.08% of the total population.
        """);

    [Fact]
    public void ADecimalFigureIsRoundedToItsLastPlace() => Verify(new InconsistentFigureAnalyzer(), """
        ---
        date: 2014-12-23
        ---

        # Report: North Korea Hit by 9.5-Hour Internet Outage

        North Korea's networks went offline for 9 hours and 31 minutes.

        The outage lasted 9.5 hours.

        One monitor said the outage lasted {|NK2004:9.9 hours|}.
        """);

    [Fact]
    public void TheCountrySaidToHaveTheZonesCountWhateverEventIsItsEvidence() => Verify(new ContradictingFigureAnalyzer(), """
        ---
        date: 2016-09-22
        ---

        # Digital divideNorth Korea has only has {|NK2001:28 Web sites|}, mistakenly leaked official data reveals

        North Korea has only {|NK2001:28 Web sites|}, leaked data reveals.

        The secretive country has only twenty-eight registered domains.

        The leak exposed just 28 sites.

        North Korea has 28 websites on its .kp domain, the leak showed.

        Digital divideTuvalu has only 28 Web sites, leaked data reveals.
        """);

    [Fact]
    public void AnAdverbOfErrorDisownsOnlyWhatIsSaid() => Verify(new ContradictingFigureAnalyzer(), """
        ---
        date: 2016-09-22
        ---

        North Korea has only {|NK2001:28 Web sites|}, mistakenly leaked official data reveals.

        North Korea is wrongly said to have only 28 Web sites.

        North Korea was falsely claimed to have 28 Web sites.

        Falsely, some write that North Korea has 28 Web sites.

        It is a myth that North Korea has 28 Web sites.
        """);
}
