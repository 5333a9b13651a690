namespace NkContentLint.Analysis;

/// <summary>Where an analyzer registers its callbacks. Called once per analyzer per run.</summary>
public abstract class AnalysisContext
{
    /// <summary>Called once per document, with the whole parsed document.</summary>
    public abstract void RegisterDocumentAction(Action<DocumentAnalysisContext> action);

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
}
