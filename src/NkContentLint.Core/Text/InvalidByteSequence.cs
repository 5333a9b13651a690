namespace NkContentLint.Text;

/// <summary>
/// Bytes that are not valid UTF-8. The decoder puts one U+FFFD in the text at
/// <see cref="CharOffset"/> for them and remembers the original bytes (rule NK4003).
/// </summary>
public sealed record InvalidByteSequence(int CharOffset, long ByteOffset, byte[] Bytes);
