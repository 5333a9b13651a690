using NkContentLint.Diagnostics;
using NkContentLint.Fixing;
using NkContentLint.Reporting;
using NkContentLint.Text;

namespace NkContentLint.Running;

/// <summary>What <c>--fix</c> should do.</summary>
internal sealed record FixOptions(IReadOnlyList<CodeFixProvider> Providers, FixSafety Level = FixSafety.Safe, bool DryRun = false)
{
    /// <summary>Passes before giving up on reaching a fixed point (a fix that keeps producing fixes).</summary>
    public int MaxPasses { get; init; } = 10;

    /// <summary>How a fixed file is written (tests replace it to simulate a full disk).</summary>
    public Action<string, byte[]> Write { get; init; } = AtomicFile.Write;
}

/// <summary>A file the fixes changed: its bytes before and after, and how many fixes went in.</summary>
internal sealed record FixedFile(string DisplayPath, string FullPath, byte[] Original, byte[] Fixed, int FixCount);

/// <summary>The findings left after fixing, and the files that changed.</summary>
internal sealed record FixRunResult(LintResult Result, IReadOnlyList<FixedFile> Files)
{
    /// <summary>Files whose fixes could not be written (each reported as NK0004).</summary>
    public int NotWritten { get; init; }
}

/// <summary>
/// Lint, fix, lint again until nothing more can be fixed, so a second <c>--fix</c> changes nothing.
/// Passes work on an in-memory copy; files are written (atomically) only at the end, and not at all
/// for a dry run.
/// </summary>
internal static class LintFixer
{
    public static FixRunResult Run(LintRequest request, FixOptions options, CancellationToken cancellationToken = default)
    {
        var providers = options.Providers
            .SelectMany(p => p.FixableDiagnosticIds.Select(id => (id, p)))
            .GroupBy(x => x.id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.p).ToList(), StringComparer.Ordinal);
        var overlay = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var originals = new Dictionary<string, (string DisplayPath, byte[] Bytes)>(StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);

        var result = LintRunner.Run(request with { FileOverrides = overlay }, cancellationToken);
        for (var pass = 0; pass < options.MaxPasses; pass++)
        {
            var applied = false;
            foreach (var file in result.Reported.GroupBy(d => d.Location.Path, StringComparer.Ordinal))
            {
                var fullPath = Path.GetFullPath(file.Key, request.WorkingDirectory);
                var fixes = file
                    .SelectMany(d => (providers.GetValueOrDefault(d.Id) ?? []).Select(p => p.GetFix(d)))
                    .OfType<CodeFix>()
                    .Where(f => f.Safety <= options.Level)
                    .ToList();
                if (fixes.Count == 0 || (file.Key == request.StandardInputPath && request.Inputs.Contains(LintRequest.StandardInputMarker)) || !File.Exists(fullPath)
                    || Discovery.FileStatus.Get(fullPath) is { IsRegular: false })
                {
                    // Only regular files are fixed: a FIFO or a device read once cannot be read again or replaced.
                    continue;
                }

                byte[] bytes;
                try
                {
                    bytes = overlay.TryGetValue(fullPath, out var current) ? current : BoundedRead.ReadFile(fullPath, request.MaxFileBytes);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // Gone or changed since it was linted: its findings stand, unfixed.
                    continue;
                }

                if (!TextDecoder.TryDecode(bytes, out var decoded))
                {
                    continue;
                }

                var outcome = FixApplier.Apply(bytes, decoded, fixes);
                if (outcome.Applied == 0)
                {
                    continue;
                }

                originals.TryAdd(fullPath, (file.Key, bytes));
                overlay[fullPath] = outcome.Bytes;
                counts[fullPath] = counts.GetValueOrDefault(fullPath) + outcome.Applied;
                applied = true;
            }

            if (!applied)
            {
                break;
            }

            result = LintRunner.Run(request with { FileOverrides = overlay }, cancellationToken);
        }

        var changed = overlay
            .Where(entry => !entry.Value.AsSpan().SequenceEqual(originals[entry.Key].Bytes))
            .Select(entry => new FixedFile(originals[entry.Key].DisplayPath, entry.Key, originals[entry.Key].Bytes, entry.Value, counts[entry.Key]))
            .OrderBy(f => f.DisplayPath, StringComparer.Ordinal)
            .ToList();
        if (options.DryRun)
        {
            return new FixRunResult(result, changed);
        }

        // A file that cannot be written is NK0004 and keeps its findings as they are on disk; the
        // other files are still written and the run goes on.
        var notWritten = new List<Diagnostic>();
        foreach (var file in changed)
        {
            var reason = AtomicFile.WhyNotReplaceable(file.FullPath);
            if (reason is null)
            {
                try
                {
                    options.Write(file.FullPath, file.Fixed);
                    continue;
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    reason = ex.Message;
                }
            }

            overlay.Remove(file.FullPath);
            notWritten.Add(Diagnostic.Create(
                EngineDiagnostics.FixNotWritten,
                Location.ForFile(file.DisplayPath),
                $"{Quantity.Of(file.FixCount, "fix")} not written ({reason}); the file is unchanged"));
        }

        if (notWritten.Count == 0)
        {
            return new FixRunResult(result, changed);
        }

        // Report the unwritten files as they are on disk, not as they would have been fixed.
        result = LintRunner.Run(request with { FileOverrides = overlay }, cancellationToken);
        var diagnostics = result.Diagnostics.AddRange(notWritten)
            .OrderBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Span.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal);
        var written = changed.Where(f => overlay.ContainsKey(f.FullPath)).ToList();
        return new FixRunResult(result.WithDiagnostics(diagnostics), written) { NotWritten = changed.Count - written.Count };
    }
}
