using NkContentLint.Documents;
using NkContentLint.Rules.Sourcing;
using NkContentLint.Tests.Testing;
using Xunit;
using static NkContentLint.Tests.Testing.LanguageParagraphs;

namespace NkContentLint.Tests.Rules.Sourcing;

/// <summary>
/// The classes blind28's and blind29's pages in languages other than English, Korean, Japanese and Chinese showed
/// (sourcing36): Arabic and Indonesian, read at last (amounts by unit or magnitude, named and agentless forms); what an
/// unnamed group holds or says ("secondo le analisi degli osservatori"); Polish impersonal hearsay ("istnieje
/// przypuszczenie, że"); an elided decade and an auxiliary after a number ("anni ’90 aveva"); a heading that counts a
/// listicle's items ("10 exemples qui montrent…"); an English number word that is the other language's word in a paragraph
/// of two languages (Polish "ten"); an outlet named only by its kind in a document that names no source ("O diário refere").
/// Invented sentences of each class, not the pages' own.
/// </summary>
public sealed class OtherLanguageSourcingBlind28ClassTests
{
    private static readonly VagueAttributionAnalyzer Vague = new();
    private static readonly UnsourcedStatisticAnalyzer Statistics = new();

    private static void VerifyVague(string markup) => AnalyzerVerifier.Verify(Vague, markup);

    private static void VerifyStatistics(string markup) => AnalyzerVerifier.Verify(Statistics, markup);

    // ---- Arabic -----------------------------------------------------------------------------------------

    [Fact]
    public void ArabicAmountsWithNoSourceFire() => VerifyStatistics(Arabic + """
        وحصلت الشركة على الترخيص بشرط أن تستثمر {|NK1001:400 مليون دولار|} خلال 3 سنوات.

        وتملك الشركة {|NK1001:75%|} من حصة المشغل، وتملك الوزارة الباقي.

        سرق القراصنة {|NK1001:٦٢٠ مليون دولار|} من منصة للعملات الرقمية.

        ارتفع عدد المشتركين إلى {|NK1001:3 ملايين|} مشترك في نهاية العام.
        """);

    [Fact]
    public void ArabicNamedSourcesDatesAndBareCountsDoNotFire() => VerifyStatistics(Arabic + """
        أوضحت إذاعة آسيا الحرة أن الشركة استثمرت 150 مليون دولار حتى الآن.

        وقال رئيس مجلس الإدارة إن الاستثمارات بلغت 153 مليون دولار.

        بحسب وكالة يونهاب، بلغ عدد المشتركين 3 ملايين.

        دخلت الشركة إلى كوريا الشمالية في عام 2008.

        أطلقت كوريا الشمالية صاروخين في 3 و28 من يوليو.

        خلال 3 سنوات تغير كل شيء في البلاد.
        """);

    [Fact]
    public void ArabicAgentlessAndUnnamedSourcesAreVague() => VerifyVague(Arabic + """
        {|NK1002:يقال|} إن كوريا الشمالية تملك جيشا من القراصنة.

        {|NK1002:وذكرت مصادر|} أن الشبكة توقفت عن العمل لساعات.

        {|NK1002:وتشير التقديرات|} إلى أن النظام يراقب كل الهواتف.

        {|NK1002:ويرى محللون|} أن العقوبات لن توقف الهجمات.
        """);

    [Fact]
    public void ArabicNamedSourcesAreNotVague() => VerifyVague(Arabic + """
        وذكرت وكالة رويترز أن الشبكة توقفت عن العمل لساعات.

        وقال المتحدث باسم الوزارة إن الهجوم فشل.

        بحسب صحيفة وول ستريت جورنال، رفضت الشركة الانسحاب.
        """);

    [Fact]
    public void ArabicScriptIsReadAsArabicButPersianStaysUnread()
    {
        var arabic = ContentDocument.Parse("ar.md", "وتملك الشركة 75% من حصة المشغل.\n");
        var persian = ContentDocument.Parse("fa.md", "این شرکت ۷۵ درصد از سهام اپراتور را در اختیار دارد.\n");
        Assert.Equal("ar", arabic.LanguageOf(arabic.Sentences[0]));
        Assert.Null(persian.LanguageOf(persian.Sentences[0]));
    }

    // ---- Indonesian -------------------------------------------------------------------------------------

    [Fact]
    public void IndonesianAmountsAndCountsWithNoSourceFire() => VerifyStatistics(Indonesian + """
        Orascom menanamkan {|NK1001:400 juta dolar|} di Korea Utara sejak peluncuran jaringan itu.

        Jumlah pelanggan mencapai {|NK1001:3 juta orang|} pada akhir masa itu.

        Perusahaan itu memiliki {|NK1001:75 persen|} saham operator tersebut.
        """);

    [Fact]
    public void IndonesianNamedSourcesDatesAndOperandsDoNotFire() => VerifyStatistics(Indonesian + """
        Menurut Daily News Egypt, Orascom memiliki 75 persen saham operator itu.

        Orascom mengatakan bahwa jumlah pelanggan mencapai 3 juta orang.

        Jaringan itu dibuka pada tahun 2008 dan diperluas selama 3 tahun.

        Alih bahasa kode program dari Python 2 menuju Python 3 secara otomatis.

        Memisahkan sebuah file menjadi 5 file dengan ukuran yang sama.
        """);

    [Fact]
    public void IndonesianAgentlessHearsayAndUnnamedGroupsAreVague() => VerifyVague(Indonesian + """
        {|NK1002:Dikatakan bahwa|} langkah itu diambil akibat sanksi Amerika Serikat.

        {|NK1002:Konon|}, para pejabat dapat membuka situs asing dari kantor mereka.

        {|NK1002:Menurut para ahli|}, Korea Utara memiliki ribuan peretas yang bekerja dari luar negeri.

        Sejumlah {|NK1002:pengamat memperkirakan|} bahwa sanksi itu tidak akan berhasil.
        """);

    [Fact]
    public void IndonesianNamedOrReferredSourcesAreNotVague() => VerifyVague(Indonesian + """
        Menurut Daily News Egypt, Orascom akan menutup bank itu.

        Orascom mengatakan bahwa semua dana akan ditransfer ke afiliasi lainnya.

        Menurut laporan Reuters, peretas itu bekerja dari Tiongkok.

        Sumber tersebut mengatakan bahwa jaringan itu dimatikan selama parade.
        """);

    // ---- what an unnamed group holds or says ------------------------------------------------------------

    [Fact]
    public void AnUnnamedGroupsAnalysesOrEstimatesAreVague()
    {
        VerifyVague(Italian + "La tecnologia c’è, è sofisticata e {|NK1002:secondo le analisi degli osservatori|} sta evolvendo con un passo rapido.\n\n"
            + "Il regime, {|NK1002:secondo le stime degli esperti|}, impiega migliaia di hacker nel paese.\n");
        VerifyVague(Spanish + "El régimen, {|NK1002:según estimaciones de expertos|}, controla todas las redes del país.\n");
        VerifyVague(Portuguese + "O regime, {|NK1002:segundo estimativas de especialistas|}, controla todas as redes do país.\n");
        VerifyVague(French + "Le régime, {|NK1002:selon un rapport des experts|}, contrôle tous les réseaux du pays.\n");
    }

    [Fact]
    public void AnUnnamedGroupNamedAfterItIsNotVague()
    {
        VerifyVague(Italian + "Secondo le analisi degli esperti di Citizen Lab il telefono registra ogni schermata.\n\n"
            + "Secondo il rapporto di Amnesty il regime controlla le reti.\n");
        VerifyVague(Spanish + "Según los informes de expertos de la ONU, el régimen robó millones.\n");
    }

    // ---- Polish impersonal hearsay ----------------------------------------------------------------------

    [Fact]
    public void PolishImpersonalHearsayIsVague() => VerifyVague(Polish + """
        Komórki wyłącza się podczas parad, a {|NK1002:istnieje przypuszczenie|}, że po śmierci przywódcy sieć nie działała.

        {|NK1002:Podejrzewa się|}, że hakerzy pracują z Chin.

        {|NK1002:Mówiono|}, że reżim kupił sprzęt od egipskiej firmy.

        W stolicy {|NK1002:krążą pogłoski|} o nowym telefonie.

        {|NK1002:Przyjmuje się, że|} w kraju działa sieć komórkowa trzeciej generacji.
        """);

    [Fact]
    public void PolishBeliefsWithNoFigureAndReflexivesOfDoingAreNotVague() => VerifyVague(Polish + """
        W Pjongjangu panuje przekonanie, że to technologia komórkowa doprowadziła do wybuchu.

        Konto zakłada się w urzędzie, a telefon odbiera się na poczcie.

        Według agencji Yonhap sieć nie działała przez tydzień.
        """);

    [Fact]
    public void PolishPrevailingBeliefWithAFigureIsVague() => VerifyVague(Polish + """
        W Pjongjangu {|NK1002:panuje przekonanie|}, że w jednostce pracuje 6000 hakerów.
        """);

    // ---- a decade and an auxiliary after a number --------------------------------------------------------

    [Fact]
    public void AnElidedDecadeOrAnAuxiliaryAfterANumberIsNoCount()
    {
        VerifyStatistics(Italian + "La popolazione già negli anni ’90 aveva patito una carestia terribile.\n\n"
            + "Degli intervistati, 300 hanno detto di usare il telefono.\n");
        VerifyStatistics(Spanish + "En los años '90 tenía el país una red muy limitada.\n");
        VerifyStatistics(French + "Dans les années ’80 était déjà en place une censure totale.\n");
    }

    [Fact]
    public void AShareAfterAnElidedArticleStillFires() => VerifyStatistics(Italian + """
        Oggi l’{|NK1001:80 per cento|} dei cittadini non ha accesso alla rete.

        Nel paese lavorano {|NK1001:6000 hacker|} dagli anni ’90.
        """);

    // ---- a listicle's heading ---------------------------------------------------------------------------

    [Fact]
    public void AHeadingCountingAListiclesItemsIsNoStatistic()
    {
        VerifyStatistics("# 10 exemples qui montrent comment la Corée du Nord isole ses citoyens\n\n" + French);
        VerifyStatistics("# 5 razones por las que el régimen teme a internet\n\n" + Spanish);
        VerifyStatistics("# 10 Gründe, warum das Regime das Netz fürchtet\n\n" + German);
        VerifyStatistics("# 7 examples of how the regime watches its citizens\n\nThe regime watches what its citizens read.\n");
    }

    [Fact]
    public void AHeadingWithACountOfTheWorldStillFires()
    {
        VerifyStatistics("# Le régime emploie {|NK1001:6000 hackers|} à l’étranger\n\n" + French);
        VerifyStatistics("# {|NK1001:30 periodistas|} detenidos por el régimen en la frontera\n\n" + Spanish);
    }

    // ---- two languages in one paragraph -----------------------------------------------------------------

    [Fact]
    public void AnEnglishNumberWordThatIsThePolishWordInATwoLanguageParagraphIsNoCount() => VerifyStatistics("""
        North Korea is often seen as isolated Korea Północna często postrzegana jest jako country in the world. Izolacja ta może być jednym z kluczowych czynników. Od kilkunastu lat jednak bariera informacyjna jest naruszana. This article therefore describes Artykuł ten opisuje zatem sposoby examines whether this process can cause change oraz stanowi analizę tego, czy proces ten może spowodować zmiany.
        """);

    [Fact]
    public void AnEnglishNumberWordInEnglishProseStillFires() => VerifyStatistics("""
        Border guards arrested {|NK1001:ten smugglers|} with Chinese phones last winter, and the rest of the group fled.
        """);

    // ---- an outlet named only by its kind ---------------------------------------------------------------

    [Fact]
    public void AnOutletNamedOnlyByItsKindInADocumentNamingNoSourceIsVague()
    {
        // The same outlet referred to again ("escreve o jornal" after "O diário refere") is reported once, where it first
        // stands (sourcing39, blind27): OtherLanguageSourcingBlind30ClassTests.
        VerifyVague(Portuguese + "{|NK1002:O diário refere|} a existência de 400 mil telemóveis no país.\n\n");
        VerifyVague(Portuguese + "Este valor, {|NK1002:escreve o jornal|}, resulta do uso extensivo de telemóveis.\n\n");
    }

    [Fact]
    public void AnOutletNamedBeforeOrAfterItsKindIsNotVague()
    {
        VerifyVague(Portuguese + "Segundo o Diário de Notícias, o país tem 450 mil utilizadores.\n\n"
            + "O diário refere a existência de 400 mil telemóveis no país.\n\n");
        VerifyVague(French + "Selon l’agence de presse britannique Reuters, le régime a coupé le réseau.\n\n"
            + "Selon le quotidien Le Monde, le pays compte un million d’abonnés.\n\n");
    }
}
