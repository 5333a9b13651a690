using NkContentLint.Claims;
using NkContentLint.Documents;
using Xunit;

namespace NkContentLint.Tests.Engine;

/// <summary>The engine's claim extraction: what is a statistic, and its parsed value.</summary>
public sealed class ClaimExtractorTests
{
    private static Claim Single(string markdown) => Assert.Single(ClaimExtractor.Extract(markdown));

    private static List<string> Texts(string markdown) => [.. ClaimExtractor.Extract(markdown).Select(c => markdown.Substring(c.Span.Start, c.Span.Length))];

    [Theory]
    [InlineData("Only 0.1% of the population is online.", "0.1%", ClaimKind.Percentage, 0.1, "percent")]
    [InlineData("Fewer than 20 percent of households own a phone.", "20 percent", ClaimKind.Percentage, 20, "percent")]
    [InlineData("Smartphones account for 70 per cent of sales.", "70 per cent", ClaimKind.Percentage, 70, "percent")]
    [InlineData("@uriminzok had 16,000 followers.", "16,000 followers", ClaimKind.Count, 16000, null)]
    [InlineData("Orascom spent roughly $400 million on it.", "$400 million", ClaimKind.Amount, 400e6, "USD")]
    [InlineData("A smartphone costs up to US$500 there.", "US$500", ClaimKind.Amount, 500, "USD")]
    [InlineData("A SIM card sold for 300 euros in 2009.", "300 euros", ClaimKind.Amount, 300, "EUR")]
    [InlineData("Foreigners paid €150 for a SIM.", "€150", ClaimKind.Amount, 150, "EUR")]
    [InlineData("The link ran at just 1 Mbit/s.", "1 Mbit/s", ClaimKind.Amount, 1, "Mbit/s")]
    [InlineData("The channel had 2k+ subscribers.", "2k+ subscribers", ClaimKind.Count, 2000, null)]
    [InlineData("The operator had 4.5m subscribers.", "4.5m subscribers", ClaimKind.Count, 4.5e6, null)]
    [InlineData("The account has 6K followers.", "6K followers", ClaimKind.Count, 6000, null)]
    [InlineData("The forum had 1.5K users.", "1.5K users", ClaimKind.Count, 1500, null)]
    [InlineData("A tablet sold for $5K.", "$5K", ClaimKind.Amount, 5000, "USD")]
    [InlineData("The firm spent 4.5M on servers.", "4.5M", ClaimKind.Count, 4.5e6, null)]
    [InlineData("Two million people had signed up.", "Two million people", ClaimKind.Count, 2e6, null)]
    [InlineData("The state claims two hundred and fifty sites.", "two hundred and fifty sites", ClaimKind.Count, 250, null)]
    [InlineData("Three quarters of users live in Pyongyang.", "Three quarters", ClaimKind.Fraction, 0.75, null)]
    [InlineData("Roughly half of all handsets are smartphones.", "half", ClaimKind.Fraction, 0.5, null)]
    [InlineData("The price fell by a third in two years.", "a third", ClaimKind.Fraction, 1.0 / 3, null)]
    [InlineData("One in five North Koreans owns a phone.", "One in five North Koreans", ClaimKind.Ratio, 0.2, "ratio")]
    [InlineData("Penetration reached 23 per 100 inhabitants.", "23 per 100 inhabitants", ClaimKind.Rate, 23, "per 100 inhabitants")]
    [InlineData("The account posted up to 40 tweets a day.", "40 tweets a day", ClaimKind.Rate, 40, null)]
    [InlineData("Subscriptions grew tenfold in five years.", "tenfold", ClaimKind.Multiplier, 10, null)]
    [InlineData("North Korea ranks 179th out of 180 countries.", "179th out of 180 countries", ClaimKind.Rank, 179, null)]
    [InlineData("Koryolink was Orascom's second-largest source of subscribers.", "second-largest", ClaimKind.Rank, 2, null)]
    [InlineData("The outage lasted 9 hours and 31 minutes.", "9 hours and 31 minutes", ClaimKind.Amount, 571, "minutes")]
    [InlineData("Half a million phones were sold.", "Half a million phones", ClaimKind.Count, 500_000, null)]
    [InlineData("The state media posted a dozen government notices.", "a dozen government notices", ClaimKind.Count, 12, null)]
    public void ParsesTheValueUnitAndSpan(string markdown, string span, ClaimKind kind, double value, string? unit)
    {
        var claim = Single(markdown);
        Assert.Equal(span, markdown.Substring(claim.Span.Start, claim.Span.Length));
        Assert.Equal(kind, claim.Kind);
        Assert.Equal(value, claim.Value!.Value, 6);
        Assert.Equal(unit, claim.Unit);
    }

    [Theory]
    [InlineData("North Korea has about 26 million people.", Approximation.About)]
    [InlineData("Koryolink has more than 3 million subscribers.", Approximation.MoreThan)]
    [InlineData("Slightly more than 10 percent had a phone.", Approximation.MoreThan)]
    [InlineData("At least 40 percent of traffic goes through China.", Approximation.AtLeast)]
    [InlineData("Nearly 7,000 people work there.", Approximation.Nearly)]
    [InlineData("Up to 40 tweets a day were posted.", Approximation.UpTo)]
    [InlineData("Fewer than 1,000 people have access.", Approximation.FewerThan)]
    [InlineData("It serves an estimated 2 million users.", Approximation.About)]
    [InlineData("Some 2,500 videos were posted.", Approximation.About)]
    [InlineData("**Over 6 million** handsets are in use.", Approximation.MoreThan)]
    [InlineData("The channel had 2k+ subscribers.", Approximation.MoreThan)]
    [InlineData("Koryolink had 2 million subscribers.", Approximation.Exact)]
    public void ReadsTheApproximationButLeavesItOutOfTheSpan(string markdown, Approximation approximation)
    {
        var claim = Single(markdown);
        Assert.Equal(approximation, claim.Approximation);
        Assert.True(char.IsDigit(markdown[claim.Span.Start]) || markdown[claim.Span.Start] is 'e' or 'a' or 'h', markdown.Substring(claim.Span.Start));
    }

    [Fact]
    public void RangesAndIndefiniteMagnitudesHaveABandAndNoSingleValue()
    {
        var range = Single("Kwangmyong hosts somewhere between 1,000 and 5,500 websites.");
        Assert.True(range.IsRange);
        Assert.Null(range.Value);
        Assert.Equal((1000, 5500), (range.Low, range.High));
        Assert.Equal("websites", range.CountedNoun);

        var dashed = Single("Estimates put users at 4-5 million.");
        Assert.Equal((4e6, 5e6), (dashed.Low, dashed.High));

        var inherited = Single("38 North counted between 6.5 and 7 million subscriber lines.");
        Assert.Equal((6.5e6, 7e6), (inherited.Low, inherited.High));
        Assert.Equal("subscriber lines", inherited.CountedNoun);

        var few = Single("Only a few thousand people can reach the internet.");
        Assert.True(few.IsIndefinite);
        Assert.Null(few.Value);
        Assert.Equal("a few thousand people", few.Text);
        Assert.InRange(few.Low, 1000, 3000);

        var tens = Single("Tens of thousands of students use Kwangmyong.");
        Assert.Equal("Tens of thousands of students", tens.Text);
        Assert.Equal(20_000, tens.Low);
    }

    [Fact]
    public void AChangeFromOneValueToAnotherIsTwoClaims() =>
        Assert.Equal(["184,000", "301,000"], Texts("The base grew from 184,000 to 301,000 over the summer of 2010."));

    [Fact]
    public void CountedNounIsTheNounPhraseUpToItsHead()
    {
        Assert.Equal("regular users", Single("Kwangmyong has perhaps 2 million regular users.").CountedNoun);
        Assert.Equal("IPv4 addresses", Single("The space is 1,024 IPv4 addresses, all in one block.").CountedNoun);
        Assert.Equal("North Koreans", Single("Several million North Koreans carry a phone.").CountedNoun);
        Assert.Equal("population", Single("Only 0.03% of the population was online.").CountedNoun);
        Assert.Null(Single("Smartphone connections reached 1.9 million at the end of 2023.").CountedNoun);
    }

    [Theory]
    [InlineData("The state was proclaimed in 1948 and its first website appeared in 1996.")]
    [InlineData("Kwangmyong went online in the early 2000s and kept its 1990s look through the 2010s.")]
    [InlineData("Koryolink launched on 15 December 2008.")]
    [InlineData("The first tweet was posted on Aug. 12, 2010.")]
    [InlineData("On March 29, 2023, Kwangmyong was unreachable.")]
    [InlineData("The sites went dark on 11/01/2024 and the CPRK was dissolved on 2024-01-15.")]
    [InlineData("The outage lasted from 22–23 December 2014.")]
    [InlineData("See section 4.2, Step 2, Table 1, Figure 3 and chapter 7.")]
    [InlineData("Red Star OS 3.0 ships Firefox 3.5 on Android 4.4 and v1.1 of the portal.")]
    [InlineData("Koryolink went live at 5 p.m. local time, and KCTV starts at 20:00.")]
    [InlineData("The sites were unreachable as of 2:20 p.m. KST.")]
    [InlineData("The customer line was +850 2 381 4410, or call +850-2-18111.")]
    [InlineData("World War II, the Eighth Party Congress and the 7th Congress shaped it.")]
    [InlineData("George Orwell's *1984* and *Digital 2024: North Korea* are often cited.")]
    [InlineData("The editor is Korea June 15 Edition Company (6·15편집사), near the May 11 Factory.")]
    [InlineData("Star JV announces routes from AS131279 and AS4837 over 3G, 2G and IPv4 with BGP-4.")]
    [InlineData("The Pyongyang 2425 and Arirang 171 handsets use Korean keyboards.")]
    [InlineData("Room 39 handles foreign currency, as does Bureau 121.")]
    [InlineData("Naenara was the first website, one of the few in a single week.")]
    [InlineData("A few embassies run satellite links; most users never see them.")]
    [InlineData("The rate rose 23% three years earlier and fell within 3 days.")]
    [InlineData("Run `dig axfr kp` with `--limit 1000` or see https://www.38north.org/2022/11/a-2-million-story/.")]
    [InlineData("38 North reported it.")]
    [InlineData("Aju News headlined it 북한 인터넷 이용자 1만6000명.")]
    [InlineData("### 2.8 GitHub Action conventions")]
    [InlineData("## 3. Mobile networks")]
    [InlineData("See the dataset paper (arXiv 2004.14425) and DOI 10.1145.")]
    [InlineData("The RegisterAdditionalFileAction call is in the 4.2 API docs.")]
    [InlineData("See the 100ms-docs pull request and its default 0.8 threshold.")]
    public void NumbersThatCountNothingAreNotClaims(string markdown)
    {
        var claims = ClaimExtractor.Extract(markdown);
        Assert.True(
            claims.All(c => c.Text.EndsWith('%') && markdown.Contains("23%", StringComparison.Ordinal)),
            string.Join("; ", claims.Select(c => c.ToString())));
    }

    [Fact]
    public void ANameThatStartsWithANumberIsNotACount() =>
        Assert.Equal(["2 million subscribers"], Texts("38 North says 2 million subscribers use the network, and 38 North calls it a boom."));

    [Fact]
    public void AHeadingThatStatesAFigureIsAClaim() =>
        Assert.Equal(["2 million users"], Texts("## 2 million users and counting"));

    [Fact]
    public void ClaimsInQuotationsAreMarkedQuoted()
    {
        var claim = Single("KCNA called the Arirang \"a phone for all 25 million of our people\".");
        Assert.True(claim.IsQuoted);
        Assert.False(Single("Koryolink had 2 million subscribers in 2013.").IsQuoted);
    }

    [Fact]
    public void RanksNeedAnExplicitScope()
    {
        Assert.Equal(["world's least connected country"], Texts("North Korea is the world's least connected country."));
        Assert.Equal(["country's largest mobile operator"], Texts("Kangsong Net is the country's largest mobile operator, by some counts."));
        Assert.Equal(["fastest-growing in the world"], Texts("The market is the fastest-growing in the world."));
        Assert.Empty(Texts("Koryolink was the largest operator and the first 3G network."));
        Assert.Empty(Texts("The country's latest census and the country's first network."));
    }

    [Fact]
    public void ClaimsKnowTheirSentence()
    {
        var document = ContentDocument.Parse("a.md", "Koryolink reached 2 million subscribers in 2013.[^2] Today more than 7 million handsets are in use.\n\n[^2]: Source.\n");
        Assert.Equal(2, document.Claims.Length);
        Assert.Single(document.Claims[0].Sentence.Citations);
        Assert.Empty(document.Claims[1].Sentence.Citations);
        Assert.Same(document.Sentences[1], document.Claims[1].Sentence);
    }

    [Fact]
    public void DocumentClaimsAreComputedOnceAndShared()
    {
        var document = ContentDocument.Parse("a.md", "Around 300 users joined.\n");
        Assert.Equal(document.Claims, document.Claims);
        Assert.Equal("300 users", Assert.Single(document.Claims).Text);
    }

    [Fact]
    public void EveryRepeatOfALongDocumentIsExtracted()
    {
        // Its speed on huge articles is measured by the benchmark (--large), not timed here: a timed test fails on a busy machine.
        var text = string.Concat(Enumerable.Repeat("About 12% of 2,000 users, or one in five North Koreans, said so in 2019. ", 20_000));
        var claims = ContentDocument.Parse("big.md", text).Claims;
        Assert.Equal(60_000, claims.Length);
    }
}

public sealed class NumberWordsTests
{
    [Theory]
    [InlineData("two", 2)]
    [InlineData("twenty-five", 25)]
    [InlineData("twenty five", 25)]
    [InlineData("two hundred and fifty", 250)]
    [InlineData("a million", 1_000_000)]
    [InlineData("three million", 3_000_000)]
    [InlineData("one and a half million", 1_500_000)]
    [InlineData("half a million", 500_000)]
    [InlineData("a dozen", 12)]
    [InlineData("three million two hundred thousand", 3_200_000)]
    [InlineData("Seventy", 70)]
    public void ReadsWhatHumanizerWrites(string words, double value)
    {
        Assert.True(NumberWords.TryParse(words, out var parsed));
        Assert.Equal(value, parsed);
    }

    [Theory]
    [InlineData("two three")]
    [InlineData("a")]
    [InlineData("several")]
    [InlineData("first")]
    public void RejectsWhatIsNotOneNumber(string words) => Assert.False(NumberWords.TryParse(words, out _));

    [Fact]
    public void EveryNumberHumanizerWritesUpToTenThousandReadsBack()
    {
        var english = System.Globalization.CultureInfo.GetCultureInfo("en-US");
        for (var n = 1; n <= 10_000; n += 7)
        {
            var words = Humanizer.NumberToWordsExtension.ToWords(n, english);
            Assert.True(NumberWords.TryParse(words, out var parsed), words);
            Assert.Equal(n, parsed);
        }
    }

    [Fact]
    public void ReadsOrdinals()
    {
        Assert.True(NumberWords.TryParseOrdinal("second", out var second));
        Assert.Equal(2, second);
        Assert.True(NumberWords.TryParseOrdinal("twenty-first", out var twentyFirst));
        Assert.Equal(21, twentyFirst);
    }
}
