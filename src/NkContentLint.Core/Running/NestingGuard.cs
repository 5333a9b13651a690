namespace NkContentLint.Running;

/// <summary>
/// A linear pre-scan for Markdown nested deeper than the parser accepts. Markdig stops at a block
/// depth of 128 (a nested list level is two blocks, a block quote one), but only after work that
/// grows with the square of the depth: a 3,000-level list took 75 s to fail. This scan finds the
/// same files in one pass, so they are NK0001 at once. It never counts more depth than the parser
/// would build (code blocks, fenced code and over-indented markers are not counted), so a file it
/// rejects is one the parser would reject too.
/// </summary>
internal static class NestingGuard
{
    /// <summary>The parser's block depth limit.</summary>
    public const int MaxDepth = 128;

    /// <summary>The 1-based line where nesting first exceeds <see cref="MaxDepth"/>, or null.</summary>
    public static int? FindTooDeep(string text)
    {
        var items = new Stack<int>(); // content column of each open list item
        var line = 0;
        var fence = '\0';
        var fenceLength = 0;
        for (var start = 0; start < text.Length; line++)
        {
            var end = text.IndexOf('\n', start);
            if (end < 0)
            {
                end = text.Length;
            }

            var span = text.AsSpan(start, end - start).TrimEnd('\r');
            start = end + 1;

            var pos = 0;
            var quotes = 0;
            while (true)
            {
                var spaces = 0;
                while (pos + spaces < span.Length && span[pos + spaces] == ' ' && spaces < 4)
                {
                    spaces++;
                }

                if (spaces < 4 && pos + spaces < span.Length && span[pos + spaces] == '>')
                {
                    quotes++;
                    pos += spaces + 1;
                    if (pos < span.Length && span[pos] == ' ')
                    {
                        pos++;
                    }

                    continue;
                }

                break;
            }

            var column = 0;
            while (pos < span.Length && span[pos] is ' ' or '\t')
            {
                column += span[pos] == '\t' ? 4 - (column % 4) : 1;
                pos++;
            }

            var rest = span[pos..];
            if (rest.IsEmpty)
            {
                continue;
            }

            // Fenced code: nothing inside counts.
            var run = 0;
            while (run < rest.Length && rest[run] is '`' or '~' && rest[run] == rest[0])
            {
                run++;
            }

            if (fence != '\0')
            {
                if (run >= fenceLength && rest[0] == fence)
                {
                    fence = '\0';
                }

                continue;
            }

            if (run >= 3)
            {
                fence = rest[0];
                fenceLength = run;
                continue;
            }

            // This line is outside every item whose content starts to its right.
            while (items.Count > 0 && column < items.Peek())
            {
                items.Pop();
            }

            var marker = ListMarkerWidth(rest);
            var parentContent = items.Count == 0 ? 0 : items.Peek();
            if (marker > 0 && column <= parentContent + 3)
            {
                var after = marker;
                var spaces = 0;
                while (after < rest.Length && rest[after] == ' ' && spaces < 5)
                {
                    after++;
                    spaces++;
                }

                items.Push(column + marker + (spaces is 0 or 5 ? 1 : spaces));
            }

            if (quotes + (2 * items.Count) > MaxDepth)
            {
                return line + 1;
            }
        }

        return null;
    }

    /// <summary>The width of a list marker (<c>-</c>, <c>*</c>, <c>+</c>, <c>1.</c>, <c>1)</c>) followed by a space or the line's end; 0 if none.</summary>
    private static int ListMarkerWidth(ReadOnlySpan<char> rest)
    {
        if (rest[0] is '-' or '*' or '+')
        {
            return rest.Length == 1 || rest[1] is ' ' or '\t' ? 1 : 0;
        }

        var digits = 0;
        while (digits < rest.Length && digits < 9 && char.IsAsciiDigit(rest[digits]))
        {
            digits++;
        }

        if (digits == 0 || digits >= rest.Length || rest[digits] is not ('.' or ')'))
        {
            return 0;
        }

        return digits + 1 == rest.Length || rest[digits + 1] is ' ' or '\t' ? digits + 1 : 0;
    }
}
