using System.CommandLine;
using System.Text;
using NkContentLint.Configuration;
using NkContentLint.Fixing;
using NkContentLint.Reporting;
using NkContentLint.Rules;

namespace NkContentLint.Cli;

/// <summary>
/// <c>nkcontentlint init [--ci github] [--force]</c>: writes a commented <c>.nkcontentlint.yaml</c> with
/// every rule's default severity and options, a house fact pack stub, and with <c>--ci github</c> a
/// workflow that runs the action. <c>--print-schema</c> prints the configuration's JSON Schema instead.
/// </summary>
internal static class InitCommand
{
    public const string WorkflowPath = ".github/workflows/nkcontentlint.yml";

    public static Command Build(CliConsole console)
    {
        var ci = new Option<string?>("--ci")
        {
            Description = "Also write a CI workflow that runs NkContentLint: github (" + WorkflowPath + ").",
            HelpName = "github",
        };
        ci.AcceptOnlyFromAmong("github");
        var force = new Option<bool>("--force") { Description = "Overwrite files that already exist." };
        var printSchema = new Option<bool>("--print-schema") { Description = "Print the configuration's JSON Schema (generated from the rules) and write nothing." };
        var init = new Command("init", "Write a commented .nkcontentlint.yaml (every rule with its default severity and options) and a house fact pack stub in the current folder.")
        {
            ci, force, printSchema,
        };
        init.SetAction(result => Run(console, result.GetValue(ci), result.GetValue(force), result.GetValue(printSchema)));
        return init;
    }

    private static int Run(CliConsole console, string? ci, bool force, bool printSchema)
    {
        var rules = BuiltInAnalyzers.AllDescriptors();
        if (printSchema)
        {
            console.Out.Write(ConfigurationSchema.Generate(rules));
            return ExitCodes.Success;
        }

        var files = new List<(string Path, string Text, bool Required)>
        {
            (ConfigurationLoader.FileNames[0], ConfigurationTemplate.Configuration(rules, $"{ToolInfo.Name} {ToolInfo.Version}"), true),
            (ConfigurationTemplate.HouseFactPackPath, ConfigurationTemplate.HouseFactPack(), false),
        };
        if (ci == "github")
        {
            files.Add((WorkflowPath, GitHubWorkflow(), true));
        }

        var existing = ConfigurationLoader.FileNames.Select(n => Path.Combine(console.WorkingDirectory, n)).FirstOrDefault(File.Exists);
        if (existing is not null && !force)
        {
            console.Error.WriteLine($"nkcontentlint: {Path.GetFileName(existing)} already exists; edit it, or run 'nkcontentlint init --force' to replace it.");
            return ExitCodes.UsageError;
        }

        foreach (var (path, text, required) in files)
        {
            var full = Path.Combine(console.WorkingDirectory, path);
            if (File.Exists(full) && !(force && required))
            {
                if (required)
                {
                    console.Error.WriteLine($"nkcontentlint: {path} already exists; run 'nkcontentlint init --force' to replace it.");
                    return ExitCodes.UsageError;
                }

                console.Out.WriteLine($"kept     {path} (it exists)");
                continue;
            }

            AtomicFile.Write(full, Encoding.UTF8.GetBytes(text));
            console.Out.WriteLine($"wrote    {path}");
        }

        console.Out.WriteLine("Every value in the configuration is the default; edit what your house style needs. Editors that read");
        console.Out.WriteLine("the yaml-language-server comment on its first line complete and check it against the schema.");
        return ExitCodes.Success;
    }

    /// <summary>The five-line use of the action, on pull requests, with the one permission it needs.</summary>
    private static string GitHubWorkflow() =>
        "# Written by `nkcontentlint init --ci github`. NkContentLint annotates the pull request's changed\n"
        + "# lines and writes a job summary; options: https://github.com/nkcontentlint/NkContentLint/blob/main/docs/action.md\n"
        + "# @v1 works from NkContentLint's first release on; before it, use @main (which builds from source).\n"
        + "name: nkcontentlint\n"
        + "on: [pull_request]\n"
        + "permissions:\n"
        + "  contents: read\n"
        + "jobs:\n"
        + "  nkcontentlint:\n"
        + "    runs-on: ubuntu-latest\n"
        + "    steps:\n"
        + "      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1\n"
        + "      - uses: nkcontentlint/NkContentLint@v1\n"
        + "        with:\n"
        + "          only-changed: true\n";
}
