using NkContentLint.CustomRules.Declarative;
using NkContentLint.Fixing;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.CustomRules;

/// <summary>Each declarative rule type, with text that must fire and text that must not (code, URLs, link destinations, other scopes).</summary>
public sealed class DeclarativeRuleTests
{
    private const string Header = "help_uri: https://example.org/house\nseverity: warning\n";

    internal static DeclarativeRuleAnalyzer Analyzer(string yaml)
    {
        var reader = new DeclarativeRuleReader("rule.yml");
        var rule = reader.Read(Header + yaml);
        Assert.True(rule is not null, string.Join("\n", reader.Errors));
        return new DeclarativeRuleAnalyzer(rule);
    }

    private static void Verify(string yaml, string markup) => AnalyzerVerifier.Verify(Analyzer(yaml), markup);

    private const string Existence = """
        id: HOUSE001
        type: existence
        message: "Cut '{match}'."
        ignore_case: true
        tokens: [very, needless to say]
        """;

    [Fact]
    public void ExistenceFiresOnEachPhraseInProseHeadingsAndListItems() => Verify(Existence, """
        # A {|HOUSE001:very|} small network

        The network is {|HOUSE001:Very|} small and, {|HOUSE001:needless
        to say|}, closed.

        - a {|HOUSE001:very|} slow link
        """);

    [Fact]
    public void ExistenceDoesNotFireInCodeUrlsLinkDestinationsCommentsOrInsideWords() => Verify(Existence, """
        The `very` flag, https://example.org/very/slow and [a link](https://example.org/very) are not prose.
        Everyone is veryfied; every network counts. <!-- very -->

        ```
        very very very
        ```
        """);

    [Fact]
    public void ScopeLimitsWhereARuleLooks() => Verify(Existence + "\nscope: [headings, links]\n", """
        # A {|HOUSE001:very|} small network

        Very small, as [the {|HOUSE001:very|} report](https://example.org/very) says.

        - a very slow link
        """);

    [Fact]
    public void FrontMatterScopeReadsTheValuesNotTheKeys() => Verify(Existence + "\nscope: front_matter\n", """
        ---
        title: A {|HOUSE001:very|} small network
        very: plain
        ---

        # A very small network
        """);

    [Fact]
    public void CaseMattersUnlessTheRuleIgnoresIt() => Verify("""
        id: HOUSE001
        type: existence
        message: "{match}"
        tokens: [DPRK]
        """, """
        The {|HOUSE001:DPRK|} and the dprk; DPRKs are not matched.
        """);

    [Fact]
    public void WithoutWordBoundariesAPhraseMatchesInsideWords() => Verify("""
        id: HOUSE001
        type: existence
        message: "{match}"
        word_boundaries: false
        tokens: [net]
        """, """
        The {|HOUSE001:net|} and the Inter{|HOUSE001:net|}.
        """);

    private const string Substitution = """
        id: HOUSE002
        type: substitution
        message: "Write '{replacement}' instead of '{match}'."
        swap:
          N. Korea: North Korea
          N. Korean: North Korean
          cellphone: mobile phone
        """;

    [Fact]
    public void SubstitutionFiresWithTheLongestMatchAndOffersASuggestion()
    {
        var found = AnalyzerVerifier.Verify(Analyzer(Substitution), """
            {|HOUSE002:N. Korea|} and {|HOUSE002:N. Korean|} users buy a {|HOUSE002:cellphone|}.
            The [{|HOUSE002:cellphone|} shop](https://example.org/cellphone) link text is prose: {|HOUSE002:cellphone|}.
            """);
        Assert.Equal("Write 'North Korea' instead of 'N. Korea'.", found[0].Message);
        Assert.Equal("Write 'North Korean' instead of 'N. Korean'.", found[1].Message);
        var fix = new ReplacementFixProvider(["HOUSE002"]).GetFix(found[0]);
        Assert.NotNull(fix);
        Assert.Equal(FixSafety.Suggestion, fix.Safety);
        Assert.Equal("North Korea", fix.Changes.Single().NewText);
    }

    [Fact]
    public void SubstitutionDoesNotFireOnTheReplacementOrInCode() => Verify(Substitution, """
        North Korea and North Korean users buy a mobile phone; `cellphone` is code.
        """);

    [Fact]
    public void SubstitutionCanBeSafeOrOfferNoFix()
    {
        var safe = AnalyzerVerifier.Run(Analyzer(Substitution + "\nfix: safe\n"), "A cellphone.");
        Assert.Equal(FixSafety.Safe, new ReplacementFixProvider(["HOUSE002"]).GetFix(Assert.Single(safe))!.Safety);
        var none = AnalyzerVerifier.Run(Analyzer(Substitution + "\nfix: none\n"), "A cellphone.");
        Assert.Null(new ReplacementFixProvider(["HOUSE002"]).GetFix(Assert.Single(none)));
    }

    [Fact]
    public void ASubstitutionWhoseReplacementContainsThePhraseDoesNotFireOnTheReplacement() => Verify("""
        id: HOUSE002
        type: substitution
        message: "{replacement}"
        swap: { Korea: North Korea }
        """, """
        North Korea and North Korean users, but {|HOUSE002:Korea|} alone.
        """);

    [Fact]
    public void ARegularExpressionThatRunsTooLongIsNK0002AndTheRuleStopsForThatFile()
    {
        var found = AnalyzerVerifier.Run(Analyzer("""
            id: HOUSE009
            type: existence
            message: "{match}"
            regex: true
            word_boundaries: false
            tokens: ['(a+)+$']
            """), new string('a', 40) + "!\n");
        var failure = Assert.Single(found);
        Assert.Equal("NK0002", failure.Id);
        Assert.Contains("RegexMatchTimeoutException", failure.Message);
    }

    private const string Consistency = """
        id: HOUSE003
        type: consistency
        message: "Keep to '{expected}', not '{match}'."
        variants:
          - [Pyongyang, P'yŏngyang, Pyeongyang]
          - [Koryolink, Koryo Link]
        """;

    [Fact]
    public void ConsistencyFlagsSpellingsOtherThanTheArticlesFirst()
    {
        var found = AnalyzerVerifier.Verify(Analyzer(Consistency), """
            Koryo Link serves Pyeongyang. Later, {|HOUSE003:P’yŏngyang|} and Pyeongyang again,
            then {|HOUSE003:Koryolink|}.
            """);
        Assert.Equal("Keep to 'Pyeongyang', not 'P’yŏngyang'.", found[0].Message);
        Assert.Equal("Pyeongyang", found[0].Properties[FixProperties.Replacement]);
        Assert.Contains("first writes 'Pyeongyang'", Assert.Single(found[0].RelatedLocations).Message);
    }

    [Fact]
    public void ConsistencyDoesNotFireOnOneSpellingOrInUrls() => Verify(Consistency, """
        Pyongyang and Pyongyang again, and [a source](https://example.org/Pyeongyang) with a Koryolink subscriber.
        """);

    private const string Occurrence = """
        id: HOUSE004
        type: occurrence
        message: "'{match}': {count} times, at most {max}."
        max: 2
        tokens: [North Korea, DPRK]
        """;

    [Fact]
    public void OccurrenceFiresOncePerSentenceAtTheFirstMatchPastTheLimit()
    {
        var found = AnalyzerVerifier.Verify(Analyzer(Occurrence), """
            North Korea says the DPRK and {|HOUSE004:North Korea|} and North Korea are one. North Korea and DPRK are two.
            """);
        Assert.Equal("'North Korea': 4 times, at most 2.", Assert.Single(found).Message);
    }

    [Fact]
    public void OccurrenceCountsPerParagraphOrArticleWhenAsked()
    {
        Verify(Occurrence + "\nper: paragraph\n", """
            North Korea. The DPRK. {|HOUSE004:North Korea|}.

            North Korea. North Korea.
            """);
        Verify(Occurrence + "\nper: article\n", """
            North Korea. The DPRK.

            {|HOUSE004:North Korea|}.
            """);
    }

    private const string SentenceCase = """
        id: HOUSE005
        type: capitalization
        message: "Use {style}: '{expected}', not '{match}'."
        style: sentence
        exceptions: [North Korea, Kwangmyong]
        """;

    [Fact]
    public void SentenceCaseFlagsCapitalizedWordsThatAreNotExceptions()
    {
        var found = AnalyzerVerifier.Verify(Analyzer(SentenceCase), """
            # {|HOUSE005:Phones In North Korea|}

            ## {|HOUSE005:why it matters|}

            ## Kwangmyong, the network most people see

            ## The DPRK and YouTube in 2024: A second look

            Prose With Capitals Is Not A Heading.
            """);
        Assert.Equal("Use sentence case: 'Phones in North Korea', not 'Phones In North Korea'.", found[0].Message);
        Assert.Equal("Phones in North Korea", found[0].Properties[FixProperties.Replacement]);
        Assert.Equal("Why it matters", found[1].Properties[FixProperties.Replacement]);
    }

    [Fact]
    public void TitleCaseCapitalizesAllButSmallWords()
    {
        var found = AnalyzerVerifier.Verify(Analyzer("""
            id: HOUSE005
            type: capitalization
            message: "{expected}"
            style: title
            """), """
            # {|HOUSE005:Phones in north Korea and the world|}

            ## Why It Matters to the Reader

            ## {|HOUSE005:*Emphasised heading*|}
            """);
        Assert.Equal("Phones in North Korea and the World", found[0].Message);
        Assert.Equal("Emphasised Heading", found[1].Message);
        Assert.False(found[1].Properties.ContainsKey(FixProperties.Replacement), "a heading with markup gets no fix");
    }

    private const string Conditional = """
        id: HOUSE006
        type: conditional
        message: "Define '{match}' first."
        regex: true
        first: ['(DPRK|KCNA)']
        second: ['\(\s*$1\s*\)']
        """;

    [Fact]
    public void ConditionalFiresOnceAtTheFirstUseBeforeTheDefinition() => Verify(Conditional, """
        The {|HOUSE006:DPRK|} runs a network. The DPRK again.
        The Democratic People's Republic of Korea (DPRK) is defined too late.
        The Korean Central News Agency (KCNA) is defined at its first use, and KCNA is fine later.
        """);

    [Fact]
    public void ConditionalOrderAnywhereAcceptsADefinitionLater() => Verify(Conditional.Replace("second:", "order: anywhere\nsecond:"), """
        The DPRK runs a network; the Democratic People's Republic of Korea (DPRK) is its name.
        The {|HOUSE006:KCNA|} has no definition at all.
        """);

    [Fact]
    public void ConditionalExceptionsNeedNothing() => Verify(Conditional + "\nexceptions: [KCNA]\n", """
        The KCNA and `DPRK` in code need nothing.
        """);

    [Fact]
    public void SuppressionCommentsSilenceACustomRule() => Verify(Existence, """
        <!-- nkcontentlint-disable-next-line HOUSE001 -- quoted from the source -->
        A very small network.
        """);
}
