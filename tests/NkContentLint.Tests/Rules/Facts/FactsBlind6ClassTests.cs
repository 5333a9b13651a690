using NkContentLint.Rules.Facts;
using NkContentLint.Tests.Testing;
using static NkContentLint.Tests.Testing.DefaultPackVerifier;
using Xunit;

namespace NkContentLint.Tests.Rules.Facts;

/// <summary>
/// The fact-rule error classes the sixth blind split (tests/corpora/real/blind6) showed, each fixed as a
/// class and checked with the default pack: a case that must fire beside one that must not.
/// </summary>
public sealed class FactsBlind6ClassTests
{
    /// <summary>
    /// An undated article may be from a year inside a gap of the series (Koryolink: 2013 to 2023): a figure there is
    /// judged as a dated one would be, wrong only when it is an order of magnitude above anything the series allowed.
    /// </summary>
    [Fact]
    public void AnUndatedFigureInsideAGapOfTheSeriesIsNotWrong() => Verify(new ContradictingFigureAnalyzer(), """
        Orascom owns 75% of Koryolink, which has 3 million subscribers.

        Orascom owns 75% of Koryolink, which has {|NK2001:300 million subscribers|}.
        """);

    /// <summary>A count that is the object of an attack counts what the attack touched, not how many sites exist.</summary>
    [Fact]
    public void ACountAnEventActedOnIsNotAPopulation() => Verify(new ContradictingFigureAnalyzer(), """
        In 2014, North Korea was blamed for an attack that crippled 40 websites run by the government.

        In 2014, hackers knocked 40 websites offline, and 40 websites were defaced.

        In 2014, the Kwangmyong intranet had only {|NK2001:40 websites|}.
        """);

    /// <summary>A possessive is not part of a name: "Kim Jong-um's" is the misspelling "Kim Jong-um".</summary>
    [Fact]
    public void APossessiveAfterAMisspeltNameIsLeftOut() => Verify(new MisspelledNameAnalyzer(), """
        The channel was linked to {|NK2002:Kim Jong-um|}'s leadership.

        The channel was linked to Kim Jong Un's leadership and to Kim Jong Un’s sister.
        """);

    /// <summary>A wrong description is as wrong with another noun of the same kind ("company" for "operator").</summary>
    [Fact]
    public void AWrongDescriptionIsWrongWithAnotherNounOfItsKind() => Verify(new WrongDescriptionOrDateAnalyzer(), """
        Tourists used the Wi-Fi network run by the {|NK2003:state-run mobile company|} Koryolink.

        Koryolink works with the Korea Posts and Telecommunications Corporation, a state-run company.
        """);
}
