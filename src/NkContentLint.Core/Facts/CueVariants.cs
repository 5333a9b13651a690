namespace NkContentLint.Facts;

/// <summary>
/// Inflections of a cue's leading verb, so a pack can say "use the internet" and still match
/// "uses", "used" and "using". Only the first word varies: cue phrases are verb or noun phrases
/// whose head comes first, and varying every word would multiply the phrases for little gain.
/// </summary>
internal static class CueVariants
{
    private static readonly Dictionary<string, string[]> Irregular = new(StringComparer.OrdinalIgnoreCase)
    {
        ["have"] = ["has", "had", "having"],
        ["has"] = ["have", "had", "having"],
        ["had"] = ["have", "has", "having"],
        ["get"] = ["gets", "got", "getting", "gotten"],
        ["go"] = ["goes", "went", "going", "gone"],
        ["is"] = ["are", "was", "were"],
        ["run"] = ["runs", "ran", "running"],
        ["take"] = ["takes", "took", "taking", "taken"],
        ["come"] = ["comes", "came", "coming"],
        ["become"] = ["becomes", "became", "becoming"],
    };

    public static IEnumerable<string> Expand(string cue)
    {
        yield return cue;
        var space = cue.IndexOf(' ');
        var first = space < 0 ? cue : cue[..space];
        var rest = space < 0 ? string.Empty : cue[space..];
        // Single nouns ("subscribers") are matched as written; only phrases get verb forms.
        if (space < 0 || first.Length < 3 || !first.All(char.IsLetter))
        {
            yield break;
        }

        foreach (var form in Forms(first.ToLowerInvariant()).Distinct().Where(f => f != first.ToLowerInvariant()))
        {
            yield return form + rest;
        }
    }

    private static IEnumerable<string> Forms(string verb)
    {
        if (Irregular.TryGetValue(verb, out var irregular))
        {
            foreach (var form in irregular)
            {
                yield return form;
            }

            yield break;
        }

        var stem = verb.EndsWith('e') ? verb[..^1] : verb;
        yield return verb.EndsWith('s') || verb.EndsWith("sh") || verb.EndsWith("ch") || verb.EndsWith('x') ? verb + "es" : verb + "s";
        yield return stem + "ed";
        yield return stem + "ing";
    }
}
