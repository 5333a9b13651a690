using Microsoft.CodeAnalysis.Text;
using NkContentLint.Text;

namespace NkContentLint.Rules.Encoding;

/// <summary>
/// A closing quote that became a dagger: read as Windows-1252, "”" (E2 80 9D) turns into "â€" and a byte the code page
/// leaves undefined (9D), which converters drop; when the no-break space after the quote (A0) follows straight on, the
/// bytes left, E2 80 A0, are "†" once decoded as UTF-8 again (<c>“decapitation strike†against</c>). A dagger is a
/// footnote mark, written after a closed quotation, so one counts here only where it ends a quotation the line opened
/// with "“" and never closed, right after a letter or sentence punctuation; the repair (a guess) is the quote and,
/// before a letter, the space it swallowed.
/// </summary>
internal static class DaggerClosingQuotes
{
    private const char Dagger = '\u2020';

    public static IEnumerable<Mojibake> Find(string text)
    {
        var at = text.IndexOf(Dagger);
        while (at >= 0)
        {
            if (at > 0 && (char.IsLetter(text[at - 1]) || text[at - 1] is '.' or ',' or '?' or '!') && OpensAnUnclosedQuotation(text, at))
            {
                var next = at + 1 < text.Length ? text[at + 1] : '\n';
                yield return new Mojibake(new TextSpan(at, 1), char.IsLetter(next) ? "” " : "”", LegacyCodePage.Windows1252, 1) { Lossy = true, Certain = false };
            }

            at = text.IndexOf(Dagger, at + 1);
        }
    }

    /// <summary>Whether the last double quotation mark before <paramref name="at"/> on its line is an opening "“".</summary>
    private static bool OpensAnUnclosedQuotation(string text, int at)
    {
        for (var i = at - 1; i >= 0 && text[i] is not ('\n' or '\r'); i--)
        {
            switch (text[i])
            {
                case '“':
                    return true;
                case '”' or '"' or Dagger:
                    return false;
            }
        }

        return false;
    }
}
