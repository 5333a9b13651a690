using System.Text.Json;
using System.Text.Json.Nodes;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.LanguageServer.Tests;

/// <summary>
/// A real editor: Neovim 0.7 (Debian's package; .ci/run installs it) headless, its built-in LSP client
/// attached to <c>nkcontentlint lsp</c> (Neovim/e2e.lua). Checks the diagnostics it received and that the
/// preferred code action, applied with <c>vim.lsp.util.apply_workspace_edit</c>, changes the buffer.
/// </summary>
public sealed class NeovimEndToEndTests
{
    [Fact]
    public void NeovimShowsTheFindingsAndItsCodeActionFixesTheBuffer()
    {
        ExternalTools.Require(ExternalTools.OnPath("nvim"), "Neovim (nvim, Debian package neovim)");
        using var workspace = new TempDirectory();
        var article = workspace.Write("article.md", "---\ntitle: Leaders\n---\nKin Jong-un spoke in Pyongyang.\n\nIn 2024, 2 million people used the Internet.\n");
        var output = Path.Combine(workspace.Path, "nvim-result.json");
        var command = new JsonArray("dotnet", Path.Combine(AppContext.BaseDirectory, "nkcontentlint.dll"), "lsp", "--stdio");

        var (exit, stdout, stderr) = ExternalTools.Run(
            "nvim",
            ["--headless", "--clean", "-c", "luafile " + Path.Combine(AppContext.BaseDirectory, "Neovim", "e2e.lua")],
            workspace.Path,
            new Dictionary<string, string?>
            {
                ["NKLSP_CMD"] = command.ToJsonString(),
                ["NKLSP_ROOT"] = workspace.Path,
                ["NKLSP_FILE"] = article,
                ["NKLSP_OUT"] = output,
            },
            TimeSpan.FromMinutes(3));
        Assert.True(exit == 0 && File.Exists(output), $"nvim exited {exit}\n{stdout}\n{stderr}");
        var result = JsonNode.Parse(File.ReadAllText(output))!;
        Assert.True(result["error"] is null, $"e2e.lua failed: {result["error"]}");

        // What Neovim received: (0-based line, column, code, severity 1 error … 4 hint).
        var received = result["diagnostics"]!.AsArray().Select(d => ((int)d!["lnum"]!, (int)d["col"]!, (string)d["code"]!, (int)d["severity"]!)).ToList();
        Assert.Equal([(3, 0, "NK2002", 2), (5, 9, "NK1001", 2), (5, 9, "NK2001", 1)], received);
        Assert.All(result["diagnostics"]!.AsArray(), d => Assert.Equal($"https://github.com/nkcontentlint/NkContentLint/blob/main/docs/rules/{d!["code"]}.md", (string?)d["href"]));
        Assert.Equal("'Kin Jong-un' is a misspelling of 'Kim Jong Un'", (string?)result["diagnostics"]![0]!["message"]);

        // The light bulb on the misspelling, and the buffer after applying the preferred action.
        Assert.Equal(["Replace with 'Kim Jong Un'", "Suppress NK2002 here, with a reason", "Fix all safe nkcontentlint problems in this file"], result["actions"]!.AsArray().Select(a => (string)a!).ToArray());
        Assert.Equal("Kin Jong-un spoke in Pyongyang.", (string?)result["line_before"]);
        Assert.Equal("Kim Jong Un spoke in Pyongyang.", (string?)result["line_after"]);
        Assert.Equal(["NK1001", "NK2001"], result["diagnostics_after"]!.AsArray().Select(d => (string)d!["code"]!).ToArray());

        Assert.Contains("**Canonical:** fewer than 10,000", (string?)result["hover"]);
        Assert.Contains("(as of 2024-01)", (string?)result["hover"]);
    }
}
