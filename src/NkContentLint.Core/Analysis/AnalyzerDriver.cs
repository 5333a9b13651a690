using System.Collections.Concurrent;
using System.Collections.Immutable;
using Markdig.Syntax;
using NkContentLint.Configuration;
using NkContentLint.Diagnostics;
using NkContentLint.Documents;
using NkContentLint.Facts;

namespace NkContentLint.Analysis;

/// <summary>
/// Runs analyzers over documents: collects each analyzer's registrations once, dispatches document
/// and block actions (one tree walk per document), applies per-document severities, and turns an
/// exception in a rule into NK0002 instead of a crash.
/// </summary>
public sealed class AnalyzerDriver
{
    private readonly ImmutableArray<AnalyzerRegistration> registrations;

    public AnalyzerDriver(IEnumerable<ContentAnalyzer> analyzers)
    {
        registrations = [.. analyzers.Select(AnalyzerRegistration.Create)];
    }

    public ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics =>
        [.. registrations.SelectMany(r => r.Analyzer.SupportedDiagnostics)];

    /// <summary>Starts one run over a set of documents (runs corpus-start actions).</summary>
    public CorpusSession StartCorpus(CancellationToken cancellationToken = default) => StartCorpus(FactIndex.Empty, cancellationToken);

    /// <summary>Starts one run over a set of documents, checked against <paramref name="facts"/>.</summary>
    public CorpusSession StartCorpus(FactIndex facts, CancellationToken cancellationToken = default) => new(registrations, facts, cancellationToken);

    /// <summary>One run: analyze any number of documents (in parallel), then <see cref="Complete"/>.</summary>
    public sealed class CorpusSession
    {
        private readonly ImmutableArray<(AnalyzerRegistration Registration, CorpusScope Scope)> scopes;
        private readonly ImmutableArray<AnalyzerRegistration> registrations;
        private readonly ConcurrentDictionary<string, RuleSettings> settingsByPath = new(StringComparer.Ordinal);
        private readonly CancellationToken cancellationToken;
        private readonly FactIndex facts;

        internal CorpusSession(ImmutableArray<AnalyzerRegistration> registrations, FactIndex facts, CancellationToken cancellationToken)
        {
            this.registrations = registrations;
            this.facts = facts;
            this.cancellationToken = cancellationToken;
            var builder = ImmutableArray.CreateBuilder<(AnalyzerRegistration, CorpusScope)>();
            foreach (var registration in registrations)
            {
                foreach (var start in registration.CorpusStartActions)
                {
                    var scope = new CorpusScope(facts);
                    start(scope);
                    builder.Add((registration, scope));
                }
            }

            scopes = builder.ToImmutable();
        }

        /// <summary>Findings for one document, with configured severities; rules set to none are not run.</summary>
        public List<Diagnostic> Analyze(ContentDocument document, RuleSettings settings)
        {
            settingsByPath[document.Path] = settings;
            var results = new List<Diagnostic>();
            foreach (var registration in registrations)
            {
                if (!registration.Analyzer.SupportedDiagnostics.Any(settings.IsEnabled))
                {
                    continue;
                }

                var context = new DocumentAnalysisContext(document, settings, facts, d => Accept(registration, Fingerprints.Attach(d, document), settings, results), cancellationToken);
                var actions = registration.DocumentActions
                    .Concat(scopes.Where(s => s.Registration == registration).SelectMany(s => s.Scope.DocumentActions));
                if (!Run(registration, document, results, () =>
                    {
                        foreach (var action in actions)
                        {
                            action(context);
                        }
                    }))
                {
                    continue;
                }

                if (!registration.BlockActions.IsEmpty)
                {
                    Run(registration, document, results, () =>
                    {
                        foreach (var block in document.Syntax.Descendants<Block>())
                        {
                            foreach (var (type, action) in registration.BlockActions)
                            {
                                if (type.IsInstanceOfType(block))
                                {
                                    action(block, context);
                                }
                            }
                        }
                    });
                }
            }

            return results;
        }

        /// <summary>Runs corpus-end actions; returns their findings with each target document's severities.</summary>
        public List<Diagnostic> Complete()
        {
            var results = new List<Diagnostic>();
            foreach (var (registration, scope) in scopes)
            {
                var context = new CorpusEndAnalysisContext(
                    d =>
                    {
                        var settings = settingsByPath.GetValueOrDefault(d.Location.Path, RuleSettings.Default);
                        Accept(registration, d, settings, results);
                    },
                    cancellationToken);
                foreach (var end in scope.EndActions)
                {
                    try
                    {
                        end(context);
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        results.Add(Diagnostic.Create(
                            EngineDiagnostics.AnalyzerFailed, Location.ForFile("."), registration.Analyzer.ToString(), Describe(ex)));
                    }
                }
            }

            return results;
        }

        private static void Accept(AnalyzerRegistration registration, Diagnostic diagnostic, RuleSettings settings, List<Diagnostic> results)
        {
            if (!registration.SupportedIds.Contains(diagnostic.Id))
            {
                throw new InvalidOperationException($"reported {diagnostic.Id}, which is not in its SupportedDiagnostics");
            }

            var severity = settings.GetSeverity(diagnostic.Descriptor);
            if (severity != DiagnosticSeverity.None)
            {
                lock (results)
                {
                    results.Add(diagnostic.WithSeverity(severity));
                }
            }
        }

        private static bool Run(AnalyzerRegistration registration, ContentDocument document, List<Diagnostic> results, Action body)
        {
            try
            {
                body();
                return true;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                results.Add(Diagnostic.Create(
                    EngineDiagnostics.AnalyzerFailed, Location.ForFile(document.Path), registration.Analyzer.ToString(), Describe(ex)));
                return false;
            }
        }

        private static string Describe(Exception ex) => $"{ex.GetType().Name}: {ex.Message}";
    }

    internal sealed class AnalyzerRegistration : AnalysisContext
    {
        private readonly List<Action<DocumentAnalysisContext>> documentActions = [];
        private readonly List<(Type, Action<Block, DocumentAnalysisContext>)> blockActions = [];
        private readonly List<Action<CorpusStartAnalysisContext>> corpusStartActions = [];

        private AnalyzerRegistration(ContentAnalyzer analyzer)
        {
            Analyzer = analyzer;
            SupportedIds = analyzer.SupportedDiagnostics.Select(d => d.Id).ToImmutableHashSet(StringComparer.Ordinal);
        }

        public ContentAnalyzer Analyzer { get; }

        public ImmutableHashSet<string> SupportedIds { get; }

        public IReadOnlyList<Action<DocumentAnalysisContext>> DocumentActions => documentActions;

        public ImmutableArray<(Type Type, Action<Block, DocumentAnalysisContext> Action)> BlockActions { get; private set; } = [];

        public IReadOnlyList<Action<CorpusStartAnalysisContext>> CorpusStartActions => corpusStartActions;

        public static AnalyzerRegistration Create(ContentAnalyzer analyzer)
        {
            var registration = new AnalyzerRegistration(analyzer);
            analyzer.Initialize(registration);
            registration.BlockActions = [.. registration.blockActions];
            return registration;
        }

        public override void RegisterDocumentAction(Action<DocumentAnalysisContext> action) => documentActions.Add(action);

        public override void RegisterBlockAction<TBlock>(Action<BlockAnalysisContext<TBlock>> action) =>
            blockActions.Add((typeof(TBlock), (block, context) => action(new BlockAnalysisContext<TBlock>((TBlock)block, context))));

        public override void RegisterCorpusStartAction(Action<CorpusStartAnalysisContext> action) => corpusStartActions.Add(action);
    }

    private sealed class CorpusScope(FactIndex facts) : CorpusStartAnalysisContext
    {
        public override FactIndex Facts { get; } = facts;

        public List<Action<DocumentAnalysisContext>> DocumentActions { get; } = [];

        public List<Action<CorpusEndAnalysisContext>> EndActions { get; } = [];

        public override void RegisterDocumentAction(Action<DocumentAnalysisContext> action)
        {
            lock (DocumentActions)
            {
                DocumentActions.Add(action);
            }
        }

        public override void RegisterCorpusEndAction(Action<CorpusEndAnalysisContext> action) => EndActions.Add(action);
    }
}
