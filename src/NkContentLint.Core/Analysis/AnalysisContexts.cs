using NkContentLint.Configuration;
using NkContentLint.Diagnostics;
using NkContentLint.Documents;
using NkContentLint.Facts;

namespace NkContentLint.Analysis;

/// <summary>What a per-document callback receives.</summary>
public class DocumentAnalysisContext
{
    private readonly Action<Diagnostic> report;

    internal DocumentAnalysisContext(ContentDocument document, RuleSettings settings, FactIndex facts, Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        Document = document;
        Facts = facts;
        Settings = settings;
        this.report = report;
        CancellationToken = cancellationToken;
    }

    public ContentDocument Document { get; }

    /// <summary>The configuration that applies to this document (severities and rule options after overrides).</summary>
    public RuleSettings Settings { get; }

    /// <summary>The canonical facts in force for this run (the embedded pack plus configured ones).</summary>
    public FactIndex Facts { get; }

    public CancellationToken CancellationToken { get; }

    public void ReportDiagnostic(Diagnostic diagnostic) => report(diagnostic);

    /// <summary>A rule option's value for this document, or its declared default.</summary>
    public T GetOption<T>(DiagnosticDescriptor descriptor, string name) => Settings.GetOption<T>(descriptor, name);
}

/// <summary>What a corpus-end callback receives: report findings against any document of the run.</summary>
public sealed class CorpusEndAnalysisContext
{
    private readonly Action<Diagnostic> report;

    internal CorpusEndAnalysisContext(Action<Diagnostic> report, CancellationToken cancellationToken)
    {
        this.report = report;
        CancellationToken = cancellationToken;
    }

    public CancellationToken CancellationToken { get; }

    public void ReportDiagnostic(Diagnostic diagnostic) => report(diagnostic);
}
