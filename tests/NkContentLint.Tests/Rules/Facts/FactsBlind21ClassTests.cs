using NkContentLint.Rules.Facts;
using static NkContentLint.Tests.Testing.DefaultPackVerifier;
using Xunit;

namespace NkContentLint.Tests.Rules.Facts;

/// <summary>
/// The fact-rule error classes the twenty-first blind split (tests/corpora/real/blind21) showed after its one unseen
/// score, each fixed as a class and checked with the default pack: a case that must fire beside cases that must not.
/// </summary>
public sealed class FactsBlind21ClassTests
{
    /// <summary>
    /// A word in the figure's own noun phrase that makes the things counted another population is not the intranet's
    /// site count: "160 propaganda websites" (blind21 b-04) are a propaganda network's sites on the open web, and so are
    /// fake, front or phishing sites, in English or as a compound part in German. A count of the intranet's sites fires.
    /// </summary>
    [Fact]
    public void SitesOfAnotherPopulationAreNotTheIntranets() => Verify(new ContradictingFigureAnalyzer(), """
        # North Korea

        In 2018 North Korea operated 160 propaganda websites.

        Investigators found 40 fake websites and 12 front websites run by the hackers.

        The group ran about 300 phishing sites in 2019.

        Nordkorea betreibt 160 Propaganda-Webseiten.

        In 2018 North Korea operated {|NK2001:160 websites|} on Kwangmyong.
        """);

    /// <summary>
    /// Another place named inside the figure's noun phrase makes the sites that place's ("160 South Korean websites");
    /// a compound such as "Chinese-made" does not (the things may still be the country's).
    /// </summary>
    [Fact]
    public void SitesOfAnotherPlaceInTheNounPhraseAreThatPlaces() => Verify(new ContradictingFigureAnalyzer(), """
        # North Korea

        Kwangmyong hosts 160 South Korean websites.

        The intranet has 160 Chinese websites.

        Kwangmyong hosts only {|NK2001:160 Chinese-built websites|}.

        Kwangmyong hosts only {|NK2001:160 websites|}.
        """);

    /// <summary>
    /// A followers count belongs to the account named nearest it: "the account receiving more than 200,000 followers"
    /// in an article about a TikTok account (blind21 b-07) is not @uriminzok's, nor is another handle's count. The
    /// state account's own count, named by its platform or handle, still fires.
    /// </summary>
    [Fact]
    public void FollowersOfAnotherAccountAreNotTheStateAccounts() => Verify(new ContradictingFigureAnalyzer(), """
        ---
        date: 2013-02-01
        ---

        # North Korea on social media

        A new account is seeing North Korea push propaganda videos on TikTok under the name "northkoreanlife".

        Other clips show mundane street scenes, with the account receiving more than 200,000 followers.

        The parody account @DPRK_News has 200,000 followers.

        The state's Twitter account @uriminzok has {|NK2001:200,000 followers|}.
        """);

    /// <summary>An article that names no account or platform at all leaves a followers count unjudged: whose it is, is unknown.</summary>
    [Fact]
    public void FollowersOfAnUnnamedAccountAreNotJudged() => Verify(new ContradictingFigureAnalyzer(), """
        ---
        date: 2013-02-01
        ---

        # Propaganda

        The account has 200,000 followers, according to its page.
        """);

    /// <summary>
    /// A wrong description stated of a reference to a thing named before is stated of the thing: "Das Intranet ist auch
    /// von außen zugänglich" after the "Kwangmyong" intranet (blind21 a-14, German). Negated in German or English, or in
    /// an article that never names Kwangmyong, it does not fire.
    /// </summary>
    [Fact]
    public void AWrongDescriptionOfTheIntranetNamedBeforeFires() => Verify(new WrongDescriptionOrDateAnalyzer(), """
        # Nordkorea

        Für den regulären Nordkoreaner gibt es allerdings nur das "Kwangmyong" betitelte Intranet, das komplett aus nordkoreanischen Seiten besteht.

        Das Intranet ist auch {|NK2003:von außen zugänglich|}, einige Rezepte sind sogar auf Englisch verfügbar.

        Das Intranet ist nicht von außen zugänglich.

        The intranet is not accessible from outside the country.

        The intranet cannot be accessible from abroad.

        Kwangmyong is {|NK2003:accessible from abroad|}.
        """);

    [Fact]
    public void AReferenceWithNothingNamedBeforeIsNotLinked() => Verify(new WrongDescriptionOrDateAnalyzer(), """
        # Firmennetze

        Das Intranet ist auch von außen zugänglich, sagt die Firma.

        The .kp websites are accessible from abroad.
        """);

    /// <summary>
    /// A penetration rate in Chinese, dated by a clause of its own after the source's ("根据…的最新数据,截至2023年,朝鲜的移动渗透率约为
    /// 15%-20%", blind21 a-13): the Chinese cue is found inside the unspaced text, and the year clause set off by a comma
    /// right before the figure's clause dates it, in English too. 15 to 20 per 100 is the 2019-2021 level (38 North's
    /// 6.5 to 7 million lines make about 25 per 100 by late 2022); for 2021 it agrees. A range written with the unit on
    /// both ends ("20%-30%", blind20 a-12) is one range, which for 2023 agrees.
    /// </summary>
    [Fact]
    public void AChinesePenetrationRateDatedByAClauseBeforeItIsJudged() => Verify(new ContradictingFigureAnalyzer(), """
        # 朝鲜

        根据国际电信联盟(ITU)和韩国统一部的最新数据,截至2023年,朝鲜的移动渗透率约为{|NK2001:15%|}-20%,远低于全球平均水平(约67%)。

        根据国际电信联盟(ITU)的最新数据,截至2021年,朝鲜的移动渗透率约为20%。

        根据国际电信联盟(ITU)和一些非政府组织的报告,截至2023年,朝鲜的手机渗透率约为20%-30%,远低于全球平均水平(约70%)。

        According to the ITU, as of 2023, North Korea's mobile penetration was {|NK2001:about 15%|}.

        According to the ITU, as of 2021, North Korea's mobile penetration was about 20%.

        According to the ITU, as of 2023, North Korea's mobile penetration was 20%-30%.
        """);

    /// <summary>
    /// Sites that an event blocked, in the passive of another language ("Trente et un sites relatifs à la Corée du Nord
    /// ont donc été bloqués", blind21 b-08; "31 Seiten wurden gesperrt"), count what the event touched, as English "31
    /// sites were blocked" does: never the intranet's total. Sites that merely exist still fire.
    /// </summary>
    [Fact]
    public void SitesBlockedInAnotherLanguagesPassiveAreNotTheIntranetsTotal() => Verify(new ContradictingFigureAnalyzer(), """
        # Corée du Nord

        Trente et un sites relatifs à la Corée du Nord ont donc été bloqués par le gouvernement sud-coréen.

        31 sites sur Kwangmyong ont été bloqués.

        31 Seiten über Nordkorea wurden im Jahr 2004 gesperrt.

        31 sites were blocked on Kwangmyong.

        Le réseau Kwangmyong compte {|NK2001:31 sites|} qui sont accessibles aux citoyens.
        """);
}
