using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis.Text;
using NkContentLint.Diagnostics;

namespace NkContentLint.LanguageServer;

/// <summary>LSP shapes built from the engine's types (positions are UTF-16 line/character, as the engine's).</summary>
internal static class Protocol
{
    public const string Source = "nkcontentlint";

    public static JsonObject Position(LinePosition position) => new()
    {
        ["line"] = position.Line,
        ["character"] = position.Character,
    };

    public static JsonObject Range(LinePositionSpan span) => new()
    {
        ["start"] = Position(span.Start),
        ["end"] = Position(span.End),
    };

    public static int Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => 1,
        DiagnosticSeverity.Warning => 2,
        _ => 3,
    };

    public static LinePosition ReadPosition(JsonNode? node) =>
        new(Math.Max(0, (int?)node?["line"] ?? 0), Math.Max(0, (int?)node?["character"] ?? 0));

    public static LinePositionSpan ReadRange(JsonNode? node) => new(ReadPosition(node?["start"]), ReadPosition(node?["end"]));

    public static bool Overlaps(LinePositionSpan a, LinePositionSpan b) => a.Start <= b.End && b.Start <= a.End;

    public static string UriFor(string fullPath) => new Uri(fullPath).AbsoluteUri;

    /// <summary>The local path of a <c>file:</c> URI, or null for other schemes (untitled buffers).</summary>
    public static string? PathOf(string? uri)
    {
        if (uri is null || !Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || !parsed.IsFile)
        {
            return null;
        }

        return Path.GetFullPath(parsed.LocalPath);
    }

    public static JsonObject Error(JsonNode? id, int code, string message) => new()
    {
        ["jsonrpc"] = "2.0",
        ["id"] = id?.DeepClone(),
        ["error"] = new JsonObject { ["code"] = code, ["message"] = message },
    };

    public static JsonObject Result(JsonNode? id, JsonNode? result) => new()
    {
        ["jsonrpc"] = "2.0",
        ["id"] = id?.DeepClone(),
        ["result"] = result,
    };

    public static JsonObject Notification(string method, JsonNode? parameters) => new()
    {
        ["jsonrpc"] = "2.0",
        ["method"] = method,
        ["params"] = parameters,
    };

    public static JsonArray Array(IEnumerable<JsonNode?> items)
    {
        var array = new JsonArray();
        foreach (var item in items)
        {
            array.Add(item);
        }

        return array;
    }
}
