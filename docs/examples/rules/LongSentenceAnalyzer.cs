// HOUSE100: a sentence of more than 40 words (a C# code rule).
//
// Code rules are compiled and run only with `nkcontentlint --allow-code-rules`: they are code, and
// run with the permissions of whoever runs the linter. See docs/rules-authoring.md, "C# analyzers".
//
// A code rule is a public class deriving from ContentAnalyzer with a public parameterless
// constructor, exactly like a built-in rule (src/NkContentLint.Rules). These namespaces are imported
// for every rule file, as in a project with implicit usings: System, System.Collections.Generic,
// System.Collections.Immutable, System.Linq, System.Threading, NkContentLint.Analysis,
// NkContentLint.Diagnostics and NkContentLint.Documents.
namespace HouseStyle;

public sealed class LongSentenceAnalyzer : ContentAnalyzer
{
    // A typed option: the configuration is validated against it (max_words must be an integer), the
    // JSON Schema and `nkcontentlint init` document it, and the rule reads it as an int. Declared
    // before Rule, which lists it (static fields are initialized in order). An enum type makes a
    // closed set of values, written in snake_case in the configuration.
    public static readonly RuleOption<int> MaxWords = new("max_words", 40, "Most words a sentence may have.");

    // The descriptor is declared once. A custom ID is capital letters then digits; the NK prefix is
    // reserved for built-in rules. The message's {0} and {1} are filled by Diagnostic.Create below.
    public static readonly DiagnosticDescriptor Rule = new(
        "HOUSE100",
        "Long sentence",
        "Sentence of {0} words (the house limit is {1}): split it",
        "House style",
        DiagnosticSeverity.Info,
        "Wire copy keeps sentences short: a reader on a phone loses the thread of a sentence of more than 40 words.",
        [MaxWords]);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    // Called once per run: register what to look at. The engine parses each article once and hands
    // every rule the same views (Sentences, Headings, ProseText, Claims...): never re-parse the text.
    // A document-start action runs once per article; the sentence action it registers is called from
    // the one walk over the article that serves every rule, sentence by sentence.
    public override void Initialize(AnalysisContext context) => context.RegisterDocumentStartAction(start =>
    {
        // Options can differ per file (overrides): read once per article.
        var maxWords = start.GetOption(Rule, MaxWords);
        start.RegisterSentenceAction(sentence => Analyze(sentence, maxWords));
    });

    private static void Analyze(SentenceAnalysisContext context, int maxWords)
    {
        // A rule that can take long should give up when asked: past its time budget
        // (--rule-time-budget, 10 s by default) the run reports NK0005 and moves on.
        context.CancellationToken.ThrowIfCancellationRequested();

        // Tokens are the sentence's words, numbers and symbols, with code, links' targets and
        // markup already left out.
        var sentence = context.Sentence;
        var words = sentence.Tokens.Count(t => t.IsWord || t.IsNumber);
        if (words > maxWords)
        {
            context.ReportDiagnostic(Diagnostic.Create(Rule, context.Document.GetLocation(sentence.Span), words, maxWords));
        }
    }
}
