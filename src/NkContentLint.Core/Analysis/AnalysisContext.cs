using Markdig.Syntax;

namespace NkContentLint.Analysis;

/// <summary>Where an analyzer registers its callbacks. Called once per analyzer per run.</summary>
public abstract class AnalysisContext
{
    /// <summary>Called once per document, with the whole parsed document.</summary>
    public abstract void RegisterDocumentAction(Action<DocumentAnalysisContext> action);

    /// <summary>Called for every block of type <typeparamref name="TBlock"/> (one shared tree walk per document).</summary>
    public abstract void RegisterBlockAction<TBlock>(Action<BlockAnalysisContext<TBlock>> action)
        where TBlock : Block;

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
