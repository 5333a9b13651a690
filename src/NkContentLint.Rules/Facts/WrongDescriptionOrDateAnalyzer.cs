using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;
using NkContentLint.Analysis;
using NkContentLint.Diagnostics;
using NkContentLint.Documents;
using NkContentLint.Facts;
using NkContentLint.Text;

namespace NkContentLint.Rules.Facts;

/// <summary>
/// NK2003: a sentence that says what something is, or when something happened, wrongly:
/// "Kwangmyong, the state-run messaging service" (it is the national intranet), "North Korea,
/// founded in 1945" (9 September 1948). The subject must be named in the sentence and linked to
/// the description (is, was, an apposition) or the date must sit next to the event's cue word.
/// </summary>
public sealed partial class WrongDescriptionOrDateAnalyzer : ContentAnalyzer
{
    /// <summary>How far a date may be from the event word it belongs to.</summary>
    private const int DateReach = 40;

    public static readonly DiagnosticDescriptor Rule = new(
        "NK2003",
        "Wrong description or date",
        "{0}",
        RuleCategories.Facts,
        DiagnosticSeverity.Error,
        "A sentence that describes an entity as something it is not, or dates an event wrongly, according to the sourced fact pack.");

    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    // Between a name and a description of it: "X is a", "X, the", "X (a", "X was once the", "X opened a",
    // "X's internet is": an apposition, a copula or a verb of founding, optionally after a possessive noun.
    // Also a hedged apposition or a comparison ("X, in effect the nation's …", "X works much like a …").
    [GeneratedRegex(@"^\s*((’s|'s)\s+[\w-]+\s+)?(,|\(|—|–|:)?\s*((in effect|essentially|basically|effectively|in practice|practically)\s+)?((is|was|are|were|remains|became|serves as|served as|acts as|functions as|works as|known as|described as|called|opened|launched|operates|operated|built|works like|worked like|works much like|is like|was like|is much like|acts like|resembles|is similar to)\s+)?((a|an|the)\s+)?([\w’'-]+\s+){0,3}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NameThenDescription();

    // Between a name and another name given as its own: "Kwangmyong, also known as", "Kwangmyong en anglais, ou encore sous le
    // nom de «", "Kwangmyong (광명), auch bekannt als", "Kwangmyong, conocido como": an aside in brackets or naming the language
    // it is the name in, then the words that give a name.
    [GeneratedRegex(@"^\s*(\([^()]{0,30}\)\s*)?(,?\s*(in english|en anglais|auf englisch|en inglés|em inglês)\b)?\s*[,(—–]?\s*((or|ou|oder|o|or even)\s+)?((also|encore|aussi|également|auch|también|também|sometimes|parfois)\s+)?((officially|commonly)\s+)?(known as|called|named|a\.?k\.?a\.?|connu sous le nom de|connue sous le nom de|sous le nom de|connu comme|connue comme|appelé|appelée|nommé|nommée|bekannt als|genannt|conocido como|conocida como|llamado|llamada|denominado|denominada|conhecido como|conhecida como|chamado|chamada|denominado)\s*[«""“„‘'‹]?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GivenAsName();

    // Between a description and the name it describes: "the messaging service Kwangmyong", "… service called Kwangmyong".
    [GeneratedRegex(@"^\s*(,)?\s*((called|named|known as)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DescriptionThenName();

    [GeneratedRegex(@"\b(?:(?<day>\d{1,2})\s+(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<year>(?:19|20)\d\d)|(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<day>\d{1,2}),?\s+(?<year>(?:19|20)\d\d)|(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<year>(?:19|20)\d\d)|(?<year>(?:19|20)\d\d)년(?:\s*(?<kmonth>1[0-2]|0?[1-9])월(?:\s*(?<kday>[12]\d|3[01]|0?[1-9])일)?)?|(?<year>(?:19\d|20[0-4])\d))(?:\b|(?<=[년월일]))|(?<![\d.])(?<year>(?:19|20)\d\d)年(?:(?<kmonth>1[0-2]|0?[1-9])月(?:(?<kday>[12]\d|3[01]|0?[1-9])日)?)?")]
    private static partial Regex DateExpression();

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        if (context.Facts.Descriptions.IsEmpty && context.Facts.Events.IsEmpty)
        {
            return;
        }

        var document = context.Document;
        var matches = context.Facts.Match(document);
        Dictionary<(string Subject, string Since), int?>? subjectYears = null;
        foreach (var (span, fact, wrong) in matches.WrongDescriptions)
        {
            if (FactStatements.SentenceAt(document, span) is not { } sentence)
            {
                continue;
            }

            // A wrong phrase that is another thing's name ("Red Star", the OS, for the intranet) is wrong only where the text
            // gives it as the subject's name ("Kwangmyong, also known as Red Star", "… ou encore sous le nom de «Red Star»"; a
            // name is quoted as a matter of course): the two named together ("Kwangmyong is reached from Red Star OS
            // computers") say nothing wrong.
            if (context.Facts.Entities.Any(e => e.Id != fact.Subject && e.AcceptedNames.Any(n => n.Equals(wrong.Phrase, StringComparison.OrdinalIgnoreCase))))
            {
                var prose = document.ProseText;
                if (!sentence.Block.IsQuotedPassage
                    && NamesIn(matches.Names, sentence.Span).Any(n => n.Entity.Id == fact.Subject && n.Span.End <= span.Start
                        && GivenAsName().IsMatch(prose.AsSpan(n.Span.End, span.Start - n.Span.End)))
                    && !FactStatements.IsDisowned(document, sentence, span))
                {
                    var subjectName = context.Facts.Entity(fact.Subject)?.Name ?? fact.Subject;
                    context.ReportDiagnostic(Diagnostic.Create(Rule, document.GetLocation(span), relatedLocations: null, FactStatements.Properties(fact, fact.Is, asOf: null),
                        $"{subjectName} is not called '{prose.Substring(span.Start, span.Length)}': it is {fact.Is}; {wrong.Why} ({FactStatements.Cite(fact)})"));
                }

                continue;
            }

            if (FactStatements.IsNotAsserted(document, sentence, span))
            {
                continue;
            }

            // A description that once held ("the only mobile operator") is wrong only in an article dated after it
            // stopped holding. An article with no date known is judged only when it dates its subject itself in a later
            // year ("Red Star OS in 2020", blind31 a-10): it was written after that.
            int? datedBySubject = null;
            if (wrong.Since is { } since && !(document.ArticleDate is { } articleDate && IsOnOrAfter(articleDate, since))
                && (document.ArticleDate is not null
                    || (datedBySubject = (subjectYears ??= []).TryGetValue((fact.Subject, since), out var known) ? known
                        : subjectYears[(fact.Subject, since)] = YearTheArticleDatesItsSubject(document, matches.Names, fact.Subject, since)) is null))
            {
                continue;
            }

            // A wrong phrase that names its subject itself ("have been banned in North Korea since 2004") needs no other link.
            var namesItself = NamesIn(matches.Names, sentence.Span).Any(n => n.Entity.Id == fact.Subject && span.Contains(n.Span))
                || OfTheParagraphsSubject(document, matches.Names, sentence, span, wrong.Phrase, fact.Subject);
            var linked = namesItself || NamesIn(matches.Names, sentence.Span)
                .Any(n => n.Entity.Id == fact.Subject && LinksWrong(document.ProseText, n.Span, span, wrong.Phrase)
                    && !SetApart(document.ProseText, sentence.Span, n.Span));

            // A reference to the thing named before ("Das Intranet ist auch von außen zugänglich", after "das 'Kwangmyong'
            // betitelte Intranet") links the description as its name would: stated of it, it is a statement about it.
            var byReference = !linked && RefersBack(document, matches.Names, sentence, span, fact, wrong.Phrase);
            if (byReference)
            {
                linked = namesItself = true;
            }

            if (linked)
            {
                var subject = context.Facts.Entity(fact.Subject)?.Name ?? fact.Subject;
                var article = UniqueDescription().IsMatch(wrong.Phrase) ? "the" : "aeiouAEIOU".Contains(wrong.Phrase[0]) ? "an" : "a";
                var when = wrong.Since is null ? ""
                    : datedBySubject is { } dated ? $" in an article that dates {subject} in {dated} itself (it has no date of its own)"
                    : $" at the article's date {document.ArticleDate!.Text} ({document.ArticleDate.Origin})";
                var properties = FactStatements.Properties(fact, fact.Is, asOf: null);
                var cited = FactStatements.Cite(fact);

                // A phrase that became wrong is shown wrong by the newest source from before it did, which dates the
                // change: the message and the fact properties (SARIF, HTML) name that source.
                if (wrong.Since is { } changed
                    && fact.Sources.Where(f => f.Date is not null && string.CompareOrdinal(f.Date, changed) < 0).MaxBy(f => f.Date, StringComparer.Ordinal) is { } newest)
                {
                    cited = $"{newest.Title}, {newest.Url}";
                    properties["fact.sourceTitle"] = newest.Title;
                    properties["fact.sourceUrl"] = newest.Url;
                }

                context.ReportDiagnostic(Diagnostic.Create(Rule, document.GetLocation(span), relatedLocations: null, properties, namesItself
                    ? $"'{document.ProseText.Substring(span.Start, span.Length)}' is wrong{when}: {wrong.Why} ({cited})"
                    : IsAgentPhrase(wrong.Phrase)
                        ? $"{subject} was not made {document.ProseText.Substring(span.Start, span.Length)}{when}: it is {fact.Is}; {wrong.Why} ({cited})"
                        : $"{subject} is not {article} {wrong.Phrase}{when}: it is {fact.Is}; {wrong.Why} ({cited})"));
            }
        }

        // What a name means: a gloss of it that none of the sourced meanings allows ("Kwangmyong, which is Korean for
        // 'bright star'"), and that gloss used later in place of the name.
        foreach (var (span, gloss, fact) in NameGlosses.FindWrong(document.ProseText, matches.Names, context.Facts))
        {
            if (FactStatements.SentenceAt(document, span) is not { } sentence || FactStatements.IsDisowned(document, sentence, span))
            {
                continue;
            }

            var subject = context.Facts.Entity(fact.Subject)?.Name ?? fact.Subject;
            var means = string.Join(" or ", fact.Means.Select(m => $"'{m}'"));
            context.ReportDiagnostic(Diagnostic.Create(Rule, document.GetLocation(span), relatedLocations: null, FactStatements.Properties(fact, fact.Is, asOf: null),
                $"{subject} does not mean '{gloss}': the name means {means} ({FactStatements.Cite(fact)})"));
        }

        var reported = new HashSet<int>();
        HashSet<string>? named = null;
        Dictionary<string, bool>? namedInOtherLanguage = null;
        foreach (var (found, fact) in matches.EventCues)
        {
            // A cue with gaps ("Handys … eingeführt") is found by its last part; the parts before it must stand before it in
            // its clause, and the cue is then the whole run, with the date it may hold ("Handys wurden erstmals 2008 in dem
            // kommunistischen Land eingeführt").
            if (FactStatements.SentenceAt(document, found) is not { } sentence
                || WholeCue(document.ProseText, sentence.Span, found, fact) is not { } cue)
            {
                continue;
            }

            // The event's subject must be named in the sentence; for the country, which an article about it
            // calls "the country" or "the North", anywhere in the article (its events fire only on listed wrong dates),
            // and in a sentence in another language also by its name in that language (rules/facts/country-names.txt:
            // "Nordkorea", "Corée du Nord"), which the pack does not list as a name.
            if (!(IsCountry(context.Facts, fact.Subject)
                    ? (named ??= [.. matches.Names.Select(n => n.Entity.Id)]).Contains(fact.Subject)
                        || (document.LanguageOf(sentence) is not null && NamedInOtherLanguage(document.ProseText, fact.Subject, namedInOtherLanguage ??= []))
                    : NamesIn(matches.Names, sentence.Span).Any(n => n.Entity.Id == fact.Subject)
                        || ContinuesFromTheSubject(document, matches.Names, sentence, fact.Subject)))
            {
                continue;
            }

            // A step towards the event is not the event: "early contacts regarding a .kp delegation began in 2004".
            if (StepTowards().IsMatch(document.ProseText.AsSpan(sentence.Span.Start, cue.Start - sentence.Span.Start)))
            {
                continue;
            }

            // The subject doing the event to something else is that thing's event: "In January 2011, koryolink
            // launched MMS services" dates the MMS service, not Koryolink. Only its own network, service or
            // operations as the object ("Koryolink launched its network in 2008") keeps the event the subject's.
            if (!IsCountry(context.Facts, fact.Subject)
                && NamesIn(matches.Names, sentence.Span).Any(n => n.Entity.Id == fact.Subject && n.Span.End <= cue.Start
                    && SubjectBeforeVerb().IsMatch(document.ProseText.AsSpan(n.Span.End, cue.Start - n.Span.End)))
                && OtherObject().IsMatch(document.ProseText.AsSpan(cue.End, Math.Min(sentence.Span.End, cue.End + 80) - cue.End)))
            {
                continue;
            }

            if ((NearestDate(document.ProseText, sentence.Span, cue, document.ArticleDate) ?? AtTheArticlesDate(document, sentence.Span, cue, fact)) is not { } date
                || reported.Contains(date.Span.Start)
                || FactStatements.IsNotAsserted(document, sentence, date.Span) || IsCorrect(fact, date)
                || (FactStatements.StartsAPeriod(document.ProseText, sentence.Span, date.Span.Start) && IsAtOrAfter(fact, date))
                || (IsCountry(context.Facts, fact.Subject) && !IsListedWrong(fact, date))
                || (NamesARegime(document.ProseText, cue) && !StartsTheRegime(document.ProseText, sentence.Span, date.Span)))
            {
                continue;
            }

            reported.Add(date.Span.Start);
            var subject = context.Facts.Entity(fact.Subject)?.Name ?? fact.Subject;
            var properties = FactStatements.Properties(fact, fact.Date, fact.Date);
            context.ReportDiagnostic(Diagnostic.Create(Rule, document.GetLocation(date.Span), relatedLocations: null, properties,
                $"{subject} {fact.Event} {(fact.Date.Length == 10 ? "on" : "in")} {Display(fact.Date)}, not {date.Text} ({FactStatements.Cite(fact)})"));
        }
    }

    /// <summary>The mark between the parts of an event cue whose date may stand inside it (the pack's cue "Handys … eingeführt").</summary>
    private const char Gap = '…';

    /// <summary>How far before the last part of a cue with gaps its first part may start.</summary>
    private const int GapReach = 80;

    /// <summary>
    /// The span of the cue the index found at <paramref name="found"/>: itself for a cue written whole; for the last part of
    /// a cue with gaps ("eingeführt" of "Handys … eingeführt", "導入" of "携帯電話 … 導入"), from its first part, which must
    /// stand before it in the sentence, each part before the next with no clause break between (a comma, a semicolon, a
    /// bracket, a dash; the Japanese and Chinese commas too), within <see cref="GapReach"/> characters; null when a part is
    /// missing. German puts the participle at the clause's end and Japanese, Korean and Chinese the verb after the date, so
    /// the date of such a cue stands inside it.
    /// </summary>
    private static TextSpan? WholeCue(string prose, TextSpan sentence, TextSpan found, EventFact fact)
    {
        var written = prose.AsSpan(found.Start, found.Length);
        List<string[]>? gapped = null;
        foreach (var c in fact.Cues)
        {
            if (c.Contains(Gap))
            {
                var parts = c.Split(Gap, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length > 1 && written.Equals(parts[^1], StringComparison.OrdinalIgnoreCase))
                {
                    (gapped ??= []).Add(parts);
                }
            }
            else if (written.Equals(c, StringComparison.OrdinalIgnoreCase))
            {
                return found;
            }
        }

        if (gapped is null)
        {
            return found;
        }

        var from = Math.Max(sentence.Start, found.Start - GapReach);
        foreach (var parts in gapped)
        {
            var start = found.Start;
            for (var i = parts.Length - 2; i >= 0 && start >= 0; i--)
            {
                start = LastPartBefore(prose, from, start, parts[i]);
            }

            if (start >= 0)
            {
                return TextSpan.FromBounds(start, found.End);
            }
        }

        return null;
    }

    /// <summary>
    /// Where the last occurrence of <paramref name="part"/> between <paramref name="from"/> and <paramref name="before"/>
    /// starts, with no clause break between it and <paramref name="before"/>; -1 when there is none. A part in letters of an
    /// alphabet is a whole word (or words); one in Hangul, kana or Han characters is found anywhere, since those scripts
    /// write particles on words or no spaces at all.
    /// </summary>
    private static int LastPartBefore(string prose, int from, int before, string part)
    {
        var stop = prose.AsSpan(from, before - from).LastIndexOfAny(",;:()—–，、。；：（）");
        var window = stop >= 0 ? from + stop + 1 : from;
        var cjk = part[0] is (>= '\u1100' and <= '\u11FF') or (>= '\u3040' and <= '\u30FF') or (>= '\u3130' and <= '\u318F')
            or (>= '\u3400' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7AF') or (>= '\uF900' and <= '\uFAFF');
        for (var at = before - part.Length; at >= window; at--)
        {
            if (string.Compare(prose, at, part, 0, part.Length, StringComparison.OrdinalIgnoreCase) != 0)
            {
                continue;
            }

            if (cjk || ((at == 0 || !char.IsLetterOrDigit(prose[at - 1])) && (at + part.Length >= prose.Length || !char.IsLetterOrDigit(prose[at + part.Length]))))
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>A country's names in other languages, by entity id (rules/facts/country-names.txt).</summary>
    private static readonly Lazy<Dictionary<string, Regex>> CountryNames = new(() =>
        FactStatements.ReadWordList("country-names.txt")
            .Select(line => line.Split('=', 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0].Trim(), parts => FactStatements.PhraseListRegex(parts[1].Split(';').Select(n => n.Trim()).Where(n => n.Length > 0)), StringComparer.Ordinal));

    /// <summary>Whether the article names the country in another language ("Nordkorea", "Corée du Nord"); asked once per document and country.</summary>
    private static bool NamedInOtherLanguage(string prose, string country, Dictionary<string, bool> asked)
    {
        if (!asked.TryGetValue(country, out var named))
        {
            asked[country] = named = CountryNames.Value.TryGetValue(country, out var names) && names.IsMatch(prose);
        }

        return named;
    }

    /// <summary>Each noun a description may say a thing is ("intranet"), with the references to such a thing (rules/facts/definite-references.txt).</summary>
    private static readonly Lazy<(string Noun, Regex References)[]> DefiniteReferences = new(() =>
        FactStatements.ReadWordList("definite-references.txt")
            .Select(line => line.Split('=', 2))
            .Where(parts => parts.Length == 2)
            .Select(parts => (Noun: parts[0].Trim(), References: FactStatements.WholeWordListRegex(parts[1].Split(';').Select(r => r.Trim()).Where(r => r.Length > 0))))
            .ToArray());

    /// <summary>
    /// Whether the sentence states the wrong description of a reference to its subject ("the intranet", "das Intranet"):
    /// the description's own words say the subject is such a thing ("North Korea's national intranet"), the article
    /// names the subject before the sentence, and the reference is linked to the phrase as a name would be.
    /// </summary>
    private static bool RefersBack(ContentDocument document, ImmutableArray<NameMatch> names, Sentence sentence, TextSpan span, DescriptionFact fact, string phrase)
    {
        if (!names.Any(n => n.Entity.Id == fact.Subject && n.Span.End <= sentence.Span.Start))
        {
            return false;
        }

        var prose = document.ProseText;
        foreach (var (noun, references) in DefiniteReferences.Value)
        {
            if (!fact.Is.Contains(noun, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (Match reference in references.Matches(prose[sentence.Span.Start..span.Start]))
            {
                var at = new TextSpan(sentence.Span.Start + reference.Index, reference.Length);
                if (LinksWrong(prose, at, span, phrase) && !SetApart(prose, sentence.Span, at))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The names inside <paramref name="span"/>: names are in text order and do not overlap, so a binary search finds the first.</summary>
    private static IEnumerable<NameMatch> NamesIn(ImmutableArray<NameMatch> names, TextSpan span)
    {
        var lo = SortedSearch.FirstNotBefore(names.Length, i => names[i].Span.Start < span.Start);

        for (var i = lo; i < names.Length && names[i].Span.Start < span.End; i++)
        {
            if (span.Contains(names[i].Span))
            {
                yield return names[i];
            }
        }
    }

    /// <summary>
    /// Whether the name is set apart from what the sentence says by a preposition before it ("Before Koryolink, the only
    /// cellular service was Sunnet" describes Sunnet): a description after it is not of that name.
    /// </summary>
    private static bool SetApart(string prose, TextSpan sentence, TextSpan name) =>
        SettingApart().IsMatch(prose.AsSpan(sentence.Start, name.Start - sentence.Start));

    [GeneratedRegex(@"\b(before|after|unlike|besides|except|apart from|other than|instead of|rather than|than)\s+(the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SettingApart();

    /// <summary>
    /// The latest year after <paramref name="since"/>'s that a sentence naming the subject states ("The logo of … Red Star OS
    /// in 2020"), in an article with no date of its own: the article was written no earlier. Null when there is none. A
    /// sentence that looks ahead (a forecast, a plan) dates nothing.
    /// </summary>
    private static int? YearTheArticleDatesItsSubject(ContentDocument document, ImmutableArray<NameMatch> names, string subject, string since)
    {
        var after = FactDates.Year(since);
        int? latest = null;
        foreach (var name in names)
        {
            if (name.Entity.Id != subject || FactStatements.SentenceAt(document, name.Span) is not { } sentence)
            {
                continue;
            }

            foreach (Match year in StatedYear().Matches(sentence.Text))
            {
                var value = int.Parse(year.Value, CultureInfo.InvariantCulture);
                if (value > after && value > (latest ?? 0)
                    && !FactStatements.IsProjection(document, sentence, new TextSpan(sentence.Span.Start + year.Index, year.Length)))
                {
                    latest = value;
                }
            }
        }

        return latest;
    }

    [GeneratedRegex(@"(?<![\d.,])(?:19|20)\d\d(?![\d,]|\.\d)")]
    private static partial Regex StatedYear();

    /// <summary>
    /// Whether a wrong phrase with a version number in it ("seneste version 2.0", "latest version 2.0"), specific to one
    /// product, is said of the subject its paragraph named before it, in a sentence that names nothing else the pack knows
    /// ("Red Star OS er navnet på et Linux-baseret styresystem … Den seneste version 2.0. er fra 2010", blind31 a-10).
    /// </summary>
    private static bool OfTheParagraphsSubject(ContentDocument document, ImmutableArray<NameMatch> names, Sentence sentence, TextSpan span, string phrase, string subject) =>
        VersionNumber().IsMatch(phrase)
        && names.Any(n => n.Entity.Id == subject && n.Span.Start >= sentence.Block.Span.Start && n.Span.End <= span.Start)
        && !NamesIn(names, sentence.Span).Any(n => n.Entity.Id != subject);

    [GeneratedRegex(@"\b\d+\.\d+\b")]
    private static partial Regex VersionNumber();

    /// <summary>
    /// Whether a sentence that opens with a generic definite noun ("Le service", "The network", "Das Netz") and names nothing
    /// the pack knows continues from the sentence before it in its paragraph, whose first named thing is the subject:
    /// "Gwangmyeong (광명), … est le nom officiel de l'intranet … de la Corée du Nord. Le service a été créé dès 1980"
    /// (blind23 a-09) dates the intranet.
    /// </summary>
    private static bool ContinuesFromTheSubject(ContentDocument document, ImmutableArray<NameMatch> names, Sentence sentence, string subject)
    {
        // The cheap tests first, on the sentence's opening words only (no copy of its text): an event cue of a large pack is
        // found in many sentences that name no subject.
        if (sentence.IndexInBlock == 0
            || !GenericDefiniteOpening().IsMatch(document.ProseText.AsSpan(sentence.Span.Start, Math.Min(sentence.Span.Length, 48)))
            || NamesIn(names, sentence.Span).Any(n => n.Entity.Kind != "country"))
        {
            return false;
        }

        // The sentence before it, by a binary search over the document's sentences in text order.
        var sentences = document.Sentences;
        int low = 0, high = sentences.Length - 1, index = -1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (sentences[mid].Span.Start < sentence.Span.Start)
            {
                index = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        if (index < 0 || sentences[index].Block != sentence.Block)
        {
            return false;
        }

        return NamesIn(names, sentences[index].Span).FirstOrDefault(n => n.Entity.Kind != "country") is { } first && first.Entity.Id == subject;
    }

    /// <summary>A sentence's opening definite noun for a network or service, in the languages the fact rules read.</summary>
    [GeneratedRegex(@"^\W*(?:(?:the|this)\s+(?:service|network|intranet|system)|(?:le|ce)\s+(?:service|réseau|système)|l['’]intranet|(?:das|dieses)\s+(?:netz|netzwerk|intranet|system)|der\s+dienst|(?:el|este)\s+(?:servicio|sistema)|la\s+red|(?:il|questo)\s+(?:servizio|sistema)|la\s+rete|(?:o|este)\s+(?:serviço|sistema)|a\s+rede)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GenericDefiniteOpening();

    /// <summary>The prepositions that open an agent phrase of a passive ("by a Russian student", "af en russisk IT-student").</summary>
    private static readonly HashSet<string> AgentPrepositions = new(StringComparer.OrdinalIgnoreCase) { "by", "af", "av", "von", "door", "par", "por", "da", "przez" };

    private static readonly Lazy<HashSet<string>> MakingVerbs = new(() =>
        FactStatements.ReadWordList("making-verbs.txt").ToHashSet(StringComparer.OrdinalIgnoreCase));

    /// <summary>How far a wrong maker may stand from the name it is stated of, in one clause.</summary>
    private const int MakerReach = 100;

    /// <summary>
    /// Whether a wrong maker ("by a Russian student") is stated of the name before it through a passive of making in one
    /// clause: "Red Star OS was developed at Kim Il Sung University in 2002 by a Russian student", "Systemet blev udviklet på
    /// Kim Il-Sung Universitetet i 2002 af en russisk IT-student", "… wurde 2002 von einem russischen Studenten entwickelt".
    /// Only a phrase that opens with an agent's preposition, a participle of rules/facts/making-verbs.txt between the name
    /// and the phrase (or, as German puts it last, right after the phrase), and no clause break (a comma, a semicolon, a
    /// colon, a bracket, a dash) in between: "Red Star OS ships a browser, which was developed by …" is another thing's.
    /// </summary>
    private static bool MakerLinks(string prose, TextSpan name, TextSpan description, string phrase)
    {
        if (name.End > description.Start || description.Start - name.End > MakerReach || !IsAgentPhrase(phrase))
        {
            return false;
        }

        var between = prose.AsSpan(name.End, description.Start - name.End);
        if (between.IndexOfAny(ClauseBreaks) >= 0)
        {
            return false;
        }

        var afterEnd = Math.Min(prose.Length, description.End + 30);
        var after = prose.AsSpan(description.End, afterEnd - description.End);
        var cut = after.IndexOfAny(ClauseBreaksAndStops);
        return HasMakingVerb(between) || HasMakingVerb(cut >= 0 ? after[..cut] : after);
    }

    private static readonly char[] ClauseBreaks = [',', ';', ':', '(', ')', '—', '–'];
    private static readonly char[] ClauseBreaksAndStops = [',', ';', ':', '(', ')', '—', '–', '.', '!', '?', '\n'];

    private static bool HasMakingVerb(ReadOnlySpan<char> text)
    {
        foreach (var word in text.ToString().Split([' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (MakingVerbs.Value.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a phrase opens with an agent's preposition ("by a Russian student"): a wrong maker, not a description.</summary>
    /// <remarks>The preposition must be followed by an article ("by a", "af en", "von einem", "par un"): "von außen
    /// zugänglich" (accessible from outside) is a description.</remarks>
    private static bool IsAgentPhrase(string phrase)
    {
        var words = phrase.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 3 && AgentPrepositions.Contains(words[0]) && AgentArticles.Contains(words[1]);
    }

    private static readonly HashSet<string> AgentArticles = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "en", "et", "ein", "einem", "einer", "einen", "den", "dem", "der", "un", "une", "uno", "una", "een", "de", "le", "la", "el", "il", "lo",
    };

    /// <summary>
    /// Whether the text between a name and a wrong phrase states the phrase of the name: a description through a copula or an
    /// apposition (<see cref="Links"/>), a wrong maker only through a verb of making (<see cref="MakerLinks"/>), so that "Red
    /// Star OS was reviewed by a Russian student" says nothing of who made it.
    /// </summary>
    private static bool LinksWrong(string prose, TextSpan name, TextSpan description, string phrase) =>
        IsAgentPhrase(phrase) ? MakerLinks(prose, name, description, phrase) : Links(prose, name, description);

    /// <summary>Whether the text between a name and a description says the description is of that name.</summary>
    private static bool Links(string prose, TextSpan name, TextSpan description) =>
        name.End <= description.Start
            ? NameThenDescription().IsMatch(prose.AsSpan(name.End, description.Start - name.End).ToString())
            : description.End <= name.Start && DescriptionThenName().IsMatch(prose.AsSpan(description.End, name.Start - description.End).ToString());

    private static StatedDate? NearestDate(string prose, TextSpan sentence, TextSpan cue, ArticleDate? article)
    {
        StatedDate? best = null;
        var bestDistance = int.MaxValue;
        // Only the sentence is scanned: its own slice, not a copy of the document up to it.
        var text = prose.Substring(sentence.Start, sentence.Length);

        // A decade ("the late 1980s", "à la fin des années 1980", "Ende der 1980er Jahre", "finales de los años 1980") is a
        // span of years, not the year it is written with: it agrees with any date inside it.
        List<TextSpan>? decades = null;
        foreach (Match match in DecadeExpression().Matches(text))
        {
            var span = new TextSpan(sentence.Start + match.Index, match.Length);
            (decades ??= []).Add(span);
            if (Nearer(prose, span, cue, ref bestDistance, OpensTheClause(prose, sentence, span, cue), OpensATimelineEntry(prose, sentence, span, cue)))
            {
                var start = int.Parse(match.Groups["decade"].Value, CultureInfo.InvariantCulture);
                var part = DecadePart(match);
                var (from, to) = part switch { < 0 => (start, start + 5), 0 => (start + 3, start + 8), > 0 => (start + 5, start + 11), _ => (start, start + 10) };
                best = new StatedDate(span, match.Value, start, null, null, (from, to));
            }
        }

        foreach (Match match in DateExpression().Matches(text))
        {
            var span = new TextSpan(sentence.Start + match.Index, match.Length);
            if (decades is not null && decades.Any(d => d.OverlapsWith(span)))
            {
                continue;
            }

            if (Nearer(prose, span, cue, ref bestDistance, OpensTheClause(prose, sentence, span, cue), OpensATimelineEntry(prose, sentence, span, cue)))
            {
                var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
                best = new StatedDate(span, match.Value, year, MonthOf(match), DayOf(match));
            }
        }

        // A date counted back from the article's ("last May", "December 7 last year", "two years ago") is a date only
        // where the article's own date is known, and to the precision that date has.
        if (article is not null && (text.Contains(" ago", StringComparison.OrdinalIgnoreCase) || text.Contains("last ", StringComparison.OrdinalIgnoreCase)
            || (text.Contains("this ", StringComparison.OrdinalIgnoreCase) && !Prospective().IsMatch(text))))
        {
            foreach (Match match in RelativeDateExpression().Matches(text))
            {
                var span = new TextSpan(sentence.Start + match.Index, match.Length);
                if (Resolve(match, article) is { } resolved && Nearer(prose, span, cue, ref bestDistance))
                {
                    best = resolved with { Span = span };
                }
            }
        }

        return best;
    }

    /// <summary>
    /// An event the sentence reports as news of the article's own time, with no date of its own: "has just launched its
    /// first official mobile phone service", or a heading in the present tense ("North Korea bans Facebook and Twitter").
    /// It is dated by the article's date, as anything in the year up to it, and only where that date is known.
    /// </summary>
    private static StatedDate? AtTheArticlesDate(ContentDocument document, TextSpan sentence, TextSpan cue, EventFact fact)
    {
        if (document.ArticleDate is not { } article)
        {
            return null;
        }

        var prose = document.ProseText;
        var from = Math.Max(sentence.Start, cue.Start - 60);
        var news = JustNow().IsMatch(prose.AsSpan(from, cue.Start - from))
            || (document.Headings.Any(h => h.ContentSpan.Contains(cue)) && IsPresentTense(prose.Substring(cue.Start, cue.Length), fact));
        return news
            ? new StatedDate(cue, $"the article's date {article.Text} ({article.Origin})", article.Year, null, null, (article.AsYear - 1, article.AsYear))
            : null;
    }

    /// <summary>Whether the cue as written opens with the present tense of a cue's leading verb: "bans Facebook" for "ban facebook".</summary>
    private static bool IsPresentTense(string written, EventFact fact)
    {
        var space = written.IndexOf(' ');
        if (space < 0)
        {
            return false;
        }

        var verb = written[..space];
        return fact.Cues.Any(c => c.IndexOf(' ') is > 2 and var end
            && (verb.Equals(c[..end] + "s", StringComparison.OrdinalIgnoreCase) || verb.Equals(c[..end] + "es", StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>"has just launched its", "have just opened a" right before the cue: the event is news at the article's date.</summary>
    [GeneratedRegex(@"\b(has|have)\s+just\s+\p{L}+\s+((its|their|the|a|an)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JustNow();

    /// <summary>
    /// Whether the date opens the sentence as its setting ("In 2008, Naguib Sawiris began construction of North Korea's
    /// first telecommunications network"): "In" and the date, its comma, and then one clause, with no other comma or
    /// stronger break, up to the cue. Such a date dates the clause's event however far the cue is.
    /// </summary>
    private static bool OpensTheClause(string prose, TextSpan sentence, TextSpan date, TextSpan cue) =>
        date.End <= cue.Start && cue.Start - date.End <= 120
        && OpeningIn().IsMatch(prose.AsSpan(sentence.Start, date.Start - sentence.Start))
        && OneClauseAfterComma().IsMatch(prose.AsSpan(date.End, cue.Start - date.End));

    [GeneratedRegex(@"^\s*in\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OpeningIn();

    [GeneratedRegex(@"^,\s+[^,;:—–()\.]*$", RegexOptions.CultureInvariant)]
    private static partial Regex OneClauseAfterComma();

    /// <summary>Which part of a decade a match names: -1 its start, 0 its middle, 1 its end, null the whole decade.</summary>
    private static int? DecadePart(Match match)
    {
        var part = match.Groups["part"];
        if (!part.Success)
        {
            return null;
        }

        var word = part.Value.ToLowerInvariant();
        return word.StartsWith("early", StringComparison.Ordinal) || word is "début" or "anfang" or "principios" or "comienzos" or "inicios" or "início" or "inicio" ? -1
            : word.StartsWith("mid", StringComparison.Ordinal) || word is "milieu" or "mitte" or "mediados" or "meados" ? 0
            : 1;
    }

    /// <summary>
    /// A decade, in English, French, German, Spanish and Portuguese, with the part of it named: "the late 1980s", "mid-1990s",
    /// "à la fin des années 1980", "au début des années 2000", "Ende der 1980er Jahre", "1990er", "a finales de los años 1980",
    /// "en la década de 1990", "no final dos anos 1980", "na década de 1990". Only a full year ending in 0.
    /// </summary>
    [GeneratedRegex(@"(?:\b(?<part>early|mid|late)[\s-]+)?\b(?<decade>(?:19|20)\d0)['’]?s\b|(?:\b(?<part>début|milieu|fin)\s+des\s+|\b)années\s+(?<decade>(?:19|20)\d0)\b|(?:\b(?<part>Anfang|Mitte|Ende)\s+der\s+)?\b(?<decade>(?:19|20)\d0)er\b(?:\s+Jahre\b)?|(?:\b(?<part>principios|comienzos|inicios|mediados|finales|fines)\s+de\s+)?\b(?:los\s+años|la\s+década\s+de(?:\s+los)?)\s+(?<decade>(?:19|20)\d0)\b|(?:\b(?<part>início|inicio|meados|final|fim)\s+(?:dos|da)\s+)?\b(?:anos|década\s+de)\s+(?<decade>(?:19|20)\d0)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DecadeExpression();

    /// <summary>
    /// Whether the date opens a timeline's entry and the cue follows right after its dash or colon: "1980 – Création du réseau
    /// « Kwangmyong »", "2000: Launched Kwangmyong". The date is the entry's, however the dash would otherwise set it apart.
    /// Not with words between ("2008: Koryolink launched, beside Kwangmyong" is another thing's launch).
    /// </summary>
    private static bool OpensATimelineEntry(string prose, TextSpan sentence, TextSpan date, TextSpan cue) =>
        date.End <= cue.Start && cue.Start - date.End <= DateReach
        && TimelineHead().IsMatch(prose.AsSpan(sentence.Start, date.Start - sentence.Start))
        && TimelineDash().IsMatch(prose.AsSpan(date.End, cue.Start - date.End));

    [GeneratedRegex(@"^[\s*_\-+•·]*$", RegexOptions.CultureInvariant)]
    private static partial Regex TimelineHead();

    [GeneratedRegex(@"^\s*[–—:-]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TimelineDash();

    /// <summary>Whether a date at <paramref name="span"/> is attached to the cue and nearer to it than the best so far.</summary>
    private static bool Nearer(string prose, TextSpan span, TextSpan cue, ref int bestDistance, bool opening = false, bool timeline = false)
    {
        // A date inside a cue with gaps ("Handys wurden erstmals 2008 … eingeführt") is the cue's own: its parts stand in
        // one clause.
        if (cue.Contains(span))
        {
            if (bestDistance == 0)
            {
                return false;
            }

            bestDistance = 0;
            return true;
        }

        var distance = span.Start >= cue.End ? span.Start - cue.End : cue.Start - span.End;
        if (distance < 0 || (distance > DateReach && !opening) || distance >= bestDistance || !(timeline || Attached(prose, span, cue)))
        {
            return false;
        }

        bestDistance = distance;
        return true;
    }

    // A Korean, Chinese or Japanese date gives its month and day as numbers: "2010년 8월", "2010년 7월 14일", "2013年8月".
    private static int? MonthOf(Match match) =>
        match.Groups["month"].Success ? Array.FindIndex(Months, m => m.Equals(match.Groups["month"].Value, StringComparison.OrdinalIgnoreCase)) + 1
        : match.Groups["kmonth"].Success ? int.Parse(match.Groups["kmonth"].Value, CultureInfo.InvariantCulture) : null;

    private static int? DayOf(Match match) =>
        match.Groups["day"].Success ? int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture)
        : match.Groups["kday"].Success ? int.Parse(match.Groups["kday"].Value, CultureInfo.InvariantCulture) : null;

    /// <summary>
    /// "last year" and "MONTH [DAY] last year" are the year before the article's; "last MONTH" is the latest such month
    /// before the article's month (a month known from the article's date only); "N years ago" is the article's date
    /// less N years, give or take half a year, since writers round.
    /// </summary>
    private static StatedDate? Resolve(Match match, ArticleDate article)
    {
        var text = Regex.Replace(match.Value, @"\s+", " ");
        if (match.Groups["ago"].Success)
        {
            var years = NumberWords.TryGetValue(match.Groups["ago"].Value, out var word) ? word : int.Parse(match.Groups["ago"].Value, CultureInfo.InvariantCulture);
            var at = article.AsYear - years;
            return years is < 1 or > 60 ? null
                : new StatedDate(default, $"{text} (about {(int)Math.Floor(at)}, counted from the article's date {article.Text})", (int)Math.Floor(at), null, null, (at - 0.5, at + 0.5));
        }

        var month = MonthOf(match);

        // "this summer", "earlier this year": the article's year; "this month" and "this May" (not after the article's
        // month, which would be ahead of it) the article's month too, where that is known.
        if (match.Groups["this"].Success)
        {
            var thisMonth = match.Groups["thismonth"].Success ? article.Month : month;
            if (thisMonth is { } m && (article.Month is not { } at || m > at))
            {
                return null;
            }

            return new StatedDate(default, $"{text} ({(thisMonth is { } shown ? Months[shown - 1] + " " : "")}{article.Year}, counted from the article's date {article.Text})", article.Year, thisMonth, null);
        }

        if (match.Groups["lastyear"].Success)
        {
            var year = article.Year - 1;
            return new StatedDate(default, $"{text} ({(month is { } m ? Months[m - 1] + " " : "")}{year}, counted from the article's date {article.Text})", year, month, DayOf(match));
        }

        // "last May": only with the article's month, and not in the month itself, whose "last May" is a year back.
        if (month is { } named && article.Month is { } articleMonth)
        {
            var year = named < articleMonth ? article.Year : article.Year - 1;
            return new StatedDate(default, $"{text} ({Months[named - 1]} {year}, counted from the article's date {article.Text})", year, named, null);
        }

        return null;
    }

    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
    };

    /// <summary>Dates counted back from the article's: "December 7 last year", "in May last year", "last year", "last May", "two years ago".</summary>
    [GeneratedRegex(@"\b(?:(?:(?<month>January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?<day>\d{1,2}))?,?\s+|(?<day>\d{1,2})\s+(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?<lastyear>last\s+year)|last\s+(?<month>January|February|March|April|May|June|July|August|September|October|November|December)|(?<ago>\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten)\s+years?\s+ago|(?<this>(?:(?:early|earlier|late|later)\s+(?:in\s+)?)?this\s+(?:year|spring|summer|autumn|fall|winter|(?<thismonth>month)|(?<month>January|February|March|April|May|June|July|August|September|October|November|December))))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativeDateExpression();

    /// <summary>A sentence about what is yet to come ("will launch … this year", "plans to open … this summer"): its "this" dates are not past events.</summary>
    [GeneratedRegex(@"\b(will|would|shall|plans?|planned|planning|expects?|expected|set\s+to|going\s+to|scheduled|aims?|intends?|hopes?|due\s+to|soon)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Prospective();

    /// <summary>
    /// Whether a date belongs to the event its cue names: after the cue, with no clause break between
    /// ("the birth of Kim Il-sung, making 2010 the 99th year" dates the calendar, not the birth); before
    /// it, with no break stronger than the comma of an opening phrase, and not counted from it ("on 19
    /// December 2014, three days before the outage" dates something else).
    /// </summary>
    private static bool Attached(string prose, TextSpan date, TextSpan cue)
    {
        var between = date.Start >= cue.End ? prose.AsSpan(cue.End, date.Start - cue.End) : prose.AsSpan(date.End, cue.Start - date.End);
        return date.Start >= cue.End
            ? between.IndexOfAny(",;:—–()") < 0
            : between.IndexOfAny(";:—–()") < 0 && !RelativeTime().IsMatch(between);
    }

    /// <summary>A cue that names a leader's regime ("the Kim Jong-Un regime"): the regime is not an event, only its start is.</summary>
    private static bool NamesARegime(string prose, TextSpan cue) =>
        prose.AsSpan(cue.Start, cue.Length).EndsWith("regime", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a date starts the regime a cue names: "since 2012", "Since its establishment in 2012", "established in 2012".
    /// "In 2012, the Kim Jong Un regime launched a crackdown" dates the crackdown.
    /// </summary>
    private static bool StartsTheRegime(string prose, TextSpan sentence, TextSpan date) =>
        RegimeStart().IsMatch(prose.AsSpan(sentence.Start, date.Start - sentence.Start));

    [GeneratedRegex(@"\b(since|(its|the regime's|his)\s+(establishment|founding|inception|start|beginning)\s+in|(established|founded|began|begun|started)\s+in)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RegimeStart();

    /// <summary>Words for a step towards an event, right before its cue: "contacts regarding a", "talks on the", "plans for".</summary>
    [GeneratedRegex(@"\b(contacts?|talks|negotiations?|plans?|planning|proposals?|applications?|requests?|discussions?|preparations?|efforts?|bids?|attempts?)\s+(regarding|about|on|for|over|towards?)\s+(\S+\s+){0,3}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StepTowards();

    [GeneratedRegex(@"\b(before|after|since|until|ahead of|prior to)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativeTime();

    /// <summary>Between a name and its event's verb when the name is the verb's active subject: "koryolink launched", "Koryolink also launched".</summary>
    [GeneratedRegex(@"^(’s|'s)?\s+((also|has|have|had|then|later|officially|formally|first|recently|finally|soon|quickly|now|eventually)\s+){0,2}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubjectBeforeVerb();

    /// <summary>
    /// After the verb, an object other than the subject's own network, service or operations: a word that is
    /// not a preposition, a date or punctuation ("launched MMS services", "launched a recharge card"); the prepositions of the
    /// other languages the event cues are written in too ("Kwangmyong a été lancé à la fin des années 1980"; Italian "nel",
    /// "alla": "Il dominio .kp è stato assegnato nel 1999").
    /// </summary>
    [GeneratedRegex(@"^\s+(?!((in|on|at|by|during|with|from|since|to|across|nationwide|commercially|officially|last|this|that|à|au|aux|dès|depuis|vers|en|pendant|seit|im|am|um|ab|desde|em|no|na|por|durante|nel|nell|nella|nei|negli|alla|alle|al|ai|agli|dal|dalla)\b|its\s+(\S+\s+){0,2}(network|service|services|operations)\b|the\s+(\S+\s+){0,2}(network|service|operations)\b|\d|(January|February|March|April|May|June|July|August|September|October|November|December)\b))[\p{L}\p{N}]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherObject();

    /// <summary>
    /// An event of the whole country ("the outage", "blocked Facebook") has cues a sentence about
    /// another such event shares ("an outage on June 7, 2025"): only a date the pack lists as a
    /// common wrong one is reported for it.
    /// </summary>
    private static bool IsCountry(NkContentLint.Facts.FactIndex facts, string subject) => facts.Entity(subject)?.Kind == "country";

    private static bool IsListedWrong(EventFact fact, StatedDate date) => fact.Wrong.Any(w => Agrees(w, date) && (w.Length > 4 || date.Month is null));

    /// <summary>A stated date is right when it agrees with the fact (or an accepted date) to the precision both have.</summary>
    private static bool IsCorrect(EventFact fact, StatedDate stated) =>
        new[] { fact.Date }.Concat(fact.Accept).Any(canonical => Agrees(canonical, stated));

    /// <summary>Whether the article's date is on or after a pack date (YYYY, YYYY-MM or YYYY-MM-DD), compared as far as both go.</summary>
    private static bool IsOnOrAfter(ArticleDate article, string since)
    {
        var year = FactDates.Year(since);
        if (article.Year != year || since.Length < 7 || article.Month is not { } month)
        {
            return article.Year >= year;
        }

        var sinceMonth = int.Parse(since.AsSpan(5, 2), CultureInfo.InvariantCulture);
        return month != sinceMonth || since.Length < 10 || article.Day is not { } day
            ? month >= sinceMonth
            : day >= int.Parse(since.AsSpan(8, 2), CultureInfo.InvariantCulture);
    }

    /// <summary>A description of a unique thing takes "the": "not the only mobile operator", "not the first mobile network".</summary>
    [GeneratedRegex(@"^(only|sole|single|first|one and only)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UniqueDescription();

    /// <summary>Whether the event (or a date it also accepts) is in the stated year or later: a period's start bounds it from below.</summary>
    private static bool IsAtOrAfter(EventFact fact, StatedDate stated) =>
        new[] { fact.Date }.Concat(fact.Accept).Any(canonical => FactDates.Year(canonical) >= stated.Year);

    private static bool Agrees(string canonical, StatedDate stated)
    {
        if (stated.Window is { } window)
        {
            // Any part of the pack's date (a year, a month) inside the window agrees.
            var (start, end) = Extent(canonical);
            return end > window.From && start < window.To;
        }

        if (FactDates.Year(canonical) != stated.Year)
        {
            return false;
        }

        if (canonical.Length >= 7 && stated.Month is { } month && int.Parse(canonical.AsSpan(5, 2), CultureInfo.InvariantCulture) != month)
        {
            return false;
        }

        return canonical.Length < 10 || stated.Day is not { } day || int.Parse(canonical.AsSpan(8, 2), CultureInfo.InvariantCulture) == day;
    }

    /// <summary>The fractional years a pack date (YYYY, YYYY-MM or YYYY-MM-DD) covers.</summary>
    private static (double Start, double End) Extent(string date)
    {
        var year = FactDates.Year(date);
        if (date.Length < 7)
        {
            return (year, year + 1);
        }

        var month = int.Parse(date.AsSpan(5, 2), CultureInfo.InvariantCulture);
        return (year + ((month - 1) / 12.0), year + (month / 12.0));
    }

    private static string Display(string date) => date.Length switch
    {
        4 => date,
        7 => $"{Months[int.Parse(date.AsSpan(5, 2), CultureInfo.InvariantCulture) - 1]} {date[..4]}",
        _ => $"{int.Parse(date.AsSpan(8, 2), CultureInfo.InvariantCulture)} {Months[int.Parse(date.AsSpan(5, 2), CultureInfo.InvariantCulture) - 1]} {date[..4]}",
    };

    /// <param name="Window">For a date counted in years back from the article's ("two years ago"): the span of fractional years it allows.</param>
    private sealed record StatedDate(TextSpan Span, string Text, int Year, int? Month, int? Day, (double From, double To)? Window = null);
}
