using Microsoft.CodeAnalysis.Text;
using NkContentLint.Claims;
using NkContentLint.Configuration;
using NkContentLint.Diagnostics;
using NkContentLint.Documents;
using NkContentLint.Facts;

namespace NkContentLint.Analysis;

/// <summary>What a per-document callback receives.</summary>
public class DocumentAnalysisContext
{
    private readonly Action<Diagnostic> report;

    internal DocumentAnalysisContext(ContentDocument document, RuleSettings settings, FactIndex facts, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        Document = document;
        Facts = facts;
        Settings = settings;
        this.report = report;
        CancellationToken = cancellationToken;
    }

    private protected DocumentAnalysisContext(DocumentAnalysisContext document)
        : this(document.Document, document.Settings, document.Facts, document.report, document.CancellationToken)
    {
    }

    public ContentDocument Document { get; }

    /// <summary>The configuration that applies to this document (severities and rule options after overrides).</summary>
    internal RuleSettings Settings { get; }

    /// <summary>The canonical facts in force for this run (the embedded pack plus configured ones).</summary>
    public FactIndex Facts { get; }

    public CancellationToken CancellationToken { get; }

    public void ReportDiagnostic(Diagnostic diagnostic) => report(diagnostic);

    /// <summary>A rule option's value for this document, or its declared default.</summary>
    public T GetOption<T>(DiagnosticDescriptor descriptor, string name) => Settings.GetOption<T>(descriptor, name);

    /// <summary>A typed option's value for this document (an enum option as its enum value), or its declared default.</summary>
    public T GetOption<T>(DiagnosticDescriptor descriptor, RuleOption<T> option) => Settings.GetOption(descriptor, option);
}

/// <summary>What a sentence action receives: the sentence and its document.</summary>
public sealed class SentenceAnalysisContext : DocumentAnalysisContext
{
    internal SentenceAnalysisContext(Sentence sentence, DocumentAnalysisContext document)
        : base(document)
    {
        Sentence = sentence;
    }

    public Sentence Sentence { get; }
}

/// <summary>What a phrase action receives: the phrase as registered, where it was found, and its document.</summary>
public sealed class PhraseAnalysisContext : DocumentAnalysisContext
{
    internal PhraseAnalysisContext(string phrase, TextSpan span, DocumentAnalysisContext document)
        : base(document)
    {
        Phrase = phrase;
        Span = span;
    }

    /// <summary>The phrase as the analyzer registered it.</summary>
    public string Phrase { get; }

    /// <summary>Where it was found, in source offsets.</summary>
    public TextSpan Span { get; }

    /// <summary>The phrase as written in the article.</summary>
    public string Written => Document.Text.Substring(Span.Start, Span.Length);
}

/// <summary>What a heading action receives: the heading and its document.</summary>
public sealed class HeadingAnalysisContext : DocumentAnalysisContext
{
    internal HeadingAnalysisContext(Heading heading, DocumentAnalysisContext document)
        : base(document)
    {
        Heading = heading;
    }

    public Heading Heading { get; }
}

/// <summary>What a claim action receives: the claim (its sentence is <see cref="Claim.Sentence"/>) and its document.</summary>
public sealed class ClaimAnalysisContext : DocumentAnalysisContext
{
    internal ClaimAnalysisContext(Claim claim, DocumentAnalysisContext document)
        : base(document)
    {
        Claim = claim;
    }

    public Claim Claim { get; }
}

/// <summary>What a link action receives: the link or image and its document.</summary>
public sealed class LinkAnalysisContext : DocumentAnalysisContext
{
    internal LinkAnalysisContext(Link link, DocumentAnalysisContext document)
        : base(document)
    {
        Link = link;
    }

    public Link Link { get; }
}

/// <summary>
/// What a document-start action receives: the document, and where to register unit actions and an end
/// action for this document only. State kept in the start action's closure is this document's.
/// </summary>
public sealed class DocumentStartAnalysisContext : DocumentAnalysisContext
{
    private readonly DocumentActions actions;

    internal DocumentStartAnalysisContext(DocumentAnalysisContext document, DocumentActions actions)
        : base(document)
    {
        this.actions = actions;
    }

    public void RegisterSentenceAction(Action<SentenceAnalysisContext> action) => actions.Sentence.Add(action);

    public void RegisterHeadingAction(Action<HeadingAnalysisContext> action) => actions.Heading.Add(action);

    public void RegisterClaimAction(Action<ClaimAnalysisContext> action) => actions.Claim.Add(action);

    public void RegisterLinkAction(Action<LinkAnalysisContext> action) => actions.Link.Add(action);

    /// <summary>As <see cref="AnalysisContext.RegisterPhraseAction"/>, for this document only.</summary>
    public void RegisterPhraseAction(IEnumerable<string> phrases, Action<PhraseAnalysisContext> action) => actions.Phrase.Add(new PhraseAction(phrases, action));

    /// <summary>Called once after the walk over this document has called every unit action.</summary>
    public void RegisterDocumentEndAction(Action<DocumentAnalysisContext> action) => actions.End.Add(action);
}

/// <summary>What a corpus-end callback receives: report findings against any document of the run.</summary>
public sealed class CorpusEndAnalysisContext
{
    private readonly Action<Diagnostic> report;

    internal CorpusEndAnalysisContext(Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        this.report = report;
        CancellationToken = cancellationToken;
    }

    public CancellationToken CancellationToken { get; }

    public void ReportDiagnostic(Diagnostic diagnostic) => report(diagnostic);
}

/// <summary>The unit actions one analyzer has for one document (its own, its corpus scopes' and its document-start actions').</summary>
internal sealed class DocumentActions
{
    public List<Action<SentenceAnalysisContext>> Sentence { get; } = [];

    public List<Action<HeadingAnalysisContext>> Heading { get; } = [];

    public List<Action<ClaimAnalysisContext>> Claim { get; } = [];

    public List<Action<LinkAnalysisContext>> Link { get; } = [];

    public List<PhraseAction> Phrase { get; } = [];

    public List<Action<DocumentAnalysisContext>> End { get; } = [];

    public bool HasUnitActions => Sentence.Count > 0 || Heading.Count > 0 || Claim.Count > 0 || Link.Count > 0 || Phrase.Count > 0;

    public void AddFrom(DocumentActions other)
    {
        Sentence.AddRange(other.Sentence);
        Heading.AddRange(other.Heading);
        Claim.AddRange(other.Claim);
        Link.AddRange(other.Link);
        Phrase.AddRange(other.Phrase);
        End.AddRange(other.End);
    }
}

/// <summary>A phrase action and its phrases, compiled once into one matcher (Aho–Corasick, linear in the text).</summary>
internal sealed class PhraseAction(IEnumerable<string> phrases, Action<PhraseAnalysisContext> action)
{
    public PhraseMatcher<string> Matcher { get; } = new(phrases.Where(p => !string.IsNullOrWhiteSpace(p)).Distinct(StringComparer.OrdinalIgnoreCase).Select(p => (p, p)));

    public Action<PhraseAnalysisContext> Action { get; } = action;

    /// <summary>The matches in the prose, the longest first where two overlap ("hermit kingdom" over "hermit").</summary>
    public List<(TextSpan Span, string Value)> Find(string prose)
    {
        var kept = new List<(TextSpan Span, string Value)>();
        foreach (var match in Matcher.FindAll(prose).OrderBy(m => m.Span.Start).ThenByDescending(m => m.Span.Length))
        {
            if (kept.Count == 0 || kept[^1].Span.End <= match.Span.Start)
            {
                kept.Add(match);
            }
        }

        return kept;
    }
}
