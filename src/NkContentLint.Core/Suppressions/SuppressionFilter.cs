using System.Collections.Immutable;
using NkContentLint.Diagnostics;
using NkContentLint.Documents;

namespace NkContentLint.Suppressions;

/// <summary>
/// Applies one document's directives to its findings and remembers which directives were used, so
/// the ones that suppress nothing can be reported (NK0003).
/// </summary>
internal sealed class SuppressionFilter
{
    private readonly string path;
    private readonly ImmutableArray<SuppressionDirective> directives;
    private readonly Func<int, int, Location> locate;
    private readonly HashSet<SuppressionDirective> used = [];

    public SuppressionFilter(string path, ImmutableArray<SuppressionDirective> directives, Func<int, int, Location> locate)
    {
        this.path = path;
        this.directives = directives;
        this.locate = locate;
    }

    /// <summary>
    /// The filter for a document, or null when it has no directives. It keeps only the path and line
    /// map, never the document, so parsed trees are not held until the end of the run.
    /// </summary>
    public static SuppressionFilter? For(ContentDocument document)
    {
        var directives = SuppressionParser.Parse(document);
        if (directives.IsEmpty)
        {
            return null;
        }

        var (path, lines) = (document.Path, document.Lines);
        return new(path, directives, (start, length) => new Location(path, new(start, length), lines.GetPositionSpan(new(start, length))));
    }

    /// <summary>The path of the document whose directives these are.</summary>
    public string Path => path;

    /// <summary>The directives with their locations, as a content cache or a shard file saves them.</summary>
    public IEnumerable<(SuppressionDirective Directive, Location Location)> Saved =>
        directives.Select(d => (d, locate(d.Span.Start, d.Span.Length)));

    /// <summary>A filter from saved directives (<see cref="Saved"/>): the document itself is not needed.</summary>
    public static SuppressionFilter Restore(string path, IReadOnlyList<(SuppressionDirective Directive, Location Location)> saved)
    {
        var locations = new Dictionary<(int, int), Location>();
        foreach (var (directive, location) in saved)
        {
            locations[(directive.Span.Start, directive.Span.Length)] = location;
        }

        return new(path, [.. saved.Select(s => s.Directive)], (start, length) => locations[(start, length)]);
    }

    /// <summary>The finding, marked suppressed when a directive covers it. NK0xxx findings are never suppressed.</summary>
    public Diagnostic Apply(Diagnostic diagnostic)
    {
        if (directives.IsEmpty || diagnostic.Location.Path != path || diagnostic.Descriptor.Category == EngineDiagnostics.Category)
        {
            return diagnostic;
        }

        var directive = FindCovering(diagnostic.Id, diagnostic.Location.LineSpan.Start.Line);
        if (directive is null)
        {
            return diagnostic;
        }

        lock (used)
        {
            used.Add(directive);
        }

        return diagnostic.WithSuppression(new SuppressionInfo(
            "inSource", directive.Reason, locate(directive.Span.Start, directive.Span.Length)));
    }

    /// <summary>
    /// NK0003 for every disable directive that suppressed nothing, names a rule that does not exist
    /// (even beside one that suppressed something), or is a <c>disable</c> never closed by an
    /// <c>enable</c>.
    /// </summary>
    public IEnumerable<Diagnostic> ReportUnused(IReadOnlySet<string> knownRuleIds)
    {
        for (var i = 0; i < directives.Length; i++)
        {
            var directive = directives[i];
            if (directive.Kind == SuppressionKind.Enable)
            {
                continue;
            }

            var location = locate(directive.Span.Start, directive.Span.Length);
            var unknown = directive.RuleIds.Where(id => !knownRuleIds.Contains(id)).ToList();
            var text = $"{directive.Keyword}{(directive.RuleIds.IsEmpty ? string.Empty : " " + string.Join(" ", directive.RuleIds))}";
            if (unknown.Count > 0)
            {
                var suppressesNothing = unknown.Count == directive.RuleIds.Length && !used.Contains(directive);
                yield return Diagnostic.Create(
                    EngineDiagnostics.UnusedSuppression,
                    location,
                    $"'{directive.Keyword}' names {string.Join(", ", unknown)}, which {(unknown.Count == 1 ? "is not a known rule" : "are not known rules")}{(suppressesNothing ? "; it suppresses nothing" : "; fix or remove it")}");
                if (suppressesNothing)
                {
                    continue;
                }
            }
            else if (!used.Contains(directive))
            {
                yield return Diagnostic.Create(EngineDiagnostics.UnusedSuppression, location, $"'{text}' suppresses nothing; remove it");
                continue;
            }

            if (directive.Kind == SuppressionKind.Disable && !IsClosed(i))
            {
                yield return Diagnostic.Create(
                    EngineDiagnostics.UnusedSuppression,
                    location,
                    $"'{text}' is never closed by an nkcontentlint-enable, so it runs to the end of the file; close it, or use nkcontentlint-disable-file");
            }
        }
    }

    /// <summary>Whether a later enable covers every rule the disable at <paramref name="index"/> names (all rules when it names none).</summary>
    private bool IsClosed(int index)
    {
        var disable = directives[index];
        var open = disable.RuleIds.IsEmpty ? null : new HashSet<string>(disable.RuleIds, StringComparer.Ordinal);
        for (var i = index + 1; i < directives.Length; i++)
        {
            var directive = directives[i];
            if (directive.Kind != SuppressionKind.Enable)
            {
                continue;
            }

            if (directive.RuleIds.IsEmpty)
            {
                return true;
            }

            if (open is not null)
            {
                open.ExceptWith(directive.RuleIds);
                if (open.Count == 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private SuppressionDirective? FindCovering(string ruleId, int line)
    {
        SuppressionDirective? active = null;
        foreach (var directive in directives)
        {
            if (!directive.Covers(ruleId))
            {
                continue;
            }

            switch (directive.Kind)
            {
                case SuppressionKind.DisableFile:
                    return directive;
                case SuppressionKind.DisableLine when directive.StartLine <= line && line <= directive.EndLine:
                    return directive;
                case SuppressionKind.DisableNextLine when line == directive.EndLine + 1:
                    return directive;
                case SuppressionKind.Disable when directive.StartLine <= line:
                    active = directive;
                    break;
                case SuppressionKind.Enable when directive.StartLine <= line:
                    active = null;
                    break;
            }
        }

        return active;
    }
}
