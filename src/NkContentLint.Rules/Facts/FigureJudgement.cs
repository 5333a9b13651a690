using System.Globalization;
using NkContentLint.Documents;
using NkContentLint.Facts;

namespace NkContentLint.Rules.Facts;

/// <summary>What a figure is judged against: a year the sentence names, the article's date, or nothing known.</summary>
internal enum JudgedBy
{
    SentenceYear,
    ArticleDate,
    NoDate,
}

/// <summary>
/// The date a figure is judged against, as a span of fractional years, and how a message says it
/// ("2013, the year in the sentence"; "the article's date 2012-02-03 (dateline)").
/// </summary>
internal sealed record JudgedDate(JudgedBy By, double Start, double End, int? Year, string Description)
{
    public static JudgedDate For(int? sentenceYear, ArticleDate? article) =>
        sentenceYear is { } year ? new(JudgedBy.SentenceYear, year, year + 1, year, $"{year}, the year in the sentence")
        : article is not null ? new(JudgedBy.ArticleDate, article.AsYear, article.AsYear, article.Year, $"the article's date {article.Text} ({article.Origin})")
        : new(JudgedBy.NoDate, double.NegativeInfinity, double.PositiveInfinity, null, "every dated figure in the pack, since the article has no date");
}

internal enum VerdictKind
{
    Agrees,

    /// <summary>Right at an earlier date than the article's (NK2005).</summary>
    Stale,

    /// <summary>No figure in force at the judged date allows it (NK2001).</summary>
    Wrong,
}

/// <summary>
/// The verdict on a figure: <paramref name="Current"/> is the series point in force at the judged
/// date (the newer value for a stale figure); <paramref name="RightIn"/> says when a stale figure
/// was right ("2013", "between 2009 and 2010").
/// </summary>
internal sealed record FigureVerdict(VerdictKind Kind, SeriesPoint Current, string? RightIn);

/// <summary>
/// Stale versus wrong, as issue 10 defines them. A figure agrees when the point in force at the
/// judged date allows it, or a point dated in the window around it, or the span between two
/// consecutive points that overlaps the window (a count between two dated counts was true at some
/// time between them). The window is the named year; for the article's date it is the 12 months
/// before it and after it (a figure right only more than a year later is wrong). A figure that is
/// not allowed there but was right earlier than the article's date is stale; one right only later,
/// or never, is wrong. With no date known, a figure right at any time in the series agrees. A year
/// named in the sentence is the writer's own claim for that year: a figure right only in another
/// year is wrong, never stale. Inside a gap of more than three years between two dated figures
/// the pack knows nothing, and a figure there is reported only when it is more than ten times above anything
/// the series ever allowed.
/// </summary>
internal static class FigureJudgement
{
    /// <summary>Longer than this between two dated figures, the series says nothing about the years between.</summary>
    private const double MaxGapYears = 3;

    /// <param name="listedWrong">The figure is a value the pack lists as wrong for this quantity in another form (a share): wrong at any date.</param>
    /// <param name="statesTheWhole">The figure is given as the whole (a population, not some citizens): a steady series allows it below its first point only down to half that point.</param>
    public static FigureVerdict Judge(QuantityFact quantity, double low, double high, JudgedDate judged, bool listedWrong = false, bool statesTheWhole = false)
    {
        var points = quantity.Series.OrderBy(p => p.AsOf, StringComparer.Ordinal).ToList();
        bool Allows(SeriesPoint p) => high >= p.Low && low <= p.High;
        // Between two dated figures with finite bounds ("at least 30" has no top to interpolate to).
        bool FiniteHullAllows(SeriesPoint p, SeriesPoint q) =>
            !double.IsInfinity(p.Low) && !double.IsInfinity(p.High) && !double.IsInfinity(q.Low) && !double.IsInfinity(q.High)
            && high >= Math.Min(p.Low, q.Low) && low <= Math.Max(p.High, q.High);

        // For a dated figure, only between points at most three years apart.
        bool HullAllows(SeriesPoint p, SeriesPoint q) => At(q) - At(p) <= MaxGapYears && FiniteHullAllows(p, q);

        // A listed confusion with another measure ("1,024 internet users": 1,024 is the address count) is
        // wrong even where the series' tolerance would allow it.
        if (listedWrong || quantity.Confusions.Any(c => c.FactId is not null && c.FactId != quantity.Id && low >= c.Value * 0.98 && high <= c.Value * 1.02 && !quantity.Series.Any(p => p.Value is { } v && Math.Abs(v - c.Value) <= c.Value * 0.02)))
        {
            return new(VerdictKind.Wrong, Current(points, judged), null);
        }

        // Below the first point of a growing series the figure may be from before the series starts, or count only some
        // of the whole ("a few thousand citizens"). A series that at least doubled (subscribers from a few thousand) may
        // have started anywhere below its first point; a steady one (the population: 21.2 million in 1993, 26.2 million
        // in 2024) given as the whole was not a tenth of itself a little before, so only down to half its first point:
        // "the country's population is 2.5 million" is wrong at any date.
        var growing = points.Count > 1 && points[0].Low < points[^1].Low;
        var steady = statesTheWhole && growing && points[^1].Low < 2 * points[0].Low;
        bool BeforeTheSeries() => growing && !double.IsInfinity(points[0].Low) && high < points[0].Low && (!steady || high >= points[0].Low / 2);

        if (judged.By == JudgedBy.NoDate)
        {
            // Right at any time: at a point, between two points however far apart, or before a growing series; or
            // inside a gap of more than three years across which the series at least halved or doubled, so that the
            // years between are unknown, up to twice the larger end: an undated "Koryolink, which has 3 million
            // subscribers" may be from 2015, between 2 million (2013) and 400,000 (2023). A steady series (the
            // population) keeps its span between the ends.
            var inSomeGap = Pairs(points).Any(pair => At(pair.Q) - At(pair.P) > MaxGapYears && ChangedAcross(pair.P, pair.Q)
                && low <= 2 * Math.Max(pair.P.High, pair.Q.High));
            var any = points.Any(Allows) || Pairs(points).Any(pair => FiniteHullAllows(pair.P, pair.Q)) || BeforeTheSeries() || inSomeGap;
            return new(any ? VerdictKind.Agrees : VerdictKind.Wrong, points[^1], null);
        }

        // A date before the series starts is one the pack says nothing about.
        if (judged.End <= At(points[0]))
        {
            return new(VerdictKind.Agrees, points[0], null);
        }

        var (start, end) = judged.By == JudgedBy.ArticleDate ? (judged.Start - 1, judged.End + 1) : (judged.Start, judged.End);
        var inWindow = points.Where(p => At(p) >= start && At(p) < end).ToList();
        // The point in force at the date itself (for a named year: at its start), and the points dated in the window.
        var inForce = points.LastOrDefault(p => At(p) <= judged.Start);

        // Inside a gap of more than three years between two dated figures the pack knows nothing of that date.
        var next = points.FirstOrDefault(p => At(p) >= end);
        if (inWindow.Count == 0 && inForce is not null && next is not null && At(next) - At(inForce) > MaxGapYears)
        {
            // …except that a figure an order of magnitude outside anything the series ever allowed is wrong there too
            // ("25 million" internet users in 2022, between the 2019 and 2024 estimates). Nearer figures stay unjudged:
            // "6 million" Koryolink subscribers in 2018 may be right in a gap between 2 million (2013) and 400,000 (2023).
            // Only above: a small figure may be an undercount of a part ("a few thousand citizens" online).
            var highest = points.Max(p => p.High);
            var farOutside = !double.IsInfinity(highest) && low > highest * 10;
            return new(farOutside ? VerdictKind.Wrong : VerdictKind.Agrees, inForce, null);
        }

        // A year the sentence names is judged by the points dated in it; only a year without one
        // falls back to the point in force before it and the span to the next.
        var agrees = judged.By == JudgedBy.SentenceYear && inWindow.Count > 0
            ? inWindow.Any(Allows) || YearEdgesAllow(points, inWindow, start, end, low, high)
            : (inForce is not null && Allows(inForce))
                || inWindow.Any(Allows)
                || Pairs(points).Any(pair => At(pair.P) < end && At(pair.Q) > start && HullAllows(pair.P, pair.Q)
                    && (judged.By != JudgedBy.ArticleDate || WindowOfSegmentAllows(pair.P, pair.Q, start, end, high)));
        var current = Current(points, judged);

        // Below the first point of a growing series, a figure judged by the article's date may be from before the
        // series starts ("within a couple of months it had 3,000 subscribers", of the 2002 network).
        if (agrees || (judged.By == JudgedBy.ArticleDate && BeforeTheSeries()))
        {
            return new(VerdictKind.Agrees, current, null);
        }

        if (judged.By == JudgedBy.ArticleDate)
        {
            var rightAt = points.LastOrDefault(p => At(p) <= start && Allows(p));
            if (rightAt is not null)
            {
                return new(VerdictKind.Stale, current, rightAt.Year.ToString(CultureInfo.InvariantCulture));
            }

            var between = Pairs(points).LastOrDefault(pair => At(pair.Q) <= start && HullAllows(pair.P, pair.Q));
            if (between != default)
            {
                return new(VerdictKind.Stale, current, between.P.Year == between.Q.Year ? $"{between.P.Year}" : $"between {between.P.Year} and {between.Q.Year}");
            }
        }

        return new(VerdictKind.Wrong, current, null);
    }

    /// <summary>The point that states the value at the judged date: in a named year, its latest point (else the latest before it).</summary>
    private static SeriesPoint Current(List<SeriesPoint> points, JudgedDate judged) =>
        points.LastOrDefault(p => At(p) < judged.End && (judged.By != JudgedBy.ArticleDate || At(p) <= judged.End)) ?? points[0];

    /// <summary>
    /// Whether the figure reaches the series' lower bound over the part of the segment from <paramref name="p"/> to
    /// <paramref name="q"/> inside the window: a figure right only early in a long segment was not right by its end
    /// (19,200 subscribers in March 2009, 100,000 in December: an article of August 2010 looks back only to August
    /// 2009). Only the lower side is narrowed: a series that rose fast and then levelled off (followers) can be
    /// above its linear path between two sparse points, so the upper side stays the segment's hull.
    /// </summary>
    private static bool WindowOfSegmentAllows(SeriesPoint p, SeriesPoint q, double from, double to, double high) =>
        At(q) <= At(p) || high >= BoundsOver(p, q, from, to).Low;

    /// <summary>
    /// A figure for a named year may be the year's end as often as the date of a point inside it ("2.42 million in
    /// 2013", a year-end estimate, beside "nearly 2 million" in April 2013 and 2.8 million in 2014): the spans from
    /// the year's last point to the next one and from the previous point to the year's first, each read only up to
    /// the year's edge, both bounds interpolated.
    /// </summary>
    private static bool YearEdgesAllow(List<SeriesPoint> points, List<SeriesPoint> inWindow, double start, double end, double low, double high)
    {
        bool SpanPartAllows(SeriesPoint p, SeriesPoint q) =>
            At(q) > At(p) && At(q) - At(p) <= MaxGapYears && !new[] { p.Low, p.High, q.Low, q.High }.Any(double.IsInfinity)
            && BoundsOver(p, q, start, end) is var bounds && high >= bounds.Low && low <= bounds.High;

        var first = points.IndexOf(inWindow[0]);
        var last = points.IndexOf(inWindow[^1]);
        return (last + 1 < points.Count && SpanPartAllows(points[last], points[last + 1]))
            || (first > 0 && SpanPartAllows(points[first - 1], points[first]));
    }

    /// <summary>
    /// The series' bounds over the part of the span from <paramref name="p"/> to <paramref name="q"/> inside
    /// [<paramref name="from"/>, <paramref name="to"/>], interpolated at the part's ends both linearly and, for a
    /// positive series, geometrically (growth is often exponential), whichever is wider.
    /// </summary>
    private static (double Low, double High) BoundsOver(SeriesPoint p, SeriesPoint q, double from, double to)
    {
        var (tp, tq) = (At(p), At(q));
        double Lowest(double f) => Math.Min(Linear(p.Low, q.Low, f), Geometric(p.Low, q.Low, f));
        double Highest(double f) => Math.Max(Linear(p.High, q.High, f), Geometric(p.High, q.High, f));
        var (f0, f1) = (Math.Clamp((from - tp) / (tq - tp), 0, 1), Math.Clamp((to - tp) / (tq - tp), 0, 1));
        return (Math.Min(Lowest(f0), Lowest(f1)), Math.Max(Highest(f0), Highest(f1)));
    }

    private static double Linear(double a, double b, double f) => a + ((b - a) * f);

    /// <summary>Geometric interpolation where both ends are positive, else linear.</summary>
    private static double Geometric(double a, double b, double f) => a > 0 && b > 0 ? a * Math.Pow(b / a, f) : Linear(a, b, f);

    private static IEnumerable<(SeriesPoint P, SeriesPoint Q)> Pairs(List<SeriesPoint> points) =>
        points.Zip(points.Skip(1), (p, q) => (p, q));

    /// <summary>
    /// A point's date as a fractional year: the middle of its month or day; the start of its year
    /// when only the year is given (a figure "as of 2014" is known from 2014 on).
    /// </summary>
    /// <summary>Whether a series at least doubled or halved between two points with finite, positive bounds.</summary>
    private static bool ChangedAcross(SeriesPoint p, SeriesPoint q) =>
        !double.IsInfinity(p.High) && !double.IsInfinity(q.High) && p.Low > 0 && q.Low > 0
        && Math.Max(p.High, q.High) >= 2 * Math.Min(p.Low, q.Low);

    public static double At(SeriesPoint point) =>
        point.AsOf.Length == 4 ? point.Year : ArticleDate.Parse(point.AsOf, ArticleDateSource.FrontMatter)?.AsYear ?? point.Year;
}
