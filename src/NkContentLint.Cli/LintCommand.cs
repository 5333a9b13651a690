using System.Collections.Immutable;
using Humanizer;
using NkContentLint.Configuration;
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
        var analyzers = BuiltInAnalyzers.Create();
        var descriptors = BuiltInAnalyzers.AllDescriptors();
        var configuration = LoadConfiguration(arguments, console.WorkingDirectory, descriptors);
        if (arguments.NoCrossFile)
        {
            configuration = configuration.WithRules(new Dictionary<string, RuleConfiguration>
            {
                [InconsistentFigureAnalyzer.Rule.Id] = new(null, ImmutableDictionary<string, object>.Empty.Add(InconsistentFigureAnalyzer.CrossFileOption, false)),
            });
        }

        var facts = BuiltInFacts.IndexFor(configuration, console.WorkingDirectory);

        byte[]? stdin = null;
        if (arguments.Paths.Contains(LintRequest.StandardInputMarker))
        {
            using var input = console.OpenStandardInput();
            using var buffer = new MemoryStream();
            input.CopyTo(buffer);
            stdin = buffer.ToArray();
        }

        var progress = !arguments.Quiet && console.ProgressAllowed ? new ProgressReporter(console.Error) : null;
        var request = new LintRequest(arguments.Paths, console.WorkingDirectory, configuration, analyzers)
        {
            StandardInput = stdin,
            StandardInputPath = arguments.StdinFileName ?? "<stdin>",
            Facts = facts,
            Progress = progress is null ? null : progress.Report,
        };
        LintResult result;
        if (arguments.Fix || arguments.FixSuggestions)
        {
            var level = arguments.FixSuggestions ? FixSafety.Suggestion : FixSafety.Safe;
            var fixRun = LintFixer.Run(request, new FixOptions(BuiltInAnalyzers.CreateFixProviders(), level, arguments.DryRun));
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

        WriteReport(arguments, console, result);
        return result.Fails(arguments.FailOn) ? ExitCodes.Findings : ExitCodes.Success;
    }

    internal static LintConfiguration LoadConfiguration(LintArguments arguments, string workingDirectory, IReadOnlyCollection<Diagnostics.DiagnosticDescriptor> descriptors)
    {
        var path = arguments.ConfigPath is null
            ? ConfigurationLoader.Find(workingDirectory)
            : Path.GetFullPath(arguments.ConfigPath, workingDirectory);
        if (path is null)
        {
            return LintConfiguration.CreateDefault(workingDirectory);
        }

        var display = FileDiscovery.DisplayPath(workingDirectory, path);
        if (!File.Exists(path))
        {
            throw new ConfigurationException([new ConfigurationError(display, 1, 1, "configuration file not found")]);
        }

        return ConfigurationLoader.Load(path, descriptors, display);
    }

    private static void WriteReport(LintArguments arguments, CliConsole console, LintResult result)
    {
        var toFile = arguments.OutputPath is not null;
        if (arguments.Format == "text" && !toFile)
        {
            var color = !arguments.NoColor && console.ColorAllowed;
            TextReporter.Write(console.Out, result, color, summary: !arguments.Quiet);
            return;
        }

        using (var buffer = new MemoryStream())
        {
            switch (arguments.Format)
            {
                case "json":
                    JsonReporter.Write(buffer, result);
                    break;
                case "sarif":
                    SarifReporter.Write(buffer, result, console.WorkingDirectory);
                    break;
                default:
                    using (var writer = new StreamWriter(buffer, leaveOpen: true))
                    {
                        TextReporter.Write(writer, result, color: false, summary: true);
                    }

                    break;
            }

            if (toFile)
            {
                AtomicFile.Write(Path.GetFullPath(arguments.OutputPath!, console.WorkingDirectory), buffer.ToArray());
            }
            else
            {
                console.Out.Write(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
                console.Out.WriteLine();
            }
        }

        if (!arguments.Quiet)
        {
            // Machine-readable output on stdout stays clean: the human summary goes to stderr then.
            (toFile ? console.Out : console.Error).WriteLine(SummaryFormatter.Format(result));
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
            var summary = fixes == 0 ? "Nothing to fix" : $"{char.ToUpperInvariant(verb[0])}{verb[1..]} {"problem".ToQuantity(fixes)} in {"file".ToQuantity(fixRun.Files.Count)}";
            (arguments.DryRun ? console.Error : console.Out).WriteLine(summary);
        }
    }
}
