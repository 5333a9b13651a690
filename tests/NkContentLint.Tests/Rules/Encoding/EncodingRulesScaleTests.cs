using System.Text;
using NkContentLint.Analysis;
using NkContentLint.Configuration;
using NkContentLint.Documents;
using NkContentLint.Rules.Encoding;
using Xunit;

namespace NkContentLint.Tests.Rules.Encoding;

/// <summary>
/// The encoding rules read every character of every article, so they must be linear and must not
/// allocate per character: on 10 MB of ASCII prose (figures, percentages, ampersands, URLs) they
/// jump from candidate to candidate and allocate next to nothing.
/// </summary>
public sealed class EncodingRulesScaleTests
{
    private static readonly Lazy<ContentDocument> TenMegabytes = new(() =>
    {
        const string paragraph =
            "In 2016 about 7,000 users, or 0.03% of the population, were online; 20% - 50% of them used Koryolink & Kangsong Net "
            + "(see https://example.org/report?page=35&wr_id=673). Kim Jong Un's C:\\Users\\data path is in `code %20`.\n\n";
        var text = new StringBuilder(10_000_000 + paragraph.Length);
        while (text.Length < 10_000_000)
        {
            text.Append(paragraph);
        }

        var document = ContentDocument.Parse("large.md", text.ToString());
        _ = document.ProseAndFrontMatterText; // the views are the engine's, built once for every rule
        return document;
    });

    public static TheoryData<string> Rules() => [nameof(MixedScriptAnalyzer), nameof(EscapingDebrisAnalyzer), nameof(BidiControlCharacterAnalyzer)];

    [Theory]
    [MemberData(nameof(Rules))]
    public void TenMegabytesOfAsciiAllocateNothingPerCharacter(string rule)
    {
        ContentAnalyzer analyzer = rule switch
        {
            nameof(MixedScriptAnalyzer) => new MixedScriptAnalyzer(),
            nameof(EscapingDebrisAnalyzer) => new EscapingDebrisAnalyzer(),
            _ => new BidiControlCharacterAnalyzer(),
        };
        var document = TenMegabytes.Value;
        Assert.True(document.Text.Length >= 10_000_000);

        // Warm up (JIT, the confusables table) on a small document first.
        new AnalyzerDriver([analyzer]).StartCorpus(TestContext.Current.CancellationToken).Analyze(ContentDocument.Parse("small.md", "F\u0430cebook %20 \u202E"), RuleSettings.Default);

        var session = new AnalyzerDriver([analyzer]).StartCorpus(TestContext.Current.CancellationToken);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var findings = session.Analyze(document, RuleSettings.Default);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Empty(findings);
        Assert.True(allocated < 64 * 1024, $"{rule} allocated {allocated:N0} bytes on 10 MB of ASCII");
    }
}
