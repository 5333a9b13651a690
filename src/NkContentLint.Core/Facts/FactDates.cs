using System.Globalization;
using System.Text.RegularExpressions;

namespace NkContentLint.Facts;

/// <summary>Dates in fact packs: YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source.</summary>
public static partial class FactDates
{
    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?$")]
    private static partial Regex Shape();

    public static bool IsValid(string text) =>
        Shape().IsMatch(text) && text.Length switch
        {
            4 => true,
            7 => DateTime.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            _ => DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        };

    public static int Year(string text) => int.Parse(text.AsSpan(0, 4), CultureInfo.InvariantCulture);
}
