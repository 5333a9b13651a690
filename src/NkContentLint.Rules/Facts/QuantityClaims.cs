using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis.Text;
using NkContentLint.Claims;
using NkContentLint.Documents;
using NkContentLint.Facts;
using NkContentLint.Text;

namespace NkContentLint.Rules.Facts;

/// <summary>A claim the article asserts about a known quantity, in the quantity's unit, for a year.</summary>
/// <param name="StatesTheWhole">The figure is given as the whole ("the country's population is 2.5 million", its cue
/// "population" or "census", no city or province before it in the sentence), not a count of some of it ("a few thousand
/// citizens"): a steady series allows it below its first point only down to half that point.</param>
internal sealed record QuantityClaim(Claim Claim, QuantityFact Quantity, int? Year, double Low, double High, string Converted, JudgedDate Judged, Confusion? WrongShare = null, bool StatesTheWhole = false)
{
    /// <summary>Agrees, stale (NK2005) or wrong (NK2001), computed once and shared by both rules.</summary>
    public FigureVerdict Verdict { get; } = FigureJudgement.Judge(Quantity, Low, High, Judged, listedWrong: WrongShare is not null, statesTheWhole: StatesTheWhole);
}

/// <summary>
/// Ties claims to quantities: a claim is about a quantity when one of its cue phrases is in the
/// same sentence, close to the number (the nearest cue wins) and the units fit. A percentage of a
/// count quantity with <c>percent_of</c> is converted through the base quantity for that year.
/// </summary>
internal static partial class QuantityClaims
{
    /// <summary>How far (in characters) a cue may be from the claim it explains.</summary>
    private const int CueReach = 60;

    private static readonly DocumentView<FactIndex, IReadOnlyList<QuantityClaim>> View = new((document, facts) => Compute(document, facts));

    /// <summary>The document's claims about known quantities; computed once per document and shared by NK2001 and NK2004.</summary>
    public static IReadOnlyList<QuantityClaim> Find(ContentDocument document, FactIndex facts) =>
        facts.Quantities.IsEmpty ? [] : document.GetView(View, facts);

    private static List<QuantityClaim> Compute(ContentDocument document, FactIndex facts)
    {
        var results = new List<QuantityClaim>();
        var isCandidate = IsCandidate(document.ProseText);

        // Only a sentence with a cue can hold a claim about a quantity: the others' claims are never grouped (a long
        // article has hundreds of thousands of claims, most in sentences no cue explains).
        var cuesInSentences = new List<((TextSpan Span, QuantityFact Quantity) Cue, Sentence Sentence)>();
        foreach (var cue in facts.Match(document).QuantityCues)
        {
            if (FactStatements.SentenceAt(document, cue.Span) is { } sentence)
            {
                cuesInSentences.Add((cue, sentence));
            }
        }

        var sentencesWithACue = cuesInSentences.Select(c => c.Sentence.Span.Start).ToHashSet();
        var bySentence = document.Claims
            .Where(c => sentencesWithACue.Contains(c.Sentence.Span.Start) && isCandidate(c))
            .GroupBy(c => c.Sentence.Span.Start)
            .ToDictionary(g => g.Key, g => g.ToList());

        // Each cue explains the claim nearest to it in its sentence ("6.5 million subscriber lines across two
        // carriers": the cue belongs to the lines, not the carriers). Decided once per cue.
        var owned = new Dictionary<Claim, List<(TextSpan Span, QuantityFact Quantity)>>();
        foreach (var (cue, sentence) in cuesInSentences)
        {
            if (!bySentence.TryGetValue(sentence.Span.Start, out var inSentence))
            {
                continue;
            }

            // A cue denied by the word before it counts the others: "25 million people … with no Internet access"
            // are the people without it, not the internet's users.
            if (DeniedCue().IsMatch(document.ProseText.AsSpan(Math.Max(sentence.Span.Start, cue.Span.Start - 24), cue.Span.Start - Math.Max(sentence.Span.Start, cue.Span.Start - 24))))
            {
                continue;
            }

            // A figure after a concessive or contrasting conjunction is in another clause ("… now have cell phones even
            // though 400 million dollars was spent"): the cue explains a figure on its own side first.
            var owner = inSentence.MinBy(c => Distance(cue.Span, c))!;
            if (owner.Span.Start >= cue.Span.End && OtherClauseAfter().IsMatch(document.ProseText.AsSpan(cue.Span.End, owner.Span.Start - cue.Span.End)))
            {
                owner = inSentence.Where(c => c.Span.Start < cue.Span.End).MinBy(c => Distance(cue.Span, c)) ?? owner;
            }

            // The words after a share's "of" are its base ("only 0.09 percent of its total population, around 20,000
            // people …"): that cue belongs to the share, not to a count nearer to it.
            var window = Math.Max(sentence.Span.Start, cue.Span.Start - 40);
            if (ShareBaseBefore().Match(document.ProseText, window, cue.Span.Start - window) is { Success: true } shareOf
                && inSentence.Where(c => IsPercentLike(c) && c.Span.End <= cue.Span.Start).MaxBy(c => c.Span.End) is { } share
                && shareOf.Index <= share.Span.End)
            {
                owner = share;
            }

            // A share that restates the figure before it, set off by commas ("around five million people, or 19% of the
            // population, owning mobile phones"), stands between the figure and the cue after them: a cue past the
            // share's closing comma that the share cannot take explains the figure it restates (the share's own words,
            // "of the population", are its base, not a cue of the figure).
            if (!(Fits(owner, cue.Quantity) && CountsWhatTheCueSays(owner, cue.Quantity)) && IsPercentLike(owner) && owner.Span.End <= cue.Span.Start
                && inSentence.Where(c => !IsPercentLike(c) && c.Span.End <= owner.Span.Start).MaxBy(c => c.Span.End) is { } restated
                && Restates().IsMatch(document.ProseText.AsSpan(restated.Span.End, RestatingStart(owner, restated) - restated.Span.End))
                && document.ProseText.AsSpan(owner.Span.End, cue.Span.Start - owner.Span.End) is var between
                && between.Contains(',') && !between.ContainsAny(".;:"))
            {
                owner = restated;
            }

            // A count's base in brackets right after it ("around 20,000 people (from 23 million citizens), now have cell
            // phones"): the bracketed figure is the whole the count is taken from, so a cue after the brackets explains
            // the count before them.
            if (owner.Span.End <= cue.Span.Start && BracketedBaseOpening(document.ProseText, sentence.Span, owner, cue.Span) is { } open
                && inSentence.Where(c => c.Span.End <= open).MaxBy(c => c.Span.End) is { } counted
                && BeforeBracket().IsMatch(document.ProseText.AsSpan(counted.Span.End, open - counted.Span.End)))
            {
                owner = counted;
            }

            if (Distance(cue.Span, owner) <= CueReach && Fits(owner, cue.Quantity)
                && (CountsWhatTheCueSays(owner, cue.Quantity) || CounterNouns.TiesToCueBefore(document.ProseText, owner, cue.Span, cue.Quantity))
                && !CountsThingsInHand(owner, cue.Quantity))
            {
                (owned.TryGetValue(owner, out var list) ? list : owned[owner] = []).Add(cue);
            }
        }

        // A count of one in words, said of the whole country ("a lone public address serves the whole country"): its noun is its cue.
        var singulars = new List<Claim>();
        foreach (var (claim, cue) in SingularCounts.Find(document, SingularCues(facts)))
        {
            if (singulars.Any(c => c.Span.OverlapsWith(claim.Span))
                || document.Claims.Any(c => c.Sentence == claim.Sentence && c.Span.OverlapsWith(claim.Span) && isCandidate(c)))
            {
                continue;
            }

            var quantities = QuantitiesBySingularCue(facts).TryGetValue(cue, out var withCue)
                ? withCue.Where(q => Fits(claim, q)).Select(q => (claim.Span, q)).ToList()
                : [];
            if (quantities.Count > 0)
            {
                singulars.Add(claim);
                owned[claim] = quantities;
                (bySentence.TryGetValue(claim.Sentence.Span.Start, out var list) ? list : bySentence[claim.Sentence.Span.Start] = []).Add(claim);
            }
        }

        // More than one figure of a quantity in a sentence: a figure with no cue of its own, joined to one that
        // has ("4,700 followers in August 2010 and more than 13,000 by April 2013"; "from 1 million in 2012 to
        // 2 million in 2013"), is about the same quantity.
        foreach (var (_, inSentence) in bySentence)
        {
            var cued = inSentence.Where(owned.ContainsKey).ToList();
            if (cued.Count == 0)
            {
                continue;
            }

            foreach (var claim in inSentence.Where(c => !owned.ContainsKey(c)))
            {
                var partner = cued.MinBy(c => Math.Abs(c.Span.Start - claim.Span.Start))!;
                var (first, second) = partner.Span.Start < claim.Span.Start ? (partner.Span, claim.Span) : (claim.Span, partner.Span);
                var cues = owned[partner].Where(c => Fits(claim, c.Quantity) && CountsWhatTheCueSays(claim, c.Quantity)).ToList();
                if (cues.Count > 0 && claim.Kind == partner.Kind && second.Start - first.End <= CueReach
                    && Joined().IsMatch(document.ProseText.AsSpan(first.End, second.Start - first.End)))
                {
                    owned[claim] = cues;
                }
            }
        }

        // A share that restates a cued count ("25 million people have access to the internet, which is only 1% of the
        // total population") is the same quantity as a share of its base (percent_of).
        foreach (var (_, inSentence) in bySentence)
        {
            foreach (var claim in inSentence.Where(c => !owned.ContainsKey(c) && IsPercentLike(c)))
            {
                var partner = inSentence.Where(c => owned.ContainsKey(c) && !IsPercentLike(c) && c.Span.End <= claim.Span.Start).MaxBy(c => c.Span.End);
                if (partner is null)
                {
                    continue;
                }

                var start = claim.ApproximationSpan is { } approx && approx.Start < claim.Span.Start && approx.Start >= partner.Span.End ? approx.Start : claim.Span.Start;
                var cues = owned[partner].Where(c => c.Quantity.PercentOf is not null).ToList();
                if (cues.Count > 0 && Restates().IsMatch(document.ProseText.AsSpan(partner.Span.End, start - partner.Span.End)))
                {
                    owned[claim] = cues;
                }
            }
        }

        // Made for the first claim with a cue: its scans of the whole prose (the other places, other domains) were made for
        // every document, and most have no such claim.
        SubjectBinding? binding = null;
        foreach (var (claim, ownCues) in owned)
        {
            var sentenceYear = FactStatements.YearInSentence(document, claim.Sentence, claim.Span);
            var subject = (binding ??= SubjectBinding.For(document, facts)).SubjectOf(claim);
            var allCues = ownCues;
            JudgedDate? eventDate = null;
            if (EventNamedInClause(document, facts, claim, ownCues, subject, sentenceYear) is { } named)
            {
                allCues = [(named.Cue, named.Quantity)];
                sentenceYear = named.Year;
                eventDate = new(JudgedBy.SentenceYear, named.Year, named.Year + 1, named.Year, $"{named.Year}, the year of the event the sentence names ('{document.ProseText.Substring(named.Cue.Start, named.Cue.Length)}')");
            }

            var cues = allCues.Where(c => SubjectBinding.Allows(subject, c.Quantity, facts, sentenceYear, document.ArticleDate) && !binding!.CountsAnotherAccount(claim, c.Quantity)).ToList();
            if (cues.Count == 0)
            {
                continue;
            }

            // A cue inside the claim's own words ("24 million citizens") says what it counts, whatever else is near;
            // otherwise a longer cue is more specific: each extra word counts as 15 characters closer.
            var clause = FactStatements.ClauseSpan(document, claim.Sentence, claim.Span);
            var best = cues
                .OrderBy(c => SubjectBinding.Preference(subject, c.Quantity))
                // A cue in the claim's own clause over one in the next ("…to about seven million, and the number of smartphones…").
                .ThenBy(c => clause.Contains(c.Span) ? 0 : 1)
                .ThenBy(c => Distance(c.Span, claim) == 0 ? 0 : 1)
                .ThenBy(c => Distance(c.Span, claim) - (15 * (WordCount(c.Span, document.ProseText) - 1)))
                .ThenBy(c => Distance(c.Span, claim))
                // A percentage prefers a percent quantity over a count it would have to convert.
                .ThenBy(c => IsPercentLike(claim) && c.Quantity.Unit != "percent" ? 1 : 0)
                .First();
            if (FactStatements.IsNotAsserted(document, claim.Sentence, claim.Span) || FactStatements.IsProjection(document, claim.Sentence, claim.Span))
            {
                continue;
            }

            var quantity = best.Quantity;
            // A sentence that dates the figure only relative to another time ("by the following year some 20,000 had
            // phones", "at the time") speaks of a past the article does not date: any time in the series may be meant.
            // So does one that names a year and then shifts from it ("hit 1 million in early 2012, then topped 2 million
            // the following spring"): the year dates the other figure, not this one.
            var judged = eventDate
                ?? ((sentenceYear is null && RelativeTime().IsMatch(claim.Sentence.Text)) || (sentenceYear is { } stated && ShiftedFromTheYear(document, claim, stated))
                    ? new JudgedDate(JudgedBy.NoDate, double.NegativeInfinity, double.PositiveInfinity, null, "every dated figure in the pack, since the sentence dates the figure only relative to another time")
                    : JudgedDate.For(sentenceYear, document.ArticleDate));
            var year = judged.Year;
            var (low, high) = WithPercentRangeEnd(document.ProseText, claim, Interval(claim));
            var converted = claim.Text;
            Confusion? wrongShare = null;
            if (IsPercentLike(claim) && quantity.Unit != "percent")
            {
                if (quantity.PercentOf is null || facts.Find(quantity.PercentOf) is not QuantityFact baseQuantity)
                {
                    continue;
                }

                // A share the pack lists as a wrong value of this count ("1% of the population" online: the share quantity
                // lists 1% as about 260,000 people) is wrong at any date, as a listed confusion of the count itself would be.
                wrongShare = ListedWrongShare(facts, quantity, low, high);

                var basePoint = baseQuantity.PointFor(year);
                var population = basePoint.Value ?? (basePoint.Low + basePoint.High) / 2;

                // A stated percentage is rounded: "0.1%" means 0.05% to 0.15% of the whole.
                var (roundedLow, roundedHigh) = Rounded(claim, low, high);
                converted = $"{claim.Text} (about {Format(low / 100 * population)} {quantity.Unit} of {Format(population)})";
                (low, high) = (roundedLow / 100 * population, roundedHigh / 100 * population);
            }

            // A value the pack lists as another measure ("28" websites: the .kp zone), in an article that speaks of
            // that measure, is that measure unless the sentence states it of the quantity's subject or the country
            // ("GitHub revealed the list of the 28 sites" is the zone's; "the country only has 28 websites" is not).
            // The same value in a clause that names the other measure's event ("the leak exposed just 28 sites") is that event's, whatever its date.
            // A figure the sentence dates before the other measure was ever taken ("28 Internetseiten – Stand 2014", the
            // zone leaked in 2016) cannot be that measure: it is stated of the quantity, unless the sentence names the other.
            if (eventDate is null && IsListedConfusion(quantity, facts, low, high, out var other)
                && ((MentionsElsewhere(document, facts, other) && !StatesItOfTheSubject(document, facts, claim, quantity, other)
                        && !(DatedBeforeTheMeasure(judged, other) && !NamesTheOtherMeasure(document, facts, claim.Sentence, other)))
                    || EventNamedInClause(document, facts, claim, ownCues, subject, sentenceYear, anyDate: true) is { } itsEvent && itsEvent.Quantity.Id == other.Id))
            {
                continue;
            }

            var statesTheWhole = WholeCue().IsMatch(document.ProseText.AsSpan(best.Span.Start, best.Span.Length))
                && !PartOfTheCountry().IsMatch(document.ProseText.AsSpan(claim.Sentence.Span.Start, claim.Span.Start - claim.Sentence.Span.Start));
            results.Add(new QuantityClaim(claim, quantity, year, low, high, converted, judged, wrongShare, statesTheWhole));
        }

        results.Sort((a, b) => a.Claim.Span.Start.CompareTo(b.Claim.Span.Start));
        return results;
    }

    /// <summary>
    /// A figure whose clause names a dated event of the pack ("the 2016 leak exposed some 2,800 sites") is the
    /// event's figure: the quantity measured at that event (same subject, a point dated in the event's month),
    /// when the figure's own cue is that quantity's or one the pack lists as confused with it (the intranet's
    /// "sites" with the zone's domains). Judged against the event's year. Not when the clause names the cue's
    /// own subject ("Kwangmyong has some 2,800 sites"), nor when the sentence names another year. The event is
    /// that one only when the sentence names its year, or names none in an article written within a year after
    /// it: "the outage lasted six hours" in an undated article may be any outage.
    /// </summary>
    private static (TextSpan Cue, QuantityFact Quantity, int Year)? EventNamedInClause(
        ContentDocument document, FactIndex facts, Claim claim, List<(TextSpan Span, QuantityFact Quantity)> cues, ClaimSubject subject, int? sentenceYear, bool anyDate = false)
    {
        var events = facts.Match(document).EventCues;
        if (events.IsEmpty)
        {
            return null;
        }

        // The cues are in order of their end: find the first that ends in the clause by binary search, stop past it.
        var clause = FactStatements.ClauseSpan(document, claim.Sentence, claim.Span);
        var lo = SortedSearch.FirstNotBefore(events.Length, i => events[i].Span.End < clause.Start);

        for (var k = lo; k < events.Length && events[k].Span.End <= clause.End; k++)
        {
            var (span, fact) = events[k];
            if (!clause.Contains(span) || fact.Date.Length < 7 || !int.TryParse(fact.Date.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture, out var year)
                || (sentenceYear is { } named && named != year))
            {
                continue;
            }

            foreach (var measured in MeasuredAt(facts, fact))
            {
                if (!Fits(claim, measured))
                {
                    continue;
                }

                // Undated, the event is that one only when its year is near the article's, or when the figure's own cue is
                // the measure of a running series the event is one point of ("the leaked .kp zone listed about 2,800 domains").
                var dated = sentenceYear is not null || anyDate || (document.ArticleDate is { } date && date.Year >= year && date.Year <= year + 1);
                var related = cues.Any(c => (c.Quantity.Id == measured.Id && (dated || measured.Series.Length > 1))
                    || (dated && c.Quantity.Confusions.Any(x => x.FactId == measured.Id) && subject.Named?.Entity?.Id != c.Quantity.Subject
                        && !(TheCountryHasIt(document, claim) && !NamesTheOtherMeasure(document, facts, claim.Sentence, measured))));
                if (related)
                {
                    return (span, measured, year);
                }
            }
        }

        return null;
    }

    private static readonly ConditionalWeakTable<FactIndex, Dictionary<string, List<Confusion>>> WrongSharesCache = new();

    /// <summary>
    /// The confusion a share quantity (unit percent) lists for <paramref name="count"/> at the stated share, if any: the
    /// stated share (low to high, in percent) must be that value, not a bound below it ("less than 1%" is right).
    /// Indexed once per fact index by the count quantity the confusion names.
    /// </summary>
    private static Confusion? ListedWrongShare(FactIndex facts, QuantityFact count, double low, double high)
    {
        var byCount = WrongSharesCache.GetValue(facts, f => f.Quantities
            .Where(q => q.Unit == "percent")
            .SelectMany(q => q.Confusions.Where(c => c.FactId is not null && c.FactId != q.Id))
            .GroupBy(c => c.FactId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal));
        return byCount.TryGetValue(count.Id, out var listed)
            ? listed.FirstOrDefault(c => low >= c.Value * 0.98 && high <= c.Value * 1.02)
            : null;
    }

    private static readonly ConditionalWeakTable<FactIndex, Dictionary<string, List<QuantityFact>>> QuantitiesBySingularCueCache = new();

    /// <summary>The count quantities by the singular of each of their plural cues; computed once per fact index.</summary>
    private static Dictionary<string, List<QuantityFact>> QuantitiesBySingularCue(FactIndex facts) => QuantitiesBySingularCueCache.GetValue(facts, f =>
        f.Quantities.Where(q => q.Unit is not ("percent" or "hours"))
            .SelectMany(q => q.Cues.Select(SingularCounts.Singular).OfType<string>().Distinct(StringComparer.Ordinal).Select(c => (Cue: c, Quantity: q)))
            .GroupBy(x => x.Cue, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Quantity).ToList(), StringComparer.Ordinal));

    private static readonly ConditionalWeakTable<FactIndex, IReadOnlyDictionary<string, List<string>>> SingularCueCache = new();

    /// <summary>The singular of every plural cue of a count quantity, keyed by its last word; computed once per fact index.</summary>
    private static IReadOnlyDictionary<string, List<string>> SingularCues(FactIndex facts) => SingularCueCache.GetValue(facts, f =>
        f.Quantities.Where(q => q.Unit is not ("percent" or "hours")).SelectMany(q => q.Cues).Select(SingularCounts.Singular).OfType<string>().Distinct(StringComparer.Ordinal)
            .GroupBy(c => c[(c.LastIndexOf(' ') + 1)..], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal));

    /// <summary>The words before a cue that deny it: "no", "without", "lack of", "lacking".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(no|without|lacks?(\s+of)?|lacked(\s+of)?|lacking|zero)\s+$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex DeniedCue();

    /// <summary>
    /// Whether a time shifted from the sentence's year ("the following spring", "two years later") sits between that
    /// year and the claim, or right after the claim before any comma: then the year is not the claim's date.
    /// </summary>
    private static bool ShiftedFromTheYear(ContentDocument document, Claim claim, int year)
    {
        var prose = document.ProseText;
        var sentence = claim.Sentence.Span;
        var before = prose.AsSpan(sentence.Start, claim.Span.Start - sentence.Start);
        var at = before.LastIndexOf(year.ToString(System.Globalization.CultureInfo.InvariantCulture).AsSpan());
        if (at < 0)
        {
            return false;
        }

        if (ShiftedTime().IsMatch(before[(at + 4)..]))
        {
            return true;
        }

        var after = prose.AsSpan(claim.Span.End, sentence.End - claim.Span.End);
        var stop = after.IndexOfAny(",;:.()");
        return ShiftedTime().IsMatch(stop < 0 ? after : after[..stop]);
    }

    /// <summary>A time shifted from another: "the following spring", "the next year", "two years later", "a year earlier".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(the\s+(following|next|previous|preceding)\s+(year|month|quarter|spring|summer|autumn|fall|winter)|(a|one|two|three|four|five|six|\d+)\s+(years?|months?)\s+(later|earlier|afterwards?))\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ShiftedTime();

    /// <summary>A time given relative to another: "the following year", "a year later", "at the time", "by then", "initially".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(the\s+(following|next|previous|preceding)\s+(year|month|quarter|spring|summer|autumn|fall|winter)|(a|one|two|three|four|five|six|\d+)\s+(years?|months?)\s+(later|earlier|afterwards?|on|ago)|last\s+(year|month|quarter|spring|summer|autumn|fall|winter)|at\s+the\s+time|at\s+that\s+(time|point)|by\s+then|back\s+then|by\s+that\s+time|that\s+year|in\s+its\s+first\s+(year|months|weeks)|within\s+(a|one|two|three|four|six|\d+)\s+(couple\s+of\s+)?(months?|weeks?|years?)|initially|at\s+first|at\s+launch|at\s+the\s+outset)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex RelativeTime();

    /// <summary>A level stated per period ("100,000 people signing up during each of the last five quarters", "a month"): a flow, not a level.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^[^.;:]{0,60}?\b((each|every)\s+(of\s+the\s+(last|past|first|next)\s+[\p{L}\d]+\s+)?(days?|weeks?|months?|quarters?|years?)|(a|per)\s+(day|week|month|quarter|year))\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex PerPeriodAfter();

    /// <summary>Verbs of joining or adding: with a period ("signing up during each quarter") they make a count a flow; without one ("browse the web every day") the count is still a level of users.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(sign(s|ed|ing)?[\s-]+up|join(s|ed|ing)?|add(s|ed|ing)?|gain(s|ed|ing)?|register(s|ed|ing)?|new)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex FlowVerb();

    private static readonly ConditionalWeakTable<FactIndex, Dictionary<string, List<QuantityFact>>> MeasuredCache = new();

    /// <summary>The quantities measured at an event: same subject, a point dated in the event's month. Indexed once per fact index.</summary>
    private static List<QuantityFact> MeasuredAt(FactIndex facts, EventFact fact)
    {
        var byEvent = MeasuredCache.GetValue(facts, f =>
        {
            var bySubject = f.Quantities.ToLookup(q => q.Subject, StringComparer.Ordinal);
            return f.Events.Where(e => e.Date.Length >= 7).ToDictionary(
                e => e.Id,
                e => bySubject[e.Subject].Where(q => q.Series.Any(p => p.AsOf.StartsWith(e.Date[..7], StringComparison.Ordinal))).ToList(),
                StringComparer.Ordinal);
        });
        return byEvent.TryGetValue(fact.Id, out var list) ? list : [];
    }

    /// <summary>Where a share that restates a figure starts: at its approximation word ("or about 19%") when that is after the figure.</summary>
    private static int RestatingStart(Claim share, Claim figure) =>
        share.ApproximationSpan is { } approx && approx.Start < share.Span.Start && approx.Start >= figure.Span.End ? approx.Start : share.Span.Start;

    /// <summary>
    /// Where the brackets open that hold <paramref name="owner"/> as the base of a count before them ("(from 23 million
    /// citizens)", "(out of 24 million)"), when they close before the cue with nothing but a comma or spaces after them.
    /// </summary>
    private static int? BracketedBaseOpening(string prose, TextSpan sentence, Claim owner, TextSpan cue)
    {
        var open = prose.LastIndexOf('(', owner.Span.Start, owner.Span.Start - sentence.Start);
        if (open < 0 || !BaseWords().IsMatch(prose.AsSpan(open + 1, owner.Span.Start - open - 1)))
        {
            return null;
        }

        var close = prose.IndexOf(')', owner.Span.End, cue.Start - owner.Span.End);
        return close >= 0 && !prose.AsSpan(owner.Span.End, close - owner.Span.End).ContainsAny("(.;")
            && !prose.AsSpan(close + 1, cue.Start - close - 1).ContainsAny("().;:")
            ? open
            : null;
    }

    /// <summary>A conjunction that opens another clause: "even though", "although", "whereas", "while", "but".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(even\s+though|although|though|whereas|while|but)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex OtherClauseAfter();

    /// <summary>A share's "of" and the words before its base: "0.09 percent of its total ", "1% of the ".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(\bpercent|\bper\s+cent|%)\s+of\s+((the|its|their)\s+)?((total|entire|whole)\s+)?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ShareBaseBefore();

    /// <summary>The words in brackets before a count's base: "from", "out of", "of a total of", "among some".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(from|out\s+of|of|among)\s+((a|an|the)\s+)?(total\s+(of\s+)?|population\s+of\s+)?((about|around|some|nearly|roughly|approximately)\s+)?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex BaseWords();

    /// <summary>Between a count and the brackets of its base: the count's own noun and spaces ("20,000 people (").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(\s+[\p{L}-]+){0,2}\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex BeforeBracket();

    /// <summary>What lies between a count and a share that restates it: "…, which is only", "…, or", "…, that is".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^[^.;:]{0,40}?,\s*(which|that)\s+(is|was|are|were|represents|represented|amounts\s+to|amounted\s+to)\s+(only\s+|just\s+|a\s+mere\s+)?$|^[^.;:]{0,40}?,\s*(or|that\s+is|i\.e\.)\s+(only\s+|just\s+)?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Restates();

    /// <summary>Words that join two figures of one series: "and", "to", "from", "up from", "compared with".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^[^.;:]*\b(and|to|from|up from|down from|compared with|against|versus|then)\b[^.;:]*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Joined();

    private static bool IsListedConfusion(QuantityFact quantity, FactIndex facts, double low, double high, out QuantityFact other)
    {
        other = quantity.Confusions
            .Where(c => c.FactId is { } id && id != quantity.Id && low >= c.Value * 0.98 && high <= c.Value * 1.02)
            .Select(c => facts.Find(c.FactId!) as QuantityFact)
            .FirstOrDefault(q => q is not null)!;
        return other is not null;
    }

    /// <summary>Whether the sentence names a year before the first figure of <paramref name="other"/> (a one-off measure, like the 2016 zone leak).</summary>
    private static bool DatedBeforeTheMeasure(JudgedDate judged, QuantityFact other) =>
        judged.By == JudgedBy.SentenceYear && judged.Year is { } year && !other.Series.IsDefaultOrEmpty && year < other.Series.Min(p => p.Year);

    /// <summary>Whether the article names the other measure's subject or uses one of its cues.</summary>
    private static bool MentionsElsewhere(ContentDocument document, FactIndex facts, QuantityFact other)
    {
        var matches = facts.Match(document);
        return matches.Names.Any(n => n.Entity.Id == other.Subject && facts.Entity(other.Subject)?.Kind != "country")
            || matches.QuantityCues.Any(c => c.Quantity.Id == other.Id);
    }

    private static bool StatesItOfTheSubject(ContentDocument document, FactIndex facts, Claim claim, QuantityFact quantity, QuantityFact other)
    {
        var sentence = claim.Sentence;
        var names = facts.Match(document).Names.Where(n => sentence.Span.Contains(n.Span)).ToList();

        // The quantity's own subject, by name, the last thing named before the figure ("la fuite des domaines en .kp montre que
        // l'internet nord-coréen, appelé Kwangmyong, ne serait muni que de vingt-huit sites", blind22 a-09): the sentence
        // states the figure of it, whatever it names before as the evidence. A country is no such name: "the leak of .kp
        // domains shows North Korea has 28 sites" stays the zone's.
        if (names.LastOrDefault(n => n.Span.End <= claim.Span.Start) is { Entity: { } named } nearest && named.Id == quantity.Subject
            && named.Kind != "country" && named.Id != other.Subject
            && !other.Cues.Any(c => document.ProseText.AsSpan(nearest.Span.End, claim.Span.Start - nearest.Span.End).Contains(c.TrimEnd('s'), StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        if (NamesTheOtherMeasure(document, facts, sentence, other))
        {
            return false;
        }

        return names.Any(n => n.Entity.Id == quantity.Subject || n.Entity.Kind == "country") || TheCountry().IsMatch(sentence.Text) || TheCountryHasIt(document, claim);
    }

    /// <summary>A sentence that names the other measure's subject or uses its words ("the .kp domain", "domain names") is about it.</summary>
    private static bool NamesTheOtherMeasure(ContentDocument document, FactIndex facts, Sentence sentence, QuantityFact other)
    {
        var text = sentence.Text;
        return facts.Match(document).Names.Any(n => sentence.Span.Contains(n.Span) && n.Entity.Id == other.Subject && n.Entity.Kind != "country")
            || other.Cues.Any(c => text.Contains(c.TrimEnd('s'), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>A cue that names the whole counted ("population", "census"), not some of it ("citizens", "inhabitants").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(population|census)$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex WholeCue();

    /// <summary>A part of the country named before the figure ("the capital city, Pyongyang, which has a total population of 3 million").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(Pyongyang|capital|city|cities|province|provinces|county|town|towns|region|urban|rural)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex PartOfTheCountry();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(the country|the north|the nation|its own internet|the intranet)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex TheCountry();

    /// <summary>
    /// The country said to have the figure, right before it: "North Korea has only 28 Web sites, leaked data reveals"
    /// is a claim about the country's whole web, whatever event the clause names as its evidence. "North Korea" may be
    /// glued to the word before it by a lost space ("Digital divideNorth Korea has only 28 Web sites").
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(north\s+korea|\b(the\s+country|the\s+nation|the\s+north|pyongyang))\s+((only|just|still)\s+)?(has|had|have|owns|owned|boasts|boasted)\s+((only|just|a\s+mere|a\s+total\s+of|about|around|some|roughly|has)\s+)*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex CountryHasBefore();

    private static bool TheCountryHasIt(ContentDocument document, Claim claim)
    {
        var end = claim.ApproximationSpan is { } approx && approx.Start < claim.Span.Start ? approx.Start : claim.Span.Start;
        var start = Math.Max(claim.Sentence.Span.Start, end - 60);
        return CountryHasBefore().IsMatch(document.ProseText.AsSpan(start, end - start));
    }

    /// <summary>Generic words for people: a count of these can be a count of users, subscribers or followers.</summary>
    private static readonly string[] PeopleNouns = ["people", "persons", "individuals", "citizens", "residents", "inhabitants", "users", "koreans", "north koreans", "subscribers", "followers", "accounts"];

    /// <summary>
    /// A claim that names what it counts ("60 characters", "two carriers") is about that, not about
    /// a cue elsewhere in the sentence: its noun must contain one of the quantity's cues, or be a
    /// generic word for people when the quantity counts people. Percentages name their whole, not a unit.
    /// </summary>
    /// <summary>
    /// Whether a count is so far below anything the quantity ever was that it counts things in hand, not the whole:
    /// "examined two North Korean-branded smartphones" beside 1.9 million smartphone connections. Ten thousand
    /// times below the series' smallest value leaves room for every undercount a writer might state ("only a
    /// few thousand users" against millions) and for the count of one the country has ("a lone address" of 1,024).
    /// </summary>
    private static bool CountsThingsInHand(Claim claim, QuantityFact quantity)
    {
        if (claim.Kind != ClaimKind.Count || quantity.Unit == "percent" || quantity.Series.IsDefaultOrEmpty)
        {
            return false;
        }

        var smallest = quantity.Series.Min(p => p.Low);
        return smallest > 0 && !double.IsInfinity(smallest) && claim.High * 10_000 < smallest;
    }

    private static bool CountsWhatTheCueSays(Claim claim, QuantityFact quantity)
    {
        if (IsPercentLike(claim) || claim.CountedNoun is not { Length: > 0 } noun)
        {
            return true;
        }

        noun = noun.ToLowerInvariant();
        if (quantity.Cues.Any(cue => noun.Contains(cue, StringComparison.OrdinalIgnoreCase) || cue.Contains(noun, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        return quantity.Unit is "people" or "users" or "subscribers" or "followers"
            && PeopleNouns.Any(p => noun == p || noun.EndsWith(" " + p, StringComparison.Ordinal));
    }

    /// <summary>A change, not a level: "increased by 206 thousand", "a rise of 2.8 percent", "260,000 new connections".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(increas\w*|ris\w*|rose|grew|grow\w*|gain\w*|fell|fall\w*|drop\w*|declin\w*|add\w*|jump\w*|climb\w*|up|down)\s+(by|of)\s+(about\s+|around\s+|some\s+|nearly\s+|almost\s+|more than\s+|over\s+)?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ChangeBefore();

    private static bool IsChange(string prose, Claim claim)
    {
        var start = Math.Max(claim.Sentence.Span.Start, claim.Span.Start - 40);
        var before = prose.AsSpan(start, claim.Span.Start - start);
        if (claim.ApproximationSpan is { } approx && approx.Start < claim.Span.Start && approx.Start >= start)
        {
            before = prose.AsSpan(start, approx.Start - start);
        }

        return ChangeBefore().IsMatch(before) || (claim.CountedNoun is { } noun && noun.StartsWith("new ", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Claims that can be about a quantity: not quoted, not part of a rate, not a network prefix, not a change.</summary>
    private static Func<Claim, bool> IsCandidate(string prose) => claim =>
        !claim.IsQuoted
        && !IsChange(prose, claim)
        && claim.Kind is ClaimKind.Count or ClaimKind.Percentage or ClaimKind.Amount or ClaimKind.Ratio or ClaimKind.Fraction
        && !(claim.Span.Start > 0 && prose[claim.Span.Start - 1] == '/')
        && !FollowedByPer(prose, claim.Span.End)
        && !(PerPeriodAfter().IsMatch(prose.AsSpan(claim.Span.End, Math.Min(prose.Length, claim.Sentence.Span.End) - claim.Span.End))
            && FlowVerb().IsMatch(claim.Sentence.Text))
        && !PrecededByPer(prose, claim.Span.Start)
        && !IsPercentRangeEnd(prose, claim);

    /// <summary>
    /// A share's range written with the unit on both ends ("15%-20%", "20%至30%", "20% to 30%"): the reader takes the two
    /// ends as two shares, or only the first. The first is the range, up to the second (a share of 20 to 30 per 100 for
    /// 2023 agrees with about 25); the second is part of it and not judged alone.
    /// </summary>
    private static (double Low, double High) WithPercentRangeEnd(string prose, Claim claim, (double Low, double High) interval)
    {
        if (claim.Kind != ClaimKind.Percentage || claim.Approximation is not (Approximation.Exact or Approximation.About or Approximation.Nearly))
        {
            return interval;
        }

        var to = Math.Min(claim.Sentence.Span.End, claim.Span.End + 24);
        return PercentRangeEnd().Match(prose, claim.Span.End, to - claim.Span.End) is { Success: true } end
            && double.TryParse(end.Groups["high"].Value.Replace(',', '.'), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var high)
            && high > interval.High && high <= 100
            ? (interval.Low, high)
            : interval;
    }

    private static bool IsPercentRangeEnd(string prose, Claim claim) =>
        claim.Kind == ClaimKind.Percentage && claim.Span.Start > 0
        && PercentRangeStart().IsMatch(prose.AsSpan(Math.Max(claim.Sentence.Span.Start, claim.Span.Start - 24), claim.Span.Start - Math.Max(claim.Sentence.Span.Start, claim.Span.Start - 24)));

    /// <summary>Right after a share: a dash, tilde, "至"/"到" or "to", then the range's upper end with its own unit.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:-|–|—|~|～|至|到|to)\s*(?<high>\d+(?:[.,]\d+)?)\s*(?:%|％|percent\b|per\s+cent\b)", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex PercentRangeEnd();

    /// <summary>Right before a share: a share with its unit, then a dash, tilde, "至"/"到" or "to" (the share is a range's upper end).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\d\s*(?:%|％|percent|per\s+cent)\s*(?:-|–|—|~|～|至|到|to)\s*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex PercentRangeStart();

    private static bool FollowedByPer(string prose, int end) => prose.AsSpan(end).TrimStart().StartsWith("per ", StringComparison.OrdinalIgnoreCase);

    private static bool PrecededByPer(string prose, int start) => prose.AsSpan(0, start).TrimEnd().EndsWith(" per", StringComparison.OrdinalIgnoreCase);

    private static bool IsPercentLike(Claim claim) => claim.Kind is ClaimKind.Percentage or ClaimKind.Ratio or ClaimKind.Fraction;

    /// <summary>
    /// The values a claim allows, in the quantity's terms: bounds open one side ("more than X"),
    /// ratios and fractions become percentages, durations become hours. "About X" is X: the pack's
    /// ranges already carry the tolerance an approximate figure needs.
    /// </summary>
    public static (double Low, double High) Interval(Claim claim)
    {
        var scale = claim.Kind is ClaimKind.Ratio or ClaimKind.Fraction ? 100
            : claim.Unit switch { "minutes" => 1.0 / 60, "days" => 24, "weeks" => 24 * 7, _ => 1 };
        var (low, high) = (claim.Low * scale, claim.High * scale);
        return claim.Approximation switch
        {
            Approximation.MoreThan or Approximation.AtLeast => (low, double.PositiveInfinity),
            Approximation.FewerThan or Approximation.AtMost or Approximation.UpTo => (0, high),
            _ => (low, high),
        };
    }

    /// <summary>A percentage widened by half a unit of its last stated digit (bounds stay open where they were).</summary>
    private static (double Low, double High) Rounded(Claim claim, double low, double high)
    {
        if (claim.Kind != ClaimKind.Percentage)
        {
            return (low, high);
        }

        var half = 0.5 * Math.Pow(10, -Decimals(claim.Low));
        return (Math.Max(0, low - (low > 0 ? half : 0)), double.IsInfinity(high) ? high : high + half);
    }

    private static int Decimals(double value)
    {
        var text = value.ToString("0.######", System.Globalization.CultureInfo.InvariantCulture);
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? 0 : text.Length - dot - 1;
    }

    public static string Format(double value) => value switch
    {
        double.PositiveInfinity => "no upper bound",
        >= 1_000_000 => $"{value / 1_000_000:0.##} million",
        >= 100 => $"{value:N0}",
        _ => $"{value:0.###}",
    };

    private static bool Fits(Claim claim, QuantityFact quantity) => claim.Kind switch
    {
        ClaimKind.Percentage or ClaimKind.Ratio or ClaimKind.Fraction => quantity.Unit == "percent" || quantity.PercentOf is not null,
        ClaimKind.Amount => quantity.Unit == "hours" && claim.Unit is "hours" or "minutes" or "days" or "weeks",
        _ => quantity.Unit != "percent" && quantity.Unit != "hours" && claim.Unit is null,
    };

    private static int WordCount(Microsoft.CodeAnalysis.Text.TextSpan span, string text) =>
        text.AsSpan(span.Start, span.Length).Count(' ') + 1;

    /// <summary>Characters between a cue and a claim; 0 when the cue is inside the claim or its approximation.</summary>
    private static int Distance(Microsoft.CodeAnalysis.Text.TextSpan cue, Claim claim)
    {
        var start = claim.ApproximationSpan is { } approximation ? Math.Min(approximation.Start, claim.Span.Start) : claim.Span.Start;
        var end = claim.Span.End;
        return cue.End <= start ? start - cue.End : end <= cue.Start ? cue.Start - end : 0;
    }
}
