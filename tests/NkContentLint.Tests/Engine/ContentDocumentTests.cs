using NkContentLint.Documents;
using Xunit;

namespace NkContentLint.Tests.Engine;

public sealed class ContentDocumentTests
{
    [Fact]
    public void ProseViewKeepsLengthAndLineBreaks()
    {
        const string text = "# Title\r\n\r\nSome `code` and a [link](https://example.org/1).\n";
        var document = ContentDocument.Parse("a.md", text);
        Assert.Equal(text.Length, document.ProseText.Length);
        Assert.Equal(text.Split('\n').Length, document.ProseText.Split('\n').Length);
    }

    [Fact]
    public void ProseViewBlanksCodeUrlsAndHtmlButKeepsLinkText()
    {
        var document = ContentDocument.Parse("a.md", "Read `175.45.176.0/22` at [the APNIC blog](https://blog.apnic.net/2015) or <https://x.org/20>.\n");
        var prose = document.ProseText;
        Assert.Contains("the APNIC blog", prose);
        Assert.DoesNotContain("175.45", prose);
        Assert.DoesNotContain("apnic.net", prose);
        Assert.DoesNotContain("x.org", prose);
        Assert.Equal(prose.IndexOf("Read", StringComparison.Ordinal), document.Text.IndexOf("Read", StringComparison.Ordinal));
    }

    [Fact]
    public void ProseViewBlanksFencedCodeAndFrontMatter()
    {
        var document = ContentDocument.Parse("a.md", "---\ntitle: 2 million\n---\n\nText.\n\n```\n1% of users\n```\n");
        Assert.DoesNotContain("million", document.ProseText);
        Assert.DoesNotContain("users", document.ProseText);
        Assert.Contains("Text.", document.ProseText);
        Assert.Single(document.CodeSpans);
    }

    [Theory]
    [InlineData("{{< figure src=\"chart-2016.png\" caption=\"20% growth\" >}}")]
    [InlineData("{{% param \"share\" \"20%\" %}}")]
    [InlineData("{% include stats.html value=\"20%\" %}")]
    [InlineData("{{ site.data.users | 20% }}")]
    public void TemplateSyntaxIsMaskedWithoutShiftingPositions(string template)
    {
        var text = $"Before {template} after 7,000 users.\n";
        var document = ContentDocument.Parse("a.md", text);

        Assert.Equal(text.Length, document.ProseText.Length);
        Assert.DoesNotContain("20%", document.ProseText);
        Assert.Equal(text.IndexOf("after 7,000", StringComparison.Ordinal), document.ProseText.IndexOf("after 7,000", StringComparison.Ordinal));
        Assert.Single(document.TemplateSpans);
    }

    [Fact]
    public void TextBetweenPairedShortcodesIsProse()
    {
        var document = ContentDocument.Parse("a.md", "{{% notice note %}}Only 20% growth{{% /notice %}}\n");
        Assert.Contains("Only 20% growth", document.ProseText);
        Assert.DoesNotContain("notice", document.ProseText);
        Assert.Equal(2, document.TemplateSpans.Count);
    }

    [Fact]
    public void HeadingsCarryRenderedTextAndTheSpanOfTheirText()
    {
        const string text = "## The *Kwangmyong* `intranet` ##\n\nSetext\n======\n";
        var document = ContentDocument.Parse("a.md", text);
        Assert.Collection(
            document.Headings,
            atx =>
            {
                Assert.Equal(2, atx.Level);
                Assert.Equal("The Kwangmyong intranet", atx.Text);
                Assert.Equal("The *Kwangmyong* `intranet`", text.Substring(atx.ContentSpan.Start, atx.ContentSpan.Length));
            },
            setext =>
            {
                Assert.True(setext.IsSetext);
                Assert.Equal(1, setext.Level);
                Assert.Equal("Setext", setext.Text);
            });
    }

    [Fact]
    public void CommentSpansCoverBlockAndInlineComments()
    {
        var document = ContentDocument.Parse("a.md", "<!-- block -->\n\nText <!-- inline --> more.\n");
        Assert.Equal(2, document.CommentSpans.Count);
    }

    [Fact]
    public void AHugeSingleLineParses()
    {
        var text = string.Concat(Enumerable.Repeat("word 12% ", 1_200_000));
        var document = ContentDocument.Parse("big.md", text);
        Assert.Equal(1, document.Lines.LineCount);
        Assert.Equal(text.Length, document.ProseText.Length);
    }
}

public sealed class FrontMatterViewTests
{
    [Fact]
    public void FrontMatterValuesAreAddedBackWithoutKeys()
    {
        const string text = "---\ntitle: The countryÔÇÖs intranet\ntags:\n  - Kwangmyong\n# a comment\n---\n\nBody.\n";
        var document = NkContentLint.Documents.ContentDocument.Parse("a.md", text);

        var view = document.ProseAndFrontMatterText;
        Assert.Equal(text.Length, view.Length);
        Assert.Equal(text.IndexOf("The country", StringComparison.Ordinal), view.IndexOf("The country", StringComparison.Ordinal));
        Assert.Contains("Kwangmyong", view);
        Assert.DoesNotContain("title", view);
        Assert.DoesNotContain("comment", view);
        Assert.Contains("Body.", view);
        Assert.DoesNotContain("The country", document.ProseText);
    }

    [Fact]
    public void WithoutFrontMatterItIsTheProseView()
    {
        var document = NkContentLint.Documents.ContentDocument.Parse("a.md", "Body `code`.\n");
        Assert.Same(document.ProseText, document.ProseAndFrontMatterText);
    }

    /// <summary>
    /// A very large article keeps its prose-and-front-matter copy only weakly (issue 12, row 13): once collected, the
    /// next read builds the same text again.
    /// </summary>
    [Fact]
    public void OnAVeryLargeArticleTheFrontMatterViewIsRebuiltTheSameAfterACollection()
    {
        var body = string.Concat(Enumerable.Repeat("The intranet has users. ", (9 * 1024 * 1024 / 24) + 1));
        var text = "---\ntitle: The countryÔÇÖs intranet\n---\n\n" + body + "\n";
        var document = NkContentLint.Documents.ContentDocument.Parse("a.md", text);

        var first = document.ProseAndFrontMatterText;
        var firstHash = string.GetHashCode(first, StringComparison.Ordinal);
        Assert.Equal(text.IndexOf("The country", StringComparison.Ordinal), first.IndexOf("The country", StringComparison.Ordinal));
        first = null;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        var again = document.ProseAndFrontMatterText;
        Assert.Equal(firstHash, string.GetHashCode(again, StringComparison.Ordinal));
        Assert.Equal(text.Length, again.Length);
        Assert.DoesNotContain("title", again.AsSpan(0, 40).ToString());
    }
}
