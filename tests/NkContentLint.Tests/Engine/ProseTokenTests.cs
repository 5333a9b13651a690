using Microsoft.CodeAnalysis.Text;
using NkContentLint.Documents;
using Xunit;

namespace NkContentLint.Tests.Engine;

/// <summary>
/// A token keeps its start with its flags and its length with its kind, in 16 bytes (perf23): what goes in comes out,
/// whatever the combination, and equality is that of the four values, as the positional record it was.
/// </summary>
public sealed class ProseTokenTests
{
    private const int Largest = (1 << 28) - 1;

    public static TheoryData<int, int, ProseTokenKind, ProseTokenFlags> Values => new()
    {
        { 0, 0, ProseTokenKind.Word, ProseTokenFlags.None },
        { 5, 3, ProseTokenKind.Number, ProseTokenFlags.SpaceBefore | ProseTokenFlags.MarkupBefore },
        { 1 << 26, 1 << 26, ProseTokenKind.Symbol, ProseTokenFlags.InQuotation | ProseTokenFlags.InTitle },
        { Largest, Largest, ProseTokenKind.Symbol, (ProseTokenFlags)15 },
        { Largest, 0, ProseTokenKind.Word, ProseTokenFlags.InTitle },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void WhatGoesInComesOut(int start, int length, ProseTokenKind kind, ProseTokenFlags flags)
    {
        var token = new ProseToken(new TextSpan(start, length), "word", kind, flags);
        Assert.Equal(new TextSpan(start, length), token.Span);
        Assert.Equal("word", token.Text);
        Assert.Equal(kind, token.Kind);
        Assert.Equal(flags, token.Flags);

        var (span, text, k, f) = token;
        Assert.Equal((new TextSpan(start, length), "word", kind, flags), (span, text, k, f));
    }

    [Fact]
    public void WithChangesOneValueAndKeepsTheOthers()
    {
        var token = new ProseToken(new TextSpan(10, 4), "said", ProseTokenKind.Word, ProseTokenFlags.SpaceBefore | ProseTokenFlags.InTitle);

        var moved = token with { Span = new TextSpan(Largest, 7) };
        Assert.Equal((new TextSpan(Largest, 7), ProseTokenKind.Word, ProseTokenFlags.SpaceBefore | ProseTokenFlags.InTitle), (moved.Span, moved.Kind, moved.Flags));

        var number = token with { Kind = ProseTokenKind.Number };
        Assert.Equal((new TextSpan(10, 4), ProseTokenKind.Number, ProseTokenFlags.SpaceBefore | ProseTokenFlags.InTitle), (number.Span, number.Kind, number.Flags));

        var quoted = token with { Flags = ProseTokenFlags.InQuotation };
        Assert.Equal((new TextSpan(10, 4), ProseTokenKind.Word, ProseTokenFlags.InQuotation), (quoted.Span, quoted.Kind, quoted.Flags));
        Assert.Equal("said", quoted.Text);
    }

    [Fact]
    public void TheSameFourValuesMakeTheSameToken()
    {
        var token = new ProseToken(new TextSpan(3, 2), "of", ProseTokenKind.Word, ProseTokenFlags.SpaceBefore);
        Assert.Equal(token, new ProseToken(new TextSpan(3, 2), "of", ProseTokenKind.Word, ProseTokenFlags.SpaceBefore));
        Assert.Equal(token.GetHashCode(), new ProseToken(new TextSpan(3, 2), "of", ProseTokenKind.Word, ProseTokenFlags.SpaceBefore).GetHashCode());
        Assert.NotEqual(token, token with { Span = new TextSpan(4, 2) });
        Assert.NotEqual(token, token with { Span = new TextSpan(3, 3) });
        Assert.NotEqual(token, token with { Text = "OF" });
        Assert.NotEqual(token, token with { Kind = ProseTokenKind.Symbol });
        Assert.NotEqual(token, token with { Flags = ProseTokenFlags.None });
    }

    [Fact]
    public void APositionOrTagThatDoesNotFitIsRefusedNotCut()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ProseToken(new TextSpan(Largest + 1, 1), "a", ProseTokenKind.Word, ProseTokenFlags.None));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ProseToken(new TextSpan(0, Largest + 1), "a", ProseTokenKind.Word, ProseTokenFlags.None));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ProseToken(new TextSpan(0, 1), "a", ProseTokenKind.Word, (ProseTokenFlags)16));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ProseToken(new TextSpan(0, 1), "a", (ProseTokenKind)16, ProseTokenFlags.None));
    }

    [Fact]
    public void TokensOfADocumentCarryTheirSpansKindsAndFlags()
    {
        var document = ContentDocument.Parse("a.md", "Koryolink *said* 6,000 \"users\" joined.\n");
        var tokens = document.Sentences[0].Tokens;
        Assert.Equal(["Koryolink", "said", "6,000", "\"", "users", "\"", "joined", "."], tokens.Select(t => t.Text));
        Assert.All(tokens, t => Assert.Equal(t.Text, document.Text.Substring(t.Span.Start, t.Span.Length)));
        Assert.Equal(ProseTokenKind.Number, tokens[2].Kind);
        Assert.Equal(ProseTokenKind.Symbol, tokens[3].Kind);
        Assert.True(tokens[1].Flags.HasFlag(ProseTokenFlags.MarkupBefore));
        Assert.True(tokens[4].IsGlued);
    }
}

/// <summary>The document's string set is sized from the article's length (perf23), and shares strings as before.</summary>
public sealed class DocumentStringsTests
{
    [Theory]
    [InlineData(1_000, 80)]
    [InlineData(14_000, 500)]
    [InlineData(100_000, 1_800)]
    public void TheExpectedCountIsNearWhatAnArticleOfThatLengthHas(int length, int about)
    {
        // PowerShell-Docs: about 64 distinct words in a 1 KB page, 434 in a 14 KB one, 1,470 in a 100 KB one; a little over.
        var expected = DocumentStrings.ExpectedCount(length);
        Assert.InRange(expected, about * 0.7, about * 1.3);
    }

    [Fact]
    public void AHugeArticleStartsFromACappedSet() =>
        Assert.Equal(1 << 16, DocumentStrings.ExpectedCount(64 << 20));

    [Fact]
    public void OneStringPerValuePastTheExpectedCount()
    {
        var strings = new DocumentStrings(DocumentStrings.ExpectedCount(10));
        var first = Enumerable.Range(0, 1_000).Select(k => strings.Share($"w{k}".AsSpan())).ToList();
        var again = Enumerable.Range(0, 1_000).Select(k => strings.Share($"w{k}".AsSpan())).ToList();
        Assert.All(Enumerable.Range(0, 1_000), k => Assert.Same(first[k], again[k]));
    }
}
