using System.Text.RegularExpressions;
using NkContentLint.Tests.Testing;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace NkContentLint.Tests.Action;

/// <summary>What a simulated run of the action produced.</summary>
/// <param name="SkippedUses">The <c>uses:</c> steps a runner would have run (their <c>if:</c> held) but the simulation cannot.</param>
/// <param name="UsesNotRun">The <c>uses:</c> steps whose <c>if:</c> was false, which a runner would not run either.</param>
public sealed record ActionRun(int ExitCode, string Out, string Error, IReadOnlyDictionary<string, string> Outputs, string Summary, IReadOnlyList<string> SkippedUses, IReadOnlyList<string> UsesNotRun);

/// <summary>
/// Runs action.yml's composite <c>run:</c> steps the way a GitHub runner does: each step's
/// <c>${{ … }}</c> expressions filled in (inputs with their defaults, github.action_path,
/// runner.temp, steps.*.outputs.*), its env set, executed with <c>bash --noprofile --norc -eo pipefail</c>
/// in GITHUB_WORKSPACE, a fresh GITHUB_OUTPUT file per step whose lines become the step's outputs,
/// one GITHUB_STEP_SUMMARY, and the action's outputs evaluated at the end. A failing step stops the
/// run. <c>uses:</c> steps (setup-dotnet, cache) cannot run here: their <c>if:</c> (a comparison of a step
/// output with a string) is evaluated and they are listed as skipped or not run; the CLI build the cache
/// would restore on an unreleased ref is pre-seeded from the test's own build, as a cache hit would restore it.
/// An expression the simulation does not know fails the test rather than being guessed.
/// </summary>
public static class ActionRunner
{
    private static readonly Regex Expression = new(@"\$\{\{\s*(.+?)\s*\}\}", RegexOptions.Compiled);

    public static ActionRun Run(string workspace, IReadOnlyDictionary<string, string> inputs, IReadOnlyDictionary<string, string>? environment = null)
    {
        var actionPath = RepositoryPaths.Root;
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(actionPath, "action.yml")))
        {
            yaml.Load(reader);
        }

        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var runs = (YamlMappingNode)root["runs"];
        Assert.Equal("composite", runs["using"].ToString());

        var defaults = ((YamlMappingNode)root["inputs"]).Children.ToDictionary(
            e => e.Key.ToString(),
            e => ((YamlMappingNode)e.Value).Children.TryGetValue(new YamlScalarNode("default"), out var d) ? d.ToString() : string.Empty);
        foreach (var name in inputs.Keys)
        {
            Assert.True(defaults.ContainsKey(name), $"action.yml has no input '{name}'");
        }

        // One runner temp folder per workspace, beside it as on a runner, and kept between the runs of one test (the
        // content cache lives there); a folder shared by every test run let concurrent runs of two builds use each
        // other's seeded CLI and cache. TempDirectory deletes it with the workspace.
        var runnerTemp = workspace.TrimEnd(Path.DirectorySeparatorChar) + TempDirectory.RunnerTempSuffix;
        Directory.CreateDirectory(runnerTemp);
        SeedCliCache(Path.Combine(runnerTemp, "nkcontentlint-cli"));
        var summaryFile = Path.Combine(runnerTemp, "step-summary.md");
        File.WriteAllText(summaryFile, string.Empty);

        var stepOutputs = new Dictionary<string, Dictionary<string, string>>();
        string Evaluate(string text) => Expression.Replace(text, m =>
        {
            var expression = m.Groups[1].Value;
            if (expression.StartsWith("inputs.", StringComparison.Ordinal))
            {
                var name = expression["inputs.".Length..];
                Assert.True(defaults.ContainsKey(name), $"action.yml uses undeclared input '{name}'");
                return inputs.TryGetValue(name, out var value) ? value : defaults[name];
            }

            var step = Regex.Match(expression, @"^steps\.([\w-]+)\.outputs\.([\w-]+)$");
            if (step.Success)
            {
                return stepOutputs.TryGetValue(step.Groups[1].Value, out var outputs) ? outputs.GetValueOrDefault(step.Groups[2].Value, string.Empty) : string.Empty;
            }

            return expression switch
            {
                "github.action_path" => actionPath,
                "github.workspace" => workspace,
                "runner.temp" => runnerTemp,
                "github.action_ref" => environment?.GetValueOrDefault("GITHUB_ACTION_REF") ?? string.Empty,
                _ => throw new Xunit.Sdk.XunitException($"the runner simulation does not know the expression '{expression}'"),
            };
        });

        var baseEnvironment = new Dictionary<string, string?>
        {
            ["CI"] = "true",
            ["GITHUB_ACTIONS"] = "true",
            ["GITHUB_WORKSPACE"] = workspace,
            ["GITHUB_ACTION_PATH"] = actionPath,
            ["GITHUB_STEP_SUMMARY"] = summaryFile,
            ["GITHUB_BASE_REF"] = string.Empty,
            ["GITHUB_EVENT_NAME"] = "push",
            ["RUNNER_TEMP"] = runnerTemp,
            ["RUNNER_OS"] = "Linux",
            ["RUNNER_ARCH"] = System.Runtime.InteropServices.RuntimeInformation.OSArchitecture == System.Runtime.InteropServices.Architecture.Arm64 ? "ARM64" : "X64",
            ["GIT_CONFIG_GLOBAL"] = "/dev/null",
            ["GIT_CONFIG_NOSYSTEM"] = "1",
            ["NO_COLOR"] = null,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            baseEnvironment[name] = value;
        }

        var output = new System.Text.StringBuilder();
        var error = new System.Text.StringBuilder();
        var skipped = new List<string>();
        var notRun = new List<string>();
        var exitCode = 0;
        var index = 0;
        foreach (var step in ((YamlSequenceNode)runs["steps"]).Children.Cast<YamlMappingNode>())
        {
            index++;
            var fields = step.Children.ToDictionary(e => e.Key.ToString(), e => e.Value);
            if (fields.TryGetValue("uses", out var uses))
            {
                var willRun = !fields.TryGetValue("if", out var condition) || EvaluateCondition(condition.ToString(), stepOutputs);
                (willRun ? skipped : notRun).Add(uses.ToString());
                continue;
            }

            Assert.False(fields.ContainsKey("if"), "the simulation does not evaluate 'if:' on run steps; keep conditions in the script");
            Assert.Equal("bash", fields["shell"].ToString());
            var id = fields.TryGetValue("id", out var idNode) ? idNode.ToString() : $"step{index}";
            var script = Path.Combine(runnerTemp, $"step-{index}.sh");
            File.WriteAllText(script, Evaluate(fields["run"].ToString()));
            var outputFile = Path.Combine(runnerTemp, $"output-{index}");
            File.WriteAllText(outputFile, string.Empty);
            var env = new Dictionary<string, string?>(baseEnvironment) { ["GITHUB_OUTPUT"] = outputFile };
            if (fields.TryGetValue("env", out var envNode))
            {
                foreach (var (key, value) in ((YamlMappingNode)envNode).Children)
                {
                    env[key.ToString()] = Evaluate(value.ToString());
                }
            }

            var (exit, stdout, stderr) = ExternalTools.Run("bash", ["--noprofile", "--norc", "-eo", "pipefail", script], workspace, env, TimeSpan.FromMinutes(3));
            output.Append(stdout);
            error.Append(stderr);
            stepOutputs[id] = ParseOutputFile(outputFile);
            if (exit != 0)
            {
                exitCode = exit;
                break;
            }
        }

        var actionOutputs = ((YamlMappingNode)root["outputs"]).Children.ToDictionary(
            e => e.Key.ToString(),
            e => Evaluate(((YamlMappingNode)e.Value)["value"].ToString()));
        return new ActionRun(exitCode, output.ToString(), error.ToString(), actionOutputs, File.ReadAllText(summaryFile), skipped, notRun);
    }

    /// <summary>The one form of <c>if:</c> the action uses: <c>steps.ID.outputs.NAME == 'value'</c> (or <c>!=</c>).</summary>
    private static bool EvaluateCondition(string condition, Dictionary<string, Dictionary<string, string>> stepOutputs)
    {
        var match = Regex.Match(condition.Trim(), @"^(?:\$\{\{\s*)?steps\.([\w-]+)\.outputs\.([\w-]+)\s*(==|!=)\s*'([^']*)'(?:\s*\}\})?$");
        if (!match.Success)
        {
            throw new Xunit.Sdk.XunitException($"the runner simulation does not know the condition '{condition}'");
        }

        var value = stepOutputs.TryGetValue(match.Groups[1].Value, out var outputs) ? outputs.GetValueOrDefault(match.Groups[2].Value, string.Empty) : string.Empty;
        // GitHub compares strings case-insensitively.
        var equal = string.Equals(value, match.Groups[4].Value, StringComparison.OrdinalIgnoreCase);
        return match.Groups[3].Value == "==" ? equal : !equal;
    }

    /// <summary>GITHUB_OUTPUT lines: name=value, or name&lt;&lt;DELIMITER … DELIMITER for multi-line values.</summary>
    private static Dictionary<string, string> ParseOutputFile(string path)
    {
        var outputs = new Dictionary<string, string>();
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            var heredoc = Regex.Match(lines[i], @"^([^=<]+)<<(.+)$");
            if (heredoc.Success)
            {
                var value = new List<string>();
                while (++i < lines.Length && lines[i] != heredoc.Groups[2].Value)
                {
                    value.Add(lines[i]);
                }

                outputs[heredoc.Groups[1].Value] = string.Join('\n', value);
            }
            else if (lines[i].IndexOf('=') is var eq and > 0)
            {
                outputs[lines[i][..eq]] = lines[i][(eq + 1)..];
            }
        }

        return outputs;
    }

    /// <summary>What actions/cache would restore: the published CLI. The test's own build has the same files.</summary>
    private static void SeedCliCache(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.EnumerateFiles(AppContext.BaseDirectory))
        {
            var name = Path.GetFileName(file);
            if (name.EndsWith(".dll", StringComparison.Ordinal) || name.StartsWith("nkcontentlint.", StringComparison.Ordinal))
            {
                File.Copy(file, Path.Combine(folder, name), overwrite: true);
            }
        }
    }
}
