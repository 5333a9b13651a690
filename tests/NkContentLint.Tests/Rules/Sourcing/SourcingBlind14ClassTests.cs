using NkContentLint.Rules.Sourcing;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Rules.Sourcing;

/// <summary>
/// The error classes the fourteenth and fifteenth blind splits (tests/corpora/real/blind14, blind15) showed after
/// their one unseen score, each fixed as a class: sentences that must fire and sentences that must not, all invented.
/// </summary>
public sealed class SourcingBlind14ClassTests
{
    private static readonly UnsourcedStatisticAnalyzer Statistic = new();

    private static void VerifyStatistic(string markup) => AnalyzerVerifier.Verify(Statistic, markup);

    /// <summary>
    /// An interview set out as a transcript: each turn opens with its speaker's label, which names who says
    /// everything in it ("Max Fisher:" and "Fisher:" are one speaker). Text outside the turns is the writer's.
    /// </summary>
    [Fact]
    public void ASpeakersTurnInATranscriptIsTheirs() => VerifyStatistic("""
        Editor's Note: The reporter spoke with a defector who arrived in 2009 with {|NK1001:40 others|}.

        J: How far did you walk?

        P: I walked 50km to the border and it took me about 10 minutes to cross.

        J: What did you see online?

        P: There were about 5,000 websites on the whole network.

        The network has {|NK1001:5,000 websites|} today.
        """);

    /// <summary>"Max Fisher:" opening one paragraph and "Fisher:" another are one speaker; two speakers make it a transcript.</summary>
    [Fact]
    public void AFullNameAndASurnameLabelAreOneSpeaker() => VerifyStatistic("""
        Marco Werman: What do they see?

        Max Fisher: There are only about 5,000 websites on the whole thing.

        Werman: And who uses it?

        Fisher: Perhaps 100,000 students.
        """);

    /// <summary>Labels that do not recur, or only one speaker's, are no transcript: the figures are the writer's.</summary>
    [Fact]
    public void LabelsThatDoNotMakeADialogueSourceNothing() => VerifyStatistic("""
        Update: The network had {|NK1001:5,000 websites|} in May.

        Note: About {|NK1001:100,000 students|} use it.

        Note: It cost {|NK1001:$200 a month|}.
        """);

    /// <summary>"0-day" is a security term (a flaw known for no days), not a count; a longer span of days still is.</summary>
    [Fact]
    public void AZeroDayIsATermNotADuration() => VerifyStatistic("""
        - 0-day vulnerabilities (for example, in browser software).

        The group bought 0-day exploits for its attacks.

        The regime launched a {|NK1001:100-day|} campaign against phones.

        The outage lasted {|NK1001:10 days|}.
        """);
}
