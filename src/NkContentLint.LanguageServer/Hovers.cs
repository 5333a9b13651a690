using System.Text;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis.Text;
using NkContentLint.Diagnostics;
using NkContentLint.Facts;
using NkContentLint.Reporting;

namespace NkContentLint.LanguageServer;

/// <summary>Hover on a finding: the rule's summary and page and, for fact rules, the canonical fact with its date and source.</summary>
internal static class Hovers
{
    public static JsonObject? For(IReadOnlyList<Diagnostic> diagnostics, LinePosition position, FactIndex facts)
    {
        var here = diagnostics.Where(d => d.Location.LineSpan.Start <= position && position <= d.Location.LineSpan.End).ToList();
        if (here.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder();
        foreach (var diagnostic in here.DistinctBy(d => (d.Id, d.Message)))
        {
            if (text.Length > 0)
            {
                text.Append("\n\n---\n\n");
            }

            var rule = diagnostic.Descriptor;
            text.Append($"**{rule.Id}: {Escape(rule.Title)}** ({diagnostic.Severity.ToConfigName()})\n\n{Escape(rule.Description)}\n\n");
            if (diagnostic.Properties.TryGetValue(FactProperties.Canonical, out var canonical))
            {
                text.Append($"**Canonical:** {Escape(canonical)}");
                if (diagnostic.Properties.TryGetValue(FactProperties.AsOf, out var asOf))
                {
                    text.Append($" (as of {Escape(asOf)})");
                }

                text.Append('\n');
                var title = diagnostic.Properties.GetValueOrDefault(FactProperties.SourceTitle);
                var url = diagnostic.Properties.GetValueOrDefault(FactProperties.SourceUrl);
                if (url is not null && (url.StartsWith("https://", StringComparison.Ordinal) || url.StartsWith("http://", StringComparison.Ordinal)))
                {
                    text.Append($"\n**Source:** [{Escape(title ?? url)}]({url})\n");
                }
                else if (title is not null)
                {
                    text.Append($"\n**Source:** {Escape(title)}\n");
                }

                if (diagnostic.Properties.TryGetValue(FactProperties.Id, out var id) && facts.Find(id) is { } fact)
                {
                    text.Append($"\nFact `{fact.Id}` in {Escape(fact.Position.File)}, line {fact.Position.Line}\n");
                }

                text.Append('\n');
            }

            text.Append($"[{rule.Id} documentation]({rule.HelpLinkUri})");
        }

        var first = here[0].Location.LineSpan;
        return new JsonObject
        {
            ["contents"] = new JsonObject { ["kind"] = "markdown", ["value"] = text.ToString() },
            ["range"] = Protocol.Range(first),
        };
    }

    private static string Escape(string text) => text.Replace("*", "\\*", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
