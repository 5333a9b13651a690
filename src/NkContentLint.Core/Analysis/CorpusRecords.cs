using System.Collections.Concurrent;

namespace NkContentLint.Analysis;

/// <summary>
/// One piece of a corpus action's per-document state, saved as JSON: what a content cache keeps for an
/// article it does not analyse again, and what a shard hands to <c>nkcontentlint merge</c>. The
/// <see cref="Kind"/> names the analyzer's format and its version (<c>NK2004/figures/1</c>).
/// </summary>
internal sealed record CorpusRecord(string Kind, string Json);

/// <summary>
/// The channel through which a corpus action's document action saves its per-document state
/// (<see cref="CorpusStartAnalysisContext.RegisterCorpusRecords"/>). Recording costs nothing when the
/// run keeps no records (no cache, no shard file).
/// </summary>
public sealed class CorpusRecorder
{
    private readonly string kind;
    private readonly Action<string, CorpusRecord>? sink;

    internal CorpusRecorder(string kind, Action<string, CorpusRecord>? sink)
    {
        this.kind = kind;
        this.sink = sink;
    }

    /// <summary>Whether records are kept in this run; when false, <see cref="Record"/> does nothing.</summary>
    public bool IsRecording => sink is not null;

    /// <summary>Saves one record of <paramref name="document"/>'s state (already serialized to JSON).</summary>
    public void Record(DocumentAnalysisContext document, string json) => sink?.Invoke(document.Document.Path, new CorpusRecord(kind, json));
}

/// <summary>The records of one run, by document path (thread-safe: documents are analysed in parallel).</summary>
internal sealed class CorpusRecordStore
{
    private readonly ConcurrentDictionary<string, List<CorpusRecord>> byPath = new(StringComparer.Ordinal);

    public void Add(string path, CorpusRecord record)
    {
        var list = byPath.GetOrAdd(path, _ => []);
        lock (list)
        {
            list.Add(record);
        }
    }

    public IReadOnlyList<CorpusRecord> Take(string path) => byPath.TryRemove(path, out var list) ? list : [];
}
