using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.Text;
using NkContentLint.Analysis;
using NkContentLint.Diagnostics;
using NkContentLint.Documents;
using NkContentLint.Facts;
using NkContentLint.Fixing;
using NkContentLint.Text;

namespace NkContentLint.Rules.Facts;

/// <summary>
/// NK2002: a known misspelling of a canonical name (<c>Kin Jong-un</c>), or a near miss of a
/// multi-word name (one letter off, <c>Kim Jong Unn</c>). Accepted variants never fire; with the
/// <c>house_style</c> option, variants and outdated forms are flagged in favour of the canonical name.
/// </summary>
public sealed partial class MisspelledNameAnalyzer : ContentAnalyzer
{
    public const string HouseStyleOption = "house_style";

    public static readonly RuleOption<bool> HouseStyle = new(HouseStyleOption, false, "Also flag accepted variants and outdated spellings, suggesting the pack's canonical name.");

    public static readonly DiagnosticDescriptor Rule = new(
        "NK2002",
        "Non-canonical or misspelled name",
        "'{0}' {1} '{2}'",
        RuleCategories.Facts,
        DiagnosticSeverity.Warning,
        "Names in this field are transliterated many ways; some are accepted variants, some are plain misspellings that make an article look careless or point readers to the wrong person or network.",
        [HouseStyle]);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        if (context.Facts.Entities.IsEmpty)
        {
            return;
        }

        var document = context.Document;
        var houseStyle = context.GetOption(Rule, HouseStyle);
        var matches = context.Facts.Match(document).Names;
        foreach (var match in matches)
        {
            var (verb, safety) = match.Kind switch
            {
                NameKind.Misspelling => ("is a misspelling of", FixSafety.Safe),
                NameKind.Variant or NameKind.Outdated when houseStyle && match.Written != match.Entity.Name => (match.Kind == NameKind.Outdated ? "is an outdated spelling; house style is" : "is a variant; house style is", FixSafety.Suggestion),
                _ => (null, FixSafety.Safe),
            };
            if (verb is not null && !IsQuoted(document, match.Span))
            {
                Report(context, match.Span, match.Written, verb, match.Entity, safety);
            }
        }

        foreach (var (span, written, entity, listed, near) in NearMisses(document, context.Facts, matches))
        {
            if (listed && IsQuoted(document, span))
            {
                continue;
            }

            Report(context, span, written, listed ? "is a misspelling of" : "looks like a misspelling of", entity, listed ? FixSafety.Safe : FixSafety.Suggestion, near);
        }

        // A name with its possessive apostrophe moved or missing ("Democratic Peoples' Republic of Korea").
        foreach (var (span, written, entity, listed, near) in MovedApostrophes(document, context.Facts, matches))
        {
            if (IsQuoted(document, span))
            {
                continue;
            }

            Report(context, span, written, listed ? "is a misspelling of" : "looks like a misspelling of", entity, listed ? FixSafety.Safe : FixSafety.Suggestion, near);
        }

        // An acronym spelt out wrongly before it: "the Korean Central Press Agency (KCNA)" (blind18) for the Korean
        // Central News Agency; one word of the name replaced by another.
        foreach (var (span, written, entity, acronym, name) in WrongExpansions(document.ProseText, context.Facts, matches))
        {
            if (!IsQuoted(document, span))
            {
                Report(context, span, written, $"is not what {acronym} stands for; the name is", entity, FixSafety.Suggestion, name);
            }
        }

        // A single word is replaced by the form it is near ("KNCA" by "KCNA", not by the agency's full name).
        foreach (var (span, written, entity, near) in SingleWordNearMisses(document, context.Facts, matches))
        {
            Report(context, span, written, "looks like a misspelling of", entity, FixSafety.Suggestion, near);
        }
    }

    private static void Report(DocumentAnalysisContext context, TextSpan span, string written, string verb, EntityFact entity, FixSafety safety, string? name = null)
    {
        name ??= entity.Name;
        var properties = FactStatements.Properties(entity, entity.Name, asOf: null);
        foreach (var (key, value) in FixProperties.Replace(name, $"Replace with '{name}'", safety))
        {
            properties[key] = value;
        }

        context.ReportDiagnostic(Diagnostic.Create(Rule, context.Document.GetLocation(span), relatedLocations: null, properties, written, verb, name));
    }

    private static bool IsQuoted(ContentDocument document, TextSpan span) =>
        FactStatements.SentenceAt(document, span) is { } sentence && (sentence.Block.IsQuotedPassage || sentence.Block.Quotations.Any(q => q.Contains(span)));

    /// <summary>
    /// Whether a known name overlaps <paramref name="span"/>. Names are in text order and do not
    /// overlap, so their ends are in order too: a binary search finds the first that could.
    /// </summary>
    private static bool OverlapsAny(ImmutableArray<NameMatch> known, TextSpan span)
    {
        // SortedSearch.FirstNotBefore written out: its delegate and closure, made for every word looked up, were a
        // twentieth of a whole-corpus run's allocations.
        int lo = 0, hi = known.Length;
        while (lo < hi)
        {
            var mid = lo + ((hi - lo) / 2);
            if (known[mid].Span.End <= span.Start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        for (var i = lo; i < known.Length && known[i].Span.Start < span.End; i++)
        {
            if (known[i].Span.OverlapsWith(span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Single words one edit from a distinctive single-word name ("Kwandmyong", "Urminzokkiri"), or an acronym
    /// with two letters swapped ("KNCA"), also when glued to the word before it by a lost space ("xlargeKNCA").
    /// </summary>
    private static IEnumerable<(TextSpan Span, string Written, EntityFact Entity, string Near)> SingleWordNearMisses(ContentDocument document, FactIndex facts, ImmutableArray<NameMatch> known)
    {
        var index = NameWordIndex.For(facts);

        foreach (var sentence in document.Sentences)
        {
            var tokens = sentence.Tokens;
            bool? otherScript = null;
            for (var t = 0; t < tokens.Length; t++)
            {
                var word = tokens[t];
                if (!word.IsWord || (word.InQuotation && !IsOneWordQuotation(tokens, t)) || word.Text.Length < 4)
                {
                    continue;
                }

                // A capitalised word, a lower-case one held against account handles ("auriminzok" for
                // "@uriminzok"), or the capital run at the end of a word glued to it ("xlargeKNCA").
                var start = 0;
                if (!word.IsCapitalized && !(index.HasHandles && word.Text.Length >= 7 && NameWordIndex.AllLower(word.Text)))
                {
                    var capitals = CapitalsAtEnd(word.Text);
                    if (capitals is < 4 or > 5 || !char.IsLower(word.Text[^(capitals + 1)]))
                    {
                        continue;
                    }

                    start = word.Text.Length - capitals;
                }

                var written = word.Text[start..];
                if (written.EndsWith("'s", StringComparison.Ordinal) || written.EndsWith("’s", StringComparison.Ordinal))
                {
                    written = written[..^2];
                }

                var span = new TextSpan(word.Span.Start + start, written.Length);
                // The sentence's script is read (its text built) only for a word that is near a short name: nearly none.
                if (OverlapsAny(known, span)
                    || (index.SingleWordNearMiss(written)
                        ?? (start == 0 && word.IsCapitalized && IsLatin(written) && index.ShortNameNearMissInOtherScript(written) is { } shortNear
                            && (otherScript ??= IsOtherScript(sentence.Text)) ? shortNear : null)) is not { } near)
                {
                    continue;
                }

                // A word cut off where the text stops ("Orascom said Koryolin" ending a stored excerpt) is not misspelt.
                if (IsCutOff(document.ProseText, sentence, span, NameWordIndex.Squash(written), NameWordIndex.Squash(near.Name)))
                {
                    continue;
                }

                // The "@" of a handle is a token of its own, outside the span: the replacement is the bare handle.
                yield return (span, written, near.Entity, near.Name.TrimStart('@'));
            }
        }
    }

    /// <summary>
    /// The words before a known acronym in brackets ("Korean Central Press Agency (KCNA)") that spell out a name of the
    /// acronym's entity with one word replaced: as many words as a name of three words or more has, all but one the
    /// same as the name's (ignoring case, a plural or possessive "s", "Centre"/"Center" and abbreviations such as
    /// "Corp." for "Corporation"), the other a capitalised word that is none of these. Words that are a known name
    /// are left to the name itself; an expansion that differs in two words or more is another thing's name.
    /// </summary>
    private static IEnumerable<(TextSpan Span, string Written, EntityFact Entity, string Acronym, string Name)> WrongExpansions(string prose, FactIndex facts, ImmutableArray<NameMatch> known)
    {
        foreach (var match in known)
        {
            var acronym = match.Written;
            if (acronym.Length is < 2 or > 6 || !acronym.All(c => c is >= 'A' and <= 'Z'))
            {
                continue;
            }

            var open = match.Span.Start - 1;
            while (open >= 0 && prose[open] == ' ')
            {
                open--;
            }

            if (open < 1 || prose[open] != '(')
            {
                continue;
            }

            var words = WordsBefore(prose, open, 8);
            foreach (var name in match.Entity.AcceptedNames.Distinct(StringComparer.OrdinalIgnoreCase))
            {
                var nameWords = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (nameWords.Length < 3 || words.Count < nameWords.Length)
                {
                    continue;
                }

                var written = words.GetRange(words.Count - nameWords.Length, nameWords.Length);
                var differing = Enumerable.Range(0, nameWords.Length).Where(i => !SameNameWord(prose.Substring(written[i].Start, written[i].Length), nameWords[i])).ToList();
                if (differing is not [var w])
                {
                    continue;
                }

                var replaced = prose.Substring(written[w].Start, written[w].Length);
                var span = TextSpan.FromBounds(written[0].Start, written[^1].End);
                if (!char.IsUpper(replaced[0]) || !replaced.All(c => char.IsLetter(c) || c is '-' or '\'' or '’') || OverlapsAny(known, span))
                {
                    continue;
                }

                yield return (span, prose[span.Start..span.End], match.Entity, acronym, name);
                break;
            }
        }
    }

    /// <summary>Up to <paramref name="most"/> words right before <paramref name="end"/>, on its line, in text order.</summary>
    private static List<TextSpan> WordsBefore(string prose, int end, int most)
    {
        var words = new List<TextSpan>();
        var i = end - 1;
        while (words.Count < most)
        {
            var gap = i;
            while (i >= 0 && prose[i] == ' ')
            {
                i--;
            }

            if (i < 0 || (gap - i) > 1 || (gap == i && words.Count > 0))
            {
                break;
            }

            var wordEnd = i + 1;
            while (i >= 0 && (char.IsLetterOrDigit(prose[i]) || prose[i] is '-' or '\'' or '’' or '.' or '&'))
            {
                i--;
            }

            if (wordEnd == i + 1)
            {
                break;
            }

            words.Insert(0, TextSpan.FromBounds(i + 1, wordEnd));
        }

        return words;
    }

    /// <summary>Whether a written word is a name's word: the same ignoring case, a plural or possessive "s", "re"/"er" or an abbreviation of it.</summary>
    private static bool SameNameWord(string written, string word)
    {
        static string Plain(string w) => w.Replace('’', '\'').TrimEnd('.').ToLowerInvariant();
        var (a, b) = (Plain(written), Plain(word));
        static string Stem(string w) => w.EndsWith("'s", StringComparison.Ordinal) ? w[..^2] : w.EndsWith('s') ? w[..^1] : w;
        return a == b || Stem(a) == Stem(b)
            || a.Replace("centre", "center", StringComparison.Ordinal) == b.Replace("centre", "center", StringComparison.Ordinal)
            || (written.EndsWith('.') && a.Length >= 2 && b.StartsWith(a, StringComparison.Ordinal))
            || (a.Length >= 3 && b.StartsWith(a, StringComparison.Ordinal) && char.IsUpper(written[0]) && word.Length > a.Length + 3)
            || (b.Length >= 3 && a.StartsWith(b, StringComparison.Ordinal) && a.Length > b.Length + 3);
    }

    /// <summary>
    /// Whether the words written are the start of the name cut off where the text stops: the name with letters missing at
    /// its end only, and nothing after them in their paragraph but the end of the text or an ellipsis ("In comparison,
    /// Orascom said Koryolin" closing a paragraph, "Koryolin…"); a heading or a table cell is whole as it is. A truncated word is not a misspelling; a name cut short
    /// inside a sentence ("Koryolin has 2 million users") still is.
    /// </summary>
    private static bool IsCutOff(string prose, Sentence sentence, TextSpan span, string written, string name)
    {
        if (sentence.Block.Kind != ProseBlockKind.Paragraph || written.Length >= name.Length || !name.StartsWith(written, StringComparison.Ordinal))
        {
            return false;
        }

        // The paragraph must end there: a line break inside a hard-wrapped paragraph ("Subscribers of Koryolin\npay in
        // euros.") cuts nothing off.
        var i = span.End;
        while (i < prose.Length && prose[i] is ' ' or '\t' or '\u00a0' or '\n' or '\r')
        {
            i++;
        }

        return i == prose.Length || i >= sentence.Block.Span.End || prose[i] == '…'
            || prose.AsSpan(i).StartsWith("...", StringComparison.Ordinal) || prose.AsSpan(i).StartsWith("[…]", StringComparison.Ordinal)
            || prose.AsSpan(i).StartsWith("[...]", StringComparison.Ordinal);
    }

    private static bool IsLatin(string word) => !word.AsSpan().ContainsAnyExcept(LatinLetters);

    private static readonly System.Buffers.SearchValues<char> LatinLetters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <summary>How many capitals (A to Z) a word ends with: a loop, where <c>TrimEnd</c> with the alphabet compared each letter with every capital.</summary>
    private static int CapitalsAtEnd(string word)
    {
        var i = word.Length;
        while (i > 0 && word[i - 1] is >= 'A' and <= 'Z')
        {
            i--;
        }

        return word.Length - i;
    }

    /// <summary>Whether a sentence is written in another script than Latin: at least twice as many other letters as Latin ones.</summary>
    private static bool IsOtherScript(string text)
    {
        int latin = 0, other = 0;
        foreach (var c in text)
        {
            if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') || (c is >= '\u00C0' and <= '\u024F' && char.IsLetter(c)))
            {
                latin++;
            }
            else if (char.IsLetter(c))
            {
                other++;
            }
        }

        return other >= 20 && other >= 2 * latin;
    }

    /// <summary>
    /// A word that is the whole of its quotation (<c>using the name "auriminzok"</c>): a name mentioned in quotation
    /// marks, not a speaker's words that must be left as they were said.
    /// </summary>
    private static bool IsOneWordQuotation(ImmutableArray<ProseToken> tokens, int at)
    {
        static bool IsMark(ProseToken token) => token.IsSymbol && token.Text is "\"" or "“" or "”" or "‘" or "’" or "«" or "»";

        var after = at + 1;
        if (after < tokens.Length && tokens[after].IsSymbol && tokens[after].Text is "," or ".")
        {
            after++;
        }

        return at > 0 && IsMark(tokens[at - 1]) && after < tokens.Length && IsMark(tokens[after]);
    }

    /// <summary>
    /// Word sequences one edit away from a multi-word accepted name (ignoring case, hyphens and
    /// spaces) that are not themselves a known name; and a listed misspelling written with other
    /// spaces, hyphens or capitals ("Kim Jung Un", "kim jung un" for the listed "Kim Jung-un"), which
    /// is that misspelling (<c>Listed</c>), lower case or not. Only sequences sharing a word with a
    /// name are compared, found through a word index, so the cost does not grow with the number of facts.
    /// </summary>
    private static IEnumerable<(TextSpan Span, string Written, EntityFact Entity, bool Listed, string? Near)> NearMisses(ContentDocument document, FactIndex facts, ImmutableArray<NameMatch> known)
    {
        var index = NameWordIndex.For(facts);

        // One list reused for every sentence: a list per sentence was a tenth of this rule's allocations.
        var words = new List<ProseToken>();

        // Where the words of some indexed name are: a name's candidates are looked for only from a word at most two
        // before one of them (a candidate iterator per word was a tenth of a whole-corpus run's allocations).
        var nameWords = new List<bool>();
        Func<string, bool> isNameWord = index.IsNameWord;
        foreach (var sentence in document.Sentences)
        {
            // A sentence with no word of an indexed name (nearly every one) has no candidate: its words are not copied.
            if (!HasWord(sentence.Tokens, isNameWord))
            {
                continue;
            }

            words.Clear();
            nameWords.Clear();
            foreach (var token in sentence.Tokens)
            {
                if (token.IsWord && !token.InQuotation)
                {
                    words.Add(token);
                    nameWords.Add(index.IsNameWord(token.Text));
                }
            }

            for (var i = 0; i < words.Count; i++)
            {
                if (!nameWords[i] && !(i + 1 < words.Count && nameWords[i + 1]) && !(i + 2 < words.Count && nameWords[i + 2]))
                {
                    continue;
                }

                var capitalized = words[i].IsCapitalized;
                foreach (var (entity, name, wordCount) in index.Candidates(words, i))
                {
                    var end = i + wordCount - 1;
                    if (end >= words.Count)
                    {
                        continue;
                    }

                    var span = TextSpan.FromBounds(words[i].Span.Start, words[end].Span.End);
                    if (OverlapsAny(known, span))
                    {
                        continue;
                    }

                    var written = document.ProseText[span.Start..span.End];
                    if (written.Contains('\n') || written.Contains('\r'))
                    {
                        continue;
                    }

                    // A possessive is not part of the name: "Kim Jong-um's leadership" is "Kim Jong-um" misspelt.
                    if (written.EndsWith("'s", StringComparison.Ordinal) || written.EndsWith("’s", StringComparison.Ordinal))
                    {
                        written = written[..^2];
                        span = new TextSpan(span.Start, written.Length);
                    }

                    if (index.ListedMisspelling(NameWordIndex.Squash(written)) is { } misspelt)
                    {
                        yield return (span, written, misspelt, true, null);
                        break;
                    }

                    if (!capitalized)
                    {
                        continue;
                    }

                    // "Kim Jong Ils" is the name with a possessive or plural 's' whose apostrophe was lost, not a misspelling.
                    if (NameWordIndex.Squash(written) is var squashed && squashed != NameWordIndex.Squash(name)
                        && squashed != NameWordIndex.Squash(name) + "s"
                        && NameWordIndex.WithinOneEdit(squashed, NameWordIndex.Squash(name)) && !index.IsKnown(squashed)
                        && !NameWordIndex.SameRomanisation(squashed, NameWordIndex.Squash(name))
                        && !IsCutOff(document.ProseText, sentence, span, squashed, NameWordIndex.Squash(name))
                        && !(entity.Kind == "person" && IsAnotherSyllable(written, name) && !IsNamedByRole(document.ProseText, span))
                        && (entity.Kind == "person" || OnlyTheBrandDiffers(written, name, entity)))
                    {
                        // An organisation's name is replaced by the form it is near ("Orascon Telecom" by "Orascom Telecom").
                        yield return (span, written, entity, false, entity.Kind == "person" ? null : name);
                        break;
                    }
                }
            }
        }
    }

    /// <summary>Whether a word of the tokens outside quotations is one <paramref name="test"/> holds for.</summary>
    private static bool HasWord(ImmutableArray<ProseToken> tokens, Func<string, bool> test)
    {
        foreach (var token in tokens)
        {
            if (token.IsWord && !token.InQuotation && test(token.Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A name with a possessive apostrophe written with the same words but the apostrophe moved or missing, and no known
    /// name there: "Democratic Peoples' Republic of Korea" (blind17) for "Democratic People's Republic of Korea". It is
    /// <c>Listed</c> when the pack lists the apostrophe-free form as a misspelling ("Democratic Peoples Republic of Korea").
    /// A possessive 's after the name is not part of it.
    /// </summary>
    private static IEnumerable<(TextSpan Span, string Written, EntityFact Entity, bool Listed, string Near)> MovedApostrophes(ContentDocument document, FactIndex facts, ImmutableArray<NameMatch> known)
    {
        var index = NameWordIndex.For(facts);
        if (!index.HasNamesWithApostrophe)
        {
            yield break;
        }

        var words = new List<ProseToken>();
        Func<string, bool> isFirstWord = index.IsFirstWordOfANameWithApostrophe;
        foreach (var sentence in document.Sentences)
        {
            // A sentence where no such name's first word is written (nearly every one) has no candidate.
            if (!HasWord(sentence.Tokens, isFirstWord))
            {
                continue;
            }

            words.Clear();
            foreach (var token in sentence.Tokens)
            {
                if (token.IsWord && !token.InQuotation)
                {
                    words.Add(token);
                }
            }

            for (var i = 0; i < words.Count; i++)
            {
                if (!words[i].IsCapitalized)
                {
                    continue;
                }

                foreach (var (entity, name, wordCount, key) in index.NamesWithApostropheFrom(words[i].Text))
                {
                    var end = i + wordCount - 1;
                    if (end >= words.Count)
                    {
                        continue;
                    }

                    var span = TextSpan.FromBounds(words[i].Span.Start, words[end].Span.End);
                    var written = document.ProseText[span.Start..span.End];

                    if (written.EndsWith("'s", StringComparison.Ordinal) || written.EndsWith("’s", StringComparison.Ordinal))
                    {
                        written = written[..^2];
                        span = new TextSpan(span.Start, written.Length);
                    }

                    if (written.Contains('\n') || written.Contains('\r') || OverlapsAny(known, span)
                        || NameWordIndex.WithoutApostrophes(written) != key
                        || string.Equals(written.Replace('’', '\''), name.Replace('’', '\''), StringComparison.OrdinalIgnoreCase))
                    {
                        continue;
                    }

                    var listed = entity.Misspellings.Any(m => NameWordIndex.WithoutApostrophes(m) == key);
                    yield return (span, written, entity, listed, name);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Whether an organisation's many-word name and the words written differ only in the name's brand word, by one letter
    /// and not by a possessive or plural ending: "Orascon Telecom" for "Orascom Telecom", not "Orascom's Telecom".
    /// </summary>
    private static bool OnlyTheBrandDiffers(string written, string name, EntityFact entity)
    {
        static string[] Words(string text) => text.Split([' ', '-', '\u2010', '\u2011'], StringSplitOptions.RemoveEmptyEntries);
        var (a, b) = (Words(written), Words(name));
        if (a.Length != b.Length || NameWordIndex.BrandWord(entity, name) is not { } brand)
        {
            return false;
        }

        var differing = Enumerable.Range(0, a.Length).Where(i => !string.Equals(a[i], b[i], StringComparison.OrdinalIgnoreCase)).ToList();
        return differing is [var w] && string.Equals(b[w], brand, StringComparison.OrdinalIgnoreCase) && char.IsUpper(a[w][0])
            && !a[w].StartsWith(b[w], StringComparison.OrdinalIgnoreCase) && a[w].All(char.IsLetter);
    }

    /// <summary>
    /// Whether the words right before a name give the role only a leader holds ("the North Korean dictator Kim Yong Un",
    /// "leader Kim Yong Un"): then a syllable with another initial is the leader's name misspelt, not another person
    /// (blind14). A number-two or deputy leader ("No. 2 leader Kim Yong Nam") is another person.
    /// </summary>
    private static bool IsNamedByRole(string prose, TextSpan span) =>
        LeaderRole().IsMatch(prose.AsSpan(Math.Max(0, span.Start - 60), Math.Min(60, span.Start)));

    [GeneratedRegex(@"(?<!\b(?:No\.|number|deputy|vice|second|2|two|former)[\s-]*)\b(?:supreme\s+)?(?:leader|dictator|ruler|despot|tyrant)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeaderRole();

    /// <summary>
    /// Whether a person's name and the words written differ in one word only, by its first letter, and that word is
    /// one syllable long (four letters or fewer): "Kim Yong Il" is Kim Jong Il's premier, not his name misspelt.
    /// Korean given names are syllables, and a syllable with another initial is another name (blind9).
    /// </summary>
    private static bool IsAnotherSyllable(string written, string name)
    {
        static string[] Words(string text) => text.ToLowerInvariant().Split([' ', '-', '\u2010', '\u2011'], StringSplitOptions.RemoveEmptyEntries);
        var (a, b) = (Words(written), Words(name));
        if (a.Length != b.Length || a.Length < 2)
        {
            return false;
        }

        var differing = Enumerable.Range(0, a.Length).Where(i => a[i] != b[i]).ToList();
        return differing is [var w] && a[w].Length == b[w].Length && a[w].Length <= 4 && a[w][0] != b[w][0] && a[w].AsSpan(1).SequenceEqual(b[w].AsSpan(1));
    }
}
