using System.Text;
using NkContentLint.Reporting;
using NkContentLint.Tests.Testing;
using Xunit;

namespace NkContentLint.Tests.Hardening;

/// <summary>
/// Issue 12: JSON, SARIF and HTML reports reach their stream as they are written, not as one
/// buffer at the end (memory is measured by the benchmark: docs/benchmarks.md).
/// </summary>
public sealed class StreamedReportTests
{
    private static Running.LintResult ManyFindings(TempDirectory temp)
    {
        var text = new StringBuilder("# Title\n\n");
        for (var i = 0; i < 3000; i++)
        {
            text.Append("## Access\n\n");
        }

        temp.Write("a.md", text.ToString());
        temp.Write("b.md", text.ToString());
        return Lint.Run(["."], temp.Path);
    }

    [Fact]
    public void JsonAndSarifReachTheStreamInPieces()
    {
        using var temp = new TempDirectory();
        var result = ManyFindings(temp);
        Assert.True(result.Diagnostics.Length >= 5998);

        var json = new RecordingStream();
        JsonReporter.Write(json, result);
        Assert.True(json.Writes > 10, $"{json.Writes} writes");
        Assert.True(json.LargestWrite < json.Length / 4, $"largest write {json.LargestWrite} of {json.Length} bytes");

        var sarif = new RecordingStream();
        SarifReporter.Write(sarif, result, new ReportContext(temp.Path));
        Assert.True(sarif.Writes > 10, $"{sarif.Writes} writes");
        Assert.True(sarif.LargestWrite < sarif.Length / 4, $"largest write {sarif.LargestWrite} of {sarif.Length} bytes");
    }

    [Fact]
    public void HtmlIsWrittenArticleByArticle()
    {
        using var temp = new TempDirectory();
        var result = ManyFindings(temp);
        var writer = new RecordingWriter();

        HtmlReporter.Write(writer, result, new ReportContext(temp.Path));

        Assert.True(writer.Chunks >= 3, $"{writer.Chunks} writes");
        Assert.True(writer.LargestChunk < writer.Length * 3 / 4, $"largest write {writer.LargestChunk} of {writer.Length} chars");
    }

    /// <summary>Counts what is written, keeping nothing.</summary>
    private sealed class RecordingStream : Stream
    {
        private long length;

        public int Writes { get; private set; }

        public int LargestWrite { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => length;

        public override long Position { get => length; set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            Writes++;
            LargestWrite = Math.Max(LargestWrite, buffer.Length);
            length += buffer.Length;
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }

    private sealed class RecordingWriter : StringWriter
    {
        public int Chunks { get; private set; }

        public int LargestChunk { get; private set; }

        public int Length => GetStringBuilder().Length;

        public override void Write(string? value)
        {
            Record(value?.Length ?? 0);
            base.Write(value);
        }

        public override void Write(StringBuilder? value)
        {
            Record(value?.Length ?? 0);
            base.Write(value);
        }

        private void Record(int length)
        {
            Chunks++;
            LargestChunk = Math.Max(LargestChunk, length);
        }
    }
}
