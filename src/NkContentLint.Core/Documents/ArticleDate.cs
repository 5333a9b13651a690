using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;

namespace NkContentLint.Documents;

/// <summary>Where an article's date was found.</summary>
public enum ArticleDateSource
{
    /// <summary>A <c>date:</c> (or <c>published:</c>, <c>pubDate:</c>…) key of the front matter.</summary>
    FrontMatter,

    /// <summary>A dateline or byline date near the top of the body ("21 Sep 2016", "Posted on April 6, 2010", "SEOUL, Feb. 3, 2012 (Yonhap)").</summary>
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
/// first blocks of the body, else none. A body date counts only in a short block that is little
/// more than the date (a byline, "Posted on …", a weekday) or at the head of a paragraph as a
/// dateline ("SEOUL, Feb. 3, 2012 (Yonhap) --"), so a date the article merely mentions is never
/// taken for its own.
/// </summary>
internal static partial class ArticleDateFinder
{
    /// <summary>How many prose blocks from the top a dateline or byline may be in.</summary>
    private const int BodyBlocks = 6;

    private static readonly string[] FrontMatterKeys = ["date", "published", "publishdate", "publish_date", "pubdate", "published_at", "created"];

    private const string MonthName = @"(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";

    [GeneratedRegex(@"^\s*(?<year>(19|20)\d\d)(?:[-/.](?<m>\d{1,2})(?:[-/.](?<d>\d{1,2}))?)?(?![\d])", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:st|nd|rd|th)?\s+" + MonthName + @",?\s+(?<year>(19|20)\d\d)\b|\b" + MonthName + @"\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>(19|20)\d\d)\b|\b" + MonthName + @",?\s+(?<year>(19|20)\d\d)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WrittenDate();

    [GeneratedRegex(@"\b(?<year>(19|20)\d\d)[-/.](?<m>\d{1,2})[-/.](?<d>\d{1,2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    /// <summary>What may stand beside a date in a byline or date line: weekdays, "posted", "by …", times, separators.</summary>
    [GeneratedRegex(@"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(published|posted|updated|last updated|first published|date|on|at|by|staff|reporter|writer|correspondent|editor|am|pm|a\.m\.|p\.m\.|gmt|utc|kst|est|edt|bst|cet|local time)\b|\d{1,2}:\d{2}|[|•·,:.\-–—()/]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BylineWords();

    /// <summary>Words that make a short block a byline or date line rather than a sentence.</summary>
    [GeneratedRegex(@"\b(by|posted|published|updated|(mon|tues|wednes|thurs|fri|satur|sun)day)\b|[|•·]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BylineMarker();

    /// <summary>A dateline: a place in capitals, then the date, at the head of a paragraph ("SEOUL, Feb. 3, 2012 (Yonhap) --").</summary>
    [GeneratedRegex(@"^[\p{Lu}][\p{Lu} .'’-]{1,30},\s+", RegexOptions.CultureInvariant)]
    private static partial Regex DatelinePlace();

    [GeneratedRegex(@"^\s*([A-Za-z_]+)\s*:\s*(.*?)\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex FrontMatterLine();

    public static ArticleDate? Find(ContentDocument document) => FromFrontMatter(document) ?? Plausible(document, FromBody(document));

    [GeneratedRegex(@"\b(19\d\d|20\d\d)\b(?!\s*(?:-|–|to)\s*\d)", RegexOptions.CultureInvariant)]
    private static partial Regex AnyYear();

    [GeneratedRegex(@"\b(by|until|till|through|plans? for|target(?:ed)? for|vision)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FutureLead();

    /// <summary>
    /// A dateline is not the article's date when the article speaks of a later year as past: a page that
    /// says "in 2016, …" under "April 6, 2010" carries the date of something else (an event, an update of
    /// a quotation). Later years that may be plans ("by 2030", "until 2026") do not count.
    /// </summary>
    private static ArticleDate? Plausible(ContentDocument document, ArticleDate? date)
    {
        if (date is null)
        {
            return null;
        }

        var prose = document.ProseText;
        foreach (Match match in AnyYear().Matches(prose))
        {
            if (int.Parse(match.Value, CultureInfo.InvariantCulture) > date.Year
                && !FutureLead().IsMatch(prose.AsSpan(Math.Max(0, match.Index - 20), Math.Min(20, match.Index)))
                && (date.Span is not { } span || !span.Contains(match.Index)))
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

    private static ArticleDate? FromBody(ContentDocument document)
    {
        foreach (var block in document.ProseBlocks.Take(BodyBlocks).Where(b => b.Kind == ProseBlockKind.Paragraph))
        {
            var text = document.ProseText.Substring(block.Span.Start, block.Span.Length);
            var head = text.Length > 200 ? text[..200] : text;
            var match = WrittenDate().Match(head);
            if (!match.Success)
            {
                match = NumericDate().Match(head);
            }

            if (!match.Success)
            {
                continue;
            }

            var span = new TextSpan(block.Span.Start + match.Index, match.Length);
            var rest = BylineWords().Replace(text.Remove(match.Index, match.Length), " ").Trim();

            // A date line ("21 Sep 2016", "Friday, November 23, 2012", "By Kim | April 6, 2010"): little besides the date.
            var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (text.Trim().Length <= 80 && (words == 0 || (words <= 4 && BylineMarker().IsMatch(text))))
            {
                return ArticleDate.Parse(match.Value, ArticleDateSource.Dateline, span);
            }

            // A dateline: "SEOUL, Feb. 3, 2012 (Yonhap) -- …".
            var place = DatelinePlace().Match(text);
            if (place.Success && match.Index == place.Length)
            {
                return ArticleDate.Parse(match.Value, ArticleDateSource.Dateline, span);
            }
        }

        return null;
    }

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
