using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;
using NkContentLint.Analysis;
using NkContentLint.Diagnostics;
using NkContentLint.Text;

namespace NkContentLint.Rules.Facts;

/// <summary>
/// NK2004: one quantity, for one year, stated with values that cannot both be right: within an
/// article ("about 1,000 websites" … "its 5,500 websites") and across the linted articles
/// (a corpus-end action, like Roslyn's compilation-end actions). Figures that already contradict
/// the canonical range are NK2001's; this rule compares the ones the pack cannot settle.
/// </summary>
public sealed partial class InconsistentFigureAnalyzer : ContentAnalyzer
{
    public const string CrossFileOption = "cross_file";

    public static readonly RuleOption<bool> CrossFile = new(CrossFileOption, true, "Also compare figures across the linted articles (--no-cross-file turns this off).");

    /// <summary>The kind (and format version) of the per-article figure summaries kept by caches and shards.</summary>
    public const string FiguresRecordKind = "NK2004/figures/1";

    public static readonly DiagnosticDescriptor Rule = new(
        "NK2004",
        "Inconsistent figures",
        "'{0}' disagrees with '{1}' for {2}{3}, stated at {4}; state one figure, or say why they differ",
        RuleCategories.Facts,
        DiagnosticSeverity.Warning,
        "The same quantity given two incompatible values, in one article or in two, leaves readers unsure which to trust; usually one of them is stale.",
        [CrossFile]);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterCorpusStartAction(start =>
    {
        var all = new ConcurrentBag<Stated>();
        // The figures an article offers for comparison across articles are its whole share of the corpus
        // state: an article restored from a cache or another shard adds the same ones, so the end action
        // compares exactly what an unsharded, uncached run compares.
        var recorder = start.RegisterCorpusRecords(FiguresRecordKind, json => all.Add(StatedRecord.Read(json)));
        start.RegisterDocumentAction(document =>
        {
            ReportSelfConversions(document);
            var stated = new List<Stated>();
            foreach (var found in QuantityClaims.Find(document.Document, document.Facts))
            {
                // Out of the canonical range: NK2001 or NK2005 reports it; comparing it again would double-report.
                // Figures of a quantity that changes over time whose sentence names no year may be from different
                // times of the article's year ("33,000 by June", "42,000 to date"): not compared.
                if (found.Verdict.Kind != VerdictKind.Agrees || (found.Judged.By != JudgedBy.SentenceYear && found.Quantity.Series.Length > 1))
                {
                    continue;
                }

                // A round figure is rounded: "25 million" is 24.5 to 25.5 million, and agrees with "24.7 million".
                var (low, high) = Rounded(found.Claim.Low, found.Low, found.High);
                stated.Add(new Stated(
                    found.Quantity.Id, found.Quantity.Measure, found.Year, low, high, found.Claim.Text,
                    document.Document.GetLocation(found.Claim.Span), document.GetOption(Rule, CrossFile), found.Claim.Sentence.Index));
            }

            // Document order, so one sentence's statements form one run and "earlier" means earlier in the text.
            stated = stated.OrderBy(s => s.Location.Span.Start).ToList();
            var reported = Compare(stated, (later, earlier) => document.ReportDiagnostic(Create(later, earlier)));
            // Across articles only figures with a known year are compared: two undated articles may be years apart.
            foreach (var item in stated.Where(s => s.CrossFile && s.Year is not null && !reported.Contains(s)))
            {
                all.Add(item);
                if (recorder.IsRecording)
                {
                    recorder.Record(document, StatedRecord.Write(item));
                }
            }
        });

        start.RegisterCorpusEndAction(end =>
        {
            // Only pairs from different files here; pairs within a file were compared above.
            var ordered = all.OrderBy(s => s.Location.Path, StringComparer.Ordinal).ThenBy(s => s.Location.Span.Start).ToList();
            Compare(ordered, (later, earlier) => end.ReportDiagnostic(Create(later, earlier)), differentFiles: true);
        });
    });

    /// <summary>
    /// A figure converted in brackets into its own unit ("around 20 kilometers (12 kilometers)", where miles were meant): the two
    /// figures cannot both hold. The units are rules/facts/conversion-units.txt; a bracket that says more than an approximate
    /// figure and the same unit ("20 kilometers (12 kilometers of it paved)") is not a conversion, and equal figures agree.
    /// </summary>
    private static void ReportSelfConversions(DocumentAnalysisContext context)
    {
        var prose = context.Document.ProseText;
        if (!MayHoldConversion(prose))
        {
            return;
        }

        foreach (Match match in SelfConversion.Value.Matches(prose))
        {
            var unitGroup = Array.FindIndex(ConversionUnits.Value, u => match.Groups[u.Group].Success && match.Groups[u.Group + "b"].Success);
            if (unitGroup < 0
                || !double.TryParse(match.Groups["a"].Value.Replace(",", ""), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var first)
                || !double.TryParse(match.Groups["b"].Value.Replace(",", ""), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var second)
                || first == second)
            {
                continue;
            }

            var outer = match.Groups["outer"];
            var inner = match.Groups["inner"];
            var innerLocation = context.Document.GetLocation(new TextSpan(inner.Index, inner.Length));
            var outerLocation = context.Document.GetLocation(new TextSpan(outer.Index, outer.Length));
            context.ReportDiagnostic(Diagnostic.Create(
                Rule,
                innerLocation,
                [new RelatedLocation(outerLocation, $"'{outer.Value}' stated here")],
                properties: null,
                inner.Value,
                outer.Value,
                "the figure it converts (a conversion into the same unit)",
                string.Empty,
                $"line {outerLocation.StartLine}"));
        }
    }

    /// <summary>
    /// Whether the text has a bracket that opens on a figure, perhaps after one short word ("(12", "( about 12", "(~12"): a
    /// conversion's match needs one. Most articles have none, and the pattern is otherwise tried at every digit of the text
    /// (3% of a run on PowerShell-Docs). Matches what <see cref="SelfConversion"/> allows or more, never less.
    /// </summary>
    private static bool MayHoldConversion(string prose)
    {
        for (var open = prose.IndexOf('('); open >= 0; open = prose.IndexOf('(', open + 1))
        {
            var i = SkipWhiteSpace(prose, open + 1);
            var word = i;
            while (i < prose.Length && i - word < 16 && !char.IsWhiteSpace(prose[i]) && !char.IsDigit(prose[i]))
            {
                i++;
            }

            i = SkipWhiteSpace(prose, i);
            if (i < prose.Length && char.IsDigit(prose[i]))
            {
                return true;
            }
        }

        return false;

        static int SkipWhiteSpace(string text, int i)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            return i;
        }
    }

    /// <summary>The units of rules/facts/conversion-units.txt, each with the names of its two regex groups.</summary>
    private static readonly Lazy<(string Group, string[] Spellings)[]> ConversionUnits = new(() =>
        FactStatements.ReadWordList("conversion-units.txt")
            .Select((line, i) => ($"u{i}", line.Split(';').Select(w => w.Trim()).Where(w => w.Length > 0).ToArray()))
            .ToArray());

    /// <summary>A figure and a unit, then in brackets (perhaps "about") a figure and the same unit, and nothing else.</summary>
    private static readonly Lazy<Regex> SelfConversion = new(() =>
    {
        const string Number = @"\d{1,3}(?:,\d{3})*(?:\.\d+)?";
        string Alternatives(string suffix) => string.Join("|", ConversionUnits.Value.Select(u =>
            $"(?<{u.Group}{suffix}>{string.Join("|", u.Spellings.OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace(@"\ ", @"\s+")))})"));
        var pattern = $@"(?<![\d.,])(?<outer>(?<a>{Number})[\s\u00A0-]*(?:{Alternatives("")})(?!\p{{L}}))\s*\(\s*(?:(?:about|around|roughly|some|approximately|approx\.|c\.|~|ca\.)\s*)?(?<inner>(?<b>{Number})[\s\u00A0-]*(?:{Alternatives("b")})(?!\p{{L}}))\s*\)";
        return new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    });

    /// <summary>
    /// Reports each statement that disagrees with an earlier one of the same quantity and year, once,
    /// citing the earliest such statement. Linear in the statements (a long article can state one
    /// figure thousands of times): the earlier, unreported statements keep running minima of their
    /// upper ends and maxima of their lower ends, so the earliest disjoint one is a binary search away.
    /// Statements of the same sentence (or, across articles, the same file) are a contiguous run and are
    /// not compared with each other: two figures in one sentence are a deliberate contrast.
    /// </summary>
    private static HashSet<Stated> Compare(IReadOnlyList<Stated> stated, Action<Stated, Stated> report, bool differentFiles = false)
    {
        var reported = new HashSet<Stated>();
        foreach (var group in stated.GroupBy(s => (s.QuantityId, s.Year)))
        {
            var earlier = new List<Stated>();
            var lowestHigh = new List<double>();
            var highestLow = new List<double>();
            var runStart = 0;
            object? runKey = null;
            foreach (var item in group)
            {
                object key = differentFiles ? item.Location.Path : item.Sentence;
                if (!Equals(key, runKey))
                {
                    runKey = key;
                    runStart = earlier.Count;
                }

                var below = SortedSearch.FirstNotBefore(runStart, i => lowestHigh[i] >= item.Low);
                var above = SortedSearch.FirstNotBefore(runStart, i => highestLow[i] <= item.High);
                var first = Math.Min(below, above);
                if (first < runStart)
                {
                    reported.Add(item);
                    report(item, earlier[first]);
                    continue;
                }

                earlier.Add(item);
                lowestHigh.Add(lowestHigh.Count == 0 ? item.High : Math.Min(lowestHigh[^1], item.High));
                highestLow.Add(highestLow.Count == 0 ? item.Low : Math.Max(highestLow[^1], item.Low));
            }
        }

        return reported;
    }

    private static Diagnostic Create(Stated later, Stated earlier) => Diagnostic.Create(
        Rule,
        later.Location,
        [new RelatedLocation(earlier.Location, $"'{earlier.Text}' stated here")],
        properties: null,
        later.Text,
        earlier.Text,
        later.Measure,
        later.Year is { } year ? $" in {year}" : string.Empty,
        earlier.Location.Path == later.Location.Path ? $"line {earlier.Location.StartLine}" : earlier.Location.ToString());

    /// <summary>
    /// Widens an interval by half the place of the stated value's last non-zero digit (25,000,000: 500,000; 24,700,000:
    /// 50,000; 9.5: 0.05, so "9.5 hours" agrees with "9 hours and 31 minutes").
    /// </summary>
    private static (double Low, double High) Rounded(double stated, double low, double high)
    {
        if (stated <= 0 || double.IsInfinity(stated) || double.IsNaN(stated))
        {
            return (low, high);
        }

        var place = 1.0;
        if (stated != Math.Floor(stated))
        {
            // The last decimal place written: up to three ("9.5", "2.75"); beyond that the figure is not a rounded one.
            var decimals = 1;
            while (decimals <= 3 && Math.Abs((stated * Math.Pow(10, decimals)) - Math.Round(stated * Math.Pow(10, decimals))) > 1e-9 * Math.Pow(10, decimals))
            {
                decimals++;
            }

            if (decimals > 3)
            {
                return (low, high);
            }

            place = Math.Pow(10, -decimals);
        }
        else
        {
            while (stated % (place * 10) == 0)
            {
                place *= 10;
            }
        }

        var scale = stated == 0 ? 1 : low / stated;
        var half = place / 2 * (double.IsNaN(scale) || double.IsInfinity(scale) || scale <= 0 ? 1 : scale);
        return (low - half, double.IsInfinity(high) ? high : high + half);
    }

    private sealed record Stated(string QuantityId, string Measure, int? Year, double Low, double High, string Text, Location Location, bool CrossFile, int Sentence);

    /// <summary>A statement as saved (docs/shard-format.md, <c>NK2004/figures/1</c>); doubles round-trip exactly, infinities by name.</summary>
    private sealed record StatedRecord(string Quantity, string Measure, int? Year, double Low, double High, string Text, string Path, int Start, int Length, int[] Lines, int Sentence)
    {
        public static string Write(Stated s) => JsonSerializer.Serialize(
            new StatedRecord(s.QuantityId, s.Measure, s.Year, s.Low, s.High, s.Text, s.Location.Path, s.Location.Span.Start, s.Location.Span.Length,
                [s.Location.LineSpan.Start.Line, s.Location.LineSpan.Start.Character, s.Location.LineSpan.End.Line, s.Location.LineSpan.End.Character], s.Sentence),
            StatedJson.Default.StatedRecord);

        public static Stated Read(string json)
        {
            var r = JsonSerializer.Deserialize(json, StatedJson.Default.StatedRecord) ?? throw new JsonException("empty NK2004 record");
            if (r.Lines is not { Length: 4 })
            {
                throw new JsonException("an NK2004 record's lines must be [startLine, startColumn, endLine, endColumn]");
            }

            var location = new Location(r.Path, new TextSpan(r.Start, r.Length), new LinePositionSpan(new LinePosition(r.Lines[0], r.Lines[1]), new LinePosition(r.Lines[2], r.Lines[3])));
            return new Stated(r.Quantity, r.Measure, r.Year, r.Low, r.High, r.Text, location, CrossFile: true, r.Sentence);
        }
    }

    [JsonSourceGenerationOptions(NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
    [JsonSerializable(typeof(StatedRecord))]
    private sealed partial class StatedJson : JsonSerializerContext;
}
