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

    /// <summary>
    /// A date counted back from the article's is judged where the article's date is known: "two years ago" in December
    /// 2014 is about the end of 2012, give or take half a year, so Kim Jong Un's accession (December 2011) is not in it
    /// (blind9); in January 2014 it is. "December 7 last year" and "last May" resolve the same way.
    /// </summary>
    [Fact]
    public void ADateCountedBackFromTheArticlesIsJudged()
    {
        var found = Verify(new WrongDescriptionOrDateAnalyzer(), """
            ---
            date: 2014-12-15
            ---

            Hackers doubled under Kim Jong Un, who became ruler of the country {|NK2003:two years ago|}.
            """);
        Assert.Contains("not two years ago (about 2012, counted from the article's date 2014-12-15)", found[0].Message);

        Verify(new WrongDescriptionOrDateAnalyzer(), """
            ---
            date: 2014-01-15
            ---

            Hackers doubled under Kim Jong Un, who became ruler of the country two years ago.
            """);
        Verify(new WrongDescriptionOrDateAnalyzer(), """
            ---
            date: 2012-02-01
            ---

            Kim Jong Il died {|NK2003:December 7 last year|}.

            Kim Jong Il died on December 17 last year.

            Kim Jong Il died {|NK2003:last May|}.

            Kim Jong Il died last December.
            """);
    }

    /// <summary>With no date known for the article, a date counted back from it is no date at all.</summary>
    [Fact]
    public void ADateCountedBackFromAnUndatedArticleIsNotJudged() => Verify(new WrongDescriptionOrDateAnalyzer(), """
        Hackers doubled under Kim Jong Un, who became ruler of the country two years ago.

        Kim Jong Il died last May.
        """);
}
