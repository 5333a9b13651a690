using NkContentLint.Rules.Facts;
using static NkContentLint.Tests.Testing.DefaultPackVerifier;
using Xunit;

namespace NkContentLint.Tests.Rules.Facts;

/// <summary>
/// The fact rules judge figures the foreign claim reader reads (rules/languages/): a counted noun in German or
/// Russian that is a cue of the pack's quantity ("28 Internetseiten", "28 сайтов") ties the figure to it as
/// "28 websites" would, and a figure about another place named in that language ("In Deutschland",
/// "В России") is left alone, as in English.
/// </summary>
public sealed class FactsOtherLanguagesTests
{
    /// <summary>German and Russian site counts far below the intranet's estimate are wrong (28 is the listed confusion).</summary>
    [Fact]
    public void SiteCountsInGermanAndRussianAreJudged()
    {
        var diagnostics = Verify(new ContradictingFigureAnalyzer(), """
            # Nordkorea

            Dort ist das Angebot überschaubarer: Lediglich {|NK2001:28 Internetseiten|} können in Nordkorea abgerufen werden. Doch warum eigentlich?

            In Nordkorea sind nur {|NK2001:168 Webseiten|} für die Bürger zugänglich, und das ist nicht viel.

            В сети Кванмён в Северной Корее доступно всего {|NK2001:28 сайтов|}, и это очень мало.

            En Corea del Norte, la red Kwangmyong tiene solo {|NK2001:28 sitios|} web para los ciudadanos y no hay más.
            """);
        Assert.Contains("28 is the number of domains in the public .kp zone", diagnostics[0].Message);
    }

    /// <summary>
    /// Another country's sites named in German or Russian, a book's pages ("Seiten" is no cue) and a count inside the
    /// estimate are not wrong.
    /// </summary>
    [Fact]
    public void OtherPlacesPagesAndRightCountsInOtherLanguagesDoNotFire() => Verify(new ContradictingFigureAnalyzer(), """
        # Nordkorea

        In Deutschland sind mehr als 16,8 Millionen Internetseiten unter der Endung registriert, das ist viel.

        Das Buch über Nordkorea hat nur 168 Seiten und ist schnell gelesen, aber es ist gut.

        Im Intranet von Nordkorea gibt es nach Schätzungen rund 2000 Internetseiten, die die Bürger aufrufen können.

        В России зарегистрировано более 5 миллионов сайтов, и это очень много.

        En España hay más de 2 millones de sitios web registrados y la cifra sigue creciendo.
        """);
}
