using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NkContentLint.Claims;
using NkContentLint.Text;

namespace NkContentLint.Languages;

/// <summary>How a language is told apart, and how a number's counted noun is read in it.</summary>
internal enum LanguageScript
{
    /// <summary>Latin letters: told apart by a vote of function words per paragraph (<c>[stop-words]</c>).</summary>
    Latin,

    /// <summary>Cyrillic letters (read with the Russian word lists).</summary>
    Cyrillic,

    /// <summary>Hangul syllables.</summary>
    Hangul,

    /// <summary>Kana (with kanji).</summary>
    Kana,

    /// <summary>Han characters with no kana: Chinese, simplified or traditional.</summary>
    Han,

    /// <summary>Arabic letters, written right to left (not Persian or Urdu, whose own letters keep a sentence unread).</summary>
    Arabic,
}

/// <summary>
/// One language's small grammar for the sourcing rules (NK1001, NK1002), read from <c>rules/languages/&lt;code&gt;.txt</c>:
/// the words that vote for it, the forms of its numbers' magnitudes, units and counted nouns, the words that make a number
/// a date, label or duration, and its phrases that name a source or leave it vague. English is not one of them: English
/// sentences keep the full English readers (<c>Claims/</c>, <c>Attributions/</c>); <c>en.txt</c> only votes.
/// </summary>
internal sealed class LanguageLexicon
{
    private static readonly string[] Sections =
    [
        "stop-words", "magnitudes", "units", "currency-before", "counters", "counted-nouns", "not-counted", "not-before", "range",
        "named", "vague", "vague-with-figure", "unnamed-sources", "unnamed-sources-with-figure", "not-after", "number-words", "fractions", "reportative-modals", "reportative-endings", "bounds-before",
        "count-words", "count-words-after-bound", "reportative-past", "reportative-past-endings", "vague-not-after",
        "list-words", "share-words", "count-words-at-start", "duration-verbs", "noun-links",
        "streak-ordinals", "streak-words", "unnamed-groups", "unnamed-group-frames", "unnamed-group-named-by", "unnamed-group-not-after", "unnamed-group-verbs", "vague-unless-named-before", "event-participles", "listicle-nouns", "english-homographs", "vague-unless-named-in-document",
        "references", "reference-nouns", "not-vague", "informants",
    ];

    /// <summary>The languages with a grammar, in the order a tie of votes is broken.</summary>
    public static readonly ImmutableArray<string> Codes = ["de", "nl", "es", "pt", "ru", "ko", "ja", "fr", "it", "zh", "ro", "pl", "ar", "id", "hu", "da", "sv", "vi", "is", "cs", "tr"];

    private static readonly Lazy<ImmutableArray<LanguageLexicon>> All = new(() => [.. Codes.Select(Load)]);
    private static readonly Lazy<FrozenSet<string>> EnglishWords = new(() =>
        Read("en").Set("stop-words", StringComparer.OrdinalIgnoreCase).ToFrozenSet(StringComparer.OrdinalIgnoreCase));

    // The patterns are built when a sentence of the language first needs one: building all of them for every language
    // cost about 12 MB and 30-40 ms of CPU at each start, and an article in English needs none.
    private readonly Lazy<ImmutableArray<(Regex Pattern, double Proportion)>> shareWords;
    private readonly Lazy<Regex?> durationNumberWordPattern;
    private readonly Lazy<Regex?> streakPattern;
    private readonly Lazy<Regex?> namedPattern;
    private readonly Lazy<Regex?> vaguePattern;
    private readonly Lazy<Regex?> vagueWithFigure;
    private readonly Lazy<Regex?> unnamedSources;
    private readonly Lazy<Regex?> unnamedSourcesWithFigure;
    private readonly Lazy<Regex?> informants;
    private readonly Lazy<Regex?> referencesPattern;
    private readonly Lazy<ImmutableArray<(Regex Phrase, ImmutableArray<string> Nouns)>> referencesToNouns;
    private readonly Lazy<Regex?> notVague;
    private readonly Lazy<Regex?> unnamedGroups;
    private readonly Lazy<SearchValues<string>?> unnamedGroupWords;
    private readonly Lazy<Regex?> vagueUnlessNamedBefore;
    private readonly Lazy<Regex?> vagueUnlessNamedInDocument;
    private readonly Lazy<Regex?> numberWordPattern;
    private readonly Lazy<Regex?> reportative;
    private readonly Lazy<Regex?> countWordPattern;
    private readonly Lazy<Regex?> reportativePast;

    private LanguageLexicon(string code, WordLists lists)
    {
        Code = code;
        Script = code switch { "ru" => LanguageScript.Cyrillic, "ko" => LanguageScript.Hangul, "ja" => LanguageScript.Kana, "zh" => LanguageScript.Han, "ar" => LanguageScript.Arabic, _ => LanguageScript.Latin };
        StopWords = lists.Set("stop-words", StringComparer.OrdinalIgnoreCase).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        Magnitudes = [.. lists.Pairs("magnitudes").Select(p => (p.Key, double.Parse(p.Value, CultureInfo.InvariantCulture))).OrderByDescending(p => p.Key.Length)];
        Units = [.. lists.Pairs("units").OrderByDescending(p => p.Key.Length)];
        CurrencyBefore = [.. lists.Pairs("currency-before").OrderByDescending(p => p.Key.Length)];
        Counters = [.. lists.Entries("counters").Select(ParseCounter).OrderByDescending(c => c.Counter.Length)];
        NounsCapitalised = lists.Entries("counted-nouns").Contains("capitalised");
        NotCounted = new WordMatcher(lists.Entries("not-counted"));
        NotAfter = string.Concat(lists.Entries("not-after"));
        NotBefore = lists.Set("not-before", StringComparer.OrdinalIgnoreCase).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        RangeWords = [.. lists.Entries("range")];
        namedPattern = new(() => Phrases(lists.Entries("named")));
        var vagueNotAfter = NotAfter + string.Concat(lists.Entries("vague-not-after"));
        vaguePattern = new(() => Phrases(lists.Entries("vague"), vagueNotAfter));
        vagueWithFigure = new(() => Phrases(lists.Entries("vague-with-figure"), vagueNotAfter));
        unnamedSources = new(() => Phrases(lists.Entries("unnamed-sources")));
        unnamedSourcesWithFigure = new(() => Phrases(lists.Entries("unnamed-sources-with-figure")));
        informants = new(() => Phrases(lists.Entries("informants")));
        unnamedGroupWords = new(() => GroupWords(lists.Entries("unnamed-groups"), lists.Entries("unnamed-group-frames")));
        unnamedGroups = new(() => GroupFrames(lists.Entries("unnamed-groups"), lists.Entries("unnamed-group-frames"), lists.Entries("unnamed-group-named-by"), lists.Entries("unnamed-group-not-after"), lists.Entries("unnamed-group-verbs")));
        vagueUnlessNamedBefore = new(() => Phrases(lists.Entries("vague-unless-named-before"), vagueNotAfter));
        vagueUnlessNamedInDocument = new(() => Phrases(lists.Entries("vague-unless-named-in-document"), vagueNotAfter));
        referencesPattern = new(() => Phrases([.. lists.Entries("references").Where(e => !e.Contains(" = ", StringComparison.Ordinal))]));
        referencesToNouns = new(() => [.. lists.Entries("references").Select(e => (Entry: e, At: e.LastIndexOf(" = ", StringComparison.Ordinal))).Where(e => e.At > 0)
            .Select(e => (Phrases([e.Entry[..e.At].Trim()])!, (ImmutableArray<string>)[.. e.Entry[(e.At + 3)..].Split(' ', StringSplitOptions.RemoveEmptyEntries)]))]);
        ReferenceNouns = lists.Entries("reference-nouns");
        notVague = new(() => Phrases(lists.Entries("not-vague"), ""));
        NumberWords = lists.Pairs("number-words").ToFrozenDictionary(p => p.Key, p => double.Parse(p.Value, CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase);
        Fractions = [.. lists.Pairs("fractions").Select(p => (p.Key, p.Value == "numerator-first")).OrderByDescending(p => p.Key.Length)];
        numberWordPattern = new(() => NumberWordRegex());
        reportative = new(() => ReportativeRegex(lists.Entries("reportative-modals"), lists.Entries("reportative-endings")));
        reportativePast = new(() => ReportativePastRegex(lists.Entries("reportative-modals"), lists.Entries("reportative-past"), lists.Entries("reportative-past-endings")));
        CountWords = lists.Pairs("count-words").ToFrozenDictionary(p => p.Key, p => double.Parse(p.Value, CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase);
        CountWordsAfterBound = lists.Pairs("count-words-after-bound").ToFrozenDictionary(p => p.Key, p => double.Parse(p.Value, CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase);
        countWordPattern = new(() => CountWordRegex());
        shareWords = new(() => [.. lists.Pairs("share-words").Select(p => (Phrases([p.Key])!, double.Parse(p.Value, CultureInfo.InvariantCulture)))]);
        CountWordsAtStart = lists.Pairs("count-words-at-start").ToFrozenDictionary(p => p.Key, p => double.Parse(p.Value, CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase);
        DurationVerbs = new WordMatcher(lists.Entries("duration-verbs"));
        NounLinks = lists.Set("noun-links", StringComparer.OrdinalIgnoreCase).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        durationNumberWordPattern = new(() => DurationNumberWordRegex());
        EventParticiples = new WordMatcher(lists.Entries("event-participles"));
        StreakOrdinals = [.. lists.Pairs("streak-ordinals").Select(p => (p.Key.TrimEnd('*'), double.Parse(p.Value, CultureInfo.InvariantCulture))).OrderByDescending(p => p.Item1.Length)];
        streakPattern = new(() => StreakRegex(lists.Entries("streak-words")));
        ListWords = lists.Set("list-words", StringComparer.OrdinalIgnoreCase).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        ListicleNouns = lists.Set("listicle-nouns", StringComparer.OrdinalIgnoreCase).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        EnglishHomographs = lists.Set("english-homographs", StringComparer.OrdinalIgnoreCase).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        BoundsBefore = [.. lists.Pairs("bounds-before").Select(p => (p.Key, Enum.Parse<Approximation>(p.Value))).OrderByDescending(p => p.Key.Length)];
        BuildEveryPattern();
    }

    /// <summary>
    /// Debug builds (the test suite) build every pattern at load, so that an entry of a language file that makes a bad pattern
    /// fails the tests; a release build builds a pattern when a sentence of its language first needs it.
    /// </summary>
    [Conditional("DEBUG")]
    private void BuildEveryPattern() => _ = new object?[]
    {
        shareWords.Value,
        unnamedGroupWords.Value,
        durationNumberWordPattern.Value,
        streakPattern.Value,
        namedPattern.Value,
        vaguePattern.Value,
        vagueWithFigure.Value,
        unnamedSources.Value,
        unnamedSourcesWithFigure.Value,
        informants.Value,
        referencesPattern.Value,
        referencesToNouns.Value,
        notVague.Value,
        unnamedGroups.Value,
        vagueUnlessNamedBefore.Value,
        vagueUnlessNamedInDocument.Value,
        numberWordPattern.Value,
        reportative.Value,
        countWordPattern.Value,
        reportativePast.Value,
    };

    public static ImmutableArray<LanguageLexicon> Languages => All.Value;

    /// <summary>English function words (<c>en.txt</c>): the votes against a Latin-script language.</summary>
    public static FrozenSet<string> EnglishStopWords => EnglishWords.Value;

    public static LanguageLexicon? Get(string code) => Languages.FirstOrDefault(l => l.Code == code);

    /// <summary>ISO 639-1 code: <c>de</c>, <c>ko</c>.</summary>
    public string Code { get; }

    public LanguageScript Script { get; }

    /// <summary>Whether the language writes words apart (its phrases match at word edges) or glues particles to them (Korean, Japanese).</summary>
    public bool SpacesWords => Script is LanguageScript.Latin or LanguageScript.Cyrillic or LanguageScript.Arabic;

    public FrozenSet<string> StopWords { get; }

    public ImmutableArray<(string Word, double Value)> Magnitudes { get; }

    /// <summary>Units after a number (<c>% = percent</c>, <c>Euro = EUR</c>); a key ending in <c>*</c> takes any ending (<c>доллар*</c>).</summary>
    public ImmutableArray<(string Key, string Value)> Units { get; }

    public ImmutableArray<(string Key, string Value)> CurrencyBefore { get; }

    /// <summary>Korean and Japanese counters glued to a number (<c>명</c>, <c>人</c>), each with the least number it counts (<c>대 &gt;= 100</c>: "20대" is an age).</summary>
    public ImmutableArray<(string Counter, double Minimum)> Counters { get; }

    /// <summary>German: a counted noun is a capitalised word; other spaced languages take any word that is not a function word.</summary>
    public bool NounsCapitalised { get; }

    public WordMatcher NotCounted { get; }

    public FrozenSet<string> NotBefore { get; }

    /// <summary>Words for a bound or approximation right before a number (<c>mehr als = MoreThan</c>, <c>约 = About</c>), longest
    /// first: the fact rules judge "oltre due milioni" as a lower bound, as English "more than".</summary>
    public ImmutableArray<(string Words, Approximation Kind)> BoundsBefore { get; }

    /// <summary>
    /// Words that state a share of a group (<c>[share-words]</c>, <c>la metà di* = 0.5</c>, <c>jede* zwölfte* = 0.0833</c>), each
    /// with the proportion: a statistic as a percentage is ("la metà delle sue attività", "jeder zwölfte Nordkoreaner").
    /// </summary>
    public ImmutableArray<(Regex Pattern, double Proportion)> ShareWords => shareWords.Value;

    /// <summary>
    /// Numbers in words read only where they open a sentence (<c>[count-words-at-start]</c>, French "Trente et un sites …", "Vingt-deux
    /// journalistes …": French spells a number that opens a sentence, where digits would stand elsewhere), joined by a space, a
    /// hyphen or a list word ("et").
    /// </summary>
    public FrozenDictionary<string, double> CountWordsAtStart { get; }

    /// <summary>Verbs of lasting (<c>[duration-verbs]</c>, "durou", "dauerte"): a duration right after one measures an event, a statistic.</summary>
    public WordMatcher DurationVerbs { get; }

    /// <summary>The words that close a list of items ("и", "und", "et"): a small count of items the text lists is no statistic (<see cref="ForeignEnumerations"/>).</summary>
    public FrozenSet<string> ListWords { get; }

    /// <summary>The items of a listicle (<c>[listicle-nouns]</c>: "exemples", "razones", "Gründe"): a heading that opens by
    /// counting them counts the article's own sections ("10 exemples qui montrent…", blind28), no statistic.</summary>
    public FrozenSet<string> ListicleNouns { get; }

    /// <summary>English number words that are this language's function words (<c>[english-homographs]</c>: Polish "ten",
    /// "this"): in a paragraph of two languages (<see cref="LanguageDetector.IsWordOfAnotherLanguage"/>) they are not read as numbers.</summary>
    public FrozenSet<string> EnglishHomographs { get; }

    /// <summary>Words that join a number to its counted noun (<c>[noun-links]</c>: Romanian "2.000 de adrese").</summary>
    public FrozenSet<string> NounLinks { get; }

    /// <summary>
    /// A number in words (<c>[number-words]</c>) on its own, read only as a duration after a verb of lasting ("währte nur
    /// eineinhalb Jahre", "dauerte drei Tage"); null in a language without both lists.
    /// </summary>
    public Regex? DurationNumberWordPattern => durationNumberWordPattern.Value;

    /// <summary>
    /// Participles of what was done to people or things (<c>[event-participles]</c>: "asesinados", "detenidos", "executados"): a
    /// number in words, its noun and one of these a few words on count an event's victims ("dos adolescentes fueran
    /// asesinados", blind25), a statistic as "Police seized three phones" is.
    /// </summary>
    public WordMatcher EventParticiples { get; }

    /// <summary>Ordinal stems that with a time word and a <c>[streak-words]</c> word count a run ("восьм*" = 8: "восьмой день подряд").</summary>
    public ImmutableArray<(string Stem, double Value)> StreakOrdinals { get; }

    /// <summary>
    /// An ordinal (a <c>[streak-ordinals]</c> stem or digits, "5-й"), a word and a <c>[streak-words]</c> word: "восьмой день
    /// подряд" (the eighth day in a row), the length of a run so far; group <c>o</c> the ordinal, <c>w</c> the word between.
    /// </summary>
    public Regex? StreakPattern => streakPattern.Value;

    private Regex? StreakRegex(ImmutableArray<string> words)
    {
        if (words.IsEmpty || StreakOrdinals.IsEmpty)
        {
            return null;
        }

        var ordinals = string.Join("|", StreakOrdinals.Select(o => Regex.Escape(o.Stem)));
        var closing = string.Join("|", words.Select(Regex.Escape));
        return new Regex(@"(?<![\p{L}\p{M}\p{N}\-])(?<o>(?:" + ordinals + @")[\p{L}]*|\d+(?:-[\p{L}]{1,3})?)\s+(?<w>[\p{L}]+)\s+(?:" + closing + @")(?![\p{L}\p{M}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    private Regex? DurationNumberWordRegex()
    {
        if (NumberWords.Count == 0 || !SpacesWords || DurationVerbs.IsEmpty)
        {
            return null;
        }

        var words = string.Join("|", NumberWords.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));
        return new Regex(@"(?<![\p{L}\p{M}\p{N}\-])(?:" + words + @")(?![\p{L}\p{M}\p{N}\-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    /// <summary>Characters that may not stand right before a phrase (Chinese <c>数</c>: <c>数据传输</c> is no <c>据传</c>).</summary>
    public string NotAfter { get; }

    public ImmutableArray<string> RangeWords { get; }

    public Regex? Named => namedPattern.Value;

    public Regex? Vague => vaguePattern.Value;

    public Regex? VagueWithFigure => vagueWithFigure.Value;

    public Regex? UnnamedSources => unnamedSources.Value;

    public Regex? UnnamedSourcesWithFigure => unnamedSourcesWithFigure.Value;

    /// <summary>
    /// Informants nobody names (<c>[informants]</c>: Korean <c>소식통</c>, Japanese <c>情報筋</c>): an unnamed source, reported with a
    /// figure or at the document's first mention of one; a later mention with no figure refers back to the first.
    /// </summary>
    public Regex? Informants => informants.Value;

    /// <summary>
    /// Definite references back to a source the article named before (<c>[references]</c>: Korean <c>이번 조사</c>, <c>응답자</c>,
    /// <c>보고서엔</c>, <c>것으로 조사됐</c>; Japanese <c>同調査</c>; Chinese <c>该报告</c>): they name that source once an earlier
    /// sentence that names one holds a <see cref="ReferenceNouns"/> noun, and a vague form they overlap is then none.
    /// </summary>
    public Regex? References => referencesPattern.Value;

    /// <summary>
    /// References that point back only to a source named with one of their own nouns (<c>[references]</c> entries
    /// <c>phrase = noun noun</c>: <c>것으로 조사됐 = 설문 응답</c>, "it was found" refers back to a poll, not to any report).
    /// </summary>
    public ImmutableArray<(Regex Phrase, ImmutableArray<string> Nouns)> ReferencesToNouns => referencesToNouns.Value;

    /// <summary>The nouns of the things a <see cref="References"/> form points back to (<c>[reference-nouns]</c>: <c>조사</c>, <c>보고서</c>, <c>調査</c>, <c>报告</c>).</summary>
    public ImmutableArray<string> ReferenceNouns { get; }

    /// <summary>Phrases that overlap a vague form and make it none (<c>[not-vague]</c>: Japanese <c>違法とされ</c>, <c>必要とされ</c>: a status, no hearsay).</summary>
    public Regex? NotVague => notVague.Value;

    /// <summary>
    /// An unnamed group or report (<c>[unnamed-groups]</c>: "Experten", "Fachleute", "Medienbericht") in one of the frames that
    /// make it a sentence's source (<c>[unnamed-group-frames]</c>: "laut {}", "{} zufolge", ", so _ {} $"): German "so schätzen
    /// Experten", "so Fachleute", "laut einem südkoreanischen Medienbericht". Vague, unless a word of <c>[unnamed-group-named-by]</c>
    /// follows the group ("laut einem Bericht der Washington Post", "Experten von FireEye"). Null in a language without them.
    /// </summary>
    public Regex? UnnamedGroups => unnamedGroups.Value;

    /// <summary>
    /// Whether the text may hold a match of <see cref="UnnamedGroups"/>: every frame holds a group, so a text with none of the
    /// groups' words in it (in any case, a stem's beginning for one ending in <c>*</c>) holds none. The frames make a long
    /// pattern tried at every word (German's is some 17,000 characters), and most sentences name no group.
    /// </summary>
    public bool MayHoldUnnamedGroup(string text) => unnamedGroupWords.Value is not { } words || text.AsSpan().IndexOfAny(words) >= 0;

    /// <summary>
    /// Hearsay that with no figure in its sentence refers back to a source the sentence before it names (<c>[vague-unless-named-before]</c>:
    /// Japanese "…が発表している。…可能になるという。"); vague otherwise, as a <c>[vague]</c> form.
    /// </summary>
    public Regex? VagueUnlessNamedBefore => vagueUnlessNamedBefore.Value;

    /// <summary>
    /// A reference to an outlet by its kind alone ("O diário refere", "escreve o jornal", blind27; <c>[vague-unless-named-in-document]</c>):
    /// it refers back to a source when an earlier sentence of the document names one, and names no one when none does. Not
    /// when a name follows it ("segundo o jornal Público").
    /// </summary>
    public Regex? VagueUnlessNamedInDocument => vagueUnlessNamedInDocument.Value;

    /// <summary>
    /// The frames of <c>[unnamed-group-frames]</c> as one pattern: <c>{}</c> is a group of <c>[unnamed-groups]</c> with up to two
    /// lower-case words before it that are no stop words (adjectives: "südkoreanischen"; "laut dem Bericht" refers back to one
    /// named before); <c>_</c> one lower-case word (the verb of "so schätzen Experten"); a word ending in <c>*</c> takes any
    /// ending; a closing <c>$</c> asks for the clause to end after the group (", so Fachleute."). A frame's words match
    /// without regard to the case of their first letter ("Laut", "laut").
    /// </summary>
    private Regex? GroupFrames(ImmutableArray<string> groups, ImmutableArray<string> frames, ImmutableArray<string> namedBy, ImmutableArray<string> notAfter, ImmutableArray<string> verbs)
    {
        if (!SpacesWords || groups.IsEmpty || frames.IsEmpty)
        {
            return null;
        }

        static string Word(string word) => word.EndsWith('*') ? FirstLetterEitherCase(word[..^1]) + @"[\p{L}\p{M}]*" : FirstLetterEitherCase(word);

        var group = "(?:" + string.Join("|", groups.OrderByDescending(g => g.Length).Select(Word)) + @")(?![\p{L}\p{M}])";
        // Determiners (the stop words and [unnamed-group-not-after]) make a group one the text named before: "dem Bericht
        // zufolge", "die Experten schätzen". None may stand in the slot, nor right before a frame that opens with it.
        var determinerWords = string.Join("|", StopWords.Concat(notAfter).Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(w => w.Length).Select(Regex.Escape));
        var determiners = determinerWords.Length == 0 ? "" : @"(?!(?i:" + determinerWords + @")\s)";
        var notAfterDeterminer = determinerWords.Length == 0 ? "" : @"(?<!(?<![\p{L}\p{M}])(?i:" + determinerWords + @")\s+(?:\p{Ll}[\p{L}\p{M}\-]*\s+){0,2})";
        var slot = @"(?:" + determiners + @"\p{Ll}[\p{L}\p{M}\-]*\s+){0,2}?" + group;

        // "secondo le analisi degli osservatori", "según estimaciones de expertos" (blind28): what an unnamed group holds or
        // says (a noun, with its determiner or an adjective, and a [unnamed-group-named-by] word) is no more named than the
        // group; a name after the group still names it ("le analisi degli esperti di Seul").
        var linkWords = namedBy.Where(w => w != NameAfterGroup).ToArray();
        if (linkWords.Length > 0)
        {
            slot = @"(?:(?:\p{Ll}[\p{L}\p{M}\-'’]*\s+)?\p{Ll}[\p{L}\p{M}\-'’]*\s+(?i:" + string.Join("|", linkWords.Select(Regex.Escape)) + @")\s+)?" + slot;
        }

        // "%": a verb of saying, thinking or fearing of [unnamed-group-verbs] ("Les experts internationaux s'inquiètent", blind26).
        var verb = verbs.IsEmpty ? null
            : "(?:" + string.Join("|", verbs.OrderByDescending(v => v.Length).Select(v => string.Join(@"\s+", v.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Word)))) + @")(?![\p{L}\p{M}])";
        var alternatives = new List<string>();
        foreach (var frame in frames)
        {
            if (verb is null && frame.Split(' ').Contains("%"))
            {
                continue;
            }

            var parts = frame.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var closes = parts[^1] == "$";
            var pattern = new StringBuilder();
            var space = false;
            if (parts[0] == "{}")
            {
                pattern.Append(notAfterDeterminer);
            }

            foreach (var part in closes ? parts[..^1] : parts)
            {
                if (part == ",")
                {
                    // A comma before the frame: the inverted attribution after its clause (", so Fachleute"), left out of the match.
                    pattern.Append(@"(?<=,\s*)");
                    continue;
                }

                if (part == "_?")
                {
                    // One lower-case word or none: the adjective after the group ("Les experts internationaux s'inquiètent").
                    // Not a determiner: Indonesian writes it after the group ("sumber tersebut mengatakan": the source named before).
                    pattern.Append(@"(?:\s+" + determiners + @"\p{Ll}[\p{L}\p{M}\-]*(?![\p{L}\p{M}]))?");
                    continue;
                }

                if (space)
                {
                    pattern.Append(@"\s+");
                }

                space = true;
                pattern.Append(part switch { "%" => verb, "{}" => slot, "_" => @"\p{Ll}[\p{L}\p{M}]*(?![\p{L}\p{M}])", _ => Word(part) + (part.EndsWith('*') ? "" : @"(?![\p{L}\p{M}])") });
            }

            if (closes)
            {
                pattern.Append(@"(?=\s*(?:[,.;:!?)]|$))");
            }

            alternatives.Add(pattern.ToString());
        }

        // "{Name}": a capitalised word after the group names it, as Polish writes a name in the genitive with no word between
        // ("według ekspertów Chainalysis", "według raportu ONZ").
        var words = namedBy.Where(w => w != NameAfterGroup).ToArray();
        var unless = (words.Length == 0 ? "" : @"(?!\s+(?:" + string.Join("|", words.Select(Regex.Escape)) + @")(?![\p{L}\p{M}]))")
            + (namedBy.Contains(NameAfterGroup) ? @"(?!\s+\p{Lu})" : "");
        return new Regex(@"(?<![\p{L}\p{M}\p{N}])(?:" + string.Join("|", alternatives) + ")" + unless, RegexOptions.CultureInvariant);
    }

    private const string NameAfterGroup = "{Name}";

    /// <summary>The words of <c>[unnamed-groups]</c> one of which every frame's match holds; null (search every text) when a frame has no group.</summary>
    private static SearchValues<string>? GroupWords(ImmutableArray<string> groups, ImmutableArray<string> frames) =>
        groups.IsEmpty || frames.Any(f => !f.Split(' ').Contains("{}")) ? null
            : SearchValues.Create([.. groups.Select(g => g.TrimEnd('*')).Where(g => g.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)], StringComparison.OrdinalIgnoreCase);

    private static string FirstLetterEitherCase(string word) =>
        word.Length > 0 && char.IsLetter(word[0]) && char.ToUpperInvariant(word[0]) != char.ToLowerInvariant(word[0])
            ? "[" + char.ToUpperInvariant(word[0]) + char.ToLowerInvariant(word[0]) + "]" + Regex.Escape(word[1..])
            : Regex.Escape(word);

    /// <summary>
    /// Numbers written in words (<c>[number-words]</c>): in a spaced language only before a magnitude of a million or more
    /// (<c>zwei Millionen</c>, <c>due milioni</c>); in Chinese the Han numerals (<c>一 = 1</c>, <c>十 = 10</c>, <c>百 = 100</c>) that
    /// with the magnitudes write a number (<c>一百万</c>).
    /// </summary>
    public FrozenDictionary<string, double> NumberWords { get; }

    /// <summary>
    /// The signs that write a fraction between two numbers (<c>[fractions]</c>), each with whether the numerator comes first
    /// (<c>/ = numerator-first</c>: <c>3/4</c>) or the denominator (<c>分之 = denominator-first</c>: <c>五分之一</c>, <c>百分之三十</c>).
    /// </summary>
    public ImmutableArray<(string Sign, bool NumeratorFirst)> Fractions { get; }

    /// <summary>Where a number in words starts (<see cref="NumberWords"/>), or null when the language lists none.</summary>
    public Regex? NumberWordPattern => numberWordPattern.Value;

    /// <summary>
    /// A modal of hearsay with a perfect infinitive at the end of its clause (<c>[reportative-modals]</c>,
    /// <c>[reportative-endings]</c>): German "So soll neben Lazarus auch die Hacker-Gruppe Cerium bereits versucht haben", "sollen …
    /// gewesen sein": it reports what others say and names no one. In an ending, <c>_</c> is a lower-case word (the participle:
    /// "versucht", "gestohlen"), so that "soll Zugang zum Internet haben" (shall have) is none.
    /// </summary>
    public Regex? Reportative => reportative.Value;

    /// <summary>
    /// Cardinal numbers in words that count on their own before a counted noun (<c>[count-words]</c>, Russian "пятисот хакеров",
    /// "шесть сайтов", "двести пятьдесят компьютеров"), in every case form; "один" (one, a determiner) is not among them.
    /// </summary>
    public FrozenDictionary<string, double> CountWords { get; }

    /// <summary>Forms that count only after a bound (<c>[count-words-after-bound]</c>): "более тысячи хакеров" (more than a
    /// thousand), where a bare "тысячи хакеров" is "thousands of hackers", a vague magnitude.</summary>
    public FrozenDictionary<string, double> CountWordsAfterBound { get; }

    /// <summary>Where a run of count words starts (<see cref="CountWords"/>, <see cref="CountWordsAfterBound"/>), or null when the language lists none.</summary>
    public Regex? CountWordPattern => countWordPattern.Value;

    /// <summary>
    /// A modal of hearsay with a past marker (<c>[reportative-past]</c>: "bereits", "damals") and a participle with "sein"
    /// closing its clause (<c>[reportative-past-endings]</c>): German "Die Angriffe sollen bereits im Februar 2017 … erfolgt
    /// sein". Without the past marker "soll … gesichert sein" is a plan; in an ending, <c>_p</c> is a word shaped as a past
    /// participle (ge…t, ge…en, er…t, ver…en, an…ge…en).
    /// </summary>
    public Regex? ReportativePast => reportativePast.Value;

    private static Regex? ReportativePastRegex(ImmutableArray<string> modals, ImmutableArray<string> markers, ImmutableArray<string> endings)
    {
        if (modals.IsEmpty || markers.IsEmpty || endings.IsEmpty)
        {
            return null;
        }

        const string Participle = @"(?:\p{Ll}*ge\p{Ll}{2,}(?:t|en)|(?:be|er|ver|ent|zer|emp|miss)\p{Ll}{2,}(?:t|en))";
        var modal = string.Join("|", modals.Select(Regex.Escape));
        var marker = string.Join("|", markers.Select(Regex.Escape));
        var ending = string.Join("|", endings.Select(e => string.Join(@"\s+", e.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w == "_p" ? Participle : Regex.Escape(w)))));
        const string Clause = @"[^,.;:!?()„“""«»]";
        return new Regex(@"(?<![\p{L}\p{M}])(?:" + modal + @")\s(?=" + Clause + @"{0,100}?(?<=\s)(?:" + marker + @")(?![\p{L}\p{N}]))" + Clause
            + @"{0,100}?(?<=\s)(?:" + ending + @")(?=\s*(?:[,.;:!?)]|$))", RegexOptions.CultureInvariant);
    }

    private Regex? CountWordRegex()
    {
        if (CountWords.Count == 0 || !SpacesWords)
        {
            return null;
        }

        var words = string.Join("|", CountWords.Keys.Concat(CountWordsAfterBound.Keys).OrderByDescending(k => k.Length).Select(Regex.Escape));
        return new Regex(@"(?<![\p{L}\p{M}\p{N}\-])(?:" + words + @")(?:\s+(?:" + words + @"))*(?![\p{L}\p{M}\-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    private static Regex? ReportativeRegex(ImmutableArray<string> modals, ImmutableArray<string> endings)
    {
        if (modals.IsEmpty || endings.IsEmpty)
        {
            return null;
        }

        var modal = string.Join("|", modals.Select(Regex.Escape));
        // "…" in an ending is a gap of a few words inside the clause: "Ähnlichkeit … haben" ("Die Geräte sollen eine sehr große
        // Ähnlichkeit mit Produkten von Apple haben", blind26).
        var ending = string.Join("|", endings.Select(e => string.Join(@"\s+", e.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w switch { "_" => @"\p{Ll}[\p{L}\p{M}]*", "…" => @"[^,.;:!?()„“""«»]{1,60}?", _ => Regex.Escape(w) }))));
        // The modal before its infinitive (a main clause: "soll … versucht haben") or after it, closing a subordinate clause
        // ("die hinter dem Angriff stecken soll", "der … versucht haben soll").
        const string ClauseEnd = @"(?=\s*(?:[,.;:!?)]|$))";
        return new Regex(@"(?<![\p{L}\p{M}])(?:(?:" + modal + @")\s[^,.;:!?()„“""«»]{0,100}?(?<=\s)(?:" + ending + @")" + ClauseEnd
            + @"|(?<=\s)(?:" + ending + @")\s+(?:" + modal + @")" + ClauseEnd + ")", RegexOptions.CultureInvariant);
    }

    private Regex? NumberWordRegex()
    {
        if (NumberWords.Count == 0)
        {
            return null;
        }

        if (SpacesWords)
        {
            var words = string.Join("|", NumberWords.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));
            var large = string.Join("|", Magnitudes.Where(m => m.Value >= 1_000_000).Select(m => Regex.Escape(m.Word)));
            return large.Length == 0 ? null
                : new Regex(@"(?<![\p{L}\p{M}\p{N}\-])(?:" + words + @")(?=[ \u00A0](?:" + large + @")(?![\p{L}]))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        }

        // Han numerals: a run of the number words and the magnitude characters.
        var chars = Regex.Escape(string.Concat(NumberWords.Keys.Where(k => k.Length == 1).Concat(Magnitudes.Where(m => m.Word.Length == 1).Select(m => m.Word))));
        return new Regex("(?<![" + chars + "])[" + chars + "]{2,}", RegexOptions.CultureInvariant);
    }

    private Regex? Phrases(ImmutableArray<string> entries) => Phrases(entries, NotAfter);

    /// <summary>The phrases of a list as one pattern; in Korean, Japanese and Chinese none right after a character of <paramref name="notAfter"/>
    /// (<c>[not-after]</c>, and for the vague forms also <c>[vague-not-after]</c>: Japanese 「アリラン151」という。 names the thing).</summary>
    private Regex? Phrases(ImmutableArray<string> entries, string notAfter)
    {
        if (entries.IsEmpty)
        {
            return null;
        }

        var alternatives = new List<string>();
        foreach (var entry in entries.OrderByDescending(e => e.Length))
        {
            var pattern = new StringBuilder();
            foreach (var part in entry.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (pattern.Length > 0)
                {
                    pattern.Append(@"\s+");
                }

                // "~" is a gap of a few words inside the sentence ("또 다른 ~회사": 또 다른 사이버 보안회사; "据~报道": 据新华社报道).
                var open = part.EndsWith('*');
                var pieces = (open ? part[..^1] : part).Split('~');
                for (var k = 0; k < pieces.Length; k++)
                {
                    if (k > 0)
                    {
                        // In a spaced language a gap of up to four words ("по данным ~источник*": по данным из информированных
                        // северокорейских источников); in Korean, Japanese and Chinese a few characters.
                        pattern.Append(SpacesWords ? @"(?:[\p{L}\p{M}\p{N}'’\-]+\s+){0,4}?" : @"[^.!?。]{0,24}?");
                    }

                    pattern.Append(Piece(pieces[k]));
                }

                if (open)
                {
                    pattern.Append(@"[\p{L}\p{M}]*");
                }
            }

            alternatives.Add(pattern.ToString());
        }

        var body = "(?:" + string.Join("|", alternatives) + ")";
        // Spaced languages match whole words; Korean and Japanese glue particles and endings, so an entry matches inside a word.
        var full = SpacesWords ? @"(?<![\p{L}\p{M}\p{N}])" + body + @"(?![\p{L}\p{M}])"
            : notAfter.Length > 0 ? "(?<![" + Regex.Escape(notAfter).Replace("]", @"\]", StringComparison.Ordinal) + "])" + body : body;
        return new Regex(full, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    /// <summary>
    /// One piece of a phrase as a pattern: a <c>{a|b|}</c> group inside it is one of its alternatives, an empty one making it
    /// optional (<c>{根据|据}{公开|媒体|}报道</c>); Chinese text may carry a pinyin gloss (<see cref="Glossed"/>).
    /// </summary>
    private string Piece(string piece)
    {
        var pattern = new StringBuilder();
        var at = 0;
        while (at < piece.Length)
        {
            var open = piece.IndexOf('{', at);
            var close = open < 0 ? -1 : piece.IndexOf('}', open);
            if (open < 0 || close < 0 || !piece.AsSpan(open, close - open).Contains('|'))
            {
                pattern.Append(Literal(piece[at..]));
                break;
            }

            pattern.Append(Literal(piece[at..open]));
            pattern.Append("(?:").Append(string.Join("|", piece[(open + 1)..close].Split('|').Select(Literal))).Append(')');
            at = close + 1;
        }

        return pattern.ToString();
    }

    private string Literal(string text) => Script == LanguageScript.Han ? Glossed(text) : Regex.Escape(text);

    /// <summary>
    /// A Chinese phrase that may carry a flattened pinyin gloss after each character, as aggregator pages copy ruby text
    /// ("在報(bào)道中", blind25): the gloss, lower-case Latin letters with tone marks in brackets, is skipped.
    /// </summary>
    private static string Glossed(string piece)
    {
        var pattern = new StringBuilder();
        for (var i = 0; i < piece.Length; i++)
        {
            pattern.Append(Regex.Escape(piece[i].ToString()));
            if (i + 1 < piece.Length && IsHanCharacter(piece[i]) && IsHanCharacter(piece[i + 1]))
            {
                pattern.Append(@"(?:\([a-z\u00E0-\u01DC]{1,7}\))?");
            }
        }

        return pattern.ToString();
    }

    private static bool IsHanCharacter(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    private static (string Counter, double Minimum) ParseCounter(string entry)
    {
        var at = entry.IndexOf(" >= ", StringComparison.Ordinal);
        return at < 0 ? (entry, 0) : (entry[..at].Trim(), double.Parse(entry[(at + 4)..], CultureInfo.InvariantCulture));
    }

    private static WordLists Read(string code) =>
        WordLists.FromResource(typeof(LanguageLexicon).Assembly, $"NkContentLint.Languages.{code}.txt", Sections);

    private static LanguageLexicon Load(string code) => new(code, Read(code));

    /// <summary>Whole words, or stems with any ending (an entry ending in <c>*</c>), without regard to case.</summary>
    internal sealed class WordMatcher(ImmutableArray<string> entries)
    {
        private readonly FrozenSet<string> words = entries.Where(e => !e.EndsWith('*') && !e.StartsWith('*')).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        private readonly ImmutableArray<string> stems = [.. entries.Where(e => e.EndsWith('*')).Select(e => e[..^1])];

        // An entry starting with "*" is an ending ("*aron": a verb's third person plural past), read only where a caller asks.
        private readonly ImmutableArray<string> endings = [.. entries.Where(e => e.Length > 1 && e.StartsWith('*') && !e.EndsWith('*')).Select(e => e[1..])];

        public bool IsEmpty => words.Count == 0 && stems.IsEmpty && endings.IsEmpty;

        public bool Matches(string word) => words.Contains(word) || stems.Any(s => word.StartsWith(s, StringComparison.OrdinalIgnoreCase));

        /// <summary>Whether the word is an entry, has a stem's beginning, or (with <paramref name="endings"/>) an ending's end and three letters before it.</summary>
        public bool Matches(string word, bool endings) =>
            Matches(word) || (endings && this.endings.Any(e => word.Length >= e.Length + 3 && word.EndsWith(e, StringComparison.OrdinalIgnoreCase)));

        /// <summary>Whether the text starts with an entry (Korean and Japanese, where a counter runs on into the next word: 개월).</summary>
        public bool MatchesStart(ReadOnlySpan<char> text)
        {
            foreach (var word in words)
            {
                if (text.StartsWith(word, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            foreach (var stem in stems)
            {
                if (text.StartsWith(stem, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
