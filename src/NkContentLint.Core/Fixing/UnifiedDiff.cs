using System.Text;

namespace NkContentLint.Fixing;

/// <summary>A unified diff (<c>--- a/</c>, <c>+++ b/</c>, <c>@@</c> hunks with three lines of context).</summary>
internal static class UnifiedDiff
{
    private const int Context = 3;
    private const long MaxTableCells = 4_000_000;

    public static string Create(string path, string before, string after)
    {
        var oldLines = SplitLines(before);
        var newLines = SplitLines(after);
        var edits = Compare(oldLines, newLines);
        if (edits.All(e => e.Kind == ' '))
        {
            return string.Empty;
        }

        var output = new StringBuilder();
        output.Append("--- a/").Append(path).Append('\n').Append("+++ b/").Append(path).Append('\n');
        var i = 0;
        while (i < edits.Count)
        {
            if (edits[i].Kind == ' ')
            {
                i++;
                continue;
            }

            // Grow a hunk while changes are within 2 × context lines of each other.
            var start = Math.Max(0, i - Context);
            var end = i;
            var quiet = 0;
            for (var k = i; k < edits.Count; k++)
            {
                quiet = edits[k].Kind == ' ' ? quiet + 1 : 0;
                end = k;
                if (quiet > 2 * Context)
                {
                    end = k - quiet + Context;
                    break;
                }
            }

            end = Math.Min(end, edits.Count - 1);
            var hunk = edits.GetRange(start, end - start + 1);
            var oldStart = edits.Take(start).Count(e => e.Kind != '+') + 1;
            var newStart = edits.Take(start).Count(e => e.Kind != '-') + 1;
            output.Append($"@@ -{oldStart},{hunk.Count(e => e.Kind != '+')} +{newStart},{hunk.Count(e => e.Kind != '-')} @@\n");
            foreach (var edit in hunk)
            {
                output.Append(edit.Kind).Append(edit.Line.TrimEnd('\r', '\n')).Append('\n');
            }

            i = end + 1;
        }

        return output.ToString();
    }

    private static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                lines.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return lines;
    }

    private static List<(char Kind, string Line)> Compare(List<string> a, List<string> b)
    {
        var prefix = 0;
        while (prefix < a.Count && prefix < b.Count && a[prefix] == b[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < a.Count - prefix && suffix < b.Count - prefix && a[a.Count - 1 - suffix] == b[b.Count - 1 - suffix])
        {
            suffix++;
        }

        var result = a.Take(prefix).Select(l => (' ', l)).ToList();
        var oldMiddle = a.GetRange(prefix, a.Count - prefix - suffix);
        var newMiddle = b.GetRange(prefix, b.Count - prefix - suffix);
        if (oldMiddle.Count == newMiddle.Count)
        {
            // Fixes rewrite lines in place: compare them pairwise, removals of a run before its additions.
            for (var k = 0; k < oldMiddle.Count;)
            {
                if (oldMiddle[k] == newMiddle[k])
                {
                    result.Add((' ', oldMiddle[k++]));
                    continue;
                }

                var run = k;
                while (run < oldMiddle.Count && oldMiddle[run] != newMiddle[run])
                {
                    run++;
                }

                result.AddRange(oldMiddle[k..run].Select(l => ('-', l)));
                result.AddRange(newMiddle[k..run].Select(l => ('+', l)));
                k = run;
            }
        }
        else if ((long)oldMiddle.Count * newMiddle.Count <= MaxTableCells)
        {
            result.AddRange(LongestCommonSubsequence(oldMiddle, newMiddle));
        }
        else
        {
            result.AddRange(oldMiddle.Select(l => ('-', l)));
            result.AddRange(newMiddle.Select(l => ('+', l)));
        }

        result.AddRange(a.Skip(a.Count - suffix).Select(l => (' ', l)));
        return result;
    }

    private static IEnumerable<(char, string)> LongestCommonSubsequence(List<string> a, List<string> b)
    {
        var table = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
        {
            for (var j = b.Count - 1; j >= 0; j--)
            {
                table[i, j] = a[i] == b[j] ? table[i + 1, j + 1] + 1 : Math.Max(table[i + 1, j], table[i, j + 1]);
            }
        }

        int x = 0, y = 0;
        while (x < a.Count || y < b.Count)
        {
            if (x < a.Count && y < b.Count && a[x] == b[y])
            {
                yield return (' ', a[x++]);
                y++;
            }
            else if (y < b.Count && (x == a.Count || table[x, y + 1] >= table[x + 1, y]))
            {
                yield return ('+', b[y++]);
            }
            else
            {
                yield return ('-', a[x++]);
            }
        }
    }
}
