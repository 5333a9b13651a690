using NkContentLint.Rules.Sourcing;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Sourcing;

/// <summary>
/// English error classes the twenty-first blind split (tests/corpora/real/blind21) showed after its one unseen score,
/// each fixed as a class: sentences that must fire and sentences that must not, all invented.
/// </summary>
public sealed class SourcingBlind21ClassTests
{
    private static readonly UnsourcedStatisticAnalyzer Statistic = new();
    private static readonly VagueAttributionAnalyzer Vague = new();

    /// <summary>
    /// "maintained", "insisted" and "contended" before "that" report the clause after them, as "said that" does: a
    /// named subject sources its figures, an unnamed one is vague. As participles or before an object they report
    /// nothing ("a network maintained by the state", "insisted on 300 new towers").
    /// </summary>
    [Fact]
    public void MaintainedInsistedContendedThatReportAClause()
    {
        AnalyzerVerifier.Verify(Statistic, """
            The FBI maintained that the group stole $60 million from the exchange.

            The ministry insisted that 300 towers were built last year.

            Lawyers for the firm contended that only 2,000 accounts were affected, Reuters reported.

            The network maintained by the state has {|NK1001:5,000 users|}.

            The ministry insisted on {|NK1001:300 new towers|}.
            """);
        AnalyzerVerifier.Verify(Vague, """
            {|NK1002:Officials maintained|} that the group stole $60 million, according to Reuters.

            The FBI maintained that the group stole $60 million.
            """);
    }

    /// <summary>
    /// A place before words that describe an institution ("a Seoul civic group", "a US think-tank", "a US think tank")
    /// says where the institution is, not which one it is: as the subject of a speech verb it is vague, as "a think tank
    /// said" is. A named institution ("38 North, a US think-tank,") and a place with no indefinite before it ("US federal
    /// agencies warned about") are judged as before.
    /// </summary>
    [Fact]
    public void APlaceBeforeAnUnnamedInstitutionDoesNotNameIt()
    {
        AnalyzerVerifier.Verify(Vague, """
            The North is not preparing a test, {|NK1002:a US think-tank said|} in an analysis of satellite images.

            The North is not preparing a test, {|NK1002:a US think tank said|}.

            {|NK1002:A Seoul civic group said|} the regime jams the signals.

            38 North, a US think-tank, said the regime was preparing a test.

            US federal agencies warned about ransomware attacks against hospitals.
            """);
        AnalyzerVerifier.Verify(Statistic, """
            {|NK1001:Two in five families|} send money home, a Seoul civic group said.

            Two in five families send money home, the Seoul-based group NK Watch said.
            """);
    }

    /// <summary>
    /// Evidence whose maker the sentence describes but does not name ("One recent survey by a Seoul civic group … suggested",
    /// "a study conducted by a US think-tank found") is evidence no one owns, as "an analysis suggests" is; a name after
    /// the maker ("a local group, NK Watch,") or a definite maker ("the Seoul-based group NK Watch") names it, and evidence that is only talked about ("a report from a website … is hardly definitive")
    /// attributes nothing.
    /// </summary>
    [Fact]
    public void EvidenceByAnUnnamedMakerIsVague()
    {
        AnalyzerVerifier.Verify(Vague, """
            One recent {|NK1002:survey by a Seoul civic group|} of about 400 defectors suggested that one in two families send money home.

            {|NK1002:A study conducted by a US think-tank found|} that the network has two exits.

            A survey by a local group, NK Watch, found that one in two families send money home.

            A survey by the Seoul-based group NK Watch found that one in two families send money home.

            While a single-source report from a website is hardly definitive, it raises a question.
            """);
        AnalyzerVerifier.Verify(Statistic, """
            A survey by a Seoul civic group of about {|NK1001:400 defectors|} suggested that {|NK1001:one in two families|} send money home.

            A survey by the Seoul-based group NK Watch of about 400 defectors suggested that one in two families send money home.
            """);
    }

    /// <summary>
    /// "according to" before evidence a word of having qualifies ("the received information", "the information obtained",
    /// "the available data", "the information we have") names no one, whatever its "the": an "according to reports" form. A
    /// name after the evidence ("obtained by Daily NK") names its owner.
    /// </summary>
    [Fact]
    public void AccordingToEvidenceOnlyHadIsVague()
    {
        AnalyzerVerifier.Verify(Vague, """
            {|NK1002:According to the received information|}, the phone was shown at the fair.

            {|NK1002:According to the information obtained|}, the phone was shown at the fair.

            The phone was shown at the fair, {|NK1002:according to the available data|}.

            {|NK1002:According to the information we have|}, the phone was shown at the fair.

            According to the information obtained by Daily NK, the phone was shown at the fair.
            """);
        AnalyzerVerifier.Verify(Statistic, """
            According to the received information, the phone cost {|NK1001:$290|}.

            According to the information obtained by Daily NK, the phone cost $290.
            """);
    }

    /// <summary>
    /// An ISO currency code written after the amount ("500 USD", "4 KPW per minute") and cents ("1.1 cents per minute") make
    /// a price, as "$500" does; in someone's quoted words or with a named source the price is sourced.
    /// </summary>
    [Fact]
    public void ACurrencyCodeOrCentsAfterTheAmountIsAPrice() => AnalyzerVerifier.Verify(Statistic, """
        The cost of a smartphone currently averages {|NK1001:500 USD|} or more.

        He calls back using Skype, which costs only {|NK1001:1.1 cents per minute|}.

        The calling fee is {|NK1001:4 KPW per minute|}.

        "A smartphone costs 500 USD," said Kim, a trader in Sinuiju.

        A smartphone costs 500 USD, according to Daily NK.
        """);

    /// <summary>
    /// A name's abbreviation in brackets between the subject and its verb ("The US Federal Bureau of Investigation (FBI)
    /// discovered that …") is part of the subject, which names the source; a lower-case aside there names no one.
    /// </summary>
    [Fact]
    public void AnAbbreviationInBracketsAfterTheSubjectIsPartOfIt()
    {
        AnalyzerVerifier.Verify(Statistic, """
            The US Federal Bureau of Investigation (FBI) discovered that the group drained $40 million in three attacks.

            The Korea Internet Security Agency (KISA) said that 3,000 servers were hit.

            The hackers (it seems) drained {|NK1001:$40 million|} from the exchange.
            """);
    }

    /// <summary>
    /// A court or government document the article named ("the DOJ's indictment states …") is referred back to by "according
    /// to the indictment", as "according to the report" is; with nothing named before it the figure stays unsourced.
    /// </summary>
    [Fact]
    public void AccordingToTheIndictmentRefersBackToANamedDocument()
    {
        AnalyzerVerifier.Verify(Statistic, """
            The DOJ's indictment states that 130 North Korean workers were employed. Roughly $88 million in revenue over six years went to the government, according to the indictment.
            """);
        AnalyzerVerifier.Verify(Statistic, """
            Roughly {|NK1001:$88 million|} in revenue went to the government, according to the indictment.
            """);
    }

    /// <summary>
    /// "described as a …" describes a thing as a kind of thing ("is often described as a black hole", "has been described as
    /// a "critical step forward""): a description, not an attribution. Before an adjective or a superlative ("is described as
    /// slow", "was described as the largest") it still attributes a judgement to no one.
    /// </summary>
    [Fact]
    public void DescribedAsAKindOfThingIsADescription() => AnalyzerVerifier.Verify(Vague, """
        North Korea is often described as a black hole.

        The ban has been described as a "critical step forward in addressing the risks" by the agency.

        The network {|NK1002:is described as|} slow and unreliable.

        The hack {|NK1002:was described as|} the largest known case of cybercrime.
        """);

    /// <summary>
    /// A heading that opens "How to" names something one could do, and its figure is the example the piece is about ("How
    /// to Smuggle $1000 Into North Korea"); a heading that reports what happened ("How North Korea Stole $81 Million") still
    /// states a figure.
    /// </summary>
    [Fact]
    public void AHowToHeadingsFigureIsAnExample() => AnalyzerVerifier.Verify(Statistic, """
        # How to Smuggle $1000 Into North Korea

        # How North Korea Stole {|NK1001:$81 Million|}
        """);
}
