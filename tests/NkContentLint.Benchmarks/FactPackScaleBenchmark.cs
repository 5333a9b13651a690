using System.Diagnostics;
using System.Globalization;
using System.Text;
using NkContentLint.Configuration;
using NkContentLint.Facts;
using NkContentLint.Rules;
using NkContentLint.Running;

namespace NkContentLint.Benchmarks;

/// <summary>
/// Lints the same corpus with the default fact pack and with the default pack plus a generated
/// pack of N facts, and prints the time ratio (pack loading included): matching must not loop
/// over facts, so the ratio should stay near 1.
/// </summary>
internal static class FactPackScaleBenchmark
{
    public static void Run(string corpus, string scratch, int facts)
    {
        var packPath = Path.Combine(scratch, $"generated-{facts}-facts.yaml");
        File.WriteAllText(packPath, Generate(facts));
        var analyzers = BuiltInAnalyzers.Create();
        var defaultConfiguration = LintConfiguration.CreateDefault(corpus);
        var largeConfiguration = new LintConfiguration(corpus, factPacks: [packPath]);

        double Once(LintConfiguration configuration)
        {
            GC.Collect();
            var clock = Stopwatch.StartNew();
            var index = ConfiguredFactPacks.IndexFor(configuration, corpus, BuiltInFacts.DefaultPack);
            LintRunner.Run(new LintRequest([corpus], corpus, configuration, analyzers) { Facts = index });
            return clock.Elapsed.TotalSeconds;
        }

        // Runs alternate between the two packs (best of 3 each), so that a change in the machine's load
        // during the measurement weighs on both sides rather than on one.
        Once(defaultConfiguration); // warm-up
        double small = double.MaxValue, large = double.MaxValue;
        for (var round = 0; round < 3; round++)
        {
            small = Math.Min(small, Once(defaultConfiguration));
            large = Math.Min(large, Once(largeConfiguration));
        }

        var loaded = ConfiguredFactPacks.PacksFor(largeConfiguration, corpus, BuiltInFacts.DefaultPack).Sum(p => p.AllFacts.Count());
        Console.WriteLine($"facts:   default pack {small:N2} s; with {loaded:N0} facts {large:N2} s; ratio {large / small:N2}x (best of 3 alternating runs each, pack loading included)");
    }

    /// <summary>A valid pack of <paramref name="count"/> facts with unique names, cues and phrases.</summary>
    private static string Generate(int count)
    {
        var yaml = new StringBuilder("pack:\n  id: generated\n  version: \"1\"\n  title: Generated facts for the scale benchmark\n");
        const string Source = "[{ title: Generated, url: \"https://example.org/generated\" }]";
        var perKind = count / 4;
        yaml.Append("entities:\n");
        for (var i = 0; i < perKind; i++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  - {{ id: gen-entity-{i}, kind: organisation, name: \"Zentra {Word(i)} Networks\", variants: [\"Zentra {Word(i)} Net\"], misspellings: [\"Zentre {Word(i)} Networks\"], sources: {Source}, confidence: low }}\n");
        }

        yaml.Append("quantities:\n");
        for (var i = 0; i < perKind; i++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  - {{ id: gen-quantity-{i}, subject: gen-entity-{i}, measure: generated measure {i}, cues: [\"{Word(i)} gadgets\", \"{Word(i)} widgets sold\"], unit: users, series: [{{ as_of: \"2020\", min: 10, max: 20 }}], sources: {Source}, confidence: low }}\n");
        }

        yaml.Append("events:\n");
        for (var i = 0; i < perKind; i++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  - {{ id: gen-event-{i}, subject: gen-entity-{i}, event: was incorporated, cues: [\"incorporated {Word(i)}\"], date: \"2001\", sources: {Source}, confidence: low }}\n");
        }

        yaml.Append("descriptions:\n");
        for (var i = 0; i < count - (3 * perKind); i++)
        {
            yaml.Append(CultureInfo.InvariantCulture, $"  - {{ id: gen-description-{i}, subject: gen-entity-{i % perKind}, is: a generated thing, wrong: [{{ phrase: \"{Word(i)} satellite dish\", why: generated }}], sources: {Source}, confidence: low }}\n");
        }

        return yaml.ToString();
    }

    /// <summary>A distinct pronounceable word per number (base-20 syllables), so every name and cue is unique.</summary>
    private static string Word(int n)
    {
        string[] syllables = ["ka", "lo", "mi", "nu", "pe", "ra", "si", "to", "vu", "xe", "ba", "de", "fi", "go", "hu", "ja", "ke", "li", "mo", "ny"];
        var word = new StringBuilder();
        do
        {
            word.Append(syllables[n % syllables.Length]);
            n /= syllables.Length;
        }
        while (n > 0);
        return word.ToString();
    }
}
