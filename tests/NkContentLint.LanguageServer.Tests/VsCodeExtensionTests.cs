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
}
