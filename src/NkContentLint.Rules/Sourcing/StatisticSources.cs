using NkContentLint.Claims;
using NkContentLint.Documents;

namespace NkContentLint.Rules.Sourcing;

/// <summary>What NK1001 and NK1003 both ask of a claim: does it need a source, and does its sentence give one.</summary>
internal static class StatisticSources
{
    /// <summary>
    /// Someone's quoted words are theirs (KCNA called it "a phone for all 25 million"), but a block quote
    /// that is one quotation presents its figures to the reader as they are, so they need a source.
    /// Footnote definitions are citations, not claims.
    /// </summary>
    public static bool NeedsASource(Claim claim) =>
        !claim.Sentence.Block.IsFootnoteDefinition && (!claim.IsQuoted || claim.Sentence.Block.IsQuotedPassage);

    /// <summary>A link, footnote or author–year citation in the sentence, or a source named in words.</summary>
    public static bool IsSourcedInItsSentence(ContentDocument document, Sentence sentence) =>
        sentence.Citations.Length > 0 || document.AttributionsOf(sentence).NamesASource;
}
