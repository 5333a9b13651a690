using NkContentLint.Rules.Sourcing;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Sourcing;

/// <summary>
/// The error classes that recurred in the residual false positives and misses pooled across every real split (tune,
/// heldout, blind … blind17) after each had been scored once unseen (sourcing19), each fixed as a class: sentences
/// that must fire and sentences that must not, all invented.
/// </summary>
public sealed class SourcingResidualClassTests
{
    private static readonly UnsourcedStatisticAnalyzer Statistic = new();
    private static readonly VagueAttributionAnalyzer Vague = new();

    private static void VerifyStatistic(string markup) => AnalyzerVerifier.Verify(Statistic, markup);

    private static void VerifyVague(string markup) => AnalyzerVerifier.Verify(Vague, markup);

    /// <summary>
    /// "Both news organizations said …", "The two companies said …" after a sentence that names them: "both" picks out
    /// the bodies the article has just named, as "the" does, and the plural of an institution noun points back as
    /// "the agencies" does. Unnamed plurals ("experts", "some news organizations") stay vague.
    /// </summary>
    [Fact]
    public void BothOrTheTwoInstitutionsPointBack() => VerifyVague("""
        The Herald and Radio Kaesong reported the deal on Monday. Both news organizations said the firms worked together.

        Koryolink and Orascom announced the deal. The two companies said the network would grow.

        Koryolink and Orascom announced the deal. {|NK1002:Some news organizations said|} the network would grow.

        Koryolink and Orascom announced the deal. {|NK1002:Experts said|} the network would grow.
        """);

    /// <summary>The figure credited by "Both news organizations said" is sourced; an unnamed plural leaves it unsourced.</summary>
    [Fact]
    public void BothOrTheTwoInstitutionsSourceTheirFigures() => VerifyStatistic("""
        The Herald and Radio Kaesong reported the deal on Monday. Both newspapers said the firms worked together for at least six years.

        The Herald and Radio Kaesong reported the deal on Monday. Many newspapers said the firms worked together for at least {|NK1001:six years|}.
        """);

    /// <summary>
    /// "The minister went on to say that …": a verb of saying after "went on to" is the subject's, so a named or
    /// referred-back speaker sources the clause; "went on to sell" reports nothing.
    /// </summary>
    [Fact]
    public void WentOnToSayIsTheSubjectsSaying() => VerifyStatistic("""
        Pak Chol spoke in Seoul. The minister went on to say that handsets sell for $100 to $200 a unit.

        Pak Chol went on to add that the network has 4,000 towers.

        The shop went on to sell {|NK1001:300 handsets|} in a week.
        """);

    /// <summary>
    /// "two fountains, one for white chocolate and the other for dark": the same sentence takes the counted items one
    /// at a time after a comma, exactly as many as the count (the enumeration decision, as the next sentence may);
    /// more items counted than taken stay a statistic.
    /// </summary>
    [Fact]
    public void ACountTheSameSentenceTakesInTurnIsEnumerated() => VerifyStatistic("""
        The lounge has two reading rooms, one for students and the other for staff.

        The firm named two attacks, one on a bank in Dubai and another on a shop in Osaka.

        The lounge has {|NK1001:three reading rooms|}, one for students and the other for staff.

        The lounge has {|NK1001:two reading rooms|}, one of them for staff.
        """);

    /// <summary>
    /// "The regime fears that …, where an estimated 23,000 defectors have settled": a vague phrase that opens a
    /// relative clause makes a claim of the clause's own, which only a source named after it backs (as a hedge in a
    /// relative clause already did); a name after it still rescues it.
    /// </summary>
    [Fact]
    public void AVaguePhraseInARelativeClauseIsRescuedOnlyByALaterName() => VerifyVague("""
        The ministry fears that handsets help people reach Seoul, where {|NK1002:an estimated|} 30,000 defectors live.

        Handsets help people reach Seoul, where an estimated 30,000 defectors live, the ministry said.

        The ministry said an estimated 30,000 defectors live in Seoul.
        """);

    /// <summary>
    /// "An alleged example of the unit's work", "the alleged theft of $60 million", "the country's alleged hacking
    /// capabilities": a hedging participle before its noun reports the claim on no one's word, as "allegedly" does,
    /// unless the sentence names a source ("Obama pledged that …"). As a verb ("officials alleged that", "is alleged
    /// to") or in a title-case headline it is read as before.
    /// </summary>
    [Fact]
    public void AHedgingAdjectiveBeforeItsNounIsVague() => VerifyVague("""
        An {|NK1002:alleged|} example of the unit's work is the attack on the bank.

        The country's {|NK1002:alleged|} hacking capabilities came to light in 2014.

        The president pledged that Seoul would respond to the alleged attack.

        Prosecutors in Seoul alleged that the unit sent the code.

        See Police Charge Alleged Hackers.
        """);

    /// <summary>
    /// "The latest data on the country from the ITU shows …": what the evidence is about may stand between the evidence
    /// noun and "from"/"by" and its owner, as in "data from Koryolink"; a participle there takes the "by" for itself
    /// ("information on the vaccine developed by Pfizer" names its maker), and evidence about a name owned by no one
    /// stays unsourced.
    /// </summary>
    [Fact]
    public void EvidenceAboutSomethingFromANameIsSourced() => VerifyStatistic("""
        The latest data on North Korea from the International Telecommunication Union shows the country had 6.35 million subscriptions.

        Figures about Koryolink by Statistics Korea put its users at 4 million.

        The latest data on North Korea shows the country had {|NK1001:6.35 million subscriptions|}.

        A report on the handsets developed by Manbang shows {|NK1001:6.35 million subscriptions|}.
        """);

    /// <summary>
    /// "two channels … . Arirang Meari, the oldest channel with 9,000 followers, and Sogwang, which posts daily, …": the
    /// next sentence opens with as many names as the count, each perhaps followed by an appositive or a relative clause
    /// set off by commas (the enumeration decision). A different number of names, or one name with an appositive, leaves
    /// the count a statistic.
    /// </summary>
    [Fact]
    public void NamesWithAppositivesInTheNextSentenceEnumerate() => VerifyStatistic("""
        The site blocked two video channels last week. Arirang Meari, the oldest channel on the site, and Sogwang, which posts daily, were removed.

        The site blocked {|NK1001:three video channels|} last week. Arirang Meari, the oldest channel on the site, and Sogwang, which posts daily, were removed.

        The site blocked {|NK1001:two video channels|} last week. Koryolink, the operator, said the channels were popular.
        """);

    /// <summary>
    /// "Wired's Andy Greenberg recounts the story of dissidents who send thousands of USB sticks …" (blind18): a
    /// story its named teller recounts, narrates or chronicles is the teller's, as a described one is; an unnamed
    /// teller ("Defectors recount") stays vague and leaves the figure unsourced.
    /// </summary>
    [Fact]
    public void ANamedTellerRecountsItsStory() => VerifyStatistic("""
        Wired's Andy Greenberg recounts the story of dissidents who send 3,000 USB sticks over the border each year.

        The historian Kim Su-ok chronicled how 400 engineers built the network.

        {|NK1001:3,000 USB sticks|} cross the border each year, and the border guards recount nothing.
        """);

    /// <summary>Recounting with no named teller is a vague attribution.</summary>
    [Fact]
    public void AnUnnamedTellerWhoRecountsIsVague() => VerifyVague("""
        {|NK1002:Defectors recount|} that phones were seized at the border.

        The reporter Lee Min-ho recounts that phones were seized at the border.
        """);
}
