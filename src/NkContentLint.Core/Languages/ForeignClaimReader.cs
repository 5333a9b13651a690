using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;
using NkContentLint.Claims;
using NkContentLint.Documents;

namespace NkContentLint.Languages;

/// <summary>
/// The quantities of a sentence in a language other than English (<see cref="LanguageLexicon"/>): a number in the
/// language's forms (<c>16,8 Millionen</c>, <c>3 000</c>, <c>25 %</c>, <c>1만6100여명</c>, <c>1천24개</c>, <c>4〜5人</c>), with what
/// it counts after it: a unit or currency, a counter (Korean, Japanese), a magnitude, or a counted noun (a capitalised
/// word in German, any word but a function word in the other spaced languages). Years, dates, ordinals (<c>10. Oktober</c>),
/// versions (<c>3.0</c>), times, list numbers, durations and numbers glued to letters (<c>x86</c>, <c>300x48</c>) are not
/// claims. Precision first: a number with nothing after it that says what it counts is no claim here.
/// </summary>
internal static partial class ForeignClaimReader
{
    // A spaced language's number: thousands grouped by space, no-break or thin space, or a dot (Arabic's ٬); a decimal comma
    // (Arabic's ٫). Digits are any script's (Arabic-Indic ٤٠٠ as 400).
    [GeneratedRegex(@"(?<![\p{L}\p{N}_/#.,:+\-])(?:\d{1,3}(?:[ \u00A0\u202F\u2009.\u066C]\d{3})+|\d+)(?:[,\u066B]\d+)?(?![\p{N}]|[.,:/\u066B\u066C]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedNumber();

    // Korean and Japanese: digits (thousands by comma, a decimal point) with the magnitudes written between them (1만6100, 6억3천만).
    [GeneratedRegex(@"(?<![A-Za-z0-9_/#.,:+\-])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![.,:/]\d)(?:\s?[조억만천백億万千亿萬](?:\s?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)?)*", RegexOptions.CultureInvariant)]
    private static partial Regex GluedNumber();

    [GeneratedRegex(@"\G(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s?[조억만천백億万千亿萬](?:\s?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)?)*", RegexOptions.CultureInvariant)]
    private static partial Regex GluedNumberHere();

    [GeneratedRegex(@"\G(?:\d{1,3}(?:[ \u00A0\u202F\u2009.\u066C]\d{3})+|\d+)(?:[,\u066B]\d+)?(?![\p{N}]|[.,:/\u066B\u066C]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex SpacedNumberHere();

    private const string Openers = "„“”«\"「『‘";

    /// <param name="following">The sentence after it in running prose (<see cref="ForeignEnumerations"/>), or null.</param>
    public static ImmutableArray<Claim> Read(Sentence sentence, LanguageLexicon lexicon, Sentence? following = null)
    {
        var prose = sentence.Prose.ToString();
        var offset = sentence.Span.Start;
        var quotes = QuotedSpans(prose, lexicon, following?.Prose.ToString());
        var claims = ImmutableArray.CreateBuilder<Claim>();
        var next = 0;
        // A number in words inside a share in words is the share's ("uno de cada diez norcoreanos").
        var shares = lexicon.ShareWords.IsEmpty || lexicon.CountWordPattern is null ? []
            : lexicon.ShareWords.SelectMany(s => s.Pattern.Matches(prose)).Select(m => (m.Index, End: m.Index + m.Length)).ToList();
        foreach (var number in Numbers(prose, lexicon))
        {
            if (number.Start < next || (number.CountWords && shares.Any(s => s.Index <= number.Start && number.End <= s.End)))
            {
                continue;
            }

            var claim = number.Share is { } share ? ShareClaim(sentence, prose, number, share, quotes, offset)
                : ReadAt(sentence, lexicon, prose, number, quotes, offset, out _);
            if (claim is not null)
            {
                next = claim.Span.End - offset;
                if (!ForeignEnumerations.IsEnumerated(claim, prose, offset, following, lexicon))
                {
                    claims.Add(claim);
                }
            }
        }

        foreach (var (pattern, proportion) in lexicon.ShareWords)
        {
            foreach (Match match in pattern.Matches(prose))
            {
                if (!claims.Any(c => c.Span.Start - offset < match.Index + match.Length && match.Index < c.Span.End - offset)
                    && ShareOf(prose, match.Index + match.Length, lexicon) is { } noun)
                {
                    claims.Add(new Claim
                    {
                        Span = new TextSpan(offset + match.Index, match.Length),
                        Text = InlineText.CollapseWhitespace(match.Value.AsSpan()),
                        Kind = ClaimKind.Fraction,
                        Value = proportion,
                        Low = proportion,
                        High = proportion,
                        IsRange = false,
                        CountedNoun = noun.Length == 0 ? null : noun,
                        Sentence = sentence,
                        Quotation = Quotation(quotes, match.Index, match.Index + match.Length, offset),
                    });
                }
            }
        }

        if (lexicon.StreakPattern is { } streaks)
        {
            foreach (Match match in streaks.Matches(prose))
            {
                // "восьмой день подряд": the length of a run so far, a measured duration; the word between must be a time word.
                var ordinal = match.Groups["o"].Value;
                if (!lexicon.NotCounted.Matches(match.Groups["w"].Value)
                    || claims.Any(c => c.Span.Start - offset < match.Index + match.Length && match.Index < c.Span.End - offset)
                    || StreakValue(ordinal, lexicon) is not { } value)
                {
                    continue;
                }

                claims.Add(new Claim
                {
                    Span = new TextSpan(offset + match.Index, match.Length),
                    Text = InlineText.CollapseWhitespace(match.Value.AsSpan()),
                    Kind = ClaimKind.Count,
                    Value = value,
                    Low = value,
                    High = value,
                    IsRange = false,
                    CountedNoun = match.Groups["w"].Value,
                    Sentence = sentence,
                    Quotation = Quotation(quotes, match.Index, match.Index + match.Length, offset),
                });
            }
        }

        return claims.Count > 1 ? [.. claims.OrderBy(c => c.Span.Start)] : claims.ToImmutable();
    }

    private static double? StreakValue(string ordinal, LanguageLexicon lexicon)
    {
        var digits = ordinal.TakeWhile(char.IsAsciiDigit).ToArray();
        if (digits.Length > 0)
        {
            return double.Parse(new string(digits), CultureInfo.InvariantCulture);
        }

        foreach (var (stem, value) in lexicon.StreakOrdinals)
        {
            if (ordinal.StartsWith(stem, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>
    /// What a share word counts a share of: "la metà delle sue attività", "jeder zwölfte Nordkoreaner". Past at most two function
    /// words, a word that is no time word ("la metà degli anni novanta" is a time, "jeden zweiten Tag" a rhythm) and, in German,
    /// a capitalised noun; an empty word when the share closes its sentence ("у каждого третьего."), nothing when a number or
    /// anything else follows.
    /// </summary>
    private static string? ShareOf(string prose, int at, LanguageLexicon lexicon)
    {
        for (var words = 0; words < 3; words++)
        {
            while (at < prose.Length && prose[at] is ' ' or '\u00A0' or '\'' or '’')
            {
                at++;
            }

            var start = at;
            while (at < prose.Length && char.IsLetter(prose[at]))
            {
                at++;
            }

            if (at == start)
            {
                // "Сегодня смартфон есть почти у каждого третьего.": a share that closes its sentence counts the people
                // it speaks of (every third person); a number or anything else after it is none.
                return words == 0 && (at == prose.Length || prose[at] is '.' or '!' or '?' or '…') ? string.Empty : null;
            }

            var word = prose[start..at];
            if (lexicon.StopWords.Contains(word) && !lexicon.NounsCapitalised)
            {
                continue;
            }

            if (lexicon.NotCounted.Matches(word))
            {
                return null;
            }

            if (lexicon.NounsCapitalised && !char.IsUpper(word[0]))
            {
                continue;
            }

            return word;
        }

        return null;
    }

    /// <summary>A number where it is written: digits, a number in words (<c>due milioni</c>, <c>一百万</c>), or a fraction read as a share (<c>3/4</c>, <c>五分之一</c>).</summary>
    private readonly record struct Number(int Start, int End, double Value, bool YearLike, bool InWords, double? Share, bool CountWords = false);

    private static IEnumerable<Number> Numbers(string prose, LanguageLexicon lexicon)
    {
        var found = new List<Number>();
        foreach (Match match in (lexicon.SpacesWords ? SpacedNumber() : GluedNumber()).Matches(prose))
        {
            var value = Value(match.Value, lexicon);
            var yearLike = lexicon.SpacesWords && match.Value.Length == 4 && match.Value.All(char.IsDigit) && value is >= 1800 and <= 2100;
            found.Add(new Number(match.Index, match.Index + match.Length, value, yearLike, false, null));
        }

        if (lexicon.NumberWordPattern is { } words)
        {
            foreach (Match match in words.Matches(prose))
            {
                if (lexicon.SpacesWords)
                {
                    found.Add(new Number(match.Index, match.Index + match.Length, lexicon.NumberWords[match.Value], false, true, null));
                }
                else if (HanNumeral(match.Value, lexicon) is { } value)
                {
                    found.Add(new Number(match.Index, match.Index + match.Length, value, false, true, null));
                }
            }
        }

        if (lexicon.CountWordPattern is { } counts)
        {
            foreach (Match match in counts.Matches(prose))
            {
                if (CountWordsValue(match.Value, lexicon, out var length) is { } value)
                {
                    found.Add(new Number(match.Index, match.Index + length, value, false, true, null, CountWords: true));
                }
            }
        }

        // "währte nur eineinhalb Jahre", "dauerte drei Tage": a number in words after a verb of lasting, before a time word.
        if (lexicon.DurationNumberWordPattern is { } durations)
        {
            foreach (Match match in durations.Matches(prose))
            {
                if (AfterADurationVerb(prose, match.Index, lexicon) && TimeWordAfter(prose, match.Index + match.Length, lexicon) is not null)
                {
                    found.Add(new Number(match.Index, match.Index + match.Length, lexicon.NumberWords[match.Value], false, true, null, CountWords: true));
                }
            }
        }

        // "dos adolescentes fueran asesinados": a small number in words, its noun and a participle of what was done to them.
        if (lexicon.DurationNumberWordPattern is { } spelled && !lexicon.EventParticiples.IsEmpty)
        {
            foreach (Match match in spelled.Matches(prose))
            {
                if (lexicon.NumberWords[match.Value] >= 2 && !found.Any(n => n.Start <= match.Index && match.Index < n.End)
                    && ParticipleAfter(prose, match.Index + match.Length, lexicon, verbs: PreviousWord(prose, match.Index) is not { } before || !lexicon.StopWords.Contains(before)))
                {
                    found.Add(new Number(match.Index, match.Index + match.Length, lexicon.NumberWords[match.Value], false, true, null, CountWords: true));
                }
            }
        }

        if (lexicon.CountWordsAtStart.Count > 0 && CountWordsAtStart(prose, lexicon) is { } opening)
        {
            found.Add(opening);
        }

        // "de vingt-huit sites": a number in words joined by hyphens is one anywhere, as no article or pronoun is written so.
        if (lexicon.CountWordsAtStart.Count > 0)
        {
            foreach (Match match in HyphenatedWords().Matches(prose))
            {
                if (HyphenatedCountWords(match.Value, lexicon) is { } value && !found.Any(n => n.Start <= match.Index && match.Index < n.End))
                {
                    found.Add(new Number(match.Index, match.Index + match.Length, value, false, true, null, CountWords: true));
                }
            }
        }

        foreach (var (sign, numeratorFirst) in lexicon.Fractions)
        {
            var at = 0;
            while ((at = prose.IndexOf(sign, at, StringComparison.Ordinal)) >= 0)
            {
                if (Fraction(prose, at, sign, numeratorFirst, lexicon) is { } fraction)
                {
                    found.Add(fraction);
                }

                at += sign.Length;
            }
        }

        // A fraction holds the numbers it is written with: it goes first, and they are skipped.
        return found.OrderBy(n => n.Start).ThenByDescending(n => n.End - n.Start).ThenByDescending(n => n.Share is not null);
    }

    /// <summary>
    /// "3/4股权", "五分之一的领土", "百分之三十": a share. A slash fraction only of small whole numbers, the numerator the smaller,
    /// followed by a word (Han) that is no date's (<c>3/4月</c>); not inside a longer run of digits and slashes (a date, a path).
    /// </summary>
    private static Number? Fraction(string prose, int at, string sign, bool numeratorFirst, LanguageLexicon lexicon)
    {
        // A fraction in words may be written with a space around its numbers, as some Japanese pages space every figure
        // ("約 3 分の 1 を占める", blind25); a slash fraction is written tight.
        var spaced = !numeratorFirst && !lexicon.SpacesWords;
        var (leftStart, left) = NumberBefore(prose, spaced ? SkipSpaceBack(prose, at) : at, lexicon);
        var (rightEnd, right) = NumberAfter(prose, spaced ? SkipSpace(prose, at + sign.Length) : at + sign.Length, lexicon);
        if (left is not { } l || right is not { } r)
        {
            return null;
        }

        var (numerator, denominator) = numeratorFirst ? (l, r) : (r, l);
        if (denominator is < 2 or > 100 || numerator <= 0 || numerator >= denominator)
        {
            return null;
        }

        // "版本3/4", "第1/2页": a label's; "十分之一秒": a unit of time, not a share.
        if (lexicon.NotBefore.Any(word => prose.AsSpan(0, leftStart).EndsWith(word, StringComparison.Ordinal))
            || lexicon.NotCounted.MatchesStart(prose.AsSpan(rightEnd)))
        {
            return null;
        }

        if (numeratorFirst)
        {
            // Single digits and a Han word after: "3/4股权", not "10/18", "1/2/3", "3/4月".
            if (rightEnd - leftStart != 3 || (leftStart > 0 && (char.IsAsciiDigit(prose[leftStart - 1]) || prose[leftStart - 1] is '/' or '.' or '-'))
                || rightEnd >= prose.Length || !IsHan(prose[rightEnd]))
            {
                return null;
            }
        }

        return new Number(leftStart, rightEnd, numerator, false, false, 100 * numerator / denominator);
    }

    private static int SkipSpaceBack(string prose, int at) => at > 0 && prose[at - 1] is ' ' or '\u3000' or '\u00A0' ? at - 1 : at;

    private static int SkipSpace(string prose, int at) => at < prose.Length && prose[at] is ' ' or '\u3000' or '\u00A0' ? at + 1 : at;

    private static (int Start, double? Value) NumberBefore(string prose, int at, LanguageLexicon lexicon)
    {
        var start = at;
        while (start > 0 && (char.IsAsciiDigit(prose[start - 1]) || lexicon.NumberWords.ContainsKey(prose[(start - 1)..start])))
        {
            start--;
        }

        return (start, start == at ? null : NumberValue(prose[start..at], lexicon));
    }

    private static (int End, double? Value) NumberAfter(string prose, int at, LanguageLexicon lexicon)
    {
        var end = at;
        while (end < prose.Length && (char.IsAsciiDigit(prose[end]) || lexicon.NumberWords.ContainsKey(prose[end..(end + 1)])))
        {
            end++;
        }

        return (end, end == at ? null : NumberValue(prose[at..end], lexicon));
    }

    private static double? NumberValue(string text, LanguageLexicon lexicon) =>
        text.All(char.IsAsciiDigit) ? double.Parse(text, CultureInfo.InvariantCulture) : text.Any(char.IsAsciiDigit) ? null : HanNumeral(text, lexicon, requireMagnitude: false);

    /// <summary>
    /// The value of a run of count words, "двести пятьдесят" 250, "пятисот" 500, and how much of the run it takes: each word
    /// must be smaller than the one before (hundreds, tens, units), else the run stops there ("пять шесть" is "пять"). A form
    /// that counts only after a bound (<c>тысячи</c>) stands alone.
    /// </summary>
    private static double? CountWordsValue(string run, LanguageLexicon lexicon, out int length)
    {
        length = 0;
        double total = 0, previous = double.MaxValue;
        var at = 0;
        while (at < run.Length)
        {
            var end = at;
            while (end < run.Length && !char.IsWhiteSpace(run[end]))
            {
                end++;
            }

            var word = run[at..end];
            var afterBound = !lexicon.CountWords.TryGetValue(word, out var value);
            if (afterBound && !lexicon.CountWordsAfterBound.TryGetValue(word, out value))
            {
                break;
            }

            // Hundreds, then tens, then units ("двести пятьдесят три"); a thousand, then any of those; a teen ends the run.
            var follows = previous == double.MaxValue
                || (value < previous && (previous >= 1000 ? value < 1000 : previous >= 100 ? value < 100 : previous >= 20 && value < 10));
            if (!follows || (afterBound && total > 0))
            {
                break;
            }

            total += value;
            previous = value;
            length = end;
            if (afterBound)
            {
                break;
            }

            at = end;
            while (at < run.Length && char.IsWhiteSpace(run[at]))
            {
                at++;
            }
        }

        return length == 0 ? null : total;
    }

    /// <summary>
    /// "Trente et un sites …", "Vingt-deux journalistes …": a number in words that opens the sentence (<c>[count-words-at-start]</c>),
    /// tens before units, joined by a space, a hyphen or a list word ("et"); two or more. "Un site …" is an article.
    /// </summary>
    private static Number? CountWordsAtStart(string prose, LanguageLexicon lexicon)
    {
        var at = 0;
        while (at < prose.Length && (char.IsWhiteSpace(prose[at]) || prose[at] is '*' or '_' or '"' or '«' or '“' or '„' or '('))
        {
            at++;
        }

        var start = at;
        var end = at;
        double total = 0, previous = double.MaxValue;
        while (at < prose.Length)
        {
            var wordStart = at;
            while (at < prose.Length && char.IsLetter(prose[at]))
            {
                at++;
            }

            var word = prose[wordStart..at];
            if (word.Length == 0)
            {
                break;
            }

            if (lexicon.CountWordsAtStart.TryGetValue(word, out var value))
            {
                // Tens, then units ("trente et un", "vingt-deux"); "dix-sept", "soixante-dix".
                var follows = previous == double.MaxValue || (value < previous
                    && (previous == 60 ? value < 20 : previous >= 20 ? value < 10 : previous == 10 && value < 10 && value >= 7));
                if (!follows)
                {
                    break;
                }

                total += value;
                previous = value;
                end = at;
            }
            else if (!(total >= 20 && lexicon.ListWords.Contains(word)))
            {
                break;
            }

            if (at >= prose.Length || prose[at] is not (' ' or '-'))
            {
                break;
            }

            at++;
        }

        return total >= 2 && end > start ? new Number(start, end, total, false, true, null, CountWords: true) : null;
    }

    [GeneratedRegex(@"(?<![\p{L}-])\p{L}+(?:-\p{L}+)+(?![\p{L}-])", RegexOptions.CultureInvariant)]
    private static partial Regex HyphenatedWords();

    /// <summary>
    /// The value of count words joined by hyphens, "vingt-huit" 28, "dix-sept" 17, "soixante-dix" 70, "vingt-et-un" 21 (tens before
    /// units, as <see cref="CountWordsAtStart"/> reads them); null unless every part is a count word or a list word between them.
    /// </summary>
    private static double? HyphenatedCountWords(string compound, LanguageLexicon lexicon)
    {
        double total = 0, previous = double.MaxValue;
        var parts = compound.Split('-');
        for (var i = 0; i < parts.Length; i++)
        {
            if (lexicon.CountWordsAtStart.TryGetValue(parts[i], out var value))
            {
                var follows = previous == double.MaxValue || (value < previous
                    && (previous == 60 ? value < 20 : previous >= 20 ? value < 10 : previous == 10 && value < 10 && value >= 7));
                if (!follows)
                {
                    return null;
                }

                total += value;
                previous = value;
            }
            else if (!(total >= 20 && i < parts.Length - 1 && lexicon.ListWords.Contains(parts[i])))
            {
                return null;
            }
        }

        return total >= 2 ? total : null;
    }

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    /// <summary>
    /// The value of Han numerals: "一百万" 1,000,000, "两千" 2,000, "三" 3. As a number of its own (not a fraction's part) only one
    /// that starts with a digit and holds a magnitude of ten thousand or more: "一个" (one, a), "万一" (in case) and "千万" (by all
    /// means) are words.
    /// </summary>
    private static double? HanNumeral(string text, LanguageLexicon lexicon, bool requireMagnitude = true)
    {
        double total = 0, section = 0, digit = 0;
        var large = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i..(i + 1)];
            if (lexicon.NumberWords.TryGetValue(c, out var value) && value < 10)
            {
                digit = value;
                continue;
            }

            var factor = value >= 10 ? value : lexicon.Magnitudes.FirstOrDefault(m => m.Word == c).Value;
            if (factor <= 0 || (i == 0 && requireMagnitude && factor != 10))
            {
                return null;
            }

            if (factor >= 10_000)
            {
                large = true;
                total += (section + digit == 0 ? 1 : section + digit) * factor;
                section = 0;
            }
            else
            {
                section += (digit == 0 ? 1 : digit) * factor;
            }

            digit = 0;
        }

        return requireMagnitude && !large ? null : total + section + digit;
    }

    private static Claim ShareClaim(Sentence sentence, string prose, Number number, double share, List<(int Start, int End)> quotes, int offset)
    {
        var quotation = Quotation(quotes, number.Start, number.End, offset);
        return new Claim
        {
            Span = TextSpan.FromBounds(offset + number.Start, offset + number.End),
            Text = prose[number.Start..number.End],
            Kind = ClaimKind.Percentage,
            Value = share,
            Low = share,
            High = share,
            IsRange = false,
            Unit = "percent",
            Sentence = sentence,
            Quotation = quotation,
        };
    }

    private static TextSpan? Quotation(List<(int Start, int End)> quotes, int start, int end, int offset)
    {
        foreach (var (qs, qe) in quotes)
        {
            if (qs <= start && end <= qe)
            {
                return TextSpan.FromBounds(offset + qs, offset + qe);
            }
        }

        return null;
    }

    private static Claim? ReadAt(Sentence sentence, LanguageLexicon lexicon, string prose, Number number, List<(int Start, int End)> quotes, int offset, out int end)
    {
        var start = number.Start;
        var pos = number.End;
        end = pos;
        var low = number.Value;
        var high = low;
        var yearLike = number.YearLike;
        string? unit = null;

        // A currency before the number: "$ 500", "€500", "人民币2万" (glued to the word before it in Chinese).
        foreach (var (key, code) in lexicon.CurrencyBefore)
        {
            var before = start;
            if (before > 0 && prose[before - 1] == ' ')
            {
                before--;
            }

            if (before >= key.Length && string.CompareOrdinal(prose, before - key.Length, key, 0, key.Length) == 0
                && (before - key.Length == 0 || !lexicon.SpacesWords || !char.IsLetterOrDigit(prose[before - key.Length - 1])))
            {
                unit = code;
                start = before - key.Length;
                break;
            }
        }

        var approximation = BoundBefore(prose, start, lexicon);

        // A label, date or version word before it: "Stand 2014", "Version 3", "제3회", "第1". In a spaced language a date's
        // word ("im vergangenen Jahr 275 Millionen US-Dollar", "um 5 Prozent") gives way to a magnitude or unit after the number.
        var labelled = false;
        if (lexicon.SpacesWords)
        {
            // "negli anni ’90", "les années '80": a decade written with its century elided is a date, whatever word follows
            // ("negli anni ’90 aveva patito", blind28). An apostrophe after a letter elides an article: "l’80 per cento" is a share.
            if (start > 0 && prose[start - 1] is '\'' or '’' or '‘' && (start == 1 || !char.IsLetter(prose[start - 2]))
                && number.End - start == 2 && !number.InWords)
            {
                return null;
            }

            if (PreviousWord(prose, start) is { } previous)
            {
                if (IsProductName(previous))
                {
                    return null;
                }

                labelled = lexicon.NotBefore.Contains(previous);
            }

            // "10. Oktober", "3. Platz", "1. Punkt": an ordinal, a list number.
            if (pos < prose.Length && prose[pos] == '.' && (pos + 1 == prose.Length || char.IsWhiteSpace(prose[pos + 1])))
            {
                return null;
            }
        }
        else if (lexicon.NotBefore.Any(word => prose.AsSpan(0, start).EndsWith(word, StringComparison.Ordinal)))
        {
            return null;
        }

        // A range: "1 500 до 5 500", "3~4개", "25 bis 30".
        if (!number.InWords)
        {
            pos = ReadRange(prose, pos, lexicon, ref high);
        }

        // A magnitude word: "16,8 Millionen", "585 Mio.", "3 тыс."; a number in words has one ("due milioni"), or is a Han
        // numeral that holds one ("一百万").
        var magnitude = number.InWords && !lexicon.SpacesWords;
        if (lexicon.SpacesWords && TryWordAfter(prose, pos, lexicon.Magnitudes.Select(m => m.Word), requireSpace: true, out var magnitudeWord, out var afterMagnitude))
        {
            var factor = lexicon.Magnitudes.First(m => m.Word.Equals(magnitudeWord, StringComparison.OrdinalIgnoreCase)).Value;
            low *= factor;
            high *= factor;
            pos = afterMagnitude;
            magnitude = true;
        }
        else if (number.InWords && lexicon.SpacesWords && !number.CountWords)
        {
            return null;
        }

        // "более тысячи хакеров" (more than a thousand); a bare "тысячи хакеров" is "thousands of", a vague magnitude.
        if (number.CountWords && approximation == Approximation.Exact
            && lexicon.CountWordsAfterBound.ContainsKey(prose[number.Start..number.End]))
        {
            return null;
        }

        // In Chinese and Japanese a number that holds a magnitude of ten thousand or more ("300万以上的手机用户") is a quantity
        // without a counter; a Korean one takes its counter or unit.
        if (!lexicon.SpacesWords && lexicon.Script != LanguageScript.Hangul && low >= 10_000 && prose.AsSpan(number.Start, number.End - number.Start).IndexOfAny("万億亿萬") >= 0)
        {
            magnitude = true;
        }

        // Korean "여" and Japanese "余" after the number: "more than".
        if (!lexicon.SpacesWords && pos < prose.Length && prose[pos] is '여' or '余')
        {
            pos++;
            approximation = Approximation.MoreThan;
        }

        string? counted = null;
        var kind = ClaimKind.Count;
        var unitAfter = false;
        var duration = false;
        if (TryUnit(prose, pos, lexicon, out var unitCode, out var afterUnit))
        {
            unit ??= unitCode;
            pos = afterUnit;
            unitAfter = true;
        }
        else if (!lexicon.SpacesWords)
        {
            var gap = pos < prose.Length && prose[pos] == ' ' ? 1 : 0;
            var counter = false;
            foreach (var (word, minimum) in lexicon.Counters)
            {
                if (string.CompareOrdinal(prose, pos + gap, word, 0, word.Length) == 0)
                {
                    var rest = prose.AsSpan(pos + gap);
                    if (low < minimum || lexicon.NotCounted.MatchesStart(rest))
                    {
                        return null;
                    }

                    counted = word;
                    pos += gap + word.Length;
                    counter = true;
                    break;
                }
            }

            // "2万年前", "300万年": a magnitude before a time word is no count.
            if (!counter && magnitude && lexicon.NotCounted.MatchesStart(prose.AsSpan(pos + gap)))
            {
                return null;
            }
        }
        else if (NounAfter(prose, pos, lexicon, capitalisedAfterFirstFigure: IsAtSentenceStart(prose, start)) is { } noun)
        {
            counted = noun.Word;
            pos = noun.End;
        }
        else if (AfterADurationVerb(prose, start, lexicon) && TimeWordAfter(prose, pos, lexicon) is { } time)
        {
            // "a experiência durou apenas 18 meses": the measured length of an event, a statistic (LABELLING.md).
            counted = time.Word;
            pos = time.End;
            duration = true;
        }
        else if (number.CountWords)
        {
            // A number in words counts a noun ("шесть сайтов"), never a magnitude alone ("три тысячи лет").
            return null;
        }
        else if (unit is null && !magnitude)
        {
            return null;
        }

        if (unit is null && counted is null && !magnitude)
        {
            return null;
        }

        // "existem pelo menos 2000 programadores", "mehr als 2000 Hacker" (blind24): a bound before it and a counted noun after
        // make a year-like number a count; "até 2025", "etwa 2000" (until, around) still read as years.
        if (yearLike && counted is not null && !duration && approximation is Approximation.AtLeast or Approximation.MoreThan or Approximation.FewerThan)
        {
            yearLike = false;
        }

        if (yearLike && unit is null && !magnitude)
        {
            return null;
        }

        if (labelled && !magnitude && !unitAfter)
        {
            return null;
        }

        if (unit is not null)
        {
            kind = unit == "percent" ? ClaimKind.Percentage : ClaimKind.Amount;
        }

        // A colon after the figure: the count of a list or of an instruction's example that follows ("100 요청을 보냅니다:"),
        // as in English (ClaimContext's enumerated counts). A measured duration lists nothing ("währte nur eineinhalb Jahre: Nach …").
        if (!duration && prose.AsSpan(pos).IndexOfAny(':', '：') >= 0)
        {
            return null;
        }

        end = pos;
        var quotation = Quotation(quotes, start, pos, offset);
        var isRange = high != low;
        return new Claim
        {
            Span = TextSpan.FromBounds(offset + start, offset + pos),
            Text = InlineText.CollapseWhitespace(prose.AsSpan(start, pos - start)),
            Kind = kind,
            Value = isRange ? null : low,
            Low = low,
            High = high,
            IsRange = isRange,
            Unit = unit == "percent" ? "percent" : unit,
            CountedNoun = counted,
            Sentence = sentence,
            Quotation = quotation,
            Approximation = approximation,
        };
    }

    private static int ReadRange(string prose, int pos, LanguageLexicon lexicon, ref double high)
    {
        foreach (var word in lexicon.RangeWords)
        {
            var at = pos;
            var spaced = at < prose.Length && prose[at] == ' ';
            if (spaced)
            {
                at++;
            }

            if (string.CompareOrdinal(prose, at, word, 0, word.Length) != 0)
            {
                continue;
            }

            at += word.Length;
            var letters = char.IsLetter(word[0]);
            if (letters && (!spaced || at >= prose.Length || prose[at] != ' '))
            {
                continue;
            }

            if (at < prose.Length && prose[at] == ' ')
            {
                at++;
            }

            var number = (lexicon.SpacesWords ? SpacedNumberHere() : GluedNumberHere()).Match(prose, at);
            if (number.Success && number.Index == at)
            {
                high = Value(number.Value, lexicon);
                return at + number.Length;
            }
        }

        return pos;
    }

    private static bool TryUnit(string prose, int pos, LanguageLexicon lexicon, out string code, out int end)
    {
        foreach (var (key, value) in lexicon.Units)
        {
            var open = key.EndsWith('*');
            var word = open ? key[..^1] : key;
            var letters = char.IsLetter(word[0]);
            var at = pos;
            if (at < prose.Length && prose[at] is ' ' or '\u00A0' or '\u202F' or '\u2009')
            {
                at++;
            }
            else if (letters && lexicon.SpacesWords)
            {
                // A word unit glued to its number is not one ("3G", "x86").
                continue;
            }

            if (at + word.Length > prose.Length || string.Compare(prose, at, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) != 0)
            {
                continue;
            }

            var after = at + word.Length;
            if (open)
            {
                while (after < prose.Length && char.IsLetter(prose[after]))
                {
                    after++;
                }
            }
            else if (letters && lexicon.SpacesWords && after < prose.Length && char.IsLetter(prose[after]))
            {
                continue;
            }

            code = value;
            end = after;
            return true;
        }

        code = "";
        end = pos;
        return false;
    }

    private static bool TryWordAfter(string prose, int pos, IEnumerable<string> words, bool requireSpace, out string found, out int end)
    {
        found = "";
        end = pos;
        if (requireSpace && (pos >= prose.Length || prose[pos] is not (' ' or '\u00A0')))
        {
            return false;
        }

        var at = pos + 1;
        foreach (var word in words)
        {
            if (at + word.Length <= prose.Length && string.Compare(prose, at, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (at + word.Length == prose.Length || !char.IsLetter(prose[at + word.Length])))
            {
                found = word;
                end = at + word.Length;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a noun follows the number and an <c>[event-participles]</c> word closes the next three words after it, with no
    /// punctuation between: "dos adolescentes fueran asesinados", "três desertores foram executados".
    /// </summary>
    /// <param name="verbs">Whether a finite verb of the list (an entry written as an ending, <c>*aron</c>) counts as well: "Recientemente,
    /// dos soldados norcoreanos cruzaron el río" (blind26), two people an event counts. Not after a determiner ("los dos países
    /// firmaron": both, a pair named before).</param>
    private static bool ParticipleAfter(string prose, int at, LanguageLexicon lexicon, bool verbs = true)
    {
        for (var words = 0; words < 4; words++)
        {
            if (at >= prose.Length || prose[at] != ' ')
            {
                return false;
            }

            at++;
            var start = at;
            while (at < prose.Length && char.IsLetter(prose[at]))
            {
                at++;
            }

            if (at == start)
            {
                return false;
            }

            var word = prose[start..at];
            if (words == 0)
            {
                // The counted noun: no function word ("dos de ellos") nor time word ("dos años").
                if (lexicon.StopWords.Contains(word) || lexicon.NotCounted.Matches(word) || lexicon.NumberWords.ContainsKey(word))
                {
                    return false;
                }
            }
            else if (lexicon.EventParticiples.Matches(word, endings: verbs))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a verb of lasting (<c>[duration-verbs]</c>: "durou", "dauerte") stands at most three words before the number.</summary>
    private static bool AfterADurationVerb(string prose, int start, LanguageLexicon lexicon)
    {
        var at = start;
        for (var words = 0; words < 3; words++)
        {
            while (at > 0 && prose[at - 1] == ' ')
            {
                at--;
            }

            var end = at;
            while (at > 0 && char.IsLetter(prose[at - 1]))
            {
                at--;
            }

            if (at == end)
            {
                return false;
            }

            if (lexicon.DurationVerbs.Matches(prose[at..end]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A time word right after the number ("18 meses", "drei Tage"): what a duration counts.</summary>
    private static (string Word, int End)? TimeWordAfter(string prose, int pos, LanguageLexicon lexicon)
    {
        if (pos >= prose.Length || prose[pos] is not (' ' or '\u00A0'))
        {
            return null;
        }

        var end = pos + 1;
        while (end < prose.Length && char.IsLetter(prose[end]))
        {
            end++;
        }

        var word = prose[(pos + 1)..end];
        return word.Length >= 3 && !lexicon.StopWords.Contains(word) && lexicon.NotCounted.Matches(word) ? (word, end) : null;
    }

    /// <summary>Whether only spaces and opening marks stand before the number in its sentence.</summary>
    private static bool IsAtSentenceStart(string prose, int start)
    {
        for (var i = 0; i < start; i++)
        {
            if (!char.IsWhiteSpace(prose[i]) && prose[i] is not ('*' or '_' or '"' or '«' or '“' or '„' or '('))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The counted noun after a number: a capitalised word in German, a lower-case one in the other spaced languages. A figure
    /// that opens its sentence (<paramref name="capitalisedAfterFirstFigure"/>) also counts a capitalised plural noun
    /// followed by a lower-case word, the subject before its verb: French "450 000 Nord-Coréens possèdent des téléphones"
    /// (demonyms are capitalised), not a title's run of capitalised words.
    /// </summary>
    private static (string Word, int End)? NounAfter(string prose, int pos, LanguageLexicon lexicon, bool capitalisedAfterFirstFigure = false)
    {
        if (pos >= prose.Length || prose[pos] is not (' ' or '\u00A0' or '\u202F'))
        {
            return null;
        }

        var start = pos + 1;

        // An opening quotation mark before the noun: "ha arrestato 20 “phone brokers”" (blind31), a term the writer quotes
        // is still what the number counts.
        if (start + 1 < prose.Length && prose[start] is '“' or '„' or '«' or '"' or '‘' && char.IsLetter(prose[start + 1]))
        {
            start++;
        }

        var end = start;
        while (end < prose.Length && (char.IsLetter(prose[end]) || (prose[end] == '-' && end > start)))
        {
            end++;
        }

        if (end - start < 2)
        {
            return null;
        }

        var word = prose[start..end].TrimEnd('-');

        // Romanian "2.000 de adrese": a link word between the number and its noun.
        if (lexicon.NounLinks.Contains(word) && end < prose.Length && prose[end] == ' ')
        {
            return NounAfter(prose, end, lexicon, capitalisedAfterFirstFigure);
        }

        if (lexicon.NotCounted.Matches(word) || lexicon.StopWords.Contains(word))
        {
            return null;
        }

        if (lexicon.NounsCapitalised ? !char.IsUpper(word[0]) : !char.IsLower(word[0]) && !IsCapitalisedSubject(prose, start, word, lexicon, capitalisedAfterFirstFigure))
        {
            return null;
        }

        return (word, start + word.Length);
    }

    /// <summary>"450 000 Nord-Coréens possèdent": a capitalised plural (ending in s, x or i) with lower-case letters after its
    /// first, then a space and a lower-case word, after a figure that opens a Latin-script sentence.</summary>
    private static bool IsCapitalisedSubject(string prose, int start, string word, LanguageLexicon lexicon, bool atSentenceStart)
    {
        if (!atSentenceStart || lexicon.Script != LanguageScript.Latin || !char.IsUpper(word[0]) || word.Skip(1).All(c => !char.IsLower(c))
            || word[^1] is not ('s' or 'x' or 'i'))
        {
            return false;
        }

        var next = start + word.Length;
        return next + 1 < prose.Length && prose[next] == ' ' && char.IsLower(prose[next + 1]);
    }

    /// <summary>"iPhone 12 Pro", "Windows 10 Nutzer", "OS 3", "PS 4": a number after a camel-case or all-capital Latin word is part of a product's name.</summary>
    private static bool IsProductName(string word)
    {
        if (word.Length < 2 || !word.All(c => c is >= 'A' and <= 'Z' or >= 'a' and <= 'z'))
        {
            return false;
        }

        var camel = false;
        for (var i = 1; i < word.Length; i++)
        {
            camel |= char.IsLower(word[i - 1]) && char.IsUpper(word[i]);
        }

        return camel || word.All(char.IsUpper) || word is "Windows" or "Android" or "Galaxy" or "Pixel" or "Office" or "Linux" or "Firefox" or "Chrome";
    }

    private static string? PreviousWord(string prose, int start)
    {
        var end = start;
        while (end > 0 && prose[end - 1] is ' ' or '\u00A0' or ':')
        {
            end--;
        }

        var begin = end;
        while (begin > 0 && (char.IsLetter(prose[begin - 1]) || prose[begin - 1] is '.' or '№'))
        {
            begin--;
        }

        return begin == end ? null : prose[begin..end];
    }

    /// <summary>Spans inside quotation marks: „…“, «…», "…", “…”, 「…」, and (in Korean and Japanese) '…' and ‘…’.</summary>
    /// <param name="following">The next sentence of running prose: a quotation opened and not closed in this sentence whose
    /// closing mark comes first in the next ("“…하모니가 해킹돼 1억 달러 가치의 가상화폐가 도난당했다. 해커 조직인 라자루스의 소행인
    /// 보인다”고 밝혔다", blind26) runs on to the end of this one: the sentence splitter cut it at its inner full stop.</param>
    private static List<(int Start, int End)> QuotedSpans(string prose, LanguageLexicon lexicon, string? following = null)
    {
        var spans = new List<(int, int)>();
        var i = 0;
        while (i < prose.Length)
        {
            var c = prose[i];
            var close = c switch
            {
                '„' => "“”",
                '“' => "”",
                '«' => "»",
                '"' => "\"",
                '「' => "」",
                '『' => "』",
                '‘' => "’",
                '\'' when !lexicon.SpacesWords => "'",
                _ => null,
            };
            if (close is null)
            {
                i++;
                continue;
            }

            var end = prose.IndexOfAny(close.ToCharArray(), i + 1);
            if (end < 0)
            {
                if (c != '"' && c != '\'' && following is not null && ClosesFirst(following, c, close, lexicon))
                {
                    spans.Add((i, prose.Length));
                    break;
                }

                i++;
                continue;
            }

            spans.Add((i, end + 1));
            i = end + 1;
        }

        return spans;
    }

    /// <summary>
    /// Whether a closing mark of <paramref name="close"/> comes in <paramref name="text"/> before another <paramref name="open"/>,
    /// and a named form of the language follows it with no unnamed source ("…보인다”고 밝혔다"): the quotation is a named
    /// speaker's. An unnamed source's quotation ("la fuente señaló que “una mujer…") keeps its figures unsourced.
    /// </summary>
    private static bool ClosesFirst(string text, char open, string close, LanguageLexicon lexicon)
    {
        var end = text.IndexOfAny(close.ToCharArray());
        var reopened = text.IndexOf(open, StringComparison.Ordinal);
        if (end < 0 || (reopened >= 0 && reopened < end) || lexicon.Named is not { } named)
        {
            return false;
        }

        var after = text[(end + 1)..];
        return named.IsMatch(after) && lexicon.UnnamedSources?.IsMatch(after) != true && lexicon.UnnamedSourcesWithFigure?.IsMatch(after) != true
            && lexicon.Informants?.IsMatch(after) != true            && lexicon.Vague?.IsMatch(after) != true;
    }

    /// <summary>The value of a number as written: "16,8", "3 000", "1.500", "1만6100", "6억3천만".</summary>
    private static double Value(string text, LanguageLexicon lexicon)
    {
        if (lexicon.SpacesWords)
        {
            var digits = new StringBuilder();
            foreach (var c in text)
            {
                if (char.IsAsciiDigit(c))
                {
                    digits.Append(c);
                }
                else if (char.IsDigit(c))
                {
                    // Arabic-Indic and other scripts' digits: ٤٠٠ is 400.
                    digits.Append((char)('0' + (int)char.GetNumericValue(c)));
                }
                else if (c is ',' or '\u066B')
                {
                    digits.Append('.');
                }
            }

            return double.TryParse(digits.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : 0;
        }

        double total = 0, group = 0;
        double? current = null;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                var start = i;
                while (i < text.Length && (char.IsAsciiDigit(text[i]) || text[i] is ',' or '.'))
                {
                    i++;
                }

                current = double.TryParse(text.AsSpan(start, i - start).ToString().Replace(",", "", StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : 0;
                continue;
            }

            var factor = lexicon.Magnitudes.FirstOrDefault(m => m.Word.Length == 1 && m.Word[0] == c).Value;
            if (factor >= 10_000)
            {
                var value = group + (current ?? 0);
                total += (value == 0 ? 1 : value) * factor;
                group = 0;
                current = null;
            }
            else if (factor > 0)
            {
                group += (current ?? 1) * factor;
                current = null;
            }

            i++;
        }

        return total + group + (current ?? 0);
    }

    /// <summary>
    /// The bound or approximation written right before the number ("mehr als 2 Millionen", "oltre due milioni", "约300万"),
    /// so the fact rules judge a lower bound as one. Only the kind is kept, not its span: the sourcing rules' spans stay the
    /// number's own.
    /// </summary>
    private static Approximation BoundBefore(string prose, int start, LanguageLexicon lexicon)
    {
        var end = start;
        if (end > 0 && prose[end - 1] == ' ')
        {
            end--;
        }
        else if (lexicon.SpacesWords)
        {
            return Approximation.Exact;
        }

        foreach (var (words, kind) in lexicon.BoundsBefore)
        {
            var from = end - words.Length;
            if (from >= 0 && string.Compare(prose, from, words, 0, words.Length, StringComparison.OrdinalIgnoreCase) == 0
                && (from == 0 || !lexicon.SpacesWords || !char.IsLetterOrDigit(prose[from - 1])))
            {
                return kind;
            }
        }

        return Approximation.Exact;
    }
}
