using NkContentLint.Rules.Sourcing;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Sourcing;

/// <summary>
/// The classes blind30's and blind31's Korean and Japanese pages showed the language grammars (rules/languages/) could not
/// read: Japanese broadcast hearsay in its polite forms (<c>関係者によりますと</c>, <c>…と言います</c> with a figure, a bare
/// <c>ということです</c>), the news hedge <c>ものとみられる</c> / <c>と見られている</c>, an informant nobody names
/// (<c>…の情報筋によると</c>) and songs and kinds as counters (<c>200曲</c>, <c>100種類</c>); Korean agentless report forms with an
/// adverb between (<c>것으로 뒤늦게 전해졌다</c>), a remark or word passed on closing the sentence (<c>…라는 지적이다</c>,
/// <c>…다는 전언이다</c>), <c>…로 알려졌다</c> with a figure, and <c>…것으로 추정된다</c> with no figure right after a reading credited to a
/// named outlet (<c>로동신문의 설명으로 볼 때</c>), which goes on with it. Invented sentences of the same classes, each with ones
/// that must not fire.
/// </summary>
public sealed class CjkSourcingBlind30ClassTests
{
    private static readonly UnsourcedStatisticAnalyzer Statistics = new();
    private static readonly VagueAttributionAnalyzer Vague = new();

    private static void VerifyStatistics(string markup) => AnalyzerVerifier.Verify(Statistics, markup);

    private static void VerifyVague(string markup) => AnalyzerVerifier.Verify(Vague, markup);

    // ---- Japanese: broadcast hearsay in polite forms -------------------------------------------------------

    [Fact]
    public void JapanesePoliteAccordingToAnUnnamedSourceIsVague() => VerifyVague("""
        {|NK1002:関係者によりますと|}、新しいアプリは若者の間で人気を集めています。

        {|NK1002:報道によりますと|}、平壌で新しい携帯電話が発売されました。
        """);

    [Fact]
    public void JapanesePoliteAccordingToANamedSourceIsNoVagueForm() => VerifyVague("""
        朝鮮中央通信によりますと、平壌で新しい携帯電話が発売されました。
        """);

    [Fact]
    public void JapanesePoliteAccordingToANamedSourceSourcesItsFigure() => VerifyStatistics("""
        朝鮮中央通信によりますと、加入者は300万人を超えました。

        加入者は{|NK1001:300万人|}を超えました。
        """);

    [Fact]
    public void JapaneseItIsSaidWithAFigureIsVague() => VerifyVague("""
        配信されている着信音は200曲以上に上る{|NK1002:と言います|}。

        アプリの数は100種類を超える{|NK1002:といいます|}。
        """);

    [Fact]
    public void JapaneseItIsSaidWithNoFigureOrNamingAThingIsNoVagueForm() => VerifyVague("""
        利用者の多くは若者だと言います。

        300万人が使うこの機種は「アリラン」と言います。
        """);

    [Fact]
    public void JapaneseBareBroadcastHearsayIsVagueUnlessTheSentenceBeforeNamesASource() => VerifyVague("""
        平壌では夜でも通話ができる{|NK1002:ということです|}。

        朝鮮中央通信が新しいアプリの配信を発表しました。利用者の評判も良いということです。
        """);

    [Fact]
    public void JapaneseNewsHedgeIsVague() => VerifyVague("""
        北朝鮮は暗号資産の窃取を今後も続ける{|NK1002:ものとみられ|}る。

        ハッカー集団は偵察総局の指揮下にある{|NK1002:と見られてい|}ます。
        """);

    [Fact]
    public void JapaneseAttributiveHedgeWithNoFigureIsNoVagueForm() => VerifyVague("""
        待ち受け画面は「千里馬」をイメージしたとみられる画像だ。
        """);

    [Fact]
    public void JapaneseInformantNobodyNamesIsVagueAtItsFirstMention() => VerifyVague("""
        平安北道{|NK1002:の情報筋|}によると、当局は取り締まりを強化した。

        その例として、情報筋は自身の甥の経験を語った。
        """);

    [Fact]
    public void JapaneseInformantKeepsTheVerbFromNamingAnyone() => VerifyVague("""
        若者の間で新しいアプリが人気を集めているとデイリーNKの内部{|NK1002:情報筋|}が伝えた。
        """);

    [Fact]
    public void JapaneseInformantMentionedBeforeIsVagueAgainOnlyWithAFigure() => VerifyVague("""
        デイリーNKの対北朝鮮{|NK1002:情報筋|}によれば、保衛部は検閲を始めた。

        情報筋は、地域ごとに人気のアプリが異なると語った。

        {|NK1002:情報筋|}によると、携帯電話の利用者は600万人に達した。
        """);

    [Fact]
    public void JapaneseSongsAndKindsAreCounted() => VerifyStatistics("""
        現地の通信業者は着信音{|NK1001:200曲|}を有料で配信している。

        ニュースや天気などアプリは{|NK1001:100種類|}以上に上る。
        """);

    [Fact]
    public void JapaneseSongOrdinalsAndNamedCountsAreNoStatistic() => VerifyStatistics("""
        アルバムの3曲目は2019年に発表された。

        朝鮮中央通信によると、アプリは100種類以上に上る。
        """);

    // ---- Korean: agentless reports, remarks and hearsay closing the sentence -----------------------------

    [Fact]
    public void KoreanAgentlessReportWithAnAdverbBetweenIsVague() => VerifyVague("""
        북한 당국이 USB 단속에 나선 {|NK1002:것으로 뒤늦게 전해졌|}다.

        해커들이 거래소 서버에 침입한 {|NK1002:것으로 새롭게 드러났|}다.
        """);

    [Fact]
    public void KoreanAgentlessReportWithAnAdverbBetweenInANamedSentenceIsNoVagueForm() => VerifyVague("""
        통일부는 당국이 단속에 나선 것으로 뒤늦게 전해졌다고 밝혔다.
        """);

    [Fact]
    public void KoreanRemarkOrWordPassedOnClosingTheSentenceIsVague() => VerifyVague("""
        라자루스의 작전은 국가 주도형 금융 공작이라{|NK1002:는 지적이다|}.

        주민들이 한 명씩 돌아가며 몰래 시청하다 단속에 걸리게 됐다{|NK1002:는 전언이다|}.

        외부 정보가 보위원에게까지 퍼졌다는 것이 {|NK1002:소식통의 전언이|}다.
        """);

    [Fact]
    public void KoreanRemarkCreditedToANamedSpeakerIsNoVagueForm() => VerifyVague("""
        김철수 교수는 이것이 국가 주도형 금융 공작이라고 지적했다.

        김 씨는 가족의 전언을 그대로 믿기 어렵다고 말했다.
        """);

    [Fact]
    public void KoreanInformantIsVagueAtItsFirstMentionAndOnlyWithAFigureLater() => VerifyVague("""
        평양 {|NK1002:소식통|}은 18일 데일리NK와의 통화에서 "국경 지역 단속이 강화됐다"고 전했다.

        다만 소식통은 "단속이 곧 끝날 것"이라고 말했다.

        소식통들은 고려링크 휴대폰이 신의주에도 개통될 것이라고 전했습니다.

        {|NK1002:소식통|}에 따르면 올해 휴대전화 500대가 압수됐다.
        """);

    [Fact]
    public void KoreanOutletWithNoInformantNamesItsSource() => VerifyVague("""
        데일리NK는 18일 국경 지역 단속이 강화됐다고 전했다.
        """);

    [Fact]
    public void KoreanKnownToBeWithAFigureIsVague() => VerifyVague("""
        현재 북한에 보급된 휴대전화는 약 500만 대{|NK1002:로 알려졌|}다.
        """);

    [Fact]
    public void KoreanKnownAsANameIsNoVagueForm() => VerifyVague("""
        라자루스 그룹은 내부적으로는 '414연락소'로 알려져 있다.

        러시아의 한 대학생(미하일이란 이름으로 알려져 있다)이 평양에서 이것을 5달러에 구매했다.
        """);

    [Fact]
    public void KoreanPresumedAfterAReadingCreditedToANamedOutletGoesOnWithIt() => VerifyVague("""
        로동신문의 설명으로 볼 때 연구원들이 개발한 것은 태블릿PC용 무선 기기로 보인다. 가입자식별카드로 이용자를 통제하는 것으로 추정된다.
        """);

    [Fact]
    public void KoreanPresumedWithAFigureOrWithNothingNamedBeforeIsVague() => VerifyVague("""
        로동신문의 설명으로 볼 때 연구원들이 개발한 것은 태블릿PC용 무선 기기로 보인다. 이 기기는 약 3만 대가 보급된 것{|NK1002:으로 추정된|}다.

        가입자식별카드로 이용자를 통제하는 것{|NK1002:으로 추정된|}다.
        """);

    // ---- The rest of each family's inflections, in Korean, Japanese and Chinese --------------------------

    [Fact]
    public void KoreanAgentlessReportsInEveryInflectionAreVague() => VerifyVague("""
        북한 당국이 단속을 강화하고 있는 {|NK1002:것으로 전해지|}고 있다.

        해커들이 거래소를 공격한 {|NK1002:것으로 알려지|}고 있다.

        이 앱은 당국이 직접 개발한 {|NK1002:것으로 보도됐|}다.

        북한이 해킹에 관여했다{|NK1002:는 의혹이 제기|}됐다.

        2017년 말 오라스콤의 철수{|NK1002:설이 나돌|}기도 했다.

        피해액은 약 4조 원{|NK1002:으로 추산된|}다.
        """);

    [Fact]
    public void KoreanAgentlessReportsWithANamedSpeakerAreNoVagueForm() => VerifyVague("""
        피해액은 약 4조 원으로 추산된다고 한국인터넷진흥원이 밝혔다.

        연합뉴스는 북한이 해킹에 관여했다는 의혹이 제기됐다고 보도했다.

        김 교수는 그 소문을 들어 본 적이 없다고 말했다.
        """);

    [Fact]
    public void JapaneseRemarkNobodyOwnsIsVague() => VerifyVague("""
        取引所への攻撃も、北朝鮮の関与{|NK1002:が指摘されてい|}る。

        北朝鮮がハッキングに関与している{|NK1002:との指摘が|}ある。
        """);

    [Fact]
    public void JapaneseRemarkByANamedSpeakerIsNoVagueForm() => VerifyVague("""
        金教授は北朝鮮の関与を指摘した。
        """);

    [Fact]
    public void ChineseEstimatesAndAnalysesNobodyOwnsAreVague() => VerifyVague("""
        {|NK1002:据估算|}，朝鲜有300万手机用户。

        {|NK1002:有分析认为|}，朝鲜的网络非常封闭。

        朝鲜{|NK1002:被认为|}是网络最封闭的国家之一。

        {|NK1002:据介绍|}，该系统于2013年投入使用。
        """);

    [Fact]
    public void ChineseEstimatesAndIntroductionsWithANameAreNoVagueForm() => VerifyVague("""
        据新华社介绍，该系统于2013年投入使用。

        据韩国统一部估算，朝鲜有300万手机用户。
        """);

    [Fact]
    public void NewCountersInKoreanJapaneseAndChineseCount() => VerifyStatistics("""
        북한 앱 스토어에는 앱 {|NK1001:30종|}과 노래 {|NK1001:200곡|}이 올라 있다.

        脱北者{|NK1001:3000名|}が韓国に入国した。

        朝鲜有{|NK1001:100款|}应用。

        海关没收了{|NK1001:1000张|}SIM卡。
        """);

    [Fact]
    public void NewCountersAsLabelsOrSinglesAreNoStatistic() => VerifyStatistics("""
        그는 제1종 운전면허를 땄다.

        이 앱은 1종뿐이다.

        라자루스 해킹 분석 2편에서 자세히 다룬다.

        自2017年起，朝鲜开始限制手机。
        """);
}
