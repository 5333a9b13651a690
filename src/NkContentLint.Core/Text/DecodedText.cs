using System.Collections.Immutable;

namespace NkContentLint.Text;

/// <summary>The result of decoding a file's bytes once: the text plus what the decoder saw.</summary>
public sealed record DecodedText(
    string Text,
    SourceEncoding Encoding,
    ImmutableArray<InvalidByteSequence> InvalidBytes)
{
    public bool HasBom => Encoding != SourceEncoding.Utf8;
}
