using System.Text.Json;
using NkContentLint.Tests.Testing;

namespace NkContentLint.Tests.Quality;

/// <summary>Reads a labelled corpus under tests/corpora (one JSON object per line).</summary>
public static class LabelledCorpus
{
    public static IReadOnlyList<JsonElement> Load(string name) =>
        File.ReadLines(RepositoryPaths.Combine("tests", "corpora", name, "labelled.jsonl"))
            .Where(line => line.Trim().Length > 0)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())
            .ToList();

    public static bool IsHeldOut(JsonElement item) => item.GetProperty("split").GetString() == "heldout";
}

/// <summary>A rate with its numerator and denominator, printed as "0.981 (52/53)".</summary>
public readonly record struct Rate(int Hits, int Total)
{
    public double Value => Total == 0 ? 1.0 : (double)Hits / Total;

    public override string ToString() => $"{Value:0.000} ({Hits}/{Total})";
}
