using System.Collections.Immutable;
using System.Text.RegularExpressions;
using NkContentLint.Diagnostics;
using NkContentLint.Reporting;
using NkContentLint.Running;
using NkContentLint.Tests.Cli;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Reporting;

public sealed class HtmlReporterTests
{
    /// <summary>Article text that would run script or break out of an attribute if it were not escaped.</summary>
    private const string Hostile =
        "# <script>document.documentElement.setAttribute('data-pwned','script')</script>\n\n"
        + "## A \"><img src=x onerror=\"document.documentElement.setAttribute('data-pwned','img')\">\n\n"
        + "## A \"><img src=x onerror=\"document.documentElement.setAttribute('data-pwned','img')\">\n\n"
        + "Text with ' and \" and </td></tr></table><svg onload=alert(1)> and a \u202Ebidi override and a zero\u200Bwidth space.\n";

    private static string Report(LintResult result, ReportContext context)
    {
        var writer = new StringWriter();
        HtmlReporter.Write(writer, result, context);
        return writer.ToString();
    }

    [Fact]
    public void TheReportIsOneSelfContainedFile()
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", "# T\n\n## A\n\n## A\n");
        var html = Report(Lint.Run(["."], temp.Path), new ReportContext(temp.Path));

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.DoesNotMatch(new Regex("<(link|img|iframe|object|embed)\\b", RegexOptions.IgnoreCase), html);
        Assert.DoesNotMatch(new Regex("(src|href)=\"(https?:)?//[^\"]*\\.(css|js|woff2?|ttf|png|svg)", RegexOptions.IgnoreCase), html);
        Assert.DoesNotContain("@import", html);
        Assert.DoesNotContain("url(", html);
        Assert.Single(Regex.Matches(html, "<script>"));
        Assert.Contains("id=\"chart-rules\"", html);
        Assert.Contains("id=\"chart-articles\"", html);
        Assert.Contains("<mark class=\"sev-warning\" data-f=\"1\"", html);
    }

    [Fact]
    public void ArticleTextAndPathsAreEscapedEverywhere()
    {
        using var temp = new TempDirectory();
        temp.Write("x\"><b>bold</b>.md", Hostile);
        var html = Report(Lint.Run(["."], temp.Path), new ReportContext(temp.Path));

        Assert.DoesNotContain("<script>document", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<svg onload", html);
        Assert.DoesNotContain("<b>bold", html);
        Assert.DoesNotContain("\u202E", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;document", html);
        Assert.Contains("<span class=\"cc\">U+202E</span>", html);
        Assert.Contains("<span class=\"cc\">U+200B</span>", html);
    }

    [Fact]
    public void FactFindingsShowTheCanonicalFactAndOnlyWebLinksBecomeLinks()
    {
        using var temp = new TempDirectory();
        temp.Write("facts.md", "# Facts\n\nKoryolink launched in 2009.\n");
        var rules = EngineDiagnostics.All.Append(SarifCodeScanningTests.FactRule).ToImmutableArray();
        var html = Report(new LintResult([SarifCodeScanningTests.FactFinding()], ["facts.md"], rules) { FactPackVersion = "2024.05.1" }, new ReportContext(temp.Path));

        Assert.Contains("<span class=\"label\">Canonical fact</span> Koryolink launched on 15 December 2008 <span class=\"asof\">(as of 2008-12-15)</span> <code>koryolink-launch</code>", html);
        Assert.Contains("<a href=\"http://www.computerwoche.de/a/north-korea-launches-3g-cellular-service,1881939\" rel=\"noopener noreferrer\">Computerwoche: North Korea launches 3G cellular service</a>", html);
        Assert.Contains("Fact pack 2024.05.1.", html);

        var evil = Diagnostic.Create(SarifCodeScanningTests.FactRule, SarifCodeScanningTests.FactFinding().Location, null, new Dictionary<string, string>
        {
            [FactProperties.Canonical] = "x",
            [FactProperties.SourceUrl] = "javascript:alert(1)",
        }, "m");
        var evilHtml = Report(new LintResult([evil], ["facts.md"], rules), new ReportContext(temp.Path));
        Assert.DoesNotContain("href=\"javascript", evilHtml);
        Assert.Contains("<span class=\"label\">Source</span> javascript:alert(1)</div>", evilHtml);
    }

    [Fact]
    public void LongArticlesShowTheLinesAroundTheirFindings()
    {
        using var temp = new TempDirectory();
        temp.Write("long.md", "# T\n\n## A\n" + string.Concat(Enumerable.Range(0, 1000).Select(i => $"line {i}\n")) + "## A\n");
        var html = Report(Lint.Run(["."], temp.Path), new ReportContext(temp.Path));
        Assert.Contains("<tr class=\"gap\">", html);
        Assert.DoesNotContain(">line 500<", html);
        Assert.Contains("<td class=\"ln\">1004</td>", html);
    }

    [Fact]
    public void RendersInChromiumWithFiltersThatWorkAndHostileTextStaysInert()
    {
        ExternalTools.RequireChromium();
        using var temp = new TempDirectory();
        temp.Write("hostile.md", Hostile);
        temp.Write("dup.md", "# T\n\n## B\n\n## B\n\ndonâ€™t\n");
        var (exit, _, _) = CliRunner.Run(temp.Path, ["--format", "html:report.html", "-q"]);
        Assert.Equal(1, exit);
        var report = Path.Combine(temp.Path, "report.html");

        var dom = DumpDom(report, temp.Path);
        Assert.Contains("data-ready=\"1\"", dom);
        Assert.DoesNotMatch(@"\sdata-pwned=", dom);
        Assert.Contains("&lt;script&gt;document.documentElement", dom);

        // Filters preset from the URL: only NK4001 stays visible.
        var filtered = DumpDom(report + "#rule=NK4001", temp.Path);
        var items = Regex.Matches(filtered, "<li class=\"finding[^\"]*\" data-finding=\"\\d+\" data-rule=\"(NK\\d+)\" data-severity=\"\\w+\"( hidden=\"\")?>");
        Assert.NotEmpty(items);
        Assert.All(items, m => Assert.Equal(m.Groups[1].Value != "NK4001", m.Groups[2].Success));
        Assert.Contains("<output id=\"shown-count\">1</output>", filtered);
    }

    [Fact]
    public void TheScreenshotOfTheSamplesReportIsInTheDocs()
    {
        var png = File.ReadAllBytes(RepositoryPaths.Combine("docs", "images", "html-report-samples.png"));
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, png[..4]);
        Assert.Contains("docs/images/html-report-samples.png", File.ReadAllText(RepositoryPaths.Combine("README.md")));
    }

    internal static string DumpDom(string file, string workingDirectory)
    {
        var (exit, output, error) = ExternalTools.Run(
            ExternalTools.Chromium!,
            ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=" + Path.Combine(workingDirectory, ".chromium"), "--virtual-time-budget=3000", "--dump-dom", new Uri(file.Split('#')[0]).AbsoluteUri + (file.Contains('#') ? "#" + file.Split('#')[1] : string.Empty)],
            workingDirectory,
            timeout: TimeSpan.FromMinutes(1));
        Assert.True(exit == 0, $"chromium failed ({exit}): {error}");
        return output;
    }
}
