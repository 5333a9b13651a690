namespace NkContentLint.Analysis;

/// <summary>
/// Where an analyzer registers its callbacks. Called once per analyzer per run. Unit actions (sentence,
/// heading, claim, link) are called from one shared walk over each document that serves every analyzer,
/// in document order; document actions get the whole document.
/// </summary>
public abstract class AnalysisContext
{
    /// <summary>Called once per document, with the whole parsed document.</summary>
    public abstract void RegisterDocumentAction(Action<DocumentAnalysisContext> action);

    /// <summary>Called for every sentence of the document's prose (<see cref="Documents.ContentDocument.Sentences"/>).</summary>
    public abstract void RegisterSentenceAction(Action<SentenceAnalysisContext> action);

    /// <summary>Called for every heading (<see cref="Documents.ContentDocument.Headings"/>), also ones in block quotes and list items.</summary>
    public abstract void RegisterHeadingAction(Action<HeadingAnalysisContext> action);

    /// <summary>Called for every quantitative claim (<see cref="Documents.ContentDocument.Claims"/>), right after its sentence's actions.</summary>
    public abstract void RegisterClaimAction(Action<ClaimAnalysisContext> action);

    /// <summary>Called for every link and image (<see cref="Documents.ContentDocument.Links"/>).</summary>
    public abstract void RegisterLinkAction(Action<LinkAnalysisContext> action);

    /// <summary>
    /// Called for every occurrence of one of <paramref name="phrases"/> in the document's prose (the prose view:
    /// not in code, URLs or link destinations), matched on whole words and ignoring case, in document order
    /// right after the actions of the sentence it ends in. All phrases of all analyzers are found in one pass
    /// per registration, whatever their number.
    /// </summary>
    public abstract void RegisterPhraseAction(IEnumerable<string> phrases, Action<PhraseAnalysisContext> action);

    /// <summary>
    /// Called once per document before its unit actions: the start context registers unit actions that
    /// share per-document state, and an end action that runs after the walk (like Roslyn's symbol-start
    /// and symbol-end actions). Use it for rules that compare units of one document, such as duplicate headings.
    /// </summary>
    public abstract void RegisterDocumentStartAction(Action<DocumentStartAnalysisContext> action);

    /// <summary>
    /// Called once before any document; the start context registers per-document actions that share
    /// state and an end action that runs after every document (cross-file checks). Document actions
    /// run in parallel, so shared state must be thread-safe.
    /// </summary>
    public abstract void RegisterCorpusStartAction(Action<CorpusStartAnalysisContext> action);
}

public abstract class CorpusStartAnalysisContext
{
    /// <summary>The canonical facts in force for this run.</summary>
    public abstract Facts.FactIndex Facts { get; }

    public abstract void RegisterDocumentAction(Action<DocumentAnalysisContext> action);

    /// <summary>Per document, unit actions and a document-end action that share this run's state; see <see cref="AnalysisContext.RegisterDocumentStartAction"/>.</summary>
    public abstract void RegisterDocumentStartAction(Action<DocumentStartAnalysisContext> action);

    public abstract void RegisterCorpusEndAction(Action<CorpusEndAnalysisContext> action);

    /// <summary>
    /// Declares the per-document state this corpus action keeps, so that a run can take it from a content
    /// cache or from another shard instead of analysing the document: the document action records its
    /// state through the returned recorder (as JSON, under <paramref name="kind"/>, a name with a format
    /// version), and <paramref name="restore"/> is called with each record of a document not analysed in
    /// this run, before the end action. A corpus action that declares no records makes a cache analyse
    /// every article again, and sees only its own shard's articles.
    /// </summary>
    public virtual CorpusRecorder RegisterCorpusRecords(string kind, Action<string> restore) => new(kind, sink: null);
}
