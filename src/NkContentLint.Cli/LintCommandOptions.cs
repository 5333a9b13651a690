using System.CommandLine;
using NkContentLint.Diagnostics;

namespace NkContentLint.Cli;

/// <summary>What the user asked the lint command for, after parsing.</summary>
public sealed record LintArguments(
    IReadOnlyList<string> Paths,
    string? ConfigPath,
    string Format,
    string? OutputPath,
    DiagnosticSeverity FailOn,
    bool Quiet,
    bool NoColor,
    string? StdinFileName,
    bool Fix,
    bool FixSuggestions,
    bool DryRun,
    bool NoCrossFile);

/// <summary>The root command's arguments and options, declared once.</summary>
internal sealed class LintCommandOptions
{
    public static readonly string[] Formats = ["text", "json", "sarif"];

    private readonly Argument<string[]> paths = new("paths")
    {
        Description = "Files, folders or globs to lint (default: **/*.md and **/*.markdown under the current folder). Use - to read one article from standard input.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<string?> config = new("--config", "-c")
    {
        Description = "Configuration file (default: the nearest .nkcontentlint.yaml, .yml or .json in the current folder or above).",
    };

    private readonly Option<string> format = new("--format", "-f")
    {
        Description = "Output format.",
        DefaultValueFactory = _ => "text",
    };

    private readonly Option<string?> output = new("--output", "-o")
    {
        Description = "Write the report to this file instead of standard output.",
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

    private readonly Option<bool> noCrossFile = new("--no-cross-file")
    {
        Description = "Do not compare figures across articles (NK2004 still compares within each article).",
    };

    public LintCommandOptions()
    {
        format.AcceptOnlyFromAmong(Formats);
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
    }

    public void AddTo(Command command)
    {
        command.Validators.Add(result =>
        {
            var fixing = result.GetValue(fix) || result.GetValue(fixSuggestions);
            if (result.GetValue(dryRun) && !fixing)
            {
                result.AddError("--dry-run goes with --fix or --fix-suggestions.");
            }

            if (fixing && (result.GetValue(paths) ?? []).Contains("-"))
            {
                result.AddError("--fix cannot rewrite standard input; lint the file itself.");
            }
        });
        command.Arguments.Add(paths);
        foreach (var option in new Option[] { config, format, output, failOn, quiet, noColor, stdinFileName, fix, fixSuggestions, dryRun, noCrossFile })
        {
            command.Options.Add(option);
        }
    }

    public LintArguments Read(ParseResult result)
    {
        DiagnosticSeverityNames.TryParse(result.GetValue(failOn), out var failOnSeverity);
        return new LintArguments(
            result.GetValue(paths) ?? [],
            result.GetValue(config),
            result.GetValue(format) ?? "text",
            result.GetValue(output),
            failOnSeverity,
            result.GetValue(quiet),
            result.GetValue(noColor),
            result.GetValue(stdinFileName),
            result.GetValue(fix),
            result.GetValue(fixSuggestions),
            result.GetValue(dryRun),
            result.GetValue(noCrossFile));
    }
}
