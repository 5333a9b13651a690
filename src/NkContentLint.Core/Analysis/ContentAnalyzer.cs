using System.Collections.Immutable;
using NkContentLint.Diagnostics;

namespace NkContentLint.Analysis;

/// <summary>
/// Base of every rule, shaped like Roslyn's DiagnosticAnalyzer: declare what you report, register
/// callbacks in <see cref="Initialize"/>, report through the context. Analyzers keep no global state;
/// per-run state lives in an object created by a corpus-start action.
/// </summary>
public abstract class ContentAnalyzer
{
    public abstract ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; }

    public abstract void Initialize(AnalysisContext context);

    public override string ToString() => GetType().Name;
}
