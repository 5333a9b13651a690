using NkContentLint.Rules.Facts;
using NkContentLint.Tests.Testing;
using static NkContentLint.Tests.Testing.DefaultPackVerifier;
using Xunit;

namespace NkContentLint.Tests.Rules.Facts;

/// <summary>
/// The fact-rule error classes the seventh blind split (tests/corpora/real/blind7) showed, each fixed as a
/// class and checked with the default pack: a case that must fire beside one that must not.
/// </summary>
public sealed class FactsBlind7ClassTests
{
    /// <summary>
    /// Handles are written in lower case, so a lower-case word one edit from a handle ("@uriminzok") is a
    /// misspelling of it; the handle itself, its plural and ordinary lower-case words are not.
    /// </summary>
    [Fact]
    public void ALowerCaseWordOneEditFromAHandleIsAMisspelling() => Verify(new MisspelledNameAnalyzer(), """
        Since then {|NK2002:auriminzok|} has attracted over 8,500 followers.

        Since then @{|NK2002:urimimzok|} has posted links to state media.

        Since then uriminzok has attracted followers, and @uriminzok posted links.

        The uriminzoks of this world were unionized and unimpressed.
        """);

    /// <summary>
    /// A word that is the whole of its quotation is a name mentioned, not a speaker's words: it is checked as any
    /// other word. A misspelling inside a longer quotation is what the speaker said and is left alone.
    /// </summary>
    [Fact]
    public void AOneWordQuotationIsANameMentioned() => Verify(new MisspelledNameAnalyzer(), """
        They tweet under the name "{|NK2002:auriminzok|}", which means "our people".

        The intranet is called “{|NK2002:Kwandmyong|},” a word for bright.

        “Kwandmyong is slow today,” a student said.
        """);

    /// <summary>A product "released" in a year is the product's launch, as "launched" and "unveiled" are.</summary>
    [Fact]
    public void AProductReleasedInAYearIsItsLaunch() => Verify(new WrongDescriptionOrDateAnalyzer(), """
        The latest phone is better than the initial “Arirang” device released in {|NK2003:2016|}.

        The Arirang smartphone, released in 2013, ran Android.
        """);
}
