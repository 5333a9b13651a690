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

    [Theory]
    [InlineData(" date 2023-11-26 Do North Koreans have phones?\n\nText.\n", "2023-11-26")]
    [InlineData("Date: 2014-03-04\n\nText.\n", "2014-03-04")]
    [InlineData("Published 2004-11-17 14:57 (KST) and read by many people who came to the site that week\n\nText.\n", "2004-11-17")]
    [InlineData("Written by New York Times | Seoul | Published: February 3, 2012 1:01:44 am\n\nText.\n", "2012-02-03")]
    [InlineData("• 승인 2010.11.04 19:46\n\nText.\n", "2010-11-04")]
    public void LabelledDates(string text, string expected) => Assert.Equal(expected, DateOf(text)!.Text);

    [Fact]
    public void ALabelledPublicationDateWinsOverADateLineAboveIt()
    {
        Assert.Equal("2012-02-03", DateOf("Wednesday, July 18, 2018\n\n# Title\n\nSeoul | Published: February 3, 2012 1:01 am\n\nText.\n")!.Text);
        Assert.Equal("2004-11-17", DateOf("2019-05-27 16:31 KST\n\nPublished 2004-11-17 14:57 (KST)\n\nText.\n")!.Text);
    }

    [Theory]
    [InlineData("December 22, 2014 Jim Cowie\n\nText.\n", "2014-12-22")]
    [InlineData("North Korea 15:40 June 07, 2023\n\nText.\n", "2023-06-07")]
    [InlineData("Fri 8 Jul 2016\n\nText.\n", "2016-07-08")]
    [InlineData("(16 Dec 2008, BWCS Staff)\n\nText.\n", "2008-12-16")]
    [InlineData("By Park Sae-jin Posted : April 30, 2013, 17:06 Updated : April 30, 2013, 17:06\n\nText.\n", "2013-04-30")]
    [InlineData("23.12.2014\n\nText.\n", "2014-12-23")]
    [InlineData("13/10/2025\n\nText.\n", "2025-10-13")]
    [InlineData("11/09/2012 12:32 pm ET Updated Jan 09, 2013\n\nText.\n", "2012")]
    [InlineData("2014년 3월 4일\n\nText.\n", "2014-03-04")]
    [InlineData("June 5th, 2015 § 0 comments\n\nText.\n", "2015-06-05")]
    [InlineData("February 6, 2009 at 18:22 Leave a comment\n\nText.\n", "2009-02-06")]
    [InlineData("March 7, 2014, midnight\n\nText.\n", "2014-03-07")]
    [InlineData("Andrew Sullivan —  Apr 14 2011 @ 8:25am\n\nText.\n", "2011-04-14")]
    [InlineData("By Bertil Lintner, Asia Times Online, 24 April 2007\n\nText.\n", "2007-04-24")]
    [InlineData("제목 | A title. 작성일 | 2011-04-07 조회수 | 3569\n\nText.\n", "2011-04-07")]
    public void DateLinesBesideANameOrInOtherForms(string text, string expected) => Assert.Equal(expected, DateOf(text)!.Text);

    [Fact]
    public void ADateAloneOnALineAtTheHeadOfAParagraph()
    {
        Assert.Equal("2014-12-23", DateOf("# Title\n\n23.12.2014\nA request to the Chinese government by U.S. diplomats to help crack down on hacking.\n")!.Text);
        Assert.Equal("2005-12-09", DateOf("SPECIAL TO WORLD TRIBUNE.COM\nFriday, December 9, 2005\n\nText.\n")!.Text);
        Assert.Null(DateOf("The network that the country's engineers had been building for years opened on\nDecember 15, 2008\nin the capital.\n"));
    }

    [Fact]
    public void ADateLineJustUnderATitleThatASiteHeaderPushedDown()
    {
        var header = string.Concat(Enumerable.Repeat("Menu item\n\n", 8));
        Assert.Equal("2017-10-03", DateOf(header + "# North Korea Opens Second Internet Connection\n\nA standfirst.\n\n3 October 2017\n\nText.\n")!.Text);
        Assert.Null(DateOf("# Title\n\n" + string.Concat(Enumerable.Repeat("A paragraph of prose.\n\n", 8)) + "3 October 2017\n"));
    }

    [Fact]
    public void ACopyrightYearDoesNotMakeADateImplausible()
    {
        Assert.Equal("2015-04-03", DateOf("Apr 3, 2015\n\nText.\n\n© Copyright Example 2024. All rights reserved.\n")!.Text);
        Assert.Null(DateOf("Apr 3, 2015\n\nThe shop closed in 2024.\n"));
    }

    [Fact]
    public void TheYearsOfTheDatesOwnLineDoNotMakeItImplausible() =>
        Assert.Equal("2012-03-12", DateOf("March 12, 2012 - Updated on January 20, 2016\n\nText.\n")!.Text);

    [Theory]
    [InlineData("On March 4, 2014, the network went down across the country.\n\nText.\n")]
    [InlineData("The report was published on March 4, 2014 by the ministry.\n\nText.\n")]
    [InlineData("He said: \"Published: March 4, 2014\".\n\nText.\n")]
    [InlineData("> Published: March 4, 2014\n\nText.\n")]
    [InlineData("See [the report of March 4, 2014](https://example.com/r) for more.\n\nText.\n")]
    [InlineData("© 2012-2014 Example News. All rights reserved.\n\nText.\n")]
    [InlineData("| Date | Event |\n|---|---|\n| March 4, 2014 | outage |\n\nText.\n")]
    [InlineData("Launched in December 2008 by the network.\n\nText.\n")]
    [InlineData("The outage, December 2014\n\nText.\n")]
    public void EventDatesAreNotTheArticlesDate(string text) => Assert.Null(DateOf(text));

    [Fact]
    public void ALastUpdatedLineFarBelowTheArticleIsNotItsDate() =>
        Assert.Null(DateOf(string.Concat(Enumerable.Repeat("A paragraph of prose.\n\n", 8)) + "Last updated: 2016-09-21\n"));

    [Fact]
    public void ALaterYearWhoseClauseGoesOnInTheFutureIsAPlan()
    {
        Assert.Equal("2011-09-20", DateOf("September 20, 2011\n\nAt some point in 2012, both international calling and the internet will be available.\n")!.Text);
        Assert.Null(DateOf("September 20, 2011\n\nIn 2012, international calling became available.\n"));
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
