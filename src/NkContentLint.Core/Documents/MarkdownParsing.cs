using Markdig;

namespace NkContentLint.Documents;

/// <summary>The one Markdig pipeline every document is parsed with (thread-safe, built once).</summary>
public static class MarkdownParsing
{
    public static MarkdownPipeline Pipeline { get; } = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseYamlFrontMatter()
        .UseFootnotes()
        .UsePipeTables()
        .UseAutoLinks()
        .Build();
}
