using Microsoft.CodeAnalysis.Text;

namespace NkContentLint.Documents;

public enum ProseTokenKind
{
    /// <summary>Letters, with inner digits, apostrophes and hyphens: <c>world's</c>, <c>second-largest</c>, <c>IPv4</c>, <c>U.S.</c>.</summary>
    Word,

    /// <summary>Digits with inner <c>,</c> or <c>.</c> groups: <c>1,024</c>, <c>3.5</c>, <c>175.45.176.0</c>.</summary>
    Number,

    /// <summary>Any other single character: <c>%</c>, <c>$</c>, <c>,</c>, <c>“</c>.</summary>
    Symbol,
}

[Flags]
public enum ProseTokenFlags
{
    None = 0,

    /// <summary>Whitespace (or blanked markup) separates the token from the one before; false means glued, as in <c>US$500</c> or <c>2k</c>.</summary>
    SpaceBefore = 1,

    /// <summary>Markup or non-prose (emphasis markers, a link destination, a footnote marker) lies between this token and the one before.</summary>
    MarkupBefore = 2,

    /// <summary>Inside a quotation (<see cref="ProseBlock.Quotations"/>).</summary>
    InQuotation = 4,

    /// <summary>Inside the italic title of a work (<see cref="ProseBlock.Titles"/>).</summary>
    InTitle = 8,
}

/// <summary>A word, number or symbol of a sentence, at its source span.</summary>
/// <remarks>
/// 16 bytes, not the 24 of four plain fields: every sentence's tokens are kept (a whole-corpus run made 180 MB of token
/// arrays on PowerShell-Docs), so the start shares an int with the flags and the length one with the kind, each position
/// in the low 28 bits (an article is read up to 64 MiB, 2^26 characters). Equality and the members are those of the
/// positional record it was: the same four values make the same token.
/// </remarks>
public readonly record struct ProseToken
{
    private const int PositionBits = 28;
    private const int PositionMask = (1 << PositionBits) - 1;
    private const int TagLimit = 1 << (32 - PositionBits);

    private readonly int startAndFlags;
    private readonly int lengthAndKind;
    private readonly string text;

    public ProseToken(TextSpan Span, string Text, ProseTokenKind Kind, ProseTokenFlags Flags)
    {
        startAndFlags = Pack(Span.Start, (int)Flags, nameof(Span), nameof(Flags));
        lengthAndKind = Pack(Span.Length, (int)Kind, nameof(Span), nameof(Kind));
        text = Text;
    }

    /// <summary>The token's source span.</summary>
    public TextSpan Span
    {
        get => new(startAndFlags & PositionMask, lengthAndKind & PositionMask);
        init
        {
            startAndFlags = Pack(value.Start, (int)Flags, nameof(Span), nameof(Flags));
            lengthAndKind = Pack(value.Length, (int)Kind, nameof(Span), nameof(Kind));
        }
    }

    /// <summary>The token's characters in the prose view.</summary>
    public string Text
    {
        get => text;
        init => text = value;
    }

    public ProseTokenKind Kind
    {
        get => (ProseTokenKind)((uint)lengthAndKind >> PositionBits);
        init => lengthAndKind = Pack(lengthAndKind & PositionMask, (int)value, nameof(Span), nameof(Kind));
    }

    public ProseTokenFlags Flags
    {
        get => (ProseTokenFlags)((uint)startAndFlags >> PositionBits);
        init => startAndFlags = Pack(startAndFlags & PositionMask, (int)value, nameof(Span), nameof(Flags));
    }

    public void Deconstruct(out TextSpan Span, out string Text, out ProseTokenKind Kind, out ProseTokenFlags Flags)
    {
        Span = this.Span;
        Text = text;
        Kind = this.Kind;
        Flags = this.Flags;
    }

    private static int Pack(int position, int tag, string positionName, string tagName)
    {
        if ((uint)position > PositionMask)
        {
            throw new ArgumentOutOfRangeException(positionName, position, $"A token's start and length are at most {PositionMask:N0}.");
        }

        if ((uint)tag >= TagLimit)
        {
            throw new ArgumentOutOfRangeException(tagName, tag, $"A token's kind and flags are below {TagLimit}.");
        }

        return (int)((uint)tag << PositionBits) | position;
    }

    public bool IsWord => Kind == ProseTokenKind.Word;

    public bool IsNumber => Kind == ProseTokenKind.Number;

    public bool IsSymbol => Kind == ProseTokenKind.Symbol;

    /// <summary>No whitespace or markup between this token and the previous one.</summary>
    public bool IsGlued => (Flags & ProseTokenFlags.SpaceBefore) == 0;

    public bool InQuotation => (Flags & ProseTokenFlags.InQuotation) != 0;

    public bool InTitle => (Flags & ProseTokenFlags.InTitle) != 0;

    /// <summary>A word that starts with an upper-case letter.</summary>
    public bool IsCapitalized => Kind == ProseTokenKind.Word && char.IsUpper(Text[0]);

    /// <summary>Case-insensitive comparison with <paramref name="value"/>; curly and straight apostrophes are equal.</summary>
    public bool Is(string value)
    {
        // Called for nearly every word against many values (the attribution finder's grammar): most differ in length or
        // in an ASCII first letter, told without a call; the rest compare without a copy unless a curly apostrophe is there.
        var text = Text;
        if (text.Length != value.Length)
        {
            return false;
        }

        if (text.Length > 0 && (text[0] | value[0]) < 0x80 && (text[0] | 0x20) != (value[0] | 0x20))
        {
            return false;
        }

        return text.Contains('’')
            ? string.Compare(text.Replace('’', '\''), value, StringComparison.OrdinalIgnoreCase) == 0
            : string.Equals(text, value, StringComparison.OrdinalIgnoreCase);
    }

    public override string ToString() => Text;
}
