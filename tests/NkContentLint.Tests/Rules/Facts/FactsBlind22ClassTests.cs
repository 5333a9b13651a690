using NkContentLint.Rules.Facts;
using static NkContentLint.Tests.Testing.DefaultPackVerifier;
using static NkContentLint.Tests.Testing.LanguageParagraphs;
using Xunit;

namespace NkContentLint.Tests.Rules.Facts;

/// <summary>
/// The fact-rule error classes the twenty-second and twenty-third blind splits (tests/corpora/real/blind22, blind23)
/// showed after their one unseen score, each fixed as a class and checked with the default pack: sentences that must
/// fire beside sentences that must not. Other languages get a paragraph of their own first (Testing/LanguageParagraphs),
/// as the language detector votes over a paragraph.
/// </summary>
public sealed class FactsBlind22ClassTests
{
    private static readonly WrongDescriptionOrDateAnalyzer Dates = new();

    /// <summary>
    /// A launch dated in French, German, Spanish or Portuguese (blind23 a-09: "Kwangmyong a été lancé à la fin des années
    /// 1980"): the cues translate the launch, and a decade is a span of years. A decade that holds the date, or a year of
    /// another event in the sentence, stays silent.
    /// </summary>
    [Theory]
    [InlineData(French + "L'internet nord-coréen, également connu sous le nom de Kwangmyong a été lancé à la {|NK2003:fin des années 1980|}.")]
    [InlineData(French + "Le réseau Kwangmyong a été créé en {|NK2003:1980|} pour les universités du pays.")]
    [InlineData(German + "Das Intranet Kwangmyong wurde {|NK2003:Ende der 1980er Jahre|} gestartet, heißt es in dem Bericht.")]
    [InlineData(Spanish + "La red Kwangmyong fue lanzada en {|NK2003:1995|} por el gobierno del país.")]
    [InlineData(Portuguese + "A rede Kwangmyong foi criada na {|NK2003:década de 1980|} pelo governo do país.")]
    [InlineData(French + "Le réseau Kwangmyong a été lancé au début des années 2000 pour les universités du pays.")]
    [InlineData(French + "Le réseau Kwangmyong a été lancé en 2000, et Red Star OS est sorti en 2008.")]
    [InlineData(German + "Das Intranet Kwangmyong wurde Anfang der 2000er Jahre gestartet, heißt es in dem Bericht.")]
    public void ALaunchDatedInAnotherLanguage(string markup) => Verify(Dates, markup);

    /// <summary>A decade in English is a span of years too: "the late 1990s" may be 2000, "the 1980s" may not.</summary>
    [Fact]
    public void AnEnglishDecadeIsASpanOfYears() => Verify(Dates, """
        # Kwangmyong

        Kwangmyong was launched in the early 2000s.

        The Kwangmyong intranet was launched in the late 1990s.

        Kwangmyong was launched in the {|NK2003:1980s|}.
        """);

    /// <summary>
    /// A timeline's entry opens with its year and a dash ("1980 – Création du réseau « Kwangmyong »", blind23 a-09): the year
    /// dates the entry's event. An entry about another thing's event, the right year, or words between the dash and the event, do not.
    /// </summary>
    [Fact]
    public void ATimelineEntryDatesItsEvent() => Verify(Dates, $$"""
        {{French.TrimEnd()}}

        - {|NK2003:1980|} – Création du réseau « Kwangmyong »
        - 2000 – Création du réseau « Kwangmyong »
        - 1996 – Le portail Naenara est mis en ligne, avant Kwangmyong

        - {|NK2003:1990|}: Launched Kwangmyong for the universities
        - 2008: Koryolink launched, beside Kwangmyong
        - 1990: the Kwangmyong project was discussed; the network launched later
        """);

    /// <summary>
    /// Another thing's name given as the intranet's (blind23 a-09: "Kwangmyong …, ou encore sous le nom de «Red Star»": Red
    /// Star is the operating system) is wrong; the intranet and the OS named together, or the OS named as the OS, are not.
    /// </summary>
    [Theory]
    [InlineData("Kwangmyong, also known as {|NK2003:Red Star|}, is the national intranet of North Korea.")]
    [InlineData(French + "Gwangmyeong (광명), également connu sous le nom de Kwangmyong en anglais, ou encore sous le nom de «{|NK2003:Red Star|}», est le nom officiel de l’intranet de la Corée du Nord.")]
    [InlineData("The Kwangmyong intranet is reached from computers running Red Star OS in the libraries.")]
    [InlineData("Kwangmyong is the national intranet, and Red Star, also known as Red Star OS, is the operating system.")]
    [InlineData("Red Star OS, also known as Red Star, ships a browser for Kwangmyong.")]
    [InlineData(French + "Le réseau Kwangmyong est accessible depuis les ordinateurs sous Red Star OS dans les bibliothèques.")]
    public void AnotherThingsNameGivenAsTheIntranets(string markup) => Verify(Dates, markup);

    /// <summary>
    /// The regime of a leader dated from its start (blind23 a-07: "Since its establishment in 2012, the Kim Jong-Un regime"):
    /// his rule began in December 2011. A year of another event the regime did, and the right year, stay silent.
    /// </summary>
    [Fact]
    public void ARegimeDatedFromItsStart() => Verify(Dates, """
        # Hyesan

        Since its establishment in {|NK2003:2012|}, the Kim Jong-Un regime has struggled with smuggling.

        The Kim Jong Un regime since {|NK2003:2012|} has built fences along the border.

        In 2012, the Kim Jong Un regime launched a crackdown on phones.

        Since its establishment in 2011, the Kim Jong-Un regime has struggled with smuggling.

        Kim Jong Un has been general secretary of the party since 2012.
        """);

    /// <summary>
    /// A number spelled with hyphens in French is a number anywhere ("ne serait muni que de vingt-huit sites", blind22 a-09), and
    /// "ne … que" is "only", not a negation: the .kp zone's 28 given as Kwangmyong's site count fires. "ne … pas que" denies it.
    /// </summary>
    [Theory]
    [InlineData(French + "Une fuite des noms de domaines (en .kp) montre que l'internet nord-coréen, appelé Kwangmyong, ne serait muni que de {|NK2001:vingt-huit sites|} au total.")]
    [InlineData(French + "Le réseau Kwangmyong n'a que {|NK2001:28 sites|} au total.")]
    [InlineData(French + "Le réseau Kwangmyong ne compte pas que 28 sites au total.")]
    [InlineData(French + "La fuite a montré que la zone en .kp ne comptait que vingt-huit domaines.")]
    [InlineData(French + "Le réseau Kwangmyong compte environ mille sites depuis vingt-quatre ans.")]
    public void AFrenchSpelledCountOfTheIntranetsSites(string markup) => Verify(new ContradictingFigureAnalyzer(), markup);

    /// <summary>
    /// A conversion in brackets into the figure's own unit (blind22 a-06: "around 20 kilometers (12 kilometers)"): the two
    /// figures cannot both hold. A real conversion, the same figure twice, or a bracket that says more, is silent.
    /// </summary>
    [Fact]
    public void AConversionIntoTheSameUnit() => Verify(new InconsistentFigureAnalyzer(), """
        # The border

        Residents travel around 20 kilometers ({|NK2004:12 kilometers|}) away from downtown areas.

        Residents travel around 20 kilometers (12 miles) away from downtown areas.

        The fence runs 1,400 km (870 miles) along the border.

        The jamming reaches 20 kilometers (20 kilometers) into China.

        The road runs 20 kilometers (12 kilometers of it paved) to the border.
        """);

    /// <summary>
    /// The forms of the bracket a conversion may open with (an approximation word, a tilde, spaces), which the analyzer's quick
    /// test for a bracket that opens on a figure must let through; a bracket that opens on a word and no figure stays silent.
    /// </summary>
    [Fact]
    public void AConversionIntoTheSameUnitAfterAnApproximation() => Verify(new InconsistentFigureAnalyzer(), """
        # The border

        Residents travel around 20 kilometers (approximately {|NK2004:12 kilometers|}) away from downtown areas.

        The fence runs 300 km (~{|NK2004:190 km|}) along the river.

        The cable runs 40 miles (  about {|NK2004:25 miles|}) under the sea.

        The road runs 20 kilometers (paved) to the border, and 12 kilometers (in 2019) beyond it.
        """);
}
