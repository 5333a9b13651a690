using NkContentLint.Rules.Structure;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Structure;

public sealed class DuplicateHeadingTests
{
    private static readonly DuplicateHeadingAnalyzer Analyzer = new();

    private static void Verify(string markup) => AnalyzerVerifier.Verify(Analyzer, markup);

    private static void VerifySiblingsOnly(string markup) =>
        AnalyzerVerifier.Verify(Analyzer, markup, AnalyzerVerifier.WithOptions(DuplicateHeadingAnalyzer.Rule, ("siblings_only", true)));

    [Fact]
    public void RepeatedAtxHeadingFiresOnTheRepeatOnly() => Verify("""
        ## Background

        Text.

        ## {|NK3001:Background|}
        """);

    [Fact]
    public void EveryRepeatAfterTheFirstFiresNamingTheFirstLine() => AnalyzerVerifier.Verify(
        Analyzer,
        """
        ## Sources
        ## {|NK3001:Sources|}
        ## {|NK3001:Sources|}
        """,
        AnalyzerVerifier.Diagnostic("NK3001").WithArguments("Sources", 1),
        AnalyzerVerifier.Diagnostic("NK3001").WithArguments("Sources", 1));

    [Fact]
    public void DifferentLevelsWithTheSameTextFire() => Verify("""
        # Koryolink
        ### {|NK3001:Koryolink|}
        """);

    [Fact]
    public void RenderedTextIsComparedSoEmphasisDoesNotHideADuplicate() => Verify("""
        ## *Why it matters*
        ## {|NK3001:Why it matters|}
        """);

    [Fact]
    public void LinkTextIsComparedNotTheDestination() => Verify("""
        ## Star JV
        ## {|NK3001:[Star JV](https://example.org/star)|}
        """);

    [Fact]
    public void SetextHeadingDuplicatesAnAtxHeading() => Verify("""
        ## Mobile networks

        {|NK3001:Mobile networks|}
        ---------------
        """);

    [Fact]
    public void ClosingHashesAndExtraSpacesDoNotMatter() => Verify("""
        ## Kwangmyong ##
        ##   {|NK3001:Kwangmyong|}   
        """);

    [Fact]
    public void HangulHeadingsAreComparedLikeAnyOther() => Verify("""
        ## 광명
        ## 우리민족끼리
        ## {|NK3001:광명|}
        """);

    [Fact]
    public void NumericHeadingsAreHeadingsToo() => Verify("""
        ## 2016
        ## {|NK3001:2016|}
        """);

    [Fact]
    public void HeadingsInsideBlockQuotesCount() => Verify("""
        ## Reception

        > ## {|NK3001:Reception|}
        """);

    [Fact]
    public void DistinctHeadingsDoNotFire() => Verify("""
        # Internet in North Korea
        ## Background
        ## Access
        ### Mobile
        """);

    [Fact]
    public void CaseDifferencesAreNotDuplicates() => Verify("""
        ## Background
        ## background
        """);

    [Fact]
    public void HeadingsInFencedCodeAreNotHeadings() => Verify("""
        ## Example

        ```markdown
        ## Example
        ```
        """);

    [Fact]
    public void HeadingsInIndentedCodeAreNotHeadings() => Verify("""
        ## Example

            ## Example
        """);

    [Fact]
    public void HeadingsInHtmlCommentsAreNotHeadings() => Verify("""
        ## Notes

        <!--
        ## Notes
        -->
        """);

    [Fact]
    public void HashtagsWithoutASpaceAreNotHeadings() => Verify("""
        #uriminzok

        #uriminzok
        """);

    [Fact]
    public void FrontMatterIsNotAHeading() => Verify("""
        ---
        title: Background
        ---

        # Background
        """);

    [Fact]
    public void EmptyHeadingsAreNotCompared() => Verify("""
        ##
        ##
        """);

    [Fact]
    public void ByDefaultRepeatedSubheadingsUnderDifferentParentsFire() => Verify("""
        ## Twitter
        ### Reception
        ## YouTube
        ### {|NK3001:Reception|}
        """);

    [Fact]
    public void SiblingsOnlyIgnoresRepeatsUnderDifferentParents() => VerifySiblingsOnly("""
        ## Twitter
        ### Reception
        ## YouTube
        ### Reception
        """);

    [Fact]
    public void SiblingsOnlyStillFlagsRepeatsUnderTheSameParent() => VerifySiblingsOnly("""
        ## Twitter
        ### Reception
        ### Followers
        ### {|NK3001:Reception|}
        """);

    [Fact]
    public void SiblingsOnlyComparesTopLevelHeadingsWithEachOther() => VerifySiblingsOnly("""
        ## Background
        ### Detail
        ## {|NK3001:Background|}
        """);

    [Fact]
    public void SiblingsOnlyDoesNotCompareAParentWithItsChild() => VerifySiblingsOnly("""
        ## Koryolink
        ### Koryolink
        """);

    [Fact]
    public void MessageNamesTheFirstOccurrenceAndPointsToIt()
    {
        var diagnostics = AnalyzerVerifier.Verify(Analyzer, """
            # Title

            ## Access

            ## {|NK3001:Access|}
            """);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("Duplicate heading 'Access': the same text is already a heading on line 3", diagnostic.Message);
        var related = Assert.Single(diagnostic.RelatedLocations);
        Assert.Equal(3, related.Location.StartLine);
        Assert.Equal(4, related.Location.StartColumn);
    }

    [Fact]
    public void ASuppressionCommentSilencesTheRepeat() => Verify("""
        ## Access
        <!-- nkcontentlint-disable-next-line NK3001 -- two sections by design -->
        ## Access
        """);
}
