using System.Text.RegularExpressions;

namespace NkContentLint.CustomRules;

/// <summary>
/// The shape of a custom rule's ID: capital letters and digits ending in a number (<c>HOUSE001</c>,
/// <c>AP12</c>), never starting with <c>NK</c>, which is kept for the built-in rules.
/// </summary>
internal static partial class CustomRuleIds
{
    public const string Pattern = "^[A-Z][A-Z0-9]*[0-9]+$";

    [GeneratedRegex(Pattern)]
    private static partial Regex Shape();

    /// <summary>Why <paramref name="id"/> cannot name a custom rule, or null when it can.</summary>
    public static string? Problem(string? id)
    {
        if (string.IsNullOrEmpty(id) || !Shape().IsMatch(id))
        {
            return $"rule ID '{id}' must be capital letters and digits that end in a number, such as HOUSE001 (pattern {Pattern})";
        }

        return id.StartsWith("NK", StringComparison.Ordinal)
            ? $"rule ID '{id}' starts with NK, which is reserved for the built-in rules; choose another prefix, such as HOUSE"
            : null;
    }
}
