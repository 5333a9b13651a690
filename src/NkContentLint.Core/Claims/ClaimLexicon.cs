using System.Collections.Immutable;
using System.Globalization;
using NkContentLint.Text;

namespace NkContentLint.Claims;

/// <summary>
/// The English words the claim extractor recognises around numbers, read from
/// <c>rules/claims/claim-words.txt</c> (embedded in this assembly). Language facts, not configuration.
/// </summary>
internal static class ClaimLexicon
{
    public const string ResourceName = "NkContentLint.Claims.claim-words.txt";

    /// <summary>The sections the data file has; <see cref="WordLists"/> rejects any other.</summary>
    public static readonly ImmutableArray<string> KnownSections =
    [
        "months", "labels", "names-with-numbers", "names-with-numbers-not-before", "not-names-before-numbers",
        "noun-phrase-stops", "time-nouns", "time-reference-before", "time-reference-after",
        "periods", "irregular", "currency-symbols", "currency-codes",
        "currency-words", "units", "approximations", "rank-scopes",
        "rank-scopes-after", "rank-verbs", "not-superlatives", "ordinals",
        "fraction-words", "time-markers", "plural-magnitudes", "indefinites",
        "event-nouns", "date-prepositions", "value-verbs", "change-verbs", "quantity-nouns",
        "multiplier-verbs", "approximate-multipliers", "multiplier-approximations", "compound-durations", "incident-nouns", "plural-units",
        "outage-states", "direction-words", "relative-direction-words", "http-status-codes", "http-status-nouns",
        "rank-bands", "rank-move-nouns", "rank-move-verbs", "past-event-forms", "event-states", "unreal-event-words",
        "restoring-states",
    ];

    // Declared before the lists so that it is initialised first.
    private static readonly WordLists Data = WordLists.FromResource(typeof(ClaimLexicon).Assembly, ResourceName, KnownSections);

    public static readonly HashSet<string> Months = Data.Set("months", StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that make the number after them a label, not a quantity: <c>section 4.2</c>, <c>Step 2</c>, <c>Room 39</c>.</summary>
    public static readonly HashSet<string> Labels = Data.Set("labels", StringComparer.OrdinalIgnoreCase);

    /// <summary>Names that start with a number, so that "38 North says" is not a count of "North says".</summary>
    public static readonly HashSet<string> NamesWithNumbers = Data.Set("names-with-numbers", StringComparer.OrdinalIgnoreCase);

    /// <summary>Words after such a name that make it another phrase: "38 North Korean sites" counts sites.</summary>
    public static readonly HashSet<string> NamesWithNumbersNotBefore = Data.Set("names-with-numbers-not-before", StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Capitalised words that may stand right before a number without making it part of a name
    /// (<c>Only 300 people</c>, <c>About 60 percent</c>), mostly at the start of a sentence.
    /// </summary>
    public static readonly HashSet<string> NotNamesBeforeNumbers = Data.Set("not-names-before-numbers", StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that end a counted-noun phrase (<c>2 million subscribers</c> stops before <c>in</c>).</summary>
    public static readonly HashSet<string> NounPhraseStops = Data.Set("noun-phrase-stops", StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns of time: a count of them is a duration, which can be a time reference instead (<c>three years earlier</c>).</summary>
    public static readonly HashSet<string> TimeNouns = Data.Set("time-nouns", StringComparer.OrdinalIgnoreCase);

    /// <summary>Words before a duration that make it a time reference: <c>within 3 days</c>, <c>the past 20 years</c>.</summary>
    public static readonly HashSet<string> TimeReferenceBefore = Data.Set("time-reference-before", StringComparer.OrdinalIgnoreCase);

    /// <summary>Words after a duration that make it a time reference: <c>three years earlier</c>.</summary>
    public static readonly HashSet<string> TimeReferenceAfter = Data.Set("time-reference-after", StringComparer.OrdinalIgnoreCase);

    public static readonly HashSet<string> Periods = Data.Set("periods", StringComparer.OrdinalIgnoreCase);

    public static readonly HashSet<string> Irregular = Data.Set("irregular", StringComparer.OrdinalIgnoreCase);

    public static readonly Dictionary<string, string> CurrencySymbols = Data.Map("currency-symbols", StringComparer.Ordinal, v => v);

    /// <summary>Currency codes written before the number: <c>US$500</c>, <c>USD 500</c>, <c>KRW 5,000</c>.</summary>
    public static readonly Dictionary<string, string> CurrencyCodes = Data.Map("currency-codes", StringComparer.Ordinal, v => v);

    /// <summary>Currency words written after the number: <c>300 euros</c>.</summary>
    public static readonly Dictionary<string, string> CurrencyWords = Data.Map("currency-words", StringComparer.OrdinalIgnoreCase, v => v);

    /// <summary>Units of measure, longest first, matched case-sensitively where case matters (<c>MB</c> vs <c>mb</c>).</summary>
    public static readonly (string Text, string Unit)[] Units = [.. Data.Pairs("units")];

    /// <summary>Words for an approximation or bound before a number, longest first.</summary>
    public static readonly (string[] Words, Approximation Kind)[] Approximations =
        [.. Data.Pairs("approximations").Select(p => (p.Key.Split(' '), Enum.Parse<Approximation>(p.Value)))];

    /// <summary>Possessives that give a superlative an explicit scope: <c>the world's largest</c>.</summary>
    public static readonly HashSet<string> RankScopes = Data.Set("rank-scopes", StringComparer.OrdinalIgnoreCase);

    /// <summary>Words after a superlative that give it an explicit scope: <c>fastest-growing in the world</c>.</summary>
    public static readonly string[][] RankScopesAfter = [.. Data.Entries("rank-scopes-after").Select(e => e.Split(' '))];

    public static readonly HashSet<string> RankVerbs = Data.Set("rank-verbs", StringComparer.OrdinalIgnoreCase);

    /// <summary>Words ending in -est that are not superlatives.</summary>
    public static readonly HashSet<string> NotSuperlatives = Data.Set("not-superlatives", StringComparer.OrdinalIgnoreCase);

    public static readonly HashSet<string> Ordinals = Data.Set("ordinals", StringComparer.OrdinalIgnoreCase);

    public static readonly Dictionary<string, double> FractionWords = Data.Map("fraction-words", StringComparer.OrdinalIgnoreCase, ParseNumber);

    public static readonly HashSet<string> TimeMarkers = Data.Set("time-markers", StringComparer.OrdinalIgnoreCase);

    /// <summary>Magnitudes in the plural, as in <c>hundreds of</c>, <c>tens of thousands of</c>.</summary>
    public static readonly Dictionary<string, double> PluralMagnitudes = Data.Map("plural-magnitudes", StringComparer.OrdinalIgnoreCase, ParseNumber);

    /// <summary>Words before a magnitude that make it an indefinite quantity, with the plausible band of the multiplier.</summary>
    public static readonly Dictionary<string, (double Low, double High)> Indefinites = Data.Map("indefinites", StringComparer.OrdinalIgnoreCase, ParseBand);

    /// <summary>Nouns of events named by their year: <c>the 2016 leak</c>, <c>the 2014 outages</c>.</summary>
    public static readonly HashSet<string> EventNouns = Data.Set("event-nouns", StringComparer.OrdinalIgnoreCase);

    /// <summary>Words before a number that make it a band of a ranking when nothing is counted: <c>the bottom 5 of the rankings</c>.</summary>
    public static readonly HashSet<string> RankBands = Data.Set("rank-bands", StringComparer.OrdinalIgnoreCase);

    /// <summary>Places moved in a ranking: <c>climbing 25 places</c>, <c>moved up six spots</c>.</summary>
    public static readonly HashSet<string> RankMoveNouns = Data.Set("rank-move-nouns", StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs of moving in a ranking, before the places moved.</summary>
    public static readonly HashSet<string> RankMoveVerbs = Data.Set("rank-move-verbs", StringComparer.OrdinalIgnoreCase);

    /// <summary>Prepositions that make a four-digit number after them a year: <c>in 2008</c>, <c>since 2016</c>.</summary>
    public static readonly HashSet<string> DatePrepositions = Data.Set("date-prepositions", StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs that state a quantity's value: <c>is 209</c>, <c>stood at 7000</c>.</summary>
    public static readonly HashSet<string> ValueVerbs = Data.Set("value-verbs", StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns whose value a bare number can be: <c>the average</c>, <c>the number of users</c>.</summary>
    /// <summary>Verbs that change a quantity from one value to another: "expanded … from five to 17".</summary>
    public static readonly HashSet<string> ChangeVerbs = Data.Set("change-verbs", StringComparer.OrdinalIgnoreCase);

    public static readonly HashSet<string> QuantityNouns = Data.Set("quantity-nouns", StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs that state a multiplier: <c>doubled</c> = 2, <c>halved</c> = 0.5.</summary>
    public static readonly Dictionary<string, double> MultiplierVerbs = Data.Map("multiplier-verbs", StringComparer.OrdinalIgnoreCase, ParseNumber);

    /// <summary>Multipliers in the base form, read as one only after an approximation: <c>more than double</c> = 2.</summary>
    public static readonly Dictionary<string, double> ApproximateMultipliers = Data.Map("approximate-multipliers", StringComparer.OrdinalIgnoreCase, ParseNumber);

    /// <summary>The last word of an approximation that makes a base-form multiplier after it one: <c>more than</c>, <c>nearly</c>.</summary>
    public static readonly HashSet<string> MultiplierApproximations = Data.Set("multiplier-approximations", StringComparer.OrdinalIgnoreCase);

    /// <summary>Time words glued to a number as an adjective: <c>10-hour</c> → hours.</summary>
    /// <summary>Units in the plural that make a vague magnitude before "of": "terabytes of data".</summary>
    public static readonly HashSet<string> PluralUnits = Data.Set("plural-units", StringComparer.OrdinalIgnoreCase);

    /// <summary>Events whose length is measured: "a nine-hour outage", "a two-day blackout".</summary>
    public static readonly HashSet<string> IncidentNouns = Data.Set("incident-nouns", StringComparer.OrdinalIgnoreCase);

    /// <summary>States of a network that is down: "more than 24 hours after they went offline" measures the outage.</summary>
    public static readonly HashSet<string> OutageStates = Data.Set("outage-states", StringComparer.OrdinalIgnoreCase);

    /// <summary>States that end an outage ("restored", "back"): hours "later" up to one measure the outage.</summary>
    public static readonly HashSet<string> RestoringStates = Data.Set("restoring-states", StringComparer.OrdinalIgnoreCase);

    /// <summary>Past forms that, before an event state, make "within N hours" after them the time an event took: <c>were back up within two hours</c>.</summary>
    public static readonly HashSet<string> PastEventForms = Data.Set("past-event-forms", StringComparer.OrdinalIgnoreCase);

    /// <summary>States a network or service reached (<c>back</c>, <c>offline</c>, <c>restored</c>): after a past form, or as a participle in -ed, an event that took the time after "within".</summary>
    public static readonly HashSet<string> EventStates = Data.Set("event-states", StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that make such a clause no event that happened: <c>was not provided within 30 days</c>, <c>must be filed within</c>.</summary>
    public static readonly HashSet<string> UnrealEventWords = Data.Set("unreal-event-words", StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that make a fraction after them a part of a place: "the upper half of the peninsula".</summary>
    public static readonly HashSet<string> DirectionWords = Data.Set("direction-words", StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that do the same only before a place's name: "the upper half of the Korean Peninsula", not "the top half of earners".</summary>
    public static readonly HashSet<string> RelativeDirectionWords = Data.Set("relative-direction-words", StringComparer.OrdinalIgnoreCase);

    /// <summary>Web status codes that name a site's state before a status noun ("503 alerts"), not a count.</summary>
    public static readonly HashSet<string> HttpStatusCodes = Data.Set("http-status-codes", StringComparer.Ordinal);

    /// <summary>The nouns after which a web status code names a state: error, page, alert, status, code, response.</summary>
    public static readonly HashSet<string> HttpStatusNouns = Data.Set("http-status-nouns", StringComparer.OrdinalIgnoreCase);

    public static readonly Dictionary<string, string> CompoundDurations = Data.Map("compound-durations", StringComparer.OrdinalIgnoreCase, v => v);

    private static double ParseNumber(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>A band written <c>2..9</c>.</summary>
    private static (double Low, double High) ParseBand(string text)
    {
        var dots = text.IndexOf("..", StringComparison.Ordinal);
        return (ParseNumber(text[..dots]), ParseNumber(text[(dots + 2)..]));
    }
}
