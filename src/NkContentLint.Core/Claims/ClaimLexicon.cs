namespace NkContentLint.Claims;

/// <summary>The English words the claim extractor recognises around numbers. Language facts, not configuration.</summary>
internal static class ClaimLexicon
{
    public static readonly HashSet<string> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    };

    /// <summary>Words that make the number after them a label, not a quantity: <c>section 4.2</c>, <c>Step 2</c>, <c>Room 39</c>.</summary>
    public static readonly HashSet<string> Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        "section", "sections", "chapter", "chapters", "step", "steps", "table", "tables", "figure", "fig", "figs", "page", "pages", "p", "pp",
        "part", "parts", "article", "articles", "item", "items", "line", "lines", "version", "versions", "ver", "v", "release", "phase", "level",
        "stage", "episode", "issue", "issues", "no", "nos", "room", "unit", "bureau", "office", "division", "route", "highway", "gate", "platform",
        "model", "series", "class", "appendix", "annex", "paragraph", "para", "clause", "footnote", "footnotes", "note", "notes", "rule", "exhibit",
        "box", "row", "rows", "column", "columns", "grade", "season", "volume", "vol", "building", "floor", "district", "block", "apartment",
        "flight", "track", "ward", "sector", "category", "type", "tier", "act", "scene", "verse", "lane", "number", "station", "camp", "bunker",
        "generation", "revision", "rev", "edition", "ch", "chap", "sec", "art", "tel", "ext", "squad", "team", "group", "lab", "brigade", "corps",
        "arxiv", "doi", "isbn", "issn", "pmid", "rfc", "cve", "pr", "bug", "ticket", "commit", "id", "default", "port",
    };

    /// <summary>Names that start with a number, so that "38 North says" is not a count of "North says".</summary>
    public static readonly HashSet<string> NamesWithNumbers = new(StringComparer.OrdinalIgnoreCase)
    {
        "38 North",
    };

    /// <summary>
    /// Capitalised words that may stand right before a number without making it part of a name
    /// (<c>Only 300 people</c>, <c>About 60 percent</c>), mostly at the start of a sentence.
    /// </summary>
    public static readonly HashSet<string> NotNamesBeforeNumbers = new(StringComparer.OrdinalIgnoreCase)
    {
        "only", "about", "around", "nearly", "some", "over", "roughly", "almost", "just", "perhaps", "maybe", "approximately", "approx",
        "more", "fewer", "less", "under", "between", "by", "in", "since", "of", "at", "up", "to", "with", "within", "for", "after", "before",
        "until", "below", "above", "another", "all", "each", "every", "the", "a", "an", "and", "but", "or", "yet", "so", "when", "while",
        "although", "if", "as", "estimated", "reportedly", "currently", "overall", "total", "still", "then", "now", "today", "here", "there",
        "these", "those", "its", "their", "our", "his", "her", "circa", "ca", "well", "exactly", "precisely", "barely", "also", "even",
        "once", "twice", "from", "than", "per", "least", "most", "possibly", "probably", "likely", "allegedly", "supposedly", "roughly",
        "another", "nearly", "upwards", "excess", "close", "slightly", "around", "across", "among", "during", "through", "against",
        "via", "including", "excluding", "plus", "minus", "additional", "further", "extra", "first", "last", "next", "whereas", "because",
        "though", "unless", "whether", "where", "which", "who", "what", "why", "how", "that", "this", "it", "they", "we", "he", "she", "you", "i",
        "reached", "hit", "passed", "topped", "exceeded", "had", "has", "have", "with", "counted", "were", "was", "is", "are",
    };

    /// <summary>Words that end a counted-noun phrase (<c>2 million subscribers</c> stops before <c>in</c>).</summary>
    public static readonly HashSet<string> NounPhraseStops = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "of", "in", "on", "at", "to", "for", "with", "by", "from", "and", "or", "but", "nor", "that", "which", "who", "whom",
        "whose", "than", "as", "per", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could",
        "may", "might", "must", "shall", "should", "do", "does", "did", "it", "its", "their", "his", "her", "our", "my", "your", "this", "these",
        "those", "there", "here", "then", "so", "such", "not", "no", "only", "just", "also", "still", "now", "each", "every", "more", "less",
        "fewer", "most", "up", "down", "out", "over", "under", "between", "among", "across", "into", "onto", "within", "without", "about",
        "around", "after", "before", "since", "until", "while", "when", "where", "if", "because", "although", "though", "yet", "both",
        "either", "neither", "all", "any", "some", "many", "much", "few", "several", "own", "same", "other", "another", "via", "during",
        "through", "against", "toward", "towards", "upon", "like", "unlike", "beyond", "despite", "versus", "vs", "including", "according",
        "whereas", "etc", "respectively", "annually", "daily", "yearly", "monthly", "weekly", "ago", "earlier", "later", "afterwards",
        "today", "tonight", "overall", "total", "altogether", "apiece", "alone", "worldwide", "nationwide", "abroad", "online", "offline",
        "or", "they", "them", "we", "us", "he", "she", "i", "you", "what", "why", "how", "even", "too", "very", "already", "again", "once",
        "twice", "never", "always", "often", "sometimes", "reportedly", "allegedly", "roughly", "nearly", "almost", "approximately",
    };

    /// <summary>Nouns of time: a count of them is a duration, which can be a time reference instead (<c>three years earlier</c>).</summary>
    public static readonly HashSet<string> TimeNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years",
        "decade", "decades", "century", "centuries", "quarter", "quarters",
    };

    /// <summary>Words before a duration that make it a time reference: <c>within 3 days</c>, <c>the past 20 years</c>.</summary>
    public static readonly HashSet<string> TimeReferenceBefore = new(StringComparer.OrdinalIgnoreCase)
    {
        "within", "after", "in", "every", "each", "past", "last", "next", "first", "during", "since", "previous", "following", "coming",
    };

    /// <summary>Words after a duration that make it a time reference: <c>three years earlier</c>.</summary>
    public static readonly HashSet<string> TimeReferenceAfter = new(StringComparer.OrdinalIgnoreCase)
    {
        "ago", "earlier", "later", "before", "after", "afterwards", "afterward", "previously", "prior", "since", "old", "on", "running", "apart", "beforehand", "hence",
    };

    public static readonly HashSet<string> Periods = new(StringComparer.OrdinalIgnoreCase)
    {
        "second", "minute", "hour", "day", "week", "month", "quarter", "year", "decade",
    };

    public static readonly HashSet<string> Irregular = new(StringComparer.OrdinalIgnoreCase)
    {
        "people", "men", "women", "children", "staff", "media", "data", "police", "personnel", "folk", "cattle", "youth", "feet", "teeth", "mice", "geese", "criteria", "phenomena",
    };

    public static readonly Dictionary<string, string> CurrencySymbols = new(StringComparer.Ordinal)
    {
        ["$"] = "USD", ["€"] = "EUR", ["£"] = "GBP", ["¥"] = "JPY", ["₩"] = "KRW",
    };

    /// <summary>Currency codes written before the number: <c>US$500</c>, <c>USD 500</c>, <c>KRW 5,000</c>.</summary>
    public static readonly Dictionary<string, string> CurrencyCodes = new(StringComparer.Ordinal)
    {
        ["US"] = "USD", ["USD"] = "USD", ["EUR"] = "EUR", ["KRW"] = "KRW", ["KPW"] = "KPW", ["CNY"] = "CNY", ["RMB"] = "CNY", ["GBP"] = "GBP",
        ["JPY"] = "JPY", ["RUB"] = "RUB", ["EGP"] = "EGP",
    };

    /// <summary>Currency words written after the number: <c>300 euros</c>.</summary>
    public static readonly Dictionary<string, string> CurrencyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["euro"] = "EUR", ["euros"] = "EUR", ["dollar"] = "USD", ["dollars"] = "USD", ["won"] = "won", ["yuan"] = "CNY", ["renminbi"] = "CNY",
        ["yen"] = "JPY", ["pound"] = "GBP", ["pounds"] = "GBP", ["rouble"] = "RUB", ["roubles"] = "RUB", ["ruble"] = "RUB", ["rubles"] = "RUB",
        ["francs"] = "CHF", ["rupees"] = "INR",
    };

    /// <summary>Units of measure, longest first, matched case-sensitively where case matters (<c>MB</c> vs <c>mb</c>).</summary>
    public static readonly (string Text, string Unit)[] Units =
    [
        ("Mbit/s", "Mbit/s"), ("kbit/s", "kbit/s"), ("Gbit/s", "Gbit/s"), ("Tbit/s", "Tbit/s"), ("Mb/s", "Mbit/s"), ("Gb/s", "Gbit/s"),
        ("kb/s", "kbit/s"), ("Mbps", "Mbit/s"), ("kbps", "kbit/s"), ("Gbps", "Gbit/s"), ("Tbps", "Tbit/s"), ("megabits", "megabits"),
        ("megabytes", "MB"), ("gigabits", "gigabits"), ("gigabytes", "GB"), ("terabytes", "TB"), ("kilobits", "kilobits"),
        ("kilobytes", "KB"), ("kilometres", "km"), ("kilometers", "km"), ("kilograms", "kg"), ("tonnes", "tonnes"), ("miles", "miles"),
        ("metres", "m"), ("meters", "m"), ("watts", "W"), ("hours", "hours"), ("hour", "hours"), ("hrs", "hours"), ("minutes", "minutes"),
        ("minute", "minutes"), ("mins", "minutes"), ("seconds", "seconds"), ("secs", "seconds"), ("times", "times"), ("bytes", "bytes"),
        ("MB", "MB"), ("GB", "GB"), ("TB", "TB"), ("KB", "KB"), ("kB", "KB"), ("PB", "PB"), ("km", "km"), ("kg", "kg"), ("MHz", "MHz"),
        ("GHz", "GHz"), ("kHz", "kHz"), ("MW", "MW"), ("kW", "kW"), ("GW", "GW"), ("ms", "ms"),
    ];

    /// <summary>Words for an approximation or bound before a number, longest first.</summary>
    public static readonly (string[] Words, Approximation Kind)[] Approximations =
    [
        (["a", "little", "more", "than"], Approximation.MoreThan),
        (["slightly", "more", "than"], Approximation.MoreThan),
        (["slightly", "fewer", "than"], Approximation.FewerThan),
        (["slightly", "less", "than"], Approximation.FewerThan),
        (["just", "more", "than"], Approximation.MoreThan),
        (["a", "little", "over"], Approximation.MoreThan),
        (["in", "excess", "of"], Approximation.MoreThan),
        (["as", "many", "as"], Approximation.UpTo),
        (["as", "much", "as"], Approximation.UpTo),
        (["as", "few", "as"], Approximation.AtMost),
        (["as", "little", "as"], Approximation.AtMost),
        (["no", "more", "than"], Approximation.AtMost),
        (["no", "fewer", "than"], Approximation.AtLeast),
        (["no", "less", "than"], Approximation.AtLeast),
        (["well", "over"], Approximation.MoreThan),
        (["well", "above"], Approximation.MoreThan),
        (["just", "over"], Approximation.MoreThan),
        (["just", "under"], Approximation.Nearly),
        (["just", "below"], Approximation.Nearly),
        (["more", "than"], Approximation.MoreThan),
        (["upwards", "of"], Approximation.MoreThan),
        (["fewer", "than"], Approximation.FewerThan),
        (["less", "than"], Approximation.FewerThan),
        (["at", "least"], Approximation.AtLeast),
        (["at", "most"], Approximation.AtMost),
        (["up", "to"], Approximation.UpTo),
        (["close", "to"], Approximation.Nearly),
        (["an", "estimated"], Approximation.About),
        (["over"], Approximation.MoreThan),
        (["above"], Approximation.MoreThan),
        (["under"], Approximation.FewerThan),
        (["below"], Approximation.FewerThan),
        (["nearly"], Approximation.Nearly),
        (["almost"], Approximation.Nearly),
        (["about"], Approximation.About),
        (["around"], Approximation.About),
        (["roughly"], Approximation.About),
        (["approximately"], Approximation.About),
        (["approx"], Approximation.About),
        (["circa"], Approximation.About),
        (["some"], Approximation.About),
        (["perhaps"], Approximation.About),
        (["maybe"], Approximation.About),
        (["possibly"], Approximation.About),
        (["estimated"], Approximation.About),
        (["just"], Approximation.Exact),
        (["only"], Approximation.Exact),
        (["~"], Approximation.About),
        (["≈"], Approximation.About),
        ([">"], Approximation.MoreThan),
        (["<"], Approximation.FewerThan),
        (["≥"], Approximation.AtLeast),
        (["≤"], Approximation.AtMost),
    ];

    /// <summary>Possessives that give a superlative an explicit scope: <c>the world's largest</c>.</summary>
    public static readonly HashSet<string> RankScopes = new(StringComparer.OrdinalIgnoreCase)
    {
        "world's", "country's", "nation's", "region's", "planet's", "globe's", "earth's", "continent's", "peninsula's", "Korea's", "Asia's",
        "North's", "South's",
    };

    /// <summary>Words after a superlative that give it an explicit scope: <c>fastest-growing in the world</c>.</summary>
    public static readonly string[][] RankScopesAfter =
    [
        ["in", "the", "world"], ["on", "the", "planet"], ["on", "earth"], ["in", "asia"], ["in", "the", "country"], ["worldwide"], ["globally"], ["anywhere"],
    ];

    public static readonly HashSet<string> RankVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "rank", "ranks", "ranked", "ranking", "placed", "came", "finished", "rated", "rates", "sits",
    };

    /// <summary>Words ending in -est that are not superlatives.</summary>
    public static readonly HashSet<string> NotSuperlatives = new(StringComparer.OrdinalIgnoreCase)
    {
        "interest", "rest", "west", "test", "request", "protest", "contest", "forest", "harvest", "honest", "modest", "guest", "nest", "manifest",
        "arrest", "suggest", "digest", "invest", "chest", "quest", "crest", "priest", "earnest", "conquest", "inquest", "unrest", "midwest",
        "northwest", "southwest", "attest", "detest", "infest", "molest", "pest", "vest", "zest", "jest", "lest", "latest", "earliest",
        "bequest", "behest", "tempest", "interest", "biggest-ever", "dishonest", "immodest", "congest", "ingest", "divest", "retest", "pretest",
        "forest", "everest", "budapest", "bucharest", "celeste", "est",
    };

    public static readonly HashSet<string> Ordinals = new(StringComparer.OrdinalIgnoreCase)
    {
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last", "former", "latter",
    };

    public static readonly Dictionary<string, double> FractionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["half"] = 2, ["halves"] = 2, ["third"] = 3, ["thirds"] = 3, ["quarter"] = 4, ["quarters"] = 4, ["fourth"] = 4, ["fourths"] = 4,
        ["fifth"] = 5, ["fifths"] = 5, ["sixth"] = 6, ["sixths"] = 6, ["seventh"] = 7, ["sevenths"] = 7, ["eighth"] = 8, ["eighths"] = 8,
        ["ninth"] = 9, ["ninths"] = 9, ["tenth"] = 10, ["tenths"] = 10,
    };

    public static readonly HashSet<string> TimeMarkers = new(StringComparer.OrdinalIgnoreCase)
    {
        "a.m.", "p.m.", "am", "pm", "a.m", "p.m", "utc", "gmt", "kst", "jst", "est", "edt", "cet", "cest", "pst", "pdt", "o'clock", "o’clock", "hrs",
    };

    /// <summary>Magnitudes in the plural, as in <c>hundreds of</c>, <c>tens of thousands of</c>.</summary>
    public static readonly Dictionary<string, double> PluralMagnitudes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["tens"] = 10, ["dozens"] = 12, ["scores"] = 20, ["hundreds"] = 100, ["thousands"] = 1_000, ["millions"] = 1_000_000, ["billions"] = 1_000_000_000,
    };

    /// <summary>Words before a magnitude that make it an indefinite quantity, with the plausible band of the multiplier.</summary>
    public static readonly Dictionary<string, (double Low, double High)> Indefinites = new(StringComparer.OrdinalIgnoreCase)
    {
        ["few"] = (2, 9), ["several"] = (3, 9), ["many"] = (5, 99), ["some"] = (2, 9), ["couple"] = (2, 2),
    };
}
