using NkContentLint.Rules.Sourcing;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Sourcing;

/// <summary>
/// The classes blind28's and blind29's Korean, Japanese and Chinese pages showed the language grammars (rules/languages/)
/// could not read: a definite reference back to a survey or report the article named before (<c>응답자의 60.7%는 … 답했다</c>,
/// <c>…것으로 조사됐다</c>, <c>回答者</c>, <c>受访者</c>) sources its figures, and names no one where nothing was named before;
/// an official of an authority nobody names (<c>정보 당국 관계자</c>) and media as a class (<c>한국 언론에 따르면</c>) are vague;
/// Japanese hearsay and agentless report forms in every inflection (<c>とされ</c>, <c>と噂され</c>, <c>と伝えられ</c>, <c>との報道がある</c>),
/// but not a status or requirement (<c>違法とされ</c>, <c>必要とされる</c>); Chinese "according to" (<c>根据</c>, <c>据</c>) before
/// reports, testimony or groups nobody names. Invented sentences of the same classes, each with ones that must not fire.
/// </summary>
public sealed class CjkSourcingBlind28ClassTests
{
    private static readonly UnsourcedStatisticAnalyzer Statistics = new();
    private static readonly VagueAttributionAnalyzer Vague = new();

    private static void VerifyStatistics(string markup) => AnalyzerVerifier.Verify(Statistics, markup);

    private static void VerifyVague(string markup) => AnalyzerVerifier.Verify(Vague, markup);

    // ---- Korean: a survey or report named before ----------------------------------------------------------

    [Fact]
    public void KoreanReferencesBackToANamedSurveyAreSourced() => VerifyStatistics("""
        6일 통일부는 탈북민의 경제생활을 담은 '북한 경제·사회 실태 인식보고서'를 공개했다. 보고서엔 탈북민 6351명을 대상으로 조사한 결과가 담겼다.

        응답자의 60.7%는 외국 영상물을 보고 북한체제에 대한 부정적 인식이 강해졌다고 답했다.

        이후 2016~2020년 탈북민(690명) 역시 83.3%가 영상을 시청한 적이 있다고 답해 흐름이 유지됐다.

        전체 응답자(5474명)의 15.3%가 북한에서 휴대전화로 인터넷에 접속했다.

        이번 조사에서 탈북민 1200명이 장마당에서 물건을 팔았다.
        """);

    [Fact]
    public void KoreanSurveyWordsWithNoSourceNamedBeforeFire() => VerifyStatistics("""
        응답자의 {|NK1001:60.7%|}는 외국 영상물을 보고 북한체제에 대한 부정적 인식이 강해졌다고 답했다.

        연합뉴스가 북한의 휴대전화 사용 실태를 보도했다.

        전체 응답자({|NK1001:5474명|})의 {|NK1001:15.3%|}가 북한에서 휴대전화로 인터넷에 접속했다.

        이번 조사에서 탈북민 {|NK1001:1200명|}이 장마당에서 물건을 팔았다.
        """);

    [Fact]
    public void KoreanAgentlessSurveyFindingIsVagueUnlessASurveyWasNamedBefore() => VerifyVague("""
        휴대전화를 통한 인터넷 접속은 사실상 불가능한 {|NK1002:것으로 조사됐|}다.

        북한 주민 대부분이 외국 드라마를 본 {|NK1002:것으로 조사되|}었다.
        """);

    [Fact]
    public void KoreanAgentlessSurveyFindingAfterANamedSurveyIsNoVagueForm() => VerifyVague("""
        한국개발연구원은 탈북민 설문조사 결과를 발표했다.

        휴대전화를 통한 인터넷 접속은 사실상 불가능한 것으로 조사됐다.

        북한 주민 대부분이 외국 드라마를 본 것으로 조사되었다.
        """);

    /// <summary>"것으로 조사됐다" refers back to a poll (설문, 응답) only: after a panel's report and its investigation it stays vague.</summary>
    [Fact]
    public void KoreanAgentlessSurveyFindingAfterAReportWithNoPollStaysVague() => VerifyVague("""
        유엔 대북제재위원회는 전문가패널 보고서를 통해 가상화폐 거래소 해킹 사건을 조사 중이라고 밝혔다.

        북한은 훔친 가상화폐를 돈세탁에 쓴 {|NK1002:것으로 조사됐|}다.
        """);

    // ---- Korean: officials of authorities nobody names, media as a class ---------------------------------

    [Fact]
    public void KoreanOfficialOfAnUnnamedAuthorityIsVague() => VerifyVague("""
        북한이 지난해 해킹한 암호 화폐가 1600억원가량 되는 것으로 파악했다고 정보 {|NK1002:당국 관계자|}가 6일 밝혔다.

        {|NK1002:정부 관계자|}는 북한이 해커 3000명을 운용한다고 말했다.

        {|NK1002:군 관계자|}에 따르면 북한은 지난달 미사일 2발을 발사했다.

        {|NK1002:업계 관계자|}는 북한산 스마트폰이 50만 대 팔렸다고 설명했다.
        """);

    [Fact]
    public void KoreanOfficialOfANamedBodyIsASource() => VerifyVague("""
        통일부 관계자는 북한이 해커 3000명을 운용한다고 말했다.

        국가정보원은 북한이 지난해 암호 화폐 1600억원을 탈취했다고 밝혔다.
        """);

    [Fact]
    public void KoreanMediaAsAClassAreVague() => VerifyVague("""
        더욱이, 한국 {|NK1002:언론에 따르면|}, 북한 해커들은 2024년 12월 가상자산을 훔쳤다.

        {|NK1002:외신 보도에 따르면|} 북한은 새 스마트폰을 출시했다.

        {|NK1002:언론에 의하면|} 북한의 인터넷 이용자는 늘고 있다.

        연합뉴스 보도에 따르면 북한은 새 스마트폰을 출시했다.
        """);

    // ---- Japanese: hearsay and agentless report forms ------------------------------------------------------

    [Fact]
    public void JapaneseHearsayInEveryInflectionIsVague() => VerifyVague("""
        金正恩は気難しい無慈悲な人物{|NK1002:と噂され|}ることが多い。

        実行部隊は偵察総局所属だが、統括センターは参謀部所属{|NK1002:とされ、|}全容が分かっていない。

        このハッカー集団は偵察総局の指揮下にある{|NK1002:とされ|}た。

        北朝鮮は多くのハッカーを育成している{|NK1002:と伝えられ|}ている。

        平壌では新しいスマートフォンが発売された{|NK1002:と報じられ|}た。

        ハッカー部隊が増員された{|NK1002:との報道が|}ある。

        制裁が効いていない{|NK1002:との見方が|}出ている。
        """);

    [Fact]
    public void JapaneseStatusOrRequirementOrNamedSourceIsNoHearsay() => VerifyVague("""
        その行為は違法とされ、取り締まりが続いている。

        アプリの利用には当局の許可が必要とされる。

        外国の映像を見ることは禁止とされている。

        このスマホは改良型の「アリラン151」とされる。

        国連によると、北朝鮮のハッカーは偵察総局の指揮下にあるとされる。
        """);

    [Fact]
    public void JapaneseReferencesBackToANamedSurveyAreSourced() => VerifyStatistics("""
        韓国統一省は脱北者を対象にした調査の結果を発表した。

        回答者の45%が韓国ドラマを見たと答えた。

        同調査では、脱北者の30%が携帯電話を持っていた。
        """);

    [Fact]
    public void JapaneseSurveyWordsWithNoSourceNamedBeforeFire() => VerifyStatistics("""
        回答者の{|NK1001:45%|}が韓国ドラマを見たと答えた。

        同調査では、脱北者の{|NK1001:30%|}が携帯電話を持っていた。
        """);

    // ---- Chinese: "according to" before reports or groups nobody names -------------------------------------

    [Fact]
    public void ChineseAccordingToUnnamedReportsOrGroupsIsVague() => VerifyVague("""
        {|NK1002:根据公开报道|}和脱北者的证词，这款手机于2010年代末期开始大规模推广。

        {|NK1002:据外媒报道称|}，朝鲜的黑客部队不断扩大。

        {|NK1002:根據媒體報導|}，平壤的智能手机越来越多。

        {|NK1002:据脱北者称|}，朝鲜居民偷偷观看韩国电视剧。

        {|NK1002:根据一些专家|}的分析，朝鲜的网络管制越来越严。
        """);

    [Fact]
    public void ChineseAccordingToANamedSourceIsNoVagueForm() => VerifyVague("""
        根据联合国的报告，朝鲜黑客盗取了大量加密货币。

        据新华社报道，朝鲜开通了新的移动网络。

        根据韩国统一部的数据，朝鲜的手机用户不断增加。
        """);

    [Fact]
    public void ChineseReferencesBackToANamedSurveyAreSourced() => VerifyStatistics("""
        韩国统一部表示，该部对脱北者进行了调查。

        受访者中有45%曾观看韩国电视剧。
        """);

    [Fact]
    public void ChineseSurveyWordsWithNoSourceNamedBeforeFire() => VerifyStatistics("""
        受访者中有{|NK1001:45%|}曾观看韩国电视剧。

        该调查显示，{|NK1001:30%|}的脱北者拥有手机。
        """);
}
