using NkContentLint.Rules.Facts;
using static NkContentLint.Tests.Testing.DefaultPackVerifier;
using Xunit;

namespace NkContentLint.Tests.Rules.Facts;

/// <summary>
/// The fact-rule error classes the eighth blind split (tests/corpora/real/blind8) showed, each fixed as a
/// class and checked with the default pack: a case that must fire beside one that must not.
/// </summary>
public sealed class FactsBlind8ClassTests
{
    /// <summary>
    /// Things for or against the country ("pro-North Korea websites") or kept outside it ("websites overseas") are
    /// someone else's: their count is not the country's count of the same things.
    /// </summary>
    [Fact]
    public void ThingsSidingWithTheCountryOrAbroadAreNotItsOwn() => Verify(new ContradictingFigureAnalyzer(), """
        The intranet holds a total of {|NK2001:76 websites|}.

        The National Police Agency is monitoring a total of 76 pro-North Korea websites.

        The agency watches a total of 76 anti-Pyongyang websites.

        The agency watches a total of 76 websites overseas, most of them in Japan.

        The agency watches a total of 76 websites hosted abroad.
        """);
}
