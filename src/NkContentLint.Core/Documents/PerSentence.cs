namespace NkContentLint.Documents;

/// <summary>
/// Work done for each sentence on its own (reading its claims, finding its attributions), spread over the
/// cores when a document is long enough to be worth it. Files are already linted in parallel, so an
/// ordinary article stays on its one thread; a single long article (a book, a 50 MB export) would
/// otherwise keep one core busy while the others idle.
/// </summary>
internal static class PerSentence
{
    /// <summary>Sentences from which one document's per-sentence work is shared out (about 400 KB of prose).</summary>
    internal const int ParallelFrom = 4096;

    /// <summary>A threshold set by a test for the views it builds on its own thread (<see cref="ParallelFromOnThisThread"/>).</summary>
    [ThreadStatic]
    private static int? parallelFromOnThisThread;

    /// <summary>
    /// Until disposed, views built on this thread share out their sentences from <paramref name="sentences"/> on: tests
    /// compare a document read in parallel with one read in order without touching other tests' threshold.
    /// </summary>
    internal static IDisposable ParallelFromOnThisThread(int sentences)
    {
        var before = parallelFromOnThisThread;
        parallelFromOnThisThread = sentences;
        return new Restore(() => parallelFromOnThisThread = before);
    }

    /// <summary>
    /// <paramref name="map"/> of every sentence, in document order. <paramref name="map"/> must read only the
    /// sentence and state shared read-only: the sentences are taken in parallel, in contiguous ranges.
    /// </summary>
    public static T[] Map<T>(IReadOnlyList<Sentence> sentences, Func<Sentence, T> map)
    {
        var results = new T[sentences.Count];
        if (sentences.Count < (parallelFromOnThisThread ?? ParallelFrom) || Environment.ProcessorCount < 2)
        {
            for (var i = 0; i < results.Length; i++)
            {
                results[i] = map(sentences[i]);
            }

            return results;
        }

        // Ranges of a few hundred sentences: large enough that scheduling costs nothing, small enough that
        // the cores finish together.
        var ranges = System.Collections.Concurrent.Partitioner.Create(0, sentences.Count, 256);
        Parallel.ForEach(ranges, range =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
            {
                results[i] = map(sentences[i]);
            }
        });
        return results;
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
