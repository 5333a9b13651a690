using NkContentLint.Text;
using Xunit;

namespace NkContentLint.Tests.Engine;

public sealed class LineMapTests
{
    [Fact]
    public void BreaksAtLfCrLfAndCr()
    {
        var map = LineMap.Create("a\nb\r\nc\rd");
        Assert.Equal(4, map.LineCount);
        Assert.Equal([0, 2, 5, 7], Enumerable.Range(0, 4).Select(map.GetLineStart));
    }

    [Theory]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    [InlineData("\u0085")]
    public void UnicodeLineSeparatorsAreNotLineBreaks(string separator)
    {
        // Roslyn's SourceText would start a new line here; git and GitHub do not.
        var map = LineMap.Create("one" + separator + "two\nthree");
        Assert.Equal(2, map.LineCount);
        Assert.Equal(0, map.GetPosition(5).Line);
        Assert.Equal(5, map.GetPosition(5).Character);
    }

    [Fact]
    public void PositionsAreZeroBasedUtf16()
    {
        var text = "광명\n😀 x";
        var map = LineMap.Create(text);
        var x = text.IndexOf('x');
        Assert.Equal(1, map.GetPosition(x).Line);
        Assert.Equal(3, map.GetPosition(x).Character);
    }

    [Fact]
    public void EndOfTextMapsToTheLastLine()
    {
        var map = LineMap.Create("a\nb\n");
        Assert.Equal(3, map.LineCount);
        Assert.Equal(2, map.GetPosition(4).Line);
    }

    [Fact]
    public void LineEndExcludesTheBreak()
    {
        const string text = "abc\r\ndef";
        var map = LineMap.Create(text);
        Assert.Equal(3, map.GetLineEnd(0, text));
        Assert.Equal(8, map.GetLineEnd(1, text));
    }
}
