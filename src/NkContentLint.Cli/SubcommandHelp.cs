using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using NkContentLint.Reporting;

namespace NkContentLint.Cli;

/// <summary>
/// Help for subcommands (<c>nkcontentlint rules --help</c>) that shows only what applies to them: the
/// built-in help would also list the root command's <c>&lt;paths&gt;</c> argument and put it in the usage
/// line. The root command keeps the built-in help.
/// </summary>
internal static class SubcommandHelp
{
    public static void Apply(RootCommand root, CliConsole console)
    {
        foreach (var option in root.Options.OfType<HelpOption>())
        {
            option.Action = new Action(option.Action, console);
        }
    }

    private sealed class Action(CommandLineAction? builtIn, CliConsole console) : SynchronousCommandLineAction
    {
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            var command = parseResult.CommandResult.Command;
            if (command is RootCommand && builtIn is SynchronousCommandLineAction rootHelp)
            {
                return rootHelp.Invoke(parseResult);
            }

            Write(parseResult.CommandResult, console.Out);
            return ExitCodes.Success;
        }
    }

    private static void Write(CommandResult result, TextWriter output)
    {
        var command = result.Command;
        var path = new List<string>();
        var ancestors = new List<Command>();
        for (var current = result; current is not null; current = current.Parent as CommandResult)
        {
            path.Insert(0, current.Command is RootCommand ? ToolInfo.Name : current.Command.Name);
            ancestors.Add(current.Command);
        }

        var arguments = command.Arguments.Where(a => !a.Hidden).ToList();
        var options = command.Options.Where(o => !o.Hidden)
            .Concat(ancestors.Skip(1).SelectMany(a => a.Options).Where(o => o.Recursive && !o.Hidden))
            .OrderBy(o => o is HelpOption ? 0 : 1)
            .ToList();
        var subcommands = command.Subcommands.Where(c => !c.Hidden).ToList();

        if (!string.IsNullOrEmpty(command.Description))
        {
            output.WriteLine("Description:");
            output.WriteLine("  " + command.Description);
            output.WriteLine();
        }

        output.WriteLine("Usage:");
        var usage = string.Join(' ', path);
        if (subcommands.Count > 0)
        {
            usage += " [command]";
        }

        foreach (var argument in arguments)
        {
            usage += argument.Arity.MaximumNumberOfValues > 1 ? $" [<{argument.Name}>...]" : argument.Arity.MinimumNumberOfValues == 0 ? $" [<{argument.Name}>]" : $" <{argument.Name}>";
        }

        output.WriteLine("  " + usage + " [options]");
        output.WriteLine();

        WriteTable(output, "Arguments:", arguments.Select(a => ($"<{a.Name}>", a.Description ?? string.Empty)));
        WriteTable(output, "Options:", options.Select(o => (OptionLabel(o), o.Description ?? string.Empty)));
        WriteTable(output, "Commands:", subcommands.Select(c => (c.Name + string.Concat(c.Arguments.Where(a => !a.Hidden).Select(a => $" <{a.Name}>")), c.Description ?? string.Empty)));
    }

    private static string OptionLabel(Option option)
    {
        var names = option.Aliases.Append(option.Name).Where(n => !n.StartsWith('/')).Distinct().OrderBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal);
        var label = string.Join(", ", names);
        if (option.ValueType != typeof(bool) && option is not HelpOption)
        {
            label += $" <{option.HelpName ?? option.Name.TrimStart('-')}>";
        }

        return label;
    }

    private static void WriteTable(TextWriter output, string heading, IEnumerable<(string Label, string Description)> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return;
        }

        output.WriteLine(heading);
        var width = list.Max(r => r.Label.Length);
        foreach (var (label, description) in list)
        {
            output.WriteLine($"  {label.PadRight(width)}  {description}");
        }

        output.WriteLine();
    }
}
