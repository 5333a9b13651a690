using Microsoft.CodeAnalysis.Text;
using NkContentLint.Claims;
using NkContentLint.Facts;

namespace NkContentLint.Rules.Facts;

/// <summary>
/// Counters (rules/facts/counters.txt): a figure counted with one ("웹사이트 28개", "가입자 300만 명") names no thing of
/// its own, so it is tied to the quantity cue written right before its number ("사이트 28개" is 28 sites), with at
/// most two particles or approximations between them. A counter of people ties only to a quantity that counts people.
/// </summary>
internal static class CounterNouns
{
    private static readonly Lazy<(HashSet<string> General, HashSet<string> People, HashSet<string> Between)> Lists = new(Read);

    /// <summary>Whether <paramref name="claim"/> is counted with a counter and <paramref name="cue"/> ends right before its number.</summary>
    public static bool TiesToCueBefore(string prose, Claim claim, TextSpan cue, QuantityFact quantity)
    {
        if (claim.CountedNoun is not { } noun)
        {
            return false;
        }

        var (general, people, between) = Lists.Value;
        if (!general.Contains(noun) && !(people.Contains(noun) && quantity.Unit is "people" or "users" or "subscribers" or "followers"))
        {
            return false;
        }

        var start = claim.ApproximationSpan is { } approx ? Math.Min(approx.Start, claim.Span.Start) : claim.Span.Start;
        if (cue.End > start)
        {
            return false;
        }

        var words = prose[cue.End..start].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 2 && words.All(between.Contains);
    }

    private static (HashSet<string>, HashSet<string>, HashSet<string>) Read()
    {
        using var stream = typeof(CounterNouns).Assembly.GetManifestResourceStream("NkContentLint.Rules.Facts.counters.txt")
            ?? throw new InvalidOperationException("embedded rule data 'counters.txt' is missing");
        using var reader = new StreamReader(stream);
        var sets = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal)
        {
            ["general"] = new(StringComparer.Ordinal),
            ["people"] = new(StringComparer.Ordinal),
            ["between"] = new(StringComparer.Ordinal),
        };
        HashSet<string>? current = null;
        while (reader.ReadLine() is { } raw)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                current = sets[line[1..^1]];
                continue;
            }

            current?.Add(line);
        }

        return (sets["general"], sets["people"], sets["between"]);
    }
}
