using Microsoft.CodeAnalysis.Text;

namespace NkContentLint.Text;

/// <summary>
/// Line starts of a text, breaking only at \n, \r\n and \r, as CommonMark, git and GitHub do.
/// Roslyn's SourceText also breaks at U+0085, U+2028 and U+2029; where the two differ this map wins,
/// so every reported line matches what a writer sees in their editor and on GitHub.
/// </summary>
public sealed class LineMap
{
    private readonly int[] lineStarts;
    private readonly int length;

    private LineMap(int[] lineStarts, int length)
    {
        this.lineStarts = lineStarts;
        this.length = length;
    }

    public int LineCount => lineStarts.Length;

    public static LineMap Create(string text)
    {
        var starts = new List<int>(text.Length / 40 + 1) { 0 };
        var span = text.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            var next = span[i..].IndexOfAny('\n', '\r');
            if (next < 0)
            {
                break;
            }

            i += next;
            if (span[i] == '\r' && i + 1 < span.Length && span[i + 1] == '\n')
            {
                i++;
            }

            i++;
            starts.Add(i);
        }

        return new LineMap(starts.ToArray(), text.Length);
    }

    /// <summary>Start offset of a 0-based line.</summary>
    public int GetLineStart(int line) => lineStarts[line];

    /// <summary>End offset of a 0-based line, excluding its line break.</summary>
    public int GetLineEnd(int line, string text)
    {
        var end = line + 1 < lineStarts.Length ? lineStarts[line + 1] : length;
        while (end > lineStarts[line] && (text[end - 1] == '\n' || text[end - 1] == '\r'))
        {
            end--;
        }

        return end;
    }

    public int GetLineIndex(int offset)
    {
        var index = Array.BinarySearch(lineStarts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    public LinePosition GetPosition(int offset)
    {
        offset = Math.Clamp(offset, 0, length);
        var line = GetLineIndex(offset);
        return new LinePosition(line, offset - lineStarts[line]);
    }

    public LinePositionSpan GetPositionSpan(TextSpan span) => new(GetPosition(span.Start), GetPosition(span.End));
}
