using Microsoft.Extensions.FileSystemGlobbing;

namespace NkContentLint.Discovery;

/// <summary>Checks a glob before it is used, so a bad one is a located error and not a crash mid-run.</summary>
internal static class Globs
{
    /// <summary>Why <paramref name="glob"/> cannot be matched (for example <c>**/../x</c>), or null when it can.</summary>
    public static string? Problem(string glob)
    {
        try
        {
            var matcher = new Matcher(StringComparison.Ordinal);
            matcher.AddInclude(glob.Replace('\\', '/'));
            matcher.Match("/", "x");
            return null;
        }
        catch (ArgumentException ex)
        {
            return $"'{glob}' is not a glob that can be matched: {ex.Message}";
        }
    }
}
