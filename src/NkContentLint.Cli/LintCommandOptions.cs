using System.CommandLine;
using NkContentLint.Diagnostics;

namespace NkContentLint.Cli;

/// <summary>What the user asked the lint command for, after parsing.</summary>
internal sealed record LintArguments(
    IReadOnlyList<string> Paths,
    string? ConfigPath,
    IReadOnlyList<FormatTarget> Formats,
    DiagnosticSeverity FailOn,
    bool Quiet,
    bool NoColor,
    string? StdinFileName,
    bool Fix,
    bool FixSuggestions,
    bool DryRun,
    bool NoCrossFile)
{
    /// <summary><c>--changed-since REF</c>: report only findings on lines changed since the merge base with REF.</summary>
    public string? ChangedSince { get; init; }

    /// <summary><c>--baseline FILE</c>: findings recorded there are not reported.</summary>
    public string? BaselinePath { get; init; }

    /// <summary><c>--write-baseline FILE</c>: record this run's findings there.</summary>
    public string? WriteBaselinePath { get; init; }

    /// <summary><c>--output FILE</c>, as given (already applied to <see cref="Formats"/>).</summary>
    public string? OutputPath { get; init; }

    /// <summary><c>--allow-no-files</c>: a folder or glob that matches no file is not an error.</summary>
    public bool AllowNoFiles { get; init; }

    /// <summary><c>--allow-code-rules</c>: compile and run C# rule files (they run code; never implied by a file).</summary>
    public bool AllowCodeRules { get; init; }

    /// <summary><c>--rule-time-budget SECONDS</c>: how long a code rule may run on one article (NK0005 past it).</summary>
    public TimeSpan RuleTimeBudget { get; init; } = Analysis.AnalyzerDriverOptions.DefaultRuleTimeBudget;

    /// <summary><c>--shard k/n</c>: lint only the k-th of n parts of the files (with <c>--format shard:FILE</c>).</summary>
    public Running.ShardSpec? Shard { get; init; }

    /// <summary><c>--cache DIR</c>: the content cache (DIR/articles) and the compiled code rules (DIR/code-rules).</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>The shard file to write (<c>--format shard:FILE</c>), or null.</summary>
    public string? ShardPath => Formats.FirstOrDefault(f => f.Name == "shard")?.Path;
}

/// <summary>One report to write: a format, and a file (null: standard output).</summary>
internal sealed record FormatTarget(string Name, string? Path)
{
    /// <summary>
    /// <c>name</c> or <c>name:path</c>; the name must be a known format, so <c>C:\x</c> alone is not
    /// split. Null when the name is unknown.
    /// </summary>
    public static FormatTarget? Parse(string spec)
    {
        var colon = spec.IndexOf(':');
        var name = colon < 0 ? spec : spec[..colon];
        if (!LintCommandOptions.Formats.Contains(name, StringComparer.Ordinal))
        {
            return null;
        }

        var path = colon < 0 ? null : spec[(colon + 1)..];
        return path is { Length: 0 } ? null : new FormatTarget(name, path);
    }
}

/// <summary>The root command's arguments and options, declared once.</summary>
internal sealed class LintCommandOptions
{
    public static readonly string[] Formats = ["text", "json", "sarif", "github", "markdown", "html", "shard"];

    private readonly bool merge;

    /// <param name="merge">The options of <c>nkcontentlint merge SHARD...</c>: paths are shard files, and the options that choose or analyse files are left out.</param>
    public LintCommandOptions(bool merge = false)
        : this()
    {
        this.merge = merge;
        if (merge)
        {
            paths.Description = "The shard files to merge (written by --format shard:FILE), one for each part k/n of the run.";
            paths.Arity = ArgumentArity.OneOrMore;
            paths.HelpName = "SHARD";
        }
    }

    private readonly Argument<string[]> paths = new("paths")
    {
        Description = "Files, folders or globs to lint (default: **/*.md and **/*.markdown under the current folder). Use - to read one article from standard input.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<string?> config = new("--config", "-c")
    {
        Description = "Configuration file (default: the nearest .nkcontentlint.yaml, .yml or .json in the current folder or above).",
    };

    private readonly Option<string[]> format = new("--format", "-f")
    {
        Description = "Output format: text, json, sarif, github (workflow-command annotations), markdown (job summary) or html; "
            + "FORMAT:FILE writes it to FILE. Repeat to write several reports in one run (--format github --format sarif:results.sarif). Default: text.",
        HelpName = "FORMAT[:FILE]",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<string?> output = new("--output", "-o")
    {
        Description = "Write the report (of the one --format without its own :FILE) to this file instead of standard output.",
    };

    private readonly Option<string?> changedSince = new("--changed-since")
    {
        Description = "Report only findings on lines changed since the merge base of this git reference and HEAD, uncommitted changes included (added and renamed files count as wholly changed). Every article is still read for cross-file checks.",
        HelpName = "REF",
    };

    private readonly Option<string?> baseline = new("--baseline")
    {
        Description = "Do not report findings recorded in this baseline file (written by --write-baseline).",
        HelpName = "FILE",
    };

    private readonly Option<string?> writeBaseline = new("--write-baseline")
    {
        Description = "Record this run's findings in FILE, so that later runs with --baseline FILE report only new ones.",
        HelpName = "FILE",
    };

    private readonly Option<string> failOn = new("--fail-on")
    {
        Description = "Exit with code 1 when a finding is at or above this severity.",
        DefaultValueFactory = _ => "error",
    };

    private readonly Option<bool> quiet = new("--quiet", "-q")
    {
        Description = "Print findings only: no summary line, no progress.",
    };

    private readonly Option<bool> noColor = new("--no-color")
    {
        Description = "Never colour the output (the NO_COLOR environment variable does the same).",
    };

    private readonly Option<string?> stdinFileName = new("--stdin-filename")
    {
        Description = "The path to report for an article read from standard input (-).",
    };

    private readonly Option<bool> fix = new("--fix")
    {
        Description = "Apply safe fixes (certain repairs such as reversing mojibake) to the files, then report what remains.",
    };

    private readonly Option<bool> fixSuggestions = new("--fix-suggestions")
    {
        Description = "Apply safe fixes and suggested ones (plausible repairs that need a human, such as a canonical figure).",
    };

    private readonly Option<bool> dryRun = new("--dry-run")
    {
        Description = "With --fix or --fix-suggestions: print a unified diff of the changes instead of writing them.",
    };

    private readonly Option<bool> allowNoFiles = new("--allow-no-files")
    {
        Description = "Exit 0 when a folder or glob matches no file (by default that is an error, exit 2, so CI cannot pass while checking nothing).",
    };

    private readonly Option<bool> noCrossFile = new("--no-cross-file")
    {
        Description = "Do not compare figures across articles (NK2004 still compares within each article).",
    };

    private readonly Option<bool> allowCodeRules = new("--allow-code-rules")
    {
        Description = "Compile and run the C# rules (.cs files) of the configuration's custom rule folders. They run code with your permissions: "
            + "only the command line turns this on, never a file in the linted tree; do not use it on pull requests from forks.",
    };

    private readonly Option<string?> shard = new("--shard")
    {
        Description = "Lint only part k of n (k/n, e.g. 2/4): files are split by a hash of their path, the same on every machine. Write the part with --format shard:FILE and combine the parts with 'nkcontentlint merge'.",
        HelpName = "k/n",
    };

    private readonly Option<string?> cache = new("--cache")
    {
        Description = "Keep a content cache in DIR: an article whose content, configuration, tool build, fact packs and rule files are unchanged is not analysed again (cross-file checks still see it). Compiled code rules are kept there too.",
        HelpName = "DIR",
    };

    private readonly Option<double> ruleTimeBudget = new("--rule-time-budget")
    {
        Description = "Seconds a code rule may run on one article; past that it is reported as NK0005, its findings are dropped and the run goes on. Default: 10.",
        HelpName = "SECONDS",
        DefaultValueFactory = _ => Analysis.AnalyzerDriverOptions.DefaultRuleTimeBudget.TotalSeconds,
    };

    private LintCommandOptions()
    {
        ruleTimeBudget.Validators.Add(result =>
        {
            var seconds = result.GetValueOrDefault<double>();
            if (!(seconds > 0 && seconds <= 3600))
            {
                result.AddError("--rule-time-budget takes a number of seconds above 0 and at most 3600 (e.g. 10 or 0.5).");
            }
        });
        format.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (FormatTarget.Parse(token.Value) is null)
                {
                    result.AddError($"Unknown format '{token.Value}': use one of {string.Join(", ", Formats)}, optionally followed by :FILE.");
                }
                else if (FormatTarget.Parse(token.Value) is { Name: "shard", Path: null })
                {
                    result.AddError("--format shard needs a file: --format shard:FILE.");
                }
            }
        });
        // A mistyped option must not be linted as a file named "--quite"; name such files ./--quite.
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.StartsWith('-') && token.Value != "-")
                {
                    result.AddError($"Unrecognized option '{token.Value}'.");
                }
            }
        });
        failOn.AcceptOnlyFromAmong("error", "warning", "info", "none");
        shard.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } text && Running.ShardSpec.Parse(text) is null)
            {
                result.AddError($"--shard takes k/n with 1 <= k <= n <= 10000 (e.g. 2/4), not '{text}'.");
            }
        });
    }

    public void AddTo(Command command)
    {
        command.Validators.Add(result =>
        {
            var targets = (result.GetValue(format) ?? []).Select(FormatTarget.Parse).OfType<FormatTarget>().ToList();
            var toStdout = targets.Count(t => t.Path is null);
            if (result.GetValue(output) is not null && toStdout != 1 && targets.Count > 0)
            {
                result.AddError("--output goes with exactly one --format that has no :FILE of its own.");
            }
            else if (result.GetValue(output) is null && toStdout > 1)
            {
                result.AddError("Only one format can write to standard output; give the others a file (--format sarif:results.sarif).");
            }

            if (merge)
            {
                if (targets.Any(t => t.Name == "shard"))
                {
                    result.AddError("merge reports in text, json, sarif, github, markdown or html; a merged run is not a shard.");
                }

                return;
            }

            var shardFile = targets.Any(t => t.Name == "shard");
            if (result.GetValue(shard) is not null && !shardFile)
            {
                result.AddError("--shard writes its part of the run with --format shard:FILE; combine the parts with 'nkcontentlint merge'.");
            }

            if (shardFile)
            {
                if (targets.Count > 1)
                {
                    result.AddError("--format shard:FILE is the only report of a shard run: the other formats come from 'nkcontentlint merge'.");
                }

                foreach (var (name, given) in new (string, bool)[]
                {
                    ("--baseline", result.GetValue(baseline) is not null),
                    ("--write-baseline", result.GetValue(writeBaseline) is not null),
                    ("--changed-since", result.GetValue(changedSince) is not null),
                    ("--fix", result.GetValue(fix) || result.GetValue(fixSuggestions)),
                    ("standard input (-)", (result.GetValue(paths) ?? []).Contains("-")),
                })
                {
                    if (given)
                    {
                        result.AddError($"{name} does not go with --format shard: a shard holds its part of the run before suppressions and filters; pass {name} to 'nkcontentlint merge' instead.");
                    }
                }
            }

            var fixing = result.GetValue(fix) || result.GetValue(fixSuggestions);
            if (result.GetValue(dryRun) && !fixing)
            {
                result.AddError("--dry-run goes with --fix or --fix-suggestions.");
            }

            if (result.GetValue(stdinFileName) is not null && !(result.GetValue(paths) ?? []).Contains("-"))
            {
                result.AddError("--stdin-filename names the article read from standard input: add - to the paths.");
            }

            if (fixing && (result.GetValue(paths) ?? []).Contains("-"))
            {
                result.AddError("--fix cannot rewrite standard input; lint the file itself.");
            }

        });
        command.Arguments.Add(paths);
        Option[] options = merge
            ? [config, format, output, failOn, changedSince, baseline, writeBaseline, quiet, noColor, noCrossFile, allowCodeRules, cache]
            : [config, format, output, failOn, changedSince, baseline, writeBaseline, quiet, noColor, stdinFileName, fix, fixSuggestions, dryRun, noCrossFile, allowNoFiles, allowCodeRules, ruleTimeBudget, shard, cache];
        foreach (var option in options)
        {
            command.Options.Add(option);
        }
    }

    public LintArguments Read(ParseResult result)
    {
        DiagnosticSeverityNames.TryParse(result.GetValue(failOn), out var failOnSeverity);
        var targets = (result.GetValue(format) ?? []).Select(FormatTarget.Parse).OfType<FormatTarget>().ToList();
        if (targets.Count == 0)
        {
            targets.Add(new FormatTarget("text", null));
        }

        if (result.GetValue(output) is { } outputPath)
        {
            targets = [.. targets.Select(t => t.Path is null ? t with { Path = outputPath } : t)];
        }

        return new LintArguments(
            result.GetValue(paths) ?? [],
            result.GetValue(config),
            targets,
            failOnSeverity,
            result.GetValue(quiet),
            result.GetValue(noColor),
            result.GetValue(stdinFileName),
            result.GetValue(fix),
            result.GetValue(fixSuggestions),
            result.GetValue(dryRun),
            result.GetValue(noCrossFile))
        {
            ChangedSince = result.GetValue(changedSince),
            BaselinePath = result.GetValue(baseline),
            WriteBaselinePath = result.GetValue(writeBaseline),
            OutputPath = result.GetValue(output),
            AllowNoFiles = result.GetValue(allowNoFiles),
            AllowCodeRules = result.GetValue(allowCodeRules),
            RuleTimeBudget = TimeSpan.FromSeconds(result.GetValue(ruleTimeBudget)),
            Shard = result.GetValue(shard) is { } shardText ? Running.ShardSpec.Parse(shardText) : null,
            CacheDirectory = result.GetValue(cache),
        };
    }
}
