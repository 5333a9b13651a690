using NkContentLint.Rules.Facts;
using static NkContentLint.Tests.Testing.DefaultPackVerifier;
using Xunit;

namespace NkContentLint.Tests.Rules.Facts;

/// <summary>
/// The fact-rule error classes the thirteenth blind split (tests/corpora/real/blind13) showed after its one unseen score,
/// and the near miss of blind12 the same change reaches, each fixed as a class and checked with the default pack: a case
/// that must fire beside one that must not.
/// </summary>
public sealed class FactsBlind13ClassTests
{
    /// <summary>
    /// A page machine-translated from Russian gives Kwangmyong back as it went into Cyrillic (Кванмён): "Kwanmen" or
    /// "Kvanmyon", four edits from the name but the same word. Accepted romanisations, other words that begin alike, a
    /// Korean given name and the satellite Kwangmyongsong are not near misses.
    /// </summary>
    [Fact]
    public void ANameBackFromCyrillicIsANearMiss()
    {
        var diagnostics = Verify(new MisspelledNameAnalyzer(), """
            The vast majority uses the national network of {|NK2002:Kwanmen|}.

            The {|NK2002:Kvanmyon|} intranet was created in 2000.

            Kwangmyong, Gwangmyeong and the Kwangmyong network are spelled right.

            Kim Kwangmin launched Kwangmyongsong, and Kwanza and Kwantung are other words.
            """);
        Assert.Equal("'Kwanmen' looks like a misspelling of 'Kwangmyong'", diagnostics[0].Message);
    }

    /// <summary>
    /// A hyphenated given name written as two words ("Kim Jung Il" for the accepted "Kim Jung-il") is still that name,
    /// so a capital I for a lower-case l in it ("Kim Jung II", blind12) is one letter off it. Another person's name
    /// (Kim Yong Il, Kim Jong Nam) is not.
    /// </summary>
    [Fact]
    public void AHyphenatedNameWrittenAsTwoWordsIsHeldAgainstTheName() => Verify(new MisspelledNameAnalyzer(), """
        The late leader, {|NK2002:Kim Jung II|}, visited the factory.

        Kim Jung Il, Kim Jung-il and Kim Jong Il visited the factory.

        Premier Kim Yong Il and Kim Jong Nam did not.
        """);
}
