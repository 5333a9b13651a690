using System.Runtime.CompilerServices;

namespace NkContentLint.Running;

/// <summary>
/// The first document's one-time set-up (the Markdig pipelines, the claim parser's tables, the attribution lexicon,
/// the mojibake detector's code-page tables, rules' static fields) run on a second thread at start, while the main
/// thread sets up the console, parses the command line and builds the fact index: one article's run waits for it
/// less (docs/benchmarks.md, one article's start-up). Only class constructors and lazily built read-only tables run
/// here, the same ones the first document would run, so what they build, and every finding, is the same.
/// </summary>
internal static class StartUpWarming
{
    /// <summary>
    /// Starts the set-up on a background thread: <paramref name="rules"/> first (the rules' static fields, which the
    /// driver needs before any document), then the engine's views, in the order the first document needs them.
    /// </summary>
    public static void Start(Action? rules = null)
    {
        var thread = new Thread(() =>
        {
            try
            {
                rules?.Invoke();
                RuntimeHelpers.RunClassConstructor(typeof(Documents.MarkdownParsing).TypeHandle);
                Claims.ClaimExtractor.PrepareParser();
                RuntimeHelpers.RunClassConstructor(typeof(Claims.ClaimLexicon).TypeHandle);
                RuntimeHelpers.RunClassConstructor(typeof(Claims.NumberWords).TypeHandle);
                _ = Attributions.AttributionLexicon.Default;
            }
            catch (Exception)
            {
                // Nothing is lost: whatever failed here runs again, and fails in the open, when the first document needs it.
            }
        })
        {
            IsBackground = true,
            Name = "start-up set-up",
        };
        thread.Start();
    }
}
