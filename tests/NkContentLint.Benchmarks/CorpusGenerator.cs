using System.Globalization;
using System.Text;

namespace NkContentLint.Benchmarks;

/// <summary>
/// Writes a deterministic synthetic corpus of realistic articles: front matter, headings, prose
/// with figures and links, lists, tables and code blocks. The same seed gives the same bytes.
/// </summary>
internal static class CorpusGenerator
{
    private static readonly string[] Subjects =
    [
        "Koryolink", "Kwangmyong", "Star Joint Venture", "the Korea Computer Center", "Uriminzokkiri",
        "the Naenara portal", "Red Star OS", "the Manbang set-top box", "China Unicom", "TransTeleCom",
    ];

    private static readonly string[] Verbs =
    [
        "reported", "expanded", "operated", "announced", "restricted", "connected", "blocked", "published",
    ];

    private static readonly string[] Objects =
    [
        "mobile subscribers", "intranet sites", "IPv4 addresses", "video channels", "followers",
        "base stations", "domains under .kp", "internet users", "handsets", "news articles",
    ];

    private static readonly string[] Headings =
    [
        "Background", "Access", "Mobile networks", "The intranet", "Social media", "Censorship",
        "Infrastructure", "Sources", "Timeline", "Outlook", "Methodology", "Further reading",
    ];

    public static (int Files, long Bytes) Generate(string directory, int files, int kilobytesPerFile, int seed)
    {
        Directory.CreateDirectory(directory);
        var random = new Random(seed);
        long total = 0;
        for (var i = 0; i < files; i++)
        {
            var folder = Path.Combine(directory, $"section-{i % 50:D2}");
            Directory.CreateDirectory(folder);
            var text = Article(random, i, kilobytesPerFile * 1024);
            var bytes = Encoding.UTF8.GetBytes(text);
            File.WriteAllBytes(Path.Combine(folder, $"article-{i:D5}.md"), bytes);
            total += bytes.Length;
        }

        return (files, total);
    }

    internal static string Article(Random random, int index, int targetBytes)
    {
        var text = new StringBuilder(targetBytes + 1024);
        text.Append("---\ntitle: Article ").Append(index.ToString(CultureInfo.InvariantCulture))
            .Append("\ndate: 20").Append(random.Next(10, 25).ToString("D2", CultureInfo.InvariantCulture)).Append("-0")
            .Append(random.Next(1, 10).ToString(CultureInfo.InvariantCulture)).Append("-15\n---\n\n");
        text.Append("# ").Append(Pick(random, Subjects)).Append(" in context\n\n");
        var section = 0;
        while (text.Length < targetBytes)
        {
            // Occasionally repeat a heading, as real drafts do, so the rules have something to find.
            var heading = Headings[(section + (random.Next(12) == 0 ? 0 : index)) % Headings.Length];
            text.Append("## ").Append(heading).Append("\n\n");
            section++;
            for (var p = 0; p < 3; p++)
            {
                Paragraph(random, text);
            }

            switch (random.Next(4))
            {
                case 0:
                    for (var item = 1; item <= 4; item++)
                    {
                        text.Append(item.ToString(CultureInfo.InvariantCulture)).Append(". ").Append(Sentence(random)).Append('\n');
                    }

                    text.Append('\n');
                    break;
                case 1:
                    text.Append("| Year | Subscribers | Source |\n|---|---:|---|\n");
                    for (var row = 0; row < 4; row++)
                    {
                        text.Append("| ").Append(2008 + row * 3).Append(" | ").Append(random.Next(1000, 7_000_000).ToString("N0", CultureInfo.InvariantCulture))
                            .Append(" | [report](https://example.org/r/").Append(random.Next(1000)).Append(") |\n");
                    }

                    text.Append('\n');
                    break;
                case 2:
                    text.Append("```text\n$ whois 175.45.176.0\nNetRange: 175.45.176.0 - 175.45.179.255\n## not a heading\n```\n\n");
                    break;
                default:
                    text.Append("> ").Append(Sentence(random)).Append(" ([source](https://example.org/q)).\n\n");
                    break;
            }
        }

        return text.ToString();
    }

    private static void Paragraph(Random random, StringBuilder text)
    {
        var sentences = random.Next(3, 7);
        for (var s = 0; s < sentences; s++)
        {
            text.Append(Sentence(random)).Append(' ');
        }

        text.Append("\n\n");
    }

    private static string Sentence(Random random) => random.Next(3) switch
    {
        0 => $"In {random.Next(2000, 2025)}, {Pick(random, Subjects)} {Pick(random, Verbs)} about {random.Next(2, 900):N0},000 {Pick(random, Objects)}[^{random.Next(1, 9)}].",
        1 => $"According to [{Pick(random, Subjects)}](https://example.org/{random.Next(10000)}), *{random.Next(1, 99)}%* of {Pick(random, Objects)} were `{Pick(random, Verbs)}`.",
        _ => $"**{Pick(random, Subjects)}** {Pick(random, Verbs)} new {Pick(random, Objects)} near Pyongyang and Sinuiju, which observers described as routine.",
    };

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
