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

    /// <summary>
    /// The mark between the parts of an event cue whose language puts the date inside it ("Handys … eingeführt",
    /// "携帯電話 … 導入"): German puts the participle last, Japanese, Korean and Chinese the verb after the date. Only the
    /// last part is indexed; the fact rules look for the parts before it in the same clause.
    /// </summary>
    public const char Gap = '…';

    /// <summary>The part of a cue the index finds: the last part of a cue with gaps, else the whole cue.</summary>
    public static string Indexed(string cue) => cue.LastIndexOf(Gap) is var at and >= 0 ? cue[(at + 1)..].Trim() : cue;

    public static IEnumerable<string> Expand(string cue)
    {
        // A cue with gaps is indexed by its last part, as written: its words are not an English verb's.
        if (cue.Contains(Gap))
        {
            yield return Indexed(cue);
            yield break;
        }

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
