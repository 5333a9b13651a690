using System.Reflection;

namespace NkContentLint.Reporting;

/// <summary>Name and version every report records.</summary>
internal static class ToolInfo
{
    public const string Name = "nkcontentlint";

    public const string InformationUri = "https://github.com/nkcontentlint/NkContentLint";

    private static readonly string Informational =
        typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>The product version from the git tag (MinVer), without the source-revision suffix the SDK appends.</summary>
    public static string Version { get; } = Informational.Split('+')[0];

    /// <summary>The git commit the tool was built from (the SDK's source-revision suffix), or null when built outside git.</summary>
    public static string? Commit { get; } = Informational.Split('+') is [_, var revision, ..] && revision.Length > 0 ? revision : null;

    /// <summary>The commit shortened as git shows it, or "unknown".</summary>
    public static string ShortCommit => Commit is null ? "unknown" : Commit[..Math.Min(12, Commit.Length)];
}
