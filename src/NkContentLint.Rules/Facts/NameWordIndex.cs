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
        IndexNameEnds();

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

        nameWordBits = new WordBits(byWord.Keys);
        firstWordsWithApostrophe = new WordBits(byFirstWordWithApostrophe.Keys);
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

        // Squashed into a buffer, and the known names asked last, only of a word near one: asked of every capitalised
        // Latin word of an article, a string per word and a lookup per word were most of what this cost.
        Span<char> buffer = stackalloc char[written.Length];
        var squashed = SquashInto(written, buffer);
        foreach (var (entity, name, target) in shortSingles)
        {
            if (squashed.Length > 0 && squashed[0] == target[0] && Math.Abs(squashed.Length - target.Length) <= 1 && !IsPlural(squashed, target) && WithinOneEdit(squashed, target))
            {
                return IsKnown(squashed) ? null : (entity, name);
            }
        }

        return null;
    }

    private readonly Dictionary<string, List<(EntityFact Entity, string Name, int Words, string Key)>> byFirstWordWithApostrophe = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The names with a possessive apostrophe whose first word is <paramref name="word"/>, with their words' apostrophe-free key.</summary>
    public IReadOnlyList<(EntityFact Entity, string Name, int Words, string Key)> NamesWithApostropheFrom(string word) =>
        firstWordsWithApostrophe.MayContain(word) && byFirstWordWithApostrophe.TryGetValue(word, out var list) ? list : [];

    /// <summary>Whether <paramref name="word"/> is the first word of a name with a possessive apostrophe (ignoring case).</summary>
    public bool IsFirstWordOfANameWithApostrophe(string word) => firstWordsWithApostrophe.MayContain(word) && byFirstWordWithApostrophe.ContainsKey(word);

    /// <summary><see cref="byFirstWordWithApostrophe"/>'s words as a filter: most words are turned away without hashing them.</summary>
    private WordBits firstWordsWithApostrophe = WordBits.Empty;

    /// <summary><see cref="byWord"/>'s words as a filter: most words are turned away without hashing them.</summary>
    private WordBits nameWordBits = WordBits.Empty;

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
    /// <remarks>
    /// Asked of every capitalised word of four letters or more: the word is squashed into a buffer, not a string, and
    /// only a word that some name could be near is looked up (letter pairs below); the known names are asked last, of a
    /// word near one, since a known word is near nothing whatever else holds.
    /// </remarks>
    public (EntityFact Entity, string Name)? SingleWordNearMiss(string written)
    {
        if (singleByDeletion.Count == 0)
        {
            return null;
        }

        Span<char> buffer = written.Length <= 128 ? stackalloc char[written.Length] : new char[written.Length];
        var squashed = SquashInto(written, buffer);
        var near = NearMissOfAnyKnownOrNot(written, squashed);
        return near is not null && IsKnown(squashed) ? null : near;
    }

    private (EntityFact Entity, string Name)? NearMissOfAnyKnownOrNot(string written, ReadOnlySpan<char> squashed)
    {
        // A lower-case word is held only against handles, and only when it could be one edit from one: one edit
        // leaves either the first two or the last two letters as they were, which spares the lookups for
        // nearly every word of an article.
        if (AllLower(written))
        {
            string? handle = null;
            foreach (var h in handles)
            {
                if (Math.Abs(h.Length - squashed.Length) <= 1
                    && (squashed.StartsWith(h.AsSpan(0, 2)) || squashed.EndsWith(h.AsSpan(h.Length - 2)))
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
        if (!acronymLike && !IsNearANameLength(squashed.Length))
        {
            return TwoEditsFromALongName(squashed) ?? NearMissThroughCyrillic(squashed);
        }

        // One edit leaves a name's first two or last two letters as they were (names and the words near them are seven
        // letters or more), and one swap of an acronym's neighbouring letters its first two, its last two, or its first
        // and its last: a word that shares none of these with any indexed name is near none, and its deletion keys are
        // not looked up.
        if (acronymLike ? CouldBeOneSwapFromAnAcronym(squashed) : CouldBeOneEditFromAName(squashed))
        {
            // The deletion keys (the word, then the word without its first letter, its second, ...) are built in one buffer
            // and looked up as spans: a string per key was a twentieth of a whole-corpus run's allocations.
            var byDeletion = singleByDeletion.GetAlternateLookup<ReadOnlySpan<char>>();
            Span<char> keyBuffer = squashed.Length <= 128 ? stackalloc char[squashed.Length] : new char[squashed.Length];
            string? squashedText = null;
            for (var deleted = -1; deleted < squashed.Length; deleted++)
            {
                scoped ReadOnlySpan<char> key = squashed;
                if (deleted >= 0)
                {
                    squashed[..deleted].CopyTo(keyBuffer);
                    squashed[(deleted + 1)..].CopyTo(keyBuffer[deleted..]);
                    key = keyBuffer[..(squashed.Length - 1)];
                }

                if (!byDeletion.TryGetValue(key, out var entries))
                {
                    continue;
                }

                foreach (var (entity, name, target, acronym) in entries)
                {
                    var near = acronym
                        ? acronymLike && squashed.Length == target.Length && IsOneSwap(squashed, target)
                        : !acronymLike && !squashed.SequenceEqual(target) && !IsPlural(squashed, target) && WithinOneEdit(squashed, target)
                            && Romanised(squashedText ??= new string(squashed)) != Romanised(target);
                    if (near)
                    {
                        return (entity, name);
                    }
                }
            }
        }

        return acronymLike ? null : TwoEditsFromALongName(squashed) ?? NearMissThroughCyrillic(squashed);
    }

    /// <summary>Whether an indexed single-word name or handle (not an acronym) is one letter longer, shorter or as long as this.</summary>
    private bool IsNearANameLength(int length) =>
        (uint)(length + 1) < (uint)nearNameLength.Length && nearNameLength[length + 1];

    /// <summary>
    /// Index <c>length + 1</c>: whether some indexed single-word name or handle (not an acronym) is <c>length</c> letters
    /// long, or one more or one less (<see cref="nameLengths"/> asked three times, as a table).
    /// </summary>
    private bool[] nearNameLength = [];

    /// <summary>The first two and the last two letters of each indexed single-word name and handle (not an acronym), squashed, as pairs.</summary>
    private readonly HashSet<int> nameEnds = [];

    /// <summary>Each acronym's first two letters, last two letters, and first and last letter, as pairs (three kinds apart).</summary>
    private readonly HashSet<long> acronymEnds = [];

    /// <summary>The first letters of the names held against their trip through Cyrillic.</summary>
    private readonly HashSet<char> cyrillicFirstLetters = [];

    private static int Pair(char a, char b) => (a << 16) | b;

    private static long AcronymPair(int kind, char a, char b) => ((long)kind << 32) | (uint)Pair(a, b);

    /// <summary>The tables the letter-pair checks read, built from the single-word names once indexed.</summary>
    private void IndexNameEnds()
    {
        var longest = nameLengths.Count == 0 ? 0 : nameLengths.Max();
        nearNameLength = new bool[longest + 3];
        for (var length = 0; length <= longest + 1; length++)
        {
            nearNameLength[length + 1] = nameLengths.Contains(length) || nameLengths.Contains(length - 1) || nameLengths.Contains(length + 1);
        }

        foreach (var entries in singleByDeletion.Values)
        {
            foreach (var (_, _, target, acronym) in entries)
            {
                if (target.Length < 2)
                {
                    continue;
                }

                if (acronym)
                {
                    acronymEnds.Add(AcronymPair(0, target[0], target[1]));
                    acronymEnds.Add(AcronymPair(1, target[^2], target[^1]));
                    acronymEnds.Add(AcronymPair(2, target[0], target[^1]));
                }
                else
                {
                    nameEnds.Add(Pair(target[0], target[1]));
                    nameEnds.Add(Pair(target[^2], target[^1]));
                }
            }
        }

        foreach (var (_, _, target) in byCyrillicForm.Values)
        {
            cyrillicFirstLetters.Add(target[0]);
        }
    }

    private bool CouldBeOneEditFromAName(ReadOnlySpan<char> squashed) =>
        squashed.Length >= 2 && (nameEnds.Contains(Pair(squashed[0], squashed[1])) || nameEnds.Contains(Pair(squashed[^2], squashed[^1])));

    private bool CouldBeOneSwapFromAnAcronym(ReadOnlySpan<char> squashed) =>
        squashed.Length >= 2 && (acronymEnds.Contains(AcronymPair(0, squashed[0], squashed[1])) || acronymEnds.Contains(AcronymPair(1, squashed[^2], squashed[^1]))
            || acronymEnds.Contains(AcronymPair(2, squashed[0], squashed[^1])));

    /// <summary>
    /// A long single-word name as a page machine-translated from Russian writes it: Kwangmyong went into Cyrillic as
    /// Кванмён and came back as "Kwanmen" or "Kvanmyon" (blind13), four edits from the name but the same word. Only a
    /// word with the name's first letter and six letters or more is compared, and only with the whole fold; another
    /// romanisation of the name ("Kwangmyeong") folds alike too and is not a misspelling of it.
    /// </summary>
    private (EntityFact Entity, string Name)? NearMissThroughCyrillic(ReadOnlySpan<char> squashed)
    {
        if (byCyrillicForm.Count == 0 || squashed.Length < 6 || !cyrillicFirstLetters.Contains(squashed[0]))
        {
            return null;
        }

        Span<char> buffer = squashed.Length <= 128 ? stackalloc char[squashed.Length] : new char[squashed.Length];
        var lookup = byCyrillicForm.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(ThroughCyrillic(squashed, buffer), out var entry) || squashed.SequenceEqual(entry.Squashed) || entry.Squashed[0] != squashed[0]
            || IsPlural(squashed, entry.Squashed) || IsKnown(squashed))
        {
            return null;
        }

        return RomanisedThroughout(new string(squashed)) != RomanisedThroughout(entry.Squashed) ? (entry.Entity, entry.Name) : null;
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
    private (EntityFact Entity, string Name)? TwoEditsFromALongName(ReadOnlySpan<char> squashed)
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

        return TwoEditsFromALongShapedName(new string(squashed));
    }

    private (EntityFact Entity, string Name)? TwoEditsFromALongShapedName(string squashed)
    {
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

    private static bool IsOneSwap(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var i = 0;
        while (i < a.Length && a[i] == b[i])
        {
            i++;
        }

        return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a[(i + 2)..].SequenceEqual(b[(i + 2)..]);
    }

    public static NameWordIndex For(FactIndex facts) => Cache.GetValue(facts, f => new NameWordIndex(f));

    /// <summary>Names whose word at some position equals a word near <paramref name="start"/>, aligned to start there.</summary>
    /// <summary>Whether <paramref name="word"/> is a word of some indexed multi-word name (ignoring case).</summary>
    public bool IsNameWord(string word) => nameWordBits.MayContain(word) && byWord.ContainsKey(word);

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

    /// <summary><see cref="IsKnown(string)"/> of a squashed word in a buffer.</summary>
    public bool IsKnown(ReadOnlySpan<char> squashed) => known.GetAlternateLookup<ReadOnlySpan<char>>().Contains(squashed);

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

    /// <summary><see cref="Squash"/> written into <paramref name="buffer"/> (as long as the name at least): the squashed letters.</summary>
    public static ReadOnlySpan<char> SquashInto(string name, Span<char> buffer)
    {
        var length = 0;
        foreach (var c in name)
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                buffer[length++] = c;
            }
            else if (c is >= 'A' and <= 'Z')
            {
                buffer[length++] = (char)(c + 32);
            }
            else if (c >= 0x80 && char.IsLetterOrDigit(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        return buffer[..length];
    }

    /// <summary>Whether <paramref name="word"/> is <paramref name="name"/> followed by "s" (compared without building that string).</summary>
    public static bool IsPlural(ReadOnlySpan<char> word, ReadOnlySpan<char> name) =>
        word.Length == name.Length + 1 && word[^1] == 's' && word[..name.Length].SequenceEqual(name);

    /// <summary>Whether every character is a lower-case letter (<see cref="char.IsLower(char)"/>), as <c>All(char.IsLower)</c> without its enumerator.</summary>
    public static bool AllLower(string text)
    {
        foreach (var c in text)
        {
            if (c is not (>= 'a' and <= 'z') && (c < 0x80 || !char.IsLower(c)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>One insertion, deletion, substitution or transposition apart (Damerau–Levenshtein ≤ 1).</summary>
    public static bool WithinOneEdit(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
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

    /// <summary>
    /// A one-hash Bloom filter in front of a set of words compared without case (<see cref="StringComparer.OrdinalIgnoreCase"/>),
    /// as Core's word filter: a bit for each word's length, first two and last characters, upper-cased.
    /// <see cref="MayContain"/> is false only for a word the set cannot hold; a word with a character outside ASCII is
    /// always "look it up" (the set's comparer folds case beyond one character at a time there).
    /// </summary>
    private sealed class WordBits
    {
        private const int Bits = 1 << 14;

        public static readonly WordBits Empty = new([]);

        private readonly ulong[] bits = new ulong[Bits / 64];

        public WordBits(IEnumerable<string> words)
        {
            foreach (var word in words)
            {
                var bit = Bit(word);
                bits[bit >> 6] |= 1UL << (bit & 63);
            }
        }

        /// <summary>
        /// Whether the set may hold <paramref name="word"/>: always true when one of the three characters the bit is made
        /// of is outside ASCII (the bit depends on no other character, and the comparer keeps a word's length).
        /// </summary>
        public bool MayContain(string word)
        {
            if (word.Length == 0)
            {
                return true;
            }

            char first = word[0], second = word[Math.Min(1, word.Length - 1)], last = word[^1];
            if ((first | second | last) >= 0x80)
            {
                return true;
            }

            var bit = Bit(word.Length, AsciiUpper(first), AsciiUpper(second), AsciiUpper(last));
            return (bits[bit >> 6] & (1UL << (bit & 63))) != 0;
        }

        private static char AsciiUpper(char c) => c is >= 'a' and <= 'z' ? (char)(c - 32) : c;

        /// <summary>The bit of a set's word: its characters upper-cased as the invariant culture does, so that a word of the text equal ignoring case shares it.</summary>
        private static int Bit(string word) =>
            word.Length == 0 ? 0 : Bit(word.Length, char.ToUpperInvariant(word[0]), char.ToUpperInvariant(word[Math.Min(1, word.Length - 1)]), char.ToUpperInvariant(word[^1]));

        private static int Bit(int length, char first, char second, char last)
        {
            var hash = (uint)length;
            hash = (hash * 31) + first;
            hash = (hash * 31) + second;
            hash = (hash * 31) + last;
            hash ^= hash >> 15;
            hash *= 0x2C1B3C6D;
            hash ^= hash >> 12;
            return (int)(hash & (Bits - 1));
        }
    }
}
