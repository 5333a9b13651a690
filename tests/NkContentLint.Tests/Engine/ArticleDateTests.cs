using NkContentLint.Documents;
using Xunit;

namespace NkContentLint.Tests.Engine;

public sealed class ArticleDateTests
{
    private static ArticleDate? DateOf(string text) => ContentDocument.Parse("a.md", text).ArticleDate;

    [Theory]
    [InlineData("---\ndate: 2012-02-03\n---\n\nText.\n", "2012-02-03")]
    [InlineData("---\ndate: \"2012-02-03T10:00:00Z\"\n---\n\nText.\n", "2012-02-03")]
    [InlineData("---\ntitle: x\npublished: 3 February 2012\n---\n\nText.\n", "2012-02-03")]
    [InlineData("---\npubDate: Feb 3, 2012\n---\n\nText.\n", "2012-02-03")]
    [InlineData("---\ndate: 2012-02\n---\n\nText.\n", "2012-02")]
    [InlineData("---\ndate: 2012\n---\n\nText.\n", "2012")]
    public void FrontMatterDates(string text, string expected)
    {
        var date = DateOf(text);
        Assert.NotNull(date);
        Assert.Equal(expected, date.Text);
        Assert.Equal(ArticleDateSource.FrontMatter, date.Source);
        Assert.Equal("front matter", date.Origin);
    }

    [Fact]
    public void TheFrontMatterWinsOverTheBody() =>
        Assert.Equal("2020-01-01", DateOf("---\ndate: 2020-01-01\n---\n\n21 Sep 2016\n\nText.\n")!.Text);

    [Theory]
    [InlineData("# N Korea leaks DNS\n\n21 Sep 2016\n\nAn accidental leak of 28 domains.\n", "2016-09-21")]
    [InlineData("Friday, November 23, 2012\n\n# Title\n\nText.\n", "2012-11-23")]
    [InlineData("April 6, 2010\n\nInformation about Red Star was made public.\n", "2010-04-06")]
    [InlineData("By Kim Tong-hyung | April 6, 2010\n\nText.\n", "2010-04-06")]
    [InlineData("Posted on 2013-09-29 14:55\n\nText.\n", "2013-09-29")]
    [InlineData("SEOUL, Feb. 3, 2012 (Yonhap) -- More than 1 million North Koreans use phones.\n", "2012-02-03")]
    public void DatelinesAndBylines(string text, string expected)
    {
        var date = DateOf(text);
        Assert.NotNull(date);
        Assert.Equal(expected, date.Text);
        Assert.Equal(ArticleDateSource.Dateline, date.Source);
        Assert.NotNull(date.Span);
    }

    [Theory]
    [InlineData("Koryolink launched in December 2008 and grew fast over the following years, reaching millions.\n")]
    [InlineData("# The outage of December 2014\n\nText.\n")]
    [InlineData("Launched in December 2008.\n\nText.\n")]
    [InlineData("No date here at all.\n")]
    [InlineData("---\ntitle: No date\n---\n\nText.\n")]
    [InlineData("---\ndate: soon\n---\n\nText.\n")]
    [InlineData("---\ndate: 2012-13-40\n---\n\nText.\n")]
    public void DatesTheArticleOnlyMentionsAreNotItsDate(string text) => Assert.Null(DateOf(text));

    [Fact]
    public void ADatelineIsNotTheDateOfAnArticleThatSpeaksOfALaterYearAsPast()
    {
        Assert.Null(DateOf("April 6, 2010\n\nThe operating system was leaked in 2014.\n"));
        Assert.Equal("2010-04-06", DateOf("April 6, 2010\n\nThe network aims to cover the country by 2012.\n")!.Text);
        Assert.Equal("2010-04-06", DateOf("---\ndate: 2010-04-06\n---\n\nThe operating system was leaked in 2014.\n")!.Text);
    }

    [Fact]
    public void ADatelineFarDownTheArticleIsNotItsDate() =>
        Assert.Null(DateOf(string.Concat(Enumerable.Repeat("A paragraph of prose.\n\n", 8)) + "21 Sep 2016\n"));

    [Fact]
    public void AsYearPlacesTheDateInsideItsYear()
    {
        Assert.Equal(2012.5, new ArticleDate(2012, null, null, ArticleDateSource.FrontMatter).AsYear, 3);
        Assert.InRange(new ArticleDate(2012, 2, 3, ArticleDateSource.FrontMatter).AsYear, 2012.08, 2012.10);
    }
}
