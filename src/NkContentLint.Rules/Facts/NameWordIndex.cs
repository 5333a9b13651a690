using System.Runtime.CompilerServices;
using NkContentLint.Documents;
using NkContentLint.Facts;

namespace NkContentLint.Rules.Facts;

/// <summary>
/// Multi-word accepted names indexed by their words, for finding near misses. One per fact index.
/// </summary>
internal sealed partial class NameWordIndex
{
    private static readonly ConditionalWeakTable<FactIndex, NameWordIndex> Cache = new();

    private readonly Dictionary<string, List<(EntityFact Entity, string Name, int Words, int Position)>> byWord = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> known = new(StringComparer.Ordinal);

    /// <summary>Listed misspellings by their squashed form, leaving out any that squash like an accepted name ("Kim Jong Eun" and "Kim Jong-eun").</summary>
    private readonly Dictionary<string, EntityFact> misspelled = new(StringComparer.Ordinal);

    private NameWordIndex(FactIndex facts)
    {
        foreach (var entity in facts.Entities)
        {
            foreach (var name in entity.AcceptedNames.Concat(entity.Misspellings))
            {
                known.Add(Squash(name));
            }

            // Another entity's many-word name is held against text only through its brand: a word too short to be
            // distinctive alone (under eight letters) that is itself one of the entity's names ("Orascom" in "Orascom
            // Telecom"), so "Orascon Telecom" is a near miss while "Ministry of Post and Telecommunications" is no near
            // miss of "Ministry of Posts and Telecommunications".
            // Only its capitalised words are looked up ("and" in "Orascom Telecom Media and Technology Holding" would make
            // every "and" of every document a candidate); a near miss is found from any of the first three.
            foreach (var name in entity.AcceptedNames.Where(n => entity.Kind != "person" && Words(n).Length >= 2 && BrandWord(entity, n) is not null).Distinct())
            {
                IndexWords(entity, name, Words(name), capitalisedOnly: true);
            }

            foreach (var name in entity.AcceptedNames.Where(n => entity.Kind == "person" && Words(n).Length >= 2).Distinct())
            {
                IndexWords(entity, name, Words(name));

                // A hyphenated given name is also written as two words ("Kim Jung Il" for "Kim Jung-il"), so a sequence one
                // letter off in that spacing ("Kim Jung II", blind12) is held against the name too.
                if (name.Contains('-'))
                {
                    IndexWords(entity, name, Words(name.Replace('-', ' ')));
                }
            }
        }

        var accepted = facts.Entities.SelectMany(e => e.AcceptedNames).Select(Squash).ToHashSet(StringComparer.Ordinal);
        foreach (var entity in facts.Entities)
        {
            foreach (var name in entity.Misspellings.Select(Squash).Where(n => n.Length > 0 && !accepted.Contains(n)))
            {
                misspelled.TryAdd(name, entity);
            }
        }

        IndexSingleWords(facts);

        // Shorter single-word names (five to seven letters, not a person's), held against Latin words in prose of another
        // script only: there a Latin word is a name, so one letter off a network's name is that name misspelt.
        foreach (var entity in facts.Entities.Where(e => e.Kind != "person"))
        {
            foreach (var name in entity.AcceptedNames.Where(n => n.Length is >= 5 and <= 7 && n.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z'))).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                shortSingles.Add((entity, name, Squash(name)));
            }
        }

        // Names with a possessive apostrophe ("Democratic People's Republic of Korea"), by first word: the same words with
        // the apostrophe moved or missing ("Democratic Peoples' Republic of Korea") are that name misspelt.
        foreach (var entity in facts.Entities)
        {
            foreach (var name in entity.AcceptedNames.Where(n => Words(n).Length >= 2 && PossessiveApostrophe().IsMatch(n)).Distinct(StringComparer.Ordinal))
            {
                var first = Words(name)[0];
                if (!byFirstWordWithApostrophe.TryGetValue(first, out var list))
                {
                    byFirstWordWithApostrophe[first] = list = [];
                }

                list.Add((entity, name, Words(name).Length, WithoutApostrophes(name)));
            }
        }
    }

    private readonly List<(EntityFact Entity, string Name, string Squashed)> shortSingles = [];

    /// <summary>
    /// A capitalised Latin word one letter off a single-word name of five to seven letters, with the name's first letter,
    /// that is no known name and no plural of one: asked only for a Latin word in prose of another script ("под названием
    /// Sunset" for Sunnet, blind18), where a Latin word is a name; in English prose "Sunset" is a word.
    /// </summary>
    public (EntityFact Entity, string Name)? ShortNameNearMissInOtherScript(string written)
    {
        if (written.Length is < 5 or > 8 || shortSingles.Count == 0)
        {
            return null;
        }

        var squashed = Squash(written);
        if (known.Contains(squashed))
        {
            return null;
        }

        foreach (var (entity, name, target) in shortSingles)
        {
            if (squashed[0] == target[0] && Math.Abs(squashed.Length - target.Length) <= 1 && !IsPlural(squashed, target) && WithinOneEdit(squashed, target))
            {
                return (entity, name);
            }
        }

        return null;
    }

    private readonly Dictionary<string, List<(EntityFact Entity, string Name, int Words, string Key)>> byFirstWordWithApostrophe = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The names with a possessive apostrophe whose first word is <paramref name="word"/>, with their words' apostrophe-free key.</summary>
    public IReadOnlyList<(EntityFact Entity, string Name, int Words, string Key)> NamesWithApostropheFrom(string word) =>
        byFirstWordWithApostrophe.TryGetValue(word, out var list) ? list : [];

    /// <summary>Whether any name has a possessive apostrophe (without one the scan for moved apostrophes is skipped).</summary>
    public bool HasNamesWithApostrophe => byFirstWordWithApostrophe.Count > 0;

    /// <summary>Lower case, apostrophes dropped, runs of white space one space: "Peoples' Republic" and "People's Republic" alike.</summary>
    public static string WithoutApostrophes(string text) =>
        string.Join(' ', text.Replace("'", "", StringComparison.Ordinal).Replace("\u2019", "", StringComparison.Ordinal).ToLowerInvariant()
            .Split([' ', '\t', '\u00a0'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>An apostrophe of a possessive: before a word-final s ("People's") or after one ("Workers'").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\p{L}['\u2019]s\b|s['\u2019](?!\p{L})", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex PossessiveApostrophe();

    /// <summary>The word of a many-word name that is itself one of the entity's names, under eight letters ("Orascom"); null when none.</summary>
    public static string? BrandWord(EntityFact entity, string name) =>
        Words(name).FirstOrDefault(w => w.Length < 8 && w.Any(char.IsLower) && entity.AcceptedNames.Any(n => string.Equals(n, w, StringComparison.OrdinalIgnoreCase)));

    private void IndexWords(EntityFact entity, string name, string[] words, bool capitalisedOnly = false)
    {
        for (var k = 0; k < words.Length; k++)
        {
            if (capitalisedOnly && !char.IsUpper(words[k][0]))
            {
                continue;
            }

            if (!byWord.TryGetValue(words[k], out var list))
            {
                byWord[words[k]] = list = [];
            }

            list.Add((entity, name, words.Length, k));
        }
    }

    /// <summary>
    /// The entity a listed misspelling belongs to when <paramref name="squashed"/> is that misspelling written
    /// with other spaces, hyphens or capitals ("Kim Jung Un", "kim jung un" for the listed "Kim Jung-un").
    /// </summary>
    public EntityFact? ListedMisspelling(string squashed) => misspelled.GetValueOrDefault(squashed);

    /// <summary>
    /// Single-word names long enough to be distinctive (eight letters or more: "Kwangmyong", "Uriminzokkiri") and
    /// all-capital acronyms of four or five letters ("KCNA"), keyed by every form with one letter deleted, so a
    /// word one edit away is found by a few lookups whatever the number of facts.
    /// </summary>
    private readonly Dictionary<string, List<(EntityFact Entity, string Name, string Squashed, bool Acronym)>> singleByDeletion = new(StringComparer.Ordinal);

    /// <summary>
    /// A single-word name this long or longer ("Uriminzokkiri", 13 letters) is distinctive enough that a word two edits
    /// from it is still a misspelling of it ("Urminjokkkiri"); shorter names are held to one edit.
    /// </summary>
    private const int TwoEditLength = 12;

    /// <summary>The lengths of the indexed single-word names and handles (not acronyms), squashed.</summary>
    private readonly HashSet<int> nameLengths = [];

    /// <summary>The first letter, last letter and length of each long single-word name, squashed.</summary>
    private readonly HashSet<(char First, char Last, int Length)> longNameShapes = [];

    /// <summary>The long single-word names keyed by every form with up to two letters deleted (symmetric deletion).</summary>
    private readonly Dictionary<string, List<(EntityFact Entity, string Name, string Squashed)>> longByDeletion = new(StringComparer.Ordinal);

    /// <summary>The long single-word names keyed by the form they come back in after a trip through Cyrillic (<see cref="ThroughCyrillic"/>).</summary>
    private readonly Dictionary<string, (EntityFact Entity, string Name, string Squashed)> byCyrillicForm = new(StringComparer.Ordinal);

    /// <summary>
    /// Account handles of eight letters or more ("@uriminzok"), without their "@": handles are written in lower
    /// case, so a lower-case word is compared with these and with no other name.
    /// </summary>
    private readonly List<string> handles = [];

    private void IndexSingleWords(FactIndex facts)
    {
        foreach (var entity in facts.Entities)
        {
            foreach (var name in entity.AcceptedNames.Distinct(StringComparer.Ordinal))
            {
                var acronym = name.Length is >= 4 and <= 5 && name.All(char.IsAsciiLetterUpper);
                var squashed = Squash(name);
                if (IsHandle(name))
                {
                    if (!handles.Contains(squashed))
                    {
                        handles.Add(squashed);
                    }
                }
                else if (!acronym && (name.Contains(' ') || !name.All(char.IsLetter) || name.Length < 8))
                {
                    continue;
                }

                if (!acronym)
                {
                    nameLengths.Add(squashed.Length);
                }

                foreach (var key in DeletionKeys(squashed))
                {
                    if (!singleByDeletion.TryGetValue(key, out var list))
                    {
                        singleByDeletion[key] = list = [];
                    }

                    if (!list.Any(e => e.Squashed == squashed && e.Entity == entity))
                    {
                        list.Add((entity, name, squashed, acronym));
                    }
                }

                if (!acronym && !IsHandle(name))
                {
                    byCyrillicForm.TryAdd(new string(ThroughCyrillic(squashed, new char[squashed.Length])), (entity, name, squashed));
                }

                if (!acronym && squashed.Length >= TwoEditLength)
                {
                    longNameShapes.Add((squashed[0], squashed[^1], squashed.Length));
                    foreach (var key in TwoDeletionKeys(squashed))
                    {
                        if (!longByDeletion.TryGetValue(key, out var list))
                        {
                            longByDeletion[key] = list = [];
                        }

                        if (!list.Any(e => e.Squashed == squashed && e.Entity == entity))
                        {
                            list.Add((entity, name, squashed));
                        }
                    }
                }
            }
        }
    }

    /// <summary>The word itself and every form of it with one letter deleted.</summary>
    private static IEnumerable<string> DeletionKeys(string word)
    {
        yield return word;
        for (var i = 0; i < word.Length; i++)
        {
            yield return string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1));
        }
    }

    /// <summary>The word, every form with one letter deleted and every form with two deleted (distinct).</summary>
    private static HashSet<string> TwoDeletionKeys(string word)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var one in DeletionKeys(word))
        {
            if (keys.Add(one) && one.Length < word.Length)
            {
                for (var i = 0; i < one.Length; i++)
                {
                    keys.Add(string.Concat(one.AsSpan(0, i), one.AsSpan(i + 1)));
                }
            }
        }

        return keys;
    }

    /// <summary>
    /// The single-word name <paramref name="written"/> is one edit from (a long name) or one swap of two
    /// neighbouring letters from (an acronym: "KNCA" for "KCNA"); null when none, or when it is a known name.
    /// </summary>
    public (EntityFact Entity, string Name)? SingleWordNearMiss(string written)
    {
        var squashed = Squash(written);
        if (singleByDeletion.Count == 0 || known.Contains(squashed))
        {
            return null;
        }

        // A lower-case word is held only against handles, and only when it could be one edit from one: one edit
        // leaves either the first two or the last two letters as they were, which spares the lookups for
        // nearly every word of an article.
        if (AllLower(written))
        {
            string? handle = null;
            foreach (var h in handles)
            {
                if (Math.Abs(h.Length - squashed.Length) <= 1
                    && (squashed.AsSpan().StartsWith(h.AsSpan(0, 2)) || squashed.AsSpan().EndsWith(h.AsSpan(h.Length - 2)))
                    && !IsPlural(squashed, h) && WithinOneEdit(squashed, h))
                {
                    handle = h;
                    break;
                }
            }

            if (handle is null)
            {
                return null;
            }

            foreach (var (entity, name, target, _) in singleByDeletion[handle])
            {
                if (target == handle)
                {
                    return (entity, name);
                }
            }

            return null;
        }

        var acronymLike = written.Length is >= 4 and <= 5 && !written.AsSpan().ContainsAnyExceptInRange('A', 'Z');
        // One edit changes the length by one at most: a word no indexed name is near in length is not
        // looked up letter by letter (most capitalised words are shorter than any distinctive name, and
        // only an all-capital word is held against acronyms).
        if (!acronymLike && !nameLengths.Contains(squashed.Length) && !nameLengths.Contains(squashed.Length - 1) && !nameLengths.Contains(squashed.Length + 1))
        {
            return TwoEditsFromALongName(squashed) ?? NearMissThroughCyrillic(squashed);
        }

        // The deletion keys (the word, then the word without its first letter, its second, ...) are built in one buffer
        // and looked up as spans: a string per key was a twentieth of a whole-corpus run's allocations.
        var byDeletion = singleByDeletion.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = squashed.Length <= 128 ? stackalloc char[squashed.Length] : new char[squashed.Length];
        for (var deleted = -1; deleted < squashed.Length; deleted++)
        {
            scoped ReadOnlySpan<char> key = squashed;
            if (deleted >= 0)
            {
                squashed.AsSpan(0, deleted).CopyTo(buffer);
                squashed.AsSpan(deleted + 1).CopyTo(buffer[deleted..]);
                key = buffer[..(squashed.Length - 1)];
            }

            if (!byDeletion.TryGetValue(key, out var entries))
            {
                continue;
            }

            foreach (var (entity, name, target, acronym) in entries)
            {
                var near = acronym
                    ? acronymLike && squashed.Length == target.Length && IsOneSwap(squashed, target)
                    : !acronymLike && squashed != target && !IsPlural(squashed, target) && WithinOneEdit(squashed, target)
                        && Romanised(squashed) != Romanised(target);
                if (near)
                {
                    return (entity, name);
                }
            }
        }

        return acronymLike ? null : TwoEditsFromALongName(squashed) ?? NearMissThroughCyrillic(squashed);
    }

    /// <summary>
    /// A long single-word name as a page machine-translated from Russian writes it: Kwangmyong went into Cyrillic as
    /// Кванмён and came back as "Kwanmen" or "Kvanmyon" (blind13), four edits from the name but the same word. Only a
    /// word with the name's first letter and six letters or more is compared, and only with the whole fold; another
    /// romanisation of the name ("Kwangmyeong") folds alike too and is not a misspelling of it.
    /// </summary>
    private (EntityFact Entity, string Name)? NearMissThroughCyrillic(string squashed)
    {
        if (byCyrillicForm.Count == 0 || squashed.Length < 6)
        {
            return null;
        }

        Span<char> buffer = squashed.Length <= 128 ? stackalloc char[squashed.Length] : new char[squashed.Length];
        var lookup = byCyrillicForm.GetAlternateLookup<ReadOnlySpan<char>>();
        return lookup.TryGetValue(ThroughCyrillic(squashed, buffer), out var entry) && entry.Squashed != squashed && entry.Squashed[0] == squashed[0]
            && !IsPlural(squashed, entry.Squashed) && !known.Contains(squashed) && RomanisedThroughout(squashed) != RomanisedThroughout(entry.Squashed)
            ? (entry.Entity, entry.Name)
            : null;
    }

    /// <summary>
    /// What Russian transliteration of Korean writes alike, made alike: a syllable-final "ng" is н ("n"), "yo" and "yeo"
    /// are ё (given back as "yo" or "e"), and "w" is в (given back as "v"). Written into <paramref name="buffer"/>,
    /// which must be as long as the word.
    /// </summary>
    private static ReadOnlySpan<char> ThroughCyrillic(ReadOnlySpan<char> squashed, Span<char> buffer)
    {
        var length = 0;
        for (var i = 0; i < squashed.Length; i++)
        {
            var c = squashed[i];
            var next = i + 1 < squashed.Length ? squashed[i + 1] : '\0';
            if (c == 'v')
            {
                buffer[length++] = 'w';
            }
            else if (c == 'n' && next == 'g')
            {
                buffer[length++] = 'n';
                i++;
            }
            else if (c == 'y' && next == 'o')
            {
                buffer[length++] = 'e';
                i++;
            }
            else if (c == 'y' && next == 'e' && i + 2 < squashed.Length && squashed[i + 2] == 'o')
            {
                buffer[length++] = 'e';
                i += 2;
            }
            else
            {
                buffer[length++] = c;
            }
        }

        return buffer[..length];
    }

    /// <summary>
    /// A long single-word name two edits from the word ("Urminjokkkiri" for "Uriminjokkiri": a letter dropped and
    /// one doubled), with the same first and last letter, and not merely another romanisation of it.
    /// </summary>
    private (EntityFact Entity, string Name)? TwoEditsFromALongName(string squashed)
    {
        if (longByDeletion.Count == 0 || squashed.Length < TwoEditLength - 2)
        {
            return null;
        }

        // Only a word with a long name's first and last letter, and near its length, can be reported: the
        // deletion keys (a hundred strings for a 14-letter word) are built for those alone, not for every
        // long capitalised word of an article.
        var shaped = false;
        for (var length = squashed.Length - 2; length <= squashed.Length + 2 && !shaped; length++)
        {
            shaped = longNameShapes.Contains((squashed[0], squashed[^1], length));
        }

        if (!shaped)
        {
            return null;
        }

        (EntityFact Entity, string Name)? found = null;
        var romanised = RomanisedThroughout(squashed);
        foreach (var key in TwoDeletionKeys(squashed))
        {
            if (!longByDeletion.TryGetValue(key, out var entries))
            {
                continue;
            }

            foreach (var (entity, name, target) in entries)
            {
                // Another romanisation of any long name ("Uriminchokkiri" beside "Uriminjokkiri") is not a misspelling of any.
                if (romanised == RomanisedThroughout(target) || IsPlural(squashed, target))
                {
                    return null;
                }

                if (found is null && squashed[0] == target[0] && squashed[^1] == target[^1] && WithinTwoEdits(squashed, target))
                {
                    found = (entity, name);
                }
            }
        }

        return found;
    }

    /// <summary>The romanisations' differences made alike anywhere in the word, not only at its start: "ch"/"j", "eo"/"o", "eu"/"u".</summary>
    private static string RomanisedThroughout(string squashed) =>
        squashed.Replace("eo", "o", StringComparison.Ordinal).Replace("eu", "u", StringComparison.Ordinal).Replace("ch", "j", StringComparison.Ordinal);

    /// <summary>At most two insertions, deletions, substitutions or swaps of neighbouring letters apart (optimal string alignment).</summary>
    public static bool WithinTwoEdits(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 2)
        {
            return false;
        }

        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    current[j] = Math.Min(current[j], previous2[j - 2] + 1);
                }

                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > 2)
            {
                return false;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length] <= 2;
    }

    /// <summary>
    /// What the romanisations of Korean write apart, made alike: the vowels "eo"/"o" and "eu"/"u", and a first
    /// consonant "g"/"k", "b"/"p", "d"/"t", "j"/"ch": "Kwangmyeong" is a romanisation of Kwangmyong, not a misspelling.
    /// </summary>
    private static string Romanised(string squashed)
    {
        var text = RomanisedVowels(squashed);
        return text.Length == 0 ? text : text[0] switch
        {
            'g' => "k" + text[1..],
            'b' => "p" + text[1..],
            'd' => "t" + text[1..],
            'j' => "ch" + text[1..],
            _ => text,
        };
    }

    /// <summary>
    /// The vowels the romanisations of Korean write apart, made alike anywhere in the word: McCune–Reischauer's "ŏ"/"ŭ"
    /// (also written without the breve), Revised Romanization's "eo"/"eu", and the older "u" for "ŏ" before "ng"
    /// ("Sung", "Jung" for 성, 정): "Kim Il-song" and "Kim Il Sung" are one name (blind25).
    /// </summary>
    private static string RomanisedVowels(string squashed) =>
        squashed.Replace('ŏ', 'o').Replace('ŭ', 'u').Replace("eo", "o", StringComparison.Ordinal).Replace("eu", "u", StringComparison.Ordinal)
            .Replace("ung", "ong", StringComparison.Ordinal);

    /// <summary>
    /// Whether two squashed names differ only in how a romanisation of Korean writes a vowel ("kimilsong", "kimilsung"):
    /// another romanisation of the name, an alias, not a misspelling of it.
    /// </summary>
    public static bool SameRomanisation(string a, string b) => a != b && RomanisedVowels(a) == RomanisedVowels(b);

    private static bool IsOneSwap(string a, string b)
    {
        var i = 0;
        while (i < a.Length && a[i] == b[i])
        {
            i++;
        }

        return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2));
    }

    public static NameWordIndex For(FactIndex facts) => Cache.GetValue(facts, f => new NameWordIndex(f));

    /// <summary>Names whose word at some position equals a word near <paramref name="start"/>, aligned to start there.</summary>
    /// <summary>Whether <paramref name="word"/> is a word of some indexed multi-word name (ignoring case).</summary>
    public bool IsNameWord(string word) => byWord.ContainsKey(word);

    public IEnumerable<(EntityFact Entity, string Name, int Words)> Candidates(IReadOnlyList<ProseToken> words, int start)
    {
        // Most words are in no name: the set of names already given is made only when one is found.
        HashSet<(string, int)>? seen = null;
        for (var offset = 0; offset < 3 && start + offset < words.Count; offset++)
        {
            if (!byWord.TryGetValue(words[start + offset].Text, out var entries))
            {
                continue;
            }

            seen ??= [];
            foreach (var entry in entries.Where(e => e.Position == offset && seen.Add((e.Name, e.Words))))
            {
                yield return (entry.Entity, entry.Name, entry.Words);
            }
        }
    }

    public bool IsKnown(string squashed) => known.Contains(squashed);

    /// <summary>Whether any handle is indexed: without one, lower-case words are never looked up.</summary>
    public bool HasHandles => handles.Count > 0;

    /// <summary>An account handle: "@" then eight letters or more ("@uriminzok").</summary>
    private static bool IsHandle(string name) => name.Length >= 9 && name[0] == '@' && name.AsSpan(1).IndexOfAnyExcept(HandleCharacters) < 0 && name.Skip(1).Count(char.IsLetter) >= 8;

    /// <summary>What a handle is written with after its "@".</summary>
    private static readonly System.Buffers.SearchValues<char> HandleCharacters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_");

    /// <summary>Lowercase letters and digits only: "Kim Jong-un" and "Kim Jong Un" squash alike.</summary>
    public static string Squash(string name)
    {
        // Most words are squashed already (lower-case letters and digits): they are returned as they are, not copied.
        var i = 0;
        while (i < name.Length && char.IsLetterOrDigit(name[i]) && char.ToLowerInvariant(name[i]) == name[i])
        {
            i++;
        }

        if (i == name.Length)
        {
            return name;
        }

        Span<char> squashed = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        var length = 0;
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                squashed[length++] = char.ToLowerInvariant(c);
            }
        }

        return new string(squashed[..length]);
    }

    /// <summary>Whether <paramref name="word"/> is <paramref name="name"/> followed by "s" (compared without building that string).</summary>
    public static bool IsPlural(string word, string name) =>
        word.Length == name.Length + 1 && word[^1] == 's' && word.AsSpan(0, name.Length).SequenceEqual(name);

    /// <summary>Whether every character is a lower-case letter (<see cref="char.IsLower(char)"/>), as <c>All(char.IsLower)</c> without its enumerator.</summary>
    public static bool AllLower(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>One insertion, deletion, substitution or transposition apart (Damerau–Levenshtein ≤ 1).</summary>
    public static bool WithinOneEdit(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        if (i == a.Length || i == b.Length)
        {
            return Math.Abs(a.Length - b.Length) <= 1;
        }

        ReadOnlySpan<char> x = a, y = b;
        return x[(i + 1)..].SequenceEqual(y[(i + 1)..])              // substitution
            || x[i..].SequenceEqual(y[(i + 1)..])                     // insertion in b
            || x[(i + 1)..].SequenceEqual(y[i..])                     // deletion from b
            || (i + 1 < a.Length && i + 1 < b.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && x[(i + 2)..].SequenceEqual(y[(i + 2)..]));
    }

    /// <summary>Words as the prose tokenizer sees them: split on spaces, hyphenated parts kept together.</summary>
    private static string[] Words(string name) => name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
