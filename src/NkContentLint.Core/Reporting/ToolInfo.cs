using System.Reflection;

namespace NkContentLint.Reporting;

/// <summary>Name and version every report records.</summary>
public static class ToolInfo
{
    public const string Name = "nkcontentlint";

    public const string InformationUri = "https://github.com/nkcontentlint/NkContentLint";

    /// <summary>The product version (without the source-revision suffix the SDK appends).</summary>
    public static string Version { get; } =
        (typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0")
        .Split('+')[0];
}
