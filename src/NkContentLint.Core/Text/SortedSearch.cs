namespace NkContentLint.Text;

/// <summary>
/// Binary search over items kept in text order (spans, names, citations): the views the rules look up
/// by position are sorted once, so a lookup costs a logarithm, not a scan of the document.
/// </summary>
public static class SortedSearch
{
    /// <summary>
    /// The first index below <paramref name="count"/> whose item is not before the point sought, where
    /// <paramref name="isBefore"/> is true for a prefix of the indices and false after it; else <paramref name="count"/>.
    /// </summary>
    public static int FirstNotBefore(int count, Func<int, bool> isBefore)
    {
        int lo = 0, hi = count;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (isBefore(mid))
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
