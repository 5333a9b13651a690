using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using NkContentLint.Analysis;
using NkContentLint.CustomRules;
using RuleTypeSource = NkContentLint.CodeRules.RoslynCodeRuleCompiler.RuleTypeSource;

namespace NkContentLint.CodeRules;

/// <summary>
/// One compiled rule assembly, loaded in its own collectible context. Everything it references (the
/// engine, the BCL) is resolved from the default context, so its analyzers derive from the host's
/// <see cref="ContentAnalyzer"/> and the driver runs them like built-in ones.
/// </summary>
internal sealed class LoadedRules
{
    private readonly CodeRuleLoadContext context;
    private readonly Assembly assembly;
    private readonly ImmutableDictionary<string, RuleTypeSource> sources;
    private readonly string firstPath;

    private LoadedRules(CodeRuleLoadContext context, Assembly assembly, ImmutableDictionary<string, RuleTypeSource> sources, string firstPath)
    {
        this.context = context;
        this.assembly = assembly;
        this.sources = sources;
        this.firstPath = firstPath;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static LoadedRules Load(byte[] image, ImmutableDictionary<string, RuleTypeSource> sources, string firstPath)
    {
        var context = new CodeRuleLoadContext();
        using var stream = new MemoryStream(image, writable: false);
        return new LoadedRules(context, context.LoadFromStream(stream), sources, firstPath);
    }

    public WeakReference WeakContext() => new(context);

    public void Unload() => context.Unload();

    /// <summary>New analyzer instances (a run never shares analyzer objects with another), or located errors.</summary>
    public CodeRuleCompilation Instantiate(bool fromCache)
    {
        var analyzers = ImmutableArray.CreateBuilder<ContentAnalyzer>();
        var errors = ImmutableArray.CreateBuilder<RuleFileError>();
        Type[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            types = [.. ex.Types.OfType<Type>()];
        }

        foreach (var type in types
            .Where(t => typeof(ContentAnalyzer).IsAssignableFrom(t) && !t.IsAbstract && !t.ContainsGenericParameters)
            .OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            var source = sources.GetValueOrDefault(type.FullName ?? type.Name) ?? new RuleTypeSource(firstPath, 1, 1);
            RuleFileError Error(string message) => new(source.Path, source.Line, source.Column, $"code rule {type.Name}: {message}");

            if (type.GetConstructor(Type.EmptyTypes) is null)
            {
                errors.Add(Error("an analyzer needs a public parameterless constructor"));
                continue;
            }

            ContentAnalyzer analyzer;
            try
            {
                analyzer = (ContentAnalyzer)Activator.CreateInstance(type)!;
                var ids = analyzer.SupportedDiagnostics.Select(d => d.Id).ToList();
                if (ids.Count == 0)
                {
                    errors.Add(Error("SupportedDiagnostics is empty: declare the rule's descriptor there"));
                    continue;
                }

                var bad = ids.FirstOrDefault(id => !RoslynCodeRuleCompiler.CustomIdPattern().IsMatch(id) || id.StartsWith("NK", StringComparison.Ordinal));
                if (bad is not null)
                {
                    errors.Add(Error($"'{bad}' is not a custom rule ID: use capital letters then digits (HOUSE100); the NK prefix is reserved for built-in rules"));
                    continue;
                }
            }
            catch (Exception ex)
            {
                var inner = ex is TargetInvocationException { InnerException: { } thrown } ? thrown : ex;
                errors.Add(Error($"could not be created: {inner.GetType().Name}: {inner.Message}"));
                continue;
            }

            analyzers.Add(analyzer);
        }

        if (analyzers.Count == 0 && errors.Count == 0)
        {
            errors.Add(new RuleFileError(firstPath, 1, 1, "no code rule found: define a public class deriving from NkContentLint.Analysis.ContentAnalyzer with a public parameterless constructor"));
        }

        return errors.Count > 0
            ? new CodeRuleCompilation([], errors.ToImmutable(), fromCache)
            : new CodeRuleCompilation(analyzers.ToImmutable(), [], fromCache);
    }

    private sealed class CodeRuleLoadContext() : AssemblyLoadContext("nkcontentlint code rules", isCollectible: true)
    {
        // Null defers to the default context: the engine and the BCL are the host's own copies.
        protected override Assembly? Load(AssemblyName assemblyName) => null;
    }
}
