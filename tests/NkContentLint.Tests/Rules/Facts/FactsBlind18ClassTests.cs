using NkContentLint.Rules.Facts;
using static NkContentLint.Tests.Testing.DefaultPackVerifier;
using Xunit;

namespace NkContentLint.Tests.Rules.Facts;

/// <summary>
/// The fact-rule error classes the blind18 split (tests/corpora/real) showed after its one unseen score, each fixed as a
/// class and checked with the default pack: a case that must fire beside one that must not.
/// </summary>
public sealed class FactsBlind18ClassTests
{
    /// <summary>
    /// An acronym spelt out before it with one word of the name replaced ("Korean Central Press Agency (KCNA)") is the
    /// name written wrong; the message names the acronym and the name.
    /// </summary>
    [Fact]
    public void AnAcronymSpeltOutWithAWrongWordIsAWrongName()
    {
        var diagnostics = Verify(new MisspelledNameAnalyzer(), """
            The {|NK2002:Korean Central Press Agency|} (KCNA) reported the launch.

            It was developed at the {|NK2002:Korean Computer Center|} (KCC) in 1998.
            """);
        Assert.Contains("'Korean Central Press Agency' is not what KCNA stands for; the name is 'Korean Central News Agency'", diagnostics[0].Message);
    }

    /// <summary>
    /// The name and its accepted variants before the acronym, a plural, an abbreviation, a description of two words or
    /// more that are not the name's, and another organisation with the same acronym are no wrong name.
    /// </summary>
    [Fact]
    public void TheNameOrAnotherThingBeforeTheAcronymIsNoWrongName() => Verify(new MisspelledNameAnalyzer(), """
        The Korean Central News Agency (KCNA) reported it, as did the Korea Central News Agency (KCNA).

        The Korea Post and Telecommunications Corporation (KPTC) and the Korea Posts and Telecom Corp. (KPTC) signed.

        North Korea's state news agency (KCNA) said so. The Kenya Communications Commission (KCC) is another body.

        It was built at the Korea Computer Centre (KCC).
        """);

    /// <summary>
    /// Sites counted on the internet ("28 websites on the North Korean internet", the public .kp zone) are not the
    /// intranet's: the 28 is not judged against Kwangmyong's site count there, and still is where nothing places it.
    /// </summary>
    [Fact]
    public void SitesOnTheInternetAreNotTheIntranets() => Verify(new ContradictingFigureAnalyzer(), """
        ---
        date: 2017-05-01
        ---

        While there are around 28 websites on the North Korean internet, there are many more on the intranet.

        Only 28 sites are reachable from the global internet.

        North Korea has only {|NK2001:28 websites|}.

        There are {|NK2001:28 websites|} on the national intranet.
        """);

    /// <summary>
    /// A date counted from the article's own ("early this summer", "earlier this year") is the article's year: in an
    /// article of October 2003, mobile service "started early this summer" is dated 2003, the listed wrong year of the
    /// first GSM network (November 2002).
    /// </summary>
    [Fact]
    public void ThisSummerIsTheArticlesYear()
    {
        var diagnostics = Verify(new WrongDescriptionOrDateAnalyzer(), """
            ---
            date: 2003-10-06
            ---

            North Korea started mobile telephone service {|NK2003:early this summer|} in very limited areas.
            """);
        Assert.Contains("this summer (2003, counted from the article's date", diagnostics[0].Message);
    }

    /// <summary>
    /// "This summer" in an article with no date, in a sentence about what is to come, and "this December" ahead of the
    /// article's month are no date of a past event.
    /// </summary>
    [Fact]
    public void ThisSummerWithNoDateOrAheadIsNoDate()
    {
        Verify(new WrongDescriptionOrDateAnalyzer(), """
            North Korea started mobile telephone service early this summer in very limited areas.
            """);
        Verify(new WrongDescriptionOrDateAnalyzer(), """
            ---
            date: 2003-10-06
            ---

            North Korea will start mobile telephone service this summer, officials say.

            North Korea started mobile telephone service this December in a test.
            """);
    }

    /// <summary>
    /// A Korean date ("2010년 8월") beside a Korean cue of the event, with the subject named with its particle
    /// ("우리민족끼리는"), is read to the month: August 2010 is wrong for the channel created on 14 July 2010.
    /// </summary>
    [Fact]
    public void AKoreanDateOfAnEventIsReadToTheMonth()
    {
        var diagnostics = Verify(new WrongDescriptionOrDateAnalyzer(), """
            우리민족끼리는 {|NK2003:2010년 8월|} 유튜브 계정을 처음 만들었다.
            """);
        Assert.Contains("on 14 July 2010, not 2010년 8월", diagnostics[0].Message);
    }

    /// <summary>The right Korean month or day, or the year alone, is no wrong date.</summary>
    [Fact]
    public void ARightKoreanDateIsNoWrongDate() => Verify(new WrongDescriptionOrDateAnalyzer(), """
        우리민족끼리는 2010년 7월 유튜브 계정을 처음 만들었다.

        우리민족끼리는 2010년 7월 14일 유튜브 계정을 개설했다.

        우리민족끼리는 2010년에 유튜브 계정을 만들었다.
        """);

    /// <summary>
    /// A German sentence dating the .kp leak by its German cue ("versehentlich", by mistake) is judged: 2014 is wrong for
    /// September 2016; 2016 is right.
    /// </summary>
    [Fact]
    public void AGermanCueDatesTheLeak() => Verify(new WrongDescriptionOrDateAnalyzer(), """
        Im Jahr {|NK2003:2014|} veröffentlichte Nordkorea jedoch versehentlich sämtliche Domains mit der Endung „.kp“.

        Im Jahr 2016 veröffentlichte Nordkorea versehentlich sämtliche Domains mit der Endung „.kp“.
        """);

    /// <summary>
    /// A Latin word in prose of another script is a name: one letter off a shorter single-word name ("Sunset" for Sunnet
    /// in Russian prose) is that name misspelt. In English prose the same word is a word, and the name itself is no miss.
    /// </summary>
    [Fact]
    public void ALatinWordOneLetterOffANameInOtherScriptIsMisspelt()
    {
        var diagnostics = Verify(new MisspelledNameAnalyzer(), """
            Первая сотовая сеть (под названием {|NK2002:Sunset|}) заработала в 2002 году, тогда же в стране появились и первые телефоны.

            Первая сотовая сеть (под названием Sunnet) заработала в 2002 году, тогда же в стране появились и первые телефоны.
            """);
        Assert.Contains("'Sunset' looks like a misspelling of 'Sunnet'", diagnostics[0].Message);
    }

    [Fact]
    public void ALatinWordInEnglishProseIsAWord() => Verify(new MisspelledNameAnalyzer(), """
        The first network, Sunnet, was switched on in 2002; at sunset the Sunset Boulevard crowd went home.

        Первая сеть, Sunnet и Manbang, заработала в 2002 году.
        """);

    /// <summary>
    /// Sites "related to the global network" are the internet's, and "customers of the bank" are the bank's: neither is
    /// judged against the intranet's site count or the country's subscribers; the same figures with no such words are.
    /// </summary>
    [Fact]
    public void TheGlobalNetworksSitesAndABanksCustomersAreNotJudged() => Verify(new ContradictingFigureAnalyzer(), """
        ---
        date: 2017-05-01
        ---

        In 2016 the world was able to access 28 North Korean sites related to the global network.

        More than 30 million customers of the bank were unable to use ATMs.

        Koryolink now has {|NK2001:30 million customers|}.
        """);

    /// <summary>
    /// A wrong description in Dutch or German before the name ("de spioneerapp Kwangmyong", a spy app; "soziales
    /// Netzwerk") is wrong as the English phrase is; the phrase set apart from the name is not.
    /// </summary>
    [Fact]
    public void AWrongDescriptionInDutchOrGermanFires() => Verify(new WrongDescriptionOrDateAnalyzer(), """
        En kijkt de overheid mee via de {|NK2003:spioneerapp|} Kwangmyong.

        Kwangmyong ist ein {|NK2003:soziales Netzwerk|} für alle.

        Kwangmyong is het nationale intranet; de spioneerapp heet Red Flag.
        """);
}
