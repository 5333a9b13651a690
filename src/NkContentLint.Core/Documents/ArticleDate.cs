using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;

namespace NkContentLint.Documents;

/// <summary>Where an article's date was found.</summary>
public enum ArticleDateSource
{
    /// <summary>A <c>date:</c> (or <c>published:</c>, <c>pubDate:</c>…) key of the front matter.</summary>
    FrontMatter,

    /// <summary>A dateline, byline or labelled date near the top of the body ("21 Sep 2016", "Posted on April 6, 2010", "Published: 4 March 2014", "SEOUL, Feb. 3, 2012 (Yonhap)").</summary>
    Dateline,

    /// <summary>The file's last commit (only with <c>facts.article_date: git</c>).</summary>
    GitCommit,
}

/// <summary>
/// The date an article was written, as precise as it was given (a year, a month or a day), and
/// where it came from. The fact rules judge a figure that names no year against it.
/// </summary>
public sealed record ArticleDate(int Year, int? Month, int? Day, ArticleDateSource Source, TextSpan? Span = null)
{
    /// <summary>"2012", "2012-02" or "2012-02-03".</summary>
    public string Text => Month is not { } month ? Year.ToString(CultureInfo.InvariantCulture)
        : Day is not { } day ? $"{Year:0000}-{month:00}" : $"{Year:0000}-{month:00}-{day:00}";

    /// <summary>The date as a fractional year (the middle of the month or year when less precise).</summary>
    public double AsYear => Year + (Month is not { } month ? 0.5 : Day is not { } day ? (month - 0.5) / 12 : (month - 1 + ((day - 0.5) / 31)) / 12);

    /// <summary>Where the date came from, for messages: "front matter", "dateline", "the file's last commit".</summary>
    public string Origin => Source switch
    {
        ArticleDateSource.FrontMatter => "front matter",
        ArticleDateSource.Dateline => "dateline",
        _ => "the file's last commit",
    };

    /// <summary>An article date from the text of a date ("2012-02-03", "3 February 2012", "Feb. 3, 2012", "2012"), or null.</summary>
    public static ArticleDate? Parse(string text, ArticleDateSource source, TextSpan? span = null) =>
        ArticleDateFinder.ParseDate(text) is { } date ? date with { Source = source, Span = span } : null;
}

/// <summary>
/// Finds an article's date: the front matter's <c>date</c> (else <c>published</c>,
/// <c>publishDate</c>, <c>pubDate</c>, <c>created</c>), else a dateline or byline date in the
/// first blocks of the body, else none. A body date counts only when labelled as the page's
/// ("Published: …", "date 2023-11-26"), in a short block or line that is little more than the date
/// (a byline, "Posted on …", a weekday, a name beside it) or at the head of a paragraph as a
/// dateline ("SEOUL, Feb. 3, 2012 (Yonhap) --"), so a date the article merely mentions is never
/// taken for its own.
/// </summary>
internal static partial class ArticleDateFinder
{
    /// <summary>How many prose blocks from the top, or from the page's first heading, a dateline or byline may be in.</summary>
    private const int BodyBlocks = 6;

    /// <summary>How far down a page's first heading (its title, under a site's header) may be for the blocks after it to count.</summary>
    private const int TitleBlocks = 15;

    /// <summary>
    /// The first blocks of the body, and those just under the page's title when a site's header (menus, a
    /// donate banner, a comment form) pushes it down: "# North Korea Opens Second Internet Connection / … /
    /// 3 October 2017" at the 8th block.
    /// </summary>
    private static IEnumerable<ProseBlock> TopBlocks(ContentDocument document)
    {
        var blocks = document.ProseBlocks;
        var title = -1;
        for (var i = 0; i < Math.Min(TitleBlocks, blocks.Length); i++)
        {
            if (blocks[i].Kind == ProseBlockKind.Heading)
            {
                title = i;
                break;
            }
        }

        for (var i = 0; i < blocks.Length && (i < BodyBlocks || (title >= 0 && i <= title + BodyBlocks)); i++)
        {
            yield return blocks[i];
        }
    }

    private static readonly string[] FrontMatterKeys = ["date", "published", "publishdate", "publish_date", "pubdate", "published_at", "created"];

    private const string MonthName = @"(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";

    [GeneratedRegex(@"^\s*(?<year>(19|20)\d\d)(?:[-/.](?<m>\d{1,2})(?:[-/.](?<d>\d{1,2}))?)?(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+" + MonthName + @",?\s+(?<year>(19|20)\d\d)\b|\b" + MonthName + @"\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>(19|20)\d\d)\b|\b" + MonthName + @",?\s+(?<year>(19|20)\d\d)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WrittenDate();

    [GeneratedRegex(@"\b(?<year>(19|20)\d\d)[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    /// <summary>What may stand beside a date in a byline or date line: weekdays, "posted", "by …", times, a blog's comment count, separators.</summary>
    [GeneratedRegex(@"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(published|posted|updated|last updated|first published|date|on|at|by|staff|reporter|writer|correspondent|editor|am|pm|a\.m\.|p\.m\.|gmt|utc|kst|est|edt|bst|cet|local time|midnight|noon|leave a comment|no comments|\d+ comments?)\b|\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]m\b)?|[|•·,:.\-–—()/@§]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BylineWords();

    /// <summary>Words that make a short block a byline or date line rather than a sentence ("by" before a name, not "by the network").</summary>
    [GeneratedRegex(@"(?-i:\b[Bb]y\s+\p{Lu})|\b(posted|published|updated|(mon|tues|wednes|thurs|fri|satur|sun)day)\b|[|•·]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BylineMarker();

    /// <summary>A dateline: a place in capitals, then the date, at the head of a paragraph ("SEOUL, Feb. 3, 2012 (Yonhap) --").</summary>
    [GeneratedRegex(@"^[\p{Lu}][\p{Lu} .'’-]{1,30},\s+", RegexOptions.CultureInvariant)]
    private static partial Regex DatelinePlace();

    [GeneratedRegex(@"^\s*([A-Za-z_]+)\s*:\s*(.*?)\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex FrontMatterLine();

    public static ArticleDate? Find(ContentDocument document) => FromFrontMatter(document) ?? Plausible(document, FindInBody(document));

    [GeneratedRegex(@"\b(19\d\d|20\d\d)\b(?!\s*(?:-|–|to)\s*\d)", RegexOptions.CultureInvariant)]
    private static partial Regex AnyYear();

    [GeneratedRegex(@"\b(by|until|till|through|plans? for|target(?:ed)? for|vision)\s+$|(©|\(c\)|copyright)[\p{L}\p{P}\s]{0,18}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FutureLead();

    /// <summary>A later year whose clause goes on in the future ("At some point in 2012, both international calling and … will be available"): a plan.</summary>
    [GeneratedRegex(@"^\d{4}\b[^.;!?]{0,70}?\b(will|is expected to|are expected to|is scheduled to|are scheduled to|is set to|are set to)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FutureClause();

    /// <summary>
    /// A dateline is not the article's date when the article speaks of a later year as past: a page that
    /// says "in 2016, …" under "April 6, 2010" carries the date of something else (an event, an update of
    /// a quotation). Later years that may be plans ("by 2030", "until 2026", "in 2012, … will be") do not count, nor a copyright's
    /// ("© Copyright IBTimes 2024", the year the page was served), nor those of the
    /// date's own line ("March 12, 2012 - Updated on January 20, 2016").
    /// </summary>
    private static ArticleDate? Plausible(ContentDocument document, (ArticleDate Date, TextSpan Block, TextSpan Lines)? found)
    {
        if (found is not { Date: var date, Block: var block, Lines: var lines })
        {
            return null;
        }

        var prose = document.ProseText;
        foreach (Match match in AnyYear().Matches(prose))
        {
            if (int.Parse(match.Value, CultureInfo.InvariantCulture) > date.Year
                && !FutureLead().IsMatch(prose.AsSpan(Math.Max(0, match.Index - 20), Math.Min(20, match.Index)))
                && !FutureClause().IsMatch(prose.AsSpan(match.Index, Math.Min(80, prose.Length - match.Index)))
                && !block.Contains(match.Index) && !lines.Contains(match.Index))
            {
                return null;
            }
        }

        return date;
    }

    private static ArticleDate? FromFrontMatter(ContentDocument document)
    {
        if (document.FrontMatterSpan is not { } block)
        {
            return null;
        }

        var start = block.Start;
        var text = document.Text.Substring(start, Math.Min(block.Length, document.Text.Length - start));
        var found = new Dictionary<string, (string Value, TextSpan Span)>(StringComparer.OrdinalIgnoreCase);
        foreach (Match line in FrontMatterLine().Matches(text))
        {
            var key = line.Groups[1].Value;
            if (!found.ContainsKey(key))
            {
                var value = line.Groups[2];
                found[key] = (value.Value.Trim('"', '\''), new TextSpan(start + value.Index, value.Length));
            }
        }

        foreach (var key in FrontMatterKeys)
        {
            if (found.TryGetValue(key, out var entry) && ArticleDate.Parse(entry.Value, ArticleDateSource.FrontMatter, entry.Span) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>
    /// A date labelled as the page's own at the head of a block or after a byline separator ("date 2023-11-26 …",
    /// "Published: 4 March 2014", "… | Seoul | Published: February 3, 2012", "승인 2010.11.04 19:46"). A labelled
    /// date wins over a bare date line above it (a site's header often shows the day the page was read).
    /// </summary>
    [GeneratedRegex(@"(?:(?:^\s*|[|•·]\s*)(?:date|published(?: on)?|posted(?: on)?|first published)|작성일|승인|입력|등록일)\s*[:|]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateLabel();

    /// <summary>"Updated" just before a date: the date of a revision, not of the article, when another date stands beside it.</summary>
    [GeneratedRegex(@"\b(?:last\s+)?updated(?: on)?\s*:?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UpdatedLabel();

    /// <summary>A day-first numeric date ("23.12.2014", "13/10/2025"; "2010.11.04" is year-first, see <see cref="NumericDate"/>).</summary>
    [GeneratedRegex(@"(?<![\d.])(?<d>\d{1,2})(?<sep>[./])(?<m>\d{1,2})\k<sep>(?<year>(19|20)\d\d)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DayFirstDate();

    /// <summary>A Korean date ("2014년 3월 4일").</summary>
    [GeneratedRegex(@"(?<year>(19|20)\d\d)년\s*(?<m>\d{1,2})월(?:\s*(?<d>\d{1,2})일)?", RegexOptions.CultureInvariant)]
    private static partial Regex KoreanDate();

    /// <summary>What a short date line may hold besides the date: a name or a place in capitals ("December 22, 2014 Jim Cowie", "North Korea 15:40 June 07, 2023").</summary>
    [GeneratedRegex(@"^(?:[\p{Lu}][\p{L}'’.&-]*\s*){1,6}$", RegexOptions.CultureInvariant)]
    private static partial Regex CapitalisedWords();

    /// <summary>Abbreviated weekdays ("Fri 8 Jul 2016").</summary>
    [GeneratedRegex(@"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b\.?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShortWeekday();

    /// <summary>
    /// A date with a two-digit year right after a Korean board's date label ("작성일 23-02-07 08:58", "등록일 : 23.02.07"): the
    /// boards a Korean article is reposted on write it so (blind28 b-08). Read only after such a label, where it is the page's
    /// date; elsewhere "23-02-07" may be anything.
    /// </summary>
    [GeneratedRegex(@"(?<=(?:작성일|등록일|입력|승인)\s*[:|]?\s*)(?<yy>\d\d)(?<sep>[-./])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})(?![\d.\-/])", RegexOptions.CultureInvariant)]
    private static partial Regex KoreanBoardDate();

    private static IEnumerable<Match> DatesIn(string text) =>
        WrittenDate().Matches(text).Concat(NumericDate().Matches(text)).Concat(DayFirstDate().Matches(text)).Concat(KoreanDate().Matches(text))
            .Concat(KoreanBoardDate().Matches(text))
            .OrderBy(m => m.Index);

    /// <summary>
    /// The body's date, the span of the block it stands in, and the span of the date lines above it that it won
    /// over (a site header's day of reading, whose year says nothing of the article).
    /// </summary>
    private static (ArticleDate Date, TextSpan Block, TextSpan Lines)? FindInBody(ContentDocument document)
    {
        (ArticleDate Date, TextSpan Block)? first = null;
        foreach (var block in TopBlocks(document).Where(b => b.Kind == ProseBlockKind.Paragraph))
        {
            // Every form DatesIn reads has its year in ASCII digits ("(19|20)\d\d"): a block with no digit in its first 200
            // characters has no date there, and is passed before it is copied and searched by four regular expressions.
            if (document.ProseText.AsSpan(block.Span.Start, Math.Min(200, block.Span.Length)).IndexOfAnyInRange('0', '9') < 0)
            {
                continue;
            }

            var text = document.ProseText.Substring(block.Span.Start, block.Span.Length);
            var head = text.Length > 200 ? text[..200] : text;
            var dates = DatesIn(head).ToList();
            dates = dates.Where((m, i) => !dates.Take(i).Any(o => o.Index + o.Length > m.Index)).ToList();
            if (dates.Count == 0)
            {
                continue;
            }

            var quoted = block.IsQuotedPassage || (block.Containers & ProseContainers.BlockQuote) != 0
                || block.Quotations.Any(q => q.Contains(block.Span.Start + dates[0].Index));

            // A labelled date ("date 2023-11-26", "Published: 4 March 2014", "| Published: Feb 3, 2012") wins.
            var labelled = quoted ? null : dates.FirstOrDefault(m => DateLabel().IsMatch(head.AsSpan(0, m.Index).ToString()));
            if (labelled is not null && ParseMatch(labelled, block.Span.Start) is { } own)
            {
                var lines = first is { Block: var above } ? TextSpan.FromBounds(above.Start, above.End) : new TextSpan(0, 0);
                return (own, block.Span, lines);
            }

            if (first is not null)
            {
                continue;
            }

            if (!quoted && DateLineIn(text) is { } line)
            {
                first = (line.Date with { Span = new TextSpan(block.Span.Start + line.Date.Span!.Value.Start, line.Date.Span.Value.Length) },
                    new TextSpan(block.Span.Start + line.Line.Start, line.Line.Length));
                continue;
            }

            // A dateline: "SEOUL, Feb. 3, 2012 (Yonhap) -- …".
            var place = DatelinePlace().Match(text);
            if (place.Success && dates[0].Index == place.Length && ParseMatch(dates[0], block.Span.Start) is { } dateline)
            {
                first = (dateline, block.Span);
            }
        }

        return first is { } found ? (found.Date, found.Block, new TextSpan(0, 0)) : null;
    }

    /// <summary>
    /// A date line in a block: the whole block, else one of its source lines that is the block's first or has only
    /// short lines above it ("SPECIAL TO WORLD TRIBUNE.COM / Friday, December 9, 2005 / …", "23.12.2014 / A request …").
    /// A line of hard-wrapped prose below a long line is never one.
    /// </summary>
    private static (ArticleDate Date, TextSpan Line)? DateLineIn(string text)
    {
        if (DateLine(text, 0) is { } whole)
        {
            return (whole, new TextSpan(0, text.Length));
        }

        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            if (start > 0 || end < text.Length)
            {
                if (DateLine(text[start..end], start) is { } line)
                {
                    return (line, TextSpan.FromBounds(start, end));
                }
            }

            if (end - start > 60)
            {
                return null;
            }

            start = end + 1;
        }

        return null;
    }

    /// <summary>
    /// A date line: little besides the date ("21 Sep 2016", "Friday, November 23, 2012", "By Kim | April 6, 2010"), or a
    /// name or place in capitals beside it ("December 22, 2014 Jim Cowie"); its date is the first that is not a
    /// revision's ("11/09/2012 12:32 pm ET Updated Jan 09, 2013").
    /// </summary>
    private static ArticleDate? DateLine(string text, int offset)
    {
        var trimmed = text.Trim();
        if (trimmed.Length > 80)
        {
            return null;
        }

        var dates = DatesIn(text).ToList();
        dates = dates.Where((m, i) => !dates.Take(i).Any(o => o.Index + o.Length > m.Index)).ToList();
        if (dates.Count == 0)
        {
            return null;
        }

        var match = dates.FirstOrDefault(m => !UpdatedLabel().IsMatch(text.AsSpan(0, m.Index).ToString())) ?? dates[0];
        var rest = text;
        foreach (var m in dates.OrderByDescending(m => m.Index))
        {
            rest = rest.Remove(m.Index, m.Length);
        }

        rest = ShortWeekday().Replace(BylineWords().Replace(rest, " "), " ").Trim();
        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var byline = BylineMarker().IsMatch(text);
        return words == 0 || (words <= 4 && byline) || (trimmed.Length <= 60 && (words <= 4 || byline) && CapitalisedWords().IsMatch(rest))
            ? ParseMatch(match, offset)
            : null;
    }

    private static ArticleDate? ParseMatch(Match match, int blockStart) =>
        match.Groups["yy"].Success
            ? Valid(2000 + int.Parse(match.Groups["yy"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture)) is { } board
                ? board with { Source = ArticleDateSource.Dateline, Span = new TextSpan(blockStart + match.Index, match.Length) }
                : null
            : ArticleDate.Parse(match.Value, ArticleDateSource.Dateline, new TextSpan(blockStart + match.Index, match.Length));

    /// <summary>A date from its text: ISO or numeric (year first), or written with a month name; a bare year.</summary>
    public static ArticleDate? ParseDate(string text)
    {
        text = text.Trim();
        var written = WrittenDate().Match(text);
        if (written.Success && written.Index <= 12)
        {
            var year = int.Parse(written.Groups["year"].Value, CultureInfo.InvariantCulture);
            var month = MonthNumber(written.Groups["month"].Value);
            int? day = written.Groups["day"].Success ? int.Parse(written.Groups["day"].Value, CultureInfo.InvariantCulture) : null;
            return Valid(year, month, day);
        }

        var korean = KoreanDate().Match(text);
        if (korean.Success && korean.Index == 0)
        {
            var year = int.Parse(korean.Groups["year"].Value, CultureInfo.InvariantCulture);
            var month = int.Parse(korean.Groups["m"].Value, CultureInfo.InvariantCulture);
            int? day = korean.Groups["d"].Success ? int.Parse(korean.Groups["d"].Value, CultureInfo.InvariantCulture) : null;
            return Valid(year, month, day);
        }

        var dayFirst = DayFirstDate().Match(text);
        if (dayFirst.Success && dayFirst.Index == 0)
        {
            // "23.12.2014" is day-first; "11/09/2012" may be either way round: its year only, unless one reading is impossible.
            var year = int.Parse(dayFirst.Groups["year"].Value, CultureInfo.InvariantCulture);
            var first = int.Parse(dayFirst.Groups["d"].Value, CultureInfo.InvariantCulture);
            var second = int.Parse(dayFirst.Groups["m"].Value, CultureInfo.InvariantCulture);
            return dayFirst.Groups["sep"].Value == "." || first > 12 ? Valid(year, second, first)
                : second > 12 ? Valid(year, first, second)
                : new ArticleDate(year, null, null, ArticleDateSource.FrontMatter);
        }

        var iso = IsoDate().Match(text);
        if (iso.Success)
        {
            var year = int.Parse(iso.Groups["year"].Value, CultureInfo.InvariantCulture);
            int? month = iso.Groups["m"].Success ? int.Parse(iso.Groups["m"].Value, CultureInfo.InvariantCulture) : null;
            int? day = iso.Groups["d"].Success ? int.Parse(iso.Groups["d"].Value, CultureInfo.InvariantCulture) : null;
            return month is null ? new ArticleDate(year, null, null, ArticleDateSource.FrontMatter) : Valid(year, month.Value, day);
        }

        return null;
    }

    private static ArticleDate? Valid(int year, int month, int? day) =>
        month is < 1 or > 12 ? null
        : day is { } d && (d < 1 || d > DateTime.DaysInMonth(year, month)) ? null
        : new ArticleDate(year, month, day, ArticleDateSource.FrontMatter);

    private static int MonthNumber(string name) => name.ToLowerInvariant()[..3] switch
    {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        _ => 12,
    };
}
