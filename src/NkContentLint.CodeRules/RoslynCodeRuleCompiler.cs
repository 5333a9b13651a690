using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using NkContentLint.Analysis;
using NkContentLint.CustomRules;
using NkContentLint.Fixing;
using NkContentLint.Reporting;

namespace NkContentLint.CodeRules;

/// <summary>
/// Compiles C# rule files with Roslyn into one in-memory assembly against the engine's public API, loads
/// it in a collectible <see cref="System.Runtime.Loader.AssemblyLoadContext"/> (the engine itself is
/// resolved to the host's copy, so <see cref="ContentAnalyzer"/> is one type), and returns a new instance
/// of every concrete analyzer it defines. Compiled assemblies are cached by the SHA-256 of the files'
/// paths and contents, the tool version and the engine build: in memory for the compiler's lifetime, and
/// on disk when a cache folder is given. The C# compiler is loaded only when there is a file to compile.
/// Dispose the compiler to unload every assembly it loaded (once the analyzers are no longer referenced).
/// </summary>
internal sealed partial class RoslynCodeRuleCompiler : ICodeRuleCompiler, IDisposable
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, LoadedRules> loaded = new(StringComparer.Ordinal);
    private readonly string? cacheDirectory;
    private int compilationCount;
    private bool disposed;

    /// <param name="cacheDirectory">
    /// Where compiled rule assemblies are kept between runs (a <c>code-rules</c> folder is made there);
    /// null keeps them in memory only.
    /// </param>
    public RoslynCodeRuleCompiler(string? cacheDirectory = null)
    {
        this.cacheDirectory = cacheDirectory is null ? null : Path.Combine(Path.GetFullPath(cacheDirectory), "code-rules");
    }

    /// <summary>How many times the C# compiler actually ran (cache hits do not count).</summary>
    public int CompilationCount => Volatile.Read(ref compilationCount);

    public CodeRuleCompilation Compile(IReadOnlyList<RuleSourceFile> files, CancellationToken cancellationToken)
    {
        if (files.Count == 0)
        {
            return new CodeRuleCompilation([], [], FromCache: false);
        }

        var ordered = files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        var key = CacheKey(ordered);
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            if (loaded.TryGetValue(key, out var rules))
            {
                return rules.Instantiate(fromCache: true);
            }

            if (TryReadDiskCache(key) is { } cached)
            {
                try
                {
                    rules = LoadedRules.Load(cached.Image, cached.Sources, ordered[0].Path);
                    loaded[key] = rules;
                    return rules.Instantiate(fromCache: true);
                }
                catch (Exception ex) when (ex is BadImageFormatException or FileLoadException)
                {
                    // A damaged cache entry is a cache miss: compiled again and rewritten below.
                }
            }

            var emitted = Emit(ordered, "NkCodeRules_" + key[..16], cancellationToken);
            Interlocked.Increment(ref compilationCount);
            if (!emitted.Errors.IsEmpty)
            {
                return new CodeRuleCompilation([], emitted.Errors, FromCache: false);
            }

            WriteDiskCache(key, emitted.Image!, emitted.Sources);
            rules = LoadedRules.Load(emitted.Image!, emitted.Sources, ordered[0].Path);
            loaded[key] = rules;
            return rules.Instantiate(fromCache: false);
        }
    }

    /// <summary>Unloads every assembly this compiler loaded; analyzers already handed out keep theirs alive until released.</summary>
    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
            foreach (var rules in loaded.Values)
            {
                rules.Unload();
            }

            loaded.Clear();
        }
    }

    /// <summary>The load contexts this compiler holds, for tests that check they unload.</summary>
    internal IReadOnlyList<WeakReference> LoadContextsForTesting()
    {
        lock (gate)
        {
            return [.. loaded.Values.Select(r => r.WeakContext())];
        }
    }

    // Kept out of Compile so that the JIT loads Microsoft.CodeAnalysis.CSharp only when something is compiled.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static RoslynEmitter.Result Emit(IReadOnlyList<RuleSourceFile> files, string assemblyName, CancellationToken cancellationToken) =>
        RoslynEmitter.Emit(files, assemblyName, cancellationToken);

    private static string CacheKey(IReadOnlyList<RuleSourceFile> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(text));
            hash.AppendData([0]);
        }

        Add("nkcontentlint code rules v1");
        Add(ToolInfo.Version);
        // A rebuilt engine (same version, new API) must not load rules compiled against the old one.
        Add(typeof(ContentAnalyzer).Assembly.ManifestModule.ModuleVersionId.ToString());
        foreach (var file in files)
        {
            Add(file.Path);
            Add(file.Text);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private (byte[] Image, ImmutableDictionary<string, RuleTypeSource> Sources)? TryReadDiskCache(string key)
    {
        if (cacheDirectory is null)
        {
            return null;
        }

        try
        {
            var dll = Path.Combine(cacheDirectory, key + ".dll");
            var types = Path.Combine(cacheDirectory, key + ".types");
            if (!File.Exists(dll) || !File.Exists(types))
            {
                return null;
            }

            var sources = RuleTypeSource.Parse(File.ReadAllLines(types));
            return sources is null ? null : (File.ReadAllBytes(dll), sources);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // An unreadable cache entry is a cache miss, never a failed run.
            return null;
        }
    }

    private void WriteDiskCache(string key, byte[] image, ImmutableDictionary<string, RuleTypeSource> sources)
    {
        if (cacheDirectory is null)
        {
            return;
        }

        try
        {
            Directory.CreateDirectory(cacheDirectory);
            // The type map first: a .dll without its map is never read.
            AtomicFile.Write(Path.Combine(cacheDirectory, key + ".types"), Encoding.UTF8.GetBytes(RuleTypeSource.Format(sources)));
            AtomicFile.Write(Path.Combine(cacheDirectory, key + ".dll"), image);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written costs the next run a compilation, nothing else.
        }
    }

    [GeneratedRegex("^[A-Z][A-Z0-9]*[0-9]+$", RegexOptions.CultureInvariant)]
    internal static partial Regex CustomIdPattern();

    /// <summary>Where a compiled analyzer type was declared, to locate errors found when it is instantiated.</summary>
    internal sealed record RuleTypeSource(string Path, int Line, int Column)
    {
        public static string Format(ImmutableDictionary<string, RuleTypeSource> sources) =>
            string.Concat(sources.OrderBy(s => s.Key, StringComparer.Ordinal)
                .Select(s => $"{s.Key}\t{s.Value.Line}\t{s.Value.Column}\t{s.Value.Path}\n"));

        public static ImmutableDictionary<string, RuleTypeSource>? Parse(string[] lines)
        {
            var builder = ImmutableDictionary.CreateBuilder<string, RuleTypeSource>(StringComparer.Ordinal);
            foreach (var line in lines.Where(l => l.Length > 0))
            {
                var parts = line.Split('\t', 4);
                if (parts.Length != 4 || !int.TryParse(parts[1], out var row) || !int.TryParse(parts[2], out var column))
                {
                    return null;
                }

                builder[parts[0]] = new RuleTypeSource(parts[3], row, column);
            }

            return builder.ToImmutable();
        }
    }
}
