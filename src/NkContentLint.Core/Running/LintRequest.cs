using NkContentLint.Analysis;
using NkContentLint.Configuration;

namespace NkContentLint.Running;

/// <summary>Everything one lint run needs. The CLI builds it from arguments; tests build it directly.</summary>
internal sealed record LintRequest(
    IReadOnlyList<string> Inputs,
    string WorkingDirectory,
    LintConfiguration Configuration,
    IReadOnlyList<ContentAnalyzer> Analyzers)
{
    /// <summary>The name standing for standard input among <see cref="Inputs"/>.</summary>
    public const string StandardInputMarker = "-";

    /// <summary>The article read from standard input when <see cref="Inputs"/> contains "-".</summary>
    public byte[]? StandardInput { get; init; }

    /// <summary>Set when standard input had more than <see cref="MaxFileBytes"/> (reading stopped there): NK0001.</summary>
    public bool StandardInputOverLimit { get; init; }

    /// <summary>The path reported for standard input (<c>--stdin-filename</c>).</summary>
    public string StandardInputPath { get; init; } = "<stdin>";

    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Files larger than this are reported (NK0001) instead of read whole into memory.</summary>
    public long MaxFileBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>The canonical facts the fact rules check against (empty: fact rules find nothing).</summary>
    public Facts.FactIndex Facts { get; init; } = NkContentLint.Facts.FactIndex.Empty;

    /// <summary>Contents to use instead of the file on disk, by full path (fix passes and dry runs).</summary>
    public IReadOnlyDictionary<string, byte[]>? FileOverrides { get; init; }

    /// <summary>The inputs already expanded (the CLI checks what matched nothing first); null: the runner discovers them.</summary>
    public Discovery.DiscoveryResult? Discovered { get; init; }

    /// <summary>How long a code rule may run on one article before it is NK0005 (<c>--rule-time-budget</c>).</summary>
    public TimeSpan RuleTimeBudget { get; init; } = AnalyzerDriverOptions.DefaultRuleTimeBudget;

    /// <summary>
    /// The content cache (<c>--cache DIR</c>): an article whose content, path and run identity are found
    /// there is not analysed again. Null: no cache. Not used by <c>--fix</c>.
    /// </summary>
    public Caching.ContentCache? Cache { get; init; }

    /// <summary>Called with (files done, files total) as the run progresses.</summary>
    public Action<int, int>? Progress { get; init; }
}
