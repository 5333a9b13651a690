using NkContentLint.Documents;
using NkContentLint.Rules.Sourcing;
using NkContentLint.Tests.Testing;
using Xunit;
using static NkContentLint.Tests.Testing.LanguageParagraphs;

namespace NkContentLint.Tests.Rules.Sourcing;

/// <summary>
/// The classes blind30's and blind31's pages in languages other than English, Korean, Japanese and Chinese showed
/// (sourcing39): Hungarian, Danish (with Norwegian), Swedish, Vietnamese and Icelandic, read at last (hearsay adverbs,
/// "according to" forms, unnamed sources and groups, amounts and counts); a Russian witness nobody names ("по свидетельству
/// некоторых наблюдателей"); a count whose noun the writer quotes ("ha arrestato 20 “phone brokers”"). Invented sentences of
/// each class, not the pages' own.
/// </summary>
public sealed class OtherLanguageSourcingBlind30ClassTests
{
    private static readonly VagueAttributionAnalyzer Vague = new();
    private static readonly UnsourcedStatisticAnalyzer Statistics = new();

    private static void VerifyVague(string markup) => AnalyzerVerifier.Verify(Vague, markup);

    private static void VerifyStatistics(string markup) => AnalyzerVerifier.Verify(Statistics, markup);

    [Theory]
    [InlineData(Hungarian, "hu")]
    [InlineData(Danish, "da")]
    [InlineData(Norwegian, "da")]
    [InlineData(Swedish, "sv")]
    [InlineData(Vietnamese, "vi")]
    [InlineData(Icelandic, "is")]
    [InlineData(Czech, "cs")]
    [InlineData(Turkish, "tr")]
    public void EachLanguageIsToldByItsFunctionWords(string paragraph, string code)
    {
        var document = ContentDocument.Parse("x.md", paragraph);
        Assert.Equal(code, document.LanguageOf(document.Sentences[0]));
    }

    [Fact]
    public void EnglishWithAScandinavianNameStaysEnglish()
    {
        var document = ContentDocument.Parse("x.md", "The report by Det Norske Veritas says that the network is not open to the citizens of the country.\n");
        Assert.Null(document.LanguageOf(document.Sentences[0]));
    }

    // ---- Hungarian --------------------------------------------------------------------------------------

    [Fact]
    public void HungarianHearsayAndUnnamedSourcesAreVague() => VerifyVague(Hungarian + """
        Az ország {|NK1002:állítólag|} már évek óta szerez be berendezéseket Kínából.

        A {|NK1002:névtelenségét kérő forrás beszámolója szerint|} a kamerák éjjel is működnek.

        A kiszivárgott {|NK1002:információk arra engednek következtetni|}, hogy a hálózat leállt.

        A {|NK1002:lapnak nyilatkozó forrás azt is elárulta|}, hogy a kamerákat a minisztérium irányítja.

        A {|NK1002:nyugati szakértők szerint|} a rendszer nem működik.
        """);

    [Fact]
    public void HungarianNamedSourcesQuotesAndNamesAreNotVague() => VerifyVague(Hungarian + """
        A Reuters szerint a hálózat tavaly ősszel leállt.

        A Chainalysis szakértői szerint a hackerek a tőzsdét támadták meg.

        Kim Dzsongun meglátogatta a gyárat, és azt mondta, hogy a munka jól halad.

        „A hálózat nem működik” – közölte a minisztérium szóvivője, Ri Szolcsu.
        """);

    [Fact]
    public void HungarianAmountsAndCountsWithNoSourceFire() => VerifyStatistics(Hungarian + """
        Az ország állítólag {|NK1001:6000 hackert|} foglalkoztat.

        A szolgáltatónak {|NK1001:3 millió előfizetője|} volt az év végén.

        A hackerek {|NK1001:400 millió dollárt|} loptak el a tőzsdéről.
        """);

    [Fact]
    public void HungarianNamedFiguresYearsOrdinalsAndSpecificationsDoNotFire() => VerifyStatistics(Hungarian + """
        A Reuters szerint a szolgáltatónak 3 millió előfizetője volt 2015-ben.

        A rendszert 2002-ben fejlesztették ki, és a 3.0 verzió 2013-ban jelent meg.

        Kim Dzsongun 2019. május 5-én meglátogatta a gyárat.

        A kamerák 360 fokban forognak, és a 21. század technológiáját képviselik.

        A hálózat 3 év óta működik.
        """);

    // ---- Danish and Norwegian ---------------------------------------------------------------------------

    [Fact]
    public void DanishAndNorwegianHearsayIsVague()
    {
        VerifyVague(Danish + """
            Systemet er {|NK1002:efter sigende|} yderst moderne, og det bruges også af hele regeringen.

            Landet har {|NK1002:angiveligt|} tusindvis af hackere i sin tjeneste, og de bliver ikke stoppet.

            {|NK1002:Ifølge eksperter|} er nettet lukket for resten af verden, og det bliver ikke åbnet.

            {|NK1002:Det siges|}, at lederen også bruger en telefon, og at han ikke må bruge nettet.
            """);
        VerifyVague(Norwegian + """
            Systemet er {|NK1002:etter sigende|} svært moderne, og det brukes av hele regjeringen for å styre landet.

            Operatøren hadde {|NK1002:angivelig|} mange kunder, og det er ikke lett å få et abonnement.
            """);
    }

    [Fact]
    public void DanishNamedSourcesAreNotVague() => VerifyVague(Danish + """
        Ifølge Reuters er nettet lukket for resten af verden.

        Ifølge eksperter fra Chainalysis har hackerne stjålet store beløb.

        Nordkoreas regering udtaler, at det er for at beskytte folket mod propaganda.

        "Vi har mange ansatte", sagde Ri Sol-ju til avisen.
        """);

    [Fact]
    public void DanishAndNorwegianFiguresWithNoSourceFire()
    {
        VerifyStatistics(Danish + """
            Operatøren havde {|NK1001:2 millioner kunder|} ved udgangen af året, og det var ikke nok.

            Hackerne stjal {|NK1001:400 millioner dollar|} fra børsen, og de blev ikke fanget.
            """);
        VerifyStatistics(Norwegian + """
            Operatøren hadde {|NK1001:3 millioner kunder|}, og det er ikke lett å få et abonnement.
            """);
    }

    [Fact]
    public void DanishNamedFiguresYearsAndVersionsDoNotFire() => VerifyStatistics(Danish + """
        Ifølge Reuters havde operatøren 2 millioner kunder i 2015.

        Systemet blev udviklet i 2002, og version 3.0 kom i 2013.

        Kim Jong-un besøgte fabrikken i 3 dage i 2019.
        """);

    // ---- Swedish ----------------------------------------------------------------------------------------

    [Fact]
    public void SwedishHearsayAndUnnamedGroupsAreVague() => VerifyVague(Swedish + """
        Landet {|NK1002:uppges|} ha tusentals hackare i sin tjänst.

        Hackarna stal {|NK1002:enligt uppgift|} stora belopp från börsen.

        {|NK1002:Enligt experter|} är nätet stängt för resten av världen.
        """);

    [Fact]
    public void SwedishNamedSourcesAreNotVague() => VerifyVague(Swedish + """
        Enligt Reuters är nätet stängt för resten av världen.

        Enligt experter från Chainalysis stal hackarna stora belopp.
        """);

    [Fact]
    public void SwedishFiguresFireUnlessNamedOrDates() => VerifyStatistics(Swedish + """
        Operatören hade {|NK1001:2 miljoner kunder|} i slutet av året.

        Enligt Reuters hade operatören 2 miljoner kunder år 2015.

        Systemet utvecklades 2002 och version 3.0 kom 2013.
        """);

    // ---- Vietnamese -------------------------------------------------------------------------------------

    [Fact]
    public void VietnameseHearsayAndUnnamedExpertsAreVague() => VerifyVague(Vietnamese + """
        Triều Tiên {|NK1002:được cho là|} có một đội quân tin tặc lớn.

        {|NK1002:Theo các chuyên gia|}, mạng nội bộ này không kết nối với thế giới bên ngoài.
        """);

    [Fact]
    public void VietnameseNamedSourcesAreNotVague() => VerifyVague(Vietnamese + """
        Theo Reuters, mạng nội bộ này không kết nối với thế giới bên ngoài.

        Theo các chuyên gia của Chainalysis, tin tặc đã đánh cắp tiền từ sàn giao dịch.
        """);

    [Fact]
    public void VietnameseFiguresFireUnlessNamedOrDates() => VerifyStatistics(Vietnamese + """
        Nhà mạng có {|NK1001:3 triệu thuê|} bao vào cuối năm đó.

        Theo Reuters, nhà mạng có 3 triệu thuê bao vào năm 2015.

        Hệ điều hành được phát triển từ năm 2002 và phiên bản 3.0 ra mắt năm 2013.

        Ông Kim Jong-un đã đến thăm nhà máy vào tháng 5 năm 2019.
        """);

    // ---- Icelandic --------------------------------------------------------------------------------------

    [Fact]
    public void IcelandicHearsayAndSourcesNobodyNamesAreVague() => VerifyVague(Icelandic + """
        Landið {|NK1002:er sagt|} hafa marga tölvuþrjóta á sínum snærum.

        {|NK1002:Samkvæmt heimildum|} er netið lokað fyrir umheiminum.
        """);

    [Fact]
    public void IcelandicNamedSourcesAreNotVague() => VerifyVague(Icelandic + """
        Samkvæmt Reuters er netið lokað fyrir umheiminum.

        The New York Times segir svo frá og hægt er að lesa meira um það hérna.
        """);

    [Fact]
    public void IcelandicFiguresFireUnlessNamedOrDates() => VerifyStatistics(Icelandic + """
        Fyrirtækið hafði {|NK1001:3 milljónir viðskiptavina|} í lok ársins.

        Samkvæmt Reuters hafði fyrirtækið 3 milljónir viðskiptavina árið 2015.

        Kerfið var þróað árið 2002 og útgáfa 3.0 kom árið 2013.
        """);

    // ---- Russian and Italian ----------------------------------------------------------------------------

    [Fact]
    public void RussianWitnessNobodyNamesIsVague() => VerifyVague("""
        Лидер страны, {|NK1002:по свидетельству некоторых наблюдателей|}, поддерживает майнинг криптовалют.

        По свидетельству Reuters, биржа была взломана в прошлом году.
        """);

    [Fact]
    public void ItalianCountOfAQuotedNounFires() => VerifyStatistics(Italian + """
        La polizia ha arrestato {|NK1001:20 “phone|} brokers” che organizzavano chiamate verso l’estero.

        Secondo Rfa la polizia ha arrestato 20 “phone brokers” nella città di confine.

        La versione 2 “beta” del programma è uscita nel 2019.
        """);

    // ---- One informant nobody names ---------------------------------------------------------------------

    [Fact]
    public void OneInformantNobodyNamesWithAVerbOfSayingIsVague()
    {
        VerifyVague(Spanish + """
            {|NK1002:Una fuente en la provincia de Hamgyong del Norte informó|} que la red fue cortada.

            “La red no funciona”, {|NK1002:dijo a Daily NK una fuente|} familiarizada con el asunto.
            """);
        VerifyVague(Italian + """
            {|NK1002:Una fonte della provincia di Ryanggang ha rivelato|} al sito che la rete è stata chiusa.

            “La rete non funziona”, {|NK1002:ha affermato la fonte|}.
            """);
        VerifyVague(Portuguese + """
            “A rede não funciona”, {|NK1002:disse uma fonte|} da província ao jornal.
            """);
        VerifyVague(French + """
            {|NK1002:Une source dans la province a confié|} que le réseau était coupé.
            """);
        VerifyVague(German + """
            Das habe {|NK1002:eine gut informierte Quelle in China gesagt|}, berichtete die Zeitung.
            """);
    }

    [Fact]
    public void ASourceOfIncomeOrTheSourceNamedBeforeIsNotVague()
    {
        VerifyVague(Spanish + """
            El turismo es una fuente de ingresos para el régimen, que lo controla.

            En relación con estos hechos, la fuente señaló que la red fue cortada.

            Según Reuters, la red fue cortada en el norte del país.
            """);
        VerifyVague(Italian + """
            Il turismo è una fonte di reddito per il regime, che lo controlla.

            Secondo Reuters la rete è stata chiusa nel nord del paese.
            """);
    }

    // ---- Device specifications in other languages -------------------------------------------------------

    [Fact]
    public void ADevicesSpecificationIsNoStatistic()
    {
        VerifyStatistics(German + """
            Es hat ein 4,7 Zoll großes Display, 4 Gigabyte Arbeitsspeicher und einen flotten Prozessor.

            Die Kamera hat 13 Megapixel und der Akku 3000 Milliamperestunden.
            """);
        VerifyStatistics(French + """
            Le téléphone a un écran de 6 pouces et un appareil photo de 13 mégapixels.
            """);
    }

    [Fact]
    public void DataSizesOfAnEventStillFire() => VerifyStatistics(German + """
        Die Hacker stahlen {|NK1001:100 Gigabyte|} Daten aus dem Netz der Bank.
        """);

    // ---- Czech and Turkish ------------------------------------------------------------------------------

    [Fact]
    public void CzechHearsayAndFiguresWithNoSourceFire()
    {
        VerifyVague(Czech + """
            Země {|NK1002:údajně|} zaměstnává tisíce hackerů, kteří kradou kryptoměny.

            {|NK1002:Podle odborníků|} je síť odříznutá od zbytku světa, což ale není nic nového.

            Podle agentury Reuters je síť odříznutá od zbytku světa, což ale není nic nového.

            Podle odborníků z Chainalysis ukradli hackeři velké částky, což je nejvíce v historii.
            """);
        VerifyStatistics(Czech + """
            Operátor měl {|NK1001:3 miliony zákazníků|} na konci roku, než přišla krize.

            Podle agentury Reuters měl operátor 3 miliony zákazníků v roce 2015, což je rekord.

            Systém byl vyvinut v roce 2002 a verze 3.0 vyšla v roce 2013, kdy byl také představen.

            Kim Čong-un navštívil továrnu 5. května 2019, kde byl také jeho otec.
            """);
    }

    [Fact]
    public void TurkishHearsayAndFiguresWithNoSourceFire()
    {
        VerifyVague(Turkish + """
            Ülkenin {|NK1002:iddiaya göre|} binlerce hacker çalıştırdığı biliniyor.

            {|NK1002:Uzmanlara göre|} bu ağ dünyanın geri kalanından tamamen kopuk.

            Reuters'a göre bu ağ dünyanın geri kalanından tamamen kopuk.
            """);
        VerifyStatistics(Turkish + """
            Operatörün yıl sonunda {|NK1001:3 milyon abonesi|} vardı.

            Reuters'a göre operatörün 2015 yılında 3 milyon abonesi vardı.

            Sistem 2002'de geliştirildi ve 3.0 sürümü 2013 yılında çıktı.

            Kim Jong-un 5 Mayıs 2019'da fabrikayı ziyaret etti.
            """);
    }

    // ---- A spokesman of a group nobody names; an outlet by its kind, reported once -----------------------

    [Fact]
    public void ASpokesmanOfAGroupNobodyNamesIsVague()
    {
        VerifyVague(Portuguese + """
            Os telemóveis são feitos na China, de acordo com {|NK1002:um porta-voz de um|} grupo de oposicionistas no exílio.

            Os telemóveis são feitos na China, de acordo com um porta-voz da Orascom.
            """);
        VerifyVague(Spanish + """
            Los teléfonos se fabrican en China, según {|NK1002:un portavoz de una|} organización de desertores.

            Los teléfonos se fabrican en China, según un portavoz de Orascom.
            """);
    }

    [Fact]
    public void AnOutletNamedByItsKindIsReportedWhereItFirstStands() => VerifyVague(Portuguese + """
        {|NK1002:O diário refere|} a existência de muitos telemóveis no país.

        Este valor, escreve o jornal, resulta do uso extensivo de telemóveis entre a elite.
        """);
}
