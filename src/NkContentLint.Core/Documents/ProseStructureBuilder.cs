using System.Buffers;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;
using NkContentLint.Text;

namespace NkContentLint.Documents;

/// <summary>
/// Turns the blocks found by the tree walk into <see cref="ProseBlock"/>s (with their quotations and
/// titles) and <see cref="Sentence"/>s (with the citations inside each). Linear in the text.
/// </summary>
internal static partial class ProseStructureBuilder
{
    // The marks FindQuotations acts on; every other character is jumped over.
    private static readonly SearchValues<char> QuotationMarks = SearchValues.Create("“«「『„”»」』\"");

    public static (ImmutableArray<ProseBlock> Blocks, ImmutableArray<Sentence> Sentences, ImmutableArray<Citation> Citations) Build(string text, ProseView view)
    {
        var prose = view.Prose;
        var blocks = ImmutableArray.CreateBuilder<ProseBlock>(view.Blocks.Count);
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var allCitations = new List<Citation>(view.Citations);
        var shared = new SentenceSource(text, prose, new SentenceTokenCache(text.Length >= LargeArticleMemory.Chars ? 0 : SentenceTokenCache.PermanentBudget), view.Strings);
        var sentenceCitations = new List<Citation>();
        var inBlock = new List<Citation>();
        foreach (var source in view.Blocks)
        {
            var span = source.Span;
            var local = prose.AsSpan(span.Start, span.Length);
            char[]? masked = null;
            if (source.Excluded.Count > 0)
            {
                masked = local.ToArray();
                foreach (var ex in source.Excluded)
                {
                    for (var k = Math.Max(ex.Start, span.Start); k < Math.Min(ex.End, span.End); k++)
                    {
                        if (masked[k - span.Start] is not ('\n' or '\r'))
                        {
                            masked[k - span.Start] = ' ';
                        }
                    }
                }

                local = masked;
            }

            var quotations = FindQuotations(local, span.Start);
            // Most blocks have no italics, no exclusions and no author–year citation: no query is run for them (the queries'
            // iterators and closures were a twentieth of a whole-corpus run's allocations).
            var titles = source.Italics.Count == 0 ? [] : source.Italics.Where(s => IsTitleLike(prose.AsSpan(s.Start, s.Length))).OrderBy(s => s.Start).ToImmutableArray();
            var passage = (source.Containers & ProseContainers.BlockQuote) != 0 && IsWholeQuotation(local, span.Start, quotations);
            var block = new ProseBlock(source.Kind, span, source.Containers, quotations, titles, passage, source.Excluded.Count == 0 ? [] : [.. source.Excluded.OrderBy(e => e.Start)], source.Cell, source.IsFollowedByListOrTable);
            var blockIndex = blocks.Count;
            blocks.Add(block);

            var authorYear = FindAuthorYear(local, span.Start, view.Strings);
            allCitations.AddRange(authorYear);
            // The view's citations are in text order already: they are sorted again (stably) only with author–year ones among them.
            inBlock.Clear();
            CitationsIn(view.Citations, span, source.Excluded, inBlock);
            if (authorYear.Count > 0)
            {
                var merged = inBlock.Concat(authorYear).OrderBy(c => c.Span.Start).ToList();
                inBlock.Clear();
                inBlock.AddRange(merged);
            }

            var spans = SentenceSplitter.Split(local, text.AsSpan(span.Start, span.Length));
            var cursor = 0;
            for (var s = 0; s < spans.Count; s++)
            {
                var sentenceSpan = new TextSpan(spans[s].Start + span.Start, spans[s].Length);
                var limit = s + 1 < spans.Count ? spans[s + 1].Start + span.Start : span.End;
                var firstCitation = sentenceCitations.Count;
                while (cursor < inBlock.Count && inBlock[cursor].Span.Start < limit)
                {
                    sentenceCitations.Add(inBlock[cursor]);
                    cursor++;
                }

                sentences.Add(new Sentence(shared, sentenceSpan, blockIndex, sentences.Count, s, s == spans.Count - 1, firstCitation));
            }
        }

        allCitations.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        shared.Blocks = blocks.Count == blocks.Capacity ? blocks.MoveToImmutable() : blocks.ToImmutable();
        shared.Sentences = sentences.ToImmutable();
        shared.SentenceCitations = [.. sentenceCitations];
        return (shared.Blocks, shared.Sentences, [.. allCitations]);
    }

    /// <summary>Adds the citations of <paramref name="sorted"/> inside <paramref name="span"/> and outside <paramref name="excluded"/> to <paramref name="into"/>, in order.</summary>
    private static void CitationsIn(IReadOnlyList<Citation> sorted, TextSpan span, IReadOnlyList<TextSpan> excluded, List<Citation> into)
    {
        // Binary search for the first citation at or after the block start (written out: no delegate per block).
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (sorted[mid].Span.Start < span.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var k = lo; k < sorted.Count && sorted[k].Span.Start < span.End; k++)
        {
            var citation = sorted[k];
            if (excluded.Count == 0 || !IsExcluded(excluded, citation.Span.Start))
            {
                into.Add(citation);
            }
        }
    }

    private static bool IsExcluded(IReadOnlyList<TextSpan> excluded, int position)
    {
        foreach (var e in excluded)
        {
            if (e.Contains(position))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Outermost double-quoted runs, marks included. An opening mark with no closing one in the block quotes nothing.</summary>
    internal static ImmutableArray<TextSpan> FindQuotations(ReadOnlySpan<char> prose, int offset)
    {
        // Most blocks hold no quotation mark: jumped to with a vectorised search, and no builder made for them.
        ImmutableArray<TextSpan>.Builder? result = null;
        var depth = 0;
        var openAt = -1;
        var straightOpen = -1;
        for (var i = 0; i < prose.Length; i++)
        {
            var next = prose[i..].IndexOfAny(QuotationMarks);
            if (next < 0)
            {
                break;
            }

            i += next;
            var c = prose[i];
            switch (c)
            {
                case '“' or '«' or '「' or '『' or '„':
                    if (straightOpen < 0)
                    {
                        if (depth == 0)
                        {
                            openAt = i;
                        }

                        depth++;
                    }

                    break;
                case '”' or '»' or '」' or '』':
                    if (depth > 0 && straightOpen < 0)
                    {
                        depth--;
                        if (depth == 0)
                        {
                            (result ??= ImmutableArray.CreateBuilder<TextSpan>()).Add(TextSpan.FromBounds(openAt + offset, i + 1 + offset));
                        }
                    }
                    else if (depth == 0 && straightOpen < 0 && c == '”' && ClosesAParagraphsQuotation(prose, i) is var start and >= 0)
                    {
                        // "“The US used ‘Freedom Radio” and “Radio Free Europe” … 15 hours per day …,” the article continues."
                        // (blind28): a single mark closed by a double one paired the marks wrongly, and the paragraph's
                        // quotation, opened at its start and closed before its speaker's tag, is one quotation.
                        result ??= ImmutableArray.CreateBuilder<TextSpan>();
                        while (result.Count > 0 && result[^1].Start >= start + offset)
                        {
                            result.RemoveAt(result.Count - 1);
                        }

                        result.Add(TextSpan.FromBounds(start + offset, i + 1 + offset));
                    }

                    break;
                case '"':
                    if (depth > 0)
                    {
                        break;
                    }

                    if (straightOpen < 0)
                    {
                        var before = i == 0 ? ' ' : prose[i - 1];
                        var after = i + 1 < prose.Length ? prose[i + 1] : ' ';
                        if (!char.IsLetterOrDigit(before) && !char.IsWhiteSpace(after))
                        {
                            straightOpen = i;
                        }
                    }
                    else if (!char.IsWhiteSpace(prose[i - 1]))
                    {
                        (result ??= ImmutableArray.CreateBuilder<TextSpan>()).Add(TextSpan.FromBounds(straightOpen + offset, i + 1 + offset));
                        straightOpen = -1;
                    }

                    break;
            }
        }

        // A quotation introduced by its speaker ("X told me via e-mail, “…") that runs to the end of the
        // block without a closing mark: a quotation that goes on into the next paragraph, as a
        // multi-paragraph quotation is written. An opening mark anywhere else quotes nothing.
        var open = straightOpen >= 0 ? straightOpen : depth > 0 ? openAt : -1;
        if (open > 0 && IsIntroducedQuotation(prose, open))
        {
            (result ??= ImmutableArray.CreateBuilder<TextSpan>()).Add(TextSpan.FromBounds(open + offset, prose.Length + offset));
        }

        return result is null ? [] : result.ToImmutable();
    }

    /// <summary>
    /// The start of a quotation that opens the paragraph and that an unpaired closing mark at <paramref name="close"/> ends
    /// before its speaker's tag (",” the article continues"), or -1: the paragraph's first mark opens, the closing one
    /// follows a comma, stop, question or exclamation mark and comes before a space and a word.
    /// </summary>
    private static int ClosesAParagraphsQuotation(ReadOnlySpan<char> prose, int close)
    {
        var first = 0;
        while (first < prose.Length && char.IsWhiteSpace(prose[first]))
        {
            first++;
        }

        if (first >= close || prose[first] != '“' || close < 1 || prose[close - 1] is not (',' or '.' or '?' or '!' or '…')
            || close + 2 >= prose.Length || !char.IsWhiteSpace(prose[close + 1]) || !char.IsLetter(prose[close + 2]))
        {
            return -1;
        }

        return first;
    }

    /// <summary>The opening mark at <paramref name="open"/> follows a comma or colon (", “…", ": “…").</summary>
    private static bool IsIntroducedQuotation(ReadOnlySpan<char> prose, int open)
    {
        var k = open - 1;
        while (k >= 0 && char.IsWhiteSpace(prose[k]))
        {
            k--;
        }

        return k >= 0 && k < open - 1 && prose[k] is ',' or ':';
    }

    private static bool IsWholeQuotation(ReadOnlySpan<char> prose, int offset, ImmutableArray<TextSpan> quotations)
    {
        if (quotations.Length == 0)
        {
            return false;
        }

        var first = 0;
        while (first < prose.Length && (char.IsWhiteSpace(prose[first]) || prose[first] is '—' or '–' or '-'))
        {
            first++;
        }

        var last = prose.Length - 1;
        while (last >= 0 && (char.IsWhiteSpace(prose[last]) || prose[last] is '.' or ',' or ';' or ':' or '!' or '?' or '…' or ')' or ']'))
        {
            last--;
        }

        var quote = quotations[0];
        return quote.Start == first + offset && quote.End == last + 1 + offset;
    }

    /// <summary>Italic text that reads like a title: it starts with a capital or digit and has no lower-case word of four letters or more.</summary>
    private static bool IsTitleLike(ReadOnlySpan<char> italic)
    {
        var trimmed = italic.Trim();
        if (trimmed.IsEmpty || !(char.IsUpper(trimmed[0]) || char.IsDigit(trimmed[0])))
        {
            return false;
        }

        var wordStart = -1;
        for (var i = 0; i <= trimmed.Length; i++)
        {
            var isLetter = i < trimmed.Length && char.IsLetter(trimmed[i]);
            if (isLetter && wordStart < 0)
            {
                wordStart = i;
            }
            else if (!isLetter && wordStart >= 0)
            {
                if (i - wordStart >= 4 && char.IsLower(trimmed[wordStart]))
                {
                    return false;
                }

                wordStart = -1;
            }
        }

        return true;
    }

    private static List<Citation> FindAuthorYear(ReadOnlySpan<char> prose, int offset, DocumentStrings strings)
    {
        var result = new List<Citation>();
        if (prose.IndexOf('(') < 0)
        {
            return result;
        }

        foreach (var match in AuthorYearPattern().EnumerateMatches(prose))
        {
            var inner = prose.Slice(match.Index + 1, match.Length - 2).Trim();
            if (StartsWithDateWord(inner))
            {
                continue;
            }

            result.Add(new Citation(CitationKind.AuthorYear, new TextSpan(match.Index + offset, match.Length), strings.Share(inner)));
        }

        return result;
    }

    private static bool StartsWithDateWord(ReadOnlySpan<char> inner)
    {
        var end = 0;
        while (end < inner.Length && char.IsLetterOrDigit(inner[end]))
        {
            end++;
        }

        var word = inner[..end].ToString();
        return DateWords.Contains(word) || (word.Length == 2 && word[0] is 'Q' or 'H' && char.IsDigit(word[1]));
    }

    private static readonly HashSet<string> DateWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Spring", "Summer", "Autumn", "Fall", "Winter", "Early", "Late", "Mid", "Since", "From", "Until", "In", "By", "As", "FY", "Before", "After", "Around", "About", "Circa",
    };

    // (Williams, 2012) (Kretchun and Kim, 2012) (Mansourov et al., 2019) (Tjia, 2020, p. 14) (see Williams, 2016)
    // (DataReportal 2024): an author that starts with a capital, then a year. The author part is
    // bounded, so a failed match costs a constant per '('.
    [GeneratedRegex(@"\((?:(?:see|cf\.|e\.g\.,?)\s+(?:also\s+)?)?\p{Lu}[^()\n]{0,80}?,?\s(?:1[6-9]|20)\d\d[a-z]?(?:\s*[,:;]\s*(?:pp?\.\s*)?\d+(?:[-–]\d+)?)?\s*\)", RegexOptions.CultureInvariant)]
    private static partial Regex AuthorYearPattern();
}
