using Markdig;

namespace NkContentLint.Documents;

/// <summary>
/// The one Markdig pipeline every document is parsed with (thread-safe, built once). Bare URLs are
/// found by the prose view (ProseViewBuilder.BlankBareUrls), not Markdig's autolink extension,
/// whose cost grows quadratically on a paragraph full of URLs.
/// </summary>
internal static class MarkdownParsing
{
    public static MarkdownPipeline Pipeline { get; } = Builder().Build();

    /// <summary>
    /// The same pipeline for one part of a large document parsed in parts (<see cref="MarkdownParts"/>): the
    /// document's link reference definitions are handed to each part's parse before its first link is resolved.
    /// </summary>
    public static MarkdownPipeline PartPipeline { get; } = PartBuilder().Build();

    private static MarkdownPipelineBuilder Builder() => new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseYamlFrontMatter()
        .UseFootnotes()
        .UsePipeTables();

    private static MarkdownPipelineBuilder PartBuilder()
    {
        var builder = Builder();
        builder.InlineParsers.Insert(0, new MarkdownParts.DefinitionInjector());
        return builder;
    }
}
