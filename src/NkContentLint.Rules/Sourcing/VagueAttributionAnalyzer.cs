using System.Collections.Immutable;
using System.Text;
using NkContentLint.Analysis;
using NkContentLint.Attributions;
using NkContentLint.Diagnostics;

namespace NkContentLint.Rules.Sourcing;

/// <summary>
/// NK1002: an attribution that names no one: <c>according to estimates</c>, <c>it has been reported</c>,
/// <c>experts say</c>, <c>studies show</c>, <c>is estimated at</c>, <c>reportedly</c>. Found by the
/// sentence's structure (a reporting verb whose subject is a generic noun, an agentless passive, an
/// <c>according to</c> without a name) and by the phrase lists in <c>rules/sourcing/</c>, which a
/// project extends with <c>extra_phrases</c>. A link or footnote does not make an attribution named:
/// only a name in words does.
/// </summary>
public sealed class VagueAttributionAnalyzer : ContentAnalyzer
{
    public const string ExtraPhrasesOption = "extra_phrases";

    public static readonly RuleOption<ImmutableArray<string>> ExtraPhrases = new(
        ExtraPhrasesOption,
        ImmutableArray<string>.Empty,
        "More phrases to report as vague attributions wherever they appear, in addition to rules/sourcing/vague-attributions.txt.");

    public static readonly DiagnosticDescriptor Rule = new(
        "NK1002",
        "Vague attribution",
        "Vague attribution '{0}' names no one: say who (a person, outlet, agency or report) and link or footnote the source",
        RuleCategories.Sourcing,
        DiagnosticSeverity.Warning,
        "Phrases such as 'according to estimates', 'it has been reported' or 'experts say' present a claim as someone else's without saying whose, so the reader cannot weigh or check it. Name the source in words and cite it.",
        [ExtraPhrases]);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentStartAction(start =>
    {
        // The option is read once per document; each sentence comes from the shared walk.
        var extra = start.GetOption(Rule, ExtraPhrases);
        start.RegisterSentenceAction(sentence => Analyze(sentence, extra));
    });

    private static void Analyze(SentenceAnalysisContext context, ImmutableArray<string> extra)
    {
        var (document, sentence) = (context.Document, context.Sentence);
        if (sentence.Block.IsFootnoteDefinition)
        {
            return;
        }

        // extra_phrases are English: a sentence read in a language of its own keeps its language's attributions.
        var attributions = extra.IsDefaultOrEmpty || document.LanguageOf(sentence) is not null ? document.AttributionsOf(sentence) : AttributionFinder.Find(sentence, extra);
        foreach (var attribution in attributions.Vague)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Rule,
                document.GetLocation(attribution.Span),
                relatedLocations: null,
                properties: new Dictionary<string, string> { ["form"] = attribution.Form },
                Collapse(document.Text.AsSpan(attribution.Span.Start, attribution.Span.Length))));
        }
    }

    private static string Collapse(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
