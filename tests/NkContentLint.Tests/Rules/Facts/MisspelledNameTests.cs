using NkContentLint.Fixing;
using NkContentLint.Rules.Facts;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Facts;

public sealed class MisspelledNameTests
{
    private static readonly MisspelledNameAnalyzer Analyzer = new();

    private static IReadOnlyList<NkContentLint.Diagnostics.Diagnostic> Verify(string markup, bool houseStyle = false) =>
        AnalyzerVerifier.Verify(
            Analyzer,
            markup,
            houseStyle ? AnalyzerVerifier.WithOptions(MisspelledNameAnalyzer.Rule, ("house_style", true)) : null,
            TestFacts.Index);

    [Fact]
    public void KnownMisspellingFiresWithASafeFix()
    {
        var diagnostic = Assert.Single(Verify("{|NK2002:Kin Jong-un|} visited.\n"));
        Assert.Equal("'Kin Jong-un' is a misspelling of 'Kim Jong Un'", diagnostic.Message);
        Assert.Equal("Kim Jong Un", diagnostic.Properties[FixProperties.Replacement]);
        Assert.Equal("safe", diagnostic.Properties[FixProperties.Safety]);
    }

    [Fact]
    public void MisspellingsAreFoundCaseInsensitivelyInHeadings() => Verify("## How {|NK2002:kwangmyung|} works\n");

    [Fact]
    public void NearMissesOfPersonNamesAreSuggestions()
    {
        var diagnostic = Assert.Single(Verify("{|NK2002:Kim Jong Unn|} spoke.\n"));
        Assert.Equal("'Kim Jong Unn' looks like a misspelling of 'Kim Jong Un'", diagnostic.Message);
        Assert.Equal("suggestion", diagnostic.Properties[FixProperties.Safety]);
    }

    /// <summary>
    /// The single-word scan judges every occurrence of a word alike: a word near a name is reported wherever it is
    /// written, and a repeated word near none stays quiet each time.
    /// </summary>
    [Fact]
    public void ARepeatedSingleWordNearMissFiresEachTimeAndARepeatedWordNearNoneNever() => DefaultPackVerifier.Verify(Analyzer, """
        The {|NK2002:KNCA|} reported it. Kansas farmers read the KCNA, and the {|NK2002:KNCA|} again.

        Kansas is far away; {|NK2002:KNCA|} said so, and Kansas said nothing.
        """);

    /// <summary>
    /// The scan looks a word up only when some name could be near it: one edit keeps a long name's first two or its last
    /// two letters, and one swap of an acronym's neighbouring letters keeps its first two, its last two, or its first and
    /// its last. An edit at either end of the name, and a swap at each place in the acronym, must still be found; a word
    /// of the name's length sharing neither end with it, and an acronym's letters rotated, are near nothing.
    /// </summary>
    [Fact]
    public void NearMissesAtEitherEndOfANameAndSwapsAtEachPlaceOfAnAcronymAreFound() => DefaultPackVerifier.Verify(Analyzer, """
        {|NK2002:Qwangmyong|} opened in 2000, and {|NK2002:Kwangmyonk|} was its name in one report.

        The {|NK2002:Wangmyong|} network and the {|NK2002:Kwangmyongg|} network are one.

        The {|NK2002:CKNA|}, the {|NK2002:KNCA|} and the {|NK2002:KCAN|} are the news agency.

        Kwangmyong and the KCNA are spelled right; Quartering, NKCA and ACNK are near nothing.
        """);

    [Fact]
    public void AcceptedVariantsDoNotFire() => Verify("Kim Jong Un, Kim Jong-un, Kim Jong-eun, DPRK and koryolink.\n");

    [Fact]
    public void OtherPeopleAreNotNearMisses() => Verify("Kim Jong Nam and Kim Jong Il and Kim Yo Jong.\n");

    [Fact]
    public void WholeWordsOnly() => Verify("Kwangmyungs and xKin Jong-un are not names here.\n");

    [Fact]
    public void QuotedMisspellingsDoNotFire() => Verify("Amnesty wrote \"since Kin Jong-un came to power\".\n");

    [Fact]
    public void CodeDoesNotFire() => Verify("`Kin Jong-un`\n");

    [Fact]
    public void HouseStyleFlagsVariantsAndOutdatedForms() => Verify("{|NK2002:Kim Jong-un|} and {|NK2002:Kim Jong-eun|} and Kim Jong Un.\n", houseStyle: true);

    [Fact]
    public void LongerNamesWinOverShorterOnes() => Verify("The {|NK2002:Democratic People's Republic of North Korea|} is wrong.\n");
}
