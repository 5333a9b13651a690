using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.Extensions.FileSystemGlobbing;

namespace NkContentLint.Configuration;

/// <summary>A set of rule settings that applies to files matching its globs.</summary>
internal sealed record ConfigurationOverride(ImmutableArray<string> Files, ImmutableDictionary<string, RuleConfiguration> Rules)
{
    private Matcher? matcher;

    internal bool Matches(string relativePath)
    {
        matcher ??= CreateMatcher(Files, []);
        return matcher.Match(relativePath).HasMatches;
    }

    internal static Matcher CreateMatcher(IEnumerable<string> include, IEnumerable<string> exclude)
    {
        var result = new Matcher(StringComparison.Ordinal);
        result.AddIncludePatterns(include);
        result.AddExcludePatterns(exclude);
        return result;
    }
}

/// <summary>
/// The project's configuration (<c>.nkcontentlint.yaml</c>): which files, which severities, which
/// options, and overrides by glob. Globs are relative to <see cref="BaseDirectory"/>, the folder of
/// the configuration file (the working directory when there is none).
/// </summary>
internal sealed class LintConfiguration
{
    public static readonly ImmutableArray<string> DefaultInclude = ["**/*.md", "**/*.markdown"];

    private readonly ConcurrentDictionary<string, RuleSettings> settingsByOverrideSet = new();
    private Matcher? fileMatcher;

    public LintConfiguration(
        string baseDirectory,
        string? filePath = null,
        ImmutableArray<string>? include = null,
        ImmutableArray<string>? exclude = null,
        ImmutableDictionary<string, RuleConfiguration>? rules = null,
        ImmutableArray<ConfigurationOverride>? overrides = null,
        ImmutableArray<string>? factPacks = null,
        bool useDefaultFactPack = true,
        bool articleDateFromGit = false,
        ImmutableArray<string>? customRulePaths = null)
    {
        CustomRulePaths = customRulePaths ?? [];
        ArticleDateFromGit = articleDateFromGit;
        FactPacks = factPacks ?? [];
        UseDefaultFactPack = useDefaultFactPack;
        BaseDirectory = Path.GetFullPath(baseDirectory);
        FilePath = filePath;
        Include = include is { IsDefaultOrEmpty: false } ? include.Value : DefaultInclude;
        Exclude = exclude ?? [];
        Rules = rules ?? ImmutableDictionary<string, RuleConfiguration>.Empty;
        Overrides = overrides ?? [];
    }

    public string BaseDirectory { get; }

    /// <summary>The file this came from, or null for the built-in defaults.</summary>
    public string? FilePath { get; }

    public ImmutableArray<string> Include { get; }

    public ImmutableArray<string> Exclude { get; }

    public ImmutableDictionary<string, RuleConfiguration> Rules { get; }

    public ImmutableArray<ConfigurationOverride> Overrides { get; }

    /// <summary>Extra fact packs (full paths), used with the embedded default pack unless it is replaced.</summary>
    public ImmutableArray<string> FactPacks { get; }

    /// <summary>False when the configuration replaces the embedded default pack (<c>facts: { default: false }</c>).</summary>
    public bool UseDefaultFactPack { get; }

    /// <summary><c>facts: { article_date: git }</c>: an article with no date in its text is dated by its file's last commit.</summary>
    public bool ArticleDateFromGit { get; }

    /// <summary><c>custom_rules: { paths: [...] }</c>: folders (full paths) whose rule files <see cref="CustomRules.CustomRuleLoader"/> loads.</summary>
    public ImmutableArray<string> CustomRulePaths { get; }

    public static LintConfiguration CreateDefault(string workingDirectory) => new(workingDirectory);

    /// <summary>A copy with <paramref name="overlay"/> applied on top of the base rules (command-line switches).</summary>
    public LintConfiguration WithRules(IReadOnlyDictionary<string, RuleConfiguration> overlay)
    {
        var rules = Rules.ToBuilder();
        foreach (var (id, top) in overlay)
        {
            rules[id] = rules.TryGetValue(id, out var bottom)
                ? new RuleConfiguration(top.Severity ?? bottom.Severity, bottom.Options.SetItems(top.Options))
                : top;
        }

        return new LintConfiguration(BaseDirectory, FilePath, Include, Exclude, rules.ToImmutable(), Overrides, FactPacks, UseDefaultFactPack, ArticleDateFromGit, CustomRulePaths);
    }

    /// <summary>Whether a path found by walking a folder is one to lint (include minus exclude).</summary>
    public bool IsIncluded(string fullPath) => IsIncludedRelative(Path.GetRelativePath(BaseDirectory, fullPath));

    /// <summary>Whether the include and exclude globs take a path given relative to the folder they are matched from.</summary>
    internal bool IsIncludedRelative(string relativePath)
    {
        fileMatcher ??= ConfigurationOverride.CreateMatcher(Include, Exclude);
        return fileMatcher.Match(relativePath.Replace('\\', '/')).HasMatches;
    }

    /// <summary>The settings for a file: base rules, then every matching override in order.</summary>
    public RuleSettings ResolveFor(string fullPath)
    {
        var relative = Path.GetRelativePath(BaseDirectory, fullPath).Replace('\\', '/');
        var matching = Overrides.Where(o => o.Matches(relative)).ToList();
        var key = string.Join(",", matching.Select(o => Overrides.IndexOf(o)));
        return settingsByOverrideSet.GetOrAdd(key, _ =>
        {
            var settings = RuleSettings.Default.With(Rules);
            foreach (var match in matching)
            {
                settings = settings.With(match.Rules);
            }

            return settings;
        });
    }
}
