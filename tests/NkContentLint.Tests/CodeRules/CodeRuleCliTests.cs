using NkContentLint.Cli;
using NkContentLint.CustomRules;
using NkContentLint.Tests.Cli;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.CodeRules;

/// <summary>
/// Code rules from the command line: the trust switch, located compile errors, the time budget option,
/// and that the C# compiler is loaded only when there is a code rule. The rule files sit in the
/// folders the configuration's <c>custom_rules</c> names, as a user keeps them.
/// </summary>
public sealed class CodeRuleCliTests
{
    [Fact]
    public void WithoutTheSwitchACodeRuleIsSkippedWithANote()
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", "Pyongyang\n");

        var (exit, output, error) = Run(temp.Path, ["a.md"], [CodeRuleSources.Pyongyang()]);

        Assert.Equal(0, exit);
        Assert.DoesNotContain("HOUSE001", output);
        Assert.Contains("code rule rules/Pyongyang.cs skipped: pass --allow-code-rules", error);
    }

    [Fact]
    public void WithTheSwitchACodeRuleReportsLikeABuiltInOne()
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", "Pyongyang\n");

        var (exit, output, error) = Run(temp.Path, ["a.md", "--allow-code-rules", "--format", "json"], [CodeRuleSources.Pyongyang()]);

        Assert.Equal(0, exit);
        Assert.Contains("\"ruleId\": \"HOUSE001\"", output);
        Assert.DoesNotContain("skipped", error);
    }

    [Fact]
    public void TheRulesCommandListsACodeRuleOnlyWhenAllowed()
    {
        using var temp = new TempDirectory();

        var (_, without, note) = Run(temp.Path, ["rules"], [CodeRuleSources.Pyongyang()]);
        var (exit, with, _) = Run(temp.Path, ["rules", "--allow-code-rules"], [CodeRuleSources.Pyongyang()]);

        Assert.DoesNotContain("HOUSE001", without);
        Assert.Contains("code rule rules/Pyongyang.cs skipped: pass --allow-code-rules", note);
        Assert.Equal(0, exit);
        Assert.Contains("HOUSE001", with);
        Assert.Contains("rules/Pyongyang.cs", with);
    }

    [Fact]
    public void ACompileErrorStopsTheRunWithExit2AndItsLocation()
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", "Pyongyang\n");
        var broken = new RuleSourceFile("house/Broken.cs", "namespace House;\n\npublic sealed class Broken : ContentAnalyzer\n{\n}\n");

        var (exit, output, error) = Run(temp.Path, ["a.md", "--allow-code-rules"], [broken]);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Contains("house/Broken.cs:3:21: CS0534: 'Broken' does not implement inherited abstract member", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void TheTimeBudgetOptionReachesTheRun()
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", "Pyongyang\n");
        var stop = Path.Combine(temp.Path, "stop");
        try
        {
            var (exit, output, _) = Run(temp.Path, ["a.md", "--allow-code-rules", "--rule-time-budget", "0.25"], [CodeRuleSources.Hanging(stop)]);

            Assert.Equal(1, exit);
            Assert.Contains("error NK0005: Rule HangingAnalyzer was still running after its time budget of 250 ms on this file", output);
        }
        finally
        {
            File.WriteAllText(stop, "");
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("9999")]
    public void ATimeBudgetOutOfRangeIsAUsageError(string seconds)
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", "text\n");

        var (exit, _, error) = CliRunner.Run(temp.Path, ["a.md", "--rule-time-budget", seconds]);

        Assert.Equal(2, exit);
        Assert.Contains("--rule-time-budget takes a number of seconds above 0 and at most 3600", error);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TheCSharpCompilerIsNotLoadedWithoutACodeRule(bool allowCodeRules)
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", "# A\n\nText.\n");
        var log = Path.Combine(temp.Path, "assemblies.txt");
        var cli = Path.Combine(AppContext.BaseDirectory, "nkcontentlint.dll");
        string[] args = allowCodeRules ? ["exec", cli, "a.md", "--allow-code-rules"] : ["exec", cli, "a.md"];

        var (exit, _, error) = ExternalTools.Run(
            "dotnet",
            args,
            temp.Path,
            new Dictionary<string, string?>
            {
                ["DOTNET_STARTUP_HOOKS"] = typeof(StartupHook).Assembly.Location,
                ["NKCONTENTLINT_TEST_ASSEMBLY_LOG"] = log,
                ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            },
            TimeSpan.FromMinutes(1));

        Assert.True(exit == 0, error);
        var loaded = File.ReadAllLines(log);
        Assert.Contains("NkContentLint.Core", loaded); // the probe works
        Assert.Equal(allowCodeRules, loaded.Contains("NkContentLint.CodeRules")); // the switch creates the compiler
        Assert.DoesNotContain("Microsoft.CodeAnalysis.CSharp", loaded);
    }

    /// <summary>Runs the CLI on files in <paramref name="workingDirectory"/>, with the code rules written to their folders and those folders named in <c>custom_rules</c>.</summary>
    private static (int ExitCode, string Out, string Error) Run(string workingDirectory, string[] args, IReadOnlyList<RuleSourceFile> codeRules)
    {
        foreach (var rule in codeRules)
        {
            var path = Path.Combine(workingDirectory, rule.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, rule.Text);
        }

        var folders = codeRules.Select(r => Path.GetDirectoryName(r.Path)!.Replace('\\', '/')).Distinct();
        File.WriteAllText(Path.Combine(workingDirectory, ".nkcontentlint.yaml"), $"custom_rules:\n  paths: [{string.Join(", ", folders)}]\n");
        return CliRunner.Run(workingDirectory, args);
    }
}
