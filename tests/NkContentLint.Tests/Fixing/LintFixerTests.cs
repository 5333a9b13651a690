using System.Text;
using FsCheck;
using FsCheck.Fluent;
using NkContentLint.Configuration;
using NkContentLint.Fixing;
using NkContentLint.Rules;
using NkContentLint.Running;
using NkContentLint.Tests.Testing;
using NkContentLint.Text;
using Xunit;

namespace NkContentLint.Tests.Fixing;

public sealed class LintFixerTests
{
    private static FixRunResult Fix(string directory, bool dryRun = false) => LintFixer.Run(
        new LintRequest(["."], directory, LintConfiguration.CreateDefault(directory), BuiltInAnalyzers.Create()),
        new FixOptions(BuiltInAnalyzers.CreateFixProviders(), FixSafety.Safe, dryRun),
        TestContext.Current.CancellationToken);

    /// <summary>Damaged words as they arrive from CMSs: UTF-8 read through a legacy code page.</summary>
    private static string Corrupt(string word, int codePage)
    {
        var page = LegacyCodePage.ByLikelihood.First(p => p.CodePage == codePage);
        return page.Decode(Encoding.UTF8.GetBytes(word));
    }

    /// <summary>
    /// For many generated articles with mojibake, zero-width spaces and soft hyphens in prose, code
    /// and front matter, with LF or CRLF and with or without a BOM: one --fix repairs every fixable
    /// finding, a second changes nothing, and the text outside the damage is what it was.
    /// </summary>
    [Fact]
    public void FixIsIdempotentAndRestoresTheOriginalText()
    {
        var clean = new[] { "North", "Korea’s", "régime", "don’t", "Kwangmyong", "—", "Größe", "2016", "광명", "intranet" };
        var generator =
            from words in Gen.NonEmptyListOf(Gen.Elements(clean))
            from damage in Gen.ListOf(Gen.Elements(0, 1252, 850, 437, 8203, 173))
            from crlf in Gen.Elements(true, false)
            from bom in Gen.Elements(true, false)
            select (Words: words, Damage: damage, CrLf: crlf, Bom: bom);

        Prop.ForAll(generator.ToArbitrary(), sample =>
        {
            using var temp = new TempDirectory();
            var newline = sample.CrLf ? "\r\n" : "\n";
            var expected = new StringBuilder("# Title").Append(newline).Append(newline);
            var damaged = new StringBuilder("# Title").Append(newline).Append(newline);
            for (var i = 0; i < sample.Words.Count; i++)
            {
                var word = sample.Words[i];
                var kind = sample.Damage.Count == 0 ? 0 : sample.Damage[i % sample.Damage.Count];
                expected.Append(word).Append(' ');
                damaged.Append(kind switch
                {
                    1252 or 850 or 437 when word.Any(c => c > 0x7F && c < 0x3000) => Corrupt(word, kind),
                    8203 or 173 when word.Length > 2 => word[..1] + (char)kind + word[1..],
                    _ => word,
                }).Append(' ');
            }

            foreach (var builder in new[] { expected, damaged })
            {
                builder.Append(newline).Append(newline).Append("```").Append(newline).Append("code stays").Append(newline).Append("```").Append(newline);
            }

            var encoding = sample.Bom ? SourceEncoding.Utf8WithBom : SourceEncoding.Utf8;
            temp.WriteBytes("a.md", TextDecoder.Encode(damaged.ToString(), encoding));

            var first = Fix(temp.Path);
            var bytes = File.ReadAllBytes(Path.Combine(temp.Path, "a.md"));
            Assert.Equal(TextDecoder.Encode(expected.ToString(), encoding), bytes);
            Assert.DoesNotContain(first.Result.Reported, d => d.Id is "NK4001" or "NK4005");

            var second = Fix(temp.Path);
            Assert.Empty(second.Files);
            Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(temp.Path, "a.md")));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(60));
    }

    [Fact]
    public void DryRunChangesNoFile()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("a.md", "donâ€™t\n");
        var result = Fix(temp.Path, dryRun: true);

        Assert.Equal("donâ€™t\n", File.ReadAllText(path));
        var changed = Assert.Single(result.Files);
        Assert.Equal("don’t\n", Encoding.UTF8.GetString(changed.Fixed));
        Assert.Empty(result.Result.Reported);
    }

    [Fact]
    public void UnfixableFindingsRemainAndFilePermissionsAreKept()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("a.md", "## A\n## A\ndonâ€™t\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var result = Fix(temp.Path);

        Assert.Equal("## A\n## A\ndon’t\n", File.ReadAllText(path));
        Assert.Equal("NK3001", Assert.Single(result.Result.Reported).Id);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(path));
        Assert.Empty(Directory.GetFiles(temp.Path, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void SuppressedFindingsAreNotFixed()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("a.md", "<!-- nkcontentlint-disable-next-line NK4001 -- quoting the damaged original -->\ndonâ€™t\n");
        Fix(temp.Path);
        Assert.Contains("donâ€™t", File.ReadAllText(path));
    }
}
