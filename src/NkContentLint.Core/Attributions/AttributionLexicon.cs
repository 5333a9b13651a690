using System.Collections.Frozen;
using System.Collections.Immutable;
using NkContentLint.Text;

namespace NkContentLint.Attributions;

/// <summary>
/// The word lists of the attribution finder, read from <c>rules/sourcing/*.txt</c> (embedded in this
/// assembly): the phrases and nouns that attribute a claim (<c>vague-attributions.txt</c>), names of
/// sources (<c>source-names.txt</c>) and the closed-class grammar words it reads a sentence's structure
/// with (<c>attribution-grammar.txt</c>). Immutable once loaded; <see cref="WithExtraPhrases"/> returns a
/// copy for a project's configured phrases.
/// </summary>
internal sealed class AttributionLexicon
{
    public const string PhrasesResource = "NkContentLint.Attributions.vague-attributions.txt";
    public const string NamesResource = "NkContentLint.Attributions.source-names.txt";
    public const string GrammarResource = "NkContentLint.Attributions.attribution-grammar.txt";

    private static readonly Lazy<AttributionLexicon> DefaultLexicon = new(Load);

    private AttributionLexicon(WordLists phrases, WordLists names, WordLists grammar)
    {
        AlwaysVague = Phrases(phrases, "always-vague");
        VagueUnlessNamed = Phrases(phrases, "vague-unless-named");
        UnnamedInstitutions = Normalized(phrases, "unnamed-institutions");
        UnnamedSources = Normalized(phrases, "unnamed-sources").Union(UnnamedInstitutions, StringComparer.OrdinalIgnoreCase).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        EvidenceNouns = Normalized(phrases, "evidence-nouns");
        ReportingVerbs = Normalized(phrases, "reporting-verbs");
        EvidenceVerbs = Normalized(phrases, "evidence-verbs");
        AgentlessPassives = Normalized(phrases, "agentless-passives");
        Hedges = Normalized(phrases, "hedges");
        Widely = Normalized(phrases, "widely");
        KnownSources = Phrases(names, "known-sources");
        NotNames = Normalized(names, "not-names");
        BeForms = Grammar(grammar, "be-forms");
        Modals = Grammar(grammar, "modals");
        BeforeVerb = Grammar(grammar, "before-verb");
        Adverbs = Grammar(grammar, "adverbs");
        ClauseWords = Grammar(grammar, "clause-words");
        Prepositions = Grammar(grammar, "prepositions");
        Pronouns = Grammar(grammar, "pronouns");
        Negations = Grammar(grammar, "negations");
        NounFollowers = Grammar(grammar, "noun-followers");
        Determiners = Grammar(grammar, "determiners");
        SentenceStarters = Grammar(grammar, "sentence-starters");
        SourceHeads = Grammar(grammar, "source-heads");
        WeakVerbs = Grammar(grammar, "weak-verbs");
        PutObjects = Grammar(grammar, "put-objects");
        PutVerbs = Grammar(grammar, "put-verbs");
        MeasuringVerbs = Grammar(grammar, "measuring-verbs");
        StateOutletWords = Grammar(grammar, "state-outlet-words");
        TakingVerbs = Grammar(grammar, "taking-verbs");
        ImpersonalParticiples = Grammar(grammar, "impersonal-participles");
        ImpersonalParticiplesBeforeThat = Grammar(grammar, "impersonal-participles-before-that");
        RankingVerbs = Grammar(grammar, "ranking-verbs");
        AnaphoricPronouns = Grammar(grammar, "anaphoric-pronouns");
        DefiniteDeterminers = Grammar(grammar, "definite-determiners");
        SourceNounConnectors = Grammar(grammar, "source-noun-connectors");
        SourceNounParticiples = Grammar(grammar, "source-noun-participles");
        InvertingVerbs = Grammar(grammar, "inverting-verbs");
        PassivesWithAs = Grammar(grammar, "passives-with-as");
        NamingPassives = Grammar(grammar, "naming-passives");
        ReferenceHeads = Grammar(grammar, "reference-heads");
        GenericEvidence = Grammar(grammar, "generic-evidence");
        TopicPrepositions = Grammar(grammar, "topic-prepositions");
        DescriptorSuffixes = Grammar(grammar, "descriptor-suffixes");
        ReportingParticiples = Grammar(grammar, "reporting-participles");
        Anonymity = Grammar(grammar, "anonymity");
        Informants = Grammar(grammar, "informants");
        ClauseVerbs = Grammar(grammar, "clause-verbs");
        ThatVerbs = Grammar(grammar, "that-verbs");
        FigureThatVerbs = Grammar(grammar, "figure-that-verbs");
        AnaphoricObjects = Grammar(grammar, "anaphoric-objects");
        TimeAdverbs = Grammar(grammar, "time-adverbs");
        Places = Normalized(names, "places");
        KindModifiers = Normalized(names, "kind-modifiers");
        ProfessionalSources = Grammar(grammar, "professional-sources");
        ClaimingVerbs = Grammar(grammar, "claiming-verbs");
        ClaimingObjects = Grammar(grammar, "claiming-objects");
        ClaimantPronouns = Grammar(grammar, "claimant-pronouns");
        IssuingVerbs = Grammar(grammar, "issuing-verbs");
        IssuedDocuments = Grammar(grammar, "issued-documents");
        RelativeClauseVerbs = Grammar(grammar, "relative-clause-verbs");
        NotRankedObjects = Grammar(grammar, "not-ranked-objects");
        Examinations = Grammar(grammar, "examinations");
        ComparativeModifiers = Grammar(grammar, "comparative-modifiers");
        BeliefVerbs = Grammar(grammar, "belief-verbs");
        Refutations = Grammar(grammar, "refutations");
        SpeechVerbs = Grammar(grammar, "speech-verbs");
        SuspectClasses = Grammar(grammar, "suspect-classes");
        ContentsVerbs = Grammar(grammar, "contents-verbs");
        DocumentHeads = Grammar(grammar, "document-heads");
        DocumentPlacePrepositions = Grammar(grammar, "document-place-prepositions");
        ConductingVerbs = Grammar(grammar, "conducting-verbs");
        SpeakingToVerbs = Grammar(grammar, "speaking-to-verbs");
        ExaminingVerbs = Grammar(grammar, "examining-verbs");
        HeadlinePeople = Grammar(grammar, "headline-people");
        PictureCredits = Grammar(grammar, "picture-credits");
        LocationPrepositions = Grammar(grammar, "location-prepositions");
        GlanceModifiers = Grammar(grammar, "glance-modifiers");
        PublishedItems = Grammar(grammar, "published-items");
        RelayingVerbs = Grammar(grammar, "relaying-verbs");
        ContinuingVerbs = Grammar(grammar, "continuing-verbs");
        HedgingAdjectives = Grammar(grammar, "hedging-adjectives");
        EvidenceCompoundHeads = Grammar(grammar, "evidence-compound-heads");
        IdentifierQualifiers = Grammar(grammar, "identifier-qualifiers");
        GatheringParticiples = Grammar(grammar, "gathering-participles");
        EvidenceOnlyVerbs = Grammar(grammar, "evidence-only-verbs");
        SeeingVerbs = Grammar(grammar, "seeing-verbs");
        HavingQualifiers = Grammar(grammar, "having-qualifiers");
        GroundsNouns = Grammar(grammar, "grounds-nouns");
        ParticipleConjunctions = Grammar(grammar, "participle-conjunctions");
        RelayingParticiples = Grammar(grammar, "relaying-participles");
        FindingVerbs = Grammar(grammar, "finding-verbs");
        OperationVerbs = Grammar(grammar, "operation-verbs");
        AccusingVerbs = Grammar(grammar, "accusing-verbs");
        LinkingVerbs = Grammar(grammar, "linking-verbs");
        MeansNouns = Grammar(grammar, "means-nouns");
        StateActorNouns = Grammar(grammar, "state-actor-nouns");
        OpinionVerbs = Grammar(grammar, "opinion-verbs");
        OpinionNouns = Grammar(grammar, "opinion-nouns");
        PhrasesByFirstWord = Index(AlwaysVague, VagueUnlessNamed);
        KnownSourcesByFirstWord = Index(KnownSources, []);
    }

    /// <summary>The sections of <c>vague-attributions.txt</c> and <c>source-names.txt</c>.</summary>
    public static ImmutableArray<string> PhraseSections { get; } =
    [
        "always-vague", "vague-unless-named", "unnamed-institutions", "unnamed-sources", "evidence-nouns", "reporting-verbs", "evidence-verbs",
        "agentless-passives", "hedges", "widely", "known-sources", "not-names", "places", "kind-modifiers",
    ];

    /// <summary>The sections of <c>attribution-grammar.txt</c>.</summary>
    public static ImmutableArray<string> GrammarSections { get; } =
    [
        "be-forms", "modals", "before-verb", "adverbs", "clause-words", "prepositions", "pronouns", "negations", "noun-followers",
        "determiners", "sentence-starters", "source-heads", "weak-verbs", "put-objects", "impersonal-participles", "ranking-verbs",
        "not-ranked-objects", "anaphoric-pronouns", "definite-determiners", "source-noun-connectors", "source-noun-participles",
        "inverting-verbs", "passives-with-as", "reference-heads", "anonymity", "informants", "clause-verbs", "generic-evidence", "topic-prepositions", "descriptor-suffixes",
        "reporting-participles", "put-verbs", "measuring-verbs", "state-outlet-words", "taking-verbs",
        "impersonal-participles-before-that", "that-verbs", "figure-that-verbs", "time-adverbs", "anaphoric-objects",
        "claiming-verbs", "claiming-objects", "claimant-pronouns", "issuing-verbs", "issued-documents", "relative-clause-verbs", "professional-sources",
        "naming-passives", "examinations", "comparative-modifiers", "belief-verbs", "refutations", "speech-verbs", "suspect-classes", "contents-verbs", "document-heads", "document-place-prepositions", "conducting-verbs", "speaking-to-verbs", "examining-verbs",
        "headline-people", "picture-credits", "location-prepositions", "glance-modifiers", "published-items", "relaying-verbs",
        "continuing-verbs", "hedging-adjectives", "evidence-compound-heads", "having-qualifiers",
        "grounds-nouns", "participle-conjunctions", "relaying-participles", "finding-verbs", "operation-verbs",
        "accusing-verbs", "linking-verbs", "means-nouns", "state-actor-nouns", "opinion-verbs", "opinion-nouns",
        "identifier-qualifiers", "gathering-participles", "evidence-only-verbs", "seeing-verbs",
    ];

    public static AttributionLexicon Default => DefaultLexicon.Value;

    public ImmutableArray<string[]> AlwaysVague { get; private set; }

    public ImmutableArray<string[]> VagueUnlessNamed { get; }

    public IReadOnlySet<string> UnnamedSources { get; }

    /// <summary>Institutions as unnamed sources (<c>a cybersecurity firm</c>); also in <see cref="UnnamedSources"/>.</summary>
    public IReadOnlySet<string> UnnamedInstitutions { get; }

    public IReadOnlySet<string> EvidenceNouns { get; }

    public IReadOnlySet<string> ReportingVerbs { get; }

    public IReadOnlySet<string> EvidenceVerbs { get; }

    public IReadOnlySet<string> AgentlessPassives { get; }

    public IReadOnlySet<string> Hedges { get; }

    public IReadOnlySet<string> Widely { get; }

    public ImmutableArray<string[]> KnownSources { get; }

    public IReadOnlySet<string> NotNames { get; }

    public IReadOnlySet<string> BeForms { get; }

    public IReadOnlySet<string> Modals { get; }

    /// <summary>Words that may stand between a subject and its reporting verb: <c>have</c>, <c>also</c>, <c>widely</c>.</summary>
    public IReadOnlySet<string> BeforeVerb { get; }

    public IReadOnlySet<string> Adverbs { get; }

    /// <summary>Conjunctions and relative words that end a clause when reading a subject backwards.</summary>
    public IReadOnlySet<string> ClauseWords { get; }

    public IReadOnlySet<string> Prepositions { get; }

    public IReadOnlySet<string> Pronouns { get; }

    public IReadOnlySet<string> Negations { get; }

    /// <summary>Prepositions after which a word like <c>reports</c> is a noun, not a verb.</summary>
    public IReadOnlySet<string> NounFollowers { get; }

    public IReadOnlySet<string> Determiners { get; }

    /// <summary>Words that often start a sentence and never name anyone, capitalised or not.</summary>
    public IReadOnlySet<string> SentenceStarters { get; }

    /// <summary>Heads that can be a source for weaker reporting verbs (counted, lists, gives, put … at).</summary>
    public IReadOnlySet<string> SourceHeads { get; }

    public IReadOnlySet<string> WeakVerbs { get; }

    /// <summary>Objects of <c>put … at</c>: <c>put the figure at</c>.</summary>
    public IReadOnlySet<string> PutObjects { get; }

    /// <summary>Verbs that attribute an estimate only as <c>put/placed the figure at</c>.</summary>
    public IReadOnlySet<string> PutVerbs { get; }

    /// <summary>Verbs by which a named organisation is the source of its own count: <c>Dyn measures …</c>, <c>Citizen Lab scanned …</c>.</summary>
    public IReadOnlySet<string> MeasuringVerbs { get; }

    /// <summary>Words that make <c>media</c> the state's own outlets: <c>state media</c>, <c>official media</c>.</summary>
    public IReadOnlySet<string> StateOutletWords { get; }

    /// <summary>Verbs after which <c>data from X</c> names a victim: <c>stole … data from Sony</c>.</summary>
    public IReadOnlySet<string> TakingVerbs { get; }

    /// <summary>Participles of impersonal attributions: <c>it is known</c>, <c>it was reported</c>.</summary>
    public IReadOnlySet<string> ImpersonalParticiples { get; }

    /// <summary>Participles that attribute after "it is" only before "that": "it was found that", not "if it is found in the path".</summary>
    public IReadOnlySet<string> ImpersonalParticiplesBeforeThat { get; }

    /// <summary>Verbs that attribute a rank to their subject when they have an object: <c>RSF ranks North Korea 179th</c>.</summary>
    public IReadOnlySet<string> RankingVerbs { get; }

    /// <summary>Words after a ranking verb that show it has no object: <c>ranks among</c>, <c>ranked last</c>.</summary>
    public IReadOnlySet<string> NotRankedObjects { get; }

    /// <summary>Acts of examining something (<c>look</c>, <c>examination</c>) that a comparative ties to an earlier one.</summary>
    public IReadOnlySet<string> Examinations { get; }

    /// <summary>Words that make an examination a further one (<c>a closer look</c>, <c>further analysis</c>).</summary>
    public IReadOnlySet<string> ComparativeModifiers { get; }

    /// <summary>Verbs of belief (<c>assumed</c>, <c>feared</c>) that a sentence may report only to refute.</summary>
    public IReadOnlySet<string> BeliefVerbs { get; }

    /// <summary>Words that deny what follows them (<c>not</c>, <c>contrary</c>).</summary>
    public IReadOnlySet<string> Refutations { get; }

    /// <summary>Verbs of saying that a hedge before them puts in doubt (<c>reportedly said</c>).</summary>
    public IReadOnlySet<string> SpeechVerbs { get; }

    /// <summary>Classes of people a suspicion picks out (<c>those suspected of</c>): a criterion, not a claim.</summary>
    public IReadOnlySet<string> SuspectClasses { get; }

    /// <summary>Verbs by which a document holds what follows (<c>the report includes</c>, <c>lists</c>, <c>covers</c>).</summary>
    public IReadOnlySet<string> ContentsVerbs { get; }

    /// <summary>Documents that can be the source of their own contents (<c>report</c>, <c>study</c>, <c>survey</c>).</summary>
    public IReadOnlySet<string> DocumentHeads { get; }

    /// <summary>Prepositions that place what a sentence states inside a definite document (<c>in the report's lowest category</c>, <c>at the bottom of the index</c>).</summary>
    public IReadOnlySet<string> DocumentPlacePrepositions { get; }

    /// <summary>Verbs by which a named subject makes a study of its own (<c>conducted a study</c>, <c>carried out a survey</c>).</summary>
    public IReadOnlySet<string> ConductingVerbs { get; }

    /// <summary>Verbs of talking to someone before "to" (<c>spoke to</c>, <c>talked to</c>): the one spoken to, when named, is the source.</summary>
    public IReadOnlySet<string> SpeakingToVerbs { get; }

    /// <summary>Verbs of examining evidence (<c>reviewed</c>, <c>examined</c>): what they take can be referred back to as a source.</summary>
    public IReadOnlySet<string> ExaminingVerbs { get; }

    /// <summary>Pronouns that point back to a source the article named: <c>he said</c>, <c>they reported</c>.</summary>
    public IReadOnlySet<string> AnaphoricPronouns { get; }

    /// <summary>Determiners that make a source a reference back: <c>the report</c>, <c>this study</c>.</summary>
    public IReadOnlySet<string> DefiniteDeterminers { get; }

    /// <summary>Words between a source noun and its name: <c>a report by</c>, <c>reports in</c>, <c>a report on</c>.</summary>
    public IReadOnlySet<string> SourceNounConnectors { get; }

    /// <summary>Participles before such a connector: <c>a report published by</c>.</summary>
    public IReadOnlySet<string> SourceNounParticiples { get; }

    /// <summary>Reporting verbs that may come before their subject: <c>…, said Sawiris</c>, <c>…, reported Fox News</c>.</summary>
    public IReadOnlySet<string> InvertingVerbs { get; }

    /// <summary>Participles that attribute to no one before <c>as</c>: <c>has been reported as</c> (not <c>is known as</c>, which names).</summary>
    public IReadOnlySet<string> PassivesWithAs { get; }

    /// <summary>Of <see cref="PassivesWithAs"/>, those that give a name or label, not a claim, before a quotation: <c>are described as "warmongers"</c>.</summary>
    public IReadOnlySet<string> NamingPassives { get; }

    /// <summary>Nouns a definite reference back to a source is made of: <c>the report</c>, <c>the news site</c>, <c>the researchers</c>.</summary>
    public IReadOnlySet<string> ReferenceHeads { get; }

    /// <summary>Reference heads that need the same noun in an earlier sentence with a name: <c>according to the data</c>.</summary>
    public IReadOnlySet<string> GenericEvidence { get; }

    /// <summary>Prepositions after which a name in a subject is its topic, not its identity: <c>officials close to Sony</c>.</summary>
    public IReadOnlySet<string> TopicPrepositions { get; }

    /// <summary>The ends of hyphenated descriptions that are not names: <c>U.S.-based</c>, <c>state-run</c>.</summary>
    public IReadOnlySet<string> DescriptorSuffixes { get; }

    /// <summary>Participles that, after a comma, attribute to the clause's subject: <c>…, alleging</c>, <c>…, saying</c>.</summary>
    public IReadOnlySet<string> ReportingParticiples { get; }

    /// <summary>Words that make a source unnamed whatever follows: <c>an unnamed official in Beijing</c>.</summary>
    public IReadOnlySet<string> Anonymity { get; }

    /// <summary>People who pass a claim on unnamed, whoever owns them: <c>the country's official sources</c>, <c>its contacts</c>.</summary>
    public IReadOnlySet<string> Informants { get; }

    /// <summary>Reporting verbs that attribute only before a clause or a figure: <c>concluded that</c>, not <c>concluded a deal</c>.</summary>
    public IReadOnlySet<string> ClauseVerbs { get; }

    /// <summary>Reporting verbs that attribute only before "that": <c>the blog adds that …</c>, not <c>the operator added 5,000 users</c>.</summary>
    public IReadOnlySet<string> ThatVerbs { get; }

    /// <summary>Verbs of <see cref="ThatVerbs"/> that also attribute right before a figure: <c>South Korea asserted 3,000 people belonged</c>.</summary>
    public IReadOnlySet<string> FigureThatVerbs { get; }

    /// <summary>Pronouns after "according to" that point back to a named source: <c>according to him</c>.</summary>
    public IReadOnlySet<string> AnaphoricObjects { get; }

    /// <summary>Words of time that may stand between a participle and its agent: <c>a report disclosed today by …</c>.</summary>
    public IReadOnlySet<string> TimeAdverbs { get; }

    /// <summary>Places that, before a generic source noun, say where it is rather than who: <c>North Korea watchers</c>.</summary>
    public IReadOnlySet<string> Places { get; }

    /// <summary>Capitalised words that say what kind a generic source is ("Security researchers"), not who.</summary>
    public IReadOnlySet<string> KindModifiers { get; }

    /// <summary>People who work for someone ("researchers", "analysts"): a capitalised word before them names their employer.</summary>
    /// <summary>People a heading may name by their role alone, its article dropped: "Defector describes …".</summary>
    public IReadOnlySet<string> HeadlinePeople { get; }

    /// <summary>Picture libraries and words of a picture's credit: a "Source:" label that names one credits a picture.</summary>
    public IReadOnlySet<string> PictureCredits { get; }

    /// <summary>Prepositions of place after "from": "sources from inside North Korea" says where unnamed sources are.</summary>
    public IReadOnlySet<string> LocationPrepositions { get; }

    /// <summary>Modifiers of a quick look anyone can take: "a fast scan of the addresses on the poster shows" is the writer's own reading.</summary>
    public IReadOnlySet<string> GlanceModifiers { get; }

    /// <summary>Pieces an outlet publishes ("a story from North Korea Tech"): named by the name after "from" or "by", as evidence is.</summary>
    public IReadOnlySet<string> PublishedItems { get; }

    /// <summary>Verbs by which a subject passes on a named source's word: "the local press, too, cited North Korea Info Bank".</summary>
    public IReadOnlySet<string> RelayingVerbs { get; }

    /// <summary>Forms of "go" before "on to" and a verb of saying: "the minister went on to say that …" is the minister's.</summary>
    public IReadOnlySet<string> ContinuingVerbs { get; }

    /// <summary>Participles that hedge as adjectives before their noun: "an alleged example", "the purported leader".</summary>
    public IReadOnlySet<string> HedgingAdjectives { get; }

    /// <summary>Nouns an evidence noun qualifies as the first part of a compound: "an IT research center", "a data centre".</summary>
    public IReadOnlySet<string> EvidenceCompoundHeads { get; }

    /// <summary>Words before "number(s)" that make an identifier ("Social Security numbers"), not a named body's evidence.</summary>
    public IReadOnlySet<string> IdentifierQualifiers { get; }

    /// <summary>Participles between evidence and "by" its gatherer: "data obtained by The Investor" is The Investor's.</summary>
    public IReadOnlySet<string> GatheringParticiples { get; }

    /// <summary>Evidence verbs that attribute to an unnamed subject only with evidence in it: "people show interest" reports nothing.</summary>
    public IReadOnlySet<string> EvidenceOnlyVerbs { get; }

    /// <summary>Evidence verbs that report only with evidence as subject, named or not: "the report saw", not "Koryolink saw".</summary>
    public IReadOnlySet<string> SeeingVerbs { get; }

    /// <summary>Evidence nouns that name grounds, not a report ("new evidence suggests"): vague only before a figure.</summary>
    public IReadOnlySet<string> GroundsNouns { get; }

    /// <summary>Words before a reporting participle that tie it to the clause's subject: "after announcing a $400 million deal".</summary>
    public IReadOnlySet<string> ParticipleConjunctions { get; }

    /// <summary>Participles by which a named reporter passes its informant on: "Radio Free Asia reported, citing a North Korean source".</summary>
    public IReadOnlySet<string> RelayingParticiples { get; }

    /// <summary>Verbs of finding that, after an operation and before a count, report the operation's finds: "they found more than 90 laptops".</summary>
    public IReadOnlySet<string> FindingVerbs { get; }

    /// <summary>Acts of an operation whose finds a later verb of finding counts: "When FBI agents raided it …".</summary>
    public IReadOnlySet<string> OperationVerbs { get; }

    /// <summary>Verbs by which a subject accuses or condemns: what a relative clause on their object alleges is the accuser's (blind25).</summary>
    public IReadOnlySet<string> AccusingVerbs { get; }

    /// <summary>Verbs that tie an object to something ("linked the hackers to a heist"); right before "to" or "with" they are participles.</summary>
    public IReadOnlySet<string> LinkingVerbs { get; }

    /// <summary>Nouns of a way of doing something: "activists have found ways to smuggle …" finds a means, not a finding (blind25).</summary>
    public IReadOnlySet<string> MeansNouns { get; }

    /// <summary>Nouns for a state's own organs as the actor of a story: a bare later mention ("authorities warned") is the same actor again (blind24).</summary>
    public IReadOnlySet<string> StateActorNouns { get; }

    /// <summary>Verbs that put forward an opinion noun ("raised the view that", "voiced concern that"): a report of its subject's opinion (blind29).</summary>
    public IReadOnlySet<string> OpinionVerbs { get; }

    /// <summary>Nouns of an opinion or a worry that an opinion verb puts forward before "that": "view", "concern", "doubts".</summary>
    public IReadOnlySet<string> OpinionNouns { get; }

    /// <summary>Words that say evidence was had, not whose it is: "the received information", "the data obtained" (blind21).</summary>
    public IReadOnlySet<string> HavingQualifiers { get; }

    public IReadOnlySet<string> ProfessionalSources { get; }

    /// <summary>Verbs by which a subject may claim its own act ("claimed it broke into", "claimed responsibility").</summary>
    public IReadOnlySet<string> ClaimingVerbs { get; }

    /// <summary>Objects of a claiming verb that make it the claimant's own act ("responsibility").</summary>
    public IReadOnlySet<string> ClaimingObjects { get; }

    /// <summary>Pronouns after a claiming verb that stand for the claimant ("claimed it broke into").</summary>
    public IReadOnlySet<string> ClaimantPronouns { get; }

    /// <summary>Verbs by which a subject issues a document ("put out a press release stating").</summary>
    public IReadOnlySet<string> IssuingVerbs { get; }

    /// <summary>Documents an issuing verb issues ("release", "statement").</summary>
    public IReadOnlySet<string> IssuedDocuments { get; }

    /// <summary>Words after a name that make it a relative clause's subject ("experts SecureWorld has interviewed").</summary>
    public IReadOnlySet<string> RelativeClauseVerbs { get; }

    /// <summary>Every always-vague and vague-unless-named phrase, by its first word, with which list it is from.</summary>
    public IReadOnlyDictionary<string, ImmutableArray<(string[] Words, bool Always)>> PhrasesByFirstWord { get; private set; }

    public IReadOnlyDictionary<string, ImmutableArray<(string[] Words, bool Always)>> KnownSourcesByFirstWord { get; }

    /// <summary>This lexicon with a project's own always-vague phrases added (NK1002's <c>extra_phrases</c>).</summary>
    public AttributionLexicon WithExtraPhrases(IReadOnlyCollection<string> phrases)
    {
        if (phrases.Count == 0)
        {
            return this;
        }

        var copy = (AttributionLexicon)MemberwiseClone();
        copy.AlwaysVague = [.. AlwaysVague, .. phrases.Select(Words).Where(w => w.Length > 0)];
        copy.PhrasesByFirstWord = Index(copy.AlwaysVague, VagueUnlessNamed);
        return copy;
    }

    /// <summary>The words of a phrase, lower-cased, straight apostrophes.</summary>
    public static string[] Words(string phrase) =>
        phrase.Replace('’', '\'').ToLowerInvariant().Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Reads one of the embedded data files with the sections it may have.</summary>
    public static WordLists ReadData(string resource) =>
        WordLists.FromResource(typeof(AttributionLexicon).Assembly, resource, resource == GrammarResource ? GrammarSections : PhraseSections);

    private static AttributionLexicon Load() => new(ReadData(PhrasesResource), ReadData(NamesResource), ReadData(GrammarResource));

    private static Dictionary<string, ImmutableArray<(string[] Words, bool Always)>> Index(ImmutableArray<string[]> always, ImmutableArray<string[]> unlessNamed) =>
        always.Select(p => (Words: p, Always: true))
            .Concat(unlessNamed.Select(p => (Words: p, Always: false)))
            .Where(p => p.Words.Length > 0)
            .GroupBy(p => p.Words[0], StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.OrdinalIgnoreCase);

    private static ImmutableArray<string[]> Phrases(WordLists data, string section) => [.. data.Entries(section).Select(Words)];

    /// <summary>Entries compared without case, with curly apostrophes read as straight ones (the finder normalises words the same way).</summary>
    private static FrozenSet<string> Normalized(WordLists data, string section) =>
        data.Entries(section).Select(e => e.Replace('’', '\'')).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Grammar words are matched as written in the text, without case.</summary>
    private static FrozenSet<string> Grammar(WordLists data, string section) => data.Entries(section).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
