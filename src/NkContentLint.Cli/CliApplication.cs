using System.CommandLine;
using System.CommandLine.Invocation;
using NkContentLint.Configuration;
using NkContentLint.Diagnostics;
using NkContentLint.Reporting;
using NkContentLint.Rules;

namespace NkContentLint.Cli;

/// <summary>
/// The command line: defines commands and options and hands the work to the engine. No rule logic here.
/// </summary>
public static class CliApplication
{
    public static int Run(string[] args, CliConsole console)
    {
        var root = BuildRootCommand(console);
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0 && parseResult.Action is not SynchronousCommandLineAction { ClearsParseErrors: true })
        {
            foreach (var error in parseResult.Errors)
            {
                console.Error.WriteLine($"nkcontentlint: {error.Message}");
            }

            console.Error.WriteLine("Run 'nkcontentlint --help' for usage.");
            return ExitCodes.UsageError;
        }

        try
        {
            return parseResult.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException ex)
        {
            console.Error.WriteLine(ex.Message);
            return ExitCodes.UsageError;
        }
        catch (ConfigurationException ex)
        {
            foreach (var error in ex.Errors)
            {
                console.Error.WriteLine(error.ToString());
            }

            return ExitCodes.UsageError;
        }
        catch (CustomRules.CustomRuleException ex)
        {
            foreach (var error in ex.Errors)
            {
                console.Error.WriteLine(error.ToString());
            }

            return ExitCodes.UsageError;
        }
        catch (Changes.GitChangesException ex)
        {
            console.Error.WriteLine($"nkcontentlint: --changed-since: {ex.Message}");
            return ExitCodes.UsageError;
        }
        catch (Baselines.BaselineException ex)
        {
            console.Error.WriteLine(ex.Message);
            return ExitCodes.UsageError;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A bug in the tool itself: one clear line, not a stack trace, and the usage exit code.
            console.Error.WriteLine($"nkcontentlint: internal error: {ex.GetType().Name}: {ex.Message}");
            console.Error.WriteLine("Please report this at " + ToolInfo.InformationUri + "/issues");
            return ExitCodes.UsageError;
        }
    }

    internal static RootCommand BuildRootCommand(CliConsole console)
    {
        var root = new RootCommand("nkcontentlint: a fact-aware linter for Markdown articles about North Korea's internet and social media.");
        var lint = new LintCommandOptions();
        lint.AddTo(root);
        root.SetAction(parseResult => LintCommand.Run(lint.Read(parseResult), console));

        foreach (var option in root.Options)
        {
            if (option is VersionOption)
            {
                option.Action = new PrintVersionAction(console);
            }
        }

        var rulesConfig = new Option<string?>("--config") { Description = "Configuration file whose custom rules are listed too (default the nearest .nkcontentlint.yaml)." };
        var rulesAllowCode = new Option<bool>("--allow-code-rules") { Description = "Compile the C# rules of the custom rule folders so they are listed too (they run code: see docs/rules-authoring.md)." };
        var rules = new Command("rules", "List every rule, built-in and custom, with its ID, default severity, title, documentation link and, for a custom rule, the file it comes from.") { rulesConfig, rulesAllowCode };
        rules.SetAction(result => PrintRules(console, result.GetValue(rulesConfig), result.GetValue(rulesAllowCode)));
        root.Subcommands.Add(rules);
        var mergeOptions = new LintCommandOptions(merge: true);
        var merge = new Command("merge", "Combine the shard files of one run (--shard k/n --format shard:FILE) into the result an unsharded run gives: cross-file checks, suppressions, --baseline, --changed-since and --fail-on apply here, and any format can be reported.");
        mergeOptions.AddTo(merge);
        merge.SetAction(parseResult => LintCommand.RunMerge(mergeOptions.Read(parseResult), console));
        root.Subcommands.Add(merge);
        root.Subcommands.Add(FactsCommand.Build(console));
        root.Subcommands.Add(InitCommand.Build(console));
        root.Subcommands.Add(LanguageServerCommand.Build(console));
        SubcommandHelp.Apply(root, console);
        return root;
    }

    private static int PrintRules(CliConsole console, string? configPath, bool allowCodeRules)
    {
        var compiler = allowCodeRules ? CodeRuleSupport.CreateCompiler() : null;
        using var unloadCodeRules = compiler as IDisposable;
        var (_, custom) = LintCommand.LoadConfigurationAndRules(configPath, console.WorkingDirectory, compiler);
        var sources = custom.Rules.ToDictionary(r => r.Descriptor.Id, StringComparer.Ordinal);
        var descriptors = BuiltInAnalyzers.AllDescriptors().Concat(custom.Descriptors).ToList();
        var width = Math.Max(7, descriptors.Max(d => d.Id.Length));
        console.Out.WriteLine($"{"ID".PadRight(width)} {"Severity",-8} {"Category",-10} Title");
        foreach (var d in descriptors)
        {
            console.Out.WriteLine($"{d.Id.PadRight(width)} {d.DefaultSeverity.ToConfigName(),-8} {d.Category,-10} {d.Title}");
            console.Out.WriteLine($"{string.Empty.PadRight(width + 21)}{d.HelpLinkUri}");
            if (sources.TryGetValue(d.Id, out var rule))
            {
                console.Out.WriteLine($"{string.Empty.PadRight(width + 21)}{rule.Kind} rule from {rule.SourcePath}");
            }
        }

        foreach (var note in custom.Notes)
        {
            console.Error.WriteLine($"nkcontentlint: {note}");
        }

        return ExitCodes.Success;
    }

    private sealed class PrintVersionAction(CliConsole console) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            console.Out.WriteLine($"{ToolInfo.Name} {ToolInfo.Version}");
            console.Out.WriteLine($"commit: {ToolInfo.Commit ?? "unknown (built outside git)"}");
            console.Out.WriteLine($"facts: {BuiltInFacts.DefaultPack.Id} {BuiltInFacts.DefaultPack.Version} (built-in)");
            return ExitCodes.Success;
        }
    }
}
