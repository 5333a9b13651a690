using NkContentLint.Documents;

namespace NkContentLint.Claims;

/// <summary>
/// Numbers that count nothing: years and dates, clock times, phone numbers and IP addresses, labels
/// (<c>Step 2</c>, <c>Room 39</c>), versions and names (<c>Firefox 3.5</c>, <c>Arirang 171</c>), section
/// numbers, bracketed list numbers, and time references (<c>three years earlier</c>).
/// </summary>
internal sealed class NonQuantityFilter : SentenceTokens
{
    private readonly NumberReader numbers;
    private readonly NounPhraseReader nouns;

    public NonQuantityFilter(Sentence sentence, NumberReader numbers, NounPhraseReader nouns)
        : base(sentence)
    {
        this.numbers = numbers;
        this.nouns = nouns;
    }

    /// <summary>Phone numbers, dates and times written with separators, IP addresses, identifiers: returns the index after them, or <paramref name="i"/>.</summary>
    public int SkipNonQuantity(int i)
    {
        var text = t[i].Text;
        if (text.Count(c => c == '.') > 1)
        {
            return SkipGlued(i + 1);
        }

        if (i > 0 && Sym(i - 1, '+') && t[i].IsGlued)
        {
            return SkipNumberRun(i);
        }

        if (text.Length > 1 && text[0] == '0' && text[1] != '.' && text[1] != ',')
        {
            return SkipNumberRun(i);
        }

        // "four /24 routes", "a /16 block" (blind28): a slash that starts a word before the number writes a network prefix's
        // length (CIDR notation), a label of the block's size, not a count. "24/7" and "$30/month" glue the slash to what
        // comes before it.
        if (i > 0 && t[i].IsGlued && Sym(i - 1, '/') && (i == 1 || !t[i - 1].IsGlued))
        {
            return SkipGlued(i + 1);
        }

        if (i > 0 && t[i].IsGlued && !AllowedBeforeNumber(t[i - 1]))
        {
            // v1.1, AS 4837 written as AS4837 is one word already; here: x.1, 6·15, Q1-2
            return SkipGlued(i + 1);
        }

        // Runs of numbers: 11/01/2024, 2024-01-15, 09:07:51, 850 2 381 4410.
        var j = i;
        var count = 1;
        var slashOrColon = false;
        while (j + 1 < n)
        {
            if (j + 2 < n && t[j + 1].IsSymbol && t[j + 1].Text[0] is '-' or '/' or ':' && t[j + 1].IsGlued && t[j + 2].IsNumber && t[j + 2].IsGlued)
            {
                slashOrColon |= t[j + 1].Text[0] is '/' or ':';
                j += 2;
                count++;
            }
            else if (t[j + 1].IsNumber && !t[j + 1].IsGlued && (t[j + 1].Flags & ProseTokenFlags.MarkupBefore) == 0)
            {
                j++;
                count++;
            }
            else
            {
                break;
            }
        }

        if ((count >= 2 && slashOrColon) || count >= 3)
        {
            return SkipGlued(j + 1);
        }

        return i;
    }

    private int SkipNumberRun(int i)
    {
        var j = i;
        while (j < n && (t[j].IsNumber || (t[j].IsSymbol && t[j].Text[0] is '-' or '(' or ')' or '.' or '/')))
        {
            j++;
        }

        return j;
    }

    public int SkipGlued(int j)
    {
        while (j < n && t[j].IsGlued && !(t[j].IsSymbol && t[j].Text[0] is ',' or '.' or ';' or ':' or ')' or ']' or '”' or '"' or '?' or '!'))
        {
            j++;
        }

        return j;
    }

    private static bool AllowedBeforeNumber(ProseToken previous) =>
        previous.IsSymbol && previous.Text[0] is '$' or '€' or '£' or '¥' or '₩' or '(' or '[' or '“' or '"' or '‘' or '\'' or '~' or '≈' or '>' or '<'
            or '≥' or '≤' or '*' or '_' or '—' or '–' or '-' or '/' or '+';

    /// <summary>Years, dates, times, labels, versions and names: numbers that count nothing.</summary>
    /// <summary>
    /// A number in words after a singular label is the label's number, not a count: "part three looks at Red Star",
    /// "chapter two", "step one" (blind9). Plural labels ("pages") are left alone: a number after them counts.
    /// </summary>
    public bool IsLabelledInWords(Quantity q) =>
        q.IsWords && !q.HasMagnitude && q.Start > 0 && t[q.Start - 1] is { IsWord: true } before
        && ClaimLexicon.Labels.Contains(before.Text) && !before.Text.EndsWith('s') && !before.Is("no") && before.Text.Length > 2;

    public bool IsNotAQuantity(Quantity q)
    {
        var s = q.Start;
        var e = q.End;

        // A year, or a range of years, unless it plainly counts something: "about 2000 users", "the other
        // 1800 members", "its 1200 staff" count; "in 2008 users could …", "the 2016 leaks" do not.
        if (!q.HasMagnitude && IsYearLike(q))
        {
            // "On May 24. 2004 cell phones were banned", "May 24, 2004 users …": the year of a date.
            if (s > 2 && (Sym(s - 1, '.') || Sym(s - 1, ',')) && t[s - 2].IsNumber && t[s - 2].Text.Length <= 2 && IsMonth(s - 3))
            {
                return true;
            }

            var counts = nouns.ScanNounPhrase(e, requirePlural: true) is { } phrase && !ClaimLexicon.TimeNouns.Contains(NounPhraseReader.LastWord(phrase.Text))
                && (numbers.ApproximationBefore(s).Kind != Approximation.Exact
                    || (!q.IsRange && !PrecededByDatePreposition(s) && !ClaimLexicon.EventNouns.Contains(NounPhraseReader.LastWord(phrase.Text))
                        && !(e < n && t[e].IsCapitalized)));
            if (!counts)
            {
                return true;
            }
        }

        // A position in a ranking, not a quantity (ranks are NK1003's): "the bottom 5 of the rankings", "in the top
        // 20." A counted noun or a unit after the number keeps it a count ("the top 100 graduates", "the top 1 per cent").
        if (IsRankPosition(q))
        {
            return true;
        }

        // Dates: 15 December 2008, December 15, Dec. 15, 2008, 22–23 December.
        if (s > 0 && IsMonth(s - 1) || (s > 1 && Sym(s - 1, '.') && IsMonth(s - 2)) || (e < n && IsMonth(e) && q.High <= 31) || (Word(e, "of") && IsMonth(e + 1)))
        {
            return true;
        }

        // A version before a name: the 4.2 API, 3.0 Beta (but 1.5 GB is an amount).
        if (q.HasDecimal && !q.HasMagnitude && e < n && t[e].IsCapitalized && !nouns.MatchUnit(e, out _, out _))
        {
            return true;
        }

        // HTTP status codes: "503 alerts", "a 404 page", "500 errors" (a down site's code, not a count of errors).
        if (!q.HasMagnitude && !q.HasSeparator && !q.HasDecimal && q.Low == q.High && q.Start + 1 == e && ClaimLexicon.HttpStatusCodes.Contains(t[q.Start].Text) && e < n && t[e].IsWord
            && ClaimLexicon.HttpStatusNouns.Contains(t[e].Text))
        {
            return true;
        }

        // Clock times: 5 p.m., 20:00 UTC.
        if (e < n && t[e].IsWord && ClaimLexicon.TimeMarkers.Contains(t[e].Text))
        {
            return true;
        }

        if (s > 0)
        {
            var before = t[s - 1];

            // Labels: section 4.2, Step 2, chapter 7, No. 3, p. 14, Room 39.
            if (before.IsWord && ClaimLexicon.Labels.Contains(before.Text.TrimEnd('.')) && !(before.Is("no") && !before.IsCapitalized && !Sym(s, '.')))
            {
                return true;
            }

            if (before.IsSymbol && before.Text[0] == '.' && s > 1 && t[s - 2].IsWord && ClaimLexicon.Labels.Contains(t[s - 2].Text))
            {
                return true;
            }

            if (before.IsSymbol && before.Text[0] == '#')
            {
                return true;
            }

            // Part of a name: Firefox 3.5, Android 4.4, Arirang 171, Pyongyang 2425, Red Star OS 3.0.
            if (IsNameBefore(s - 1))
            {
                var isHeading = sentence.Block.Kind == ProseBlockKind.Heading;
                if (!isHeading || (!q.HasMagnitude && nouns.ScanNounPhrase(e, requirePlural: true) is null))
                {
                    return true;
                }
            }

            // A bracketed number: (1), [2].
            if (before.IsSymbol && before.Text[0] is '(' or '[' && e < n && t[e].IsSymbol && t[e].Text[0] is ')' or ']' && q.High < 100)
            {
                return true;
            }
        }

        // A section number at the start of a heading: ## 3. Mobile networks, ### 2.8 GitHub Action conventions
        if (s == firstWord && sentence.Block.Kind == ProseBlockKind.Heading && !q.HasMagnitude
            && (q.HasDecimal || (e < n && ((t[e].IsSymbol && t[e].Text[0] is '.' or ')') || t[e].IsCapitalized))))
        {
            return true;
        }

        // "one", "1": a determiner, not a statistic (one of the few, one expert), unless it has a unit.
        return false;
    }

    /// <summary>A band of a ranking or places moved in one (digits or words): a position, not a quantity.</summary>
    public bool IsRankPosition(Quantity q) => !q.HasMagnitude && (IsRankBand(q.Start, q.End) || IsRankMove(q.Start, q.End));

    /// <summary>"the bottom 5 of the rankings", "ranked in the top 20": a band of a ranking, with nothing counted after it.</summary>
    private bool IsRankBand(int s, int e)
    {
        if (s == 0 || !t[s - 1].IsWord || !ClaimLexicon.RankBands.Contains(t[s - 1].Text) || !Word(s - 2, "the"))
        {
            return false;
        }

        // Nothing counted: the sentence ends or a clause mark, or a preposition ("of the rankings", "in the world") follows.
        return e >= n || (t[e].IsSymbol && t[e].Text[0] is '.' or ',' or ';' or ':' or ')' or '!' or '?')
            || (t[e].IsWord && (t[e].Is("of") || t[e].Is("in") || t[e].Is("on") || t[e].Is("among") || t[e].Is("worldwide") || t[e].Is("globally")));
    }

    /// <summary>"climbing 25 places to No. 52", "moved up six spots": places moved in a ranking, a change of position.</summary>
    private bool IsRankMove(int s, int e)
    {
        if (e >= n || !t[e].IsWord || !ClaimLexicon.RankMoveNouns.Contains(t[e].Text))
        {
            return false;
        }

        var k = s - 1;
        if (Word(k, "up") || Word(k, "down") || Word(k, "back"))
        {
            k--;
        }

        return k >= 0 && t[k].IsWord && ClaimLexicon.RankMoveVerbs.Contains(t[k].Text);
    }

    private bool IsNameBefore(int k)
    {
        var word = t[k];
        if (word.IsWord && IsCamelCaseName(word.Text))
        {
            // A product written in camel case is a name wherever it stands: iPhone 11, iPad 2, eMachines 3.
            return true;
        }

        if (!word.IsWord || !char.IsUpper(word.Text[0]) || (word.Flags & ProseTokenFlags.MarkupBefore) != 0 && k == firstWord)
        {
            return false;
        }

        var bare = word.Text.TrimEnd('.');
        if (ClaimLexicon.Months.Contains(bare) || ClaimLexicon.NotNamesBeforeNumbers.Contains(bare) || ClaimLexicon.CurrencyCodes.ContainsKey(bare))
        {
            return false;
        }

        // A number right after a word is glued to it only in identifiers; a possessive is not a name (Orascom's 75 percent).
        return !word.Text.EndsWith("'s", StringComparison.Ordinal) && !word.Text.EndsWith("’s", StringComparison.Ordinal);
    }

    /// <summary>A lower-case first letter and a capital after it (<c>iPhone</c>, <c>eBay</c>): a brand, never a common word.</summary>
    private static bool IsCamelCaseName(string word) =>
        word.Length >= 3 && char.IsLower(word[0]) && word.Skip(1).Any(char.IsUpper) && word.All(char.IsLetterOrDigit);

    public bool IsYearLike(Quantity q)
    {
        if (q.HasSeparator || q.HasDecimal || q.IsWords || q.Indefinite || q.HasMagnitude)
        {
            return false;
        }

        var year = t[q.Start].Text;
        return year.Length == 4 && q.Low is >= 1000 and <= 2100 && (!q.IsRange || q.High is >= 1000 and <= 2100);
    }

    /// <summary>"in 2008", "since 2016", "by 2020": a preposition that makes the number after it a date.</summary>
    private bool PrecededByDatePreposition(int s) => s > 0 && t[s - 1].IsWord && ClaimLexicon.DatePrepositions.Contains(t[s - 1].Text);

    public bool IsTimeReference(int start, int end)
    {
        // "3 years, 11 months ago": a list of durations before the time word.
        if (Sym(end, ',') && end + 2 < n && t[end + 1].IsNumber && t[end + 2].IsWord && ClaimLexicon.TimeNouns.Contains(t[end + 2].Text))
        {
            end += 3;
        }

        // "17 yrs. old": an abbreviation's full stop.
        if (Sym(end, '.') && end + 1 < n && t[end + 1].IsWord && ClaimLexicon.TimeReferenceAfter.Contains(t[end + 1].Text))
        {
            end++;
        }

        // "more than 24 hours after they went offline": the outage measured so far, not a time reference.
        if (end < n && (Word(end, "after") || Word(end, "since")) && IsFollowedByAnOutage(end + 1))
        {
            return false;
        }

        // "went down and was only fully-restored almost ten hours later" (blind31): the outage measured, not a time reference.
        if (Word(end, "later") && IsOutageRestoredLater(start, end))
        {
            return false;
        }

        // "two years on" ends a clause; "nine hours on Saturday" is a duration with its date.
        if (end < n && t[end].IsWord && ClaimLexicon.TimeReferenceAfter.Contains(t[end].Text)
            && !(t[end].Is("on") && end + 1 < n && (t[end + 1].IsWord || t[end + 1].IsNumber)))
        {
            return true;
        }

        // "its servers were back up within two hours.": the time a past event took, measured (LABELLING.md: durations of events).
        if (IsTimeAnEventTook(start, end))
        {
            return false;
        }

        return (start > 0 && t[start - 1].IsWord && (ClaimLexicon.TimeReferenceBefore.Contains(t[start - 1].Text)
            || (t[start - 1].Is("the") && start > 1 && ClaimLexicon.TimeReferenceBefore.Contains(t[start - 2].Text))))
            || IsSpanOfAnActivity(start);
    }

    /// <summary>
    /// "within" and a duration that ends its clause, after a clause that reports a network or service reaching a state in the
    /// past (a past form before an event state: "were back up within two hours.", "went offline within minutes"; or a
    /// participle in -ed among the states: "restored the link within 45 minutes,") with no negation, modal or condition in it:
    /// the time the event took, measured. A deadline ("was not provided within 30 days"), a rule ("must be filed within 30
    /// days"), a change ("the rate fell within 3 days") and "within 3 days of the attack, …", which opens a clause, are none.
    /// </summary>
    private bool IsTimeAnEventTook(int start, int end)
    {
        if (start < 2 || !Word(start - 1, "within") || !(end >= n || Sym(end, '.') || Sym(end, ',') || Sym(end, ';')))
        {
            return false;
        }

        var state = false;
        var took = false;
        for (var k = start - 2; k >= 0; k--)
        {
            if (t[k].IsSymbol && t[k].Text[0] is ',' or ';' or ':' or '—' or '–' or '(' or ')')
            {
                break;
            }

            if (!t[k].IsWord)
            {
                continue;
            }

            if (ClaimLexicon.UnrealEventWords.Contains(t[k].Text) || t[k].Text.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || t[k].Text.EndsWith("n’t", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            if (ClaimLexicon.EventStates.Contains(t[k].Text))
            {
                state = true;
                took |= t[k].Text.EndsWith("ed", StringComparison.OrdinalIgnoreCase);
            }
            else if (state && ClaimLexicon.PastEventForms.Contains(t[k].Text))
            {
                took = true;
            }
        }

        return took;
    }

    /// <summary>
    /// "Late on Monday night North Korea's internet went down and was only fully-restored almost ten hours later" (blind31):
    /// hours or minutes "later", right after a restoring state ("restored", "back", "fully-restored") that follows an outage
    /// state ("went down", "offline") earlier in the sentence with no negation, modal or condition, measure the outage (an
    /// event's duration). Days, months or years later ("shut it down 18 months later"), and a sentence with no outage, stay
    /// time references.
    /// </summary>
    private bool IsOutageRestoredLater(int start, int end)
    {
        if (end < 1 || !t[end - 1].IsWord || !(t[end - 1].Is("hours") || t[end - 1].Is("hour") || t[end - 1].Is("minutes") || t[end - 1].Is("minute")))
        {
            return false;
        }

        var restored = false;
        for (var k = start - 1; k >= 0; k--)
        {
            if (!t[k].IsWord)
            {
                continue;
            }

            if (ClaimLexicon.UnrealEventWords.Contains(t[k].Text) || t[k].Text.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || t[k].Text.EndsWith("n’t", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            var last = t[k].Text[(t[k].Text.LastIndexOf('-') + 1)..];
            if (!restored)
            {
                // The restoring state stands within a few words of the duration ("was only fully-restored almost ten hours").
                if (start - k > 4)
                {
                    return false;
                }

                restored = ClaimLexicon.RestoringStates.Contains(last);
            }
            else if (ClaimLexicon.OutageStates.Contains(t[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"… after they went offline", "… since the site went dark": a state of outage in the clause that follows.</summary>
    private bool IsFollowedByAnOutage(int from)
    {
        for (var k = from; k < n && k < from + 5; k++)
        {
            if (t[k].IsSymbol)
            {
                return false;
            }

            if (t[k].IsWord && ClaimLexicon.OutageStates.Contains(t[k].Text) && k > from)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "has been working for more than ten years": how long something has gone on, not a measured event
    /// (which "lasted", "took" or "was down for" a time).
    /// </summary>
    private bool IsSpanOfAnActivity(int start)
    {
        if (!Word(start - 1, "for"))
        {
            return false;
        }

        for (var k = start - 2; k >= 0 && k >= start - 5; k--)
        {
            if (t[k].IsWord && (t[k].Is("been") || (t[k].Text.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && t[k].Text.Length > 4)))
            {
                return true;
            }
        }

        return false;
    }
}
