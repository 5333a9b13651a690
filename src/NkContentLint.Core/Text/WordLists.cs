using System.Collections.Immutable;
using System.Reflection;

namespace NkContentLint.Text;

/// <summary>
/// A rule data file of English words, read from <c>rules/</c> (embedded in the assembly that uses it):
/// <c>[section]</c> headers, one entry per line, <c>#</c> comment lines, blank lines ignored. Sections of
/// plain entries are sets; <c>key = value</c> entries make maps. Keeping the words out of the code lets a
/// reviewer read and change them without reading a parser.
/// </summary>
internal sealed class WordLists
{
    private readonly Dictionary<string, ImmutableArray<string>> sections;
    private readonly string name;

    private WordLists(Dictionary<string, ImmutableArray<string>> sections, string name)
    {
        this.sections = sections;
        this.name = name;
    }

    public IReadOnlyCollection<string> Sections => sections.Keys;

    /// <summary>Parses a data file. Throws <see cref="InvalidDataException"/> on an entry outside a section or an unknown section.</summary>
    public static WordLists Parse(string text, string name, IReadOnlyCollection<string> knownSections)
    {
        var builders = new Dictionary<string, ImmutableArray<string>.Builder>(StringComparer.Ordinal);
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
                if (!knownSections.Contains(section))
                {
                    throw new InvalidDataException($"{name}({lineNumber}): unknown section [{section}]");
                }

                if (!builders.TryGetValue(section, out current))
                {
                    current = ImmutableArray.CreateBuilder<string>();
                    builders[section] = current;
                }

                continue;
            }

            if (current is null)
            {
                throw new InvalidDataException($"{name}({lineNumber}): entry '{line}' is outside any [section]");
            }

            current.Add(line);
        }

        return new WordLists(builders.ToDictionary(s => s.Key, s => s.Value.ToImmutable(), StringComparer.Ordinal), name);
    }

    /// <summary>Reads and parses an embedded data file.</summary>
    public static WordLists FromResource(Assembly assembly, string resourceName, IReadOnlyCollection<string> knownSections) =>
        Parse(ReadResource(assembly, resourceName), resourceName, knownSections);

    public static string ReadResource(Assembly assembly, string resourceName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"embedded rule data '{resourceName}' is missing from {assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The entries of a section in file order; empty when the file has no such section.</summary>
    public ImmutableArray<string> Entries(string section) => sections.TryGetValue(section, out var entries) ? entries : [];

    /// <summary>A section as a set.</summary>
    public HashSet<string> Set(string section, StringComparer comparer) => Entries(section).ToHashSet(comparer);

    /// <summary>A <c>key = value</c> section, in file order.</summary>
    public ImmutableArray<(string Key, string Value)> Pairs(string section) =>
        [.. Entries(section).Select(entry =>
        {
            var equals = entry.LastIndexOf(" = ", StringComparison.Ordinal);
            return equals > 0
                ? (entry[..equals].Trim(), entry[(equals + 3)..].Trim())
                : throw new InvalidDataException($"{name}: entry '{entry}' in [{section}] is not 'key = value'");
        })];

    public Dictionary<string, TValue> Map<TValue>(string section, StringComparer comparer, Func<string, TValue> parse) =>
        Pairs(section).ToDictionary(p => p.Key, p => parse(p.Value), comparer);
}
