using System.Collections.Immutable;
using Humanizer;
using NkContentLint.Baselines;
using NkContentLint.Caching;
using NkContentLint.Diagnostics;
using NkContentLint.Changes;
using NkContentLint.Configuration;
using NkContentLint.CustomRules;
using NkContentLint.Facts;
using NkContentLint.Fixing;
using NkContentLint.Text;
using NkContentLint.Discovery;
using NkContentLint.Reporting;
using NkContentLint.Rules;
using NkContentLint.Rules.Facts;
using NkContentLint.Running;

namespace NkContentLint.Cli;

/// <summary>The default command: configuration → engine run → report → exit code.</summary>
internal static class LintCommand
{
    public static int Run(LintArguments arguments, CliConsole console)
    {
        InputChecks.CheckForMistypedSubcommand(arguments.Paths, console.WorkingDirectory);
        InputChecks.CheckGlobs(arguments.Paths, console.WorkingDirectory);
        CheckOutputFiles(arguments, console);
        // Code rules compile only with --allow-code-rules; the compiler (and its load contexts) go with the run.
        var compiler = CreateCompiler(arguments, console);
        using var unloadCodeRules = compiler as IDisposable;

        // Custom rules load before the configuration is validated, which checks their IDs too.
        var (configuration, customRules) = LoadConfigurationAndRules(arguments.ConfigPath, console.WorkingDirectory, compiler);
        if (!arguments.Quiet)
        {
            foreach (var note in customRules.Notes)
            {
                console.Error.WriteLine($"nkcontentlint: {note}");
            }
        }

        var analyzers = BuiltInAnalyzers.Create().AddRange(customRules.Analyzers);
        configuration = ApplyNoCrossFile(arguments, configuration);

        var facts = ConfiguredFactPacks.IndexFor(configuration, console.WorkingDirectory, BuiltInFacts.DefaultPack);
        var fixing = arguments.Fix || arguments.FixSuggestions;
        var identity = arguments.CacheDirectory is not null || arguments.ShardPath is not null ? RunIdentityFor(arguments, configuration, analyzers) : null;
        // --fix rewrites the articles between passes: it always analyses them.
        var cache = arguments.CacheDirectory is not null && !fixing ? new ContentCache(Path.GetFullPath(arguments.CacheDirectory, console.WorkingDirectory), identity!) : null;

        // Problems with the git reference or the baseline stop the run before anything is linted.
        var (changes, baseline) = LoadChangesAndBaseline(arguments, console);

        byte[]? stdin = null;
        var stdinOverLimit = false;
        var maxFileBytes = new LintRequest([], console.WorkingDirectory, configuration, analyzers).MaxFileBytes;
        if (arguments.Paths.Contains(LintRequest.StandardInputMarker))
        {
            // Bounded like every other input: an endless pipe is NK0001, not a run that never ends.
            using var input = console.OpenStandardInput();
            stdin = BoundedRead.ReadAll(input, maxFileBytes);
            stdinOverLimit = stdin is null;
            stdin ??= [];
        }

        var progress = !arguments.Quiet && console.ProgressAllowed ? new ProgressReporter(console.Error) : null;
        var request = new LintRequest(arguments.Paths, console.WorkingDirectory, configuration, analyzers)
        {
            StandardInput = stdin,
            StandardInputOverLimit = stdinOverLimit,
            StandardInputPath = arguments.StdinFileName ?? "<stdin>",
            Facts = facts,
            Progress = progress is null ? null : progress.Report,
            RuleTimeBudget = arguments.RuleTimeBudget,
            Cache = cache,
        };

        // A folder or glob that matches nothing is a usage error before anything is linted or fixed.
        request = request with { Discovered = LintRunner.Discover(request) };
        if (!arguments.AllowNoFiles)
        {
            InputChecks.CheckEveryInputMatched(request.Discovered, arguments.Paths.Where(p => p != LintRequest.StandardInputMarker).ToList(), configuration, console.WorkingDirectory);
        }

        if (arguments.ShardPath is { } shardPath)
        {
            var shard = LintRunner.RunShard(request, arguments.Shard ?? new ShardSpec(1, 1), identity!);
            progress?.Clear();
            WriteFile("--format shard", shardPath, console, stream => ShardFile.Write(stream, shard));
            if (!arguments.Quiet)
            {
                console.Error.WriteLine($"Wrote shard {shard.Shard} ({"file".ToQuantity(shard.Files.Length)}, {"finding".ToQuantity(shard.Articles.Sum(a => a.Diagnostics.Length) + shard.Problems.Length)} before suppressions and cross-file checks) to {DisplayPath(console, shardPath)}; combine the shards with 'nkcontentlint merge'");
            }

            // Findings are judged by the merge, which applies --fail-on to the whole run.
            return ExitCodes.Success;
        }

        LintResult result;
        if (arguments.Fix || arguments.FixSuggestions)
        {
            var level = arguments.FixSuggestions ? FixSafety.Suggestion : FixSafety.Safe;
            var fixRun = LintFixer.Run(request, new FixOptions(BuiltInAnalyzers.CreateFixProviders().Add(new ReplacementFixProvider(customRules.Rules.Select(r => r.Descriptor.Id))), level, arguments.DryRun));
            progress?.Clear();
            result = fixRun.Result;
            ReportFixes(arguments, console, fixRun);
            if (arguments.DryRun)
            {
                // A dry run shows the diff; the exit code still says what would remain.
                return result.Fails(arguments.FailOn) ? ExitCodes.Findings : ExitCodes.Success;
            }
        }
        else
        {
            result = LintRunner.Run(request);
            progress?.Clear();
        }

        if (result.Cache is { } cacheUse && !arguments.Quiet)
        {
            console.Error.WriteLine(cacheUse.Note is { } cacheNote
                ? $"nkcontentlint: --cache: {cacheNote}"
                : $"Cache: {cacheUse.Hits:N0} of {"article".ToQuantity(cacheUse.Hits + cacheUse.Misses, "N0")} reused from {DisplayPath(console, arguments.CacheDirectory!)}");
        }

        return Report(arguments, console, result, baseline, changes, stdin, request.StandardInputPath);
    }

    /// <summary>Output files that cannot be written stop the run (exit 2) before anything is linted.</summary>
    private static void CheckOutputFiles(LintArguments arguments, CliConsole console)
    {
        foreach (var target in arguments.Formats)
        {
            InputChecks.CheckOutputFile(target.Path == arguments.OutputPath ? "--output" : $"--format {target.Name}", target.Path, console.WorkingDirectory);
        }

        InputChecks.CheckOutputFile("--write-baseline", arguments.WriteBaselinePath, console.WorkingDirectory);
    }

    /// <summary>The code-rule compiler, only with --allow-code-rules; compiled rules are kept in the --cache folder when given.</summary>
    private static ICodeRuleCompiler? CreateCompiler(LintArguments arguments, CliConsole console) =>
        arguments.AllowCodeRules ? CodeRuleSupport.CreateCompiler(arguments.CacheDirectory is null ? null : Path.GetFullPath(arguments.CacheDirectory, console.WorkingDirectory)) : null;

    /// <summary>Problems with the git reference or the baseline stop the run (exit 2) before anything is reported.</summary>
    private static (ChangedLines? Changes, Baseline? Baseline) LoadChangesAndBaseline(LintArguments arguments, CliConsole console) =>
        (arguments.ChangedSince is null ? null : GitChanges.Since(arguments.ChangedSince, console.WorkingDirectory),
         arguments.BaselinePath is null
            ? null
            : Baseline.Load(Path.GetFullPath(arguments.BaselinePath, console.WorkingDirectory), DisplayPath(console, arguments.BaselinePath)));

    /// <summary>
    /// <c>nkcontentlint merge SHARD...</c>: the shards of one run combined into the result an unsharded run
    /// gives (cross-file checks and suppressions over every article), then baseline, changed lines, reports
    /// and exit code, as for a lint run.
    /// </summary>
    public static int RunMerge(LintArguments arguments, CliConsole console)
    {
        CheckOutputFiles(arguments, console);
        var compiler = CreateCompiler(arguments, console);
        using var unloadCodeRules = compiler as IDisposable;
        var (configuration, customRules) = LoadConfigurationAndRules(arguments.ConfigPath, console.WorkingDirectory, compiler);
        var analyzers = BuiltInAnalyzers.Create().AddRange(customRules.Analyzers);
        configuration = ApplyNoCrossFile(arguments, configuration);
        var facts = ConfiguredFactPacks.IndexFor(configuration, console.WorkingDirectory, BuiltInFacts.DefaultPack);
        var (changes, baseline) = LoadChangesAndBaseline(arguments, console);

        var descriptors = EngineDiagnostics.All.Concat(analyzers.SelectMany(a => a.SupportedDiagnostics))
            .DistinctBy(d => d.Id).ToDictionary(d => d.Id, StringComparer.Ordinal);
        var shards = new List<(string, ShardResult)>();
        foreach (var path in arguments.Paths)
        {
            var display = DisplayPath(console, path);
            try
            {
                using var stream = File.OpenRead(Path.GetFullPath(path, console.WorkingDirectory));
                shards.Add((display, ShardFile.Read(stream, display, descriptors)));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new UsageException($"nkcontentlint: merge: could not read '{Reporting.DisplayText.Escape(display)}': {ex.Message}");
            }
            catch (ShardFileException ex)
            {
                throw new UsageException($"nkcontentlint: merge: {ex.Message}");
            }
        }

        var inputs = shards.Count > 0 ? [.. shards[0].Item2.Inputs] : new List<string>();
        var request = new LintRequest(inputs, console.WorkingDirectory, configuration, analyzers) { Facts = facts };
        LintResult result;
        try
        {
            result = LintRunner.Merge(request, shards, RunIdentityFor(arguments, configuration, analyzers));
        }
        catch (ShardFileException ex)
        {
            throw new UsageException($"nkcontentlint: merge: {ex.Message}");
        }

        return Report(arguments, console, result, baseline, changes, stdin: null, stdinPath: null);
    }

    /// <summary>The identity of the run (tool, configuration, packs, rule files, switches) that keys the cache and checks shards.</summary>
    private static string RunIdentityFor(LintArguments arguments, LintConfiguration configuration, IReadOnlyList<Analysis.ContentAnalyzer> analyzers) =>
        RunIdentity.Compute(configuration, analyzers, RunIdentity.ToolIdentity(analyzers), [arguments.AllowCodeRules ? "--allow-code-rules" : "-"]);

    private static LintConfiguration ApplyNoCrossFile(LintArguments arguments, LintConfiguration configuration) => !arguments.NoCrossFile
        ? configuration
        : configuration.WithRules(new Dictionary<string, RuleConfiguration>
        {
            [InconsistentFigureAnalyzer.Rule.Id] = new(null, ImmutableDictionary<string, object>.Empty.Add(InconsistentFigureAnalyzer.CrossFileOption, false)),
        });

    /// <summary>Baseline, changed lines, reports and exit code: the same for a lint run and a merge.</summary>
    private static int Report(LintArguments arguments, CliConsole console, LintResult result, Baseline? baseline, ChangedLines? changes, byte[]? stdin, string? stdinPath)
    {
        var context = new ReportContext(console.WorkingDirectory) { FailOn = arguments.FailOn };
        if (arguments.WriteBaselinePath is not null)
        {
            var written = Baseline.From(result);
            WriteFile("--write-baseline", arguments.WriteBaselinePath, console, written.ToBytes());
            if (!arguments.Quiet)
            {
                console.Error.WriteLine($"Wrote {"finding".ToQuantity(written.Entries.Sum(e => e.Count))} to the baseline {DisplayPath(console, arguments.WriteBaselinePath)}");
            }

            // The findings just recorded are the baseline of this run too.
            baseline ??= written;
            context = context with { BaselinePath = DisplayPath(console, arguments.WriteBaselinePath) };
        }

        if (baseline is not null)
        {
            var display = DisplayPath(console, arguments.BaselinePath ?? arguments.WriteBaselinePath!);
            result = baseline.Apply(result, $"recorded in the baseline {display}").Result;
            context = context with { BaselinePath = display };
        }

        if (changes is not null)
        {
            result = changes.Filter(result, console.WorkingDirectory);
            context = context with { ChangedSince = $"{arguments.ChangedSince} (merge base {changes.BaseCommit[..Math.Min(12, changes.BaseCommit.Length)]})" };
        }

        if (stdin is not null && TextDecoder.TryDecode(stdin, out var stdinText))
        {
            var fileContext = new ReportContext(console.WorkingDirectory);
            context = context with { ReadText = path => path == stdinPath ? stdinText.Text : fileContext.GetText(path) };
        }

        WriteReports(arguments, console, result, context);
        return result.Fails(arguments.FailOn) ? ExitCodes.Findings : ExitCodes.Success;
    }

    private static string DisplayPath(CliConsole console, string path) =>
        FileDiscovery.DisplayPath(console.WorkingDirectory, Path.GetFullPath(path, console.WorkingDirectory));

    /// <summary>The configuration in force, with the custom rules validated against it (C# rules only through a compiler).</summary>
    internal static LintConfiguration LoadConfiguration(string? configPath, string workingDirectory) =>
        LoadConfigurationAndRules(configPath, workingDirectory, codeRuleCompiler: null).Configuration;

    /// <summary>
    /// The configuration file's custom rules, then the configuration itself, validated against the
    /// built-in and the custom rules. <paramref name="codeRuleCompiler"/> null: C# rule files are
    /// skipped with a note (code rules not allowed).
    /// </summary>
    internal static (LintConfiguration Configuration, CustomRuleSet CustomRules) LoadConfigurationAndRules(
        string? configPath, string workingDirectory, ICodeRuleCompiler? codeRuleCompiler)
    {
        var path = configPath is null
            ? ConfigurationLoader.Find(workingDirectory)
            : Path.GetFullPath(configPath, workingDirectory);
        if (path is null)
        {
            return (LintConfiguration.CreateDefault(workingDirectory), CustomRuleSet.Empty);
        }

        var display = FileDiscovery.DisplayPath(workingDirectory, path);
        if (!File.Exists(path))
        {
            throw new ConfigurationException([new ConfigurationError(display, 1, 1, "configuration file not found")]);
        }

        var customRules = CustomRuleLoader.Load(ConfigurationLoader.ReadCustomRulePaths(path, display), codeRuleCompiler, workingDirectory);
        var configuration = ConfigurationLoader.Load(path, [.. BuiltInAnalyzers.AllDescriptors(), .. customRules.Descriptors], display);
        return (configuration, customRules);
    }

    /// <summary>
    /// Every requested report, from the one run: at most one goes to standard output, the others to
    /// their files (written atomically). The summary line goes where it does not spoil a
    /// machine-readable standard output.
    /// </summary>
    private static void WriteReports(LintArguments arguments, CliConsole console, LintResult result, ReportContext context)
    {
        var annotations = arguments.Formats.Any(f => f.Name == "github");
        string? stdoutFormat = null;
        foreach (var target in arguments.Formats)
        {
            if (target.Path is null)
            {
                stdoutFormat = target.Name;
                if (target.Name == "text")
                {
                    var color = !arguments.NoColor && console.ColorAllowed;
                    TextReporter.Write(console.Out, result, color, summary: false);
                    continue;
                }

                if (target.Name == "github")
                {
                    GitHubReporter.Write(console.Out, result);
                    continue;
                }
            }

            // Streamed straight to the file (atomically) or to standard output: a report is never
            // held whole in memory, so --format json costs no more memory than text.
            void Render(Stream stream)
            {
                switch (target.Name)
                {
                    case "json":
                        JsonReporter.Write(stream, result);
                        break;
                    case "sarif":
                        SarifReporter.Write(stream, result, context);
                        break;
                    default:
                        using (var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), 64 * 1024, leaveOpen: true) { NewLine = "\n" })
                        {
                            switch (target.Name)
                            {
                                case "github":
                                    GitHubReporter.Write(writer, result);
                                    break;
                                case "markdown":
                                    MarkdownSummaryReporter.Write(writer, result, context, annotations);
                                    break;
                                case "html":
                                    HtmlReporter.Write(writer, result, context);
                                    break;
                                default:
                                    TextReporter.Write(writer, result, color: false, summary: true);
                                    break;
                            }
                        }

                        break;
                }
            }

            if (target.Path is not null)
            {
                WriteFile(target.Path == arguments.OutputPath ? "--output" : $"--format {target.Name}", target.Path, console, Render);
            }
            else
            {
                using (var stdout = new TextWriterStream(console.Out))
                {
                    Render(stdout);
                }

                if (target.Name is "json" or "sarif")
                {
                    console.Out.WriteLine();
                }
            }
        }

        if (!arguments.Quiet)
        {
            // Machine-readable output on stdout stays clean: the human summary goes to stderr then.
            var summaryWriter = stdoutFormat is null or "text" or "github" ? console.Out : console.Error;
            summaryWriter.WriteLine(SummaryFormatter.Format(result));
        }
    }

    /// <summary>A report or baseline file; one that cannot be written is a usage error with its name, not a crash.</summary>
    private static void WriteFile(string option, string path, CliConsole console, byte[] bytes) =>
        WriteFile(option, path, console, stream => stream.Write(bytes));

    private static void WriteFile(string option, string path, CliConsole console, Action<Stream> write)
    {
        try
        {
            AtomicFile.Write(Path.GetFullPath(path, console.WorkingDirectory), write);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"nkcontentlint: {option}: could not write '{Reporting.DisplayText.Escape(path)}': {ex.Message}");
        }
    }

    private static void ReportFixes(LintArguments arguments, CliConsole console, FixRunResult fixRun)
    {
        var fixes = fixRun.Files.Sum(f => f.FixCount);
        if (arguments.DryRun)
        {
            foreach (var file in fixRun.Files)
            {
                TextDecoder.TryDecode(file.Original, out var before);
                TextDecoder.TryDecode(file.Fixed, out var after);
                console.Out.Write(UnifiedDiff.Create(file.DisplayPath, before.Text, after.Text));
            }
        }

        if (!arguments.Quiet)
        {
            var verb = arguments.DryRun ? "would fix" : "fixed";
            var summary = fixes == 0 ? (fixRun.NotWritten > 0 ? "Fixed nothing" : "Nothing to fix") : $"{char.ToUpperInvariant(verb[0])}{verb[1..]} {"problem".ToQuantity(fixes)} in {"file".ToQuantity(fixRun.Files.Count)}";
            if (fixRun.NotWritten > 0)
            {
                summary += $"; {"file".ToQuantity(fixRun.NotWritten)} could not be written (NK0004)";
            }
            (arguments.DryRun ? console.Error : console.Out).WriteLine(summary);
        }
    }
}
