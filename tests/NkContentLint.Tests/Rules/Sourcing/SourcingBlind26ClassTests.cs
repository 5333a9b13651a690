using NkContentLint.Rules.Sourcing;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Sourcing;

/// <summary>
/// English error classes the twenty-sixth and twenty-seventh blind splits (tests/corpora/real/blind26, blind27) showed after
/// their one unseen score, with the older splits' classes of the same kind, each fixed as a class: sentences that must fire
/// and sentences that must not, all invented.
/// </summary>
public sealed class SourcingBlind26ClassTests
{
    private static readonly UnsourcedStatisticAnalyzer Statistic = new();
    private static readonly VagueAttributionAnalyzer Vague = new();

    /// <summary>
    /// Unnamed "sources" that told a named outlet are still unnamed: the outlet relays them, and "sources told The Times" is
    /// the "according to sources" form. A determiner, a possessor or a name that owns them ("the sources", "its sources",
    /// "Daily NK sources"), or a single "a source", is read as before; a named person who told the outlet is named.
    /// </summary>
    [Fact]
    public void UnnamedSourcesThatToldANamedOutletStayVague()
    {
        AnalyzerVerifier.Verify(Vague, """
            While the accounts are used to start conversations, {|NK1002:sources told|} The Times that the hackers are after more.

            {|NK1002:Sources told|} Daily NK that the crackdown began in March.

            {|NK1002:Anonymous sources told|} the BBC that the network was down.

            {|NK1002:Several sources familiar with the matter told|} Reuters that the bank was hacked.

            {|NK1002:Sources there told|} RFA that phones are seized at the border.

            Kim Min-su told The Times that the hackers are after more.

            A Foreign Ministry spokesman told Reuters that the network was down.
            """);
        AnalyzerVerifier.Verify(Statistic, """
            Sources told Reuters that {|NK1001:3,000 hackers|} work for the bureau.

            Lee Sung-ho told Reuters that 3,000 hackers work for the bureau.
            """);
    }

    /// <summary>
    /// An unnamed speaker in the clause that a named speaker reports after a comma at the sentence's end ("…, Mr. Kyeong told
    /// Reuters.", "…, CNN reported recently.") is relayed by that speaker, as "Kim said that officials concluded …" is. A
    /// reporter that does not end the sentence, an unnamed reporter at its end, or a listed phrase ("experts say") does not
    /// relay it.
    /// </summary>
    [Fact]
    public void ANamedReporterAtTheSentencesEndRelaysTheUnnamedSpeaker()
    {
        AnalyzerVerifier.Verify(Vague, """
            Defense officials who analyzed the breach concluded that the hackers came from the North, Mr. Kyeong told Reuters.

            Officials who studied the attack said the hackers took part, the ministry said on Tuesday.

            A defector who worked as an expert for the government says the regime trains hackers, CNN reported recently.

            Investigators who examined the servers believe the attack came from Pyongyang, Park Ji-won said.

            {|NK1002:Officials who studied the attack said|} the hackers took part, and the ministry said so too.

            Kim said the bureau has grown, {|NK1002:officials who studied the attack said|}.

            {|NK1002:Experts say|} the bureau has grown, Kim Min-su said.
            """);
    }

    /// <summary>
    /// A reporting verb after "and" shares the subject of its clause: "Orascom launched Koryolink in 2008 and said it had
    /// 700,000 subscribers" is Orascom's report. Only a subject that names a source is read so: an unnamed one, a verb of
    /// another tense or a second clause in between leaves the figure unsourced.
    /// </summary>
    [Fact]
    public void AReportingVerbAfterAndSharesItsClausesNamedSubject()
    {
        AnalyzerVerifier.Verify(Statistic, """
            Orascom launched Koryolink in 2008 and said it had 700,000 subscribers.

            Through a business deal with an Egyptian firm, Orascom created a network called Koryolink, and claimed 700,000 subscribers.

            The Ministry of Posts opened the new service in 2012 and reported 2 million users.

            Officials launched the service in 2008 and claimed {|NK1001:700,000 subscribers|}.

            When the network opened, it grew fast and claimed {|NK1001:700,000 subscribers|}.
            """);
    }

    /// <summary>
    /// A quotation that opens in a sentence and closes only in a later one holds the rest of the sentence: the unnamed speaker
    /// inside it is quoted, not a vague attribution (words inside quotation marks never are). Before the opening mark, or
    /// with the quotation closed before the speaker, it still is.
    /// </summary>
    [Fact]
    public void AnUnnamedSpeakerInsideAQuotationLeftOpenIsQuoted()
    {
        AnalyzerVerifier.Verify(Vague, """
            He revealed that “North Korean authorities believed that the war was lost by cutting cables. Therefore, they built four networks.”

            Kim Min-su wrote: "Security officials believe that every phone is tapped. Nobody trusts them."

            {|NK1002:North Korean officials believe|} that “every phone is tapped. Nobody trusts them.”

            The banner read “Phones are tapped” and {|NK1002:security officials believe|} that all calls are recorded.
            """);
    }

    /// <summary>
    /// A pronoun's report ("…, it said.") in the sentence after a body or its document reported ("an earlier police statement
    /// said", "the ministry said", "police said") points back to that reporter in the same paragraph, as the anaphor decision
    /// reads "he said": the figures are sourced. After an unnamed reporter ("experts said", "a media report said"), or with
    /// a paragraph break between, the pronoun points back to no one and the figures stay unsourced.
    /// </summary>
    [Fact]
    public void APronounsReportPointsBackToTheBodyThatReportedBefore()
    {
        AnalyzerVerifier.Verify(Statistic, """
            The targets included defence firms, an earlier police statement said. Some 250 files, or 1.2 terabytes of data, were taken, it said.

            The ministry said the targets included defence firms. Some 250 files were taken by the hackers, it added.

            Police said the targets included defence firms. About 250 files were taken, they said.

            A company statement said the targets included banks. The hackers stole $40 million, it said.

            Experts said the targets included defence firms. Some {|NK1001:250 files|} were taken, they said.

            A media report said the targets included defence firms. Some {|NK1001:250 files|} were taken, it said.

            The targets included defence firms, an earlier police statement said.

            Some {|NK1001:250 files|} were taken by the hackers, it said.
            """);
    }
}
