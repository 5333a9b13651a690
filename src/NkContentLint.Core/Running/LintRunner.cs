using System.Collections.Immutable;
using NkContentLint.Analysis;
using NkContentLint.Diagnostics;
using NkContentLint.Discovery;
using NkContentLint.Documents;
using NkContentLint.Suppressions;
using NkContentLint.Text;

namespace NkContentLint.Running;

/// <summary>
/// The pipeline of DESIGN.md, end to end: discovery → load and decode → parse → analyze (in
/// parallel) → corpus-end actions → filter (suppressions) → sorted result. No console I/O.
/// </summary>
public static class LintRunner
{
    public static LintResult Run(LintRequest request, CancellationToken cancellationToken = default)
    {
        var driver = new AnalyzerDriver(request.Analyzers, new AnalyzerDriverOptions { RuleTimeBudget = request.RuleTimeBudget });
        var rules = EngineDiagnostics.All.Concat(driver.SupportedDiagnostics)
            .DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();
        var knownIds = rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);

        var readsStdin = request.Inputs.Contains(LintRequest.StandardInputMarker);
        var discovery = request.Discovered ?? Discover(request);

        var sources = new List<Source>();
        if (readsStdin)
        {
            sources.Add(new Source(request.StandardInputPath, null, request.StandardInput ?? []));
        }

        sources.AddRange(discovery.Files.Select(f => new Source(f.DisplayPath, f.FullPath, null) { Problem = f.Problem }));

        var session = driver.StartCorpus(request.Facts, cancellationToken);

        // Large articles are analysed one at a time: a parsed document takes many times its size in
        // memory, and two at once would double the run's peak.
        using var large = new SemaphoreSlim(1);
        var perFile = new FileOutcome[sources.Count];
        var done = 0;
        Parallel.For(
            0,
            sources.Count,
            new ParallelOptions { MaxDegreeOfParallelism = request.MaxDegreeOfParallelism, CancellationToken = cancellationToken },
            i =>
            {
                perFile[i] = AnalyzeFile(sources[i], request, session, large);
                request.Progress?.Invoke(Interlocked.Increment(ref done), sources.Count);
            });

        var filters = perFile.Where(o => o.Filter is not null).ToDictionary(o => o.Path, o => o.Filter!, StringComparer.Ordinal);
        var all = new List<Diagnostic>();
        foreach (var outcome in perFile)
        {
            all.AddRange(outcome.Diagnostics);
        }

        all.AddRange(discovery.Missing.Select(m => Diagnostic.Create(
            EngineDiagnostics.FileUnreadable, Location.ForFile(m.DisplayPath), "No such file or directory")));
        all.AddRange(discovery.Unreadable.Select(u => Diagnostic.Create(
            EngineDiagnostics.FileUnreadable, Location.ForFile(u.Folder.DisplayPath), $"Could not list the folder; the files in it were not linted: {u.Reason}")));

        var filtered = new List<Diagnostic>(all.Count);
        foreach (var diagnostic in all.Concat(session.Complete()))
        {
            filtered.Add(filters.TryGetValue(diagnostic.Location.Path, out var filter) ? filter.Apply(diagnostic) : diagnostic);
        }

        foreach (var filter in filters.Values)
        {
            filtered.AddRange(filter.ReportUnused(knownIds)
                .Select(d => d.WithSeverity(request.Configuration.ResolveFor(PathFor(request, d.Location.Path)).GetSeverity(d.Descriptor)))
                .Where(d => d.Severity != DiagnosticSeverity.None));
        }

        var ordered = filtered
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Span.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToImmutableArray();
        return new LintResult(ordered, [.. sources.Select(s => s.DisplayPath)], rules)
        {
            FactPackVersion = request.Facts.Version,
            UnmatchedInputs = discovery.Unmatched,
        };
    }

    /// <summary>The files a request names (none for standard input alone).</summary>
    public static DiscoveryResult Discover(LintRequest request)
    {
        var inputs = request.Inputs.Where(i => i != LintRequest.StandardInputMarker).ToList();
        return inputs.Count == 0 && request.Inputs.Contains(LintRequest.StandardInputMarker)
            ? new DiscoveryResult([], [])
            : FileDiscovery.Discover(inputs, request.WorkingDirectory, request.Configuration);
    }

    private static string PathFor(LintRequest request, string displayPath) => Path.GetFullPath(displayPath, request.WorkingDirectory);

    /// <summary>Files at least this large (bytes) are analysed one at a time.</summary>
    internal const int LargeFileBytes = 8 * 1024 * 1024;

    private static FileOutcome AnalyzeFile(Source source, LintRequest request, AnalyzerDriver.CorpusSession session, SemaphoreSlim large)
    {
        var settings = request.Configuration.ResolveFor(source.FullPath ?? PathFor(request, source.DisplayPath));
        Diagnostic Unreadable(string message) => Diagnostic.Create(EngineDiagnostics.FileUnreadable, Location.ForFile(source.DisplayPath), message)
            .WithSeverity(settings.GetSeverity(EngineDiagnostics.FileUnreadable));

        if (source.Problem is not null)
        {
            return new FileOutcome(source.DisplayPath, [Unreadable(source.Problem)], null);
        }

        byte[] bytes;
        try
        {
            if (source.Bytes is not null)
            {
                if (request.StandardInputOverLimit || source.Bytes.Length > request.MaxFileBytes)
                {
                    return new FileOutcome(source.DisplayPath, [Unreadable($"Standard input is over the {request.MaxFileBytes:N0}-byte limit; it was not linted")], null);
                }

                bytes = source.Bytes;
            }
            else if (request.FileOverrides?.TryGetValue(source.FullPath!, out var overridden) == true)
            {
                bytes = overridden;
            }
            else
            {
                var length = new FileInfo(source.FullPath!).Length;
                if (length > request.MaxFileBytes)
                {
                    return new FileOutcome(source.DisplayPath, [Unreadable($"File is {length:N0} bytes, over the {request.MaxFileBytes:N0}-byte limit; it was not linted")], null);
                }

                // Bounded even when the size is unknown: a FIFO, a device such as /dev/zero, a file that grows.
                using var stream = new FileStream(source.FullPath!, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
                var read = BoundedRead.ReadAll(stream, request.MaxFileBytes);
                if (read is null)
                {
                    return new FileOutcome(source.DisplayPath, [Unreadable($"The input is over the {request.MaxFileBytes:N0}-byte limit; it was not linted")], null);
                }

                bytes = read;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new FileOutcome(source.DisplayPath, [Unreadable($"Could not read the file: {ex.Message}")], null);
        }

        var isLarge = bytes.Length >= LargeFileBytes;
        if (isLarge)
        {
            large.Wait();
        }

        try
        {
            return Analyze(source, bytes, settings, session, request.Configuration.ArticleDateFromGit, Unreadable);
        }
        finally
        {
            if (isLarge)
            {
                large.Release();
            }
        }
    }

    private static FileOutcome Analyze(Source source, byte[] bytes, Configuration.RuleSettings settings, AnalyzerDriver.CorpusSession session, bool articleDateFromGit, Func<string, Diagnostic> unreadable)
    {
        Diagnostic Unreadable(string message) => unreadable(message);

        if (!TextDecoder.TryDecode(bytes, out var decoded))
        {
            return new FileOutcome(source.DisplayPath, [Unreadable("The file looks binary (it contains NUL bytes); it was not linted")], null);
        }

        if (NestingGuard.FindTooDeep(decoded.Text) is { } deepLine)
        {
            return new FileOutcome(source.DisplayPath, [Unreadable($"Markdown is nested more than {NestingGuard.MaxDepth} levels deep (line {deepLine}), deeper than the parser accepts; the file was not linted")], null);
        }

        ContentDocument document;
        try
        {
            document = ContentDocument.Parse(source.DisplayPath, decoded);
            if (articleDateFromGit && source.FullPath is { } fullPath)
            {
                document.CommitDate = GitCommitDates.For(fullPath);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return new FileOutcome(source.DisplayPath, [Unreadable($"The Markdown parser failed on this file: {ex.Message}")], null);
        }

        try
        {
            var diagnostics = session.Analyze(document, settings);
            return new FileOutcome(source.DisplayPath, diagnostics, SuppressionFilter.For(document));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A bug outside any one rule (suppression parsing, the driver): this file's findings are
            // lost and say so; the run and the other files go on.
            return new FileOutcome(source.DisplayPath, [Diagnostic.Create(EngineDiagnostics.AnalyzerFailed, Location.ForFile(source.DisplayPath), "(engine)", $"{ex.GetType().Name}: {ex.Message}")], null);
        }
    }

    private sealed record Source(string DisplayPath, string? FullPath, byte[]? Bytes)
    {
        public string? Problem { get; init; }
    }

    private sealed record FileOutcome(string Path, List<Diagnostic> Diagnostics, SuppressionFilter? Filter);
}
