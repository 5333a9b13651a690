using NkContentLint.Rules.Facts;
using static NkContentLint.Tests.Testing.DefaultPackVerifier;
using Xunit;

namespace NkContentLint.Tests.Rules.Facts;

/// <summary>
/// The fact-rule error classes the eleventh blind split (tests/corpora/real/blind11) showed after its one unseen score,
/// and the near misses of earlier splits the same change reaches, each fixed as a class and checked with the default
/// pack: a case that must fire beside one that must not.
/// </summary>
public sealed class FactsBlind11ClassTests
{
    /// <summary>
    /// A count thousands of times below anything the quantity ever was counts things in hand, not the whole country's:
    /// reporters who "examined two North Korean-branded smartphones" say nothing about 1.9 million connections. A small
    /// figure within that margin is still judged ("only 200 smartphone connections" at the end of 2023), and so is a
    /// figure far above.
    /// </summary>
    [Fact]
    public void ACountOfThingsInHandIsNotTheWhole() => Verify(new ContradictingFigureAnalyzer(), """
        Reporters spoke to defectors and examined two North Korean-branded smartphones.

        Reporters examined 12 smartphones bought in Pyongyang.

        North Korea had only {|NK2001:200 smartphone connections|} at the end of 2023.

        North Korea had {|NK2001:19 million smartphone connections|} at the end of 2023.
        """);

    /// <summary>
    /// The state news agency is in the pack, so its acronym with two letters swapped ("KNCA", twice on one page of the
    /// tune split) is a near miss; the agency's own forms, the acronym beside the name, and other acronyms are not.
    /// </summary>
    [Fact]
    public void ASwappedNewsAgencyAcronymIsANearMiss() => Verify(new MisspelledNameAnalyzer(), """
        The {|NK2002:KNCA|} reported that Kim Jong Un visited a smartphone factory.

        The Korean Central News Agency (KCNA) reported the visit.

        The Korea Central News Agency reported the visit, as did KCTV.
        """);
}
