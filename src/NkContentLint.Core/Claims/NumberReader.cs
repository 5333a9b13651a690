using System.Globalization;
using NkContentLint.Documents;

namespace NkContentLint.Claims;

/// <summary>
/// Reads one number expression into a <see cref="Quantity"/>: digits with separators, metric suffixes
/// (<c>2k</c>, <c>6K</c>, <c>4.5m</c>), scales (<c>2 million</c>), number words (<c>two hundred and
/// fifty</c>), indefinite magnitudes (<c>a few thousand</c>, <c>hundreds of</c>) and ranges
/// (<c>4-5 million</c>); and the approximation written before it (<c>about</c>, <c>more than</c>).
/// It decides nothing about whether the number counts anything: see <see cref="NonQuantityFilter"/>.
/// </summary>
internal sealed class NumberReader : SentenceTokens
{
    private readonly NounPhraseReader nouns;

    public NumberReader(Sentence sentence, NounPhraseReader nouns)
        : base(sentence)
    {
        this.nouns = nouns;
    }

    public bool TryRead(int j, bool allowRange, out Quantity q)
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
                        // "5,000won a month": a currency word glued to its amount is read after it as if spaced; so is a
                        // magnitude word a scraper glued on ("some 51million", blind9).
                        if (!nouns.MatchUnit(k, out _, out _) && !ClaimLexicon.CurrencyWords.ContainsKey(suffix) && !NumberWords.Scales.ContainsKey(suffix))
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
            else if (q.Scale == 1 && Sym(k, '-') && t[k].IsGlued && k + 1 < n && t[k + 1].IsWord && t[k + 1].IsGlued
                && NumberWords.TryGetLeadingScale(t[k + 1].Text, out scale) && scale >= 1e3)
            {
                // "the North's 1.1-million-soldier military", "a 2-million-strong army": a magnitude in a
                // hyphenated compound is as large a count as "1.1 million soldiers" (blind9).
                value *= scale;
                q.Scale = scale;
                q.HasMagnitude = q.Compound = true;
                k += 2;
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
            else if (NumberWords.Scales.TryGetValue(token.Text, out var bareScale) && ApproximationBefore(j).Kind != Approximation.Exact)
            {
                // "nearly hundred users": a scale word with no article, after an approximation.
                q.Low = q.High = bareScale;
                q.IsWords = true;
                q.HasMagnitude = true;
                q.Scale = bareScale;
                q.End = j + 1;
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
            // "2008~2011": a tilde glued between two numbers joins a range (before a lone number it approximates).
            var tildeRange = k + 1 < n && Sym(k, '~') && t[k].IsGlued && t[k + 1].IsNumber && t[k + 1].IsGlued;
            if (k < n && ((t[k].IsSymbol && t[k].Text[0] is '-' or '–' or '—') || tildeRange || (Word(k, "to") && !from) || (Word(k, "and") && between))
                && TryRead(k + 1, false, out var second) && !(t[k].IsSymbol && second.IsWords)
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

    public static double ParseDigits(string text) =>
        double.TryParse(text.Replace(",", string.Empty), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0;

    public (Approximation Kind, int Start) ApproximationBefore(int start)
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
}
