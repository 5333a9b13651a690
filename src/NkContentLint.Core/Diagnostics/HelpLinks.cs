using System.Reflection;

namespace NkContentLint.Diagnostics;

/// <summary>
/// Builds every rule's help link from one build property (<c>NkDocsBaseUrl</c> in
/// Directory.Build.props), so moving the docs means changing one line.
/// </summary>
internal static class HelpLinks
{
    public static string BaseUrl { get; } =
        typeof(HelpLinks).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "NkDocsBaseUrl")?.Value
        ?? throw new InvalidOperationException("NkDocsBaseUrl assembly metadata is missing.");

    public static string ForRule(string id) => BaseUrl + id + ".md";
}
