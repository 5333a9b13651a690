using System.Text;
using Markdig;
using NkContentLint.Documents;
using NkContentLint.Tests.Cli;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Engine;

/// <summary>
/// A large document is parsed in bounded parts (issue 12, row 13); its views must be those of one parse of the
/// whole. With the threshold lowered to nothing and parts of a few hundred characters, every real article and
/// sample is cut into many parts and compared with its whole parse, view by view and finding by finding.
/// </summary>
public sealed class MarkdownPartsTests
{
    /// <summary>Every article parsed in parts of about this many characters (most real pages give 10–60 parts).</summary>
    private static readonly MarkdownPartSettings Tiny = new(Threshold: 0, PartSize: 300);

    /// <summary>Every cut the scanner finds is tried: parts of one paragraph.</summary>
    private static readonly MarkdownPartSettings EveryCut = new(Threshold: 0, PartSize: 1);

    public static TheoryData<string> Splits()
    {
        var data = new TheoryData<string>();
        foreach (var split in Directory.GetDirectories(RepositoryPaths.Combine("tests", "corpora", "real")).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepositoryPaths.Root, split).Replace('\\', '/'));
        }

        data.Add("samples");
        return data;
    }

    [Theory]
    [MemberData(nameof(Splits))]
    public void EveryArticleCutIntoPartsHasTheViewsOfItsWholeParse(string split)
    {
        var files = Directory.EnumerateFiles(RepositoryPaths.Combine(split), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        var cutIntoMany = 0;
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var whole = Dump(ContentDocument.Parse(file, text));
            foreach (var settings in new[] { Tiny, EveryCut })
            {
                using (MarkdownParts.Use(settings))
                {
                    Assert.Equal(whole, Dump(ContentDocument.Parse(file, text)));
                }
            }

            if (!MarkdownParts.HasFootnoteDefinitions(text) && PartsOf(text, Tiny.PartSize) >= 3)
            {
                cutIntoMany++;
            }
        }

        // The comparison means something only if the articles were cut: all but the shortest (a stored opening of a
        // paragraph or two; blind9 has eight) and the ones with footnotes.
        Assert.True(cutIntoMany >= files.Count * 2 / 3 || split == "samples" && cutIntoMany >= 3, $"{cutIntoMany} of {files.Count} articles were cut into 3 parts or more");
    }

    [Theory]
    [MemberData(nameof(Splits))]
    public void EverySplitCutIntoPartsGivesByteIdenticalFindings(string split)
    {
        // A copy, away from the repository's configuration (which excludes tests/ and samples/README.md).
        using var temp = new TempDirectory();
        var source = RepositoryPaths.Combine(split);
        foreach (var file in Directory.EnumerateFiles(source, "*.md", SearchOption.AllDirectories))
        {
            var target = Path.Combine(temp.Path, "split", Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var (exit, whole, _) = CliRunner.Run(temp.Path, ["split", "--format", "json"]);
        Assert.Contains("\"ruleId\"", whole);
        using (MarkdownParts.Use(Tiny))
        {
            var (partsExit, parts, _) = CliRunner.Run(temp.Path, ["split", "--format", "json"]);
            Assert.Equal(exit, partsExit);
            Assert.Equal(whole, parts);
        }
    }

    [Fact]
    public void AnArticleOfManyParagraphsIsCutAtParagraphStarts()
    {
        var text = string.Concat(Enumerable.Range(0, 50).Select(i => $"Paragraph {i} says that 12% of users in {2000 + i} agreed.\n\n"));
        var cuts = MarkdownParts.FindCuts(text);
        Assert.Equal(49, cuts.Count);
        Assert.All(cuts, c => Assert.StartsWith("Paragraph ", text[c..]));
        Assert.Equal(50, PartsOf(text, 1));
        AssertSameViews(text);
    }

    [Theory]
    [InlineData("fenced code with blank lines", "Intro.\n\n```text\nfirst\n\nNot a paragraph: still code.\n\n~~~\nstill code\n```\n\nAfter.\n", "Not a paragraph")]
    [InlineData("a longer closing fence only", "Intro.\n\n````\ncode\n\n```\n\ninside yet\n````\n\nAfter.\n", "inside yet")]
    [InlineData("tilde fence", "Intro.\n\n~~~\ncode\n\nInside the tilde fence.\n~~~\n\nAfter.\n", "Inside the tilde")]
    [InlineData("HTML comment across blank lines", "Intro.\n\n<!-- a note\n\nStill in the comment.\n\n-->\n\nAfter.\n", "Still in")]
    [InlineData("pre block across blank lines", "Intro.\n\n<pre>\nline\n\nStill preformatted.\n</pre>\n\nAfter.\n", "Still pre")]
    [InlineData("script across blank lines", "Intro.\n\n<SCRIPT>\nvar a;\n\nStill script.\n</script>\n\nAfter.\n", "Still script")]
    [InlineData("processing instruction", "Intro.\n\n<?php\n\nStill php.\n?>\n\nAfter.\n", "Still php")]
    [InlineData("CDATA", "Intro.\n\n<![CDATA[\n\nStill data.\n]]>\n\nAfter.\n", "Still data")]
    [InlineData("declaration", "Intro.\n\n<!DOCTYPE\n\nStill declared\n>\n\nAfter.\n", "Still declared")]
    [InlineData("list items after a blank line", "Intro.\n\n- one\n\n- two\n\n1. three\n\n2) four\n\n* five\n\n+ six\n\nAfter.\n", "- two")]
    [InlineData("block quote after a blank line", "Intro.\n\n> one\n\n> two\n\nAfter.\n", "> two")]
    [InlineData("table rows", "Intro.\n\nName | Users\n--- | ---\nKoryolink | 6 million\n\nAfter.\n", "Name | Users")]
    [InlineData("setext underline", "Intro.\n\nTitle\n=====\n\nAfter.\n", "=====")]
    [InlineData("indented continuation of a list item", "- item\n\n  more of the item\n\nAfter.\n", "  more")]
    public void NoCutInsideABlockThatHoldsBlankLinesOrContinuesAList(string name, string text, string notAt)
    {
        var forbidden = text.IndexOf(notAt, StringComparison.Ordinal);
        Assert.True(forbidden > 0, name);
        var cuts = MarkdownParts.FindCuts(text);
        Assert.DoesNotContain(forbidden, cuts);
        Assert.Contains(text.IndexOf("After.", StringComparison.Ordinal), cuts);
        AssertSameViews(text);
    }

    [Theory]
    [InlineData("Intro, before a table.\n\nNo pipes on this line\na | b\n--|--\n1 | 2\n\nAfter.\n")]
    [InlineData("# Heading before a list\n\n- item\n\nAfter.\n")]
    [InlineData("A paragraph before a table.\n\n| a | b |\n| --- | --- |\n| 1 | 2 |\n")]
    public void ABlockFollowedByAListOrTableKeepsItsFlagWhenCut(string text)
    {
        AssertSameViews(text);
        Assert.Contains(ContentDocument.Parse("a.md", text).ProseBlocks, b => b.IsFollowedByListOrTable);
    }

    [Fact]
    public void FrontMatterWithBlankLinesIsNeverCut()
    {
        const string text = "---\ntitle: A\n\ndescription: B\n\n---\n\nFirst paragraph.\n\nSecond paragraph.\n";
        var cuts = MarkdownParts.FindCuts(text);
        Assert.Equal([text.IndexOf("First", StringComparison.Ordinal), text.IndexOf("Second", StringComparison.Ordinal)], cuts);
        AssertSameViews(text);
        using (MarkdownParts.Use(EveryCut))
        {
            Assert.Equal(TextSpanOf(text, "---\ntitle: A\n\ndescription: B\n\n---"), ContentDocument.Parse("a.md", text).FrontMatterSpan);
        }

        // No closing line: no front matter for Markdig, and no cut at all (a guess on the safe side).
        Assert.Empty(MarkdownParts.FindCuts("---\ntitle: A\n\nFirst.\n\nSecond.\n"));
    }

    [Fact]
    public void APartThatStartsWithThreeDashesIsNotCut()
    {
        // A part's parse would take "---" at its first line for front matter.
        const string text = "Intro.\n\n---\n\nMiddle.\n\n---\n\nAfter.\n";
        Assert.DoesNotContain(text.IndexOf("---", StringComparison.Ordinal), MarkdownParts.FindCuts(text));
        AssertSameViews(text);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void OtherLineEndsAreCutTheSameWay(string newline)
    {
        var text = "Intro.\n\n```\ncode\n\nin code\n```\n\nAfter, with 5% of users.\n\n- a\n\n- b\n\nEnd.\n".Replace("\n", newline, StringComparison.Ordinal);
        var cuts = MarkdownParts.FindCuts(text);
        Assert.Equal([text.IndexOf("After", StringComparison.Ordinal), text.IndexOf("End.", StringComparison.Ordinal)], cuts);
        AssertSameViews(text);
    }

    [Fact]
    public void AWrongGuessOfTheScanIsCaughtByTheParse()
    {
        // The scan takes the fence inside the HTML block for an opener and the real opener for its closer, so it
        // offers a cut inside the real fence; the part's parse ends in an unclosed fence, and the part grows.
        const string text = "<div>\n```\n</div>\n\n```\ncode\n\nInside the fence.\n```\n\nAfter.\n";
        var inside = text.IndexOf("Inside", StringComparison.Ordinal);
        Assert.Contains(inside, MarkdownParts.FindCuts(text));
        var whole = Markdown.Parse(text, MarkdownParsing.Pipeline);
        Assert.False(MarkdownParts.EndsOpen(whole, text, text.Length));
        Assert.True(MarkdownParts.EndsOpen(Markdown.Parse(text[..inside], MarkdownParsing.Pipeline), text, inside));
        // The scan, out of step, offers no cut after that one; with a later one the part grows to it, then goes on.
        Assert.Equal([(0, text.Length)], MarkdownParts.Cut(text, MarkdownParts.FindCuts(text), 1, _ => { }));
        var after = text.IndexOf("After.", StringComparison.Ordinal);
        Assert.Equal([(0, after), (after, text.Length)], MarkdownParts.Cut(text, [inside, after], 1, _ => { }));
        AssertSameViews(text);
    }

    [Fact]
    public void AnUnclosedHtmlCommentAtAPartsEndIsCaught()
    {
        // A comment opened behind a list marker: the scan's guess, checked by the parse, either way.
        const string text = "Intro.\n\n- <!-- open\n\n  Inside.\n\n  -->\n\nAfter.\n";
        AssertSameViews(text);
        const string top = "Intro.\n\n<!-- open\n\nInside.\n\n-->\n\nAfter.\n";
        var inside = top.IndexOf("Inside", StringComparison.Ordinal);
        Assert.True(MarkdownParts.EndsOpen(Markdown.Parse(top[..inside], MarkdownParsing.Pipeline), top, inside));
        AssertSameViews(top);
    }

    [Fact]
    public void ReferenceDefinitionsAreSharedAcrossPartsAndTheFirstDefinitionWins()
    {
        const string text = "See [the report][r] and [Koryolink] and ![chart][c].\n\n"
            + "Middle paragraph, [again][R].\n\n"
            + "[r]: https://example.org/first\n\n"
            + "Later, [the report][r] once more.\n\n"
            + "[r]: https://example.org/second\n[Koryolink]: https://example.org/k \"Title\"\n\n"
            + "> [c]: chart.png\n\n"
            + "End with [an undefined one][x].\n";
        using (MarkdownParts.Use(EveryCut))
        {
            Assert.Equal(4, PartsOf(text, 1));
            var parts = ContentDocument.Parse("a.md", text);
            Assert.Equal(
                ["https://example.org/first", "https://example.org/k", "chart.png", "https://example.org/first", "https://example.org/first"],
                parts.Links.Select(l => l.Url));
            Assert.All(parts.Links, l => Assert.True(l.IsReference));
            Assert.Contains(parts.Citations, c => c.Kind == CitationKind.ReferenceLink && c.Target == "x");
        }

        AssertSameViews(text);
    }

    [Fact]
    public void ADocumentWithFootnoteDefinitionsIsParsedWhole()
    {
        const string text = "A claim[^1] and another[^2].\n\nMore prose.\n\n[^2]: Second source.\n\n[^1]: First source.\n\nAfter the notes.\n";
        Assert.True(MarkdownParts.HasFootnoteDefinitions(text));
        Assert.False(MarkdownParts.HasFootnoteDefinitions("A claim[^1] with no definition.\n\nText [^1]: inline, not a definition.\n"));
        Assert.True(MarkdownParts.HasFootnoteDefinitions("Text.\r\n   [^a]: indented three spaces.\n"));
        Assert.False(MarkdownParts.HasFootnoteDefinitions("Text.\n\n    [^a]: indented four: code.\n"));
        AssertSameViews(text);
    }

    [Fact]
    public void AThreeThousandLevelListIsStillNK0001AtOnceWhenDocumentsAreCut()
    {
        var deep = new StringBuilder("Intro.\n\n");
        for (var i = 0; i < 3000; i++)
        {
            deep.Append(' ', 2 * i).Append("- item\n");
        }

        using var temp = new TempDirectory();
        temp.Write("deep.md", deep.ToString());
        using (MarkdownParts.Use(Tiny))
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var (exit, output, _) = CliRunner.Run(temp.Path, []);
            Assert.Equal(1, exit);
            Assert.Contains("deep.md(1,1): error NK0001: Markdown is nested more than 128 levels deep", output);
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"took {watch.Elapsed}");
        }
    }

    [Fact]
    public void SmallDocumentsAreParsedWholeByDefault()
    {
        Assert.Equal(4_000_000, MarkdownPartSettings.Default.Threshold);
        var text = string.Concat(Enumerable.Repeat("A paragraph.\n\n", 1000));
        Assert.True(text.Length < MarkdownPartSettings.Default.Threshold);
        Assert.Equal(MarkdownPartSettings.Default, MarkdownParts.Settings);
        using (MarkdownParts.Use(Tiny))
        {
            Assert.Equal(Tiny, MarkdownParts.Settings);
        }

        Assert.Equal(MarkdownPartSettings.Default, MarkdownParts.Settings);
    }

    /// <summary>Block-level fragments, many of which hold blank lines or continue across them.</summary>
    private static readonly string[] Blocks =
    [
        "A paragraph with 2 million users.", "Another one, [linked](https://x.org/1) and `code`.", "Text [ref][a] and [b] and ![c][].",
        "[a]: https://x.org/a", "[A]: https://x.org/second", "> [b]: https://x.org/b \"t\"", "[c]: c.png", "   [d]:\n   https://x.org/d",
        "```", "````", "~~~", "```text", "    indented code", "\tcode", "<!-- a", "-->", "<!-- whole -->", "<pre>", "</pre>", "<script>",
        "</SCRIPT>", "<?x", "?>", "<!DOCTYPE", ">", "<![CDATA[", "]]>", "<div>", "</div>", "<span>", "- item", "  continued", "1. first",
        "2) second", "* star", "+ plus", "> quote", "> > nested", "lazy line", "# Heading", "Setext", "===", "---", "***", "___",
        "| a | b |\n| --- | --- |\n| 1 | 2 |", "a | b\n--|--\n1 | 2", "[^1]", "Koryolink said 3G users grew.",
        "2024 was a year.", "100. not a list", "\u200B", "{{< shortcode >}}", "  ", "\t",
    ];

    [Fact]
    public void RandomBlocksCutIntoPartsHaveTheViewsOfTheirWholeParse()
    {
        var random = new Random(20261204);
        var cut = 0;
        for (var run = 0; run < 1500; run++)
        {
            var builder = new StringBuilder(random.Next(4) == 0 ? "---\ntitle: x\n\nmore: y\n---\n\n" : string.Empty);
            var count = random.Next(2, 40);
            for (var i = 0; i < count; i++)
            {
                builder.Append(Blocks[random.Next(Blocks.Length)]).Append(random.Next(3) switch { 0 => "\n", _ => "\n\n" });
            }

            if (random.Next(10) == 0)
            {
                builder.Append("[^1]: a note\n"); // parsed whole
            }

            var text = random.Next(5) == 0 ? builder.ToString().Replace("\n", "\r\n", StringComparison.Ordinal) : builder.ToString();
            var whole = Dump(ContentDocument.Parse("fuzz.md", text));
            using (MarkdownParts.Use(EveryCut))
            {
                var parts = Dump(ContentDocument.Parse("fuzz.md", text));
                if (parts != whole)
                {
                    var (w, q) = (whole.Split('\n'), parts.Split('\n'));
                    var line = Enumerable.Range(0, Math.Min(w.Length, q.Length)).FirstOrDefault(k => w[k] != q[k]);
                    Assert.Fail($"run {run}: the views differ at dump line {line}: whole '{w[line]}', parts '{q[line]}', for\n{text.Replace("\r", "\\r", StringComparison.Ordinal)}");
                }
            }

            if (!MarkdownParts.HasFootnoteDefinitions(text) && PartsOf(text, 1) >= 2)
            {
                cut++;
            }
        }

        Assert.True(cut > 500, $"only {cut} of 1500 documents were cut into parts");
    }

    private static int PartsOf(string text, int partSize) => MarkdownParts.Cut(text, MarkdownParts.FindCuts(text), partSize, _ => { }).Count;

    private static Microsoft.CodeAnalysis.Text.TextSpan TextSpanOf(string text, string part) => new(text.IndexOf(part, StringComparison.Ordinal), part.Length);

    private static void AssertSameViews(string text)
    {
        var whole = Dump(ContentDocument.Parse("a.md", text));
        using (MarkdownParts.Use(EveryCut))
        {
            Assert.Equal(whole, Dump(ContentDocument.Parse("a.md", text)));
        }
    }

    /// <summary>Every view a rule reads, written out.</summary>
    private static string Dump(ContentDocument document)
    {
        var dump = new StringBuilder();
        dump.Append("prose\n").Append(document.ProseText).Append('\n');
        dump.Append("front matter ").Append(document.FrontMatterSpan).Append('\n');
        dump.Append("code ").AppendJoin(' ', document.CodeSpans).Append('\n');
        dump.Append("comments ").AppendJoin(' ', document.CommentSpans).Append('\n');
        dump.Append("headings\n").AppendJoin('\n', document.Headings).Append('\n');
        dump.Append("links\n").AppendJoin('\n', document.Links).Append('\n');
        dump.Append("citations\n").AppendJoin('\n', document.Citations).Append('\n');
        foreach (var block in document.ProseBlocks)
        {
            dump.Append($"block {block.Kind} {block.Span} {block.Containers} {block.Cell} {block.IsFollowedByListOrTable} {block.IsQuotedPassage} q[{string.Join(' ', block.Quotations)}] t[{string.Join(' ', block.Titles)}]\n");
        }

        foreach (var sentence in document.Sentences)
        {
            dump.Append($"sentence {sentence.Index} {sentence.Span} {sentence.IndexInBlock} {sentence.IsLastInBlock} {sentence.Block.Span}\n");
        }

        dump.Append("claims\n").AppendJoin('\n', document.Claims.Select(c => $"{c.Span} {c}")).Append('\n');
        return dump.ToString();
    }
}
