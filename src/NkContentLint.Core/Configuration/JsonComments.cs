using System.Text;

namespace NkContentLint.Configuration;

/// <summary>
/// JSON with comments (JSONC, as VS Code's settings): <c>// …</c> and <c>/* … */</c> outside strings are
/// replaced by spaces, line breaks kept, so the YAML parser that reads JSON configurations reports the
/// same line and column the file has.
/// </summary>
internal static class JsonComments
{
    public static string Blank(string text)
    {
        if (!text.Contains('/', StringComparison.Ordinal))
        {
            return text;
        }

        var result = new StringBuilder(text);
        var inString = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                }
            }
            else if (c == '"')
            {
                inString = true;
            }
            else if (c == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                for (; i < text.Length && text[i] is not ('\n' or '\r'); i++)
                {
                    result[i] = ' ';
                }
            }
            else if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                var end = text.IndexOf("*/", i + 2, StringComparison.Ordinal);
                end = end < 0 ? text.Length : end + 2;
                for (; i < end; i++)
                {
                    if (text[i] is not ('\n' or '\r'))
                    {
                        result[i] = ' ';
                    }
                }

                i--;
            }
        }

        return result.ToString();
    }
}
