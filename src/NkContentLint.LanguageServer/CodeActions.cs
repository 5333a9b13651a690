using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis.Text;
using NkContentLint.Diagnostics;
using NkContentLint.Documents;
using NkContentLint.Fixing;
using NkContentLint.Rules;

namespace NkContentLint.LanguageServer;

/// <summary>
/// The light bulb: each rule's fix (safe fixes preferred, suggestions marked), "fix all of this rule
/// in the file", "suppress with a reason" (an inline directive), removing a suppression that
/// suppresses nothing, and a fix-all of the safe fixes for <c>source.fixAll</c>.
/// </summary>
internal sealed class CodeActions
{
    public const string FixAllKind = "source.fixAll.nkcontentlint";
    public const string ReasonPlaceholder = "TODO: say why this is right";

    private readonly ImmutableDictionary<string, ImmutableArray<CodeFixProvider>> providers = BuiltInAnalyzers.CreateFixProviders()
        .SelectMany(p => p.FixableDiagnosticIds.Select(id => (id, p)))
        .GroupBy(x => x.id, StringComparer.Ordinal)
        .ToImmutableDictionary(g => g.Key, g => g.Select(x => x.p).ToImmutableArray(), StringComparer.Ordinal);

    /// <summary>The rule's fix as text changes (a whole-file transcoding is not an editor edit: <c>--fix</c> does it).</summary>
    public CodeFix? FixFor(Diagnostic diagnostic) =>
        providers.GetValueOrDefault(diagnostic.Id).IsDefault
            ? null
            : providers[diagnostic.Id].Select(p => p.GetFix(diagnostic)).FirstOrDefault(f => f is { TranscodeFromCodePage: null, Changes.IsEmpty: false });

    /// <summary>Faded in the editor: a suppression that suppresses nothing, or text whose safe fix deletes it.</summary>
    public bool IsUnnecessary(Diagnostic diagnostic) =>
        diagnostic.Id == EngineDiagnostics.UnusedSuppression.Id
        || (FixFor(diagnostic) is { Safety: FixSafety.Safe, Changes: [var change] } && change.Span == diagnostic.Location.Span && string.IsNullOrEmpty(change.NewText));

    public JsonArray For(string uri, ContentDocument document, IReadOnlyList<Diagnostic> all, LinePositionSpan range, IReadOnlyList<string>? only, Func<Diagnostic, JsonObject> toLsp)
    {
        var actions = new JsonArray();
        bool Wants(string kind) => only is null || only.Count == 0 || only.Any(k => kind == k || kind.StartsWith(k + ".", StringComparison.Ordinal));
        if (Wants("quickfix"))
        {
            foreach (var diagnostic in all.Where(d => Protocol.Overlaps(d.Location.LineSpan, range)))
            {
                var lsp = toLsp(diagnostic);
                if (diagnostic.Id == EngineDiagnostics.UnusedSuppression.Id)
                {
                    actions.Add(Action("Remove this suppression comment", "quickfix", lsp, uri, document, [RemoveComment(document, diagnostic.Location.Span)], preferred: true));
                    continue;
                }

                if (FixFor(diagnostic) is { } fix)
                {
                    var safe = fix.Safety == FixSafety.Safe;
                    actions.Add(Action(safe ? fix.Title : $"{fix.Title} (suggestion: check it first)", "quickfix", lsp, uri, document, fix.Changes, preferred: safe));
                    var sameRule = all.Where(d => d.Id == diagnostic.Id).Select(FixFor).OfType<CodeFix>()
                        .Where(f => safe ? f.Safety == FixSafety.Safe : true).ToList();
                    if (sameRule.Count > 1)
                    {
                        var title = $"Fix all {diagnostic.Id} problems in this file ({sameRule.Count}){(safe ? string.Empty : ", suggestions included")}";
                        actions.Add(Action(title, "quickfix", lsp, uri, document, [.. sameRule.SelectMany(f => f.Changes)], preferred: false));
                    }
                }

                if (diagnostic.Descriptor.Category != EngineDiagnostics.Category)
                {
                    actions.Add(Action($"Suppress {diagnostic.Id} here, with a reason", "quickfix", lsp, uri, document, [Suppress(document, diagnostic)], preferred: false));
                }
            }
        }

        if (Wants(FixAllKind) && FixAllEdit(uri, document, all) is { } edit)
        {
            actions.Add(new JsonObject { ["title"] = "Fix all safe nkcontentlint problems in this file", ["kind"] = FixAllKind, ["edit"] = edit });
        }

        return actions;
    }

    /// <summary>Every safe fix in the file (non-overlapping), or null when there is none.</summary>
    public JsonObject? FixAllEdit(string uri, ContentDocument document, IReadOnlyList<Diagnostic> all)
    {
        var changes = all.Where(d => d.Id != EngineDiagnostics.UnusedSuppression.Id).Select(FixFor).OfType<CodeFix>()
            .Where(f => f.Safety == FixSafety.Safe).SelectMany(f => f.Changes).ToList();
        return changes.Count == 0 ? null : Edit(uri, document, changes);
    }

    /// <summary>
    /// A directive for this finding: <c>disable-next-line</c> on its own line before a line that starts
    /// a block (so the paragraph is not split), else <c>disable-line</c> at the end of the line.
    /// </summary>
    internal static TextChange Suppress(ContentDocument document, Diagnostic diagnostic)
    {
        var text = document.Text;
        var line = diagnostic.Location.LineSpan.Start.Line;
        var start = document.Lines.GetLineStart(line);
        var end = document.Lines.GetLineEnd(line, text);
        var content = text[start..end];
        var startsBlock = line == 0
            || string.IsNullOrWhiteSpace(text[document.Lines.GetLineStart(line - 1)..document.Lines.GetLineEnd(line - 1, text)])
            || content.TrimStart().StartsWith('#');
        if (startsBlock)
        {
            var indent = content[..(content.Length - content.TrimStart().Length)];
            var newline = text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";
            return new TextChange(new TextSpan(start, 0), $"{indent}<!-- nkcontentlint-disable-next-line {diagnostic.Id} -- {ReasonPlaceholder} -->{newline}");
        }

        return new TextChange(new TextSpan(end, 0), $" <!-- nkcontentlint-disable-line {diagnostic.Id} -- {ReasonPlaceholder} -->");
    }

    /// <summary>Removes a directive comment; its whole line when nothing else is on it.</summary>
    private static TextChange RemoveComment(ContentDocument document, TextSpan span)
    {
        var text = document.Text;
        var line = document.Lines.GetLineIndex(span.Start);
        var start = document.Lines.GetLineStart(line);
        var end = document.Lines.GetLineEnd(line, text);
        if (string.IsNullOrWhiteSpace(text[start..span.Start]) && string.IsNullOrWhiteSpace(text[span.End..end]) && document.Lines.GetLineIndex(span.End) == line)
        {
            var next = line + 1 < document.Lines.LineCount ? document.Lines.GetLineStart(line + 1) : end;
            return new TextChange(TextSpan.FromBounds(start, next), string.Empty);
        }

        var from = span.Start > 0 && text[span.Start - 1] == ' ' ? span.Start - 1 : span.Start;
        return new TextChange(TextSpan.FromBounds(from, span.End), string.Empty);
    }

    private static JsonObject Action(string title, string kind, JsonObject diagnostic, string uri, ContentDocument document, IReadOnlyList<TextChange> changes, bool preferred)
    {
        var action = new JsonObject
        {
            ["title"] = title,
            ["kind"] = kind,
            ["diagnostics"] = new JsonArray(diagnostic.DeepClone()),
            ["edit"] = Edit(uri, document, changes),
        };
        if (preferred)
        {
            action["isPreferred"] = true;
        }

        return action;
    }

    private static JsonObject Edit(string uri, ContentDocument document, IEnumerable<TextChange> changes)
    {
        var edits = new JsonArray();
        var end = -1;
        foreach (var change in changes.OrderBy(c => c.Span.Start).ThenBy(c => c.Span.Length))
        {
            // Overlapping edits are not allowed in one WorkspaceEdit: the first wins; the rest wait for the next round.
            if (change.Span.Start < end)
            {
                continue;
            }

            edits.Add(new JsonObject
            {
                ["range"] = Protocol.Range(document.Lines.GetPositionSpan(change.Span)),
                ["newText"] = change.NewText ?? string.Empty,
            });
            end = Math.Max(end, change.Span.End);
        }

        return new JsonObject { ["changes"] = new JsonObject { [uri] = edits } };
    }
}
