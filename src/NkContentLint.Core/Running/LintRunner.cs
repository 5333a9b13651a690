using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using NkContentLint.Analysis;
using NkContentLint.Caching;
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
internal static class LintRunner
{
    public static LintResult Run(LintRequest request, CancellationToken cancellationToken = default)
    {
        var (driver, rules) = CreateDriver(request);
        var discovery = request.Discovered ?? Discover(request);
        var sources = SourcesOf(request, discovery);

        var session = driver.StartCorpus(request.Facts, keepRecords: request.Cache is not null, cancellationToken);
        // A corpus action that keeps no records of its documents would not see a cached article: then
        // every article is analysed again (the cache is still written, for a later run).
        var cache = request.Cache;
        var reuse = cache is not null && session.RecordsComplete;
        var perFile = AnalyzeAll(sources, request, session, cache, reuse, rules, cancellationToken);

        var result = Finish(request, rules, perFile, DiscoveryProblems(discovery), session, [.. sources.Select(s => s.DisplayPath)]) with
        {
            FactPackVersion = request.Facts.Version,
            UnmatchedInputs = discovery.Unmatched,
        };
        return cache is null
            ? result
            : result with { Cache = new CacheStatistics(cache.Hits, cache.Misses, reuse ? null : "a corpus rule keeps no records of its articles, so every article was analysed again") };
    }

    /// <summary>
    /// One shard of a run (<c>--shard k/n</c>): the articles whose path hashes to <paramref name="shard"/>,
    /// analysed with their corpus records kept; no cross-file check, suppression or filter is applied (that
    /// is <see cref="Merge"/>'s work, over every shard). The first shard also carries the discovery problems.
    /// </summary>
    public static ShardResult RunShard(LintRequest request, ShardSpec shard, string runIdentity, CancellationToken cancellationToken = default)
    {
        var (driver, rules) = CreateDriver(request);
        var discovery = request.Discovered ?? Discover(request);
        var sources = SourcesOf(request, discovery).Where(s => shard.Contains(s.DisplayPath)).ToList();
        var session = driver.StartCorpus(request.Facts, keepRecords: true, cancellationToken);
        var reuse = request.Cache is not null && session.RecordsComplete;
        var perFile = AnalyzeAll(sources, request, session, request.Cache, reuse, rules, cancellationToken);
        return new ShardResult(
            shard,
            runIdentity,
            [.. request.Inputs],
            [.. sources.Select(s => s.DisplayPath)],
            perFile,
            shard.Index == 1 ? [.. DiscoveryProblems(discovery)] : [],
            shard.Index == 1 ? discovery.Unmatched : [])
        {
            FactPackVersion = request.Facts.Version,
        };
    }

    /// <summary>
    /// Every shard of a run, merged: their articles' corpus records go to the corpus actions (cross-file
    /// NK2004), then suppressions (a directive in one shard's article may suppress a cross-file finding
    /// from the figures of another's) and unused-suppression reports, as in one unsharded run. Throws
    /// <see cref="ShardFileException"/> when the shards are not the n parts of one run made under
    /// <paramref name="runIdentity"/>.
    /// </summary>
    public static LintResult Merge(LintRequest request, IReadOnlyList<(string Name, ShardResult Shard)> shards, string runIdentity, CancellationToken cancellationToken = default)
    {
        CheckShards(shards, runIdentity);
        var (driver, rules) = CreateDriver(request);
        var session = driver.StartCorpus(request.Facts, cancellationToken);
        var perFile = shards.SelectMany(s => s.Shard.Articles).OrderBy(a => a.Path, StringComparer.Ordinal).ToList();
        foreach (var article in perFile)
        {
            session.Restore(article.Path, request.Configuration.ResolveFor(PathFor(request, article.Path)), article.Records);
        }

        var files = shards.SelectMany(s => s.Shard.Files).ToList();
        return Finish(request, rules, perFile, [.. shards.SelectMany(s => s.Shard.Problems)], session, [.. files.Order(StringComparer.Ordinal)]) with
        {
            FactPackVersion = shards[0].Shard.FactPackVersion,
            UnmatchedInputs = [.. shards.SelectMany(s => s.Shard.UnmatchedInputs).Distinct(StringComparer.Ordinal)],
        };
    }

    private static void CheckShards(IReadOnlyList<(string Name, ShardResult Shard)> shards, string runIdentity)
    {
        if (shards.Count == 0)
        {
            throw new ShardFileException("no shard files to merge");
        }

        var count = shards[0].Shard.Shard.Count;
        foreach (var (name, shard) in shards)
        {
            if (shard.Shard.Count != count)
            {
                throw new ShardFileException($"{name}: shard {shard.Shard} of a run split in {shard.Shard.Count}, but {shards[0].Name} is of a run split in {count}");
            }

            if (shard.RunIdentity != runIdentity)
            {
                throw new ShardFileException($"{name}: made with another tool build, configuration, fact pack, custom rule or rule-changing switch (--no-cross-file, --allow-code-rules) than this merge; run merge with the same ones as the shards");
            }

            if (!shard.Inputs.SequenceEqual(shards[0].Shard.Inputs))
            {
                throw new ShardFileException($"{name}: lints other paths ({string.Join(" ", shard.Inputs)}) than {shards[0].Name} ({string.Join(" ", shards[0].Shard.Inputs)})");
            }
        }

        var duplicate = shards.GroupBy(s => s.Shard.Shard.Index).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ShardFileException($"shard {duplicate.Key}/{count} is given twice ({string.Join(", ", duplicate.Select(d => d.Name))})");
        }

        var missing = Enumerable.Range(1, count).Where(i => shards.All(s => s.Shard.Shard.Index != i)).ToList();
        if (missing.Count > 0)
        {
            throw new ShardFileException($"missing shard{(missing.Count == 1 ? string.Empty : "s")} {string.Join(", ", missing.Select(i => $"{i}/{count}"))}: a merge needs every part of the run");
        }
    }

    private static (AnalyzerDriver Driver, ImmutableArray<DiagnosticDescriptor> Rules) CreateDriver(LintRequest request)
    {
        var driver = new AnalyzerDriver(request.Analyzers, new AnalyzerDriverOptions { RuleTimeBudget = request.RuleTimeBudget });
        var rules = EngineDiagnostics.All.Concat(driver.SupportedDiagnostics)
            .DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();
        return (driver, rules);
    }

    private static List<Source> SourcesOf(LintRequest request, DiscoveryResult discovery)
    {
        var sources = new List<Source>();
        if (request.Inputs.Contains(LintRequest.StandardInputMarker))
        {
            sources.Add(new Source(request.StandardInputPath, null, request.StandardInput ?? []));
        }

        sources.AddRange(discovery.Files.Select(f => new Source(f.DisplayPath, f.FullPath, null) { Problem = f.Problem }));
        return sources;
    }

    private static List<Diagnostic> DiscoveryProblems(DiscoveryResult discovery) =>
    [
        .. discovery.Missing.Select(m => Diagnostic.Create(
            EngineDiagnostics.FileUnreadable, Location.ForFile(m.DisplayPath), "No such file or directory")),
        .. discovery.Unreadable.Select(u => Diagnostic.Create(
            EngineDiagnostics.FileUnreadable, Location.ForFile(u.Folder.DisplayPath), $"Could not list the folder; the files in it were not linted: {u.Reason}")),
    ];

    private static ArticleOutcome[] AnalyzeAll(List<Source> sources, LintRequest request, AnalyzerDriver.CorpusSession session, ContentCache? cache, bool reuse, ImmutableArray<DiagnosticDescriptor> rules, CancellationToken cancellationToken)
    {
        var descriptors = cache is null ? null : rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        // Large articles are analysed one at a time: a parsed document takes many times its size in
        // memory, and two at once would double the run's peak.
        using var large = new SemaphoreSlim(1);
        var perFile = new ArticleOutcome[sources.Count];
        var done = 0;
        if (sources.Count == 1)
        {
            // One file is analysed on this thread: Parallel.For would set up its event source and wake a pool thread
            // for it (docs/benchmarks.md, one article's start-up). Failures surface as Parallel.For's would.
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                perFile[0] = AnalyzeFile(sources[0], request, session, large, cache, reuse, descriptors);
                request.Progress?.Invoke(Interlocked.Increment(ref done), sources.Count);
            }
            catch (OperationCanceledException ex) when (ex.CancellationToken == cancellationToken && cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex)
            {
                throw new AggregateException(ex);
            }

            return perFile;
        }

        Parallel.For(
            0,
            sources.Count,
            new ParallelOptions { MaxDegreeOfParallelism = request.MaxDegreeOfParallelism, CancellationToken = cancellationToken },
            i =>
            {
                perFile[i] = AnalyzeFile(sources[i], request, session, large, cache, reuse, descriptors);
                request.Progress?.Invoke(Interlocked.Increment(ref done), sources.Count);
            });
        return perFile;
    }

    /// <summary>Suppressions, cross-file findings and unused-suppression reports over every article's outcome; one sorted result.</summary>
    private static LintResult Finish(LintRequest request, ImmutableArray<DiagnosticDescriptor> rules, IReadOnlyList<ArticleOutcome> perFile, List<Diagnostic> problems, AnalyzerDriver.CorpusSession session, ImmutableArray<string> files)
    {
        var knownIds = rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var filters = perFile.Where(o => o.Suppressions is not null).ToDictionary(o => o.Path, o => o.Suppressions!, StringComparer.Ordinal);
        var all = new List<Diagnostic>();
        foreach (var outcome in perFile)
        {
            all.AddRange(outcome.Diagnostics);
        }

        all.AddRange(problems);

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
        return new LintResult(ordered, files, rules);
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

    private static ArticleOutcome AnalyzeFile(Source source, LintRequest request, AnalyzerDriver.CorpusSession session, SemaphoreSlim large, ContentCache? cache, bool reuse, Dictionary<string, DiagnosticDescriptor>? descriptors)
    {
        var settings = request.Configuration.ResolveFor(source.FullPath ?? PathFor(request, source.DisplayPath));
        Diagnostic Unreadable(string message) => Diagnostic.Create(EngineDiagnostics.FileUnreadable, Location.ForFile(source.DisplayPath), message)
            .WithSeverity(settings.GetSeverity(EngineDiagnostics.FileUnreadable));

        if (source.Problem is not null)
        {
            return Outcome(source.DisplayPath, [Unreadable(source.Problem)]);
        }

        // The bytes live only in this box and in the frames of the small methods that read, hash and decode them: a
        // local of this method would keep a large file's bytes alive for its whole analysis (unoptimised code
        // reports every local as live until the method returns).
        var bytes = new StrongBox<byte[]?>();
        if (Read(source, request, bytes) is { } problem)
        {
            return Outcome(source.DisplayPath, [Unreadable(problem)]);
        }

        string? cacheKey = null;
        ArticleDate? commitDate = null;
        if (request.Configuration.ArticleDateFromGit && source.FullPath is { } gitPath)
        {
            commitDate = GitCommitDates.For(gitPath);
        }

        if (cache is not null)
        {
            // The commit date is part of the key when articles are dated from git: the fact rules judge figures against it.
            cacheKey = KeyFor(cache, source, commitDate, bytes);
            if (reuse && cache.TryGet(cacheKey, source.DisplayPath, descriptors!) is { } cached)
            {
                session.Restore(source.DisplayPath, settings, cached.Records);
                return cached;
            }
        }

        var isLarge = LengthOf(bytes) >= LargeFileBytes;
        if (isLarge)
        {
            large.Wait();
        }

        try
        {
            // The bytes are dropped once decoded: a large file's bytes would otherwise stay alive beside its text for the whole analysis.
            var outcome = Analyze(source, bytes, settings, session, commitDate, Unreadable);
            // A rule out of time (NK0005) says how loaded the machine was, not what the article says: not kept.
            if (cacheKey is not null && !outcome.Diagnostics.Any(d => d.Id == EngineDiagnostics.RuleTimedOut.Id))
            {
                cache!.Put(cacheKey, outcome);
            }

            return outcome;
        }
        finally
        {
            if (isLarge)
            {
                // The document died with Analyze's frame; without this it would stay in the oldest generation, beside
                // what the rest of the run allocates, until a full collection happened to come.
                Documents.LargeArticleMemory.Collect();
                large.Release();
            }
        }
    }

    /// <summary>Reads the article's bytes into <paramref name="bytes"/>; the reason it cannot be linted, or null.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string? Read(Source source, LintRequest request, StrongBox<byte[]?> bytes)
    {
        try
        {
            if (source.Bytes is not null)
            {
                if (request.StandardInputOverLimit || source.Bytes.Length > request.MaxFileBytes)
                {
                    return $"Standard input is over the {request.MaxFileBytes:N0}-byte limit; it was not linted";
                }

                bytes.Value = source.Bytes;
            }
            else if (request.FileOverrides?.TryGetValue(source.FullPath!, out var overridden) == true)
            {
                bytes.Value = overridden;
            }
            else
            {
                var length = new FileInfo(source.FullPath!).Length;
                if (length > request.MaxFileBytes)
                {
                    return $"File is {length:N0} bytes, over the {request.MaxFileBytes:N0}-byte limit; it was not linted";
                }

                // Bounded even when the size is unknown: a FIFO, a device such as /dev/zero, a file that grows.
                using var stream = new FileStream(source.FullPath!, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
                bytes.Value = BoundedRead.ReadAll(stream, request.MaxFileBytes);
                if (bytes.Value is null)
                {
                    return $"The input is over the {request.MaxFileBytes:N0}-byte limit; it was not linted";
                }
            }

            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"Could not read the file: {ex.Message}";
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string KeyFor(ContentCache cache, Source source, ArticleDate? commitDate, StrongBox<byte[]?> bytes) =>
        cache.KeyFor(source.DisplayPath, commitDate is null ? null : $"{commitDate.Year}-{commitDate.Month}-{commitDate.Day}", bytes.Value!);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int LengthOf(StrongBox<byte[]?> bytes) => bytes.Value!.Length;

    /// <summary>Decodes the bytes and drops them from the box, so only the text stays alive.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static bool DecodeAndDrop(StrongBox<byte[]?> bytes, out DecodedText decoded)
    {
        var ok = TextDecoder.TryDecode(bytes.Value!, out decoded);
        bytes.Value = null;
        return ok;
    }

    private static ArticleOutcome Analyze(Source source, StrongBox<byte[]?> bytes, Configuration.RuleSettings settings, AnalyzerDriver.CorpusSession session, ArticleDate? commitDate, Func<string, Diagnostic> unreadable)
    {
        Diagnostic Unreadable(string message) => unreadable(message);

        if (!DecodeAndDrop(bytes, out var decoded))
        {
            return Outcome(source.DisplayPath, [Unreadable("The file looks binary (it contains NUL bytes); it was not linted")]);
        }

        if (NestingGuard.FindTooDeep(decoded.Text) is { } deepLine)
        {
            return Outcome(source.DisplayPath, [Unreadable($"Markdown is nested more than {NestingGuard.MaxDepth} levels deep (line {deepLine}), deeper than the parser accepts; the file was not linted")]);
        }

        ContentDocument document;
        try
        {
            document = ContentDocument.Parse(source.DisplayPath, decoded);
            if (commitDate is not null)
            {
                document.CommitDate = commitDate;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Outcome(source.DisplayPath, [Unreadable($"The Markdown parser failed on this file: {ex.Message}")]);
        }

        try
        {
            var diagnostics = session.Analyze(document, settings);
            return new ArticleOutcome(source.DisplayPath, [.. diagnostics], SuppressionFilter.For(document), session.TakeRecords(document.Path));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A bug outside any one rule (suppression parsing, the driver): this file's findings are
            // lost and say so; the run and the other files go on.
            return Outcome(source.DisplayPath, [Diagnostic.Create(EngineDiagnostics.AnalyzerFailed, Location.ForFile(source.DisplayPath), "(engine)", $"{ex.GetType().Name}: {ex.Message}")]);
        }
    }

    private sealed record Source(string DisplayPath, string? FullPath, byte[]? Bytes)
    {
        public string? Problem { get; init; }
    }

    private static ArticleOutcome Outcome(string path, ImmutableArray<Diagnostic> diagnostics) => new(path, diagnostics, null, []);
}
