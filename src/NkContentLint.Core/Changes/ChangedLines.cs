using NkContentLint.Diagnostics;
using NkContentLint.Running;

namespace NkContentLint.Changes;

/// <summary>What changed in one file: either the whole file (added, renamed, untracked) or some lines.</summary>
internal sealed record FileChange(bool WhollyChanged, IReadOnlyList<(int Start, int End)> Lines)
{
    /// <summary>Whether any of the 1-based lines <paramref name="start"/>..<paramref name="end"/> changed.</summary>
    public bool Touches(int start, int end)
    {
        if (WhollyChanged)
        {
            return true;
        }

        foreach (var (from, to) in Lines)
        {
            if (from <= end && start <= to)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>
/// The lines changed since a base commit, by full path. <see cref="Filter"/> keeps the findings on
/// those lines: the rest of the run (cross-file checks included) still sees every article.
/// </summary>
internal sealed class ChangedLines(string baseCommit, IReadOnlyDictionary<string, FileChange> files)
{
    /// <summary>The merge base the changes are measured against.</summary>
    public string BaseCommit { get; } = baseCommit;

    /// <summary>Changed files by full path (as <see cref="Path.GetFullPath(string)"/> gives it).</summary>
    public IReadOnlyDictionary<string, FileChange> Files { get; } = files;

    public FileChange? For(string fullPath) => Files.GetValueOrDefault(Path.GetFullPath(fullPath));

    /// <summary>
    /// Whether a finding is on a changed line. Engine errors about a whole file (unreadable file,
    /// a rule that crashed) are kept when the file changed at all, and always when they concern the run.
    /// </summary>
    public bool Contains(Diagnostic diagnostic, string workingDirectory)
    {
        var engineError = diagnostic.Descriptor.Category == EngineDiagnostics.Category && diagnostic.Id != EngineDiagnostics.UnusedSuppression.Id;
        if (engineError && diagnostic.Location.Path is "." or "")
        {
            return true;
        }

        var change = For(Path.GetFullPath(diagnostic.Location.Path, workingDirectory));
        if (change is null)
        {
            return false;
        }

        return engineError || change.Touches(diagnostic.Location.StartLine, diagnostic.Location.EndLine);
    }

    /// <summary>The run with only the findings on changed lines.</summary>
    public LintResult Filter(LintResult result, string workingDirectory) =>
        result.WithDiagnostics(result.Diagnostics.Where(d => Contains(d, workingDirectory)));
}
