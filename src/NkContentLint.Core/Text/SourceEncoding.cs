namespace NkContentLint.Text;

/// <summary>How a file's bytes were turned into text; a fix writes the same encoding back.</summary>
public enum SourceEncoding
{
    Utf8,
    Utf8WithBom,
    Utf16LittleEndian,
    Utf16BigEndian,
}
