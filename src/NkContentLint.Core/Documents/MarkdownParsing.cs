using Markdig;

namespace NkContentLint.Documents;

/// <summary>
/// The one Markdig pipeline every document is parsed with (thread-safe, built once). Bare URLs are
/// found by the prose view (ProseViewBuilder.BlankBareUrls), not Markdig's autolink extension,
/// whose cost grows quadratically on a paragraph full of URLs.
/// </summary>
internal static class MarkdownParsing
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseYamlFrontMatter()
        .UseFootnotes()
        .UsePipeTables()
        .Build();
}
