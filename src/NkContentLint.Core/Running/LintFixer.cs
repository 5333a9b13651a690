using NkContentLint.Diagnostics;
using NkContentLint.Fixing;
using NkContentLint.Text;

namespace NkContentLint.Running;

/// <summary>What <c>--fix</c> should do.</summary>
public sealed record FixOptions(IReadOnlyList<CodeFixProvider> Providers, FixSafety Level = FixSafety.Safe, bool DryRun = false)
{
    /// <summary>Passes before giving up on reaching a fixed point (a fix that keeps producing fixes).</summary>
    public int MaxPasses { get; init; } = 10;
}

/// <summary>A file the fixes changed: its bytes before and after, and how many fixes went in.</summary>
public sealed record FixedFile(string DisplayPath, string FullPath, byte[] Original, byte[] Fixed, int FixCount);

/// <summary>The findings left after fixing, and the files that changed.</summary>
public sealed record FixRunResult(LintResult Result, IReadOnlyList<FixedFile> Files);

/// <summary>
/// Lint, fix, lint again until nothing more can be fixed, so a second <c>--fix</c> changes nothing.
/// Passes work on an in-memory copy; files are written (atomically) only at the end, and not at all
/// for a dry run.
/// </summary>
public static class LintFixer
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
                if (fixes.Count == 0 || (file.Key == request.StandardInputPath && request.Inputs.Contains(LintRequest.StandardInputMarker)) || !File.Exists(fullPath))
                {
                    continue;
                }

                var bytes = overlay.TryGetValue(fullPath, out var current) ? current : File.ReadAllBytes(fullPath);
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
        if (!options.DryRun)
        {
            foreach (var file in changed)
            {
                AtomicFile.Write(file.FullPath, file.Fixed);
            }
        }

        return new FixRunResult(result, changed);
    }
}
