using System.Text.Json;
using Xunit;

namespace NkContentLint.Tests.Testing;

/// <summary>
/// Validates a SARIF file with Microsoft's SARIF multitool (npm @microsoft/sarif-multitool), with
/// GitHub's ingestion rules (<c>--rule-kind "Gh;Sarif"</c>). The tool exits 0 even when it finds
/// errors, so this reads its output log and fails on any result of level error or warning.
/// Every test that produces SARIF calls it; .ci/run installs the tool.
/// </summary>
public static class SarifValidator
{
    private static int validated;

    /// <summary>How many SARIF files this test run validated (printed by the summary test).</summary>
    public static int Validated => validated;

    public static void AssertValid(string sarifPath)
    {
        ExternalTools.Require(File.Exists(ExternalTools.SarifMultitool), "the SARIF multitool (npm @microsoft/sarif-multitool-linux)");
        var log = Path.Combine(Path.GetDirectoryName(sarifPath)!, Path.GetFileNameWithoutExtension(sarifPath) + ".validation.sarif");
        var (exit, output, error) = ExternalTools.Run(
            ExternalTools.SarifMultitool,
            ["validate", sarifPath, "-o", log, "--rule-kind", "Gh;Sarif", "--level", "Error;Warning", "--log", "ForceOverwrite"],
            environment: new Dictionary<string, string?> { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1" });
        Assert.True(exit == 0 && File.Exists(log), $"the multitool failed (exit {exit}): {output}\n{error}");

        using var json = JsonDocument.Parse(File.ReadAllBytes(log));
        var problems = new List<string>();
        foreach (var run in json.RootElement.GetProperty("runs").EnumerateArray())
        {
            foreach (var notification in run.GetProperty("invocations").EnumerateArray()
                .SelectMany(i => i.TryGetProperty("toolExecutionNotifications", out var n) ? n.EnumerateArray() : Enumerable.Empty<JsonElement>()))
            {
                if (notification.TryGetProperty("level", out var level) && level.GetString() == "error")
                {
                    problems.Add("tool error: " + notification.GetProperty("message").GetProperty("text").GetString());
                }
            }

            if (!run.TryGetProperty("results", out var results))
            {
                continue;
            }

            foreach (var result in results.EnumerateArray())
            {
                var level = result.TryGetProperty("level", out var l) ? l.GetString() : "warning";
                if (level is "error" or "warning")
                {
                    var message = result.GetProperty("message");
                    var arguments = message.TryGetProperty("arguments", out var a) ? string.Join(" | ", a.EnumerateArray().Select(x => x.GetString())) : string.Empty;
                    problems.Add($"{level} {result.GetProperty("ruleId").GetString()} {message.GetProperty("id").GetString()}: {arguments}");
                }
            }
        }

        Assert.True(problems.Count == 0, $"{sarifPath} fails SARIF validation:\n{string.Join('\n', problems)}");
        Interlocked.Increment(ref validated);
    }

    /// <summary>Writes SARIF bytes to a file in <paramref name="folder"/> and validates it.</summary>
    public static string AssertValid(byte[] sarif, string folder, string name)
    {
        var path = Path.Combine(folder, name + ".sarif");
        File.WriteAllBytes(path, sarif);
        AssertValid(path);
        return path;
    }
}
