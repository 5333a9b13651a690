using System.Collections.Immutable;
using System.Reflection;

namespace NkContentLint.Rules.Sourcing;

/// <summary>
/// The word lists of the sourcing rules, read from <c>rules/sourcing/*.txt</c> (embedded in this
/// assembly). Immutable once loaded; <see cref="WithExtraPhrases"/> returns a copy for a project's
/// configured phrases.
/// </summary>
internal sealed class SourcingLexicon
{
    private static readonly Lazy<SourcingLexicon> DefaultLexicon = new(Load);

    private SourcingLexicon(IReadOnlyDictionary<string, ImmutableArray<string>> sections)
    {
        AlwaysVague = Phrases(sections, "always-vague");
        VagueUnlessNamed = Phrases(sections, "vague-unless-named");
        UnnamedSources = Set(sections, "unnamed-sources");
        EvidenceNouns = Set(sections, "evidence-nouns");
        ReportingVerbs = Set(sections, "reporting-verbs");
        EvidenceVerbs = Set(sections, "evidence-verbs");
        AgentlessPassives = Set(sections, "agentless-passives");
        Hedges = Set(sections, "hedges");
        Widely = Set(sections, "widely");
        KnownSources = Phrases(sections, "known-sources");
        NotNames = Set(sections, "not-names");
        PhrasesByFirstWord = Index(AlwaysVague, VagueUnlessNamed);
        KnownSourcesByFirstWord = Index(KnownSources, []);
    }

    private SourcingLexicon(SourcingLexicon other, ImmutableArray<string[]> alwaysVague)
    {
        AlwaysVague = alwaysVague;
        VagueUnlessNamed = other.VagueUnlessNamed;
        UnnamedSources = other.UnnamedSources;
        EvidenceNouns = other.EvidenceNouns;
        ReportingVerbs = other.ReportingVerbs;
        EvidenceVerbs = other.EvidenceVerbs;
        AgentlessPassives = other.AgentlessPassives;
        Hedges = other.Hedges;
        Widely = other.Widely;
        KnownSources = other.KnownSources;
        NotNames = other.NotNames;
        PhrasesByFirstWord = Index(AlwaysVague, VagueUnlessNamed);
        KnownSourcesByFirstWord = other.KnownSourcesByFirstWord;
    }

    /// <summary>The sections a data file may have; anything else is an error in the data.</summary>
    public static ImmutableArray<string> KnownSections { get; } =
    [
        "always-vague", "vague-unless-named", "unnamed-sources", "evidence-nouns", "reporting-verbs", "evidence-verbs",
        "agentless-passives", "hedges", "widely", "known-sources", "not-names",
    ];

    public static ImmutableArray<string> ResourceNames { get; } =
        ["NkContentLint.Rules.Sourcing.vague-attributions.txt", "NkContentLint.Rules.Sourcing.source-names.txt"];

    public static SourcingLexicon Default => DefaultLexicon.Value;

    public ImmutableArray<string[]> AlwaysVague { get; }

    public ImmutableArray<string[]> VagueUnlessNamed { get; }

    public IReadOnlySet<string> UnnamedSources { get; }

    public IReadOnlySet<string> EvidenceNouns { get; }

    public IReadOnlySet<string> ReportingVerbs { get; }

    public IReadOnlySet<string> EvidenceVerbs { get; }

    public IReadOnlySet<string> AgentlessPassives { get; }

    public IReadOnlySet<string> Hedges { get; }

    public IReadOnlySet<string> Widely { get; }

    public ImmutableArray<string[]> KnownSources { get; }

    public IReadOnlySet<string> NotNames { get; }

    /// <summary>Every always-vague and vague-unless-named phrase, by its first word, with which list it is from.</summary>
    public IReadOnlyDictionary<string, ImmutableArray<(string[] Words, bool Always)>> PhrasesByFirstWord { get; }

    public IReadOnlyDictionary<string, ImmutableArray<(string[] Words, bool Always)>> KnownSourcesByFirstWord { get; }

    private static Dictionary<string, ImmutableArray<(string[] Words, bool Always)>> Index(ImmutableArray<string[]> always, ImmutableArray<string[]> unlessNamed) =>
        always.Select(p => (Words: p, Always: true))
            .Concat(unlessNamed.Select(p => (Words: p, Always: false)))
            .Where(p => p.Words.Length > 0)
            .GroupBy(p => p.Words[0], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.OrdinalIgnoreCase);

    /// <summary>This lexicon with a project's own always-vague phrases added (NK1002's <c>extra_phrases</c>).</summary>
    public SourcingLexicon WithExtraPhrases(IReadOnlyCollection<string> phrases) =>
        phrases.Count == 0 ? this : new SourcingLexicon(this, [.. AlwaysVague, .. phrases.Select(Words).Where(w => w.Length > 0)]);

    /// <summary>Parses one data file into its sections. Throws on an entry outside a section or an unknown section.</summary>
    public static Dictionary<string, ImmutableArray<string>> Parse(string text, string name)
    {
        var sections = new Dictionary<string, ImmutableArray<string>.Builder>(StringComparer.Ordinal);
        ImmutableArray<string>.Builder? current = null;
        var lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                var section = line[1..^1];
                if (!KnownSections.Contains(section))
                {
                    throw new InvalidDataException($"{name}({lineNumber}): unknown section [{section}]");
                }

                if (!sections.TryGetValue(section, out current))
                {
                    current = ImmutableArray.CreateBuilder<string>();
                    sections[section] = current;
                }

                continue;
            }

            if (current is null)
            {
                throw new InvalidDataException($"{name}({lineNumber}): entry '{line}' is outside any [section]");
            }

            current.Add(line);
        }

        return sections.ToDictionary(s => s.Key, s => s.Value.ToImmutable(), StringComparer.Ordinal);
    }

    /// <summary>The words of a phrase, lower-cased, straight apostrophes.</summary>
    public static string[] Words(string phrase) =>
        phrase.Replace('’', '\'').ToLowerInvariant().Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);

    private static SourcingLexicon Load()
    {
        var assembly = typeof(SourcingLexicon).Assembly;
        var merged = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal);
        foreach (var resource in ResourceNames)
        {
            foreach (var (section, entries) in Parse(ReadResource(assembly, resource), resource))
            {
                merged[section] = merged.TryGetValue(section, out var existing) ? existing.AddRange(entries) : entries;
            }
        }

        return new SourcingLexicon(merged);
    }

    internal static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded rule data '{name}' is missing from {assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static ImmutableArray<string[]> Phrases(IReadOnlyDictionary<string, ImmutableArray<string>> sections, string name) =>
        sections.TryGetValue(name, out var entries) ? [.. entries.Select(Words)] : [];

    private static IReadOnlySet<string> Set(IReadOnlyDictionary<string, ImmutableArray<string>> sections, string name) =>
        sections.TryGetValue(name, out var entries)
            ? entries.Select(e => e.Replace('’', '\'')).ToHashSet(StringComparer.OrdinalIgnoreCase)
            : new HashSet<string>(StringComparer.OrdinalIgnoreCase);
}
