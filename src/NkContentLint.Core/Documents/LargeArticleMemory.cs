namespace NkContentLint.Documents;

/// <summary>
/// What a very large article does to keep its peak memory near its live size (issue 12, row 13): each rule's and
/// each view's garbage (scans, match lists, builders) would otherwise pile up beside the document before the
/// collector gives memory back. Articles under <see cref="Chars"/> never pay for it.
/// </summary>
internal static class LargeArticleMemory
{
    /// <summary>Articles at least this long (in UTF-16 characters: 8 MB of ASCII) count as very large.</summary>
    public const int Chars = 8 * 1024 * 1024;

    public static bool IsLarge(ContentDocument document) => document.Text.Length >= Chars;

    /// <summary>A compacting collection, large objects included, when <paramref name="document"/> is very large.</summary>
    public static void CollectAfterWorkOn(ContentDocument document)
    {
        if (IsLarge(document))
        {
            Collect();
        }
    }

    /// <summary>
    /// A compacting collection, large objects included: also once a very large article's analysis is over, so that
    /// its dead document (several hundred MB in the oldest generation, which the collections that reporting triggers
    /// do not reach) is given back before the findings are finished, sorted and written.
    /// </summary>
    public static void Collect()
    {
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    /// <summary><paramref name="view"/>, after the collection a very large document gets once a view is built.</summary>
    public static T Built<T>(ContentDocument document, T view)
    {
        CollectAfterWorkOn(document);
        return view;
    }
}
