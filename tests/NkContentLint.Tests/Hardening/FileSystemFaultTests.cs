using System.Text;
using System.Text.Json;
using NkContentLint.Cli;
using NkContentLint.Configuration;
using NkContentLint.Discovery;
using NkContentLint.Fixing;
using NkContentLint.Rules;
using NkContentLint.Running;
using NkContentLint.Tests.Cli;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Hardening;

/// <summary>
/// Issue 12's file-system rows: links, FIFOs, devices, unlistable folders, and --fix on files it
/// must not or cannot replace. Each test failed before its fix.
/// </summary>
public sealed class FileSystemFaultTests
{
    private const string Duplicate = "# Title\n\n## Access\n\n## Access\n";

    /// <summary>A zero-width space NK4005 removes with a safe fix.</summary>
    private const string Fixable = "# Title\n\nKwang\u200Bmyong is the intranet.\n";

    private const string Fixed = "# Title\n\nKwangmyong is the intranet.\n";

    /// <summary>The CLI in-process; a TimeoutException (a failed test) when it hangs.</summary>
    private static Task<(int ExitCode, string Out, string Error)> RunWithTimeout(string directory, string[] args) =>
        Task.Run(() => CliRunner.Run(directory, args), TestContext.Current.CancellationToken)
            .WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

    private static Task<T> Within<T>(Func<T> work) =>
        Task.Run(work, TestContext.Current.CancellationToken).WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

    // Row 2: --output and --format F:FILE naming a link, a FIFO or a device.
    [Fact]
    public void ReportToASymlinkWritesItsTargetAndKeepsTheLink()
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", Duplicate);
        var target = temp.Write("reports/real.json", "old");
        File.CreateSymbolicLink(Path.Combine(temp.Path, "report.json"), target);

        var (exit, _, error) = CliRunner.Run(temp.Path, ["a.md", "--format", "json", "--output", "report.json"]);

        Assert.True(exit == 0, error);
        Assert.NotNull(new FileInfo(Path.Combine(temp.Path, "report.json")).LinkTarget);
        using var json = JsonDocument.Parse(File.ReadAllText(target));
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("warnings").GetInt32());
    }

    [Fact]
    public async Task ReportToAFifoIsWrittenIntoItAndTheFifoStays()
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", Duplicate);
        var fifo = Path.Combine(temp.Path, "report.sarif");
        Posix.MakeFifo(fifo);
        var reader = Within(() => File.ReadAllText(fifo));

        var (exit, _, error) = await RunWithTimeout(temp.Path, ["a.md", "--format", "sarif:report.sarif"]);

        Assert.True(exit == 0, error);
        using var sarif = JsonDocument.Parse(await reader);
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        Assert.Equal(FileKind.Fifo, Posix.Status(fifo).Kind);
    }

    // Row 3: a FIFO found by a walk or a glob is skipped; one named explicitly is read.
    [Fact]
    public async Task AFolderWalkAndAGlobSkipFifos()
    {
        using var temp = new TempDirectory();
        temp.Write("docs/a.md", Duplicate);
        Posix.MakeFifo(Path.Combine(temp.Path, "docs", "x.md"));

        foreach (var input in new[] { "docs", "docs/*.md" })
        {
            var (exit, output, error) = await RunWithTimeout(temp.Path, [input]);
            Assert.True(exit == 0, error);
            Assert.DoesNotContain("x.md", output);
            Assert.Contains("(1 file checked)", output);
        }
    }

    [Fact]
    public async Task AFifoNamedExplicitlyIsReadFromItsWriter()
    {
        using var temp = new TempDirectory();
        var fifo = Path.Combine(temp.Path, "x.md");
        Posix.MakeFifo(fifo);
        var writer = Within(() =>
        {
            File.WriteAllText(fifo, Duplicate);
            return true;
        });

        var (exit, output, error) = await RunWithTimeout(temp.Path, ["x.md"]);

        Assert.True(exit == 0, error);
        Assert.True(await writer);
        Assert.StartsWith("x.md(5,4): warning NK3001: ", output);
    }

    // Row 4: the size limit applies to every input, devices and standard input included.
    [Fact]
    public async Task DevZeroIsNK0001AndTheOtherFilesAreStillLinted()
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", Duplicate);

        var (exit, output, error) = await RunWithTimeout(temp.Path, ["/dev/zero", "a.md"]);

        Assert.True(exit == 1, error);
        Assert.Contains("dev/zero(1,1): error NK0001: The input is over the 67,108,864-byte limit", output);
        Assert.Contains("a.md(5,4): warning NK3001: ", output);
    }

    [Fact]
    public async Task AnHtmlReportDoesNotReadADeviceAgain()
    {
        using var temp = new TempDirectory();
        temp.Write("a.md", Duplicate);

        var (exit, _, error) = await RunWithTimeout(temp.Path, ["/dev/zero", "a.md", "--format", "html:report.html"]);

        Assert.True(exit == 1, error);
        Assert.Contains("dev/zero", File.ReadAllText(Path.Combine(temp.Path, "report.html")));
    }

    [Fact]
    public async Task EndlessStandardInputIsNK0001NotARunThatNeverEnds()
    {
        using var temp = new TempDirectory();
        var output = new StringWriter();
        var console = new CliConsole(output, new StringWriter(), () => new EndlessStream(), temp.Path, false, false, _ => null);

        var exit = await Within(() => CliApplication.Run(["-", "--stdin-filename", "draft.md"], console));

        Assert.Equal(1, exit);
        Assert.Contains("draft.md(1,1): error NK0001: Standard input is over the 67,108,864-byte limit", output.ToString());
    }

    // Row 5: a folder that cannot be listed is NK0001 naming it; the rest is linted.
    [Fact]
    public void AFolderThatCannotBeListedIsNK0001AndTheRestIsLinted()
    {
        using var temp = new TempDirectory();
        Posix.Chmod(temp.Path, "755");
        temp.Write("a.md", Duplicate);
        temp.Write("locked/b.md", Duplicate);
        Posix.Chmod(Path.Combine(temp.Path, "a.md"), "644");
        Posix.Chmod(Path.Combine(temp.Path, "locked"), "000");
        try
        {
            var (exit, output, error) = Posix.RunCliUnprivileged(temp.Path, ".");

            Assert.True(exit == 1, output + error);
            Assert.Contains("locked(1,1): error NK0001: Could not list the folder; the files in it were not linted", output);
            Assert.Contains("a.md(5,4): warning NK3001: ", output);
        }
        finally
        {
            Posix.Chmod(Path.Combine(temp.Path, "locked"), "755");
        }
    }

    // Row 6: --fix on a symlinked article fixes the target and keeps the link.
    [Fact]
    public void FixThroughASymlinkFixesTheTargetAndKeepsTheLink()
    {
        using var temp = new TempDirectory();
        var target = temp.Write("store/article.txt", Fixable);
        var link = Path.Combine(temp.Path, "article.md");
        File.CreateSymbolicLink(link, target);

        var (exit, _, error) = CliRunner.Run(temp.Path, ["article.md", "--fix"]);

        Assert.True(exit == 0, error);
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Equal(Fixed, File.ReadAllText(target));
    }

    // Row 7: owner and group kept; hard links not split; read-only files left alone (NK0004).
    [Fact]
    public void FixKeepsTheOwnerAndGroup()
    {
        Assert.SkipUnless(Posix.IsRoot, "only root can give a file to another owner, and only then can --fix keep a foreign owner");
        using var temp = new TempDirectory();
        var path = temp.Write("a.md", Fixable);
        Posix.Chown(path, "1234:2345");

        var (exit, _, error) = CliRunner.Run(temp.Path, ["a.md", "--fix"]);

        Assert.True(exit == 0, error);
        Assert.Equal(Fixed, File.ReadAllText(path));
        var status = Posix.Status(path);
        Assert.Equal((1234u, 2345u), (status.OwnerId, status.GroupId));
    }

    [Fact]
    public void FixDoesNotSplitHardLinks()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("a.md", Fixable);
        Posix.HardLink(path, Path.Combine(temp.Path, "copy.txt"));

        var (exit, output, error) = CliRunner.Run(temp.Path, ["a.md", "--fix"]);

        Assert.True(exit == 1, output + error);
        Assert.Contains("a.md(1,1): error NK0004: 1 fix not written (the file has 2 hard links, and writing it would split them); the file is unchanged", output);
        Assert.Contains("warning NK4005", output);
        Assert.Equal(Fixable, File.ReadAllText(path));
        Assert.Equal(2u, Posix.Status(path).LinkCount);
    }

    [Fact]
    public void FixLeavesAReadOnlyFileAloneAndReportsIt()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("a.md", Fixable);
        var other = temp.Write("b.md", Fixable);
        Posix.Chmod(path, "444");

        var (exit, output, error) = CliRunner.Run(temp.Path, ["--fix"]);

        Assert.True(exit == 1, output + error);
        Assert.Contains("a.md(1,1): error NK0004: 1 fix not written (the file is read-only); the file is unchanged", output);
        Assert.Equal(Fixable, File.ReadAllText(path));
        Assert.Equal(Fixed, File.ReadAllText(other));
        Assert.Contains("Fixed 1 problem in 1 file; 1 file could not be written (NK0004)", output);
    }

    // Row 8: a fix that cannot be written (full disk, read-only folder) is NK0004 for that file only.
    [Fact]
    public void AFixThatCannotBeWrittenIsNK0004AndTheOtherFilesAreFixed()
    {
        using var temp = new TempDirectory();
        var full = temp.Write("full/a.md", Fixable);
        var fine = temp.Write("b.md", Fixable);
        var options = new FixOptions(BuiltInAnalyzers.CreateFixProviders())
        {
            Write = (path, bytes) =>
            {
                if (path == full)
                {
                    throw new IOException("No space left on device");
                }

                AtomicFile.Write(path, bytes);
            },
        };

        var run = LintFixer.Run(new LintRequest(["."], temp.Path, LintConfiguration.CreateDefault(temp.Path), BuiltInAnalyzers.Create()), options, TestContext.Current.CancellationToken);

        Assert.Equal(Fixed, File.ReadAllText(fine));
        Assert.Equal(Fixable, File.ReadAllText(full));
        var forFull = run.Result.Reported.Where(d => d.Location.Path == "full/a.md").Select(d => d.Id).ToList();
        Assert.Equal(["NK0004", "NK4005"], forFull);
        Assert.Contains("No space left on device", run.Result.Reported.First(d => d.Id == "NK0004").Message);
        Assert.DoesNotContain(run.Result.Reported, d => d.Location.Path == "b.md");
        Assert.Equal(["b.md"], run.Files.Select(f => f.DisplayPath));
    }

    [Fact]
    public void AFixInAFolderThatCannotBeWrittenIsNK0004()
    {
        using var temp = new TempDirectory();
        Posix.Chmod(temp.Path, "755");
        var path = temp.Write("locked/a.md", Fixable);
        Posix.Chmod(path, "666");
        Posix.Chmod(Path.Combine(temp.Path, "locked"), "555");
        try
        {
            var (exit, output, error) = Posix.RunCliUnprivileged(temp.Path, "locked/a.md", "--fix");

            Assert.True(exit == 1, output + error);
            Assert.Contains("locked/a.md(1,1): error NK0004: 1 fix not written (", output);
            Assert.DoesNotContain("internal error", error);
            Assert.Equal(Fixable, File.ReadAllText(path));
        }
        finally
        {
            Posix.Chmod(Path.Combine(temp.Path, "locked"), "755");
        }
    }

    // Row 12: names with invalid UTF-8 bytes or a backslash.
    [Fact]
    public void AFileNameThatIsNotUtf8IsNK0001NamingTheEscapedBytes()
    {
        using var temp = new TempDirectory();
        temp.Write("good.md", Duplicate);
        var (made, _, error) = ExternalTools.Run("sh", ["-c", "printf '# T\\n' > \"$(printf 'bad\\377name.md')\""], temp.Path);
        Assert.True(made == 0, error);

        var (exit, output, _) = CliRunner.Run(temp.Path, []);

        Assert.Equal(1, exit);
        Assert.Contains("bad\\xffname.md(1,1): error NK0001: The file name is not valid UTF-8 (bad\\xffname.md), so it cannot be opened; rename it", output);
        Assert.Contains("good.md(5,4): warning NK3001", output);
    }

    [Fact]
    public void AFileNameThatIsNotUtf8NamedExplicitlyIsNK0001NamingTheEscapedBytes()
    {
        using var temp = new TempDirectory();
        var (made, _, error) = ExternalTools.Run("sh", ["-c", "printf '# T\\n' > \"$(printf 'bad\\377name.md')\""], temp.Path);
        Assert.True(made == 0, error);

        // The runtime hands the argument over with U+FFFD for the byte it could not decode.
        var (exit, output, _) = CliRunner.Run(temp.Path, ["bad\uFFFDname.md"]);

        Assert.Equal(1, exit);
        Assert.StartsWith("bad\\xffname.md(1,1): error NK0001: The file name is not valid UTF-8 (bad\\xffname.md)", output);
    }

    [Fact]
    public void ABackslashInANameIsKeptInTextAndPercentEncodedInSarif()
    {
        using var temp = new TempDirectory();
        temp.Write("back\\slash.md", Duplicate);

        var (_, text, _) = CliRunner.Run(temp.Path, []);
        Assert.StartsWith("back\\slash.md(5,4): warning NK3001", text);

        var (_, sarif, _) = CliRunner.Run(temp.Path, ["--format", "sarif"]);
        using var json = JsonDocument.Parse(sarif);
        var uri = json.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0]
            .GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString();
        Assert.Equal("back%5Cslash.md", uri);
    }

    private sealed class EndlessStream : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)'a', offset, count);
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
