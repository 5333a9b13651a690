using System.Collections.Immutable;
using NkContentLint.Analysis;
using NkContentLint.Claims;
using NkContentLint.Diagnostics;
using NkContentLint.Documents;

namespace NkContentLint.Rules.Sourcing;

/// <summary>
/// NK1001: a quantity (<see cref="ContentDocument.Claims"/>; ranks are NK1003's) in a sentence that cites nothing: no link,
/// autolink, footnote or (Author, Year) citation, and no source named in words (<c>according to the
/// ITU</c>, <c>38 North reported</c>). Reported at the number expression. Figures inside someone's quoted
/// words and in footnote definitions (which are citations themselves) are not checked. With
/// <c>scope: paragraph</c>, a paragraph that ends in a citation sources all its sentences.
/// </summary>
public sealed class UnsourcedStatisticAnalyzer : ContentAnalyzer
{
    public const string ScopeOption = "scope";

    public static readonly RuleOption<CitationScope> Scope = new(
        ScopeOption,
        CitationScope.Sentence,
        "Where the citation must be: 'sentence' (in the statistic's own sentence) or 'paragraph' (also accepted when the paragraph ends in a link or footnote).");

    public static readonly DiagnosticDescriptor Rule = new(
        "NK1001",
        "Unsourced statistic",
        "Statistic '{0}' has no source in its {1}: add a link or footnote to its source, or name who counted it",
        RuleCategories.Sourcing,
        DiagnosticSeverity.Warning,
        "A figure a reader cannot trace to a source cannot be checked, and editors will ask 'says who?'. Every percentage, count, amount, ratio or multiplier needs a link, a footnote or a named source in the same sentence.",
        [Scope]);

    /// <summary>NK1001's <c>scope</c>: where a statistic's citation must be.</summary>
    public enum CitationScope
    {
        /// <summary>In the statistic's own sentence (<c>sentence</c>).</summary>
        Sentence,

        /// <summary>Also at the end of its paragraph (<c>paragraph</c>).</summary>
        Paragraph,
    }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        var document = context.Document;
        var paragraphScope = context.GetOption(Rule, Scope) == CitationScope.Paragraph;
        var endsWithCitation = new Dictionary<ProseBlock, bool>(ReferenceEqualityComparer.Instance);
        var claims = document.Claims;
        var i = 0;
        while (i < claims.Length)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var sentence = claims[i].Sentence;
            var end = i;
            while (end < claims.Length && ReferenceEquals(claims[end].Sentence, sentence))
            {
                end++;
            }

            var unsourced = new List<Claim>();
            for (var k = i; k < end; k++)
            {
                if (claims[k].Kind != ClaimKind.Rank && StatisticSources.NeedsASource(document, claims[k]) && ClaimContext.IsClaimAboutTheWorld(claims[k], document))
                {
                    unsourced.Add(claims[k]);
                }
            }

            i = end;
            if (unsourced.Count > 0 && StatisticSources.IsSourcedInItsSentence(document, sentence))
            {
                // A speaker's tag sources the quotation, not the appositive that describes the speaker.
                // A figure after a stop the page ran on past ("in the country. which has …") is not sourced by a name before it.
                // A figure in a "with" phrase fronted before the source's subject is the writer's setting, not the source's words.
                unsourced.RemoveAll(claim => !StatisticSources.IsInASpeakersAppositive(document, claim) && !StatisticSources.IsAfterARunOnStop(document, claim)
                    && !StatisticSources.IsInAFrontedWithPhrase(document, claim));
                if (unsourced.Count == 0)
                {
                    continue;
                }
            }
            else if (unsourced.Count == 0)
            {
                continue;
            }

            if (paragraphScope)
            {
                if (!endsWithCitation.TryGetValue(sentence.Block, out var sourced))
                {
                    sourced = EndsWithCitation(document, sentence.Block);
                    endsWithCitation[sentence.Block] = sourced;
                }

                if (sourced)
                {
                    continue;
                }
            }

            foreach (var claim in unsourced)
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    Rule,
                    document.GetLocation(claim.Span),
                    relatedLocations: null,
                    properties: new Dictionary<string, string> { ["kind"] = claim.Kind.ToString() },
                    claim.Text,
                    paragraphScope ? "paragraph" : "sentence"));
            }
        }
    }

    /// <summary>A paragraph whose last sentence has a citation after its last word: "… ([Dyn](…))." or "….[^4]".</summary>
    private static bool EndsWithCitation(ContentDocument document, ProseBlock block)
    {
        var last = document.Sentences.LastOrDefault(s => ReferenceEquals(s.Block, block) && s.IsLastInBlock);
        if (last is null || last.Citations.IsEmpty)
        {
            return false;
        }

        var prose = document.ProseText;
        var lastWord = block.Span.End - 1;
        while (lastWord >= block.Span.Start && !char.IsLetterOrDigit(prose[lastWord]))
        {
            lastWord--;
        }

        return last.Citations.Any(c => c.Span.End > lastWord);
    }
}
