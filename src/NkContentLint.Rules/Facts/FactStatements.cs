using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;
using NkContentLint.Documents;
using NkContentLint.Facts;

namespace NkContentLint.Rules.Facts;

/// <summary>
/// What the fact rules share about a statement: the sentence it is in, the year it is about, and
/// whether the article asserts it at all. A false claim inside quotation marks, or one the
/// sentence calls a myth, denies, hedges as unverified, or the next sentence refutes, is the
/// article reporting a claim rather than making it, so it must not fire.
/// </summary>
internal static partial class FactStatements
{
    /// <summary>Framing that disowns the whole sentence: a myth, unverified, alleged, contrary to reports.</summary>
    [GeneratedRegex(@"\b(myth|not true|untrue|false(ly)?|wrong(ly)?|incorrect(ly)?|mistaken(ly)?|erroneous(ly)?|debunked|contrary to|no evidence|no (source|data|study|report)s? (supports?|shows?|confirms?)|allegedly|could not be (verified|confirmed)|unverified|unconfirmed|misreport\w*|rumou?r\w*)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DenialCue();

    /// <summary>An adverb of error and the word after it: "mistakenly leaked", "wrongly described".</summary>
    [GeneratedRegex(@"\G(false|wrong|incorrect|mistaken|erroneous)ly\s+(?<verb>[\p{L}]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ErrorAdverbThenWord();

    private static readonly Lazy<HashSet<string>> DisowningVerbs = new(() => ReadWordList("disowning-verbs.txt").ToHashSet(StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// Whether framing disowns the sentence. An adverb of error disowns it only before a verb of saying, believing or
    /// naming ("wrongly described as", "falsely claimed") or before no verb at all ("wrongly, it is said"); before any
    /// other verb in the past ("mistakenly leaked official data reveals") it says how that act was done.
    /// </summary>
    private static bool Disowns(string text)
    {
        foreach (Match match in DenialCue().Matches(text))
        {
            var after = ErrorAdverbThenWord().Match(text, match.Index);
            if (after.Success && after.Index == match.Index && after.Groups["verb"].Value is var verb
                && verb.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !DisowningVerbs.Value.Contains(verb))
            {
                continue;
            }

            return true;
        }

        return false;
    }

    /// <summary>A negation: it denies only the clause it is in ("launched in 2011, still cannot call abroad" keeps the date).</summary>
    [GeneratedRegex(@"\b(is not|was not|are not|were not|did not|does not|do not|has not|had not|isn't|wasn't|aren't|weren't|didn't|doesn't|hasn't|hadn't|cannot|can not|can't|could not|couldn't|never|not a|not an|not the|not its|not in|not on|unlike|rather than|instead of)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NegationCue();

    /// <summary>
    /// Another language's negations (rules/facts/negation-words.txt): those written before what they deny ("nicht",
    /// "no", "не", "不"), and Korean and Japanese ones, written after it at the clause's verb ("않", "ない").
    /// </summary>
    private static readonly Lazy<(Regex Before, Regex After)> ForeignNegationCue = new(() =>
    {
        var words = ReadWordList("negation-words.txt").ToList();
        static bool VerbFinal(string word) => word[0] is (>= '\u1100' and <= '\u11FF') or (>= '\u3040' and <= '\u30FF') or (>= '\u3130' and <= '\u318F') or (>= '\uAC00' and <= '\uD7AF');
        return (WholeWordListRegex(words.Where(w => !VerbFinal(w))), WholeWordListRegex(words.Where(VerbFinal)));
    });

    /// <summary>
    /// Whether a negation governs the statement's clause: English's anywhere in it; in a sentence in another language,
    /// that language's before the statement in its clause ("Das Intranet ist nicht von außen zugänglich"; not "… tiene
    /// solo 28 sitios web y no hay más", where the "no" denies what follows), or, in Korean and Japanese, after it.
    /// </summary>
    private static bool IsNegated(ContentDocument document, Sentence sentence, TextSpan span)
    {
        var clause = ClauseSpan(document, sentence, span);
        var prose = document.ProseText;
        if (NegationCue().IsMatch(prose.AsSpan(clause.Start, clause.Length)))
        {
            return true;
        }

        if (document.LanguageOf(sentence) is null)
        {
            return false;
        }

        var (before, after) = ForeignNegationCue.Value;
        return (span.Start > clause.Start && before.IsMatch(WithoutRestriction(prose.Substring(clause.Start, span.Start - clause.Start))))
            || (clause.End > span.End && after.IsMatch(WithoutRestriction(prose.Substring(span.End, clause.End - span.End))));
    }

    /// <summary>
    /// The text with French restrictive "ne … que" ("only") blanked: "Kwangmyong ne serait muni que de vingt-huit sites" states 28
    /// sites (blind22 a-09), as "n'a que" does; "ne … pas que" ("not only") is still a negation.
    /// </summary>
    private static string WithoutRestriction(string text)
    {
        if (text.Contains("qu", StringComparison.OrdinalIgnoreCase))
        {
            text = RestrictiveNeQue().Replace(text, m => new string(' ', m.Length));
        }

        // Korean "밖에 없다" / "밖에 되지 않는다" ("there is nothing but", i.e. only) restricts, as "ne … que" does:
        // "Star Joint Venture는 폐쇄된 인트라넷으로 5,500여개의 사이트들 밖에 없습니다" states 5,500 sites (blind24 a-13).
        if (text.Contains("밖에", StringComparison.Ordinal))
        {
            text = RestrictiveBakke().Replace(text, m => new string(' ', m.Length));
        }

        // Japanese "にすぎない" / "に過ぎません" ("is no more than") and "しか … ない" ("nothing but"), and Chinese "不过" ("merely";
        // also "however"), "不仅" / "不只" ("not only", which still states what follows), restrict or contrast as "ne … que" does:
        // "インターネットを利用できるのは人口のわずか1%にすぎません" and "1%しかアクセスできない" state 1% (facts27); "しかし" ("however") and "しかも" ("moreover") are not "しか".
        return text.AsSpan().ContainsAny(RestrictiveStarts) ? RestrictiveCjk().Replace(text, m => new string(' ', m.Length)) : text;
    }

    private static readonly System.Buffers.SearchValues<char> RestrictiveStarts = System.Buffers.SearchValues.Create("すし過不");

    [GeneratedRegex(@"(?:すぎ|過ぎ)(?:ない|ません|なかった)|しか(?![しも])[^、。,.]{0,12}?(?:ない|ません|なかった)|不过|不過|不仅|不僅|不只")]
    private static partial Regex RestrictiveCjk();

    [GeneratedRegex(@"밖에(?:는)?\s*(?:(?:되지|하지|안)\s+)?(?:없|않)")]
    private static partial Regex RestrictiveBakke();

    [GeneratedRegex(@"\b(?:ne\s+|n['’])(?:(?!(?:pas|plus|jamais|aucun|aucune|guère|point|personne|rien)\b)[\p{L}'’-]+\s+){0,4}(?:que\b|qu['’])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RestrictiveNeQue();

    /// <summary>A target or forecast, not a figure stated as fact: "is on track to reach", "aims to", "will have", "expects".</summary>
    [GeneratedRegex(@"\b(will|would|could|aims?|aimed|targets?|targeted|targeting|plans?|planned|expects?|expected|forecasts?|projected|projects|on track to|goal|hopes?|seeks?|wants? to|is set to|are set to|is to|are to)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ProjectionCue();

    /// <summary>True when the figure's clause, before it, makes it a target or a forecast rather than a stated fact.</summary>
    public static bool IsProjection(ContentDocument document, Sentence sentence, TextSpan span)
    {
        var clause = ClauseSpan(document, sentence, span);
        var prose = document.ProseText;
        var before = span.Start > clause.Start ? prose.AsSpan(clause.Start, span.Start - clause.Start) : [];
        if (ProjectionCue().IsMatch(before))
        {
            return true;
        }

        // Another language's forecast words (rules/facts/projection-cues.txt), before the figure in its clause or, since
        // Korean, Japanese and German put the verb last, within a few words after it with no other number between
        // ("300만명을 돌파할 것으로 예상됐다", "3 Millionen Nutzer erwartet").
        if (document.LanguageOf(sentence) is null)
        {
            return false;
        }

        var foreign = ForeignProjectionCue.Value;
        if (foreign.IsMatch(before))
        {
            return true;
        }

        var end = Math.Min(clause.End, span.End + ProjectionReachAfter);
        var after = end > span.End ? prose.AsSpan(span.End, end - span.End) : [];
        var number = after.IndexOfAnyInRange('0', '9');
        return foreign.IsMatch(number >= 0 ? after[..number] : after);
    }

    /// <summary>How far (in characters) after a figure another language's forecast word may end its clause's verb.</summary>
    private const int ProjectionReachAfter = 30;

    private static readonly Lazy<Regex> ForeignProjectionCue = new(() => PhraseListRegex(ReadWordList("projection-cues.txt")));

    /// <summary>The text of an embedded rule data file of <c>rules/facts/</c>.</summary>
    internal static string ReadRuleData(string fileName)
    {
        using var stream = typeof(FactStatements).Assembly.GetManifestResourceStream("NkContentLint.Rules.Facts." + fileName)
            ?? throw new InvalidOperationException($"embedded rule data '{fileName}' is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The entries of an embedded word list of <c>rules/facts/</c>: one a line, trimmed, without blank lines and # comments.</summary>
    internal static IEnumerable<string> ReadWordList(string fileName) =>
        ReadRuleData(fileName).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'));

    /// <summary>
    /// One expression for a list of phrases, one a line (# comments): case-insensitive; a phrase written in letters of an
    /// alphabet matches from the start of a word, one in Hangul, kana or Han characters anywhere (those scripts write
    /// particles and endings on words, or no spaces at all).
    /// </summary>
    internal static Regex PhraseListRegex(IEnumerable<string> entries) =>
        ListRegex(entries, l => Regex.Escape(l).Replace(@"\ ", @"\s+", StringComparison.Ordinal));

    /// <summary>
    /// Like <see cref="PhraseListRegex"/>, but a phrase written in letters of an alphabet must also end a word: "no" is not
    /// the start of "nordkoreanischen", "nie" not that of "niedrig". Hangul, kana and Han match anywhere.
    /// </summary>
    internal static Regex WholeWordListRegex(IEnumerable<string> entries) =>
        ListRegex(entries, l => Regex.Escape(l).Replace(@"\ ", @"\s+", StringComparison.Ordinal) + (char.IsLetter(l[^1]) ? @"(?!\p{L})" : string.Empty));

    /// <summary>
    /// The phrases longest first, those written in an alphabet behind one shared "not after a letter" look-behind and the
    /// Hangul, kana and Han ones after them. Written once outside the alternation, the look-behind lets the engine skip
    /// to the positions where some phrase can start; repeated inside each alternative, it made the engine try every
    /// phrase at every position (a 50-name list cost more than the rest of NK2001). At one position only one group can
    /// match (its first character is either CJK or not), so which phrase matches is unchanged.
    /// </summary>
    private static Regex ListRegex(IEnumerable<string> entries, Func<string, string> alphabetic)
    {
        var sorted = entries.OrderByDescending(l => l.Length).ToList();
        var words = sorted.Where(l => !IsCjk(l[0])).Select(alphabetic).ToList();
        var cjk = sorted.Where(l => IsCjk(l[0])).Select(l => Regex.Escape(l)).ToList();
        var groups = new List<string>();
        if (words.Count > 0)
        {
            groups.Add(@"(?<!\p{L})(?:" + string.Join('|', words) + ")");
        }

        groups.AddRange(cjk);
        return new Regex(string.Join('|', groups), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    private static bool IsCjk(char c) => c is (>= '\u1100' and <= '\u11FF') or (>= '\u3040' and <= '\u30FF') or (>= '\u3130' and <= '\u318F')
        or (>= '\u3400' and <= '\u9FFF') or (>= '\uAC00' and <= '\uD7AF') or (>= '\uF900' and <= '\uFAFF');

    /// <summary>Where a clause ends: a semicolon, a colon, a dash, a comma (not one inside a number; Chinese and Japanese full-width ones too), or a contrasting conjunction.</summary>
    [GeneratedRegex(@"[;:–—()，；：（）]|(?<!\d),|,(?!\d)|\s-\s|\b(but|while|whereas|although|though|yet)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"(^\W*(in fact|in reality|actually)\b)|\b(wrong|false|incorrect|untrue|a myth|not true|exaggerat\w*|overstat\w*|debunked)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RefutationOpening();

    /// <summary>A year: "2014", and in Korean and Japanese with its counter written on it ("2014년", "2011年").</summary>
    [GeneratedRegex(@"(?<![A-Za-z0-9])(19\d\d|20[0-4]\d)(?=년|年|\b)")]
    private static partial Regex Year();

    /// <summary>"since" right before a year: the year starts a period, it does not date a figure.</summary>
    [GeneratedRegex(@"\bsince\s+((early|late|mid-?|the end of|the start of|(the\s+)?(spring|summer|autumn|fall|winter|beginning|middle)\s+of|january|february|march|april|may|june|july|august|september|october|november|december)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Since();

    /// <summary>
    /// Whether the date starting at <paramref name="dateStart"/> starts a period ("Since the summer of 2012, North
    /// Korea has released three tablets"): what happened in it happened then or later, so the date is a lower bound.
    /// </summary>
    public static bool StartsAPeriod(string prose, TextSpan sentence, int dateStart) =>
        Since().IsMatch(prose.AsSpan(sentence.Start, dateStart - sentence.Start));

    /// <summary>A verb that dates an event of its own: launched, founded, opened, introduced…</summary>
    [GeneratedRegex(@"\b(launch(ed)?|founded|opened|introduced|established|set up|started|began|created|released|went live|switched on|born|died)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EventVerb();

    /// <summary>The sentence containing <paramref name="span"/>, found by binary search.</summary>
    public static Sentence? SentenceAt(ContentDocument document, TextSpan span)
    {
        var sentences = document.Sentences;
        int low = 0, high = sentences.Length - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            var candidate = sentences[mid];
            if (span.Start < candidate.Span.Start)
            {
                high = mid - 1;
            }
            else if (span.Start >= candidate.Span.End)
            {
                low = mid + 1;
            }
            else
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>True when the article reports the statement as someone else's or as false rather than asserting it.</summary>
    public static bool IsNotAsserted(ContentDocument document, Sentence sentence, TextSpan span)
    {
        if (sentence.Block.IsQuotedPassage || sentence.Block.Quotations.Any(q => q.Contains(span)))
        {
            return true;
        }

        if (Disowns(sentence.Text) || IsNegated(document, sentence, span))
        {
            return true;
        }

        var next = sentence.Index + 1 < document.Sentences.Length ? document.Sentences[sentence.Index + 1] : null;
        return next is not null && next.Block == sentence.Block && RefutationOpening().IsMatch(next.Text);
    }

    /// <summary>
    /// True when the sentence disowns the statement (a myth, denied, refuted by the next sentence) or a negation governs
    /// its clause. Unlike <see cref="IsNotAsserted"/>, quotation marks do not disown it: a gloss is quoted as a matter of
    /// course ("Kwangmyong, meaning 'walled garden'"), and a quoted writer's gloss is still the page's statement.
    /// </summary>
    public static bool IsDisowned(ContentDocument document, Sentence sentence, TextSpan span)
    {
        if (Disowns(sentence.Text) || IsNegated(document, sentence, span))
        {
            return true;
        }

        var next = sentence.Index + 1 < document.Sentences.Length ? document.Sentences[sentence.Index + 1] : null;
        return next is not null && next.Block == sentence.Block && RefutationOpening().IsMatch(next.Text);
    }

    /// <summary>The clause of the sentence that holds the span: between the nearest clause breaks either side.</summary>
    public static string ClauseAround(ContentDocument document, Sentence sentence, TextSpan span)
    {
        var clause = ClauseSpan(document, sentence, span);
        return document.ProseText.Substring(clause.Start, clause.Length);
    }

    /// <summary>The span of the clause of the sentence that holds the span.</summary>
    public static TextSpan ClauseSpan(ContentDocument document, Sentence sentence, TextSpan span)
    {
        var prose = document.ProseText;
        var start = sentence.Span.Start;
        var end = sentence.Span.End;
        foreach (Match match in ClauseBreak().Matches(prose[sentence.Span.Start..sentence.Span.End]))
        {
            var at = sentence.Span.Start + match.Index;
            if (at + match.Length <= span.Start)
            {
                start = at + match.Length;
            }
            else if (at >= span.End)
            {
                end = at;
                break;
            }
        }

        return TextSpan.FromBounds(start, end);
    }

    /// <summary>The year a statement is about: the year written in its sentence nearest to it, else the article's date.</summary>
    public static int? YearFor(ContentDocument document, Sentence sentence, TextSpan span) =>
        YearInSentence(document, sentence, span) ?? document.ArticleDate?.Year;

    /// <summary>
    /// The year a statement's sentence gives it, or null: the nearest year in the statement's own
    /// clause, else the nearest in the sentence's opening clause ("In 2013, …"; "By the end of 2009,
    /// …"). A year in another clause is about something else ("a steady increase from two million
    /// in 2013"; "which has operated since 2008"), as is one in an opening clause that dates another
    /// event ("Launched in December 2008, …") or one that starts a period ("since 2008").
    /// </summary>
    public static int? YearInSentence(ContentDocument document, Sentence sentence, TextSpan span)
    {
        var prose = document.ProseText;
        var own = ClauseSpan(document, sentence, span);
        (int Year, int Distance)? inOwn = null, inOpening = null, setOffAfter = null, setOffBefore = null;
        foreach (Match match in Year().Matches(prose, sentence.Span.Start).TakeWhile(m => m.Index < sentence.Span.End))
        {
            // A year inside the claim itself ("2016 users") is not a date.
            if (span.Contains(match.Index) || IsPartOfNumber(prose, match.Index, match.Length) || Since().IsMatch(prose.AsSpan(sentence.Span.Start, match.Index - sentence.Span.Start)))
            {
                continue;
            }

            var year = int.Parse(match.Value, CultureInfo.InvariantCulture);
            // Measured from the claim's nearer edge: in "one million by 2011 and over two million by 2013" the
            // second figure's year is the one right after it, not the one that ends just before its words.
            var distance = match.Index >= span.End ? match.Index - span.End : Math.Max(0, span.Start - (match.Index + match.Length));
            var clause = ClauseSpan(document, sentence, new TextSpan(match.Index, match.Length));
            if (clause == own)
            {
                if (inOwn is null || distance < inOwn.Value.Distance)
                {
                    inOwn = (year, distance);
                }
            }
            else if (clause.Start >= own.End && IsSetOffDate(prose, own, clause))
            {
                setOffAfter ??= (year, distance);
            }
            else if (clause.End <= own.Start && IsDateClauseBefore(prose, clause, own))
            {
                setOffBefore = (year, distance);
            }
            else if (prose.AsSpan(sentence.Span.Start, clause.Start - sentence.Span.Start).Trim().IsEmpty
                && !EventVerb().IsMatch(prose.AsSpan(clause.Start, match.Index - clause.Start))
                && (inOpening is null || distance < inOpening.Value.Distance))
            {
                inOpening = (year, distance);
            }
        }

        return (inOwn ?? setOffAfter ?? setOffBefore ?? inOpening)?.Year;
    }

    /// <summary>
    /// Whether <paramref name="clause"/> is a date and nothing else, set off by a comma right before the statement's
    /// own clause: "According to the ITU, as of 2023, the penetration was about 15%"; "根据…的最新数据,截至2023年,朝鲜的移动渗透率
    /// 约为15%" (blind21 a-13). The date opens the statement's clause as an opening clause would; a bracket before
    /// the figure is not a comma ("Koryolink (2008) has 3 million subscribers" dates the name).
    /// </summary>
    private static bool IsDateClauseBefore(string prose, TextSpan clause, TextSpan own) =>
        prose.AsSpan(clause.End, own.Start - clause.End).Trim() is { Length: 1 } mark && mark[0] is ',' or '，'
        && DateOnly().IsMatch(prose.AsSpan(clause.Start, clause.Length));

    /// <summary>
    /// Whether <paramref name="clause"/> is a date and nothing else, set off by one dash, bracket or comma right after
    /// the statement's own clause: "Lediglich 28 Internetseiten können – Stand 2014 – abgerufen werden", "28 websites
    /// (as of 2014)". Such a clause dates the clause before it. Only after it: a year in brackets before a figure
    /// ("Koryolink (2008) has 3 million subscribers") dates the name it follows.
    /// </summary>
    private static bool IsSetOffDate(string prose, TextSpan own, TextSpan clause) =>
        prose.AsSpan(own.End, clause.Start - own.End).Trim() is { Length: 1 } mark && mark[0] is '–' or '—' or '-' or '(' or ','
        && DateOnly().IsMatch(prose.AsSpan(clause.Start, clause.Length));

    /// <summary>A clause that is only a date: "as of 2014", "Stand 2014", "Stand: Juni 2014", "in 2014", "2014", "por 2014", "截至2023年".</summary>
    [GeneratedRegex(@"^\s*((as\s+(of|at)|in|at\s+the\s+end\s+of|stand(\s+von)?|im\s+jahr|per|en|em|nel|на)\s+)?((january|february|march|april|may|june|july|august|september|october|november|december|januar|februar|märz|mai|juni|juli|oktober|dezember)\s+)?(19\d\d|20[0-4]\d)\s*$|^\s*(截至|截止|截止到|到|至|在|于)?\s*(19\d\d|20[0-4]\d)\s*年\s*(底|末|初|年底|年末|时|時点で|現在|为止|為止)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateOnly();

    /// <summary>The text of a fact's primary source for messages: "Title (URL)".</summary>
    public static string Cite(Fact fact, SeriesPoint? point = null)
    {
        var source = point?.Sources.FirstOrDefault() ?? fact.PrimarySource;
        return source is null ? "no source" : $"{source.Title}, {source.Url}";
    }

    public static Dictionary<string, string> Properties(Fact fact, string canonical, string? asOf, SeriesPoint? point = null)
    {
        var source = point?.Sources.FirstOrDefault() ?? fact.PrimarySource;
        var properties = new Dictionary<string, string>
        {
            ["fact.id"] = fact.Id,
            ["fact.canonical"] = canonical,
        };
        if (asOf is not null)
        {
            properties["fact.asOf"] = asOf;
        }

        if (source is not null)
        {
            properties["fact.sourceTitle"] = source.Title;
            properties["fact.sourceUrl"] = source.Url;
        }

        return properties;
    }

    private static bool IsPartOfNumber(string text, int start, int length) =>
        (start > 0 && (char.IsDigit(text[start - 1]) || text[start - 1] is ',' or '.' or '$'))
        || (start + length < text.Length && (char.IsDigit(text[start + length]) || (text[start + length] is ',' or '.' && start + length + 1 < text.Length && char.IsDigit(text[start + length + 1]))));
}
