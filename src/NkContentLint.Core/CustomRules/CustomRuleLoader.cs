using System.Collections.Immutable;
using NkContentLint.Analysis;
using NkContentLint.Configuration;
using NkContentLint.CustomRules.Declarative;
using NkContentLint.Discovery;

namespace NkContentLint.CustomRules;

/// <summary>
/// Loads the custom rules of the folders a configuration names (<c>custom_rules: { paths: [...] }</c>):
/// every <c>*.yml</c>/<c>*.yaml</c> file directly in a folder (hidden files aside) is one declarative rule; the <c>*.cs</c>
/// files go to the <see cref="ICodeRuleCompiler"/> the caller passes, or are skipped with a note when
/// it passes none (code rules not allowed). Files load in ordinal order, so runs are reproducible.
/// Any error stops the run: <see cref="CustomRuleException"/>, all errors at once.
/// </summary>
internal static class CustomRuleLoader
{
    /// <summary>Largest rule file read (a rule file is a page of YAML; this bounds a hostile one).</summary>
    public const long MaxRuleFileBytes = 1024 * 1024;

    /// <summary>The custom rules of <paramref name="configuration"/> (none when it names no folder).</summary>
    public static CustomRuleSet Load(LintConfiguration configuration, ICodeRuleCompiler? compiler, string workingDirectory, CancellationToken cancellationToken = default) =>
        Load(configuration.CustomRulePaths, compiler, workingDirectory, cancellationToken);

    /// <summary>The custom rules in <paramref name="paths"/> (full paths of folders, or of single rule files).</summary>
    public static CustomRuleSet Load(IReadOnlyList<string> paths, ICodeRuleCompiler? compiler, string workingDirectory, CancellationToken cancellationToken = default)
    {
        if (paths.Count == 0)
        {
            return CustomRuleSet.Empty;
        }

        var errors = new List<RuleFileError>();
        var yamlFiles = new List<(string Full, string Display)>();
        var codeFiles = new List<(string Full, string Display)>();
        foreach (var path in paths)
        {
            IEnumerable<string> files;
            if (Directory.Exists(path))
            {
                try
                {
                    files = [.. Directory.EnumerateFiles(path).Order(StringComparer.Ordinal)];
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    errors.Add(new RuleFileError(Display(workingDirectory, path), 1, 1, $"cannot list the custom rule folder: {ex.Message}"));
                    continue;
                }
            }
            else if (File.Exists(path))
            {
                files = [path];
            }
            else
            {
                errors.Add(new RuleFileError(Display(workingDirectory, path), 1, 1, "custom rule folder not found"));
                continue;
            }

            foreach (var file in files)
            {
                var display = Display(workingDirectory, file);
                // Hidden files (a .nkcontentlint.yaml kept beside the rules among them) are not rules.
                if (Path.GetFileName(file).StartsWith('.') || FileStatus.Get(file) is { IsRegular: false } || yamlFiles.Any(f => f.Full == file) || codeFiles.Any(f => f.Full == file))
                {
                    continue;
                }

                if (file.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase))
                {
                    yamlFiles.Add((file, display));
                }
                else if (file.EndsWith(".cs", StringComparison.OrdinalIgnoreCase))
                {
                    codeFiles.Add((file, display));
                }
            }
        }

        var analyzers = ImmutableArray.CreateBuilder<ContentAnalyzer>();
        var rules = new List<CustomRule>();
        var notes = ImmutableArray.CreateBuilder<string>();
        foreach (var (full, display) in yamlFiles)
        {
            if (Read(full, display, errors) is not { } text)
            {
                continue;
            }

            var reader = new DeclarativeRuleReader(display);
            if (reader.Read(text) is { } rule && reader.Errors.Count == 0)
            {
                analyzers.Add(new DeclarativeRuleAnalyzer(rule));
                rules.Add(new CustomRule(rule.Descriptor, display, rule.Type.ToConfigName()));
            }

            errors.AddRange(reader.Errors);
        }

        if (codeFiles.Count > 0 && compiler is null)
        {
            notes.AddRange(codeFiles.Select(f => $"code rule {f.Display} skipped: pass --allow-code-rules"));
        }
        else if (codeFiles.Count > 0)
        {
            var sources = new List<RuleSourceFile>();
            foreach (var (full, display) in codeFiles)
            {
                if (Read(full, display, errors) is { } text)
                {
                    sources.Add(new RuleSourceFile(display, text));
                }
            }

            var compilation = compiler!.Compile(sources, cancellationToken);
            errors.AddRange(compilation.Errors);
            var source = sources.Count == 1 ? sources[0].Path : "one of " + string.Join(", ", sources.Select(s => s.Path));
            foreach (var analyzer in compilation.Analyzers)
            {
                analyzers.Add(analyzer);
                foreach (var descriptor in analyzer.SupportedDiagnostics)
                {
                    if (CustomRuleIds.Problem(descriptor.Id) is { } problem)
                    {
                        errors.Add(new RuleFileError(sources.Count == 1 ? sources[0].Path : source, 1, 1, problem));
                    }

                    rules.Add(new CustomRule(descriptor, source, "C#"));
                }
            }
        }

        foreach (var clash in rules.GroupBy(r => r.Descriptor.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var files = clash.Select(r => r.SourcePath).ToList();
            errors.Add(new RuleFileError(files[1], 1, 1, $"rule ID {clash.Key} is defined twice: in {string.Join(" and ", files)}; each rule needs its own ID"));
        }

        if (errors.Count > 0)
        {
            throw new CustomRuleException(errors);
        }

        return new CustomRuleSet(analyzers.ToImmutable(), [.. rules.OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal)], notes.ToImmutable());
    }

    private static string? Read(string full, string display, List<RuleFileError> errors)
    {
        try
        {
            using var stream = File.OpenRead(full);
            var bytes = Text.BoundedRead.ReadAll(stream, MaxRuleFileBytes);
            if (bytes is null)
            {
                errors.Add(new RuleFileError(display, 1, 1, $"rule file is larger than {MaxRuleFileBytes / 1024} KiB"));
                return null;
            }

            if (!Text.TextDecoder.TryDecode(bytes, out var decoded) || !decoded.InvalidBytes.IsEmpty)
            {
                errors.Add(new RuleFileError(display, 1, 1, "rule file is not valid UTF-8 text"));
                return null;
            }

            return decoded.Text;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Add(new RuleFileError(display, 1, 1, $"cannot read rule file: {ex.Message}"));
            return null;
        }
    }

    private static string Display(string workingDirectory, string path) =>
        FileDiscovery.DisplayPath(workingDirectory, Path.GetFullPath(path, workingDirectory));
}
