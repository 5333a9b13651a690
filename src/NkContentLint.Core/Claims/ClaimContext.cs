using NkContentLint.Documents;
using NkContentLint.Text;

namespace NkContentLint.Claims;

/// <summary>
/// Whether a quantity the extractor read is a claim about the world, judged from where it stands: the
/// extractor sees one sentence, this sees the document. Not claims (LABELLING-DECISIONS.md): a small
/// count of items the text itself lists (<c>two ways: …</c>, <c>the three keys below</c>); numbers that
/// specify software, hardware or the document's own instructions and examples (<c>the command selects the
/// first 3 objects</c>, <c>a 1 GB limit</c>, <c>1.2 GHz</c>, <c>250 grams</c>); idioms (<c>my two
/// cents</c>); page chrome (<c>2 Images</c>); and durations in a heading (<c>Twenty Years of …</c>).
/// </summary>
public static class ClaimContext
{
    private const string ResourceName = "NkContentLint.Claims.claim-context.txt";

    private static readonly string[] Sections =
        ["technical-words", "technical-nouns", "specification-units", "specification-nouns", "enumeration-cues", "listing-cues", "item-openers", "item-followers", "listicle-nouns", "idioms", "chrome-nouns", "document-parts",
            "data-size-units", "hardware-words", "degree-verbs", "share-words", "solicitation-verbs", "mention-nouns",
            "price-nouns", "product-nouns", "contents-cues", "rule-gerunds", "rule-words", "visit-auxiliaries", "visit-verbs",
            "duration-units", "work-nouns", "observance-nouns", "penalty-verbs", "prison-words", "parts-be-forms", "rate-bases", "trip-nouns", "writer-possessives", "lineage-nouns",
            "phrase-prepositions", "sequence-openers", "sequence-ordinals", "item-days", "list-introductions"];

    private static readonly WordLists Data = WordLists.FromResource(typeof(ClaimContext).Assembly, ResourceName, Sections);
    private static readonly HashSet<string> TechnicalWords = Data.Set("technical-words", StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> PhrasePrepositions = Data.Set("phrase-prepositions", StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> TechnicalNouns = Data.Set("technical-nouns", StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> SpecificationUnits = Data.Set("specification-units", StringComparer.Ordinal);
    private static readonly HashSet<string> SpecificationNouns = Data.Set("specification-nouns", StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> EnumerationCues = Data.Set("enumeration-cues", StringComparer.OrdinalIgnoreCase);
    private static readonly string[][] ListingCues = [.. Data.Entries("listing-cues").Select(e => e.Split(' ', StringSplitOptions.RemoveEmptyEntries))];
    private static readonly string[][] ItemOpeners = [.. Data.Entries("item-openers").Select(e => e.Split(' ', StringSplitOptions.RemoveEmptyEntries))];
    private static readonly string[][] ItemFollowers = [.. Data.Entries("item-followers").Select(e => e.Split(' ', StringSplitOptions.RemoveEmptyEntries))];
    private static readonly string[] Idioms = [.. Data.Entries("idioms")];
    private static readonly HashSet<string> ChromeNouns = Data.Set("chrome-nouns", StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> DocumentParts = Data.Set("document-parts", StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> ListicleNouns = Data.Set("listicle-nouns", StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> DataSizeUnits = Data.Set("data-size-units", StringComparer.Ordinal);
    private static readonly HashSet<string> HardwareWords = Data.Set("hardware-words", StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> DegreeVerbs = Data.Set("degree-verbs", StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> ShareWords = Data.Set("share-words", StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> SolicitationVerbs = Data.Set("solicitation-verbs", StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> MentionNouns = Data.Set("mention-nouns", StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> PriceNouns = Data.Set("price-nouns", StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> ProductNouns = Data.Set("product-nouns", StringComparer.OrdinalIgnoreCase);
    private static readonly string[][] ContentsCues = [.. Data.Entries("contents-cues").Select(e => e.Split(' ', StringSplitOptions.RemoveEmptyEntries))];
    private static readonly HashSet<string> RuleGerunds = Data.Set("rule-gerunds", StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> RuleWords = Data.Set("rule-words", StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> PartsBeForms = Data.Set("parts-be-forms", StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> RateBases = Data.Set("rate-bases", StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> TripNouns = Data.Set("trip-nouns", StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> WriterPossessives = Data.Set("writer-possessives", StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> LineageNouns = Data.Set("lineage-nouns", StringComparer.OrdinalIgnoreCase);
    private static readonly string[][] SequenceOpeners = [.. Data.Entries("sequence-openers").Select(e => e.Split(' ', StringSplitOptions.RemoveEmptyEntries))];
    private static readonly string[] SequenceOrdinals = [.. Data.Entries("sequence-ordinals")];
    private static readonly HashSet<string> ItemDays = Data.Set("item-days", StringComparer.OrdinalIgnoreCase);
    private static readonly string[][] ListIntroductions = [.. Data.Entries("list-introductions").Select(e => e.Split(' ', StringSplitOptions.RemoveEmptyEntries))];
    private static readonly HashSet<string> ClauseStarts = new(["but", "which", "who", "that", "while", "whereas", "although", "because", "yet"], StringComparer.OrdinalIgnoreCase);

    /// <summary>A document this full of code is technical documentation: its numbers mostly specify software.</summary>
    private const int TechnicalDocumentCodeSpans = 8;

    /// <summary>The largest count that can enumerate items the text lists ("ten reasons").</summary>
    private const double SmallCount = 10;

    public static bool IsClaimAboutTheWorld(Claim claim, ContentDocument document) =>
        !IsEnumeratedCount(claim, document) && !IsSpecification(claim, document) && !IsIdiom(claim) && !IsPageChrome(claim)
        && !IsDurationInAHeading(claim) && !IsMentionedFigure(claim) && !IsPriceBasis(claim) && !IsOwnPartsInAHeading(claim)
        && !IsProductContents(claim) && !IsTermOfARule(claim) && !IsCountInAQuotedName(claim) && !IsWritersOwnVisits(claim)
        && !IsDurationOfNoEvent(claim) && !IsPartsOfAThing(claim) && !IsBaseOfARate(claim) && !IsWritersOwnTrip(claim) && !IsGenerationsOfALine(claim)
        && !IsHowToHeading(claim) && !IsListicleHeading(claim, document) && !IsAnotherLanguagesWord(claim, document);

    /// <summary>
    /// "This article therefore describes … Artykuł ten opisuje zatem sposoby examines whether …" (blind29): in a paragraph of
    /// English and another language, an English number word that is the other language's function word (Polish "ten") is
    /// that word (<see cref="Languages.LanguageDetector.IsWordOfAnotherLanguage"/>).
    /// </summary>
    private static bool IsAnotherLanguagesWord(Claim claim, ContentDocument document)
    {
        if (document.LanguageOf(claim.Sentence) is not null || claim.Text.Length == 0 || !char.IsLetter(claim.Text[0]))
        {
            return false;
        }

        var end = 0;
        while (end < claim.Text.Length && char.IsLetter(claim.Text[end]))
        {
            end++;
        }

        var block = claim.Sentence.Block.Span;
        var prose = document.ProseText;
        return block.End <= prose.Length && Languages.LanguageDetector.IsWordOfAnotherLanguage(claim.Text[..end], prose.AsSpan(block.Start, block.Length));
    }

    /// <summary>
    /// "10 exemples qui montrent comment la Corée du Nord…" (blind28), "# 7 Reasons North Korea…": a heading that opens with a
    /// count of a listicle's items (<c>[listicle-nouns]</c>, in English or in the heading's own language) counts the article's
    /// own sections, as a title paragraph's does (<see cref="IsListicleTitle"/>).
    /// </summary>
    private static bool IsListicleHeading(Claim claim, ContentDocument document)
    {
        var sentence = claim.Sentence;
        if (sentence.Block.Kind != ProseBlockKind.Heading || sentence.IndexInBlock != 0 || claim.Kind != ClaimKind.Count || claim.IsIndefinite
            || claim.CountedNoun is not { } noun || IndexOfTokenAt(sentence.Tokens, claim.Span.Start) != 0)
        {
            return false;
        }

        var last = LastWord(noun);
        return ListicleNouns.Contains(last)
            || (document.LanguageOf(sentence) is { } code && Languages.LanguageLexicon.Get(code) is { } lexicon && lexicon.ListicleNouns.Contains(last));
    }

    /// <summary>
    /// "How to Smuggle $1000 Into North Korea" (blind21, left unlabelled as "a title's example sum"): a heading that
    /// opens "How to" names a thing one could do, and its figure is the example the piece is about, not a count or an
    /// amount anyone measured. "How North Korea stole $81 million" reports what happened and stays a claim.
    /// </summary>
    private static bool IsHowToHeading(Claim claim)
    {
        if (claim.Sentence.Block.Kind != ProseBlockKind.Heading)
        {
            return false;
        }

        var tokens = claim.Sentence.Tokens;
        var first = 0;
        while (first < tokens.Length && !tokens[first].IsWord)
        {
            first++;
        }

        return first + 1 < tokens.Length && tokens[first].Is("how") && tokens[first + 1].Is("to") && tokens[first + 1].Span.End <= claim.Span.Start;
    }

    /// <summary>
    /// "three generations of Kims", "the three generations of the North Korean leaders", "this generation — three
    /// generations of these men" (blind11, blind12, blind16, each a clean line): a small number of generations counts the
    /// links of a family or a line of rulers, a lineage, not a quantity a source could back.
    /// </summary>
    private static bool IsGenerationsOfALine(Claim claim) =>
        claim.Kind == ClaimKind.Count && !claim.IsIndefinite && claim.High <= SmallCount
        && claim.CountedNoun is { } noun && LineageNouns.Contains(noun.Split(' ')[0]);

    /// <summary>
    /// "we had to check it out on our recent 10-day May Day tour" (blind15): the length of the writer's own trip is the
    /// writer's experience, told, as how often they went is (IsWritersOwnVisits); "our" or "my" before the duration and a
    /// trip noun after it, past a named occasion of up to three capitalised words. "a 10-day tour" of anyone else's stays.
    /// </summary>
    private static bool IsWritersOwnTrip(Claim claim)
    {
        if (claim.Kind is not (ClaimKind.Amount or ClaimKind.Count) || claim.IsIndefinite)
        {
            return false;
        }

        var tokens = claim.Sentence.Tokens;
        if (!TryTokensOf(claim, out var first, out var last, out var lastWordUnit) || first < 1)
        {
            return false;
        }

        var unit = claim.Unit ?? lastWordUnit;
        if (!DurationUnits.Contains(unit))
        {
            return false;
        }

        var owner = false;
        for (var k = first - 1; k >= 0 && k >= first - 3 && tokens[k].IsWord; k--)
        {
            if (WriterPossessives.Contains(tokens[k].Text))
            {
                owner = true;
                break;
            }
        }

        if (!owner)
        {
            return false;
        }

        for (var k = last + 1; k < tokens.Length && k <= last + 4 && tokens[k].IsWord; k++)
        {
            if (TripNouns.Contains(tokens[k].Text))
            {
                return true;
            }

            if (!tokens[k].IsCapitalized)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// "average cell phone subscription growth (per 100 people)" (blind16): the count after "per" is the base a rate is
    /// stated on, a unit of a measure the sentence names, not a count of anything. Only when the sentence states no value
    /// of the rate: "4.82 lines per 100 persons", "subscriptions per 100 inhabitants: 5" state one, and the base is then
    /// where the unsourced rate is reported (as "5 per 100 people", read whole, is).
    /// </summary>
    private static bool IsBaseOfARate(Claim claim)
    {
        if (claim.Kind is not (ClaimKind.Count or ClaimKind.Amount) || claim.IsIndefinite)
        {
            return false;
        }

        var tokens = claim.Sentence.Tokens;
        var first = IndexOfTokenAt(tokens, claim.ApproximationSpan?.Start ?? claim.Span.Start);
        if (first < 1 || !tokens[first - 1].IsWord || !RateBases.Contains(tokens[first - 1].Text))
        {
            return false;
        }

        var last = IndexOfTokenAt(tokens, claim.Span.End - 1);
        for (var k = 0; k < tokens.Length; k++)
        {
            if ((k < first || k > last) && (tokens[k].IsNumber || (tokens[k].IsWord && NumberWords.TryParseCardinal(tokens[k].Text, out _))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "North Korea’s cyber strategy is twofold: it encourages …; on the other, it restricts …" (blind16): a small N-fold
    /// said of a thing with a be-form, and a colon or dash that goes on to name its parts, enumerates the parts (the
    /// enumeration decision), multiplying nothing. A change of a quantity ("sales more than doubled", "grew twofold")
    /// stays a multiplier.
    /// </summary>
    private static bool IsPartsOfAThing(Claim claim)
    {
        if (claim.Kind != ClaimKind.Multiplier || claim.High > SmallCount)
        {
            return false;
        }

        var tokens = claim.Sentence.Tokens;
        var first = IndexOfTokenAt(tokens, claim.Span.Start);
        var last = IndexOfTokenAt(tokens, claim.Span.End - 1);
        return first > 0 && last >= 0 && last + 1 < tokens.Length && tokens[first - 1].IsWord && PartsBeForms.Contains(tokens[first - 1].Text)
            && tokens[first].IsWord && tokens[first].Text.EndsWith("fold", StringComparison.OrdinalIgnoreCase)
            && tokens[last + 1].IsSymbol && tokens[last + 1].Text[0] is ':' or '—' or '–';
    }

    /// <summary>
    /// "I’ve been six times to the Juche tower", "We have visited the country three times" (blind13): how often the writer
    /// went somewhere is the writer's own experience, told, not a count of the world a source could back. Only a number of
    /// times in a clause whose subject is "I" or "we" and whose verb is one of going ("I know the network went down 12
    /// times", "They have visited six times" are still counts). So is how often a page tells its reader they did
    /// something there ("You have commented 339 times").
    /// </summary>
    private static bool IsWritersOwnVisits(Claim claim)
    {
        if (claim.Kind != ClaimKind.Count || claim.Unit != "times")
        {
            return false;
        }

        var tokens = claim.Sentence.Tokens;
        var first = IndexOfTokenAt(tokens, claim.Span.Start);
        for (var k = first - 1; k >= 0; k--)
        {
            var token = tokens[k];
            if (token.IsSymbol && token.Text[0] is ';' or ':' or '.' or '?' or '!')
            {
                return false;
            }

            if (!token.IsWord)
            {
                continue;
            }

            // "You have commented 339 times on Rantburg" (blind12): a page telling its reader how often they did something
            // on it is page chrome.
            if (token.Is("you") && k + 2 < first && tokens[k + 1].IsWord && tokens[k + 1].Is("have") && tokens[k + 2].IsWord
                && tokens[k + 2].Text.EndsWith("ed", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (token.Text is "I" or "I’ve" or "I've" || token.Is("we") || token.Is("we’ve") || token.Is("we've"))
            {
                // The verb group after the pronoun ("I’ve been", "we have now visited"), an apostrophe's split included.
                for (var v = k + 1; v < first; v++)
                {
                    if (tokens[v].IsWord && VisitVerbs.Contains(tokens[v].Text))
                    {
                        return true;
                    }

                    if (!(tokens[v].IsWord ? VisitAuxiliaries.Contains(tokens[v].Text) : tokens[v].Text is "’" or "'"))
                    {
                        return false;
                    }
                }

                return false;
            }

            if (ClauseStarts.Contains(token.Text) && !token.Is("that"))
            {
                return false;
            }
        }

        return false;
    }

    private static readonly HashSet<string> VisitAuxiliaries = Data.Set("visit-auxiliaries", StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> VisitVerbs = Data.Set("visit-verbs", StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "There is a ‘three generations of punishment policy’", "the “Three Stars of Paektu”": a count that opens a
    /// quoted name after an article, the name going on past the counted noun, is part of the name (as "Bureau 121"
    /// is). A figure set off alone ("the “3,000 hackers” claim") or a quoted sentence is not a name.
    /// </summary>
    private static bool IsCountInAQuotedName(Claim claim)
    {
        if (claim.Kind != ClaimKind.Count || claim.CountedNoun is null)
        {
            return false;
        }

        var tokens = claim.Sentence.Tokens;
        var first = IndexOfTokenAt(tokens, claim.Span.Start);
        var last = IndexOfTokenAt(tokens, claim.Span.End - 1);
        if (first < 2 || last < first || !IsQuoteMark(tokens[first - 1]) || !(tokens[first - 2].Is("a") || tokens[first - 2].Is("an") || tokens[first - 2].Is("the")))
        {
            return false;
        }

        // More words of the name after the counted noun, then the closing mark, within a short span.
        var words = 0;
        for (var k = last + 1; k < tokens.Length && k <= last + 8; k++)
        {
            if (IsQuoteMark(tokens[k]))
            {
                return words > 0;
            }

            if (!tokens[k].IsWord)
            {
                return false;
            }

            words++;
        }

        return false;
    }

    /// <summary>
    /// "The tablet comes with … three e-books …; two respective education videos", "Most smartphones have slots for
    /// two SIM cards": a small count of what one product is made of or comes with specifies the product
    /// (LABELLING-DECISIONS.md); "The country has 3 telephone lines" has no product and stays a statistic.
    /// </summary>
    private static bool IsProductContents(Claim claim)
    {
        if (claim.Kind != ClaimKind.Count || claim.CountedNoun is null || claim.High > SmallCount || claim.IsIndefinite)
        {
            return false;
        }

        var tokens = claim.Sentence.Tokens;
        var first = IndexOfTokenAt(tokens, claim.Span.Start);

        // The nearest contents cue before the count, across other small counts of the same list ("three
        // dictionaries …; three e-books"), not across a larger figure ("sold 5,000 units, including two …") nor a
        // new clause.
        for (var k = first - 1; k >= 0; k--)
        {
            if (tokens[k].IsNumber && !(double.TryParse(tokens[k].Text, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var value) && value <= SmallCount))
            {
                return false;
            }

            // A new clause says something else of the product: "features a TV tuner, … but only gets five channels".
            if (tokens[k].IsWord && ClauseStarts.Contains(tokens[k].Text))
            {
                return false;
            }

            var at = k;
            var cue = ContentsCues.FirstOrDefault(words => at + words.Length <= first
                && Enumerable.Range(0, words.Length).All(w => tokens[at + w].IsWord && tokens[at + w].Is(words[w])));
            if (cue is null)
            {
                continue;
            }

            // The product before the cue, not itself counted ("40,000 tablets, including two …" is a share of a count).
            for (var p = k - 1; p >= 0; p--)
            {
                if (tokens[p].IsWord && ProductNouns.Contains(tokens[p].Text) && !(p > 0 && tokens[p - 1].IsNumber))
                {
                    return true;
                }
            }

            return false;
        }

        return false;
    }

    /// <summary>
    /// "using two phones simultaneously is illegal": a small count right after the act a rule forbids or requires
    /// defines the rule (LABELLING-DECISIONS.md); it counts nothing that exists.
    /// </summary>
    private static bool IsTermOfARule(Claim claim)
    {
        if (claim.Kind != ClaimKind.Count || claim.CountedNoun is null || claim.High > SmallCount || claim.IsIndefinite)
        {
            return false;
        }

        var tokens = claim.Sentence.Tokens;
        var first = IndexOfTokenAt(tokens, claim.Span.Start);
        return first > 0 && tokens[first - 1].IsWord && RuleGerunds.Contains(tokens[first - 1].Text)
            && tokens.Any(t => t.IsWord && RuleWords.Contains(t.Text));
    }

    /// <summary>
    /// "Nine charts which tell you all you need to know": a heading that counts the piece's own charts, maps or
    /// photos states its structure (LABELLING-DECISIONS.md), not a claim about the world.
    /// </summary>
    private static bool IsOwnPartsInAHeading(Claim claim) =>
        (claim.Sentence.Block.Kind == ProseBlockKind.Heading && claim.Kind == ClaimKind.Count && !claim.IsIndefinite
            && claim.CountedNoun is { } noun && noun.IndexOf(' ') < 0 && DocumentParts.Contains(noun))
        || IsListicleTitle(claim);

    /// <summary>
    /// "25 Surprising Facts You May Not Know About North Korea" (blind17, a linked article's title over its "Source link:"):
    /// a paragraph of one title-cased line with no closing stop, opening with a count of a listicle's items ("facts",
    /// "reasons", "ways"), is a title counting its piece's own sections, as a heading's "Nine charts" is.
    /// </summary>
    private static bool IsListicleTitle(Claim claim)
    {
        var sentence = claim.Sentence;
        if (sentence.Block.Kind != ProseBlockKind.Paragraph || sentence.IndexInBlock != 0 || !sentence.IsLastInBlock
            || claim.Kind != ClaimKind.Count || claim.IsIndefinite || claim.CountedNoun is not { } noun || !ListicleNouns.Contains(LastWord(noun)))
        {
            return false;
        }

        var tokens = sentence.Tokens;
        if (tokens.Length < 3 || IndexOfTokenAt(tokens, claim.Span.Start) != 0 || tokens[^1].IsSymbol)
        {
            return false;
        }

        // Title case: every word of four letters or more is capitalised.
        return tokens.All(t => t.IsNumber || (t.IsWord && (t.Text.Length < 4 || t.IsCapitalized)));
    }

    /// <summary>
    /// "Average charge for 20 hours of connection: 50 euros", "the price for 100 minutes of calls": what a price
    /// buys is a parameter of the price, not a statistic (the price itself is one).
    /// </summary>
    private static bool IsPriceBasis(Claim claim)
    {
        // A measure of time or data ("20 hours", "500 MB"), not money (the price itself) nor a count of people or
        // things ("the rate for 2 million subscribers" says whom the rate is for).
        if (claim.Kind != ClaimKind.Amount || claim.Unit is null || claim.Unit is "won" || (claim.Unit.Length == 3 && claim.Unit.All(char.IsUpper)))
        {
            return false;
        }

        var tokens = claim.Sentence.Tokens;
        var first = IndexOfTokenAt(tokens, claim.Span.Start);
        if (first < 2 || !tokens[first - 1].IsWord || !tokens[first - 1].Is("for"))
        {
            return false;
        }

        // The price noun right before "for", after at most one modifier: "charge for", "monthly fee for".
        return tokens[first - 2].IsWord && PriceNouns.Contains(tokens[first - 2].Text);
    }

    /// <summary>"two ways: …", "these three problems", "the two nations", "three types of breakpoints" before a list.</summary>
    public static bool IsEnumeratedCount(Claim claim, ContentDocument document)
    {
        if (claim.Kind != ClaimKind.Count || claim.CountedNoun is null || claim.High > SmallCount || claim.IsIndefinite)
        {
            return false;
        }

        var sentence = claim.Sentence;
        var tokens = sentence.Tokens;
        var first = IndexOfTokenAt(tokens, claim.Span.Start);
        var last = IndexOfTokenAt(tokens, claim.Span.End - 1);
        if (first < 0 || last < 0)
        {
            return false;
        }

        // A determiner or cue before the count points at items named around it: "the two nations",
        // "these three problems", "the two following methods", "the three below keys".
        if (first > 0 && tokens[first - 1].IsWord && EnumerationCues.Contains(tokens[first - 1].Text))
        {
            return true;
        }

        for (var k = first + 1; k <= Math.Min(last + 2, tokens.Length - 1); k++)
        {
            if (tokens[k].IsWord && (tokens[k].Is("following") || tokens[k].Is("below")))
            {
                return true;
            }
        }

        // "three manufacturers …, including Arirang, Pyongyang and Jindallae": the items named after it.
        if (ListsAsManyItems(tokens, last + 1, claim.Low))
        {
            return true;
        }

        // "two major internet outages on Tuesday and Wednesday" (blind31): each event named by its day.
        if (last + 2 < tokens.Length && tokens[last + 1].IsWord && tokens[last + 1].Is("on") && CountDays(tokens, last + 2) == claim.Low)
        {
            return true;
        }

        // "two active mobile network operators, Koryolink and Kang Song NET.": the items named in apposition.
        if (last + 1 < tokens.Length && tokens[last + 1].IsSymbol && tokens[last + 1].Text[0] == ',' && CountNamedItems(tokens, last + 2) == claim.Low)
        {
            return true;
        }

        // "two chocolate fountains, one for white chocolate and the other for dark": the same sentence takes the items one
        // at a time after a comma, exactly as many as the count (as the next sentence may, blind17's "One attack …, another …").
        if (last + 2 < tokens.Length && tokens[last + 1].IsSymbol && tokens[last + 1].Text[0] == ',' && TakesItemsInTurn(tokens, claim.Low, last + 2))
        {
            return true;
        }

        // "two internet connections to the outside world, one that crosses the Yalu River into China, and the other plugs
        // into Russia's Far East" (blind22): a short prepositional phrase between the counted noun and the comma leaves the
        // items taken in turn after it.
        if (CommaAfterAPrepositionalPhrase(tokens, last + 1) is var comma and > 0 && TakesItemsInTurn(tokens, claim.Low, comma + 1))
        {
            return true;
        }

        // "in three parts (1, 2, 3)", "two operators (Koryolink and Kang Song NET)": the items listed in brackets
        // (on the page often each a link).
        if (last + 2 < tokens.Length && tokens[last + 1].IsSymbol && tokens[last + 1].Text[0] == '(' && CountNamedItems(tokens, last + 2) == claim.Low)
        {
            return true;
        }

        // "Two of the websites are Cooks.org.kp, which …, and kcna.kp": the items named after "are", a list
        // whose first item is a name followed by a comma or "and" ("Three of the defectors are North Korean." is no list).
        if (NamesItemsAfterBe(tokens, last + 1))
        {
            return true;
        }

        // A colon after the count, or a list right after its paragraph. A measured duration in another language lists
        // nothing ("währte nur eineinhalb Jahre: Nach einer Explosion …": its counted noun is a time word, which only a
        // verb of lasting lets count, Languages/ForeignClaimReader).
        if (document.LanguageOf(sentence) is { } code && Languages.LanguageLexicon.Get(code) is { } lexicon && lexicon.NotCounted.Matches(claim.CountedNoun))
        {
            return false;
        }

        for (var k = last + 1; k < tokens.Length; k++)
        {
            if (tokens[k].IsSymbol && tokens[k].Text[0] == ':')
            {
                return true;
            }
        }

        return (sentence.IsLastInBlock && sentence.Block.IsFollowedByListOrTable) || IsNamedInTheNextSentence(claim, document) || IntroducesAListNext(claim, document)
            || TakesItemsInOrder(claim, document) || IsNamedBelowAHeadline(claim, document);
    }

    /// <summary>
    /// How many days stand from <paramref name="from"/> as a list ("Tuesday and Wednesday", "Monday, Tuesday or Friday"):
    /// -1 when a word that starts an item is not a day.
    /// </summary>
    private static int CountDays(IReadOnlyList<ProseToken> tokens, int from)
    {
        var days = 0;
        var expectDay = true;
        for (var m = from; m < tokens.Count; m++)
        {
            var token = tokens[m];
            if (expectDay)
            {
                if (!token.IsWord || !ItemDays.Contains(token.Text))
                {
                    return -1;
                }

                days++;
                expectDay = false;
            }
            else if ((token.IsSymbol && token.Text[0] == ',' && m + 1 < tokens.Count && tokens[m + 1].IsWord && ItemDays.Contains(tokens[m + 1].Text))
                || (token.IsWord && (token.Is("and") || token.Is("or"))))
            {
                expectDay = true;
            }
            else
            {
                break;
            }
        }

        return expectDay ? -1 : days;
    }

    /// <summary>
    /// "Sanctions have also been levied against a Russian national and four entities involved in a … scheme. This includes -"
    /// and one paragraph per entity (blind31): a next sentence of at most four words that only announces a list ("This
    /// includes", "These are") and ends in a colon or a dash, or stands before a list or table, lists the items counted.
    /// </summary>
    private static bool IntroducesAListNext(Claim claim, ContentDocument document)
    {
        if (NextSentenceOfProse(claim.Sentence, document) is not { } next)
        {
            return false;
        }

        var tokens = next.Tokens;
        var words = tokens.Count(t => t.IsWord || t.IsNumber);
        if (words == 0 || words > 4 || !ListIntroductions.Any(cue => StartsWith(tokens, 0, cue)))
        {
            return false;
        }

        var closing = tokens[^1];
        return (closing.IsSymbol && closing.Text[0] is ':' or '-' or '—' or '–') || (next.IsLastInBlock && next.Block.IsFollowedByListOrTable);
    }

    /// <summary>The most sentences after a headline or its dek that are searched for the items it counts.</summary>
    private const int HeadlineReach = 40;

    /// <summary>
    /// "Three TV stations and two banks hit by huge cyber attack." under the title, over a body that names "KBS, MBC, and YTN
    /// broadcasters" and "Shinhan Bank and NongHyup Bank" (blind28); "… worrying details about two devices" over a body on "these
    /// devices" (blind29): a heading, or the dek right under one (a one-sentence paragraph of at most 25 words), counts the
    /// things the story itself is about, and the story names them (the enumeration decision's heading, which the section below
    /// enumerates). Its items: exactly as many names joined by "and" before a plural noun ("Shinhan and Nonghyup banks") or
    /// each with the counted noun's head ("Shinhan Bank and NongHyup Bank"), or the counted noun taken up again with "these",
    /// "those" or "both". A count the body never names or takes up (how many were arrested, sold, hacked) stays a figure.
    /// </summary>
    private static bool IsNamedBelowAHeadline(Claim claim, ContentDocument document)
    {
        var sentence = claim.Sentence;
        var sentences = document.Sentences;
        var heading = sentence.Block.Kind == ProseBlockKind.Heading;
        var dek = sentence.Block.Kind == ProseBlockKind.Paragraph && sentence.IndexInBlock == 0 && sentence.IsLastInBlock && sentence.Index > 0
            && sentences[sentence.Index - 1].Block.Kind == ProseBlockKind.Heading && sentence.Tokens.Count(t => t.IsWord) <= 25;
        if ((!heading && !dek) || claim.CountedNoun is not { } noun)
        {
            return false;
        }

        var head = LastWord(noun);
        for (var s = sentence.Index + 1; s < sentences.Length && s <= sentence.Index + HeadlineReach; s++)
        {
            if (heading && sentences[s].Block.Kind == ProseBlockKind.Heading)
            {
                break;
            }

            var tokens = sentences[s].Tokens;
            if (NamesItemsOf(tokens, head, claim.Low, anyPluralAfter: true))
            {
                return true;
            }

            for (var k = 0; k + 1 < tokens.Length; k++)
            {
                if (tokens[k].IsWord && (tokens[k].Is("these") || tokens[k].Is("those") || tokens[k].Is("both"))
                    && (tokens[k + 1].Text.Equals(head, StringComparison.OrdinalIgnoreCase)
                        || (k + 2 < tokens.Length && tokens[k + 1].IsWord && !tokens[k + 1].IsCapitalized && tokens[k + 2].Text.Equals(head, StringComparison.OrdinalIgnoreCase))))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="tokens"/> name exactly <paramref name="count"/> items of the counted noun's
    /// <paramref name="head"/>: names joined by commas and a final "and" or "or", each with the head's singular as its last word
    /// ("Shinhan Bank and NongHyup Bank" for "banks") or all of them before the head ("Shinhan and Nonghyup banks"), or, with
    /// <paramref name="anyPluralAfter"/>, before any plural noun ("KBS, MBC, and YTN broadcasters").
    /// </summary>
    private static bool NamesItemsOf(System.Collections.Immutable.ImmutableArray<ProseToken> tokens, string head, double count, bool anyPluralAfter)
    {
        static bool IsNameWord(ProseToken token) => token.IsWord && token.IsCapitalized;
        var singular = head.EndsWith("ies", StringComparison.OrdinalIgnoreCase) ? head[..^3] + "y"
            : head.EndsWith('s') ? head[..^1] : head;
        for (var k = 0; k < tokens.Length; k++)
        {
            if (!IsNameWord(tokens[k]) || (k > 0 && (IsNameWord(tokens[k - 1]) || tokens[k].IsGlued)))
            {
                continue;
            }

            var items = 0;
            var joined = false;
            var everyHead = true;
            var m = k;
            while (m < tokens.Length && IsNameWord(tokens[m]))
            {
                items++;
                while (m + 1 < tokens.Length && (IsNameWord(tokens[m + 1]) || (tokens[m + 1].IsGlued && !tokens[m + 1].IsSymbol)
                    || (tokens[m + 1].IsGlued && tokens[m + 1].Text[0] is '+' or '-' && m + 2 < tokens.Length && !(tokens[m + 2].IsSymbol && tokens[m + 2].Text[0] == ','))))
                {
                    m++;
                }

                everyHead &= tokens[m].Text.Equals(singular, StringComparison.OrdinalIgnoreCase);
                m++;
                if (m < tokens.Length && tokens[m].IsSymbol && tokens[m].Text[0] == ',')
                {
                    m++;
                }

                if (m < tokens.Length && tokens[m].IsWord && (tokens[m].Is("and") || tokens[m].Is("or")))
                {
                    if (joined)
                    {
                        break;
                    }

                    joined = true;
                    m++;
                }
                else if (joined)
                {
                    break;
                }
            }

            if (!joined || items < 2 || items != count)
            {
                continue;
            }

            if (everyHead || (m < tokens.Length && tokens[m] is { IsWord: true, IsCapitalized: false } after
                && (after.Text.Equals(head, StringComparison.OrdinalIgnoreCase) || (anyPluralAfter && after.Text.Length > 3 && after.Text.EndsWith('s') && !after.Text.EndsWith("ss", StringComparison.Ordinal)))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "… has been curtailed for two reasons. Firstly, North Korea has tightened controls … But the second reason has little to
    /// do with the regime." (blind28), "consistent with two themes. First, that … Second, that …": the next sentence opens the
    /// items' sequence ("First", "Firstly", "The first") and a sentence after it, before the next heading, reaches the count's
    /// own ordinal ("Second", "the second reason"): the text takes the items one by one (the enumeration decision), however
    /// long each is. A count the text goes on past ("two reasons. First … Second … Third …") is no such list; a sentence that
    /// opens another sequence ("First, …") or a heading ends the search.
    /// </summary>
    private static bool TakesItemsInOrder(Claim claim, ContentDocument document)
    {
        if (claim.Low != claim.High || claim.Low < 2 || claim.Low - 2 >= SequenceOrdinals.Length)
        {
            return false;
        }

        if (NextSentenceOfProse(claim.Sentence, document) is not { } next)
        {
            return false;
        }

        var opener = FirstWord(next.Tokens);
        if (opener < 0 || !SequenceOpeners.Any(words => StartsWith(next.Tokens, opener, words)))
        {
            return false;
        }

        var sentences = document.Sentences;
        var count = (int)claim.Low;
        var found = false;
        for (var s = next.Index + 1; s < sentences.Length && s <= next.Index + SequenceReach && sentences[s].Block.Kind != ProseBlockKind.Heading; s++)
        {
            var tokens = sentences[s].Tokens;
            var start = FirstWord(tokens);

            // Another sequence opens: the count's own has ended.
            if (start >= 0 && SequenceOpeners.Any(words => StartsWith(tokens, start, words)))
            {
                break;
            }

            for (var k = Math.Max(start, 0); k < tokens.Length; k++)
            {
                // The ordinal marks an item where it opens the sentence ("Second, …", "Secondly, …") or after "the" or "a" ("the
                // second reason"); "every second day" orders no item.
                if (!tokens[k].IsWord || !(k == start || (tokens[k - 1].IsWord && (tokens[k - 1].Is("the") || tokens[k - 1].Is("a")))))
                {
                    continue;
                }

                var ordinal = OrdinalOf(tokens[k].Text);
                if (ordinal > count)
                {
                    return false;
                }

                found |= ordinal == count;
            }
        }

        return found;
    }

    /// <summary>The most sentences after the opener in which a sequence's last item is looked for.</summary>
    private const int SequenceReach = 15;

    /// <summary>The position a sequence word gives ("second" and "secondly" 2, "third" 3), or 0.</summary>
    private static int OrdinalOf(string word)
    {
        var stem = word.EndsWith("ly", StringComparison.OrdinalIgnoreCase) ? word[..^2] : word;
        for (var k = 0; k < SequenceOrdinals.Length; k++)
        {
            if (SequenceOrdinals[k].Equals(stem, StringComparison.OrdinalIgnoreCase))
            {
                return k + 2;
            }
        }

        return 0;
    }

    private static int FirstWord(System.Collections.Immutable.ImmutableArray<ProseToken> tokens)
    {
        for (var k = 0; k < tokens.Length; k++)
        {
            if (tokens[k].IsWord)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>
    /// The next sentence of running prose, in the same paragraph or the next one (news copy puts each sentence in a paragraph
    /// of its own); null at the end, or when it is a heading, a table cell or an image's text.
    /// </summary>
    private static Sentence? NextSentenceOfProse(Sentence sentence, ContentDocument document)
    {
        var sentences = document.Sentences;
        if (sentence.Index + 1 >= sentences.Length)
        {
            return null;
        }

        var next = sentences[sentence.Index + 1];
        return ReferenceEquals(next.Block, sentence.Block)
            || (sentence.Block.Kind == ProseBlockKind.Paragraph && next.Block.Kind == ProseBlockKind.Paragraph && sentence.IsLastInBlock && next.IndexInBlock == 0)
            ? next : null;
    }

    /// <summary>
    /// "… with at least two new Twitter accounts. The two accounts, under the names of Kim Myong Il and Han Song Il, were
    /// created …" (blind13), "Three networks serve the country. Koryolink, Kangsong Net and Sunnet …" (LABELLING-DECISIONS.md:
    /// the items named in the next sentence): the next sentence of the paragraph opens with exactly as many named items, or
    /// opens by pointing back to the counted noun ("The two accounts", "These networks") and names exactly as many.
    /// </summary>
    private static bool IsNamedInTheNextSentence(Claim claim, ContentDocument document)
    {
        if (claim.CountedNoun is not { } noun || NextSentenceOfProse(claim.Sentence, document) is not { } next)
        {
            return false;
        }

        var tokens = next.Tokens;
        if (tokens.Length == 0)
        {
            return false;
        }

        if (CountNamedItems(tokens, 0) == claim.Low || TakesItemsInTurn(tokens, claim.Low) || CountNamesWithAppositives(tokens) == claim.Low)
        {
            return true;
        }

        // "Three South Korean broadcasters and two banks were hit … KBS, MBC and YTN were all hit by the attack, as were Shinhan and
        // Nonghyup banks" (blind28): the items named with the counted noun's head anywhere in the next sentence.
        if (NamesItemsOf(tokens, LastWord(noun), claim.Low, anyPluralAfter: false))
        {
            return true;
        }

        // A reference back: "The two accounts", "These networks", "Both operators": a determiner, the count at most, and
        // the counted noun's head within four words.
        if (!tokens[0].IsWord || !(tokens[0].Is("the") || tokens[0].Is("these") || tokens[0].Is("those") || tokens[0].Is("both")))
        {
            return false;
        }

        var head = noun[(noun.LastIndexOf(' ') + 1)..];
        var refersBack = false;
        for (var k = 1; k < tokens.Length && k <= 4; k++)
        {
            if (tokens[k].IsWord && tokens[k].Text.Equals(head, StringComparison.OrdinalIgnoreCase))
            {
                refersBack = true;
                break;
            }
        }

        if (!refersBack)
        {
            return false;
        }

        for (var k = 1; k < tokens.Length; k++)
        {
            // Each place a name starts after a lower-case word or a mark: "under the names of Kim Myong Il and Han Song Il".
            if (tokens[k].IsWord && tokens[k].IsCapitalized && !(tokens[k - 1].IsWord && tokens[k - 1].IsCapitalized)
                && CountNamedItems(tokens, k) == claim.Low)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The comma after a prepositional phrase of at most six words that starts at <paramref name="from"/> ("to the outside
    /// world,", "in the capital,"), or -1: the phrase has only words, none of them a number.
    /// </summary>
    private static int CommaAfterAPrepositionalPhrase(IReadOnlyList<ProseToken> tokens, int from)
    {
        if (from >= tokens.Count || !tokens[from].IsWord || !PhrasePrepositions.Contains(tokens[from].Text))
        {
            return -1;
        }

        for (var k = from + 1; k < tokens.Count && k <= from + 6; k++)
        {
            if (tokens[k].IsSymbol && tokens[k].Text[0] == ',')
            {
                return k + 1 < tokens.Count ? k : -1;
            }

            if (!tokens[k].IsWord || tokens[k].IsNumber)
            {
                return -1;
            }
        }

        return -1;
    }


    /// <summary>
    /// "FireEye pointed to two recent attacks. One attack centered on …, another targeted …" (blind17): the sentence
    /// opens with an item opener ("One", "The first") and takes each further item with a follower ("another", "the
    /// second"), exactly <paramref name="count"/> items in all.
    /// </summary>
    private static bool TakesItemsInTurn(IReadOnlyList<ProseToken> tokens, double count, int from = 0)
    {
        var opener = ItemOpeners.FirstOrDefault(words => StartsWith(tokens, from, words));
        if (opener is null)
        {
            return false;
        }

        var items = 1;
        for (var k = from + opener.Length; k < tokens.Count; k++)
        {
            var follower = ItemFollowers.FirstOrDefault(words => StartsWith(tokens, k, words));
            if (follower is not null)
            {
                items++;
                k += follower.Length - 1;
            }
        }

        return items >= 2 && items == count;
    }

    /// <summary>
    /// "Stimmekoreas, the most popular channel with more than 20,000 subscribers, and Uriminzokkiri, which had …, posted …"
    /// (blind5, after "two propaganda channels"): how many names open the sentence as a list, each name perhaps followed by
    /// an appositive or relative clause set off by commas; -1 unless the list closes with "and" or "or" and a name.
    /// </summary>
    private static int CountNamesWithAppositives(IReadOnlyList<ProseToken> tokens)
    {
        static bool IsComma(ProseToken token) => token.IsSymbol && token.Text[0] == ',';
        static bool IsNameWord(ProseToken token) => token.IsWord && token.IsCapitalized;

        var items = 0;
        var k = 0;
        while (k < tokens.Count && IsNameWord(tokens[k]))
        {
            items++;
            while (k < tokens.Count && (IsNameWord(tokens[k]) || (tokens[k].IsGlued && k > 0 && !IsComma(tokens[k]) && !(tokens[k].IsWord && tokens[k].Is("and")))))
            {
                k++;
            }

            // An appositive or relative clause after the name, up to its closing comma.
            if (k + 1 < tokens.Count && IsComma(tokens[k]) && !IsNameWord(tokens[k + 1]) && !(tokens[k + 1].IsWord && (tokens[k + 1].Is("and") || tokens[k + 1].Is("or"))))
            {
                var close = k + 1;
                while (close < tokens.Count && close <= k + 25 && !IsComma(tokens[close]) && !(tokens[close].IsSymbol && tokens[close].Text[0] is ';' or ':' or '.'))
                {
                    close++;
                }

                if (close >= tokens.Count || !IsComma(tokens[close]))
                {
                    return -1;
                }

                k = close;
            }

            if (k < tokens.Count && IsComma(tokens[k]))
            {
                k++;
            }

            if (k < tokens.Count && tokens[k].IsWord && (tokens[k].Is("and") || tokens[k].Is("or")))
            {
                return k + 1 < tokens.Count && IsNameWord(tokens[k + 1]) ? items + 1 : -1;
            }
        }

        return -1;
    }

    private static bool StartsWith(IReadOnlyList<ProseToken> tokens, int at, string[] words) =>
        at + words.Length <= tokens.Count && Enumerable.Range(0, words.Length).All(w => tokens[at + w].IsWord && tokens[at + w].Is(words[w]));

    /// <summary>
    /// A listing cue after <paramref name="from"/> ("including", "such as") followed by exactly
    /// <paramref name="count"/> items to the end of the sentence: "including Arirang, Pyongyang and Jindallae".
    /// Items are names (each starts with a capital), separated by commas and a final "and" or "or"; any other
    /// clause mark ends the list.
    /// </summary>
    private static bool ListsAsManyItems(IReadOnlyList<ProseToken> tokens, int from, double count)
    {
        for (var k = from; k < tokens.Count; k++)
        {
            // "Three makers sold 40,000 tablets, including …": the list belongs to the nearer figure.
            if (tokens[k].IsNumber)
            {
                return false;
            }

            var cue = ListingCues.FirstOrDefault(words => k + words.Length <= tokens.Count
                && Enumerable.Range(0, words.Length).All(w => tokens[k + w].IsWord && tokens[k + w].Is(words[w])));
            if (cue is null)
            {
                continue;
            }

            return CountNamedItems(tokens, k + cue.Length) == count;
        }

        return false;
    }

    /// <summary>
    /// How many named items stand from <paramref name="from"/> to the end of the sentence (or the next clause
    /// mark): names separated by commas and a final "and" or "or"; -1 when a word that starts an item is not a name.
    /// </summary>
    private static bool NamesItemsAfterBe(IReadOnlyList<ProseToken> tokens, int from)
    {
        if (from + 2 >= tokens.Count || !tokens[from].IsWord || !(tokens[from].Is("are") || tokens[from].Is("were")))
        {
            return false;
        }

        // A name is capitalised words, and what is glued to them: "Cooks.org.kp", "Kang-song".
        var m = from + 1;
        while (m < tokens.Count && ((tokens[m].IsWord && tokens[m].IsCapitalized)
            || (m > from + 1 && tokens[m].IsGlued && (tokens[m].IsWord || (tokens[m].IsSymbol && tokens[m].Text[0] is '.' or '-')) && m + 1 < tokens.Count && !(tokens[m].IsSymbol && !tokens[m + 1].IsGlued))))
        {
            m++;
        }

        return m > from + 1 && m < tokens.Count && ((tokens[m].IsSymbol && tokens[m].Text[0] == ',') || (tokens[m].IsWord && tokens[m].Is("and")));
    }

    private static int CountNamedItems(IReadOnlyList<ProseToken> tokens, int from)
    {
        var items = 0;
        var inItem = false;
        var lastItem = false;
        for (var m = from; m < tokens.Count; m++)
        {
            var token = tokens[m];
            if (token.IsSymbol && token.Text[0] == ',')
            {
                // A comma after the item that follows "and" closes the list: "two banks, Shinhan and Nonghyup, froze".
                if (lastItem && inItem)
                {
                    break;
                }

                inItem = false;
            }
            else if (token.IsWord && (token.Is("and") || token.Is("or")))
            {
                inItem = false;
                lastItem = true;
            }
            else if (token.IsSymbol && token.Text[0] is ';' or ':' or '(' or ')' or '—' or '–')
            {
                break;
            }
            else if (token.IsWord || token.IsNumber)
            {
                if (!inItem)
                {
                    // Each item is named: "Arirang", "Mansudae Television"; "find information …" is a clause.
                    if (!token.IsCapitalized && !token.IsNumber)
                    {
                        return -1;
                    }

                    items++;
                    inItem = true;
                }
            }
        }

        return items;
    }

    /// <summary>Numbers that specify software, hardware or the document's own instructions, in technical prose.</summary>
    public static bool IsSpecification(Claim claim, ContentDocument document)
    {
        if (claim.Kind is ClaimKind.Percentage or ClaimKind.Rank or ClaimKind.Ratio)
        {
            return false;
        }

        // Hardware specifications anywhere: 1.2 GHz, 10 millimeters, 250 grams; data sizes when they describe
        // a device (8GB of storage, 1GB of RAM), not when they measure an event (100 terabytes were stolen).
        if ((claim.Unit is { } unit && SpecificationUnits.Contains(unit)) || (claim.CountedNoun is { } noun && SpecificationNouns.Contains(LastWord(noun))))
        {
            return true;
        }

        if (((claim.Unit is { } size && DataSizeUnits.Contains(size)) || (claim.CountedNoun is { } sizeNoun && DataSizeUnits.Contains(LastWord(sizeNoun))))
            && claim.Sentence.Tokens.Any(t => t.IsWord && HardwareWords.Contains(t.Text)))
        {
            return true;
        }

        // "1,024 by 768 pixels", "1024 x 600": a dimension.
        if (IsDimension(claim))
        {
            return true;
        }

        // Millions of downloads or users are a claim about the world even in technical prose.
        if (claim.High >= 1_000_000)
        {
            return false;
        }

        // Technical documentation: its counts and amounts describe the software, its examples and the
        // project's own work (a changelog's tallies are the author's own count, at most a judgement call).
        if (document.CodeSpans.Count >= TechnicalDocumentCodeSpans)
        {
            return true;
        }

        if (!IsTechnical(claim, document))
        {
            return false;
        }

        // In technical prose: counts of technical things, durations and sizes, and bare numbers.
        return claim.CountedNoun is null ? claim.Kind != ClaimKind.Amount || claim.Unit is "hours" or "minutes" or "seconds" or "ms" or "bytes"
            : TechnicalNouns.Contains(LastWord(claim.CountedNoun)) || claim.Kind == ClaimKind.Amount;
    }

    /// <summary>"my two cents", "a million times over", "this is 100% nonsense": numbers that count nothing.</summary>
    public static bool IsIdiom(Claim claim)
    {
        if (IsHundredPercentAsADegree(claim))
        {
            return true;
        }

        var text = claim.Sentence.Text;
        var relative = claim.Span.Start - claim.Sentence.Span.Start;
        foreach (var idiom in Idioms)
        {
            for (var at = text.IndexOf(idiom, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(idiom, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                // The idiom starts a word: "0-day" is not the end of "100-day".
                if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && relative >= at - 2 && relative <= at + idiom.Length)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// "I am 100% sure", "this is almost 100 percent tripe": a hundred per cent after a form of "be" and before a
    /// word that is not a share ("100% of users", "100% owned", "a 100% stake" are statistics).
    /// </summary>
    private static bool IsHundredPercentAsADegree(Claim claim)
    {
        if (claim.Kind != ClaimKind.Percentage || claim.Low != 100 || claim.High != 100 || claim.CountedNoun is not null)
        {
            return false;
        }

        var tokens = claim.Sentence.Tokens;
        var first = IndexOfTokenAt(tokens, claim.ApproximationSpan?.Start ?? claim.Span.Start);
        var last = IndexOfTokenAt(tokens, claim.Span.End - 1);
        if (first < 1 || last < 0 || last + 1 >= tokens.Length)
        {
            return false;
        }

        var before = first - 1;
        if (tokens[before].Is("not") && before > 0)
        {
            before--;
        }

        var after = tokens[last + 1];
        return tokens[before].IsWord && DegreeVerbs.Contains(tokens[before].Text)
            && after.IsWord && !after.IsCapitalized && !after.Is("of") && !ShareWords.Contains(after.Text)
            && !after.Text.EndsWith("owned", StringComparison.OrdinalIgnoreCase) && !after.Text.EndsWith("controlled", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Page furniture: a block that is only a count of it ("2 Images", "0 comments", "14 Shares"), a count of it
    /// glued to the next item of a scraped metadata line ("1k viewsPosted 14 years ago"), a list item or line
    /// that is a bare number ("- 6,201"), and the price in a call to subscribe ("Become a member for $4 per week") or
    /// the publisher's own audience there ("Subscribe now … along with our millions of other subscribers").
    /// </summary>
    public static bool IsPageChrome(Claim claim)
    {
        var tokens = claim.Sentence.Tokens;
        if (claim.CountedNoun is { } noun && (ChromeNouns.Contains(LastWord(noun)) || IsGluedChromeWord(LastWord(noun))))
        {
            return tokens.Count(t => t.IsWord || t.IsNumber) <= 3 || IsGluedChromeWord(LastWord(noun));
        }

        // (A table cell is part of its row: a bare number there is the row's data, counted by its column.)
        if (claim.CountedNoun is null && claim.Kind == ClaimKind.Count && claim.Sentence.Block.Kind != ProseBlockKind.TableCell
            && tokens.Count(t => t.IsWord || t.IsNumber) == 1)
        {
            return true;
        }

        var last = IndexOfTokenAt(tokens, claim.Span.End - 1);
        if (claim.CountedNoun is null && last >= 0 && last + 1 < tokens.Length && tokens[last + 1].IsWord && IsGluedChromeWord(tokens[last + 1].Text))
        {
            return true;
        }

        var first = tokens.IndexOf(tokens.FirstOrDefault(t => t.IsWord || t.IsNumber));
        var solicits = first >= 0 && tokens[first].IsWord && tokens[first].IsCapitalized && SolicitationVerbs.Contains(tokens[first].Text);

        // "Subscribe now … along with our millions of other subscribers": the publisher's own audience in its call
        // to subscribe is page chrome too.
        var start = IndexOfTokenAt(tokens, claim.ApproximationSpan?.Start ?? claim.Span.Start);
        if (solicits && start > 0 && tokens[start - 1].IsWord && tokens[start - 1].Is("our"))
        {
            return true;
        }

        return claim.Kind is ClaimKind.Amount or ClaimKind.Rate && claim.Unit is { Length: 3 } && claim.Unit.All(char.IsUpper) && solicits;
    }

    /// <summary>"viewsPosted": a chrome noun with the next item of a metadata line glued to it by a scraper.</summary>
    private static bool IsGluedChromeWord(string word)
    {
        foreach (var chrome in ChromeNouns)
        {
            if (word.Length > chrome.Length + 1 && word.StartsWith(chrome, StringComparison.OrdinalIgnoreCase) && char.IsUpper(word[chrome.Length]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"The '90%' figure is not verified": a figure set off in quotation marks and talked about, not stated.</summary>
    public static bool IsMentionedFigure(Claim claim)
    {
        var tokens = claim.Sentence.Tokens;
        var first = IndexOfTokenAt(tokens, claim.Span.Start);
        var last = IndexOfTokenAt(tokens, claim.Span.End - 1);
        return first > 0 && last >= 0 && last + 2 < tokens.Length
            && IsQuoteMark(tokens[first - 1]) && IsQuoteMark(tokens[last + 1])
            && tokens[last + 2].IsWord && MentionNouns.Contains(tokens[last + 2].Text);
    }

    private static bool IsQuoteMark(ProseToken token) => token.IsSymbol && token.Text is "'" or "‘" or "’" or "\"" or "“" or "”";

    /// <summary>"Twenty Years of Mobile Phones in North Korea": a heading's span of time is a theme, not a measurement.</summary>
    public static bool IsDurationInAHeading(Claim claim) =>
        claim.Sentence.Block.Kind == ProseBlockKind.Heading && claim.CountedNoun is { } noun && ClaimLexicon.TimeNouns.Contains(LastWord(noun));

    /// <summary>Inline code in the sentence, or a technical word outside the claim itself ("40 modules" alone is not technical prose).</summary>
    private static bool IsTechnical(Claim claim, ContentDocument document)
    {
        var sentence = claim.Sentence;
        foreach (var code in document.CodeSpans)
        {
            if (code.Start < sentence.Span.End && sentence.Span.Start < code.End && !IsAddress(document.Text.AsSpan(code.Start, code.Length)))
            {
                return true;
            }
        }

        // "In 1998, the company installed 500 phone lines": a dated event is a report about the world, not an instruction.
        return !IsDated(sentence) && sentence.Tokens.Any(t => t.IsWord && !claim.Span.Contains(t.Span.Start) && TechnicalWords.Contains(t.Text));
    }

    /// <summary>A year after a date preposition: "In 1998", "by 2004".</summary>
    private static bool IsDated(Sentence sentence)
    {
        var tokens = sentence.Tokens;
        for (var k = 1; k < tokens.Length; k++)
        {
            if (tokens[k].IsNumber && tokens[k].Text.Length == 4 && tokens[k].Text[0] is '1' or '2' && int.TryParse(tokens[k].Text, out var year) && year is >= 1900 and <= 2099
                && tokens[k - 1].IsWord && ClaimLexicon.DatePrepositions.Contains(tokens[k - 1].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Code that is an address, not code: a top-level domain (<c>`.kp`</c>) or an IP address or prefix
    /// (<c>`175.45.176.0/22`</c>). An article about a network quotes these without being technical prose.
    /// </summary>
    private static bool IsAddress(ReadOnlySpan<char> code)
    {
        code = code.Trim('`').Trim();
        if (code.Length >= 2 && code[0] == '.' && code[1..].ToString().All(char.IsAsciiLetterLower))
        {
            return true;
        }

        return code.Length >= 7 && code.ToString().All(c => char.IsAsciiDigit(c) || c is '.' or '/') && code.Count('.') == 3;
    }

    private static bool IsDimension(Claim claim)
    {
        var tokens = claim.Sentence.Tokens;
        var last = IndexOfTokenAt(tokens, claim.Span.End - 1);
        var first = IndexOfTokenAt(tokens, claim.Span.Start);

        // The second side: "1,920 x 1,080".
        if (claim.CountedNoun is null && first >= 2 && tokens[first - 2].IsNumber
            && (tokens[first - 1].Is("x") || tokens[first - 1].Text is "×"))
        {
            return true;
        }

        // "3 million subscribers by 2016" is a count and a date: a dimension's first side has no noun, and
        // its second is no year.
        return last >= 0 && last + 2 < tokens.Length && tokens[last + 2].IsNumber && claim.CountedNoun is null
            && !(tokens[last + 2].Text.Length == 4 && int.TryParse(tokens[last + 2].Text, out var year) && year is >= 1900 and <= 2100)
            && (tokens[last + 1].Is("by") || tokens[last + 1].Is("x") || tokens[last + 1].Text is "×");
    }

    private static readonly HashSet<string> DurationUnits = Data.Set("duration-units", StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> WorkNouns = Data.Set("work-nouns", StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> ObservanceNouns = Data.Set("observance-nouns", StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> PenaltyVerbs = Data.Set("penalty-verbs", StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> PrisonWords = Data.Set("prison-words", StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The claim's first and last token in its sentence, and the word its last token ends in after a hyphen ("10-day" is
    /// "day", "minutes" itself): the unit a compound duration carries. False when the claim's span does not fall on tokens.
    /// </summary>
    private static bool TryTokensOf(Claim claim, out int first, out int last, out string lastWordUnit)
    {
        var tokens = claim.Sentence.Tokens;
        first = IndexOfTokenAt(tokens, claim.Span.Start);
        last = IndexOfTokenAt(tokens, claim.Span.End - 1);
        lastWordUnit = string.Empty;
        if (first < 0 || last < 0)
        {
            return false;
        }

        var lastWord = tokens[last].Text;
        var hyphen = lastWord.LastIndexOf('-');
        lastWordUnit = hyphen >= 0 ? lastWord[(hyphen + 1)..] : lastWord;
        return true;
    }

    /// <summary>
    /// Durations that measure no event (LABELLING-DECISIONS.md): the running time of a work named right after it ("released
    /// the 9-minute video", "a three-minute clip"); a reading-time label alone in its sentence ("2 minutes" under a byline);
    /// and the prison term a charge or law carries ("he is facing a minimum of 10 years in prison", "punishable by up to five
    /// years in jail"). A measured event's duration ("the outage lasted nine hours", "a 9-hour outage", "detained for three
    /// months") and a sentence handed down ("was sentenced to 15 years in prison") are still statistics; so is a contract's
    /// term, which the labels have not settled.
    /// </summary>
    private static bool IsDurationOfNoEvent(Claim claim)
    {
        var unit = claim.Unit ?? (claim.CountedNoun is { } noun ? LastWord(noun) : null);
        if (claim.Kind is not (ClaimKind.Amount or ClaimKind.Count) || claim.Per is not null || claim.IsQuoted)
        {
            return false;
        }

        var tokens = claim.Sentence.Tokens;
        if (!TryTokensOf(claim, out var first, out var last, out var lastWordUnit))
        {
            return false;
        }

        var isDuration = (unit is not null && DurationUnits.Contains(unit)) || DurationUnits.Contains(lastWordUnit);
        if (!isDuration)
        {
            return false;
        }

        // "the 9-minute video", "a three-minute clip": the length of the thing itself.
        if (last + 1 < tokens.Length && tokens[last + 1].IsWord && WorkNouns.Contains(tokens[last + 1].Text))
        {
            return true;
        }

        // "the 100-day mourning period": the term a custom or an official observance sets, not a measured event (blind5).
        if (last + 1 < tokens.Length && tokens[last + 1].IsWord && ObservanceNouns.Contains(tokens[last + 1].Text))
        {
            return true;
        }

        // "2 minutes" alone on a line: a page's reading time.
        if (first == 0 && last == tokens.Length - 1 && unit is "minutes" or "minute" && claim.Sentence.Block.Kind != ProseBlockKind.Heading)
        {
            return true;
        }

        // "facing a minimum of 10 years in prison": the penalty of a charge, the terms of a law.
        // "can face up to five years of correctional labor" (blind24): the term of a penalty named after "of".
        // "face up to three months in a labor camp" (blind28): the place of the term after "in" and up to two modifiers.
        if (unit is "years" or "year" or "months" or "month" or "weeks" or "days" && last + 2 < tokens.Length && tokens[last + 1].IsWord
            && (tokens[last + 1].Is("in") || tokens[last + 1].Is("behind") || tokens[last + 1].Is("of")) && PenaltyAfterOf(tokens, last + 2))
        {
            for (var k = first - 1; k >= 0 && k >= first - 6; k--)
            {
                if (tokens[k].IsSymbol && tokens[k].Text[0] is ';' or ':' or '.' or ',')
                {
                    break;
                }

                if (tokens[k].IsWord && PenaltyVerbs.Contains(tokens[k].Text))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A prison word (prison-words) at <paramref name="k"/> or after up to two lower-case modifiers: "correctional labor", "hard labour", "imprisonment".</summary>
    private static bool PenaltyAfterOf(System.Collections.Immutable.ImmutableArray<ProseToken> tokens, int k)
    {
        for (var m = k; m < tokens.Length && m <= k + 2; m++)
        {
            if (!tokens[m].IsWord)
            {
                return false;
            }

            if (PrisonWords.Contains(tokens[m].Text))
            {
                return true;
            }
        }

        return false;
    }

    private static int IndexOfTokenAt(System.Collections.Immutable.ImmutableArray<ProseToken> tokens, int position)
    {
        for (var k = 0; k < tokens.Length; k++)
        {
            if (tokens[k].Span.Start <= position && position < tokens[k].Span.End)
            {
                return k;
            }
        }

        return -1;
    }

    private static string LastWord(string phrase) => phrase[(phrase.LastIndexOf(' ') + 1)..];
}
