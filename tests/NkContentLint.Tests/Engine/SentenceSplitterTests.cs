using NkContentLint.Documents;
using Xunit;

namespace NkContentLint.Tests.Engine;

/// <summary>Sentences over the prose view, mapped back to exact source spans.</summary>
public sealed class SentenceSplitterTests
{
    private static List<string> Sentences(string markdown)
    {
        var document = ContentDocument.Parse("a.md", markdown);
        return document.Sentences.Select(s => markdown.Substring(s.Span.Start, s.Span.Length)).ToList();
    }

    [Fact]
    public void SplitsAtFullStopsQuestionAndExclamationMarks() =>
        Assert.Equal(["How many are online?", "Fewer than 20,000.", "Really!"], Sentences("How many are online? Fewer than 20,000. Really!\n"));

    [Theory]
    [InlineData("Koryolink launched at 5 p.m. local time on Dec. 15, 2008, with 5,300 subscribers.")]
    [InlineData("The U.S. Treasury sanctioned Korea Posts and Telecommunications.")]
    [InlineData("Dr. Kim Il Sung University runs its own portal.")]
    [InlineData("Phones cost approx. 300 euros, e.g. the Arirang.")]
    [InlineData("More than 6 million phones were in use (Mansourov et al., 2019).")]
    [InlineData("The subsidy is described on p. 14 of the report.")]
    [InlineData("Only 1.5% of users have a smartphone.")]
    [InlineData("Red Star OS 3.0 copied the look of OS X.")]
    [InlineData("The study by Martyn J. Williams covers 2016.")]
    [InlineData("See section 4.2 for details.")]
    [InlineData("The site went dark … and came back later.")]
    public void AbbreviationsDecimalsInitialsAndEllipsesDoNotEndASentence(string sentence) =>
        Assert.Equal([sentence], Sentences(sentence + "\n"));

    [Fact]
    public void ChineseAndJapaneseSentencesEndAtIdeographicMarks() =>
        Assert.Equal(
            ["朝鲜有300万部手机。", "据报道，价格很高！", "「本当ですか？」", "携帯電話は470万台です。"],
            Sentences("朝鲜有300万部手机。据报道，价格很高！「本当ですか？」携帯電話は470万台です。\n"));

    [Fact]
    public void AnIdeographicCommaOrADecimalInCjkTextDoesNotEndASentence() =>
        Assert.Equal(["朝鲜有3.5万名用户、2个运营商。"], Sentences("朝鲜有3.5万名用户、2个运营商。\n"));

    [Fact]
    public void ALineStartingWithABulletCharacterIsAnItemOfItsOwn() =>
        Assert.Equal(
            ["• Population: 22,541,000", "• Internet users: unknown", "▪ Average charge: unknown"],
            Sentences("• Population: 22,541,000\n• Internet users: unknown\n  ▪ Average charge: unknown\n"));

    [Theory]
    [InlineData("The regime blocks Facebook • and Twitter in one sweep.")]
    [InlineData("Koryolink grew fast\nin 2010 • by a third.")]
    [InlineData("The list of approved sites\n•not a bullet without its space.")]
    public void ABulletInsideALineOrWithoutItsSpaceDoesNotSplit(string paragraph) =>
        Assert.Single(Sentences(paragraph + "\n"));

    [Fact]
    public void AnEllipsisBeforeACapitalEndsASentence() =>
        Assert.Equal(["The site went dark...", "It came back."], Sentences("The site went dark... It came back.\n"));

    [Fact]
    public void AMissingSpaceAfterAFullStopStillEndsTheSentence() =>
        Assert.Equal(["Data came from estimates.", "As a result the count is rough."], Sentences("Data came from estimates.As a result the count is rough.\n"));

    [Fact]
    public void ADomainNameIsNotASentenceEnd() =>
        Assert.Equal(["Records were hosted on Uriminzokkiri.com and other websites."], Sentences("Records were hosted on Uriminzokkiri.com and other websites.\n"));

    [Fact]
    public void AFootnoteRightAfterTheFullStopBelongsToTheSentenceBefore()
    {
        var document = ContentDocument.Parse("a.md", "Koryolink reached 2 million subscribers in 2013.[^2] Today more than 7 million handsets are in use.\n\n[^2]: Source.\n");
        var sentences = document.Sentences.Where(s => !s.Block.IsFootnoteDefinition).ToList();
        Assert.Equal(2, sentences.Count);
        Assert.EndsWith(".[^2]", document.Text.Substring(sentences[0].Span.Start, sentences[0].Span.Length), StringComparison.Ordinal);
        Assert.Equal(CitationKind.FootnoteReference, Assert.Single(sentences[0].Citations).Kind);
        Assert.Empty(sentences[1].Citations);
    }

    [Fact]
    public void AFootnoteWithoutItsDefinitionIsStillAFootnoteReference()
    {
        var document = ContentDocument.Parse("a.md", "Koryolink had 3 million subscribers in 2016.[^amnesty] Experts say the real figure was higher.\n");
        Assert.Equal(2, document.Sentences.Length);
        var citation = Assert.Single(document.Sentences[0].Citations);
        Assert.Equal(CitationKind.FootnoteReference, citation.Kind);
        Assert.Equal("amnesty", citation.Target);
        Assert.DoesNotContain("amnesty", document.ProseText);
    }

    [Theory]
    [InlineData("Subscriptions passed [7.5 million in early 2024][gsma].", CitationKind.ReferenceLink)]
    [InlineData("About 60 percent of traffic shifted ([Reuters][]).", CitationKind.ReferenceLink)]
    [InlineData("Calls work, but 3 million subscribers cannot dial abroad ([report][1]).", CitationKind.ReferenceLink)]
    [InlineData("The base reached 535,133 subscribers <https://www.mobileworldlive.com/hits-500k-subs/>.", CitationKind.Autolink)]
    [InlineData("The story is archived at http://www.computerwoche.de/a/north-korea,1881939 for reference.", CitationKind.Autolink)]
    [InlineData("There were 3.8 million subscriptions (ITU, 2020).", CitationKind.AuthorYear)]
    [InlineData("There were 3.5 million subscriptions (Tjia, 2020, p. 14).", CitationKind.AuthorYear)]
    [InlineData("The intranet has 1,000 to 5,000 sites (see Williams, 2016).", CitationKind.AuthorYear)]
    [InlineData("The population was 26 million (DataReportal 2024).", CitationKind.AuthorYear)]
    [InlineData("The population was 24 million in 2012.[3]", CitationKind.NumberedReference)]
    [InlineData("[Koryolink](https://en.wikipedia.org/wiki/Koryolink) has more than 3 million subscribers.", CitationKind.InlineLink)]
    public void EveryKindOfCitationIsFoundInItsSentence(string markdown, CitationKind kind)
    {
        var sentence = Assert.Single(ContentDocument.Parse("a.md", markdown + "\n").Sentences);
        Assert.Equal(kind, Assert.Single(sentence.Citations).Kind);
    }

    [Theory]
    [InlineData("- Subscribers: **7.5 million** (2024)")]
    [InlineData("Kwangmyong (광명) has perhaps 2 million regular users.")]
    [InlineData("Subscribers were counted in (January 2024).")]
    public void ABareYearOrAGlossInParenthesesIsNotACitation(string markdown) =>
        Assert.Empty(Assert.Single(ContentDocument.Parse("a.md", markdown + "\n").Sentences).Citations);

    [Fact]
    public void ACitationInTheNextSentenceDoesNotBelongToThisOne()
    {
        var document = ContentDocument.Parse("a.md", "Kwangmyong has about 5,500 sites. Most are run by state bodies ([Telegraph](https://www.telegraph.co.uk/x)).\n");
        Assert.Empty(document.Sentences[0].Citations);
        Assert.Single(document.Sentences[1].Citations);
    }

    [Fact]
    public void HeadingsListItemsTableCellsAndAltTextAreSeparateBlocks()
    {
        const string text = """
            ## Background without a full stop
            - First item, 2 million users
            - Second item

            | When | Count |
            | --- | --- |
            | 2014 | 2.8 million[^1] |

            The chart ![Chart of 2 million users](chart.png) shows the growth.

            [^1]: Statistics Korea.
            """;
        var document = ContentDocument.Parse("a.md", text);
        var sentences = document.Sentences.Select(s => (s.Block.Kind, s.Text, s.Block.IsFootnoteDefinition)).ToList();
        Assert.Contains((ProseBlockKind.Heading, "Background without a full stop", false), sentences);
        Assert.Contains((ProseBlockKind.Paragraph, "First item, 2 million users", false), sentences);
        Assert.Contains((ProseBlockKind.Paragraph, "Second item", false), sentences);
        Assert.Contains((ProseBlockKind.TableCell, "2.8 million", false), sentences);
        Assert.Contains((ProseBlockKind.ImageAlt, "Chart of 2 million users", false), sentences);
        Assert.Contains((ProseBlockKind.Paragraph, "The chart shows the growth.", false), sentences);
        Assert.Contains((ProseBlockKind.Paragraph, "Statistics Korea.", true), sentences);
        Assert.Single(document.Sentences.Single(s => s.Text == "2.8 million").Citations);
    }

    [Fact]
    public void CodeUrlsAndHtmlAreNotPartOfSentences()
    {
        var document = ContentDocument.Parse("a.md", "Run `dig axfr kp @ns2.kptc.kp` now. See <https://x.org/a.b> or <b>this</b>.\n\n```\nNot. A. Sentence.\n```\n");
        Assert.Equal(["Run now.", "See or this."], document.Sentences.Select(s => s.Text));
    }

    [Fact]
    public void SpansAreSourceSpansEvenInBlockQuotesAndAfterMultiByteText()
    {
        const string text = "Kwangmyong (광명, “Bright Light”) is an intranet.\n\n> Quoted line one.\n> Quoted line two.\n";
        var document = ContentDocument.Parse("a.md", text);
        Assert.Equal(
            ["Kwangmyong (광명, “Bright Light”) is an intranet.", "Quoted line one.", "Quoted line two."],
            document.Sentences.Select(s => text.Substring(s.Span.Start, s.Span.Length)));
        Assert.All(document.Sentences.Skip(1), s => Assert.Equal(ProseContainers.BlockQuote, s.Block.Containers));
    }

    [Fact]
    public void QuotationsAndTitlesAreMarkedOnTheirBlock()
    {
        const string text = "KCNA called it \"a phone for 25 million\" in *Digital 2024: North Korea* and *very* loudly.\n";
        var block = ContentDocument.Parse("a.md", text).ProseBlocks.Single();
        var quotation = Assert.Single(block.Quotations);
        Assert.Equal("\"a phone for 25 million\"", text.Substring(quotation.Start, quotation.Length));
        var title = Assert.Single(block.Titles);
        Assert.Equal("Digital 2024: North Korea", text.Substring(title.Start, title.Length));
        Assert.False(block.IsQuotedPassage);
    }

    [Fact]
    public void AParagraphOfABlockQuoteThatIsOneQuotationIsAQuotedPassage()
    {
        var document = ContentDocument.Parse("a.md", "> “They compromised 15,000 user records.”\n>\n> — The Associated Press\n");
        Assert.True(document.ProseBlocks[0].IsQuotedPassage);
        Assert.False(document.ProseBlocks[1].IsQuotedPassage);
    }

    [Fact]
    public void TokensCarryGlueMarkupAndQuotationFlags()
    {
        var sentence = ContentDocument.Parse("a.md", "It cost US$500, **over 6 million** \"in 2019\".\n").Sentences.Single();
        var tokens = sentence.Tokens;
        Assert.Equal(["It", "cost", "US", "$", "500", ",", "over", "6", "million", "\"", "in", "2019", "\"", "."], tokens.Select(t => t.Text));
        Assert.True(tokens[3].IsGlued);
        Assert.True(tokens[4].IsGlued);
        Assert.True((tokens[6].Flags & ProseTokenFlags.MarkupBefore) != 0);
        Assert.True(tokens[11].InQuotation);
        Assert.False(tokens[7].InQuotation);
    }

    [Fact]
    public void AHugeRunWithNoSentenceEndIsOneSentence()
    {
        // No full stop ends a sentence here ("e.g.", "3.5"): the whole run is one sentence. Its speed is measured by the benchmark (--large).
        var text = string.Concat(Enumerable.Repeat("word 12% e.g. 3.5 (Smith, 2019) [^1] ", 50_000));
        var document = ContentDocument.Parse("big.md", text);
        Assert.Single(document.Sentences);
    }
}
