using NkContentLint.Rules.Facts;
using static NkContentLint.Tests.Testing.DefaultPackVerifier;
using static NkContentLint.Tests.Testing.LanguageParagraphs;
using Xunit;

namespace NkContentLint.Tests.Rules.Facts;

/// <summary>
/// The fact-rule error classes the twenty-sixth and twenty-seventh blind splits (tests/corpora/real/blind26, blind27)
/// showed after their one unseen score, each fixed as a class and checked with the default pack: sentences that must
/// fire beside sentences that must not. Other languages get a paragraph of their own first (Testing/LanguageParagraphs),
/// as the language detector votes over a paragraph.
/// </summary>
public sealed class FactsBlind26ClassTests
{
    private static readonly WrongDescriptionOrDateAnalyzer Dates = new();

    /// <summary>
    /// Mobile phones first introduced, dated in another language (blind27 a-08: "Handys wurden erstmals 2008 in dem
    /// kommunistischen Land eingeführt"; 2008 is Koryolink's launch, the first network was Sunnet's in 2002). German puts the
    /// participle last and Japanese, Korean and Chinese the verb after the date, so the cue has a gap the date stands in
    /// ("Handys … eingeführt", "携帯電話 … 導入"); French, Spanish, Italian, Portuguese and Russian write it whole. The country is
    /// named by its name in the article's language ("Nordkorea", "Corée du Nord").
    /// </summary>
    [Theory]
    [InlineData(German + "Die Zahl der Handynutzer in Nordkorea wächst. Handys wurden erstmals {|NK2003:2008|} in dem kommunistischen Land eingeführt.")]
    [InlineData(German + "In Nordkorea wurden Handys im Jahr {|NK2003:2009|} offiziell eingeführt.")]
    [InlineData(German + "{|NK2003:2008|} wurden in Nordkorea erstmals Mobiltelefone eingeführt.")]
    [InlineData(French + "En Corée du Nord, les téléphones portables ont été introduits en {|NK2003:2008|}.")]
    [InlineData(Spanish + "En Corea del Norte, la telefonía móvil se introdujo en {|NK2003:2008|} con la red de Orascom.")]
    [InlineData(Italian + "In Corea del Nord i telefoni cellulari sono stati introdotti nel {|NK2003:2008|} e sono molto cari.")]
    [InlineData("Мобильная связь появилась в Северной Корее в {|NK2003:2008|} году.")]
    [InlineData("北朝鮮では、携帯電話は{|NK2003:2008年|}に導入された。")]
    [InlineData("북한에서 휴대전화는 {|NK2003:2008년|} 처음 도입됐다.")]
    [InlineData("朝鲜的手机于{|NK2003:2008年|}首次引入。")]
    public void MobilePhonesFirstIntroducedInAnotherLanguage(string markup) => Verify(Dates, markup);

    /// <summary>
    /// Not the first introduction: the right year (2002), a date of something else in another clause of the sentence, the
    /// parts of the cue split by a clause break, a date outside the cue's clause, or a German article that does not name
    /// the country.
    /// </summary>
    [Theory]
    [InlineData(German + "In Nordkorea wurden Handys erstmals 2002 eingeführt, zuerst in Pjöngjang.")]
    [InlineData(German + "Handys sind in Nordkorea heute verbreitet; Kreditkarten wurden dort 2008 eingeführt.")]
    [InlineData(German + "Handys, sagt der Experte in Nordkorea, sind teuer, und 2008 wurde ein neuer Tarif eingeführt.")]
    [InlineData(German + "Handys wurden erstmals 2008 in dem kommunistischen Land eingeführt, heißt es in dem Bericht.")]
    [InlineData(French + "En Corée du Nord, les téléphones portables ont été introduits en 2002.")]
    [InlineData("北朝鮮では携帯電話の料金は高いが、2008年に新しい制度が導入された。")]
    [InlineData("北朝鮮では、携帯電話は2002年に導入された。")]
    [InlineData("朝鲜的手机很贵，2008年引入了新的制度。")]
    public void NotTheFirstIntroduction(string markup) => Verify(Dates, markup);

    /// <summary>
    /// Sites seen to go offline are the country's sites on the internet, seen from outside (tune: "practically all of its
    /// websites--the notoriously isolated nation only has a few dozen--intermittently dropped offline"), not the intranet's
    /// thousands. A count of the intranet's sites with its going offline told in a clause of its own, or none, still fires.
    /// </summary>
    [Fact]
    public void SitesThatGoOfflineAreOnTheInternet() => Verify(new ContradictingFigureAnalyzer(), """
        ---
        date: 2022-02-03
        ---

        On several days, practically all of its websites--the notoriously isolated nation only has a few dozen--intermittently dropped offline en masse.

        North Korea's websites, a few dozen in all, went offline on Wednesday.

        The Kwangmyong intranet has only {|NK2001:a few dozen websites|}, and they went offline often.

        The Kwangmyong intranet has only {|NK2001:a few dozen websites|}, the defector said.
        """);
}
