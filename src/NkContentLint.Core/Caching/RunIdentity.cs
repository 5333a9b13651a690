using System.Collections;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NkContentLint.Analysis;
using NkContentLint.Configuration;
using NkContentLint.Reporting;

namespace NkContentLint.Caching;

/// <summary>
/// One hash of everything a run's findings depend on besides the articles themselves: the tool (version,
/// commit, and the build of every assembly an analyzer comes from), the configuration (its file's bytes
/// and the settings in force, command-line overlays such as <c>--no-cross-file</c> included), every fact
/// pack and custom rule file in force (by content), the rules and their descriptors, and the switches
/// that change what runs. A content cache keys every article by it; a shard file carries it so that
/// <c>nkcontentlint merge</c> refuses shards made under another one.
/// </summary>
internal static class RunIdentity
{
    /// <summary>The tool's identity: version, commit, and the module version IDs of the engine and the analyzers' assemblies.</summary>
    public static string ToolIdentity(IEnumerable<ContentAnalyzer> analyzers)
    {
        var modules = analyzers.Select(a => a.GetType().Assembly).Append(typeof(RunIdentity).Assembly).Distinct()
            .Select(a => $"{a.GetName().Name}:{a.ManifestModule.ModuleVersionId:N}").Order(StringComparer.Ordinal);
        return $"{ToolInfo.Name} {ToolInfo.Version} {ToolInfo.Commit ?? "-"} {string.Join(' ', modules)}";
    }

    /// <param name="configuration">The configuration in force (after command-line overlays).</param>
    /// <param name="analyzers">Every analyzer of the run, built-in and custom.</param>
    /// <param name="toolIdentity">Normally <see cref="ToolIdentity"/>; tests pass another to stand for another build.</param>
    /// <param name="switches">Command-line choices that change findings and are not in the configuration (e.g. <c>--allow-code-rules</c>).</param>
    public static string Compute(LintConfiguration configuration, IReadOnlyList<ContentAnalyzer> analyzers, string toolIdentity, IEnumerable<string> switches)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string label, string text)
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{label}\u0001{text.Length.ToString(CultureInfo.InvariantCulture)}\u0001{text}\u0002"));
        }

        void AddFile(string label, string path)
        {
            Add(label, path);
            try
            {
                hash.AppendData(File.ReadAllBytes(path));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Add("unreadable", ex.GetType().Name);
            }
        }

        Add("format", "nkcontentlint-run-identity/1");
        Add("tool", toolIdentity);
        foreach (var s in switches)
        {
            Add("switch", s);
        }

        foreach (var descriptor in analyzers.SelectMany(a => a.SupportedDiagnostics).OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            Add("rule", $"{descriptor.Id}|{descriptor.DefaultSeverity}|{descriptor.Category}|{descriptor.MessageFormat}|{string.Join(",", descriptor.Options.Select(o => $"{o.Name}={Dump(o.DefaultValue)}"))}");
        }

        Add("base", configuration.BaseDirectory);
        if (configuration.FilePath is { } configFile)
        {
            AddFile("config", configFile);
        }

        Add("include", string.Join("\n", configuration.Include));
        Add("exclude", string.Join("\n", configuration.Exclude));
        Add("rules", DumpRules(configuration.Rules));
        foreach (var o in configuration.Overrides)
        {
            Add("override", string.Join("\n", o.Files) + "\n" + DumpRules(o.Rules));
        }

        Add("facts.default", configuration.UseDefaultFactPack.ToString());
        Add("article_date.git", configuration.ArticleDateFromGit.ToString());
        foreach (var pack in configuration.FactPacks)
        {
            AddFile("pack", pack);
        }

        foreach (var path in configuration.CustomRulePaths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path).Order(StringComparer.Ordinal))
                {
                    AddFile("rule-file", file);
                }
            }
            else if (File.Exists(path))
            {
                AddFile("rule-file", path);
            }
            else
            {
                Add("rule-path-missing", path);
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static string DumpRules(IReadOnlyDictionary<string, RuleConfiguration> rules) => string.Join(
        "\n",
        rules.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r =>
            $"{r.Key}:{r.Value.Severity?.ToString() ?? "-"}:{string.Join(";", r.Value.Options.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key}={Dump(o.Value)}"))}"));

    private static string Dump(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        IDictionary d => "{" + string.Join(",", d.Keys.Cast<object>().Select(k => $"{Dump(k)}:{Dump(d[k])}").Order(StringComparer.Ordinal)) + "}",
        IEnumerable e => "[" + string.Join(",", e.Cast<object?>().Select(Dump)) + "]",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
