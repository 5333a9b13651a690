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
public readonly record struct ProseToken(TextSpan Span, string Text, ProseTokenKind Kind, ProseTokenFlags Flags)
{
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
