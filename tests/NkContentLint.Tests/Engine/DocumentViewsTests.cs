using System.Reflection;
using NkContentLint.Analysis;
using NkContentLint.Documents;
using Xunit;

namespace NkContentLint.Tests.Engine;

/// <summary>
/// The views the one markup pass builds in place of the Markdig tree (issue 16: no Markdig type in the
/// analyzer API; issue 12: the tree is dropped once they are built).
/// </summary>
public sealed class DocumentViewsTests
{
    [Fact]
    public void NoPublicMemberOfTheEngineExposesAMarkdigType()
    {
        var leaks = new List<string>();
        foreach (var type in typeof(ContentAnalyzer).Assembly.GetExportedTypes())
        {
            if (IsMarkdig(type.BaseType))
            {
                leaks.Add($"{type.FullName} : {type.BaseType}");
            }

            foreach (var member in type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                var types = member switch
                {
                    PropertyInfo p => [p.PropertyType],
                    FieldInfo f => [f.FieldType],
                    MethodInfo m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType).Concat(m.IsGenericMethodDefinition ? m.GetGenericArguments().SelectMany(a => a.GetGenericParameterConstraints()) : []),
                    ConstructorInfo c => c.GetParameters().Select(p => p.ParameterType),
                    _ => Enumerable.Empty<Type>(),
                };
                leaks.AddRange(types.Where(IsMarkdig).Select(t => $"{type.FullName}.{member.Name}: {t}"));
            }
        }

        Assert.Empty(leaks);
    }

    [Fact]
    public void HeadingsIncludeOnesInsideContainersAndSkipEmptyOnes()
    {
        var document = ContentDocument.Parse("a.md", "# A *b*\n\npara\n\n> ## Quoted\n\n- item\n\n  ### In a list\n\n#\n\nSetext\n======\n");
        Assert.Equal(["A b", "Quoted", "In a list", "Setext"], document.Headings.Select(h => h.Text));
        Assert.Equal([1, 2, 3, 1], document.Headings.Select(h => h.Level));
        Assert.Equal([false, false, false, true], document.Headings.Select(h => h.IsSetext));
        Assert.Equal("A *b*", document.Text[document.Headings[0].ContentSpan.Start..document.Headings[0].ContentSpan.End]);
    }

    [Fact]
    public void LinksCarryTheirSpanTextAndDestination()
    {
        const string text = "See [the report](https://example.org/r) and ![a chart](chart.png) and [ref][1].\n\n[1]: https://example.org/ref\n";
        var document = ContentDocument.Parse("a.md", text);
        Assert.Equal(3, document.Links.Length);
        var (report, image, reference) = (document.Links[0], document.Links[1], document.Links[2]);
        Assert.Equal("[the report](https://example.org/r)", text[report.Span.Start..report.Span.End]);
        Assert.Equal("the report", text[report.ContentSpan!.Value.Start..report.ContentSpan.Value.End]);
        Assert.Equal("https://example.org/r", report.Url);
        Assert.False(report.IsImage);
        Assert.False(report.IsReference);
        Assert.True(image.IsImage);
        Assert.Equal("a chart", text[image.ContentSpan!.Value.Start..image.ContentSpan.Value.End]);
        Assert.True(reference.IsReference);
        Assert.Equal("https://example.org/ref", reference.Url);
    }

    [Theory]
    [InlineData("Plain `[x](y)` code and <https://example.org> autolinks.\n")]
    [InlineData("```\n[x](https://example.org)\n```\n")]
    [InlineData("A bare https://example.org/page URL.\n")]
    public void CodeAutolinksAndBareUrlsAreNotLinks(string text) =>
        Assert.Empty(ContentDocument.Parse("a.md", text).Links);

    [Fact]
    public void FrontMatterSpanCoversTheFencesAndItsValuesAreFound()
    {
        const string text = "---\ntitle: Koryolink\n# a comment\ntags:\n  - mobile\n---\n\nBody.\n";
        var document = ContentDocument.Parse("a.md", text);
        Assert.Equal(0, document.FrontMatterSpan!.Value.Start);
        Assert.StartsWith("---\ntitle", text[document.FrontMatterSpan.Value.Start..document.FrontMatterSpan.Value.End]);
        Assert.EndsWith("---", text[document.FrontMatterSpan.Value.Start..document.FrontMatterSpan.Value.End].TrimEnd());
        Assert.Equal(["Koryolink", "mobile"], document.FrontMatterValueSpans.Select(s => text[s.Start..s.End]));
    }

    [Theory]
    [InlineData("Body.\n")]
    [InlineData("Body.\n\n---\ntitle: not front matter\n---\n")]
    public void NoFrontMatterUnlessTheFileStartsWithIt(string text)
    {
        var document = ContentDocument.Parse("a.md", text);
        Assert.Null(document.FrontMatterSpan);
        Assert.Empty(document.FrontMatterValueSpans);
    }

    [Fact]
    public void TableCellsKnowTheirTableRowColumnAndColumnHeader()
    {
        const string text = "| Year | Source |\n| --- | --- |\n| 2019 | ITU |\n\nBetween.\n\n| A | **B** |\n| --- | --- |\n| x | y |\n";
        var document = ContentDocument.Parse("a.md", text);
        var cells = document.ProseBlocks.Where(b => b.Kind == ProseBlockKind.TableCell).Select(b => b.Cell!).ToList();
        Assert.Equal(8, cells.Count);
        Assert.Equal(new TableCellPosition(0, 0, 0, "Year"), cells[0]);
        Assert.True(cells[0].IsHeader);
        Assert.Equal(new TableCellPosition(0, 1, 1, "Source"), cells[3]);
        Assert.False(cells[3].IsHeader);
        Assert.Equal(new TableCellPosition(1, 1, 0, "A"), cells[6]);

        // A header that does not start with plain text has no column header text.
        Assert.Null(cells[7].ColumnHeader);
        Assert.Null(document.ProseBlocks.Single(b => b.Kind == ProseBlockKind.Paragraph).Cell);
    }

    [Theory]
    [InlineData("Two ways to get online\n\n- Koryolink\n- Kangsong\n", true)]
    [InlineData("Prices\n\n| a | b |\n| - | - |\n| 1 | 2 |\n", true)]
    [InlineData("Two ways.\n\nAnother paragraph.\n\n- item\n", false)]
    [InlineData("> Two ways\n\n- item\n", false)]
    public void ABlockKnowsWhetherAListOrTableFollowsIt(string text, bool expected)
    {
        var document = ContentDocument.Parse("a.md", text);
        Assert.Equal(expected, document.ProseBlocks[0].IsFollowedByListOrTable);
    }

    private static bool IsMarkdig(Type? type)
    {
        if (type is null)
        {
            return false;
        }

        if (type.Namespace?.StartsWith("Markdig", StringComparison.Ordinal) == true)
        {
            return true;
        }

        if (type.HasElementType)
        {
            return IsMarkdig(type.GetElementType());
        }

        return type.IsGenericType && type.GetGenericArguments().Any(IsMarkdig);
    }
}
