namespace NkContentLint.Claims;

/// <summary>One number expression as read, before it is known to be a claim: its token range, value bounds and how it was written.</summary>
internal struct Quantity
{
    public int Start;
    public int End;
    public double Low;
    public double High;
    public double Scale;
    public bool HasMagnitude;
    public bool Indefinite;
    public bool PluralMagnitude;
    public bool IsWords;
    public bool HasSeparator;
    public bool HasDecimal;
    public bool IsRange;
    public bool Plus;
    public bool Multiplier;

    /// <summary>The magnitude and the counted noun are one hyphenated compound: <c>1.1-million-soldier</c>.</summary>
    public bool Compound;
}
