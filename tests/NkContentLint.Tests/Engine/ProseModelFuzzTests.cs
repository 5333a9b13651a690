using System.Text;
using NkContentLint.Documents;
using NkContentLint.Rules.Sourcing;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Engine;

/// <summary>
/// Arbitrary Markdown made of tricky fragments (numbers, markup, quotes, brackets, abbreviations,
/// Hangul, URLs, footnotes) never breaks the prose model, the claim extractor or the sourcing rules,
/// and every span they produce lies inside the text. Seeded, so a failure reproduces.
/// </summary>
public sealed class ProseModelFuzzTests
{
    private static readonly string[] Fragments =
    [
        "2 million", "1,024", "3.5", "0.1%", "$400", "US$", "€", "2k+", "4-5", "–", "—", "-", "one in five", "half", "a third", "tenfold",
        "179th out of", "world's", "largest", "according to", "estimates", "experts say", "is estimated at", "It has been reported",
        "reportedly", "38 North", "Dr.", "e.g.", "U.S.", "p.m.", "Dec.", "et al.", "...", "…", ".", "?", "!", ",", ";", ":", "(", ")",
        "[", "]", "[^1]", "[^", "][x]", "[2]", "(Williams, 2016)", "(2024)", "\"", "“", "”", "'", "’", "*", "**", "_", "`", "``", "<", ">",
        "<!-- c -->", "<b>", "https://x.org/a.b,1", "<https://x.org>", "[t](https://x.org/1)", "![alt 2 million](a.png)", "#", "## ",
        "- ", "1. ", "> ", "| a | b |\n| --- | --- |\n| 1 | 2 |", "\n", "\n\n", "\r\n", " ", "  ", "\t", "광명", "1만6000명", "6·15",
        "Koryolink", "users", "people", "the", "a", "of", "in", "1948", "March", "15", "+850", "v1.1", "IPv4", "3G", "AS131279",
        "[^1]: note", "---\ntitle: x\n---\n", "```\ncode 2 million\n```", "\u200B", "\uFFFD", "{{< x >}}", "\\", "&amp;",
    ];

    [Fact]
    public void RandomMarkdownNeverBreaksTheProseModelOrTheRules()
    {
        var random = new Random(20261122);
        var nk1001 = new UnsourcedStatisticAnalyzer();
        var nk1002 = new VagueAttributionAnalyzer();
        for (var run = 0; run < 1500; run++)
        {
            var builder = new StringBuilder();
            var count = random.Next(1, 40);
            for (var i = 0; i < count; i++)
            {
                builder.Append(Fragments[random.Next(Fragments.Length)]);
                if (random.Next(3) > 0)
                {
                    builder.Append(' ');
                }
            }

            var text = builder.ToString();
            var document = ContentDocument.Parse("fuzz.md", text);
            Assert.Equal(text.Length, document.ProseText.Length);
            foreach (var sentence in document.Sentences)
            {
                AssertInside(text, sentence.Span.Start, sentence.Span.End, run);
                Assert.All(sentence.Tokens, token => AssertInside(text, token.Span.Start, token.Span.End, run));
            }

            Assert.All(document.Claims, claim =>
            {
                AssertInside(text, claim.Span.Start, claim.Span.End, run);
                Assert.True(claim.Low <= claim.High, $"run {run}: {claim} in {text}");
            });

            var diagnostics = AnalyzerVerifier.Run(nk1001, text).Concat(AnalyzerVerifier.Run(nk1002, text)).ToList();
            Assert.DoesNotContain(diagnostics, d => d.Id == "NK0002");
            Assert.All(diagnostics, d => AssertInside(text, d.Location.Span.Start, d.Location.Span.End, run));
        }
    }

    private static void AssertInside(string text, int start, int end, int run) =>
        Assert.True(start >= 0 && start <= end && end <= text.Length, $"run {run}: span [{start}..{end}) outside text of length {text.Length}");
}
