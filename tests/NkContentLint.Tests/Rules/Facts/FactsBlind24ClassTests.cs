using NkContentLint.Rules.Facts;
using static NkContentLint.Tests.Testing.DefaultPackVerifier;
using Xunit;

namespace NkContentLint.Tests.Rules.Facts;

/// <summary>
/// The fact-rule error classes the twenty-fourth and twenty-fifth blind splits (tests/corpora/real/blind24, blind25)
/// showed after their one unseen score, each fixed as a class and checked with the default pack: sentences that must
/// fire beside sentences that must not.
/// </summary>
public sealed class FactsBlind24ClassTests
{
    private static readonly MisspelledNameAnalyzer Names = new();
    private static readonly WrongDescriptionOrDateAnalyzer Dates = new();

    /// <summary>
    /// A name cut off where the text stops (blind25 a-01: a stored excerpt ending "In comparison, Orascom said Koryolin") is a
    /// truncated word, not a misspelling: the name's start with its last letters missing, then nothing on the line but its
    /// end, the end of the text or an ellipsis. The same word inside a sentence, or in a heading, which is whole as it is,
    /// is still a misspelling.
    /// </summary>
    [Fact]
    public void ANameCutOffWhereTheTextStopsIsNotAMisspelling() => Verify(Names, """
        In comparison, Orascom said Koryolin

        The operator, according to the report, is Koryolin…

        The leader of the country is Kim Jong U

        Subscribers of {|NK2002:Koryolin|} pay in euros.

        Subscribers of {|NK2002:Koryolin|}
        pay in euros, a hard-wrapped line.

        The leader, {|NK2002:Kim Jong U|}, visited the factory.

        ## {|NK2002:Koryolin|}

        In comparison, Orascom said Koryolin
        """);

    /// <summary>
    /// A name written in another romanisation of Korean (blind25 b-04: "Kim Il-song University", McCune–Reischauer's
    /// "Kim Il-sŏng" without its breve) is an alias, not a misspelling: vowels that the romanisations write apart
    /// ("o"/"u" before "ng", "ŏ", "eo") are one. Another letter ("Kim Il Sang"), or a misspelling the pack lists
    /// ("Kim Jung-un"), still fires.
    /// </summary>
    [Fact]
    public void ANameInAnotherRomanisationIsNotAMisspelling() => Verify(Names, """
        She is a researcher at Kim Il-song University in the capital.

        The portrait of Kim Il Song hangs in every room.

        The portrait of Kim Il-sŏng hangs in every room.

        The portrait of {|NK2002:Kim Il Sang|} hangs in every room.

        Since {|NK2002:Kim Jung-un|} came to power, the network has grown.
        """);

    /// <summary>
    /// A launch dated in Chinese (blind24 a-14: "2017年“阿里郎”手机的推出"): a year written with 年 is a date, and the
    /// Arirang's launch has Chinese cues (推出, 发布, 问世). The right year, or the year of another event next to the right
    /// one, stays silent.
    /// </summary>
    [Theory]
    [InlineData("朝鲜智能手机技术经历了三个阶段。{|NK2003:2017年|}“阿里郎”手机的推出标志着技术积累期的开端。")]
    [InlineData("朝鲜智能手机技术经历了三个阶段。“阿里郎”智能手机于{|NK2003:2011年|}发布,使用安卓系统。")]
    [InlineData("朝鲜智能手机技术经历了三个阶段。2013年8月,“阿里郎”手机推出,使用安卓系统。")]
    [InlineData("朝鲜智能手机技术经历了三个阶段。2013年推出的“阿里郎”手机在2017年仍在销售。")]
    [InlineData("朝鲜智能手机技术经历了三个阶段。2017年,平壤举办了“阿里郎”大型团体操表演。")]
    public void ALaunchDatedInChinese(string markup) => Verify(Dates, markup);

    /// <summary>
    /// The ISP, a company, called an intranet in Korean (blind24 a-13: "Star Joint Venture는 폐쇄된 인트라넷으로 5,500여개의
    /// 사이트들 밖에 없습니다"): a Latin name takes a Korean particle as a Korean noun does, and "밖에 없다" ("nothing but",
    /// only) restricts, it does not negate. The intranet as what Star JV serves (an object particle), a negated sentence,
    /// or the intranet named in a clause of its own, stay silent.
    /// </summary>
    [Fact]
    public void TheIspCalledAnIntranetInKorean() => Verify(Dates, """
        # 북한 인터넷

        Star Joint Venture는 폐쇄된 {|NK2003:인트라넷으로|} 5,500여개의 사이트들 밖에 없습니다.

        Star JV는 북한의 {|NK2003:인트라넷이다|}.

        Star JV는 광명 인트라넷을 외부와 연결합니다.

        Star JV는 인트라넷으로 운영되지 않습니다.

        Star JV는 북한의 유일한 인터넷 제공 업체이며, 광명은 폐쇄된 인트라넷입니다.
        """);
}
