using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;
using NkContentLint.Analysis;
using NkContentLint.Diagnostics;
using NkContentLint.Documents;
using NkContentLint.Fixing;

namespace NkContentLint.CustomRules.Declarative;

/// <summary>
/// Runs one <see cref="DeclarativeRule"/>. It matches against the document's prose view, where code,
/// HTML, URLs and link destinations are already blanked, so a custom rule never fires in them; front
/// matter values are matched in the text itself. Findings carry fixes through <see cref="FixProperties"/>
/// like the built-in rules', so they report, fix, suppress and baseline the same way.
/// </summary>
internal sealed partial class DeclarativeRuleAnalyzer(DeclarativeRule rule) : ContentAnalyzer
{
    private static readonly HashSet<string> SmallWords = new(
        ["a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of", "off", "on", "per", "to", "up", "via", "vs", "with", "from", "into", "over"],
        StringComparer.Ordinal);

    public DeclarativeRule Rule { get; } = rule;

    /// <summary>capitalization: the exceptions, compiled once (literal, case-sensitive, whole words).</summary>
    private readonly ImmutableArray<Regex> exceptionPatterns = rule.Type == DeclarativeRuleType.Capitalization
        ? [.. rule.Exceptions.Select(e => DeclarativeRuleReader.Compile(e, new(IgnoreCase: false, WordBoundaries: true, IsRegex: false)))]
        : [];

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = [rule.Descriptor];

    public override void Initialize(AnalysisContext context)
    {
        // capitalization judges one heading at a time: it runs from the shared walk; the others compare matches across the document.
        if (Rule.Type == DeclarativeRuleType.Capitalization)
        {
            context.RegisterHeadingAction(c => Capitalization(c, c.Heading));
        }
        else
        {
            context.RegisterDocumentAction(Analyze);
        }
    }

    public override string ToString() => Rule.Descriptor.Id;

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}'’.\-]*")]
    private static partial Regex Word();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();

    /// <summary>A stretch of the article in the rule's scope, with the view its matches are read from.</summary>
    private readonly record struct Region(TextSpan Span, string View, ProseBlock? Block);

    private readonly record struct Found(TextSpan Span, Match Match, int Index, int Region);

    private void Analyze(DocumentAnalysisContext context)
    {
        var document = context.Document;
        var regions = Regions(document);
        switch (Rule.Type)
        {
            case DeclarativeRuleType.Existence:
                foreach (var found in NonOverlapping(FindAll(regions, Rule.Tokens.Select(t => t.Regex).ToList())))
                {
                    Report(context, found.Span, new() { ["match"] = Collapse(found.Match.Value) });
                }

                break;
            case DeclarativeRuleType.Substitution:
                foreach (var found in NonOverlapping(FindAll(regions, Rule.Swaps.Select(s => s.Pattern.Regex).ToList())))
                {
                    var replacement = Rule.Swaps[found.Index].Replacement;
                    if (AlreadyReplaced(regions[found.Region].View, found.Span, replacement))
                    {
                        continue;
                    }

                    Report(context, found.Span, new() { ["match"] = Collapse(found.Match.Value), ["replacement"] = replacement }, replacement);
                }

                break;
            case DeclarativeRuleType.Consistency:
                Consistency(context, regions);
                break;
            case DeclarativeRuleType.Occurrence:
                Occurrence(context, regions);
                break;
            case DeclarativeRuleType.Conditional:
                Conditional(context, regions);
                break;
        }
    }

    private List<Region> Regions(ContentDocument document)
    {
        var regions = new List<Region>();
        var prose = document.ProseText;
        foreach (var block in document.ProseBlocks)
        {
            var scope = block.Kind == ProseBlockKind.Heading ? RuleScope.Headings
                : (block.Containers & ProseContainers.ListItem) != 0 ? RuleScope.ListItems
                : RuleScope.Prose;
            if ((Rule.Scope & scope) != 0)
            {
                regions.Add(new Region(block.Span, prose, block));
            }
        }

        if ((Rule.Scope & RuleScope.Links) != 0)
        {
            foreach (var link in document.Links)
            {
                if (!link.IsImage && link.ContentSpan is { } content)
                {
                    regions.Add(new Region(content, prose, null));
                }
            }
        }

        if ((Rule.Scope & RuleScope.FrontMatter) != 0)
        {
            regions.AddRange(document.FrontMatterValueSpans.Select(span => new Region(span, document.Text, null)));
        }

        return regions;
    }

    /// <summary>Every match of every pattern in every region, in document order (a text matched in two overlapping regions once).</summary>
    private static List<Found> FindAll(List<Region> regions, IReadOnlyList<Regex> patterns)
    {
        var result = new List<Found>();
        var seen = new HashSet<(int, int, int)>();
        for (var r = 0; r < regions.Count; r++)
        {
            var region = regions[r];
            for (var p = 0; p < patterns.Count; p++)
            {
                for (var match = patterns[p].Match(region.View, region.Span.Start, region.Span.Length); match.Success; match = match.NextMatch())
                {
                    if (match.Length > 0 && !string.IsNullOrWhiteSpace(match.Value) && seen.Add((match.Index, match.Length, p)))
                    {
                        result.Add(new Found(new TextSpan(match.Index, match.Length), match, p, r));
                    }
                }
            }
        }

        result.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.Length.CompareTo(a.Span.Length));
        return result;
    }

    /// <summary>
    /// True when the text around a match already reads as its replacement ("Korea" inside "North Korea"
    /// for a rule that swaps Korea for North Korea), so the fix never applies twice.
    /// </summary>
    private static bool AlreadyReplaced(string view, TextSpan match, string replacement)
    {
        if (replacement.Length < match.Length)
        {
            return false;
        }

        for (var start = Math.Max(0, match.End - replacement.Length); start <= match.Start && start + replacement.Length <= view.Length; start++)
        {
            if (view.AsSpan(start, replacement.Length).SequenceEqual(replacement))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The longest match at each place; a match inside an earlier one is dropped.</summary>
    private static IEnumerable<Found> NonOverlapping(List<Found> found)
    {
        var end = -1;
        foreach (var f in found)
        {
            if (f.Span.Start >= end)
            {
                end = f.Span.End;
                yield return f;
            }
        }
    }

    private void Consistency(DocumentAnalysisContext context, List<Region> regions)
    {
        foreach (var group in Rule.VariantGroups)
        {
            Found? chosen = null;
            foreach (var found in NonOverlapping(FindAll(regions, group.Select(v => v.Regex).ToList())))
            {
                if (chosen is null)
                {
                    chosen = found;
                    continue;
                }

                if (found.Index == chosen.Value.Index)
                {
                    continue;
                }

                var expected = Collapse(chosen.Value.Match.Value);
                Report(
                    context,
                    found.Span,
                    new() { ["match"] = Collapse(found.Match.Value), ["expected"] = expected },
                    expected,
                    [new RelatedLocation(context.Document.GetLocation(chosen.Value.Span), $"the article first writes '{expected}'")]);
            }
        }
    }

    private void Occurrence(DocumentAnalysisContext context, List<Region> regions)
    {
        var counts = new Dictionary<(int, int), (int Count, Found First)>();
        var order = new List<(int, int)>();
        foreach (var found in NonOverlapping(FindAll(regions, Rule.Tokens.Select(t => t.Regex).ToList())))
        {
            var unit = Rule.Per switch
            {
                OccurrenceUnit.Article => (0, 0),
                OccurrenceUnit.Paragraph => (found.Region, 0),
                _ => (found.Region, SentenceIndex(context.Document, regions[found.Region], found.Span.Start)),
            };
            var (count, first) = counts.GetValueOrDefault(unit);
            count++;
            if (count == Rule.Max + 1)
            {
                first = found;
                order.Add(unit);
            }

            counts[unit] = (count, first);
        }

        foreach (var unit in order)
        {
            var (count, first) = counts[unit];
            Report(context, first.Span, new()
            {
                ["match"] = Collapse(first.Match.Value),
                ["count"] = count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["max"] = Rule.Max.ToString(System.Globalization.CultureInfo.InvariantCulture),
            });
        }
    }

    private static int SentenceIndex(ContentDocument document, Region region, int position)
    {
        if (region.Block is null)
        {
            return -1;
        }

        // Sentences are (nearly) in source order: the last one starting at or before the position.
        var sentences = document.Sentences;
        int low = 0, high = sentences.Length - 1, found = -1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (sentences[mid].Span.Start <= position)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        if (found >= 0 && sentences[found].Block == region.Block && position < sentences[found].Span.End)
        {
            return found;
        }

        // Image alt text comes after its paragraph, out of source order: look through that block's sentences.
        foreach (var sentence in sentences)
        {
            if (sentence.Block == region.Block && position >= sentence.Span.Start && position < sentence.Span.End)
            {
                return sentence.Index;
            }
        }

        return -1;
    }

    private void Capitalization(DocumentAnalysisContext context, Heading heading)
    {
        var document = context.Document;
        var span = heading.ContentSpan;
        var view = document.ProseText.Substring(span.Start, span.Length);
        var kept = new bool[view.Length];
        foreach (var pattern in exceptionPatterns)
        {
            foreach (Match m in pattern.Matches(view))
            {
                Array.Fill(kept, true, m.Index, m.Length);
            }
        }

        var words = Word().Matches(view);
        var recased = view.ToCharArray();
        var changed = false;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i].Value;
            var at = words[i].Index;
            if (kept[at] || word == "I" || word.Any(char.IsDigit) || !char.IsLetter(word[0]) || word.Skip(1).Any(char.IsUpper))
            {
                continue;
            }

            var starts = i == 0 || view.AsSpan(0, at).TrimEnd().EndsWith(":");
            var upper = Rule.Style == CapitalizationStyle.Sentence
                ? starts
                : starts || i == words.Count - 1 || !SmallWords.Contains(word.ToLowerInvariant());
            var wanted = upper ? char.ToUpperInvariant(word[0]) : char.ToLowerInvariant(word[0]);
            if (wanted != word[0])
            {
                recased[at] = wanted;
                changed = true;
            }
        }

        if (!changed)
        {
            return;
        }

        var expected = new string(recased);
        var plain = string.Equals(document.Text.Substring(span.Start, span.Length), view, StringComparison.Ordinal);
        Report(
            context,
            span,
            new() { ["match"] = Collapse(view), ["expected"] = Collapse(expected), ["style"] = Rule.Style == CapitalizationStyle.Sentence ? "sentence case" : "title case" },
            plain ? expected : null);
    }

    private void Conditional(DocumentAnalysisContext context, List<Region> regions)
    {
        var options = new DeclarativeRuleReader.PatternOptions(Rule.IgnoreCase, Rule.WordBoundaries, Rule.IsRegex);
        var comparer = Rule.IgnoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
        var exceptions = Rule.Exceptions.ToHashSet(comparer);
        var seconds = new Dictionary<string, List<Found>>(StringComparer.Ordinal);
        var reported = new HashSet<string>(comparer);
        foreach (var found in NonOverlapping(FindAll(regions, Rule.Tokens.Select(t => t.Regex).ToList())))
        {
            var text = Collapse(found.Match.Value);
            if (exceptions.Contains(text) || reported.Contains(text))
            {
                continue;
            }

            var patterns = Rule.Second.Select(s => Rule.IsRegex
                ? DeclarativeRuleReader.GroupReference().Replace(s, g => Regex.Escape(found.Match.Groups[g.Groups[1].Value[0] - '0'].Value))
                : s).ToList();
            var key = string.Join("\n", patterns);
            if (!seconds.TryGetValue(key, out var required))
            {
                required = FindAll(regions, [.. patterns.Select(p => DeclarativeRuleReader.Compile(p, options))]);
                seconds[key] = required;
            }

            var satisfied = required.Any(r => !Rule.SecondBefore || r.Span.Start < found.Span.Start || r.Span.OverlapsWith(found.Span) || r.Span.Contains(found.Span));
            if (!satisfied)
            {
                reported.Add(text);
                Report(context, found.Span, new() { ["match"] = text });
            }
        }
    }

    private void Report(
        DocumentAnalysisContext context,
        TextSpan span,
        Dictionary<string, string> values,
        string? replacement = null,
        IEnumerable<RelatedLocation>? related = null)
    {
        var message = DeclarativeRuleReader.Placeholder().Replace(Rule.Message, m => m.Value switch
        {
            "{{" => "{",
            "}}" => "}",
            _ => values.GetValueOrDefault(m.Groups[1].Value, m.Value),
        });
        var properties = replacement is not null && Rule.Fix is { } safety
            ? FixProperties.Replace(replacement, $"Replace with '{Collapse(replacement)}'", safety)
            : null;
        context.ReportDiagnostic(Diagnostic.Create(Rule.Descriptor, context.Document.GetLocation(span), related, properties, message));
    }

    private static string Collapse(string text) => Space().Replace(text, " ").Trim();
}
