using NkContentLint.Claims;
using NkContentLint.Documents;

namespace NkContentLint.Rules.Sourcing;

/// <summary>What NK1001 and NK1003 both ask of a claim: does it need a source, and does its sentence give one.</summary>
internal static class StatisticSources
{
    /// <summary>Per document, the table rows with a citation, a named source or a source cell in any cell: found in one pass, when first asked.</summary>
    private static readonly DocumentView<HashSet<(int Table, int Row)>> SourcedRows = new(FindSourcedRows);

    /// <summary>
    /// Someone's quoted words are theirs (KCNA called it "a phone for all 25 million"), but a block quote
    /// that is one quotation presents its figures to the reader as they are, so they need a source.
    /// Footnote definitions are citations, not claims.
    /// </summary>
    public static bool NeedsASource(Claim claim) =>
        !claim.Sentence.Block.IsFootnoteDefinition && (!claim.IsQuoted || claim.Sentence.Block.IsQuotedPassage);

    /// <summary>
    /// A link, footnote or author–year citation in the sentence, or a source named in words. A table row
    /// is one sentence (LABELLING.md): a citation or a named source in any cell of the row sources it.
    /// </summary>
    public static bool IsSourcedInItsSentence(ContentDocument document, Sentence sentence)
    {
        // An author–year citation counts through the attributions, which tell one from a dated parenthetical.
        if (sentence.Citations.Any(c => c.Kind != CitationKind.AuthorYear) || document.AttributionsOf(sentence).NamesASource)
        {
            return true;
        }

        if (sentence.Block.Kind != ProseBlockKind.TableCell || sentence.Block.Cell is not { } cell)
        {
            return false;
        }

        return document.GetView(SourcedRows).Contains((cell.Table, cell.Row));
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

    /// <summary>A cell under a "Source" column header that is not empty names the row's source.</summary>
    private static bool IsSourceCell(Sentence cell)
    {
        return cell.Block.Cell is { IsHeader: false, ColumnHeader: { } title }
            && title.Trim().StartsWith("Source", StringComparison.OrdinalIgnoreCase)
            && cell.Tokens.Any(t => t.IsWord);
    }
}
