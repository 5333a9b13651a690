using NkContentLint.Rules.Facts;
using static NkContentLint.Tests.Testing.DefaultPackVerifier;
using static NkContentLint.Tests.Testing.LanguageParagraphs;
using Xunit;

namespace NkContentLint.Tests.Rules.Facts;

/// <summary>
/// The fact-rule error classes the twenty-eighth and twenty-ninth blind splits (tests/corpora/real/blind28, blind29)
/// showed after their one unseen score, each fixed as a class and checked with the default pack: sentences that must
/// fire beside sentences that must not. Other languages get a paragraph of their own first (Testing/LanguageParagraphs),
/// as the language detector votes over a paragraph.
/// </summary>
public sealed class FactsBlind28ClassTests
{
    private static readonly ContradictingFigureAnalyzer Figures = new();
    private static readonly WrongDescriptionOrDateAnalyzer Dates = new();
    private static readonly StaleFigureAnalyzer Stale = new();

    /// <summary>
    /// "The account" of a page that names another account by its @handle is that account (blind29 b-03: a page on the
    /// suspended parody account @DPRK_News, naming Twitter three times and the handle once): an account's own name or
    /// handle decides whose followers a figure counts before a platform does, however near the platform is.
    /// </summary>
    [Fact]
    public void TheAccountOfAPageAboutAnotherHandle() => Verify(Figures, """
        # Twitter suspends a parody account

        Twitter suspended the parody account @DPRK_News on Wednesday. Twitter said the account broke its rules on impersonation.

        The account had over 330,000 followers at the time of the suspension.
        """);

    /// <summary>The same sentence in a page about North Korea's own account compares the figure with its followers.</summary>
    [Fact]
    public void TheAccountOfAPageAboutTheOwnHandle() => Verify(Figures, """
        # North Korea on Twitter

        North Korea opened the Twitter account @uriminzok in August 2010. Twitter did not comment.

        The account had {|NK2001:over 330,000 followers|} at the time, an aide said.
        """);

    /// <summary>
    /// An @handle or a web address holding the figure, as an unknown capitalised name does, owns it: a fan page's or a
    /// site's subscribers are not the country's mobile subscriptions, nor a parody account's followers @uriminzok's. The
    /// country's own figure in the same article is still compared.
    /// </summary>
    [Fact]
    public void AHandleOrAddressOwnsItsFigure() => Verify(Figures, """
        ---
        date: 2024-06-01
        ---

        # Mobile phones

        The fan page @NKmobile has 9 million subscribers.

        The fan site nkmobile.com has 9 million subscribers.

        North Korea runs the Twitter account @uriminzok. The parody account @DPRK_News has 330,000 followers.

        North Korea has {|NK2001:9 million mobile subscribers|}.
        """);

    /// <summary>
    /// The .kp delegation dated with a verb of assigning (blind28 b-12: 'Das Internet-Länderkürzel "kp" ist zwar 1999 von der
    /// Internetbehörde IANA an Nordkorea vergeben worden'; the domain was delegated, and assigned to the Korea Computer
    /// Center, in September 2007). The code written in quotes without its dot names the domain too. German, Japanese,
    /// Korean and Chinese put the verb after the date, so their cues have a gap after the code.
    /// </summary>
    [Theory]
    [InlineData(German + "Das Internet-Länderkürzel \"kp\" ist zwar {|NK2003:1999|} von der Internetbehörde IANA an Nordkorea vergeben worden.")]
    [InlineData(German + "Die Domain .kp wurde {|NK2003:2000|} an Nordkorea zugewiesen.")]
    [InlineData("The .kp domain was assigned to North Korea in {|NK2003:1999|}.")]
    [InlineData(".kp was first assigned in {|NK2003:2000|} to Korea Computer Center Europe.")]
    [InlineData(French + "Le domaine .kp a été attribué à la Corée du Nord en {|NK2003:1999|}.")]
    [InlineData(Spanish + "El dominio .kp fue asignado a Corea del Norte en {|NK2003:2000|}.")]
    [InlineData(Italian + "Il dominio .kp è stato assegnato nel {|NK2003:1999|}.")]
    [InlineData(Portuguese + "O domínio .kp foi atribuído à Coreia do Norte em {|NK2003:1999|}.")]
    [InlineData("「.kp」は{|NK2003:1999年|}に北朝鮮に割り当てられた。")]
    [InlineData("북한의 .kp 도메인은 {|NK2003:1999년|}에 할당되었다.")]
    [InlineData(".kp 域名于{|NK2003:1999年|}分配给朝鲜。")]
    public void KpDelegationStatedWithAVerbOfAssigning(string markup) => Verify(Dates, markup);

    /// <summary>
    /// Not a wrong delegation date: the right year, the first request (a step towards it) named beside the Internet
    /// Assigned Numbers Authority, whose name holds "Assigned", a verb of assigning with no .kp in the sentence, or another
    /// country's code in quotes.
    /// </summary>
    [Theory]
    [InlineData("The .kp domain was assigned to the Korea Computer Center in 2007.")]
    [InlineData("In 2004, the .kp domain was requested from the Internet Assigned Numbers Authority, which runs the root zone.")]
    [InlineData("North Korea's first block of addresses was assigned in 2009.")]
    [InlineData(German + "Das Internet-Länderkürzel \"kp\" ist 2007 von der Internetbehörde IANA an Nordkorea vergeben worden.")]
    [InlineData(German + "Das Internet-Länderkürzel \"kr\" ist 1986 an Südkorea vergeben worden.")]
    [InlineData(German + "Die Lizenz wurde 1999 an das Unternehmen vergeben, sagt der Bericht über Nordkorea.")]
    [InlineData("「.kp」は2007年に北朝鮮に割り当てられた。")]
    public void NotAWrongKpDelegation(string markup) => Verify(Dates, markup);

    /// <summary>
    /// The share of the population online in Japanese, Korean and Chinese (blind29 b-10: "北朝鮮でインターネットにアクセスできるのは
    /// 全国民の1%のみです"; 1% is a listed wrong value, every sourced estimate is 0.03-0.1%). Restrictive forms ("のみ", "だけ",
    /// "にすぎない", "しか … ない", "에 불과하다", "只有") state the figure; "しか … ない" is no negation.
    /// </summary>
    [Theory]
    [InlineData("北朝鮮でインターネットにアクセスできるのは全国民の{|NK2001:1%|}のみです。")]
    [InlineData("北朝鮮のインターネット利用者は人口の{|NK2001:1%|}だけだ。")]
    [InlineData("北朝鮮でインターネットを利用できるのは人口のわずか{|NK2001:1%|}にすぎません。")]
    [InlineData("北朝鮮でインターネットにアクセスできるのは全国民の{|NK2001:1%|}しかいない。")]
    [InlineData("북한에서 인터넷에 접속할 수 있는 사람은 전체 인구의 {|NK2001:1%|}에 불과하다.")]
    [InlineData("朝鲜只有{|NK2001:1%|}的人口能够访问互联网。")]
    public void InternetShareInJapaneseKoreanAndChinese(string markup) => Verify(Figures, markup);

    /// <summary>
    /// Not a wrong share: a sourced one, a negated one ("しかし" is "however", not "しか"), a share of another measure, or a
    /// word for users in general.
    /// </summary>
    [Theory]
    [InlineData("北朝鮮でインターネットにアクセスできるのは全国民の0.1%のみです。")]
    [InlineData("しかし北朝鮮でインターネットを利用できるのは人口の1%ではない。")]
    [InlineData("北朝鮮で携帯電話を持っているのは人口の20%だけだ。")]
    [InlineData("北朝鮮の利用者は人口の1%だけだ。")]
    public void NotAWrongInternetShare(string markup) => Verify(Figures, markup);

    /// <summary>
    /// A Korean board's labelled date with a two-digit year ("작성일 23-02-07 08:58", blind28 b-08) is the page's date, so a
    /// figure is judged at it; the same digits without the label are no date.
    /// </summary>
    [Fact]
    public void KoreanBoardDateIsTheArticlesDate() => Verify(Stale, """
        # 북한 해커

        작성자 cfpa 댓글 0건 조회 609회 작성일 23-02-07 08:58

        North Korea has a population of {|NK2005:24 million people|}, they say.
        """);

    [Fact]
    public void UnlabelledTwoDigitYearIsNoDate() => Verify(Stale, """
        # 북한 해커

        작성자 cfpa 댓글 0건 조회 609회 23-02-07 08:58

        North Korea has a population of 24 million people, they say.
        """);
}
