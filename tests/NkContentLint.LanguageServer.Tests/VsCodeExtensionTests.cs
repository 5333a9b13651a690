using System.IO.Compression;
using System.Text.Json.Nodes;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.LanguageServer.Tests;

/// <summary>The .vsix that .ci/run packages (npm ci + vsce package in editors/vscode) holds a working extension.</summary>
public sealed class VsCodeExtensionTests
{
    private static readonly string Vsix = RepositoryPaths.Combine("editors", "vscode", "nkcontentlint.vsix");

    [Fact]
    public void ThePackagedExtensionHasTheCompiledClientItsSettingsAndTheLanguageClientLibrary()
    {
        ExternalTools.Require(File.Exists(Vsix), "editors/vscode/nkcontentlint.vsix (bash .ci/run packages it: npm ci && npm run package in editors/vscode)");
        using var zip = ZipFile.OpenRead(Vsix);
        var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("extension/out/extension.js", names);
        Assert.Contains("extension/node_modules/vscode-languageclient/package.json", names);
        Assert.DoesNotContain(names, n => n.StartsWith("extension/src/", StringComparison.Ordinal));

        using var reader = new StreamReader(zip.GetEntry("extension/package.json")!.Open());
        var manifest = JsonNode.Parse(reader.ReadToEnd())!;
        Assert.Equal("./out/extension.js", (string?)manifest["main"]);
        Assert.Contains("onLanguage:markdown", manifest["activationEvents"]!.AsArray().Select(e => (string?)e));
        var settings = manifest["contributes"]!["configuration"]!["properties"]!.AsObject().Select(p => p.Key).ToArray();
        Assert.Equal(["nkcontentlint.path", "nkcontentlint.configFile", "nkcontentlint.trace.server"], settings);

        using var script = new StreamReader(zip.GetEntry("extension/out/extension.js")!.Open());
        var code = script.ReadToEnd();
        Assert.Contains("\"lsp\"", code);
        Assert.Contains("vscode-languageclient/node", code);
    }

    [Fact]
    public void TheExtensionRunsTheInstalledToolAConfiguredProgramOrADllThroughDotnet()
    {
        ExternalTools.Require(File.Exists(Vsix), "editors/vscode/nkcontentlint.vsix (bash .ci/run packages it)");
        ExternalTools.Require(ExternalTools.OnPath("node"), "node");
        using var temp = new TempDirectory();
        ZipFile.ExtractToDirectory(Vsix, temp.Path);

        // Load the packaged extension.js with stand-ins for the modules only VS Code provides.
        var script = """
            const Module = require("module");
            const load = Module._load;
            Module._load = function (request, parent, isMain) {
              if (request === "vscode") return {};
              if (request === "vscode-languageclient/node") return { TransportKind: { stdio: 0 } };
              return load.apply(this, arguments);
            };
            const { serverCommand } = require(process.argv[2]);
            console.log(JSON.stringify([
              serverCommand("", "/work"),
              serverCommand("tools/nkcontentlint", "/work"),
              serverCommand("/opt/nk/nkcontentlint.dll", "/work"),
            ]));
            """;
        var scriptPath = temp.Write("probe.js", script);
        var (exit, output, error) = ExternalTools.Run("node", [scriptPath, Path.Combine(temp.Path, "extension", "out", "extension.js")]);
        Assert.True(exit == 0, error);
        var results = JsonNode.Parse(output)!.AsArray();
        Assert.Equal("""{"command":"nkcontentlint","args":["lsp"]}""", results[0]!.ToJsonString());
        Assert.Equal("""{"command":"/work/tools/nkcontentlint","args":["lsp"]}""", results[1]!.ToJsonString());
        Assert.Equal("""{"command":"dotnet","args":["/opt/nk/nkcontentlint.dll","lsp"]}""", results[2]!.ToJsonString());
    }
}
