using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.CodeAnalysis.Text;

namespace NkContentLint.Documents;

/// <summary>When a document is parsed in parts: at least <see cref="Threshold"/> characters, parts of about <see cref="PartSize"/>.</summary>
internal sealed record MarkdownPartSettings(int Threshold, int PartSize)
{
    /// <summary>
    /// From 4 M characters (an 8 MB article; below it the whole document's tree is small next to the process),
    /// parts of about 256 K characters. Measured on the markup-dense 50 MB benchmark article, peak memory at the
    /// end of the parse: whole 792 MB; parts of 4 M characters 437 MB, 1 M 414 MB, 250 K 373 MB.
    /// </summary>
    public static MarkdownPartSettings Default { get; } = new(4_000_000, 256 * 1024);
}

/// <summary>
/// Parses a large document in bounded parts, so that only one part's Markdig tree is alive at a time (issue 12:
/// one inline object of 90–160 bytes per literal, emphasis, link and code span made a markup-dense 50 MB
/// article's tree several times its text). Each part is cut where the whole document's parse starts a new
/// top-level block, parsed on its own, its spans moved to offsets in the whole text and walked into the views by
/// the one <see cref="ProseViewBuilder"/>, then dropped. The views are those of a parse of the whole document
/// (tests compare them on every real article with parts lowered to a few hundred characters):
/// <list type="bullet">
/// <item>a cut is at the start of a line after a blank line, at indent 0, that opens no list item, block quote,
/// table row, footnote or setext underline, outside the front matter and outside fenced code and the HTML
/// blocks that may hold blank lines (comments, <c>&lt;pre&gt;</c>, <c>&lt;script&gt;</c>, <c>&lt;style&gt;</c>,
/// <c>&lt;textarea&gt;</c>, <c>&lt;?</c>, <c>&lt;!X</c>, CDATA), found by a line scan (<see cref="FindCuts"/>);</item>
/// <item>the scan is a guess the parser checks: a part whose last block is still open at its end (an unclosed
/// fence or HTML block, at any depth) is parsed again up to a later cut;</item>
/// <item>link reference definitions are document-wide: the parts are parsed once to gather them (first
/// definition of a label wins, as in one parse) and each part is parsed with all of them;</item>
/// <item>a document with footnote definitions is parsed whole: Markdig moves the footnotes it references to the
/// end of the document, ordered by first reference, and drops the others.</item>
/// </list>
/// </summary>
internal static class MarkdownParts
{
    private static readonly AsyncLocal<MarkdownPartSettings?> Override = new();

    /// <summary>The settings in force: the default, or what a test set with <see cref="Use"/> on this flow.</summary>
    public static MarkdownPartSettings Settings => Override.Value ?? MarkdownPartSettings.Default;

    /// <summary>Parts of <paramref name="settings"/> for the calls made on this flow (and tasks it starts) until disposed. Tests only.</summary>
    public static IDisposable Use(MarkdownPartSettings settings)
    {
        var previous = Override.Value;
        Override.Value = settings;
        return new Restore(previous);
    }

    /// <summary>The views of <paramref name="text"/>: from one parse, or from bounded parts when it is large.</summary>
    public static ProseView BuildViews(string text, IReadOnlyList<TextSpan> templateSpans)
    {
        var settings = Settings;
        if (text.Length < settings.Threshold || HasFootnoteDefinitions(text) || FindCuts(text) is not { Count: > 0 } cuts)
        {
            return ProseViewBuilder.Build(text, Markdown.Parse(text, MarkdownParsing.Pipeline), templateSpans);
        }

        var builder = ProseViewBuilder.Start(text);
        if (!text.Contains("]:", StringComparison.Ordinal))
        {
            // No link reference definitions anywhere: each part is walked as soon as it is parsed.
            Cut(text, cuts, settings.PartSize, builder.Visit);
            return builder.Finish(templateSpans);
        }

        // Definitions are document-wide: one pass gathers them (first wins), a second parses each part with all of them.
        Dictionary<string, LinkReferenceDefinition>? definitions = null;
        var parts = Cut(text, cuts, settings.PartSize, syntax => Gather(syntax, ref definitions));
        var grouped = false;
        foreach (var (start, end) in parts)
        {
            var syntax = ParsePart(text, start, end, definitions);
            if (syntax.GetData(typeof(LinkReferenceDefinitionGroup)) is LinkReferenceDefinitionGroup { Parent: not null } group)
            {
                // One parse puts the definitions' block where the first definition is; a later part's own is not there.
                if (grouped)
                {
                    syntax.Remove(group);
                }

                grouped = true;
            }

            builder.Visit(syntax);
        }

        return builder.Finish(templateSpans);
    }

    /// <summary>
    /// Parses <paramref name="text"/> in parts of about <paramref name="partSize"/> characters, each ending at one of
    /// <paramref name="cuts"/> and checked by its own parse (<see cref="EndsOpen"/>; after a failed check the part
    /// grows to a later cut, after four the rest is one part), hands each part's tree to <paramref name="onPart"/> in
    /// text order and returns the parts.
    /// </summary>
    internal static List<(int Start, int End)> Cut(string text, List<int> cuts, int partSize, Action<MarkdownDocument> onPart)
    {
        var parts = new List<(int, int)>();
        var start = 0;
        var next = 0; // index into cuts
        while (start < text.Length)
        {
            var target = start + partSize;
            for (var failures = 0; ; failures++)
            {
                while (next < cuts.Count && cuts[next] < target)
                {
                    next++;
                }

                var end = next < cuts.Count && failures < 4 ? cuts[next] : text.Length;
                var syntax = ParsePart(text, start, end, null);
                if (end < text.Length && EndsOpen(syntax, text, end))
                {
                    // Something runs on past this cut: try one at least half a part further.
                    target = end + Math.Max(partSize / 2, 1);
                    continue;
                }

                onPart(syntax);
                parts.Add((start, end));
                start = end;
                break;
            }
        }

        return parts;
    }

    /// <summary>One part parsed on its own, its spans moved to offsets in <paramref name="text"/>.</summary>
    private static MarkdownDocument ParsePart(string text, int start, int end, Dictionary<string, LinkReferenceDefinition>? definitions)
    {
        var part = start == 0 && end == text.Length ? text : text[start..end];
        var syntax = definitions is null
            ? Markdown.Parse(part, MarkdownParsing.Pipeline)
            : Markdown.Parse(part, MarkdownParsing.PartPipeline, new DefinitionsContext(definitions));
        if (start != 0)
        {
            Shift(syntax, start);
        }

        return syntax;
    }

    /// <summary>
    /// True when a block is still open at the end of the part (its last line): a fence with no closing fence or an
    /// HTML block with no end marker, at any depth of the last block. The whole document's parse would carry it on
    /// past the cut, so the cut is not at a block boundary.
    /// </summary>
    internal static bool EndsOpen(MarkdownDocument syntax, string text, int end)
    {
        Block? block = syntax.LastChild;
        while (block is not null)
        {
            switch (block)
            {
                case FencedCodeBlock fenced when fenced.ClosingFencedCharCount == 0:
                    return true;
                case HtmlBlock html when EndMarkers(html.Type) is { } markers:
                    {
                        var from = Math.Clamp(html.Span.Start, 0, end);
                        var range = text.AsSpan(from, end - from);
                        var closed = false;
                        foreach (var marker in markers)
                        {
                            closed |= range.Contains(marker, StringComparison.OrdinalIgnoreCase);
                        }

                        if (!closed)
                        {
                            return true;
                        }

                        break;
                    }

            }

            block = block is ContainerBlock container ? container.LastChild : null;
        }

        return false;
    }

    private static string[]? EndMarkers(HtmlBlockType type) => type switch
    {
        HtmlBlockType.Comment => ["-->"],
        HtmlBlockType.CData => ["]]>"],
        HtmlBlockType.ProcessingInstruction => ["?>"],
        HtmlBlockType.DocumentType => [">"],
        HtmlBlockType.ScriptPreOrStyle => ["</script>", "</pre>", "</style>", "</textarea>"],
        _ => null,
    };

    /// <summary>Adds a part's link reference definitions to the document's (a label's first definition wins), copied so that no tree is kept.</summary>
    private static void Gather(MarkdownDocument syntax, ref Dictionary<string, LinkReferenceDefinition>? definitions)
    {
        if (syntax.GetData(typeof(LinkReferenceDefinitionGroup)) is not LinkReferenceDefinitionGroup group || group.Links.Count == 0)
        {
            return;
        }

        definitions ??= new Dictionary<string, LinkReferenceDefinition>(group.Links.Comparer);
        foreach (var (label, definition) in group.Links)
        {
            if (!definitions.ContainsKey(label))
            {
                definitions.Add(label, new LinkReferenceDefinition(definition.Label, definition.Url, definition.Title));
            }
        }
    }

    /// <summary>
    /// Whether a line opens a footnote definition (<c>[^label]:</c> after at most three spaces). Markdig moves
    /// the footnotes to the end of the document and drops the unreferenced ones, which a part cannot know.
    /// </summary>
    internal static bool HasFootnoteDefinitions(string text)
    {
        for (var at = text.IndexOf("[^", StringComparison.Ordinal); at >= 0; at = text.IndexOf("[^", at + 2, StringComparison.Ordinal))
        {
            var lineStart = at;
            while (lineStart > 0 && at - lineStart < 4 && text[lineStart - 1] == ' ')
            {
                lineStart--;
            }

            if (at - lineStart <= 3 && (lineStart == 0 || text[lineStart - 1] is '\n' or '\r')
                && Line(text, at, out _).Contains("]:", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Offsets where a part may start, in order: the start of a line that follows a blank line, at indent 0, that
    /// opens no list item, block quote, table row, footnote, link reference or setext underline, outside the front
    /// matter, fenced code and the HTML blocks that may hold blank lines. A guess checked by <see cref="EndsOpen"/>.
    /// </summary>
    internal static List<int> FindCuts(string text)
    {
        var cuts = new List<int>();
        var position = 0;
        if (IsDashes(Line(text, 0, out var afterFirst)))
        {
            // Front matter: no cut before its closing line (nor anywhere when it has none).
            position = afterFirst;
            while (true)
            {
                if (position >= text.Length)
                {
                    return cuts;
                }

                var line = Line(text, position, out var after);
                position = after;
                if (IsDashes(line) || line.TrimEnd(" \t").SequenceEqual("..."))
                {
                    break;
                }
            }
        }

        var previousBlank = false;
        var fence = '\0';
        var fenceLength = 0;
        string[]? htmlEnd = null;
        while (position < text.Length)
        {
            var lineStart = position;
            var line = Line(text, position, out position);
            var blank = line.TrimStart(" \t").IsEmpty;
            if (fence != '\0')
            {
                if (IsFence(line, out var c, out var n) && c == fence && n >= fenceLength && line.TrimStart(" ").TrimStart(c).Trim(" \t").IsEmpty)
                {
                    fence = '\0';
                }

                previousBlank = false;
                continue;
            }

            if (htmlEnd is not null)
            {
                if (ContainsAny(line, htmlEnd))
                {
                    htmlEnd = null;
                }

                previousBlank = blank;
                continue;
            }

            if (previousBlank && !blank && lineStart > 0 && IsSafeStart(line))
            {
                cuts.Add(lineStart);
            }

            // Openers, also behind block quote markers and list markers: a guess on the safe side.
            var content = StripContainers(line);
            if (IsFence(content, out var opener, out var length))
            {
                (fence, fenceLength) = (opener, length);
            }
            else if (HtmlEnd(content) is { } markers && !ContainsAny(line, markers))
            {
                htmlEnd = markers;
            }

            previousBlank = blank;
        }

        return cuts;
    }

    private static ReadOnlySpan<char> Line(string text, int start, out int next)
    {
        var end = text.AsSpan(start).IndexOfAny('\n', '\r');
        if (end < 0)
        {
            next = text.Length;
            return text.AsSpan(start);
        }

        end += start;
        next = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        return text.AsSpan(start, end - start);
    }

    private static bool IsDashes(ReadOnlySpan<char> line) => line.TrimEnd(" \t").SequenceEqual("---");

    private static bool IsSafeStart(ReadOnlySpan<char> line)
    {
        if (line[0] is ' ' or '\t' or '>' or '-' or '+' or '*' or '=' or '|' or '[' or ':' or '_' or '~' or '`' or '<' || line.Contains('|'))
        {
            return false;
        }

        // An ordered list item: up to nine digits, then '.' or ')' and a space or the end of the line.
        var digits = 0;
        while (digits < line.Length && char.IsAsciiDigit(line[digits]))
        {
            digits++;
        }

        return !(digits is > 0 and <= 9 && digits < line.Length && line[digits] is '.' or ')'
            && (digits + 1 == line.Length || line[digits + 1] is ' ' or '\t'));
    }

    /// <summary>The line after any block quote markers and list item markers (a guess: the parser checks the cut).</summary>
    private static ReadOnlySpan<char> StripContainers(ReadOnlySpan<char> line)
    {
        while (true)
        {
            var trimmed = line.TrimStart(" \t");
            if (trimmed.Length > 0 && trimmed[0] == '>')
            {
                line = trimmed[1..];
                continue;
            }

            if (trimmed.Length > 1 && trimmed[0] is '-' or '+' or '*' && trimmed[1] is ' ' or '\t')
            {
                line = trimmed[1..];
                continue;
            }

            var digits = 0;
            while (digits < trimmed.Length && char.IsAsciiDigit(trimmed[digits]))
            {
                digits++;
            }

            if (digits is > 0 and <= 9 && digits + 1 < trimmed.Length && trimmed[digits] is '.' or ')' && trimmed[digits + 1] is ' ' or '\t')
            {
                line = trimmed[(digits + 1)..];
                continue;
            }

            return trimmed;
        }
    }

    private static bool IsFence(ReadOnlySpan<char> line, out char fence, out int length)
    {
        var trimmed = line.TrimStart(' ');
        fence = trimmed.Length > 0 ? trimmed[0] : '\0';
        length = 0;
        if (line.Length - trimmed.Length > 3 || fence is not ('`' or '~'))
        {
            return false;
        }

        while (length < trimmed.Length && trimmed[length] == fence)
        {
            length++;
        }

        return length >= 3 && (fence == '~' || !trimmed[length..].Contains('`'));
    }

    /// <summary>The end markers of an HTML block that may hold blank lines opened by this line, or null.</summary>
    private static string[]? HtmlEnd(ReadOnlySpan<char> line)
    {
        if (line.Length < 2 || line[0] != '<')
        {
            return null;
        }

        if (line.StartsWith("<!--"))
        {
            return ["-->"];
        }

        if (line.StartsWith("<![CDATA["))
        {
            return ["]]>"];
        }

        if (line.StartsWith("<?"))
        {
            return ["?>"];
        }

        if (line.StartsWith("<!") && line.Length > 2 && char.IsAsciiLetter(line[2]))
        {
            return [">"];
        }

        foreach (var tag in (ReadOnlySpan<string>)["script", "pre", "style", "textarea"])
        {
            if (line[1..].StartsWith(tag, StringComparison.OrdinalIgnoreCase)
                && (line.Length == tag.Length + 1 || line[tag.Length + 1] is ' ' or '\t' or '>'))
            {
                return ["</script>", "</pre>", "</style>", "</textarea>"];
            }
        }

        return null;
    }

    private static bool ContainsAny(ReadOnlySpan<char> line, string[] markers)
    {
        foreach (var marker in markers)
        {
            if (line.Contains(marker, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Moves every block's and inline's span by <paramref name="offset"/> (unset spans stay unset).</summary>
    private static void Shift(MarkdownDocument syntax, int offset)
    {
        var blocks = new Stack<Block>();
        blocks.Push(syntax);
        var inlines = new Stack<Inline>();
        while (blocks.Count > 0)
        {
            var block = blocks.Pop();
            Move(ref block.Span, offset);
            if (block is ContainerBlock container)
            {
                foreach (var child in container)
                {
                    blocks.Push(child);
                }
            }
            else if (block is LeafBlock { Inline: { } root })
            {
                inlines.Push(root);
                while (inlines.Count > 0)
                {
                    var inline = inlines.Pop();
                    Move(ref inline.Span, offset);
                    if (inline is ContainerInline nested)
                    {
                        for (var child = nested.FirstChild; child is not null; child = child.NextSibling)
                        {
                            inlines.Push(child);
                        }
                    }
                }
            }
        }
    }

    private static void Move(ref SourceSpan span, int offset)
    {
        if (span.Start != SourceSpan.Empty.Start || span.End != SourceSpan.Empty.End)
        {
            span = new SourceSpan(span.Start + offset, span.End + offset);
        }
    }

    private sealed class Restore(MarkdownPartSettings? previous) : IDisposable
    {
        public void Dispose() => Override.Value = previous;
    }

    /// <summary>The document's link reference definitions, handed to each part's parse.</summary>
    private sealed class DefinitionsContext(Dictionary<string, LinkReferenceDefinition> definitions) : MarkdownParserContext
    {
        public Dictionary<string, LinkReferenceDefinition> Definitions { get; } = definitions;

        public bool Given { get; set; }
    }

    /// <summary>
    /// Gives a part's parse the document's link reference definitions before the first link is resolved: placed
    /// before Markdig's link parser on the characters where it looks definitions up, it never matches anything.
    /// Every definition replaces the part's own, so a label means what its first definition in the document says.
    /// </summary>
    internal sealed class DefinitionInjector : InlineParser
    {
        public DefinitionInjector()
        {
            OpeningCharacters = ['[', ']', '!'];
        }

        public override bool Match(InlineProcessor processor, ref StringSlice slice)
        {
            if (processor.Context is DefinitionsContext { Given: false } context)
            {
                context.Given = true;
                var group = processor.Document.GetLinkReferenceDefinitions(addGroup: false);
                foreach (var (label, definition) in context.Definitions)
                {
                    group.Links[label] = definition;
                }
            }

            return false;
        }
    }
}
