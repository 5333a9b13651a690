using NkContentLint.Rules.Facts;
using static NkContentLint.Tests.Testing.DefaultPackVerifier;
using static NkContentLint.Tests.Testing.LanguageParagraphs;
using Xunit;

namespace NkContentLint.Tests.Rules.Facts;

/// <summary>
/// The fact-rule error classes the thirtieth and thirty-first blind splits (tests/corpora/real/blind30, blind31) showed
/// after their one unseen score, each fixed as a class and checked with the default pack: sentences that must fire beside
/// sentences that must not.
/// </summary>
public sealed class FactsBlind30ClassTests
{
    private static readonly ContradictingFigureAnalyzer Figures = new();
    private static readonly WrongDescriptionOrDateAnalyzer Dates = new();
    private static readonly StaleFigureAnalyzer Stale = new();

    /// <summary>
    /// A population a tenth of the country's (blind30 a-05: "the country's population is 2.5 million", a rewrite that turned
    /// Koryolink's 2.5 million subscribers into the population). A steady series (21.2 million in 1993, 26.2 million in
    /// 2024) was never a tenth of itself a little before its first point, so the figure is wrong with no date known and at
    /// the article's date alike.
    /// </summary>
    [Theory]
    [InlineData("In North Korea the rules are strict.\n\nAccording to a magazine, the country's population is {|NK2001:2.5 million|} out of which just 10 per cent use Koryolink.")]
    [InlineData("North Korea has a population of {|NK2001:2.5 million|}.")]
    [InlineData("---\ndate: 2014-10-01\n---\n\nNorth Korea's population is {|NK2001:2.5 million|}.")]
    [InlineData("In North Korea few people own a computer.\n\nThe North's population of {|NK2001:some 4 million|} is poor.")]
    public void APopulationATenthOfTheCountrys(string text) => Verify(Figures, text);

    /// <summary>
    /// Right figures, another country's or city's, a year before the series, a quoted source and a Korean sentence stay
    /// unflagged; a figure within half the first census (an older estimate) stays a matter of date.
    /// </summary>
    [Theory]
    [InlineData("North Korea has a population of 25 million.")]
    [InlineData("---\ndate: 2014-10-01\n---\n\nNorth Korea's population is about 24.9 million.")]
    [InlineData("North Korea's population was 9 million in 1948.")]
    [InlineData("North Korea's population was 18 million.")]
    [InlineData("South Korea's population of 51 million is online, while North Korea's is not.")]
    [InlineData("In North Korea, Koryolink has 2.5 million subscribers.")]
    [InlineData("In North Korea, about 2.5 million people use mobile phones.")]
    [InlineData("북한의 인구는 약 2500만 명이다.")]
    [InlineData("In North Korea, 60 percent of adults use phones in the capital city, Pyongyang, which has a total population of 3 million.")]
    [InlineData("Only a few thousand North Korean citizens can reach the global internet.")]
    [InlineData("North Korea has 2.5 million inhabitants with a mobile phone, a survey found.")]
    [InlineData("The report said: \"North Korea's population is 2.5 million\", which the agency later corrected.")]
    [InlineData("North Korea is a country of about 25 million people, and its 2008 census counted 24,052,231.")]
    public void RightPopulationsAndOtherSubjectsAreLeftAlone(string text) => Verify(Figures, text);

    /// <summary>
    /// A wrong maker of Red Star OS (blind31 a-10: "Systemet blev udviklet på Kim Il-Sung Universitetet i 2002 af en
    /// russisk IT-student"): the Korea Computer Center made it. The agent phrase is stated of the system through a verb of
    /// making in one clause, after its name or a reference back to it ("Systemet", "the operating system").
    /// </summary>
    [Theory]
    [InlineData("Red Star OS er navnet på et Linux-baseret styresystem som bruges i Nordkorea. Systemet blev udviklet på Kim Il-Sung Universitetet i 2002 {|NK2003:af en russisk IT-student|}.")]
    [InlineData("Red Star OS was developed at Kim Il Sung University in 2002 {|NK2003:by a Russian student|}.")]
    [InlineData("North Korea uses Red Star OS. The operating system was written {|NK2003:by a Russian IT student|} in 2002.")]
    [InlineData(German + "Red Star OS ist ein Linux-System aus Nordkorea. Das Betriebssystem wurde 2002 {|NK2003:von einem russischen Studenten|} entwickelt.")]
    [InlineData(French + "Red Star OS a été conçu en 2002 {|NK2003:par un étudiant russe|}.")]
    public void AWrongMakerOfRedStar(string text) => Verify(Dates, text);

    /// <summary>
    /// The same student doing something other than making it, making something else, or set apart by a clause break, and
    /// the right maker, say nothing wrong about who made the system.
    /// </summary>
    [Theory]
    [InlineData("Red Star OS was reviewed in 2010 by a Russian student who studied at Kim Il Sung University.")]
    [InlineData("A Russian student reviewed Red Star OS 2.0 in 2010.")]
    [InlineData("Red Star OS was developed by the Korea Computer Center; a review of it was written by a Russian student.")]
    [InlineData("Red Star OS bundles a browser, which was developed by a Russian student according to one rumour.")]
    [InlineData("Red Star OS was developed by the Korea Computer Center in 2002.")]
    [InlineData("Red Star OS er et styresystem. Systemet blev testet af en russisk IT-student i 2010.")]
    [InlineData("Kwangmyong was developed by a Russian student, a blogger claimed.")]
    public void OtherStudentsAndRightMakersAreLeftAlone(string text) => Verify(Dates, text);

    /// <summary>
    /// Version 2.0 of Red Star OS called the latest after version 3.0 was out (blind31 a-10: "Den seneste version 2.0. er
    /// fra 2010", on an undated page that shows the system's 2020 logo): wrong in an article dated from March 2014, or in
    /// an undated one that dates the system itself in a later year; said of the product its paragraph names before it.
    /// </summary>
    [Theory]
    [InlineData("Red Star OS er navnet på et Linux-baseret styresystem. Den {|NK2003:seneste version 2.0|}. er fra 2010.\n\nThe logo of Red Star OS in 2020.")]
    [InlineData("---\ndate: 2016-05-01\n---\n\nRed Star OS's {|NK2003:latest version 2.0|} looks like Windows.")]
    [InlineData("---\ndate: 2016-05-01\n---\n\nRed Star OS is a Linux system. The {|NK2003:latest version is 2.0|}, a Windows look-alike.")]
    public void AnOldVersionCalledTheLatest(string text) => Verify(Dates, text);

    /// <summary>
    /// The same words when 2.0 was the latest, in an undated article that dates the system no later, of another product,
    /// or in a paragraph that does not name the system, say nothing wrong.
    /// </summary>
    [Theory]
    [InlineData("---\ndate: 2011-05-01\n---\n\nRed Star OS's latest version 2.0 looks like Windows.")]
    [InlineData("Red Star OS is a Linux system. The latest version 2.0 is from 2010.")]
    [InlineData("Red Star OS is a Linux system. The latest version 2.0 is from 2010.\n\nKoryolink had 3 million subscribers in 2015.")]
    [InlineData("---\ndate: 2016-05-01\n---\n\nRed Star OS runs on PCs. Kwangmyong's latest version 2.0 portal opened.")]
    [InlineData("---\ndate: 2016-05-01\n---\n\nRed Star OS is a Linux system.\n\nThe latest version 2.0 of the app is popular.")]
    [InlineData("---\ndate: 2016-05-01\n---\n\nRed Star OS's latest version 3.0 looks like OS X.")]
    public void VersionsThatWereLatestOrOfOtherThingsAreLeftAlone(string text) => Verify(Dates, text);

    /// <summary>
    /// An event dated in the sentence after the one that names its subject, which goes on with a generic definite noun
    /// (blind23 a-09: "Gwangmyeong (광명) … est le nom officiel de l'intranet … Le service a été créé dès 1980"; the
    /// intranet opened in 2000).
    /// </summary>
    [Theory]
    [InlineData(French + "Gwangmyeong, également connu sous le nom de Kwangmyong, est le nom officiel de l'intranet de la Corée du Nord. Le service a été créé dès {|NK2003:1980|} en Corée du nord.")]
    [InlineData("Kwangmyong is North Korea's national intranet. The network was launched in {|NK2003:1980|}.")]
    public void AnEventDatedInTheNextSentence(string text) => Verify(Dates, text);

    /// <summary>
    /// The next sentence in another paragraph, after a sentence whose first named thing is another, naming another thing
    /// itself, not opening with a definite noun, or giving the right date, is left alone.
    /// </summary>
    [Theory]
    [InlineData("Kwangmyong is North Korea's national intranet.\n\nThe network was launched in 1980.")]
    [InlineData("Koryolink runs beside Kwangmyong. The network was launched in 2008.")]
    [InlineData("Kwangmyong is North Korea's national intranet. A similar network was launched in 1980 in Cuba.")]
    [InlineData("Kwangmyong is North Korea's national intranet. The network was launched in 2000.")]
    [InlineData("Kwangmyong is North Korea's national intranet. The service that Koryolink runs was launched in 2008.")]
    public void OtherNextSentencesAreLeftAlone(string text) => Verify(Dates, text);

    /// <summary>A population a tenth of the country's is wrong, never stale: NK2005 does not report it.</summary>
    [Fact]
    public void ATenthIsNotStale() => Verify(Stale, "---\ndate: 2014-10-01\n---\n\nNorth Korea's population is 2.5 million.");
}
