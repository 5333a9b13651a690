using Microsoft.CodeAnalysis.Text;
using NkContentLint.Claims;
using NkContentLint.Documents;
using NkContentLint.Facts;
using NkContentLint.Text;

namespace NkContentLint.Rules.Facts;

/// <summary>
/// Whether a claim is about a quantity's subject. A figure is compared with a fact only when its
/// sentence is about the fact's entity: a clause or sentence subject that is another place
/// ("Japan, with 125 million people"), another service ("Kangsong Net reportedly has 2 million
/// subscribers", checked against all operators), or another event ("the 2025 outage", checked
/// against the 2014 one) leaves the figure alone. A part (one operator) is never compared with
/// the whole (all operators); when the pack has a figure for the part, that one applies.
/// </summary>
internal sealed partial class SubjectBinding
{
    /// <summary>Entity kinds that are one service among several: a figure about one is not a figure about the country.</summary>
    private static readonly HashSet<string> ServiceKinds = new(StringComparer.OrdinalIgnoreCase) { "network", "platform", "account", "product" };

    private static readonly Lazy<PhraseMatcher<bool>> OtherPlaces = new(() => new(
        FactStatements.ReadWordList("other-subjects.txt").Select(line => (line, true))));

    private readonly List<(TextSpan Span, EntityFact? Entity)> mentions;
    private readonly ContentDocument document;
    private readonly FactIndex facts;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<FactIndex, HashSet<string>> AcceptedNamesCache = new();

    private SubjectBinding(ContentDocument document, FactIndex facts)
    {
        this.document = document;
        this.facts = facts;
        mentions =
        [
            .. facts.Match(document).Names.Where(n => n.Entity.Kind != "person").Select(n => (n.Span, (EntityFact?)n.Entity)),
            .. OtherPlaces.Value.FindAll(document.ProseText).Select(m => (m.Span, (EntityFact?)null)),
            // Another country's top-level domain is another place: "25 million sites that end in .tk".
            .. OtherTopLevelDomain().Matches(document.ProseText).Select(m => (new TextSpan(m.Index, m.Length), (EntityFact?)null)),
        ];
        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }

    public static SubjectBinding For(ContentDocument document, FactIndex facts) => new(document, facts);

    /// <summary>
    /// What a claim's sentence says its subject is: the nearest thing named before it in its clause,
    /// else the nearest before it in its sentence, else the first named after it in its clause.
    /// </summary>
    public ClaimSubject SubjectOf(Claim claim)
    {
        var clause = FactStatements.ClauseSpan(document, claim.Sentence, claim.Span);

        // Only the mentions in the claim's own sentence can be its subject: look them up by position
        // instead of scanning the whole document for every claim (that was quadratic on long articles).
        var inSentence = MentionsIn(claim.Sentence.Span);
        var inClause = inSentence.Where(m => clause.Contains(m.Span) && !claim.Span.OverlapsWith(m.Span)).ToList();
        // Across a clause break only a place, the country or a network is taken for the subject: "Red Star OS is the
        // system of the citizens with access to the internet (only 1% of their population)" is not about Red Star.
        var before = inSentence.LastOrDefault(m => m.Span.End <= claim.Span.Start
            && (m.Entity is null || m.Entity.Kind is "country" or "network" || clause.Contains(m.Span)));
        (TextSpan Span, EntityFact? Entity)? subject =
            inClause.LastOrDefault(m => m.Span.End <= claim.Span.Start) is { Span.Length: > 0 } inClauseBefore ? inClauseBefore
            : before is { Span.Length: > 0 } ? before
            : inClause.FirstOrDefault(m => m.Span.Start >= claim.Span.End) is { Span.Length: > 0 } after ? after
            : null;

        // The country's own figure, its possessive written out before the figure in the clause ("the country's population is
        // 2.5 million out of which just 10 per cent use Koryolink", blind30 a-05): the country is the figure's owner, before
        // any service named after the figure, in an article that names the country.
        if ((subject is null || subject.Value.Span.Start >= claim.Span.End)
            && CountryPossessive().Match(document.ProseText, clause.Start, claim.Span.Start - clause.Start) is { Success: true } possessive
            && facts.Match(document).Names.FirstOrDefault(n => n.Entity.Kind == "country") is { Entity: { } country })
        {
            subject = (new TextSpan(possessive.Index, possessive.Length), country);
        }

        // A name the pack does not know, holding the figure ("President Obama has nearly 5 million followers",
        // "Hugo Chavez's 750,000 followers"), is the figure's owner when it comes after every known name in the clause.
        if (UnknownPossessor(clause, claim) is { } owner && (subject is not { } s || s.Span.End <= owner.Start))
        {
            subject = (owner, null);
        }
        // A count of a named other organisation's people ("thousands of Interpark customers", "2 million Naver users"):
        // the organisation is the figure's owner, as a possessor is, unless the pack knows the name (then it decides).
        if (OtherOrganisationsPeople(claim) is { } organisation)
        {
            subject = (organisation, null);
        }
        // Things for or against the country, or kept outside it ("76 pro-North Korea websites overseas"), are not the
        // country's own: the figure belongs to someone else, as a figure of another place does.
        if (SidingOrAbroad(claim) is { } elsewhere)
        {
            subject = (elsewhere, null);
        }

        var following = document.ProseText.AsSpan(claim.Span.End, Math.Min(claim.Sentence.Span.End, claim.Span.End + 60) - claim.Span.End);
        return new ClaimSubject(subject, [.. inClause.Select(m => m.Entity).OfType<EntityFact>().Where(e => ServiceKinds.Contains(e.Kind)).Select(e => e.Id)])
        {
            CountsWhatAnEventTouched = IsObjectOfAffectingVerb(claim),
            OnTheInternet = OnTheInternetAfter().IsMatch(following) || ForeignInternet.Value.IsMatch(following) || WentOfflineAfter().IsMatch(following),
            OfAChannel = ChannelWords.Value.IsMatch(claim.Sentence.Text),
            MonthsNamed = MonthsIn(claim.Sentence.Text),
        };
    }

    /// <summary>
    /// The span that puts the counted things on a side of the country or outside it: a <c>pro-</c> or <c>anti-</c>
    /// modifier in the figure's noun phrase ("76 pro-North Korea websites"), or <c>overseas</c> / <c>abroad</c> /
    /// <c>outside the country</c> right after it ("servers abroad"); null when there is none.
    /// </summary>
    private TextSpan? SidingOrAbroad(Claim claim)
    {
        var text = document.ProseText;
        if (SidingModifier().Match(text, claim.Span.Start, claim.Span.Length) is { Success: true } siding)
        {
            return new TextSpan(siding.Index, siding.Length);
        }

        if (OtherPopulation(claim) is { } population)
        {
            return population;
        }

        var to = Math.Min(claim.Sentence.Span.End, claim.Span.End + 40);
        if (AbroadAfter().Match(text, claim.Span.End, to - claim.Span.End) is { Success: true } abroad)
        {
            return new TextSpan(abroad.Groups["where"].Index, abroad.Groups["where"].Length);
        }

        // A business's customers ("more than 30 million customers of the bank", blind12) are that business's, not the
        // country's subscribers.
        return BusinessAfter().Match(text, claim.Span.End, to - claim.Span.End) is { Success: true } business
            ? new TextSpan(business.Groups["whose"].Index, business.Groups["whose"].Length)
            : null;
    }

    private static readonly Lazy<HashSet<string>> OtherPopulationWords = new(() =>
        FactStatements.ReadWordList("other-populations.txt").ToHashSet(StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// A word in the figure's own noun phrase, after its number, that makes the things counted another population
    /// (rules/facts/other-populations.txt: "160 propaganda websites", "20 fake websites", "Propaganda-Webseiten"), or
    /// another place named there ("160 South Korean websites"; not a compound such as "Chinese-made", whose things may
    /// still be the country's): a propaganda network's or a fraud's sites are not the sites on the intranet. Null when
    /// there is none.
    /// </summary>
    private TextSpan? OtherPopulation(Claim claim)
    {
        var text = document.ProseText;
        var first = text.IndexOf(' ', claim.Span.Start, claim.Span.Length);
        if (first < 0)
        {
            return null;
        }

        foreach (System.Text.RegularExpressions.Match word in Word().Matches(text[(first + 1)..claim.Span.End]))
        {
            if (OtherPopulationWords.Value.Contains(word.Value))
            {
                return new TextSpan(first + 1 + word.Index, word.Length);
            }
        }

        foreach (var (span, entity) in MentionsIn(TextSpan.FromBounds(first, claim.Span.End)))
        {
            if (entity is null && span.End < claim.Span.End && text[span.End] is not ('-' or '\u2010' or '\u2011'))
            {
                return span;
            }
        }

        return null;
    }

    /// <summary>"the country's population is", "the nation's total population of", "the North's population stands at about": the country's own figure follows.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:the country|the nation|the North)(?:'s|’s)\s+(?:total\s+|entire\s+|whole\s+)?(?:population|citizens|inhabitants)\s+(?:is|was|stands at|stood at|numbers|numbered|totals|totalled|of|at)\s+(?:only\s+|just\s+|about\s+|some\s+|around\s+|roughly\s+|nearly\s+|almost\s+|over\s+|more than\s+|approximately\s+)?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex CountryPossessive();

    [System.Text.RegularExpressions.GeneratedRegex(@"\p{L}+", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Word();

    /// <summary>Social platforms in every language the rules read (rules/facts/social-platforms.txt).</summary>
    private static readonly Lazy<System.Text.RegularExpressions.Regex> PlatformNames = new(() => FactStatements.WholeWordListRegex(FactStatements.ReadWordList("social-platforms.txt")));

    /// <summary>An @handle written on its own ("@uriminzok", "@MoveToNorthKorea").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\w@.])@[A-Za-z0-9_]+", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Handle();

    /// <summary>
    /// The platforms and @handles of the whole prose, scanned once per document: <see cref="CountsAnotherAccount"/> asks for
    /// them for every figure and cue, and rescanning the prose each time made NK2001 quadratic on fact-dense articles.
    /// </summary>
    private (List<(TextSpan Span, string Text)> Platforms, List<(TextSpan Span, string Text)> Handles) AccountMarks => accountMarks ??= (
        MayNamePlatform(document.ProseText)
            ? PlatformNames.Value.Matches(document.ProseText).Select(m => (new TextSpan(m.Index, m.Length), m.Value)).ToList()
            : [],
        Handle().Matches(document.ProseText).Select(m => (new TextSpan(m.Index, m.Length), m.Value)).ToList());

    /// <summary>
    /// Whether the text holds the first word of any platform name, case aside: one vectorised multi-word search costs a
    /// fraction of the platform regex, which tries each of its 50 alternatives at nearly every position, and most
    /// articles name no platform at all.
    /// </summary>
    private static bool MayNamePlatform(string text) => text.AsSpan().IndexOfAny(PlatformFirstWords.Value) >= 0;

    private static readonly Lazy<System.Buffers.SearchValues<string>> PlatformFirstWords = new(() => System.Buffers.SearchValues.Create(
        FactStatements.ReadWordList("social-platforms.txt").Select(name => name.Split(' ', 2)[0]).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
        StringComparison.OrdinalIgnoreCase));

    private (List<(TextSpan Span, string Text)> Platforms, List<(TextSpan Span, string Text)> Handles)? accountMarks;

    /// <summary>
    /// Whether a figure compared with a fact about one account (a subject of kind account: "followers of the @uriminzok
    /// Twitter account") belongs to another account: the account named nearest before it (else first after it) in its
    /// sentence, else its paragraph, else the article, is another one. An account is named by one of its names, by an
    /// @handle, or by a platform of rules/facts/social-platforms.txt; the fact's own platforms are those its measure
    /// names ("Twitter"). "The account receiving more than 200,000 followers" in an article about a TikTok account is
    /// the TikTok account's (blind21). A figure in an article that names no account or platform at all is an unnamed
    /// account's too: it is not compared.
    /// </summary>
    public bool CountsAnotherAccount(Claim claim, QuantityFact quantity)
    {
        if (facts.Entity(quantity.Subject) is not { Kind: "account" } account)
        {
            return false;
        }

        var ownPlatforms = PlatformNames.Value.Matches(quantity.Measure).Select(m => m.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var ownNames = account.AcceptedNames.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var names = facts.Match(document).Names;
        TextSpan[] scopes = [claim.Sentence.Span, claim.Sentence.Block.Span, new TextSpan(0, document.ProseText.Length)];
        foreach (var scope in scopes)
        {
            // An account's own name or @handle says which account it is; a platform says only where it is. Within a scope the
            // accounts decide, and the platforms only when the scope names no account: "The account had over 330,000
            // followers" in an article that names the parody account @DPRK_News once and Twitter three times is
            // @DPRK_News's (blind29), however near the last "Twitter" is.
            var named = new List<(TextSpan Span, bool Own)>();
            named.AddRange(names.Where(n => n.Entity.Id == account.Id && scope.Contains(n.Span)).Select(n => (n.Span, true)));
            var (platforms, handles) = AccountMarks;
            named.AddRange(handles.Where(h => scope.Contains(h.Span)).Select(h => (h.Span, ownNames.Contains(h.Text))));
            if (named.Count == 0)
            {
                named.AddRange(platforms.Where(p => scope.Contains(p.Span)).Select(p => (p.Span, ownPlatforms.Contains(p.Text))));
            }

            var before = named.Where(n => n.Span.End <= claim.Span.Start).Select(n => ((TextSpan Span, bool Own)?)n).MaxBy(n => n!.Value.Span.End);
            if (before is { } nearestBefore)
            {
                return !nearestBefore.Own;
            }

            var after = named.Where(n => n.Span.Start >= claim.Span.End).Select(n => ((TextSpan Span, bool Own)?)n).MinBy(n => n!.Value.Span.Start);
            if (after is { } nearestAfter)
            {
                return !nearestAfter.Own;
            }
        }

        return true;
    }

    /// <summary>"of the bank", "of a South Korean retailer" right after the figure: a business that is not a network or the country.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s+of\s+(?:the|a|an|that|this|its|their|one)\s+(?:[\p{L}-]+\s+){0,2}(?<whose>banks?|lenders?|retailers?|shops?|stores?|airlines?|insurers?|newspapers?|broadcasters?|exchanges?)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex BusinessAfter();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:pro|anti)[-\u2010\u2011]\p{L}+", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SidingModifier();

    /// <summary>At most one word (a participle such as "based" or "hosted"), then a word placing things outside the country.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:\s+(?:based|hosted|run|operated|located))?\s+(?<where>overseas|abroad|outside\s+(?:the\s+country|North\s+Korea|the\s+North))\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex AbroadAfter();

    /// <summary>A channel in any language the rules read (rules/facts/channel-words.txt): its subscribers are its audience.</summary>
    private static readonly Lazy<System.Text.RegularExpressions.Regex> ChannelWords = new(() => FactStatements.PhraseListRegex(FactStatements.ReadWordList("channel-words.txt")));

    /// <summary>The global internet or the Web in another language (rules/facts/on-the-internet.txt), for a sentence in it.</summary>
    private static readonly Lazy<System.Text.RegularExpressions.Regex> ForeignInternet = new(() => FactStatements.PhraseListRegex(FactStatements.ReadWordList("on-the-internet.txt")));

    /// <summary>
    /// Right after the figure, past a dash at most, at most three words and then a verb of going or being taken offline
    /// ("practically all of its websites--the notoriously isolated nation only has a few dozen--intermittently dropped
    /// offline", tune): sites seen to go offline are seen from the internet outside, so they are the country's sites on the
    /// internet, not an intranet's. Past a comma only as the verb of a figure set off as an aside ("North Korea's websites, a
    /// few dozen in all, went offline"), not in a clause of its own ("… has only a few dozen websites, and they went offline"
    /// still counts the intranet's sites).
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:\s*[-–—]+\s*|\s+)(?:[\p{L}]+\s+){0,3}?|(?:\s+[\p{L}]+){0,2}\s*,\s*(?:[\p{L}]+ly\s+)?)(?:went|gone|go|goes|going|dropped|drop|drops|dropping|fell|fallen|falls|falling|knocked|taken|were|was|are|is|been)\s+(?:[\p{L}-]+\s+)?offline\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex WentOfflineAfter();

    /// <summary>
    /// The figure's noun, at most two more words, then a place on the internet or the web ("28 websites on the North
    /// Korean internet", "sites accessible from the global internet"): things counted there are not an intranet's.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:\s+[\p{L}-]+){0,2}?\s+(?:on|in|of|from|to|across|via)\s+(?:the\s+)?(?:(?:North\s+Korean|North\s+Korea['’]s|country['’]s|nation['’]s|global|public|open|wider|outside|worldwide|world-wide|real|actual|whole)\s+)*(?:internet|world\s+wide\s+web|web|global\s+network|worldwide\s+network)\b(?!\s*(?:users?|access|connections?|service|provider)\b)", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex OnTheInternetAfter();

    /// <summary>
    /// True when the figure is the object of a verb of acting on things in an event ("an attack that crippled 40 Web
    /// sites", "hackers defaced some 28 sites", "40 websites were knocked offline"): it counts what the event touched.
    /// </summary>
    private bool IsObjectOfAffectingVerb(Claim claim)
    {
        var start = claim.ApproximationSpan is { } approx && approx.Start < claim.Span.Start ? approx.Start : claim.Span.Start;
        var sentence = claim.Sentence.Span;
        var from = Math.Max(sentence.Start, start - 80);
        if (VerbBefore().Match(document.ProseText, from, start - from) is { Success: true } before && AffectingVerbs.Value.Contains(before.Groups["verb"].Value))
        {
            return true;
        }

        var to = Math.Min(sentence.End, claim.Span.End + 80);
        return IsAffectingPassive(PassiveAfter().Match(document.ProseText, claim.Span.End, to - claim.Span.End))
            || IsAffectingPassive(ForeignPassiveAfter.Value.Match(document.ProseText, claim.Span.End, to - claim.Span.End));

        static bool IsAffectingPassive(System.Text.RegularExpressions.Match after) => after.Success && AffectingVerbs.Value.Contains(after.Groups["verb"].Value);
    }

    /// <summary>
    /// The figure's noun, a few more words (other languages put a qualifier after the noun: "sites relatifs à la Corée du
    /// Nord"), then an auxiliary of rules/facts/passive-auxiliaries.txt, with at most one word inside it ("ont donc été"),
    /// and the participle.
    /// </summary>
    private static readonly Lazy<System.Text.RegularExpressions.Regex> ForeignPassiveAfter = new(() =>
    {
        var auxiliaries = FactStatements.ReadWordList("passive-auxiliaries.txt")
            .OrderByDescending(a => a.Length)
            .Select(a => System.Text.RegularExpressions.Regex.Escape(a).Replace(@"\ ", @"\s+(?:\p{L}+\s+)?", StringComparison.Ordinal));
        return new System.Text.RegularExpressions.Regex(
            @"^(?:\s+[\p{L}-]+){0,6}?\s+(?:" + string.Join('|', auxiliaries) + @")\s+(?<verb>\p{L}+)",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
    });

    private static readonly Lazy<HashSet<string>> AffectingVerbs = new(() =>
        FactStatements.ReadWordList("affecting-verbs.txt").ToHashSet(StringComparer.OrdinalIgnoreCase));

    /// <summary>A verb, then at most a particle ("down", "offline") and quantifiers, right before the figure.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?<verb>\p{L}+)(?:\s+(?:down|offline|off|out))?(?:\s+(?:all|the|some|about|around|over|nearly|almost|roughly|at\s+least|more\s+than|up\s+to|as\s+many\s+as))*\s+$", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex VerbBefore();

    /// <summary>The figure's noun, then a passive of a verb within a few words ("40 websites were briefly knocked").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:\s+[\p{L}-]+){0,3}?\s+(?:were|was|have\s+been|has\s+been|had\s+been|are\s+being|being)\s+(?:\p{L}+ly\s+)?(?<verb>\p{L}+)", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex PassiveAfter();

    /// <summary>
    /// A capitalised name, an @handle or a web address right before a verb of having, or a possessive, that holds the claim
    /// ("Hugo Chavez has built up almost 750,000 followers", "the parody account @DPRK_News had 330,000 followers"); null
    /// when there is none, or when the
    /// name is one the pack knows (then the known mention decides) or a word that merely opens the sentence.
    /// </summary>
    private TextSpan? UnknownPossessor(TextSpan clause, Claim claim)
    {
        var start = claim.ApproximationSpan is { } approx && approx.Start < claim.Span.Start && approx.Start >= clause.Start ? approx.Start : claim.Span.Start;
        if (start <= clause.Start)
        {
            return null;
        }

        var before = document.ProseText[clause.Start..start];
        var match = PossessorBefore().Match(before);
        if (!match.Success)
        {
            return null;
        }

        // "Statistics Korea's estimate of 2.8 million" names a source, not an owner.
        if (SourceWords().IsMatch(before[(match.Groups["name"].Index + match.Groups["name"].Length)..]))
        {
            return null;
        }

        var words = match.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var skip = words.TakeWhile(w => NotNames.Contains(w)).Count();
        if (skip == words.Length)
        {
            return null;
        }

        var nameStart = clause.Start + match.Groups["name"].Index + match.Groups["name"].Value.IndexOf(words[skip], StringComparison.Ordinal);
        var name = new TextSpan(nameStart, clause.Start + match.Groups["name"].Index + match.Groups["name"].Length - nameStart);
        if (MentionsIn(TextSpan.FromBounds(Math.Max(0, name.Start - 200), name.End)).Any(m => m.Span.OverlapsWith(name)))
        {
            return null;
        }

        // A known name glued to the word before it by a lost space ("Digital divideNorth Korea has only 28 Web sites",
        // "cyberNorth Korea has …") is that name, not an unknown owner.
        // The run of capitals may begin inside the glued word ("North Korea" out of "divideNorth Korea").
        var runStart = clause.Start + match.Groups["name"].Index;
        var written = document.ProseText.AsSpan(runStart, name.End - runStart);
        var glued = runStart > 0 && char.IsLower(document.ProseText[runStart - 1]) ? 0 : -1;
        for (var i = written.Length - 1; i > 0 && glued < 0; i--)
        {
            if (char.IsUpper(written[i]) && char.IsLower(written[i - 1]))
            {
                glued = i;
            }
        }

        return glued >= 0 && AcceptedNamesCache.GetValue(facts, f => f.Entities.SelectMany(e => e.AcceptedNames).ToHashSet(StringComparer.OrdinalIgnoreCase))
            .Contains(written[glued..].ToString()) ? null : name;
    }

    /// <summary>
    /// A capitalised name inside the figure's own phrase, right before the people it counts ("thousands of Interpark
    /// customers", "2 million Naver users"): those are the organisation's customers, users or members, not the
    /// country's. Null when there is none, or when the name is one the pack knows or another place (the mention
    /// decides: "2 million Koryolink customers", "2 million North Korean subscribers").
    /// </summary>
    private TextSpan? OtherOrganisationsPeople(Claim claim)
    {
        var text = document.ProseText;
        // The name comes after the figure's first word, so a capitalised number word ("Thousands of") is never the name.
        var first = text.IndexOf(' ', claim.Span.Start, claim.Span.Length);
        if (first < 0)
        {
            return null;
        }

        var match = NamedOrganisationsPeople().Match(text, first, claim.Span.End - first);
        if (!match.Success)
        {
            return null;
        }

        var group = match.Groups["name"];
        var words = group.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var skip = words.TakeWhile(w => NotNames.Contains(w)).Count();
        if (skip == words.Length)
        {
            return null;
        }

        // "Internet users" are no organisation's; "North Korean subscribers" are a people's, whom the places decide.
        if (words.Skip(skip).Any(w => CommonCapitalised.Contains(w)) || words[^1].EndsWith("an", StringComparison.Ordinal)
            || words[^1].EndsWith("ese", StringComparison.Ordinal) || words[^1].EndsWith("ish", StringComparison.Ordinal))
        {
            return null;
        }

        var nameStart = group.Index + group.Value.IndexOf(words[skip], StringComparison.Ordinal);
        var name = TextSpan.FromBounds(nameStart, group.Index + group.Length);
        return MentionsIn(TextSpan.FromBounds(Math.Max(0, name.Start - 200), name.End)).Any(m => m.Span.OverlapsWith(name)) ? null : name;
    }

    /// <summary>Capitalised words for a medium, not an organisation: "Internet users", "Web users".</summary>
    private static readonly HashSet<string> CommonCapitalised = new(StringComparer.OrdinalIgnoreCase)
    {
        "Internet", "Web", "Net", "Intranet", "Wi-Fi", "WiFi", "Mobile", "Cell", "Smartphone", "Email", "E-mail", "Party",
    };

    /// <summary>An optional "of", a run of capitalised words (a possessive allowed), at most one other word, then people an organisation counts.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\s(?:of\s+)?(?<name>(?:\p{Lu}[\p{L}.\-]*\s+){0,2}\p{Lu}[\p{L}.\-]*?)(?:['’]s)?\s+(?:[\p{Ll}-]+\s+)?(?:customers|users|members|subscribers|clients|shoppers|account\s+holders)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex NamedOrganisationsPeople();

    /// <summary>A top-level domain written on its own (".tk", ".com"), other than North Korea's .kp and its common misspelling .nk.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\w.@/])\.(?!kp\b|nk\b)[a-z]{2,3}\b(?![.\w])", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex OtherTopLevelDomain();

    /// <summary>Capitalised words that open a sentence or clause without naming anyone.</summary>
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "It", "Its", "This", "That", "These", "Those", "The", "He", "She", "They", "We", "I", "You", "There", "Here",
        "Which", "Who", "And", "But", "So", "Now", "Today", "Yet", "Also", "Still", "By", "In", "As", "At", "On", "Since",
        "Then", "Meanwhile", "However", "A", "An", "Each", "Every", "Our", "Their", "His", "Her",
        "North", // "the North's population of some 24 million": the country, as writers name it.
    };

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(estimates?|figures?|reports?|counts?|data|survey|tally|numbers?|research|study|statistics|calculations?|analysis)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SourceWords();

    /// <summary>
    /// A run of capitalised words, an @handle or a web address ("@DPRK_News", "dprknews.com": an account or site is named so,
    /// in any case), then a possessive or a verb of having, then at most three words before the figure.
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<name>(?<![\w@.])@[A-Za-z0-9_]+|(?<![\w@.])[A-Za-z0-9][A-Za-z0-9\-]*(?:\.[A-Za-z0-9\-]+)*\.(?:com|org|net|info|io|co|tv|me|kr|cn|jp|ru|de|fr|uk)\b|(?:\p{Lu}[\p{L}.\-]*\s+){0,3}\p{Lu}[\p{L}.\-]*)(?:['’]s\s+|\s+(?:(?:has|had|have)\s+)?(?:has|had|have|boasts|boasted|gained|amassed|attracted|accumulated|built\s+up|racked\s+up|garnered)\s+)(?:[\p{L}-]+\s+){0,3}$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex PossessorBefore();

    /// <summary>The mentions that start inside <paramref name="span"/>, found by binary search (they are sorted by start).</summary>
    private List<(TextSpan Span, EntityFact? Entity)> MentionsIn(TextSpan span)
    {
        var lo = SortedSearch.FirstNotBefore(mentions.Count, i => mentions[i].Span.Start < span.Start);

        var result = new List<(TextSpan Span, EntityFact? Entity)>();
        for (var i = lo; i < mentions.Count && mentions[i].Span.Start < span.End; i++)
        {
            result.Add(mentions[i]);
        }

        return result;
    }

    /// <summary>Whether the claim may be compared with the quantity: not about another place, service or event.</summary>
    public static bool Allows(ClaimSubject subject, QuantityFact quantity, FactIndex facts, int? sentenceYear, ArticleDate? articleDate)
    {
        if (!IsSameEvent(quantity, sentenceYear, articleDate, subject.MonthsNamed) || subject.CountsWhatAnEventTouched)
        {
            return false;
        }

        // Things counted on the internet are not an intranet's: "28 websites on the North Korean internet" (blind18) are
        // the public .kp zone's, not Kwangmyong's, whatever the pack calls an intranet in its descriptions.
        if (subject.OnTheInternet && quantity.Unit is "websites" or "sites" && facts.Descriptions.Any(d => d.Subject == quantity.Subject && d.Is.Contains("intranet", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        // A channel's subscribers are its audience: "the channel has reached 11,000 subscribers" (blind7) is not a count of
        // mobile subscriptions, and is compared only with a channel's subscriber count.
        if (subject.OfAChannel && quantity.Unit == "subscribers" && !quantity.Measure.Contains("channel", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        switch (subject.Named)
        {
            case null:
                break;

            // Another place: "Japan, with 125 million people"; "South Korea's 50 million".
            case { Entity: null }:
                return false;

            case { Entity: { } entity } when entity.Id == quantity.Subject:
                return true;

            // Another service: "Kangsong Net reportedly has 2 million subscribers" is not the country's total.
            case { Entity: { } entity } when ServiceKinds.Contains(entity.Kind):
                return false;
        }

        // Another service in the clause: "28 sites registered on its .kp domain" are not Kwangmyong's.
        if (subject.ServicesInClause.Any(id => id != quantity.Subject))
        {
            return false;
        }

        // A fact about one service, when a fact about the whole country counts the same thing, applies only when the sentence names the service.
        return !(facts.Entity(quantity.Subject) is { } own && ServiceKinds.Contains(own.Kind) && HasSiblingForTheWhole(quantity, facts));
    }

    /// <summary>Preference among quantities the claim may be about: one whose subject the sentence names first.</summary>
    public static int Preference(ClaimSubject subject, QuantityFact quantity) => subject.Named?.Entity?.Id == quantity.Subject ? 0 : 1;

    /// <summary>True when another quantity of the same unit is about the whole country (the part has a whole to defer to).</summary>
    private static bool HasSiblingForTheWhole(QuantityFact quantity, FactIndex facts) =>
        facts.Quantities.Any(q => q.Id != quantity.Id && q.Unit == quantity.Unit && facts.Entity(q.Subject) is { Kind: "country" });

    /// <summary>
    /// A quantity that measures one dated event (a single point dated to the day, such as the 2014
    /// outage) is checked only when the sentence names its year, or names none in an article written
    /// within a year after it: "the outage lasted six hours" in an undated article may be any outage.
    /// </summary>
    private static bool IsSameEvent(QuantityFact quantity, int? sentenceYear, ArticleDate? articleDate, int monthsNamed)
    {
        if (quantity.Series.Length != 1 || quantity.Series[0].AsOf.Length != 10)
        {
            return true;
        }

        // A sentence that names months, none of them the event's, is about another event ("on August 9, the country
        // suffered a 4.5-hour outage" is not the outage of 22 December 2014; blind7).
        var month = int.Parse(quantity.Series[0].AsOf.AsSpan(5, 2), System.Globalization.CultureInfo.InvariantCulture);
        if (monthsNamed != 0 && (monthsNamed & (1 << month)) == 0)
        {
            return false;
        }

        var year = quantity.Series[0].Year;
        return sentenceYear is { } named ? named == year : articleDate is not null && articleDate.Year >= year && articleDate.Year <= year + 1;
    }

    /// <summary>The months an English sentence names by their full names, as bits 1 to 12.</summary>
    private static int MonthsIn(string text)
    {
        var bits = 0;
        foreach (System.Text.RegularExpressions.Match match in MonthName().Matches(text))
        {
            bits |= 1 << (Array.IndexOf(Months, match.Value.ToLowerInvariant()) + 1);
        }

        return bits;
    }

    private static readonly string[] Months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>A month's full English name, capitalised as a month is ("May", not the verb "may").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(January|February|March|April|May|June|July|August|September|October|November|December)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex MonthName();
}

/// <summary>What a claim is about: the thing its sentence names as its subject (a null entity is another place), or nothing named.</summary>
internal sealed record ClaimSubject((TextSpan Span, EntityFact? Entity)? Named, IReadOnlyList<string> ServicesInClause)
{
    /// <summary>The figure counts what an event acted on (<c>affecting-verbs.txt</c>), never how many such things exist.</summary>
    public bool CountsWhatAnEventTouched { get; init; }

    /// <summary>The figure's things are placed on the internet or the web ("28 websites on the North Korean internet").</summary>
    public bool OnTheInternet { get; init; }

    /// <summary>The sentence names a channel (YouTube, Telegram, television): a count of subscribers there is the channel's audience.</summary>
    public bool OfAChannel { get; init; }

    /// <summary>The months the sentence names, as bits 1 to 12 (0: none): a dated event's figure in a sentence naming only other months is another event's.</summary>
    public int MonthsNamed { get; init; }
}
