using NkContentLint.Attributions;
using NkContentLint.Claims;
using NkContentLint.Documents;

namespace NkContentLint.Rules.Sourcing;

/// <summary>What NK1001 and NK1003 both ask of a claim: does it need a source, and does its sentence give one.</summary>
internal static partial class StatisticSources
{
    /// <summary>Per document, the table rows with a citation, a named source or a source cell in any cell: found in one pass, when first asked.</summary>
    private static readonly DocumentView<HashSet<(int Table, int Row)>> SourcedRows = new(FindSourcedRows);

    /// <summary>Per document, the start offsets of the paragraphs that are a speaker's turn in an interview transcript.</summary>
    private static readonly DocumentView<HashSet<int>> SpeakerTurns = new(FindSpeakerTurns);

    /// <summary>"P: In 1997, I walked 50km …", "Max Fisher: There are only about 5,000 websites …": a paragraph's speaker label.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(
        @"\A[*_]{0,2}(?<label>\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2})[*_]{0,2}\s*:[*_]{0,2}[ \t]+\S",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SpeakerLabel();

    /// <summary>
    /// Someone's quoted words are theirs (KCNA called it "a phone for all 25 million"), but a block quote
    /// that is one quotation presents its figures to the reader as they are, so they need a source.
    /// Footnote definitions are citations, not claims.
    /// </summary>
    /// A sentence read in a language of its own (<see cref="ContentDocument.LanguageOf"/>) had its claims read by that language's grammar.
    public static bool NeedsASource(ContentDocument document, Claim claim) =>
        !claim.Sentence.Block.IsFootnoteDefinition && (!claim.IsQuoted || claim.Sentence.Block.IsQuotedPassage)
        && (document.LanguageOf(claim.Sentence) is not null || !IsInAnotherLanguage(claim.Sentence));

    /// <summary>
    /// A sentence of another language's prose ("Le solde … a augmenté de $ 510 millions …, selon l’analyse par …", a
    /// bilingual page's French half, blind13): the source words NK1001 reads are English, so a French "selon" naming
    /// its source goes unseen and the rule would only guess. Three or more function words of French, Spanish or German
    /// that are no English words, and fewer than a third as many English ones, make the sentence foreign.
    /// </summary>
    public static bool IsInAnotherLanguage(Sentence sentence)
    {
        var foreign = 0;
        var english = 0;
        foreach (var token in sentence.Tokens)
        {
            if (!token.IsWord)
            {
                continue;
            }

            var word = token.Text;
            if (EnglishFunctionWords.Contains(word))
            {
                english++;
            }
            else if (ForeignFunctionWords.Contains(word) || word.StartsWith("l’", StringComparison.OrdinalIgnoreCase) || word.StartsWith("d’", StringComparison.OrdinalIgnoreCase)
                || word.StartsWith("l'", StringComparison.OrdinalIgnoreCase) || word.StartsWith("d'", StringComparison.OrdinalIgnoreCase) || word.StartsWith("qu’", StringComparison.OrdinalIgnoreCase))
            {
                foreign++;
            }
        }

        return foreign >= 3 && english * 3 < foreign;
    }

    private static readonly HashSet<string> EnglishFunctionWords = new(
        ["the", "of", "and", "to", "is", "was", "for", "with", "that", "from", "has", "have", "are", "were", "by", "this", "it", "its", "in", "on", "an", "at", "which", "who"],
        StringComparer.OrdinalIgnoreCase);

    // Words of French, Spanish and German prose that are not English words (so not "a", "die", "son", "con", "den").
    private static readonly HashSet<string> ForeignFunctionWords = new(
        ["le", "la", "les", "du", "des", "et", "une", "est", "dans", "pour", "avec", "selon", "qui", "que", "aux", "cette", "sont", "ont", "été", "à", "sur", "nous", "mais",
            "el", "los", "las", "del", "y", "según", "una", "es", "para", "por", "fue", "pero", "muy",
            "der", "das", "und", "ist", "nicht", "mit", "von", "für", "auf", "dem", "ein", "eine", "nach", "laut", "wird", "sich"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A link, footnote or author–year citation in the sentence, or a source named in words. A table row
    /// is one sentence (LABELLING.md): a citation or a named source in any cell of the row sources it.
    /// </summary>
    public static bool IsSourcedInItsSentence(ContentDocument document, Sentence sentence)
    {
        // An author–year citation counts through the attributions, which tell one from a dated parenthetical.
        if (sentence.Citations.Any(c => c.Kind != CitationKind.AuthorYear) || document.AttributionsOf(sentence).NamesASource
            || (sentence.Block.Kind == ProseBlockKind.Paragraph && document.GetView(SpeakerTurns).Contains(sentence.Block.Span.Start)))
        {
            return true;
        }

        if (sentence.Block.Kind != ProseBlockKind.TableCell || sentence.Block.Cell is not { } cell)
        {
            return false;
        }

        return document.GetView(SourcedRows).Contains((cell.Table, cell.Row));
    }

    /// <summary>
    /// "“I must study hard,” said Chun, one of the lucky 100 students recruited each year": a speaker's tag after a
    /// quotation sources the quotation (which needs no source); a figure in the appositive that describes the
    /// speaker after the tag is the writer's. Only when that tag is the sentence's one source.
    /// </summary>
    /// <summary>
    /// "Orascom said overall penetration remains at one percent in the country. which has a per-capita GDP of 1,900 dollars
    /// and a population of 22.8 million." (blind13): a full stop after a word, before a lower-case word, ends a sentence
    /// whose next one lost its capital to the page (the splitter keeps them together, as it must after "approx."). A
    /// figure after such a stop is not sourced by a name before it: only by a name or citation after it. Abbreviations
    /// (a word of under four letters, a capitalised one, or one the list holds) are not such stops.
    /// </summary>
    public static bool IsAfterARunOnStop(ContentDocument document, Claim claim)
    {
        var sentence = claim.Sentence;
        var tokens = sentence.Tokens;
        var stopEnd = -1;
        for (var k = 1; k + 1 < tokens.Length && tokens[k].Span.End <= claim.Span.Start; k++)
        {
            if (tokens[k].IsSymbol && tokens[k].Text == "." && tokens[k].IsGlued && tokens[k - 1].IsWord && !tokens[k + 1].IsGlued && tokens[k + 1].IsWord
                && char.IsLower(tokens[k + 1].Text[0]) && tokens[k - 1].Text.Length >= 4 && tokens[k - 1].Text.All(char.IsLower)
                && !Abbreviations.Contains(tokens[k - 1].Text))
            {
                stopEnd = tokens[k].Span.End;
            }
        }

        if (stopEnd < 0 || sentence.Citations.Any(c => c.Span.Start >= stopEnd))
        {
            return false;
        }

        var namedBefore = false;
        foreach (var attribution in document.AttributionsOf(sentence).All)
        {
            if (attribution.Source != AttributionSource.Named)
            {
                continue;
            }

            if (attribution.Span.End > stopEnd)
            {
                return false;
            }

            namedBefore = true;
        }

        return namedBefore;
    }

    /// <summary>
    /// "Today, with one million cell phones in North Korea and a government sponsored intranet, the regime believes it can
    /// survive …" (blind17): a "with" phrase that opens the sentence (or follows one opening adverbial and its comma), and
    /// closes with a comma before the main clause's subject, is the writer's setting for what the source then says: a
    /// figure inside it is not sourced by that subject's reporting or belief verb. Only when every source of the sentence
    /// is a named subject right after that comma (not "according to …", which stands for the whole sentence) and the
    /// sentence has no citation.
    /// </summary>
    public static bool IsInAFrontedWithPhrase(ContentDocument document, Claim claim)
    {
        var sentence = claim.Sentence;
        var tokens = sentence.Tokens;
        if (sentence.Citations.Any())
        {
            return false;
        }

        var with = -1;
        if (tokens.Length > 0 && tokens[0].IsWord && tokens[0].Is("with"))
        {
            with = 0;
        }
        else
        {
            for (var k = 1; k <= 3 && k + 1 < tokens.Length; k++)
            {
                if (tokens[k].IsSymbol && tokens[k].Text[0] == ',')
                {
                    with = tokens[k + 1].IsWord && tokens[k + 1].Is("with") ? k + 1 : -1;
                    break;
                }
            }
        }

        if (with < 0 || claim.Span.Start < tokens[with].Span.End)
        {
            return false;
        }

        var comma = -1;
        for (var k = with + 1; k < tokens.Length; k++)
        {
            if (tokens[k].IsSymbol && tokens[k].Text[0] == ',')
            {
                // The phrase's closing comma is the first after the claim; a comma inside the claim's stretch ends it early.
                if (tokens[k].Span.Start < claim.Span.End)
                {
                    return false;
                }

                comma = k;
                break;
            }
        }

        if (comma < 0 || comma + 1 >= tokens.Length)
        {
            return false;
        }

        // The main clause's subject: the named source starts within three words of the comma.
        var subjectEnd = tokens[Math.Min(comma + 3, tokens.Length - 1)].Span.End;
        var named = false;
        foreach (var attribution in document.AttributionsOf(sentence).All)
        {
            if (attribution.Source != AttributionSource.Named)
            {
                continue;
            }

            if (attribution.Span.Start < tokens[comma].Span.End || attribution.Span.Start >= subjectEnd
                || document.Text.AsSpan(attribution.Span.Start, Math.Min(9, attribution.Span.Length)).StartsWith("according", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            named = true;
        }

        return named;
    }

    private static readonly HashSet<string> Abbreviations = new(
        ["approx", "incl", "excl", "govt", "dept", "resp", "appx", "abbr", "corp", "estd", "mins", "hrs", "nos", "vols", "pops", "tens"],
        StringComparer.Ordinal);

    public static bool IsInASpeakersAppositive(ContentDocument document, Claim claim)
    {
        var sentence = claim.Sentence;
        if (claim.IsQuoted || sentence.Citations.Length > 0)
        {
            return false;
        }

        Attribution? tag = null;
        foreach (var attribution in document.AttributionsOf(sentence).All)
        {
            if (attribution.Source != AttributionSource.Named)
            {
                continue;
            }

            if (tag is not null || attribution.Form != "inverted" || attribution.IsReference || attribution.Span.End > claim.Span.Start)
            {
                return false;
            }

            tag = attribution;
        }

        if (tag is null)
        {
            return false;
        }

        var tokens = sentence.Tokens;
        var first = -1;
        var after = -1;
        for (var k = 0; k < tokens.Length; k++)
        {
            if (first < 0 && tokens[k].Span.Start >= tag.Span.Start)
            {
                first = k;
            }

            if (tokens[k].Span.Start >= tag.Span.End)
            {
                after = k;
                break;
            }
        }

        // The tag follows a closing quotation mark (“…,” said), and a comma then a noun phrase follows it.
        var afterQuote = first > 0 && tokens[first - 1].IsSymbol && tokens[first - 1].Text is "”" or "\""
            || (first > 1 && tokens[first - 1].IsSymbol && tokens[first - 1].Text == "," && tokens[first - 2].IsSymbol && tokens[first - 2].Text is "”" or "\"");
        return afterQuote && after > 0 && after + 1 < tokens.Length && tokens[after].IsSymbol && tokens[after].Text == ","
            && tokens[after + 1].IsWord && (tokens[after + 1].Is("one") || tokens[after + 1].Is("a") || tokens[after + 1].Is("an") || tokens[after + 1].Is("the"))
            && tokens[after + 1].Span.Start <= claim.Span.Start;
    }

    private static HashSet<(int Table, int Row)> FindSourcedRows(ContentDocument document)
    {
        var rows = new HashSet<(int Table, int Row)>();
        foreach (var other in document.Sentences)
        {
            if (other.Block.Kind == ProseBlockKind.TableCell && other.Block.Cell is { } cell && !rows.Contains((cell.Table, cell.Row))
                && (other.Citations.Any(c => c.Kind != CitationKind.AuthorYear) || document.AttributionsOf(other).NamesASource || IsSourceCell(other)))
            {
                rows.Add((cell.Table, cell.Row));
            }
        }

        return rows;
    }

    /// <summary>
    /// An interview set out as a transcript ("J: How did you defect?" / "P: In 1997, I walked 50km …"): each turn
    /// opens with its speaker's label, which names who says everything in it, as a speaker's tag does a quotation
    /// (blind15). A transcript has at least two labels that each open two or more paragraphs ("Max Fisher:" then
    /// "Fisher:" is one speaker, by the last word); a label that opens one paragraph ("Editor's Note:") is no turn.
    /// </summary>
    private static HashSet<int> FindSpeakerTurns(ContentDocument document)
    {
        var labelled = new List<(int Start, string Speaker)>();
        foreach (var block in document.ProseBlocks)
        {
            if (block.Kind != ProseBlockKind.Paragraph || block.Span.Start >= document.Text.Length)
            {
                continue;
            }

            var match = SpeakerLabel().Match(document.Text, block.Span.Start, Math.Min(block.Span.Length, document.Text.Length - block.Span.Start));
            if (match.Success)
            {
                var label = match.Groups["label"].Value;
                labelled.Add((block.Span.Start, label[(label.LastIndexOf(' ') + 1)..]));
            }
        }

        var speakers = labelled.GroupBy(l => l.Speaker, StringComparer.Ordinal).Where(g => g.Count() >= 2).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        return speakers.Count >= 2 ? labelled.Where(l => speakers.Contains(l.Speaker)).Select(l => l.Start).ToHashSet() : [];
    }

    /// <summary>A cell under a "Source" column header that is not empty names the row's source.</summary>
    private static bool IsSourceCell(Sentence cell)
    {
        return cell.Block.Cell is { IsHeader: false, ColumnHeader: { } title }
            && title.Trim().StartsWith("Source", StringComparison.OrdinalIgnoreCase)
            && cell.Tokens.Any(t => t.IsWord);
    }
}
