using NkContentLint.Rules.Facts;
using static NkContentLint.Tests.Testing.DefaultPackVerifier;
using Xunit;

namespace NkContentLint.Tests.Rules.Facts;

/// <summary>
/// The fact-rule error classes the ninth blind split (tests/corpora/real/blind9) showed after its one unseen score,
/// each fixed as a class and checked with the default pack: a case that must fire beside one that must not.
/// </summary>
public sealed class FactsBlind9ClassTests
{
    /// <summary>
    /// A figure for a named year may be the year's end: 2.42 million subscribers in 2013 (Statistics Korea) lies on
    /// the way from nearly 2 million in April 2013 to 2.8 million in 2014. A figure the year never reached still fires.
    /// </summary>
    [Fact]
    public void AFigureForANamedYearMayBeTheYearsEnd() => Verify(new ContradictingFigureAnalyzer(), """
        The number of mobile subscribers in North Korea was 2.42 million in 2013.

        The number of mobile subscribers in North Korea was {|NK2001:5 million|} in 2013.

        The number of mobile subscribers in North Korea was {|NK2001:600,000|} in 2013.
        """);

    /// <summary>
    /// Korean given names are syllables: a person's name with one syllable's initial changed is another person ("Kim
    /// Yong Il", a premier, beside "Kim Jong Il"), while a letter changed inside a syllable is still a misspelling.
    /// </summary>
    [Fact]
    public void ASyllableWithAnotherInitialIsAnotherPerson() => Verify(new MisspelledNameAnalyzer(), """
        Kim Yong Il greets the visiting prime minister.

        {|NK2002:Kim Jomg Il|} greets the visiting prime minister.
        """);
}
