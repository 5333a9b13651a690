using System.Text;
using System.Text.Json.Nodes;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.LanguageServer.Tests;

/// <summary>
/// Replays a recorded exchange (<c>Exchanges/*.lsp</c>) against the real server process.
/// <list type="bullet">
/// <item><c>--&gt; {json}</c>: a message the client sends.</item>
/// <item><c>&lt;-- {json}</c>: a message the server must send: a response (it has an <c>id</c> and no
/// <c>method</c>) or the next notification or request with that <c>method</c> (and <c>params.uri</c>)
/// that matches. Objects match when every recorded member matches (the server may add members);
/// arrays must have the same length; <c>${any}</c> matches anything, <c>${contains:text}</c> a string
/// containing text, <c>${absent}</c> a member that must not be there.</item>
/// <item><c>@file PATH</c> … <c>@end</c>: a workspace file, written before the server starts, or at that
/// point of the exchange when it comes after the first message; <c>@delete PATH</c> removes one.</item>
/// <item><c>@exit N</c>: the server process ends with exit code N.</item>
/// </list>
/// <c>${root}</c> stands for the workspace folder's URI. The client answers <c>workspace/applyEdit</c>
/// with <c>applied: true</c> and <c>client/registerCapability</c> with null. Lines starting with # are comments.
/// </summary>
internal static class ExchangeReplay
{
    public static async Task RunAsync(string name)
    {
        var script = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Exchanges", name + ".lsp"));
        using var workspace = new TempDirectory();
        var rootUri = new Uri(workspace.Path).AbsoluteUri.TrimEnd('/');
        var steps = Parse(script);

        var started = false;
        LspClient? client = null;
        try
        {
            foreach (var step in steps)
            {
                if (!started && step.Kind is "send" or "expect")
                {
                    client = LspClient.StartProcess(workspace.Path);
                    started = true;
                }

                switch (step.Kind)
                {
                    case "file":
                        workspace.Write(step.Argument, step.Body);
                        break;
                    case "delete":
                        File.Delete(Path.Combine(workspace.Path, step.Argument));
                        break;
                    case "send":
                        await client!.SendAsync(JsonNode.Parse(Substitute(step.Body, rootUri))!);
                        break;
                    case "expect":
                        var expected = JsonNode.Parse(Substitute(step.Body, rootUri))!;
                        var closest = string.Empty;
                        var actual = await client!.WaitForAsync(
                            m =>
                            {
                                if (!Selects(expected, m))
                                {
                                    return false;
                                }

                                var ok = Matches(expected, m, out var why);
                                closest = why;
                                return ok;
                            },
                            $"message matching line {step.Line}: {step.Body}",
                            TimeSpan.FromSeconds(15),
                            () => closest);
                        Assert.True(Matches(expected, actual, out var why), why);
                        break;
                    case "exit":
                        using (var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
                        {
                            var exit = await client!.WaitForExitAsync(cancel.Token);
                            Assert.True(exit == int.Parse(step.Argument, System.Globalization.CultureInfo.InvariantCulture), $"exit code {exit}, expected {step.Argument}\n{client!.Transcript}");
                        }

                        break;
                }
            }
        }
        finally
        {
            if (client is not null)
            {
                await client.DisposeAsync();
            }
        }
    }

    private sealed record Step(string Kind, string Argument, string Body, int Line);

    private static List<Step> Parse(string[] lines)
    {
        var steps = new List<Step>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("--> ", StringComparison.Ordinal))
            {
                steps.Add(new Step("send", string.Empty, line[4..], i + 1));
            }
            else if (line.StartsWith("<-- ", StringComparison.Ordinal))
            {
                steps.Add(new Step("expect", string.Empty, line[4..], i + 1));
            }
            else if (line.StartsWith("@file ", StringComparison.Ordinal))
            {
                var body = new StringBuilder();
                var start = i;
                for (i++; i < lines.Length && lines[i] != "@end"; i++)
                {
                    body.Append(lines[i]).Append('\n');
                }

                steps.Add(new Step("file", line[6..].Trim(), body.ToString(), start + 1));
            }
            else if (line.StartsWith("@delete ", StringComparison.Ordinal))
            {
                steps.Add(new Step("delete", line[8..].Trim(), string.Empty, i + 1));
            }
            else if (line.StartsWith("@exit ", StringComparison.Ordinal))
            {
                steps.Add(new Step("exit", line[6..].Trim(), string.Empty, i + 1));
            }
            else if (line.Length > 0 && !line.StartsWith('#'))
            {
                throw new FormatException($"line {i + 1}: not a step: {line}");
            }
        }

        return steps;
    }

    private static string Substitute(string json, string rootUri) => json.Replace("${root}", rootUri, StringComparison.Ordinal);

    /// <summary>Whether <paramref name="actual"/> is the message <paramref name="expected"/> is about.</summary>
    private static bool Selects(JsonNode expected, JsonNode actual)
    {
        var method = (string?)expected["method"];
        if (method is null)
        {
            return actual["method"] is null && expected["id"]?.ToJsonString() == actual["id"]?.ToJsonString();
        }

        return (string?)actual["method"] == method
            && (expected["params"]?["uri"] is not JsonValue uri || (string?)uri == (string?)actual["params"]?["uri"]);
    }

    public static bool Matches(JsonNode? expected, JsonNode? actual, out string why, string path = "$")
    {
        why = string.Empty;
        if (expected is JsonValue value && value.TryGetValue<string>(out var text))
        {
            if (text == "${any}")
            {
                return true;
            }

            if (text.StartsWith("${contains:", StringComparison.Ordinal) && text.EndsWith('}'))
            {
                var needle = text["${contains:".Length..^1];
                if (actual is JsonValue a && a.TryGetValue<string>(out var s) && s.Contains(needle, StringComparison.Ordinal))
                {
                    return true;
                }

                why = $"{path}: expected a string containing '{needle}', got {actual?.ToJsonString() ?? "nothing"}";
                return false;
            }
        }

        switch (expected)
        {
            case JsonObject e:
                if (actual is not JsonObject a)
                {
                    why = $"{path}: expected an object, got {actual?.ToJsonString() ?? "nothing"}";
                    return false;
                }

                foreach (var (key, child) in e)
                {
                    if (child is JsonValue v && v.TryGetValue<string>(out var marker) && marker == "${absent}")
                    {
                        if (a.ContainsKey(key))
                        {
                            why = $"{path}.{key}: expected no member, got {a[key]?.ToJsonString()}";
                            return false;
                        }

                        continue;
                    }

                    if (!a.ContainsKey(key))
                    {
                        why = $"{path}.{key}: missing (expected {child?.ToJsonString() ?? "null"})";
                        return false;
                    }

                    if (!Matches(child, a[key], out why, $"{path}.{key}"))
                    {
                        return false;
                    }
                }

                return true;
            case JsonArray e:
                if (actual is not JsonArray array || array.Count != e.Count)
                {
                    why = $"{path}: expected {e.Count} item(s), got {actual?.ToJsonString() ?? "nothing"}";
                    return false;
                }

                for (var i = 0; i < e.Count; i++)
                {
                    if (!Matches(e[i], array[i], out why, $"{path}[{i}]"))
                    {
                        return false;
                    }
                }

                return true;
            case null:
                if (actual is null)
                {
                    return true;
                }

                why = $"{path}: expected null, got {actual.ToJsonString()}";
                return false;
            default:
                if (actual is not null && JsonNode.DeepEquals(expected, actual))
                {
                    return true;
                }

                why = $"{path}: expected {expected.ToJsonString()}, got {actual?.ToJsonString() ?? "nothing"}";
                return false;
        }
    }
}
