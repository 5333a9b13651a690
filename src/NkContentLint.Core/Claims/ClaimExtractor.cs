using System.Collections.Immutable;
using System.Globalization;
using Humanizer;
using Microsoft.CodeAnalysis.Text;
using NkContentLint.Documents;

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
public static class ClaimExtractor
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
    public static ImmutableArray<Claim> Extract(Sentence sentence) => new Parser(sentence).Run();

    /// <summary>
    /// The claims in a piece of Markdown, such as a value in a fact pack (<c>"about 2 million subscribers"</c>).
    /// </summary>
    public static ImmutableArray<Claim> Extract(string markdown) => ContentDocument.Parse("claim.md", markdown).Claims;

    private struct Quantity
    {
        public int Start;
        public int End;
        public double Low;
        public double High;
        public double Scale;
        public bool HasMagnitude;
        public bool Indefinite;
        public bool PluralMagnitude;
        public bool IsWords;
        public bool HasSeparator;
        public bool HasDecimal;
        public bool IsRange;
        public bool Plus;
        public bool Multiplier;
    }

    private sealed class Parser
    {
        private readonly Sentence sentence;
        private readonly ImmutableArray<ProseToken> t;
        private readonly int n;
        private readonly int firstWord;
        private readonly ImmutableArray<Claim>.Builder claims = ImmutableArray.CreateBuilder<Claim>();

        public Parser(Sentence sentence)
        {
            this.sentence = sentence;
            t = sentence.Tokens;
            n = t.Length;
            firstWord = -1;
            for (var i = 0; i < n; i++)
            {
                if (t[i].IsWord || t[i].IsNumber)
                {
                    firstWord = i;
                    break;
                }
            }
        }

        public ImmutableArray<Claim> Run()
        {
            var i = 0;
            while (i < n)
            {
                var next = ParseAt(i);
                i = next > i ? next : i + 1;
            }

            return claims.ToImmutable();
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

            if (t[i].IsNumber && i + 1 < n && t[i + 1].IsWord && ClaimLexicon.NamesWithNumbers.Contains(t[i].Text + " " + t[i + 1].Text))
            {
                return i + 2;
            }

            if (t[i].IsNumber && SkipNonQuantity(i) is var skipped && skipped > i)
            {
                return skipped;
            }

            if (TryRank(i, out var next) || TryMultiplier(i, out next) || TryFraction(i, out next) || TryQuantity(i, out next))
            {
                return next;
            }

            return i + 1;
        }

        /// <summary>A cheap test that rules out most words: only these can start a rank, fraction, multiplier or number in words.</summary>
        private static bool MayStartClaim(string word) =>
            StarterWords.Contains(word)
            || NumberWords.TryParseCardinal(word, out _)
            || NumberWords.TryParseOrdinal(word, out _)
            || word.EndsWith("est", StringComparison.OrdinalIgnoreCase)
            || word.EndsWith("fold", StringComparison.OrdinalIgnoreCase)
            || word.EndsWith("'s", StringComparison.Ordinal)
            || word.EndsWith("’s", StringComparison.Ordinal)
            || word.Contains('-', StringComparison.Ordinal);

        private static readonly HashSet<string> StarterWords = new(
            ["a", "an", "half", "most", "least", "best", "worst", .. ClaimLexicon.Indefinites.Keys, .. ClaimLexicon.PluralMagnitudes.Keys, .. ClaimLexicon.CurrencyCodes.Keys],
            StringComparer.OrdinalIgnoreCase);

        // ---- things that look like numbers but are not quantities -------------------------------

        /// <summary>Phone numbers, dates and times written with separators, IP addresses, identifiers: returns the index after them, or <paramref name="i"/>.</summary>
        private int SkipNonQuantity(int i)
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

        private int SkipGlued(int j)
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

        // ---- ranks ---------------------------------------------------------------------------------

        private bool TryRank(int i, out int next)
        {
            next = i;

            // Ordinals: 179th out of 180 countries, ranked 179th, second-largest.
            var ordinal = 0;
            var ordinalEnd = -1;
            if (t[i].IsNumber && i + 1 < n && t[i + 1].IsWord && t[i + 1].IsGlued)
            {
                var suffix = t[i + 1].Text;
                var dash = suffix.IndexOf('-');
                var head = dash < 0 ? suffix : suffix[..dash];
                if (head is "st" or "nd" or "rd" or "th" && int.TryParse(t[i].Text, NumberStyles.None, CultureInfo.InvariantCulture, out ordinal))
                {
                    if (dash > 0 && IsSuperlativeWord(suffix[(dash + 1)..]))
                    {
                        AddRank(i, i + 2, ordinal, null);
                        next = i + 2;
                        return true;
                    }

                    ordinalEnd = i + 2;
                }
            }
            else if (t[i].IsWord && NumberWords.TryParseOrdinal(t[i].Text, out ordinal) && ordinal > 0)
            {
                ordinalEnd = i + 1;
            }
            else if (t[i].IsWord && t[i].Text.IndexOf('-') is > 0 and var dash
                && (NumberWords.TryParseOrdinal(t[i].Text[..dash], out ordinal) || OrdinalDigits(t[i].Text[..dash], out ordinal))
                && IsSuperlativeWord(t[i].Text[(dash + 1)..]))
            {
                AddRank(i, i + 1, ordinal, null);
                next = i + 1;
                return true;
            }

            if (ordinalEnd > 0)
            {
                if (Word(ordinalEnd, "out") && Word(ordinalEnd + 1, "of") && TryParseQuantity(ordinalEnd + 2, false, out var total))
                {
                    var end = ScanNounPhrase(total.End, requirePlural: true)?.End ?? total.End;
                    AddRank(i, end, ordinal, total.Low);
                    next = end;
                    return true;
                }

                if (ordinalEnd < n && t[ordinalEnd].IsWord && IsSuperlativeWord(t[ordinalEnd].Text))
                {
                    AddRank(i, ordinalEnd + 1, ordinal, null);
                    next = ordinalEnd + 1;
                    return true;
                }

                if ((i > 0 && WordIn(i - 1, ClaimLexicon.RankVerbs)) || Word(ordinalEnd, "place"))
                {
                    var end = Word(ordinalEnd, "place") ? ordinalEnd + 1 : ordinalEnd;
                    AddRank(i, end, ordinal, null);
                    next = end;
                    return true;
                }

                // An ordinal of sequence or a name (the first website, the 7th Congress): not a claim.
                next = ordinalEnd;
                return true;
            }

            // The world's least connected country, the country's largest mobile operator.
            if (t[i].IsWord && IsRankScope(t[i].Text) && !t[i].InQuotation && SuperlativeAt(i + 1, out var superlativeEnd, out var position))
            {
                var start = i > 0 && t[i].Is("Korea's") && (Word(i - 1, "North") || Word(i - 1, "South")) ? i - 1 : i;
                var end = ScanRankNoun(superlativeEnd);
                AddRank(start, end, position, null);
                next = end;
                return true;
            }

            // The fastest-growing in the world, the most restrictive internet in the world.
            if (t[i].IsWord && (i == 0 || Word(i - 1, "the") || t[i - 1].Text.EndsWith("'s", StringComparison.Ordinal) || t[i - 1].Text.EndsWith("’s", StringComparison.Ordinal))
                && SuperlativeAt(i, out superlativeEnd, out position))
            {
                for (var k = superlativeEnd; k < n && k <= superlativeEnd + 4; k++)
                {
                    if (ScopeAfter(k) is var scopeEnd && scopeEnd > 0)
                    {
                        AddRank(i, scopeEnd, position, null);
                        next = scopeEnd;
                        return true;
                    }

                    if (!t[k].IsWord || ClaimLexicon.NounPhraseStops.Contains(t[k].Text) && !t[k].Is("in") && !t[k].Is("on"))
                    {
                        break;
                    }
                }
            }

            return false;
        }

        private static bool OrdinalDigits(string text, out int value)
        {
            value = 0;
            return text.Length > 2 && text[^2..] is "st" or "nd" or "rd" or "th"
                && int.TryParse(text[..^2], NumberStyles.None, CultureInfo.InvariantCulture, out value);
        }

        private static bool IsRankScope(string word) => ClaimLexicon.RankScopes.Contains(word.Replace('’', '\''));

        private int ScopeAfter(int k)
        {
            foreach (var scope in ClaimLexicon.RankScopesAfter)
            {
                var ok = k + scope.Length <= n;
                for (var w = 0; ok && w < scope.Length; w++)
                {
                    ok = t[k + w].IsWord && t[k + w].Is(scope[w]);
                }

                if (ok)
                {
                    return k + scope.Length;
                }
            }

            return -1;
        }

        /// <summary>A superlative at <paramref name="j"/>: largest, most restrictive, least connected, best, second-largest, second largest.</summary>
        private bool SuperlativeAt(int j, out int end, out int position)
        {
            end = j;
            position = 1;
            if (j >= n || !t[j].IsWord)
            {
                return false;
            }

            var word = t[j].Text;
            if (NumberWords.TryParseOrdinal(word, out var ordinal) && j + 1 < n && t[j + 1].IsWord && IsSuperlativeWord(t[j + 1].Text))
            {
                position = ordinal;
                end = j + 2;
                return true;
            }

            if (word.IndexOf('-') is > 0 and var dash && NumberWords.TryParseOrdinal(word[..dash], out ordinal) && IsSuperlativeWord(word[(dash + 1)..]))
            {
                position = ordinal;
                end = j + 1;
                return true;
            }

            if ((t[j].Is("most") || t[j].Is("least")) && j + 1 < n && t[j + 1].IsWord && !t[j + 1].IsCapitalized
                && !ClaimLexicon.NounPhraseStops.Contains(t[j + 1].Text))
            {
                end = j + 2;
                return true;
            }

            if (IsSuperlativeWord(word))
            {
                end = j + 1;
                return true;
            }

            return false;
        }

        private static bool IsSuperlativeWord(string word)
        {
            if (word.IndexOf('-') > 0)
            {
                // fastest-growing, best-connected, most-visited
                var first = word[..word.IndexOf('-')];
                return first is "most" or "least" || IsSuperlativeWord(first);
            }

            var lower = word.ToLowerInvariant();
            if (lower is "best" or "worst")
            {
                return true;
            }

            return lower.Length >= 5 && lower.EndsWith("est", StringComparison.Ordinal) && !ClaimLexicon.NotSuperlatives.Contains(lower)
                && char.IsLower(word[0]);
        }

        private int ScanRankNoun(int k)
        {
            var end = k;
            for (var m = k; m < n && m < k + 3; m++)
            {
                if (!t[m].IsWord || (t[m].Flags & ProseTokenFlags.MarkupBefore) != 0 || ClaimLexicon.NounPhraseStops.Contains(t[m].Text))
                {
                    break;
                }

                end = m + 1;
            }

            return end;
        }

        private void AddRank(int start, int end, int position, double? outOf) =>
            Add(new Quantity { Start = start, End = end, Low = position, High = position }, start, end, ClaimKind.Rank, null, null, null, outOf, position);

        // ---- multipliers and fractions -------------------------------------------------------------

        private bool TryMultiplier(int i, out int next)
        {
            next = i;
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

        private bool TryFraction(int i, out int next)
        {
            next = i;
            if (!t[i].IsWord)
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
                whole = ScanNounPhrase(SkipDeterminers(end + 1), requirePlural: false)?.Text;
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
                var k = SkipDeterminers(end + 1);
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

            return start > 0 && (t[start - 1].Is("by") || ApproximationBefore(start).Kind != Approximation.Exact);
        }

        private int SkipDeterminers(int k)
        {
            while (k < n && t[k].IsWord && (t[k].Is("the") || t[k].Is("all") || t[k].Is("its") || t[k].Is("their") || t[k].Is("a") || t[k].Is("an")
                || t[k].Text.EndsWith("'s", StringComparison.Ordinal) || t[k].Text.EndsWith("’s", StringComparison.Ordinal)))
            {
                k++;
            }

            return k;
        }

        // ---- numbers -------------------------------------------------------------------------------

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
            else if (t[i].IsSymbol && ClaimLexicon.CurrencySymbols.TryGetValue(t[i].Text, out code) && i + 1 < n && t[i + 1].IsNumber && t[i + 1].IsGlued)
            {
                currency = code;
                qStart = i + 1;
            }

            if (currency is null && !(t[i].IsNumber || t[i].IsWord))
            {
                return false;
            }

            if (!TryParseQuantity(qStart, true, out var q))
            {
                if (t[i].IsNumber)
                {
                    next = SkipGlued(i + 1);
                    return true;
                }

                return false;
            }

            if (currency is null && q.Multiplier)
            {
                Add(q, start, q.End, ClaimKind.Multiplier, null, null, null, null, q.Low);
                next = q.End;
                return true;
            }

            if (currency is null && !q.IsWords && !q.Indefinite && IsNotAQuantity(q))
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

                if (TryParseQuantity(d, false, out var denominator) && !denominator.HasMagnitude && denominator.Low > q.Low && denominator.Low <= 1000
                    && !IsYearLike(denominator))
                {
                    var nounPhrase = ScanNounPhrase(denominator.End, requirePlural: true);
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
            else if (currency is null && MatchUnit(k, out var measure, out var afterUnit))
            {
                kind = measure is "times" ? ClaimKind.Count : ClaimKind.Amount;
                unit = measure;
                if (measure is "hours" or "minutes" && Word(afterUnit, "and") && afterUnit + 1 < n && t[afterUnit + 1].IsNumber
                    && MatchUnit(afterUnit + 2, out var smaller, out var afterSmaller) && smaller is "minutes" or "seconds")
                {
                    unit = smaller;
                    var factor = measure == "hours" && smaller == "minutes" ? 60 : measure == "minutes" ? 60 : 3600;
                    var extra = ParseDigits(t[afterUnit + 1].Text);
                    q.Low = q.Low * factor + extra;
                    q.High = q.High * factor + extra;
                    afterUnit = afterSmaller;
                }

                k = afterUnit;
            }

            end = k;
            if (unit is null && Word(k, "per") && k + 1 < n)
            {
                if (t[k + 1].IsNumber && TryParseQuantity(k + 1, false, out var rateBase))
                {
                    var basis = ScanNounPhrase(rateBase.End, requirePlural: false);
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

            if (unit is null)
            {
                if (q.PluralMagnitude && Word(k, "of"))
                {
                    if (ScanNounPhrase(k + 1, requirePlural: false) is { } ofPhrase)
                    {
                        end = ofPhrase.End;
                        noun = ofPhrase.Text;
                    }
                }
                else if (!Word(k, "of") && ScanNounPhrase(k, requirePlural: true) is { } phrase)
                {
                    end = phrase.End;
                    noun = phrase.Text;
                }
            }
            else if (kind == ClaimKind.Percentage && Word(end, "of"))
            {
                noun = ScanNounPhrase(SkipDeterminers(end + 1), requirePlural: false)?.Text;
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
            var isTime = unit is "hours" or "minutes" or "seconds" || (noun is not null && ClaimLexicon.TimeNouns.Contains(LastWord(noun)));
            var approximation = ApproximationBefore(start);
            if (isTime && IsTimeReference(approximation.Start, end))
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

        /// <summary>Enough to be a statistic: a unit, a counted noun, a magnitude, or a number too large or too precise to be anything else.</summary>
        private static bool IsQuantity(Quantity q, string? unit, string? noun, Approximation approximation)
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
                return false;
            }

            return q.High >= 1000 || q.HasDecimal || (approximation != Approximation.Exact && q.High >= 10);
        }

        /// <summary>Years, dates, times, labels, versions and names: numbers that count nothing.</summary>
        private bool IsNotAQuantity(Quantity q)
        {
            var s = q.Start;
            var e = q.End;

            // A year, or a range of years, unless it plainly counts something (about 2000 users).
            if (!q.HasMagnitude && IsYearLike(q))
            {
                var counts = ScanNounPhrase(e, requirePlural: true) is { } phrase && !ClaimLexicon.TimeNouns.Contains(LastWord(phrase.Text))
                    && ApproximationBefore(s).Kind != Approximation.Exact;
                if (!counts)
                {
                    return true;
                }
            }

            // Dates: 15 December 2008, December 15, Dec. 15, 2008, 22–23 December.
            if (s > 0 && IsMonth(s - 1) || (s > 1 && Sym(s - 1, '.') && IsMonth(s - 2)) || (e < n && IsMonth(e) && q.High <= 31) || (Word(e, "of") && IsMonth(e + 1)))
            {
                return true;
            }

            // A version before a name: the 4.2 API, 3.0 Beta (but 1.5 GB is an amount).
            if (q.HasDecimal && !q.HasMagnitude && e < n && t[e].IsCapitalized && !MatchUnit(e, out _, out _))
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
                    if (!isHeading || (!q.HasMagnitude && ScanNounPhrase(e, requirePlural: true) is null))
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

        private bool IsNameBefore(int k)
        {
            var word = t[k];
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

        private bool IsMonth(int k) => k >= 0 && k < n && t[k].IsWord && t[k].IsCapitalized && ClaimLexicon.Months.Contains(t[k].Text.TrimEnd('.'));

        private bool IsYearLike(Quantity q)
        {
            if (q.HasSeparator || q.HasDecimal || q.IsWords || q.Indefinite || q.HasMagnitude)
            {
                return false;
            }

            var year = t[q.Start].Text;
            return year.Length == 4 && q.Low is >= 1000 and <= 2100 && (!q.IsRange || q.High is >= 1000 and <= 2100);
        }

        private bool IsTimeReference(int start, int end)
        {
            if (end < n && t[end].IsWord && ClaimLexicon.TimeReferenceAfter.Contains(t[end].Text))
            {
                return true;
            }

            return start > 0 && t[start - 1].IsWord && (ClaimLexicon.TimeReferenceBefore.Contains(t[start - 1].Text)
                || (t[start - 1].Is("the") && start > 1 && ClaimLexicon.TimeReferenceBefore.Contains(t[start - 2].Text)));
        }

        private bool TryParseQuantity(int j, bool allowRange, out Quantity q)
        {
            q = default;
            if (j >= n)
            {
                return false;
            }

            q.Start = j;
            q.Scale = 1;
            var token = t[j];
            if (token.IsNumber)
            {
                if (token.Text.Count(c => c == '.') > 1)
                {
                    return false;
                }

                var value = ParseDigits(token.Text);
                q.HasSeparator = token.Text.Contains(',', StringComparison.Ordinal);
                q.HasDecimal = token.Text.Contains('.', StringComparison.Ordinal);
                var k = j + 1;
                if (k < n && t[k].IsWord && t[k].IsGlued)
                {
                    var suffix = t[k].Text;
                    switch (suffix)
                    {
                        case "k" or "K" or "M":
                            // 2k, 6K → thousands; 4.5M → millions. Not Humanizer's FromMetric:
                            // it knows only SI prefixes and throws on an upper-case K.
                            q.Scale = suffix == "M" ? 1e6 : 1e3;
                            value *= q.Scale;
                            q.HasMagnitude = true;
                            k++;
                            break;
                        case "m" or "mn" or "mln":
                            // In prose "4.5m subscribers" means million, not milli.
                            value *= 1e6;
                            q.Scale = 1e6;
                            q.HasMagnitude = true;
                            k++;
                            break;
                        case "bn" or "b" or "B" or "bln":
                            value *= 1e9;
                            q.Scale = 1e9;
                            q.HasMagnitude = true;
                            k++;
                            break;
                        case "tn":
                            value *= 1e12;
                            q.Scale = 1e12;
                            q.HasMagnitude = true;
                            k++;
                            break;
                        case "x" or "X":
                            q.Multiplier = true;
                            k++;
                            break;
                        default:
                            if (!MatchUnit(k, out _, out _))
                            {
                                // 3G, 1990s, 1만: an identifier, a decade or another script's unit.
                                return false;
                            }

                            break;
                    }
                }

                if (Sym(k, '+') && t[k].IsGlued)
                {
                    q.Plus = true;
                    k++;
                }

                if (q.Scale == 1 && k < n && t[k].IsWord && (NumberWords.Scales.TryGetValue(t[k].Text, out var scale) || IsShortScale(t[k].Text, out scale)))
                {
                    value *= scale;
                    q.Scale = scale;
                    q.HasMagnitude = true;
                    k++;
                }

                q.Low = q.High = value;
                q.End = k;
            }
            else if (token.IsWord)
            {
                var m = token.Is("a") && Word(j + 1, "few") ? j + 1 : token.Is("a") && Word(j + 1, "couple") && Word(j + 2, "of") ? j + 1 : j;
                if (m < n && ClaimLexicon.Indefinites.TryGetValue(t[m].Text, out var band))
                {
                    var s = t[m].Is("couple") ? m + 2 : m + 1;
                    if (s < n && t[s].IsWord && (NumberWords.Scales.TryGetValue(t[s].Text, out var scale) || t[s].Is("dozen")))
                    {
                        scale = t[s].Is("dozen") ? 12 : scale;
                        if (s + 1 < n && t[s + 1].IsWord && NumberWords.Scales.TryGetValue(t[s + 1].Text, out var second) && second > scale)
                        {
                            scale *= second;
                            s++;
                        }

                        q.Low = band.Low * scale;
                        q.High = band.High * scale;
                        q.Scale = scale;
                        q.Indefinite = q.HasMagnitude = true;
                        q.End = s + 1;
                    }
                    else
                    {
                        return false;
                    }
                }
                else if (ClaimLexicon.PluralMagnitudes.TryGetValue(token.Text, out var plural) && Word(j + 1, "of"))
                {
                    q.Indefinite = q.HasMagnitude = q.PluralMagnitude = true;
                    q.End = j + 1;
                    if (j + 3 < n && t[j + 2].IsWord && ClaimLexicon.PluralMagnitudes.TryGetValue(t[j + 2].Text, out var outer) && outer > plural && Word(j + 3, "of"))
                    {
                        q.Low = 2 * plural * outer;
                        q.High = (10 * plural * outer) - 1;
                        q.End = j + 3;
                    }
                    else
                    {
                        q.Low = 2 * plural;
                        q.High = (10 * plural) - 1;
                    }

                    q.Scale = plural;
                }
                else
                {
                    if (!NumberWords.TryParseCardinal(token.Text, out _) && !token.Is("a") && !token.Is("an") && !token.Is("half"))
                    {
                        return false;
                    }

                    var words = new List<string>(6);
                    for (var w = j; w < n && w < j + 8 && t[w].IsWord; w++)
                    {
                        words.Add(t[w].Text);
                    }

                    if (!NumberWords.TryParse(words, 0, out var match))
                    {
                        return false;
                    }

                    q.Low = q.High = match.Value;
                    q.IsWords = true;
                    q.HasMagnitude = match.HasScale && match.Value >= 100;
                    q.Scale = match.HasScale ? ScaleOf(match.Value) : 1;
                    q.End = j + match.WordCount;
                }
            }
            else
            {
                return false;
            }

            if (allowRange)
            {
                var k = q.End;
                var between = j > 0 && Word(j - 1, "between");
                var from = j > 0 && Word(j - 1, "from");
                if (k < n && ((t[k].IsSymbol && t[k].Text[0] is '-' or '–' or '—') || (Word(k, "to") && !from) || (Word(k, "and") && between))
                    && TryParseQuantity(k + 1, false, out var second) && !(t[k].IsSymbol && second.IsWords)
                    && (q.HasMagnitude || !second.HasMagnitude || second.Indefinite ? q.Low : q.Low * second.Scale) <= second.High)
                {
                    // "4-5 million": the first number takes the second's magnitude. A range ascends; "400-3.5" is not one.
                    if (!q.HasMagnitude && second.HasMagnitude && !second.Indefinite)
                    {
                        q.Low *= second.Scale;
                        q.Scale = second.Scale;
                        q.HasMagnitude = true;
                    }

                    q.High = second.High;
                    q.End = second.End;
                    q.IsRange = true;
                    q.Plus |= second.Plus;
                }
            }

            return true;
        }

        private static bool IsShortScale(string word, out double scale)
        {
            scale = word switch
            {
                "mn" or "mln" => 1e6,
                "bn" or "bln" => 1e9,
                "tn" => 1e12,
                _ => 0,
            };
            return scale > 0;
        }

        private static double ScaleOf(double value)
        {
            foreach (var scale in new[] { 1e12, 1e9, 1e6, 1e3, 100 })
            {
                if (value >= scale)
                {
                    return scale;
                }
            }

            return 1;
        }

        private static double ParseDigits(string text) =>
            double.TryParse(text.Replace(",", string.Empty), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0;

        private bool MatchUnit(int k, out string unit, out int after)
        {
            unit = string.Empty;
            after = k;
            if (k >= n || !t[k].IsWord)
            {
                return false;
            }

            var prose = sentence.Prose.Span;
            var offset = t[k].Span.Start - sentence.Span.Start;
            foreach (var (text, normalized) in ClaimLexicon.Units)
            {
                if (offset + text.Length <= prose.Length && prose.Slice(offset, text.Length).SequenceEqual(text)
                    && (offset + text.Length == prose.Length || !(char.IsLetterOrDigit(prose[offset + text.Length]) || prose[offset + text.Length] is '-' or '_')))
                {
                    var endPosition = t[k].Span.Start + text.Length;
                    var m = k;
                    while (m < n && t[m].Span.Start < endPosition)
                    {
                        m++;
                    }

                    unit = normalized;
                    after = m;
                    return true;
                }
            }

            return false;
        }

        /// <summary>A counted noun after a number, up to its head: <c>regular users</c>, <c>IPv4 addresses</c>, <c>North Koreans</c>.</summary>
        private (int End, string Text)? ScanNounPhrase(int k, bool requirePlural)
        {
            var last = -1;
            for (var m = k; m < n && m < k + 4; m++)
            {
                var token = t[m];
                if (!token.IsWord || (token.Flags & ProseTokenFlags.MarkupBefore) != 0 || ClaimLexicon.NounPhraseStops.Contains(token.Text)
                    || ClaimLexicon.Months.Contains(token.Text) && token.IsCapitalized)
                {
                    break;
                }

                last = m;
                if (IsPlural(token.Text))
                {
                    return (m + 1, Collapse(t[k].Span.Start, token.Span.End));
                }
            }

            if (!requirePlural && last >= 0)
            {
                return (last + 1, Collapse(t[k].Span.Start, t[last].Span.End));
            }

            return null;
        }

        private static bool IsPlural(string word)
        {
            if (ClaimLexicon.Irregular.Contains(word))
            {
                return true;
            }

            var lower = word.ToLowerInvariant();
            return lower.Length > 2 && lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal) && !lower.EndsWith("us", StringComparison.Ordinal)
                && !lower.EndsWith("is", StringComparison.Ordinal) && !lower.EndsWith("'s", StringComparison.Ordinal) && !lower.EndsWith("’s", StringComparison.Ordinal);
        }

        private static string LastWord(string phrase) => phrase[(phrase.LastIndexOf(' ') + 1)..];

        private (Approximation Kind, int Start) ApproximationBefore(int start)
        {
            foreach (var (words, kind) in ClaimLexicon.Approximations)
            {
                var from = start - words.Length;
                if (from < 0)
                {
                    continue;
                }

                var ok = true;
                for (var w = 0; ok && w < words.Length; w++)
                {
                    var token = t[from + w];
                    ok = token.Text.Length == words[w].Length && string.Equals(token.Text, words[w], StringComparison.OrdinalIgnoreCase);
                }

                if (ok)
                {
                    return (kind, from);
                }
            }

            return (Approximation.Exact, start);
        }

        private void Add(Quantity q, int start, int end, ClaimKind kind, string? unit, string? noun, string? per, double? outOf, double? value)
        {
            var (approximation, approximationStart) = ApproximationBefore(start);
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

            claims.Add(new Claim
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

        private string Collapse(int from, int to) => sentence.Render(from, to);

        private bool Word(int k, string value) => k >= 0 && k < n && t[k].IsWord && t[k].Is(value);

        private bool WordIn(int k, HashSet<string> set) => k >= 0 && k < n && t[k].IsWord && set.Contains(t[k].Text);

        private bool Sym(int k, char c) => k >= 0 && k < n && t[k].IsSymbol && t[k].Text[0] == c;
    }
}
