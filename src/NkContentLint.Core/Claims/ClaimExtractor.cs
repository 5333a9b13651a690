using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Humanizer;
using Microsoft.CodeAnalysis.Text;
using NkContentLint.Documents;
using NkContentLint.Text;

namespace NkContentLint.Claims;

/// <summary>
/// Finds the quantitative claims (statistics) in sentences and parses them: percentages, counts and
/// amounts with a unit or noun, magnitudes (<c>2 million</c>, <c>4-5 million</c>, <c>a few thousand</c>,
/// <c>2k+</c>), number words (<c>two million</c>, <c>three quarters</c>), ratios (<c>one in five</c>),
/// ranks (<c>the world's largest</c>, <c>179th out of 180</c>) and multipliers (<c>tenfold</c>), with the
/// approximation or bound before them.
/// </summary>
/// <remarks>
/// Not claims: years, decades and dates (<c>in 1948</c>, <c>the 2010s</c>, <c>March 29, 2023</c>,
/// <c>2024-01-15</c>), clock times, phone numbers, list, section, table and step numbers, versions
/// (<c>Red Star OS 3.0</c>, <c>v1.1</c>), numbers that are part of a name (<c>Room 39</c>,
/// <c>Arirang 171</c>, <c>World War II</c>, <c>the 7th Congress</c>), identifiers (<c>AS131279</c>,
/// <c>3G</c>, <c>IPv4</c>), ordinals of sequence (<c>the first website</c>), time references
/// (<c>three years earlier</c>), <c>one</c>/<c>a single</c> as determiners, bare quantifiers without a
/// magnitude (<c>a few embassies</c>), numbers in the italic title of a work, and anything that is not
/// prose (code, URLs, HTML). Numbers inside quotation marks are claims with <see cref="Claim.Quotation"/>
/// set, so a rule can decide whether someone else's words count. The extractor is linear in the text.
/// </remarks>
internal static class ClaimExtractor
{
    /// <summary>The claims of every sentence, in document order.</summary>
    public static ImmutableArray<Claim> Extract(IEnumerable<Sentence> sentences)
    {
        var result = ImmutableArray.CreateBuilder<Claim>();
        foreach (var sentence in sentences)
        {
            result.AddRange(Extract(sentence));
        }

        return result.ToImmutable();
    }

    /// <summary>The claims of one sentence, in order.</summary>
    public static ImmutableArray<Claim> Extract(Sentence sentence)
    {
        // One parser per thread, bound to each sentence in turn; a parse that starts inside another (none does today)
        // gets a parser of its own.
        var parser = threadParser ??= new Parser();
        if (parser.InUse)
        {
            parser = new Parser();
        }

        parser.InUse = true;
        try
        {
            return parser.Run(sentence);
        }
        finally
        {
            parser.Release();
            parser.InUse = false;
        }
    }

    [ThreadStatic]
    private static Parser? threadParser;

    /// <summary>
    /// The claims in a piece of Markdown, such as a value in a fact pack (<c>"about 2 million subscribers"</c>).
    /// </summary>
    public static ImmutableArray<Claim> Extract(string markdown) => ContentDocument.Parse("claim.md", markdown).Claims;

    /// <summary>Runs the claim parser's static set-up (its tables) ahead of the first sentence (<see cref="Running.StartUpWarming"/>).</summary>
    internal static void PrepareParser() => System.Runtime.CompilerServices.RuntimeHelpers.RunClassConstructor(typeof(Parser).TypeHandle);

    /// <summary>Claim assembly: tries each reader at each token and turns what they read into <see cref="Claim"/>s.</summary>
    private sealed class Parser : SentenceTokens
    {
        // The readers are made once per thread and bound to a sentence at its first token that gets past ParseAt's two cheap
        // tests (PrepareReaders), which every use of them follows: a sentence without a number or a word that may start a
        // claim (a heading, a list item, a table cell) binds nothing; the claim list is kept and cleared between sentences.
        private ImmutableArray<Claim>.Builder? claims;
        private NounPhraseReader nouns = null!;
        private NumberReader numbers = null!;
        private NonQuantityFilter nonQuantities = null!;
        private RankReader ranks = null!;

        // Whether the readers are bound to the sentence being parsed (PrepareReaders binds them at its first candidate token).
        private bool readersBound;

        public Parser()
        {
        }

        /// <summary>Whether a parse is running on this parser.</summary>
        public bool InUse { get; set; }

        public ImmutableArray<Claim> Run(Sentence sentence)
        {
            Bind(sentence);
            readersBound = false;
            var i = 0;
            while (i < n)
            {
                var next = ParseAt(i);
                i = next > i ? next : i + 1;
            }

            return claims is { Count: > 0 } ? claims.ToImmutable() : [];
        }

        /// <summary>Unbinds the parser and its readers from the sentence just parsed.</summary>
        public void Release()
        {
            Unbind();
            claims?.Clear();
            if (readersBound)
            {
                nouns.Unbind();
                numbers.Unbind();
                nonQuantities.Unbind();
                ranks.Unbind();
            }
        }

        private void PrepareReaders()
        {
            if (readersBound)
            {
                return;
            }

            readersBound = true;
            if (ranks is null)
            {
                nouns = new NounPhraseReader(sentence);
                numbers = new NumberReader(sentence, nouns);
                nonQuantities = new NonQuantityFilter(sentence, numbers, nouns);
                ranks = new RankReader(sentence, numbers, nouns, AddRank);
                return;
            }

            nouns.Bind(sentence);
            numbers.Bind(sentence);
            nonQuantities.Bind(sentence);
            ranks.Bind(sentence);
        }

        private int ParseAt(int i)
        {
            if (t[i].InTitle)
            {
                return i + 1;
            }

            if (t[i].IsWord && !MayStartClaim(t[i].Text))
            {
                return i + 1;
            }

            PrepareReaders();

            // "38 North says", "38 North's Martyn Williams": a name, not a count; "38 North Korean sites" is one.
            if (t[i].IsNumber && i + 1 < n && t[i + 1].IsWord && ClaimLexicon.NamesWithNumbers.Contains(t[i].Text + " " + StripPossessive(t[i + 1].Text))
                && !(i + 2 < n && t[i + 2].IsWord && !t[i + 1].Text.Contains('\'') && !t[i + 1].Text.Contains('’')
                    && ClaimLexicon.NamesWithNumbersNotBefore.Contains(t[i + 2].Text.Replace('’', '\''))))
            {
                return i + 2;
            }

            if (t[i].IsNumber && TryShareSplit(i, out var split))
            {
                return split;
            }

            if (TryMilestone(i, out var milestone))
            {
                return milestone;
            }

            if (t[i].IsNumber && nonQuantities.SkipNonQuantity(i) is var skipped && skipped > i)
            {
                return skipped;
            }

            if (ranks.TryRank(i, out var next) || TryMultiplier(i, out next) || TryFraction(i, out next) || TryWordDuration(i, out next) || TryApproximateOutageDuration(i, out next) || TryOutageCount(i, out next) || TryUnitMagnitude(i, out next) || TryQuantity(i, out next))
            {
                return next;
            }

            return i + 1;
        }

        /// <summary>The end of one or two capitalised words and a currency word after them (<c>North Korean won</c>), else <paramref name="k"/>.</summary>
        private int NationalCurrencyEnd(int k)
        {
            for (var m = 1; m <= 2 && k + m < n; m++)
            {
                if (!t[k + m - 1].IsWord || !t[k + m - 1].IsCapitalized || (m > 1 && t[k + m - 1].IsGlued))
                {
                    return k;
                }

                var word = t[k + m];
                if (word.IsWord && ClaimLexicon.CurrencyWords.ContainsKey(word.Text) && !word.Text.All(char.IsUpper)
                    && (!word.Is("won") || t[k + m - 1].Is("Korean")))
                {
                    return k + m + 1;
                }
            }

            return k;
        }

        /// <summary>
        /// "a 70:30 joint venture", "a 50/50 split" (blind12): two whole shares that add up to 100 divide something
        /// between two parties, a ratio (LABELLING.md: ratios and ownership shares are statistics). No clock time or
        /// date adds up to 100 in both its parts (an hour is at most 24, a minute 59), so none is read as one.
        /// </summary>
        private bool TryShareSplit(int i, out int next)
        {
            next = i;
            if (i + 2 >= n || !(Sym(i + 1, ':') || Sym(i + 1, '/')) || !t[i + 1].IsGlued || !t[i + 2].IsNumber || !t[i + 2].IsGlued
                || (i > 0 && t[i].IsGlued && t[i - 1].IsSymbol && t[i - 1].Text[0] is ':' or '/' or '-' or '.')
                || (i + 3 < n && t[i + 3].IsGlued && t[i + 3].IsSymbol && t[i + 3].Text[0] is ':' or '/' or '-' or '.' && i + 4 < n && t[i + 4].IsNumber)
                || !int.TryParse(t[i].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var left)
                || !int.TryParse(t[i + 2].Text, NumberStyles.None, CultureInfo.InvariantCulture, out var right)
                || left < 1 || right < 1 || left + right != 100)
            {
                return false;
            }

            var share = left / 100.0;
            Add(new Quantity { Start = i, End = i + 3, Low = share, High = share, Scale = 1 }, i, i + 3, ClaimKind.Ratio, "ratio", null, null, null, share);
            next = i + 3;
            return true;
        }

        /// <summary>
        /// "register the 1 millionth cellphone user", "sign up its millionth subscriber" (blind20, tune): an ordinal of a
        /// magnitude before what it counts is a milestone, the count reached (a million users). Before "of" it is a
        /// fraction ("a millionth of a second"); an ordinal below a thousand ("the 100th anniversary") orders, it does not count.
        /// </summary>
        private bool TryMilestone(int i, out int next)
        {
            next = i;
            var ordinal = t[i].IsNumber ? i + 1 : i;
            if (ordinal >= n || !t[ordinal].IsWord || !ClaimLexicon.FractionWords.TryGetValue(t[ordinal].Text, out var magnitude)
                || magnitude < 1e3 || t[ordinal].Text.EndsWith('s') || Word(ordinal + 1, "of"))
            {
                return false;
            }

            double count;
            if (t[i].IsNumber)
            {
                if (!double.TryParse(t[i].Text.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var top) || top <= 0)
                {
                    return false;
                }

                count = top * magnitude;
            }
            else if (i > 0 && t[i - 1].IsWord && (t[i - 1].Is("the") || t[i - 1].Is("its") || t[i - 1].Is("their") || IsPossessiveWord(t[i - 1].Text)))
            {
                count = magnitude;
            }
            else
            {
                return false;
            }

            if (nouns.ScanNounPhrase(ordinal + 1, requirePlural: false) is not { } phrase)
            {
                return false;
            }

            Add(new Quantity { Start = i, End = ordinal + 1, Low = count, High = count, Scale = magnitude, HasMagnitude = true }, i, phrase.End, ClaimKind.Count, null, phrase.Text, null, null, count);
            next = phrase.End;
            return true;
        }

        private static bool IsPossessiveWord(string word) => word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal);

        private static double SpacedMoneyMagnitude(string word) => word switch
        {
            "M" or "m" or "mn" or "mln" => 1e6,
            "B" or "b" or "bn" or "bln" => 1e9,
            "K" or "k" => 1e3,
            _ => 0,
        };

        private static string StripPossessive(string word) =>
            word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;

        /// <summary>A cheap test that rules out most words: only these can start a rank, fraction, multiplier or number in words.</summary>
        // Asked of every word: the endings first, then one lookup in the starters and number words together (it was
        // three case-insensitive lookups).
        private static bool MayStartClaim(string word) =>
            word.EndsWith("est", StringComparison.OrdinalIgnoreCase)
            || word.EndsWith("fold", StringComparison.OrdinalIgnoreCase)
            || word.EndsWith("'s", StringComparison.Ordinal)
            || word.EndsWith("’s", StringComparison.Ordinal)
            || word.Contains('-', StringComparison.Ordinal)
            || (StarterAndNumberWordsFilter.MayContain(word) && StarterAndNumberWords.Contains(word))
            || (word.Length > 3 && char.IsDigit(word[3]) && ClaimLexicon.CurrencyCodes.ContainsKey(word[..3]));

        private static readonly HashSet<string> StarterWords = new(
            ["a", "an", "half", "twice", "thrice", "most", "least", "best", "worst", .. ClaimLexicon.Indefinites.Keys, .. ClaimLexicon.PluralMagnitudes.Keys, .. ClaimLexicon.PluralUnits, .. ClaimLexicon.CurrencyCodes.Keys,
                .. ClaimLexicon.MultiplierVerbs.Keys, .. ClaimLexicon.ApproximateMultipliers.Keys, .. NumberWords.Scales.Keys,
                .. ClaimLexicon.FractionWords.Where(f => f.Value >= 1e3).Select(f => f.Key)],
            StringComparer.OrdinalIgnoreCase);

        /// <summary><see cref="StarterWords"/> and every cardinal and ordinal word, compared as they are (without case).</summary>
        private static readonly FrozenSet<string> StarterAndNumberWords =
            StarterWords.Concat(NumberWords.CardinalAndOrdinalWords).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

        /// <summary>In front of <see cref="StarterAndNumberWords"/>: most words are none, and are turned away without hashing them.</summary>
        private static readonly WordFilter StarterAndNumberWordsFilter = new(StarterAndNumberWords);

        private bool TryMultiplier(int i, out int next)
        {
            next = i;

            // "doubled", "tripled", "halved": a multiplier stated as a verb (LABELLING.md: multipliers are statistics).
            if (t[i].IsWord && ClaimLexicon.MultiplierVerbs.TryGetValue(t[i].Text, out var verbFactor) && !(i > 0 && t[i - 1].Is("the")))
            {
                Add(new Quantity { Start = i, End = i + 1, Low = verbFactor, High = verbFactor }, i, i + 1, ClaimKind.Multiplier, null, null, null, null, verbFactor);
                next = i + 1;
                return true;
            }

            // "saw sales more than double", "nearly triple": the base form is a multiplier after an approximation
            // (LABELLING.md: multipliers are statistics); alone it is mostly an adjective ("a double standard").
            if (t[i].IsWord && ClaimLexicon.ApproximateMultipliers.TryGetValue(t[i].Text, out var baseFactor)
                && i > 0 && t[i - 1].IsWord && ClaimLexicon.MultiplierApproximations.Contains(t[i - 1].Text))
            {
                Add(new Quantity { Start = i, End = i + 1, Low = baseFactor, High = baseFactor }, i, i + 1, ClaimKind.Multiplier, null, null, null, null, baseFactor);
                next = i + 1;
                return true;
            }

            if (t[i].IsWord && t[i].Text.EndsWith("fold", StringComparison.OrdinalIgnoreCase) && t[i].Text.Length > 4)
            {
                var head = t[i].Text[..^4].TrimEnd('-');
                if (NumberWords.TryParse(head, out var factor) && factor >= 2)
                {
                    Add(new Quantity { Start = i, End = i + 1, Low = factor, High = factor }, i, i + 1, ClaimKind.Multiplier, null, null, null, null, factor);
                    next = i + 1;
                    return true;
                }
            }

            if (t[i].IsNumber && Sym(i + 1, '-') && t[i + 1].IsGlued && Word(i + 2, "fold") && t[i + 2].IsGlued
                && double.TryParse(t[i].Text.Replace(",", string.Empty), NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                Add(new Quantity { Start = i, End = i + 3, Low = value, High = value }, i, i + 3, ClaimKind.Multiplier, null, null, null, null, value);
                next = i + 3;
                return true;
            }

            return false;
        }

        /// <summary>
        /// A duration written in words as an adjective before an incident: "a nine-hour outage", "a two-day-long
        /// blackout", "a day-and-a-half-long outage" (LABELLING.md: a measured event's duration is a statistic).
        /// </summary>
        private bool TryWordDuration(int i, out int next)
        {
            next = i;
            if (!t[i].IsWord || !t[i].Text.Contains('-', StringComparison.Ordinal))
            {
                return false;
            }

            var parts = t[i].Text.Split('-');
            var count = parts.Length;
            var isLong = parts[^1].Equals("long", StringComparison.OrdinalIgnoreCase);
            if (isLong)
            {
                count--;
            }

            double value;
            int unitAt;
            if (count >= 2 && NumberWords.TryParseCardinal(parts[0], out var number) && number >= 1)
            {
                value = number;
                unitAt = 1;
            }
            else if (count == 4)
            {
                value = 1;
                unitAt = 0;
            }
            else
            {
                return false;
            }

            if (!ClaimLexicon.CompoundDurations.TryGetValue(parts[unitAt], out var unit))
            {
                return false;
            }

            // "-and-a-half": a day and a half.
            var rest = count - unitAt - 1;
            if (rest == 3 && parts[unitAt + 1].Equals("and", StringComparison.OrdinalIgnoreCase) && parts[unitAt + 2].Equals("a", StringComparison.OrdinalIgnoreCase)
                && parts[unitAt + 3].Equals("half", StringComparison.OrdinalIgnoreCase))
            {
                value += 0.5;
            }
            else if (rest != 0 || unitAt == 0)
            {
                return false;
            }

            if (!(i + 1 < n && t[i + 1].IsWord && ClaimLexicon.IncidentNouns.Contains(t[i + 1].Text)))
            {
                return false;
            }

            Add(new Quantity { Start = i, End = i + 1, Low = value, High = value, IsWords = true }, i, i + 1, ClaimKind.Amount, unit, null, null, null, value);
            next = i + 1;
            return true;
        }

        /// <summary>
        /// "went down twice", "has gone offline twice": how often a network went down, counted as "went down
        /// three times" is. Elsewhere "twice" is left alone ("twice as many", "twice the size", "visited twice").
        /// </summary>
        private bool TryOutageCount(int i, out int next)
        {
            next = i;
            if (!(t[i].Is("twice") || t[i].Is("thrice")) || i == 0 || !t[i - 1].IsWord || !ClaimLexicon.OutageStates.Contains(t[i - 1].Text))
            {
                return false;
            }

            var value = t[i].Is("twice") ? 2 : 3;
            Add(new Quantity { Start = i, End = i + 1, Low = value, High = value, IsWords = true }, i, i + 1, ClaimKind.Count, "times", null, null, null, value);
            next = i + 1;
            return true;
        }

        /// <summary>
        /// "went down for more than an hour", "was offline for nearly a day", "the outage lasted about an hour":
        /// one unit of time, approximated, measuring an outage the clause names (LABELLING.md: a measured duration
        /// of an event is a statistic). Without the approximation or the outage it is a time reference: "for an
        /// hour", "more than a year ago", "waited more than an hour".
        /// </summary>
        private bool TryApproximateOutageDuration(int i, out int next)
        {
            next = i;
            if (!(t[i].Is("a") || t[i].Is("an")) || i + 1 >= n || !t[i + 1].IsWord
                || !ClaimLexicon.CompoundDurations.TryGetValue(t[i + 1].Text, out var unit) || unit is "months" or "years"
                || numbers.ApproximationBefore(i) is var approximation && approximation.Kind == Approximation.Exact
                || Word(i + 2, "ago") || Word(i + 2, "later") || Word(i + 2, "earlier"))
            {
                return false;
            }

            var outage = false;
            for (var k = approximation.Start - 1; k >= 0 && k >= approximation.Start - 8; k--)
            {
                if (t[k].IsSymbol && t[k].Text[0] is ',' or ';' or ':' or '.')
                {
                    break;
                }

                if (t[k].IsWord && (ClaimLexicon.OutageStates.Contains(t[k].Text) || ClaimLexicon.IncidentNouns.Contains(t[k].Text) || t[k].Is("lasted") || t[k].Is("lasting")))
                {
                    outage = true;
                    break;
                }
            }

            if (!outage)
            {
                return false;
            }

            Add(new Quantity { Start = i, End = i + 2, Low = 1, High = 1, IsWords = true }, i, i + 2, ClaimKind.Amount, unit, null, null, null, 1);
            next = i + 2;
            return true;
        }

        /// <summary>"terabytes of employee data": a unit in the plural with no number, a vague magnitude like "hundreds of".</summary>
        private bool TryUnitMagnitude(int i, out int next)
        {
            next = i;
            if (!t[i].IsWord || !ClaimLexicon.PluralUnits.Contains(t[i].Text) || !Word(i + 1, "of") || (i > 0 && (t[i - 1].IsNumber || t[i - 1].IsWord && NumberWords.TryParse(t[i - 1].Text, out _))))
            {
                return false;
            }

            var unit = t[i].Text.ToLowerInvariant();
            var end = nouns.ScanNounPhrase(i + 2, requirePlural: false) is { } phrase ? phrase.End : i + 1;
            Add(new Quantity { Start = i, End = i + 1, Low = 2, High = 999, Indefinite = true, HasMagnitude = true, PluralMagnitude = true }, i, end, ClaimKind.Amount, unit, null, null, null, null);
            next = end;
            return true;
        }

        private bool TryFraction(int i, out int next)
        {
            next = i;
            if (!t[i].IsWord)
            {
                return false;
            }

            // "the upper half of the Korean Peninsula", "the northern third of the country": a part of a place.
            if (i > 0 && t[i - 1].IsWord && (ClaimLexicon.DirectionWords.Contains(t[i - 1].Text)
                || (ClaimLexicon.RelativeDirectionWords.Contains(t[i - 1].Text) && Word(i + 1, "of")
                    && (Word(i + 2, "the") ? i + 3 : i + 2) is var place && place < n && t[place].IsCapitalized)))
            {
                return false;
            }

            var word = t[i].Text;
            double value;
            int end;
            if (word.IndexOf('-') is > 0 and var dash && NumberWords.TryParseCardinal(word[..dash], out var top) && top > 0
                && ClaimLexicon.FractionWords.TryGetValue(word[(dash + 1)..], out var bottom))
            {
                value = top / bottom;
                end = i + 1;
            }
            else if (NumberWords.TryParseCardinal(word, out top) && top >= 2 && top <= 10 && i + 1 < n && t[i + 1].IsWord
                && t[i + 1].Text.EndsWith('s') && ClaimLexicon.FractionWords.TryGetValue(t[i + 1].Text, out bottom) && top < bottom)
            {
                value = top / bottom;
                end = i + 2;
            }
            else if ((t[i].Is("a") || t[i].Is("one")) && i + 1 < n && t[i + 1].IsWord && !t[i + 1].Text.EndsWith('s')
                && ClaimLexicon.FractionWords.TryGetValue(t[i + 1].Text, out bottom) && bottom > 2 && PartitiveContext(i, i + 2))
            {
                value = 1 / bottom;
                end = i + 2;
            }
            else if (t[i].Is("half") && PartitiveContext(i, i + 1) && !(i > 0 && (t[i - 1].Is("a") || t[i - 1].Is("and") || t[i - 1].Is("the") || ClaimLexicon.Ordinals.Contains(t[i - 1].Text))))
            {
                value = 0.5;
                end = i + 1;
            }
            else
            {
                return false;
            }

            string? whole = null;
            if (Word(end, "of"))
            {
                whole = nouns.ScanNounPhrase(nouns.SkipDeterminers(end + 1), requirePlural: false)?.Text;
            }

            Add(new Quantity { Start = i, End = end, Low = value, High = value }, i, end, ClaimKind.Fraction, null, whole, null, null, value);
            next = end;
            return true;
        }

        /// <summary>"a third" or "half" as a part of a whole: before "of …", at a clause end, or after "by"/an approximation.</summary>
        private bool PartitiveContext(int start, int end)
        {
            if (start > 0 && ClaimLexicon.Ordinals.Contains(t[start - 1].Text))
            {
                return false;
            }

            if (Word(end, "of"))
            {
                // Not "the first quarter of 2011", "half of 2019", "half of the year".
                var k = nouns.SkipDeterminers(end + 1);
                return !(k < n && (t[k].IsNumber || ClaimLexicon.TimeNouns.Contains(t[k].Text) || ClaimLexicon.Months.Contains(t[k].Text)));
            }

            if (end >= n || (t[end].IsSymbol && t[end].Text[0] is ',' or '.' or ';' or ':' or ')' or '!' or '?'))
            {
                return true;
            }

            if (t[start].Is("half") && (Word(end, "the") || Word(end, "its") || Word(end, "their") || Word(end, "all") || Word(end, "his") || Word(end, "her")))
            {
                return true;
            }

            return start > 0 && (t[start - 1].Is("by") || numbers.ApproximationBefore(start).Kind != Approximation.Exact);
        }

        private bool TryQuantity(int i, out int next)
        {
            next = i;
            var start = i;
            var qStart = i;
            string? currency = null;
            if (t[i].IsWord && ClaimLexicon.CurrencyCodes.TryGetValue(t[i].Text, out var code) && i + 1 < n)
            {
                if (Sym(i + 1, '$') && t[i + 1].IsGlued && i + 2 < n && t[i + 2].IsNumber && t[i + 2].IsGlued)
                {
                    currency = code;
                    qStart = i + 2;
                }
                else if (t[i + 1].IsNumber && !t[i].Is("US"))
                {
                    currency = code;
                    qStart = i + 1;
                }
            }
            else if (t[i].IsSymbol && ClaimLexicon.CurrencySymbols.TryGetValue(t[i].Text, out code) && i + 1 < n && t[i + 1].IsNumber
                && (t[i + 1].IsGlued || !(i > 0 && t[i - 1].IsNumber && t[i].IsGlued)))
            {
                // "$81", and "$ 81 M" (blind12): a currency sign set apart from its amount by a space is still its
                // currency, unless it is glued after another number ("5$ 81").
                currency = code;
                qStart = i + 1;
            }
            else if (Sym(i, '(') && i + 3 < n && t[i + 1].IsWord && t[i + 1].IsGlued && ClaimLexicon.CurrencyWords.TryGetValue(t[i + 1].Text, out code)
                && Sym(i + 2, ')') && t[i + 2].IsGlued && t[i + 3].IsNumber && t[i + 3].IsGlued)
            {
                // "(dollar)316.4 million": newswire feeds that cannot send "$" write its name in brackets.
                currency = code;
                qStart = i + 3;
            }

            if (currency is null && !(t[i].IsNumber || t[i].IsWord))
            {
                return false;
            }

            Quantity q;
            if (currency is null && GluedCurrencyCode(i) is { } glued)
            {
                // "USD600", "KRW5,000": a currency code glued to its amount is one word token.
                currency = glued.Code;
                q = glued.Amount;
            }
            else if (!numbers.TryRead(qStart, true, out q))
            {
                if (t[i].IsNumber)
                {
                    next = nonQuantities.SkipGlued(i + 1);
                    return true;
                }

                return false;
            }

            if (currency is not null && q.Scale == 1 && !q.IsRange && q.End < n && t[q.End].IsWord && !t[q.End].IsGlued
                && SpacedMoneyMagnitude(t[q.End].Text) is var spaced && spaced > 0 && (q.End + 1 >= n || !t[q.End + 1].IsWord || !t[q.End + 1].IsGlued))
            {
                // "$ 81 M", "$5 m", "US$2 bn": after a currency a letter set apart from the amount is its magnitude
                // (a spaced "m" after a bare number is a metre).
                q.Low *= spaced;
                q.High *= spaced;
                q.Scale = spaced;
                q.HasMagnitude = true;
                q.End++;
            }

            if (currency is null && q.Multiplier)
            {
                Add(q, start, q.End, ClaimKind.Multiplier, null, null, null, null, q.Low);
                next = q.End;
                return true;
            }

            if (currency is null && !q.Indefinite && (q.IsWords ? nonQuantities.IsLabelledInWords(q) || nonQuantities.IsRankPosition(q) : nonQuantities.IsNotAQuantity(q)))
            {
                next = q.End;
                return true;
            }

            var k = q.End;
            var kind = currency is null ? ClaimKind.Count : ClaimKind.Amount;
            var unit = currency;
            string? noun = null;
            string? per = null;
            var end = k;

            // A ratio: one in five North Koreans, 3 in 10, one in every three adults.
            if (currency is null && !q.HasMagnitude && !q.Indefinite && !q.IsRange && (Word(k, "in") || (Word(k, "out") && Word(k + 1, "of"))))
            {
                var d = Word(k, "in") ? k + 1 : k + 2;
                if (Word(d, "every"))
                {
                    d++;
                }

                if (numbers.TryRead(d, false, out var denominator) && !denominator.HasMagnitude && denominator.Low > q.Low && denominator.Low <= 1000
                    && !nonQuantities.IsYearLike(denominator))
                {
                    var nounPhrase = nouns.ScanNounPhrase(denominator.End, requirePlural: true);
                    end = nounPhrase?.End ?? denominator.End;
                    var ratio = q.Low / denominator.Low;
                    Add(new Quantity { Start = q.Start, End = end, Low = ratio, High = ratio }, start, end, ClaimKind.Ratio, "ratio", nounPhrase?.Text, null, null, ratio);
                    next = end;
                    return true;
                }
            }

            if (Sym(k, '%'))
            {
                kind = ClaimKind.Percentage;
                unit = "percent";
                k++;
            }
            else if (Word(k, "percent") || Word(k, "pct"))
            {
                kind = ClaimKind.Percentage;
                unit = "percent";
                k++;
            }
            else if (Sym(k, '-') && t[k].IsGlued && (Word(k + 1, "percent") || Word(k + 1, "pct")) && t[k + 1].IsGlued)
            {
                // "75-percent owned": a percentage written as a compound adjective.
                kind = ClaimKind.Percentage;
                unit = "percent";
                k += 2;
            }
            else if (Word(k, "per") && Word(k + 1, "cent"))
            {
                kind = ClaimKind.Percentage;
                unit = "percent";
                k += 2;
            }
            else if (Word(k, "percentage") && Word(k + 1, "points"))
            {
                kind = ClaimKind.Percentage;
                unit = "percentage points";
                k += 2;
            }
            else if (currency is null && Word(k, "US") && (Word(k + 1, "dollars") || Word(k + 1, "dollar")))
            {
                kind = ClaimKind.Amount;
                unit = "USD";
                k += 2;
            }
            else if (currency is null && k < n && t[k].IsWord && ClaimLexicon.CurrencyWords.TryGetValue(t[k].Text, out var currencyWord))
            {
                kind = ClaimKind.Amount;
                unit = currencyWord;
                k++;
            }
            else if (currency is null && NationalCurrencyEnd(k) is var national && national > k)
            {
                // "3000 North Korean won", "100 Hong Kong dollars", "50 Egyptian pounds": a currency word after the
                // adjective of its country (blind13). "won" is a currency only after "Korean".
                kind = ClaimKind.Amount;
                unit = ClaimLexicon.CurrencyWords[t[national - 1].Text];
                k = national;
            }
            else if (currency is null && CompoundDuration(k) is { } duration)
            {
                // "a 10-hour period", "a 25-year licence": a duration written as an adjective.
                kind = ClaimKind.Amount;
                unit = duration;
                k += 2;
            }
            else if (currency is null && !q.IsWords && ScaleEnd(k) is var scaleEnd && scaleEnd > k)
            {
                // "registered around 4.0 on the Richter scale", "scored 7 on a 10-point scale": a reading on a
                // scale is a measurement, though "4.0" alone reads as a version.
                kind = ClaimKind.Amount;
                unit = "scale";
                k = scaleEnd;
            }
            else if (currency is null && nouns.MatchUnit(k, out var measure, out var afterUnit))
            {
                kind = measure is "times" ? ClaimKind.Count : ClaimKind.Amount;
                unit = measure;
                if (measure is "hours" or "minutes" && Word(afterUnit, "and") && afterUnit + 1 < n && t[afterUnit + 1].IsNumber
                    && nouns.MatchUnit(afterUnit + 2, out var smaller, out var afterSmaller) && smaller is "minutes" or "seconds")
                {
                    unit = smaller;
                    var factor = measure == "hours" && smaller == "minutes" ? 60 : measure == "minutes" ? 60 : 3600;
                    var extra = NumberReader.ParseDigits(t[afterUnit + 1].Text);
                    q.Low = q.Low * factor + extra;
                    q.High = q.High * factor + extra;
                    afterUnit = afterSmaller;
                }

                k = afterUnit;
            }

            end = k;
            if (unit is null && Word(k, "per") && k + 1 < n)
            {
                if (t[k + 1].IsNumber && numbers.TryRead(k + 1, false, out var rateBase))
                {
                    var basis = nouns.ScanNounPhrase(rateBase.End, requirePlural: false);
                    end = basis?.End ?? rateBase.End;
                    kind = ClaimKind.Rate;
                    unit = "per " + Collapse(t[k + 1].Span.Start, t[end - 1].Span.End);
                }
                else if (Word(k + 1, "capita"))
                {
                    kind = ClaimKind.Rate;
                    unit = "per capita";
                    end = k + 2;
                }
            }

            if (unit is null && q.Compound)
            {
                // "1.1-million-soldier military": the counted noun is the compound's own last part.
                noun = t[q.End - 1].Text[(t[q.End - 1].Text.LastIndexOf('-') + 1)..];
                noun = noun.Length == 0 || NumberWords.Scales.ContainsKey(noun) ? null : noun;
            }
            else if (unit is null)
            {
                if (q.PluralMagnitude && Word(k, "of"))
                {
                    if (nouns.ScanNounPhrase(k + 1, requirePlural: false) is { } ofPhrase)
                    {
                        end = ofPhrase.End;
                        noun = ofPhrase.Text;
                    }
                }
                else if (!Word(k, "of") && nouns.ScanNounPhrase(k, requirePlural: true) is { } phrase)
                {
                    end = phrase.End;
                    noun = phrase.Text;
                }
                else if (PartitiveNoun(q, k) is { } part)
                {
                    // "had approved five of the payments": a count taken from a set the text does not count.
                    end = part.End;
                    noun = part.Text;
                }
            }
            else if (kind == ClaimKind.Percentage && Word(end, "of"))
            {
                noun = nouns.ScanNounPhrase(nouns.SkipDeterminers(end + 1), requirePlural: false)?.Text;
            }

            if (unit is "times" && end < n && t[end].IsWord && (t[end].Text.EndsWith("er", StringComparison.Ordinal) || t[end].Is("as") || t[end].Is("more")))
            {
                kind = ClaimKind.Multiplier;
                unit = null;
            }

            // Per period: 40 tweets a day, 5 percent a year.
            if ((Word(end, "a") || Word(end, "per") || Word(end, "each") || Word(end, "every") || Word(end, "an")) && end + 1 < n
                && t[end + 1].IsWord && ClaimLexicon.Periods.Contains(t[end + 1].Text))
            {
                per = t[end + 1].Text.ToLowerInvariant();
                end += 2;
                if (kind is ClaimKind.Count or ClaimKind.Percentage)
                {
                    kind = ClaimKind.Rate;
                }
            }

            // Time references are not durations: three years earlier, within 3 days.
            var isTime = unit is "hours" or "minutes" or "seconds" || (noun is not null && ClaimLexicon.TimeNouns.Contains(NounPhraseReader.LastWord(noun)));
            var approximation = numbers.ApproximationBefore(start);
            if (isTime && nonQuantities.IsTimeReference(approximation.Start, end))
            {
                next = end;
                return true;
            }

            if (!IsQuantity(q, unit, noun, approximation.Kind))
            {
                next = q.End;
                return true;
            }

            Add(q, start, end, kind, unit, noun, per, null, q.IsRange || q.Indefinite ? null : q.Low);
            next = end;
            return true;
        }

        /// <summary>
        /// Enough to be a statistic: a unit, a counted noun, a magnitude, an approximation, or a bare number
        /// written as a figure (<c>5,500</c>) or stated as the value of a quantity (<c>the average is 209</c>).
        /// A bare <c>5985</c> or <c>4.0</c> is a port, an identifier or a version far more often than a count.
        /// </summary>
        private bool IsQuantity(Quantity q, string? unit, string? noun, Approximation approximation)
        {
            if (unit is not null)
            {
                return true;
            }

            if (q.Indefinite || q.HasMagnitude)
            {
                return true;
            }

            if (noun is not null)
            {
                return q.High >= 2;
            }

            if (q.IsWords)
            {
                // "although only two have been provided per province" (blind31): a number word standing for its noun as the
                // subject of a clause that gives a rate counts what was handed out, an event's count.
                return q.High >= 2 && IsElidedCountWithARate(q.End);
            }

            if (approximation != Approximation.Exact && q.High >= 10)
            {
                return true;
            }

            // A data row's value of 0 or 1 counts only under a label that says it counts: "Number of imprisoned
            // netizens: 0" (blind9), not "Replies: 1".
            // "there are 65" (blind13, the counted noun lost to a scraper's tooltip): a number whose existence "there are"
            // states is a count, its noun elided or split off.
            return (q.HasSeparator && q.High >= 1000) || (q.High >= 10 && (IsStatedValue(q.Start) || IsExistentialCount(q.Start)))
                || ((q.High >= 2 || (Word(firstWord, "number") && Word(firstWord + 1, "of"))) && IsDataRowValue(q.Start));
        }

        /// <summary>
        /// "only two have been provided per province": right after the number a form of "have" or "be", then, within six words
        /// of the same clause, "per" and a singular noun ("per province", "per household"; not "per cent" or "per instructions").
        /// </summary>
        private bool IsElidedCountWithARate(int k)
        {
            if (!(Word(k, "have") || Word(k, "has") || Word(k, "had") || Word(k, "were") || Word(k, "was") || Word(k, "are") || Word(k, "is")))
            {
                return false;
            }

            for (var m = k + 1; m < n && m <= k + 6; m++)
            {
                if (!t[m].IsWord)
                {
                    return false;
                }

                if (t[m].Is("per") && m + 1 < n && t[m + 1].IsWord && !t[m + 1].IsCapitalized && !t[m + 1].Is("cent")
                    && !t[m + 1].Text.EndsWith('s'))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A value in a data row that a label opens, as in a factbook: "Television broadcast stations: 38 (1999)",
        /// "Radio broadcast stations: AM 16, FM 14, shortwave 12 (1999)". The label, a capitalised phrase of up
        /// to six words ending in a plural noun, says what the numbers after its colon count.
        /// </summary>
        private bool IsDataRowValue(int start)
        {
            var colon = -1;
            for (var k = firstWord; k >= 0 && k < start && k <= firstWord + 6; k++)
            {
                if (Sym(k, ':'))
                {
                    colon = k;
                    break;
                }

                if (!t[k].IsWord)
                {
                    return false;
                }
            }

            // "Steps: 1, 2 and 3" numbers items; a label word names a sequence, not what is counted.
            if (colon < 1 || colon == firstWord || !t[firstWord].IsCapitalized || !IsPluralNoun(t[colon - 1].Text)
                || (colon == firstWord + 1 && ClaimLexicon.Labels.Contains(t[firstWord].Text[..^1])))
            {
                return false;
            }

            for (var k = colon + 1; k < start; k++)
            {
                if (!(t[k].IsWord || t[k].IsNumber || Sym(k, ',')))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsPluralNoun(string word) =>
            word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal)
            && !ClaimLexicon.NounPhraseStops.Contains(word);

        /// <summary>
        /// A word made of a currency code of three capitals and an amount, "USD600", "KRW5,000" (not "G20" or
        /// "US600", which are names), with a magnitude word after it: "USD600 million".
        /// </summary>
        private (string Code, Quantity Amount)? GluedCurrencyCode(int i)
        {
            var text = t[i].Text;
            if (text.Length < 4 || !char.IsDigit(text[3]) || !ClaimLexicon.CurrencyCodes.TryGetValue(text[..3], out var code)
                || text.AsSpan(3).ContainsAnyExcept("0123456789,.") || text[^1] is ',' or '.' || text.Count(c => c == '.') > 1)
            {
                return null;
            }

            // A word ends before a separator: "USD1.5" and "KRW5,000" go on in the glued tokens after it.
            var digits = text[3..];
            var end = i + 1;
            while (end + 1 < n && (Sym(end, '.') || Sym(end, ',')) && t[end].IsGlued && t[end + 1].IsNumber && t[end + 1].IsGlued
                && !(Sym(end, '.') && digits.Contains('.', StringComparison.Ordinal)))
            {
                digits += t[end].Text + t[end + 1].Text;
                end += 2;
            }

            var value = NumberReader.ParseDigits(digits);
            var q = new Quantity
            {
                Start = i, End = end, Low = value, High = value, Scale = 1,
                HasSeparator = digits.Contains(',', StringComparison.Ordinal), HasDecimal = digits.Contains('.', StringComparison.Ordinal),
            };
            if (end < n && t[end].IsWord && NumberWords.Scales.TryGetValue(t[end].Text, out var scale))
            {
                q.Low = q.High = value * scale;
                q.Scale = scale;
                q.HasMagnitude = true;
                q.End = end + 1;
            }

            return (code, q);
        }

        /// <summary>
        /// "five of the payments": a count of two or more before "of the" and a plural noun phrase with no number
        /// in it. Not "two of the three networks" (a part of a set the text counts), "one of the" (no count),
        /// "two of the world's largest" or "three of the past years".
        /// </summary>
        private (int End, string Text)? PartitiveNoun(Quantity q, int k)
        {
            if (q.IsRange || q.HasMagnitude || q.Indefinite || q.High < 2 || !Word(k, "of") || !Word(k + 1, "the") || k + 2 >= n || !t[k + 2].IsWord
                || NumberWords.TryParseCardinal(t[k + 2].Text, out _) || t[k + 2].Text.EndsWith("'s", StringComparison.Ordinal) || t[k + 2].Text.EndsWith("’s", StringComparison.Ordinal))
            {
                return null;
            }

            return nouns.ScanNounPhrase(k + 2, requirePlural: true) is { } phrase && !ClaimLexicon.TimeNouns.Contains(NounPhraseReader.LastWord(phrase.Text))
                ? phrase
                : null;
        }

        /// <summary>"on the Richter scale", "on a 10-point scale" from <paramref name="k"/>: the index after "scale", else <paramref name="k"/>.</summary>
        private int ScaleEnd(int k)
        {
            if (!Word(k, "on") || !(Word(k + 1, "the") || Word(k + 1, "a") || Word(k + 1, "an")))
            {
                return k;
            }

            for (var m = k + 2; m < n && m <= k + 6; m++)
            {
                if (Word(m, "scale"))
                {
                    return m + 1;
                }

                if (!(t[m].IsWord || t[m].IsNumber || Sym(m, '-')))
                {
                    return k;
                }
            }

            return k;
        }

        /// <summary>The unit of a duration glued to its number by a hyphen (<c>10-hour</c> → hours), not an age (<c>17-year-old</c>).</summary>
        private string? CompoundDuration(int k)
        {
            if (!Sym(k, '-') || !t[k].IsGlued || k + 1 >= n || !t[k + 1].IsWord || !t[k + 1].IsGlued
                || !ClaimLexicon.CompoundDurations.TryGetValue(t[k + 1].Text, out var unit))
            {
                return null;
            }

            return (Sym(k + 2, '-') && Word(k + 3, "old")) || Word(k + 2, "old") ? null : unit;
        }

        /// <summary>"The global average is 209", "the total stood at 7000": a number given as the value of a quantity noun.</summary>
        private bool IsExistentialCount(int start) => (Word(start - 1, "are") || Word(start - 1, "were")) && Word(start - 2, "there");

        private bool IsStatedValue(int start)
        {
            var k = start - 1;

            // "expanded the number of outlets … from five to 17", "rose from 5 to 40": the end of a change.
            if (Word(k, "to") && k >= 2 && (t[k - 1].IsNumber || NumberWords.TryParseCardinal(t[k - 1].Text, out _)) && Word(k - 2, "from"))
            {
                for (var m = k - 3; m >= 0 && m > k - 24; m--)
                {
                    if (t[m].IsSymbol && t[m].Text[0] is ';' or ':' or '.' or '(' or ')')
                    {
                        return false;
                    }

                    if (t[m].IsWord && (ClaimLexicon.ChangeVerbs.Contains(t[m].Text) || ClaimLexicon.QuantityNouns.Contains(t[m].Text)))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (Word(k, "at") || Word(k, "to"))
            {
                k--;
            }

            if (!WordIn(k, ClaimLexicon.ValueVerbs))
            {
                return false;
            }

            // "The global average (including the poorest economies) is 209": a parenthetical does not count.
            var words = 0;
            for (var m = k - 1; m >= 0 && words < 8; m--)
            {
                if (Sym(m, ')'))
                {
                    var open = m - 1;
                    while (open >= 0 && !Sym(open, '(') && !Sym(open, ')'))
                    {
                        open--;
                    }

                    if (open >= 0 && Sym(open, '('))
                    {
                        m = open;
                        continue;
                    }
                }

                words++;
                if (t[m].IsWord && ClaimLexicon.QuantityNouns.Contains(t[m].Text))
                {
                    return true;
                }
            }

            return false;
        }

        private void Add(Quantity q, int start, int end, ClaimKind kind, string? unit, string? noun, string? per, double? outOf, double? value)
        {
            var (approximation, approximationStart) = numbers.ApproximationBefore(start);
            if (q.Plus && approximation == Approximation.Exact)
            {
                approximation = Approximation.MoreThan;
            }

            if (Word(end, "or") && Word(end + 1, "more"))
            {
                approximation = Approximation.AtLeast;
            }
            else if (Word(end, "or") && Word(end + 1, "so"))
            {
                approximation = Approximation.About;
            }

            var span = TextSpan.FromBounds(t[start].Span.Start, t[end - 1].Span.End);
            TextSpan? quotation = null;
            foreach (var quote in sentence.Block.Quotations)
            {
                if (quote.Contains(span.Start))
                {
                    quotation = quote;
                    break;
                }
            }

            (claims ??= ImmutableArray.CreateBuilder<Claim>()).Add(new Claim
            {
                Span = span,
                Text = Collapse(span.Start, span.End),
                Kind = kind,
                Value = value,
                Low = q.Low,
                High = q.High,
                IsRange = q.IsRange,
                IsIndefinite = q.Indefinite,
                Unit = unit,
                CountedNoun = noun,
                Per = per,
                OutOf = outOf,
                Approximation = approximation,
                ApproximationSpan = approximationStart < start ? TextSpan.FromBounds(t[approximationStart].Span.Start, t[start - 1].Span.End) : null,
                Sentence = sentence,
                Quotation = quotation,
            });
        }

        private void AddRank(int start, int end, int position, double? outOf) =>
            Add(new Quantity { Start = start, End = end, Low = position, High = position }, start, end, ClaimKind.Rank, null, null, null, outOf, position);
    }
}
